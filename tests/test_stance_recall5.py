"""Recall of stances in contrasts, denied acts in reported clauses and reported media (r1)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_rather_than_opposes_the_alternative(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Boris Johnson urged allies to send tanks instead of helmets.")
    assert has_stance(doc, "boris-johnson", "support", "tanks", phrase=True)
    assert has_stance(doc, "boris-johnson", "oppose", "helmets", phrase=True)


def test_rather_than_inside_an_accusation_opposes_nothing(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Maria Zakharova said Brussels was obstructing a deal instead of helping to secure one.")
    assert not any(s.polarity == "oppose" and "one" == s.target.label.lower() for s in doc._.pg_stances)
    assert not has_stance(doc, "maria-zakharova", "oppose", "help", phrase=True)


def test_insisted_act_would_not_happen(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    # aid is a topic (stop 14), so the act not to happen is undone on it: the aid is wanted,
    # as sanctions that "would not be lifted" are (next test)
    doc = run_nlp("Mark Rutte demanded that aid to Kyiv not be cut.")
    assert has_stance(doc, "mark-rutte", "support", "aid", phrase=True)
    assert not has_stance(doc, "mark-rutte", "oppose", "aid", phrase=True)


def test_insisted_undoing_not_done_keeps_support(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    # a reversal verb under negation ("would not be lifted") is already handled: X stays wanted
    doc = run_nlp("Kaja Kallas insisted that sanctions would not be lifted before a full withdrawal.")
    assert has_stance(doc, "kaja-kallas", "support", "sanction", phrase=True)
    assert not has_stance(doc, "kaja-kallas", "oppose", "sanction", phrase=True)


def test_negated_deontic_clause_not_flipped_twice(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas said that frontiers should never be redrawn by force.")
    assert has_stance(doc, "kaja-kallas", "oppose", "force", phrase=True)
    assert not has_stance(doc, "kaja-kallas", "support", "force", phrase=True)


def test_said_in_a_statement_that(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas wrote in a statement that frontiers should never be redrawn by force.")
    assert has_stance(doc, "kaja-kallas", "oppose", "force", phrase=True)


def test_clause_on_a_noun_that_is_not_a_medium(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas voted in a referendum that frontiers should never be redrawn by force.")
    assert not has_stance(doc, "kaja-kallas", "oppose", "force", phrase=True)


def test_extraposed_judgement_of_a_light_verb_clause(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas said it was deeply regrettable that Paris had made quiet concessions to Minsk.")
    assert has_stance(doc, "kaja-kallas", "oppose", "concession", phrase=True)


def test_light_verb_without_object_names_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said it was deeply regrettable that Paris had done so.")
    assert not any(s.holder == "kaja-kallas" for s in doc._.pg_stances)


def test_breach_as_predicate_noun(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Ben Wallace said the seizure of the island was an obvious breach of the accord.")
    assert has_stance(doc, "ben-wallace", "oppose", "seizure", phrase=True)
    doc = run_nlp("Ben Wallace said the seizure of the island was an obvious success.")
    assert not has_stance(doc, "ben-wallace", "oppose", "seizure", phrase=True)


def test_promote_and_count_on(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Luiz Inacio Lula da Silva has promoted a peace plan drafted with India.")
    assert has_stance(doc, "luiz-inacio-lula-da-silva", "support", "peace plan", phrase=True)
    doc = run_nlp("Luiz Inacio Lula da Silva has not promoted the peace plan drafted in Paris.")
    assert not has_stance(doc, "luiz-inacio-lula-da-silva", "support", "peace plan", phrase=True)


def test_condition_that_something_ends(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas said talks could begin only after the shelling of Kharkiv ended.")
    assert has_stance(doc, "kaja-kallas", "oppose", "shelling", phrase=True)
    assert not has_stance(doc, "kaja-kallas", "support", "shelling", phrase=True)


def test_condition_outcome_of_an_actor_is_no_demand(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said the fighting would go on until Kyiv fell.")
    assert not any(s.holder == "kaja-kallas" for s in doc._.pg_stances)


def test_coordinated_conditions_each_count(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "Sergei Shoigu said a truce could only work if the shelling of Belgorod stopped"
        " and Kyiv halted mobilisation."
    )
    assert has_stance(doc, "sergei-shoigu", "oppose", "shelling", phrase=True)
    assert has_stance(doc, "sergei-shoigu", "oppose", "mobilisation", phrase=True)


def test_statement_pronoun_speaks_for_its_author(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "The Kremlin's account of the call with Emmanuel Macron said Putin had agreed to a"
        " prisoner swap. A full truce, it said, could only work if the shelling of"
        " Belgorod stopped."
    )
    assert has_stance(doc, "russia", "oppose", "shelling", phrase=True)


def test_it_after_a_non_statement_speaks_for_nobody(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "The storm over Kyiv lasted two days. A full truce, it said, could only work if"
        " the shelling of Belgorod stopped."
    )
    assert not any("shelling" in s.target_label.lower() for s in doc._.pg_stances)


def test_party_must_be_involved_in_talks(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Mark Rutte made clear that Moldova must be involved in every decision about its future.")
    assert has_stance(doc, "mark-rutte", "support", "participation of moldova", phrase=True)


def test_involvement_in_a_war_is_no_participation_in_talks(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas condemned Iran's involvement in the war.")
    assert not any("participation" in s.target_label.lower() for s in doc._.pg_stances)


def test_no_plans_for_rejects_it(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "A spokesman for Keir Starmer said Britain had only a few advisers in Moldova and no"
        " plans for a major deployment."
    )
    assert has_stance(doc, "united-kingdom", "oppose", "deployment", phrase=True)
    doc = run_nlp("Keir Starmer said Britain had detailed plans for a major deployment.")
    assert not has_stance(doc, "keir-starmer", "oppose", "deployment", phrase=True)
    assert not has_stance(doc, "united-kingdom", "oppose", "deployment", phrase=True)


def test_no_such_intention_takes_the_act_before_it(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "In Oslo, Jonas Gahr Store said Norway did not intend to send any troops, and in Helsinki"
        " Petteri Orpo told reporters Finland had no such intention either."
    )
    assert any(
        s.holder in {"petteri-orpo", "finland"} and s.polarity == "oppose"
        and "troops" in s.target_label for s in doc._.pg_stances
    )


def test_no_such_intention_after_a_narrated_act(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petteri Orpo opened the meeting and said Finland had no such intention.")
    assert not any(s.holder in {"petteri-orpo", "finland"} for s in doc._.pg_stances)


def test_make_sure_x_cannot_win(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Donald Tusk said Poland would ensure that Belarus could not win.")
    assert has_stance(doc, "poland", "oppose", "belarus", phrase=True) or has_stance(doc, "donald-tusk", "oppose", "belarus", phrase=True)


def test_being_sure_x_cannot_win_is_a_forecast(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Donald Tusk said he was sure Belarus could not win.")
    assert not any(s.polarity == "oppose" and "belarus" in s.target_label.lower() for s in doc._.pg_stances)


def test_causer_of_an_impossible_outcome_is_judged(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Vassily Nebenzia said the new sanctions would render any talks pointless.")
    assert has_stance(doc, "vassily-nebenzia", "oppose", "sanction", phrase=True)
    assert not has_stance(doc, "vassily-nebenzia", "oppose", "negotiations", phrase=True)


def test_preventing_a_bad_outcome_is_no_criticism(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Vassily Nebenzia said the new sanctions would make an invasion impossible.")
    assert not has_stance(doc, "vassily-nebenzia", "oppose", "sanction", phrase=True)
    assert not has_stance(doc, "vassily-nebenzia", "oppose", "invasion", phrase=True)


def test_they_after_an_opening_phrase_naming_people(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "In a letter signed by Donald Tusk, Petteri Orpo and Ulf Kristersson, they said"
        " frontiers should never be redrawn by force."
    )
    for person in ("donald-tusk", "petteri-orpo", "ulf-kristersson"):
        assert has_stance(doc, person, "oppose", "force", phrase=True)


def test_they_after_a_single_person_is_not_resolved_to_them(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("In a letter praised by Donald Tusk, they said frontiers should never be redrawn by force.")
    assert not has_stance(doc, "donald-tusk", "oppose", "force", phrase=True)


def test_concerned_by_and_reaffirmed(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Donald Tusk said he was concerned by the suggested cap on Moldova's armed forces.")
    assert has_stance(doc, "donald-tusk", "oppose", "armed forces", phrase=True)
    doc = run_nlp("Donald Tusk reaffirmed that frontiers should never be redrawn by force.")
    assert has_stance(doc, "donald-tusk", "oppose", "force", phrase=True)


def test_opposed_by_is_the_agents_stance(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Donald Tusk said the plan was opposed by Hungary.")
    assert not has_stance(doc, "donald-tusk", "oppose", "hungary", phrase=True)
    assert not has_stance(doc, "donald-tusk", "oppose", "plan", phrase=True)


def test_a_sum_stands_for_its_purpose(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kamala Harris announced $2 billion for Moldova's energy sector and humanitarian needs.")
    assert has_stance(doc, "kamala-harris", "support", "humanitarian", phrase=True)


def test_a_sum_without_a_purpose_names_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kamala Harris said the war had cost $2 billion so far.")
    assert not any(s.holder == "kamala-harris" for s in doc._.pg_stances)


def test_naming_stops_at_a_colon(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "Sergei Shoigu described the discussions as most useful but drew a firm line: any NATO"
        " soldiers stationed in Moldova would be unacceptable."
    )
    assert has_stance(doc, "sergei-shoigu", "support", "negotiations", phrase=True)
    assert not has_stance(doc, "sergei-shoigu", "oppose", "negotiations", phrase=True)


def test_denied_credibility_criticizes_its_owner(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Iran has little credibility, Mark Rutte argued, because it has not condemned the invasion.")
    assert has_stance(doc, "mark-rutte", "oppose", "iran", phrase=True)
    doc = run_nlp("Mark Rutte said Iran had great credibility.")
    assert not has_stance(doc, "mark-rutte", "oppose", "iran", phrase=True)


def test_denied_quality_without_a_speaker_is_nobodys(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Iran has little credibility.")
    assert not doc._.pg_stances


def test_ruled_out_identity_rejects_it(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Pavel warned that a fair settlement could never mean surrender.")
    assert has_stance(doc, "petr-pavel", "oppose", "surrender", phrase=True)


def test_forecast_identity_is_no_rejection(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Giorgia Meloni said the mission would not be a fighting mission.")
    assert not has_stance(doc, "giorgia-meloni", "oppose", "fighting mission", phrase=True)
    doc = run_nlp("A fair settlement could never mean surrender.")
    assert not doc._.pg_stances


def test_offering_oneself_as_a_role_offers_the_role(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Alexander Stubb offered Finland as a host for any later talks.")
    assert has_stance(doc, "alexander-stubb", "support", "negotiations", phrase=True)
    assert not has_stance(doc, "alexander-stubb", "support", "finland", phrase=True)


def test_backing_an_actor_as_a_role_stays_with_the_actor(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Alexander Stubb backed Estonia as a candidate.")
    assert has_stance(doc, "alexander-stubb", "support", "estonia", phrase=True)
