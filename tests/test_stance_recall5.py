"""Recall of stances in contrasts, denied acts in reported clauses and reported media (r1)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _found(doc: Doc) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target_label.lower()) for s in doc._.pg_stances}


def _has(doc: Doc, holder: str, polarity: str, word: str) -> bool:
    return any(h == holder and p == polarity and word in lbl for h, p, lbl in _found(doc))


def test_rather_than_opposes_the_alternative(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Boris Johnson urged allies to send tanks instead of helmets.")
    assert _has(doc, "boris-johnson", "support", "tanks")
    assert _has(doc, "boris-johnson", "oppose", "helmets")


def test_rather_than_inside_an_accusation_opposes_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Maria Zakharova said Brussels was obstructing a deal instead of helping to secure one.")
    assert not any(s.polarity == "oppose" and "one" == s.target.label.lower() for s in doc._.pg_stances)
    assert not _has(doc, "maria-zakharova", "oppose", "help")


def test_insisted_act_would_not_happen(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mark Rutte demanded that aid to Kyiv not be cut.")
    assert _has(doc, "mark-rutte", "oppose", "cut")
    assert not _has(doc, "mark-rutte", "support", "cut")


def test_insisted_undoing_not_done_keeps_support(run_nlp: Callable[..., Doc]) -> None:
    # a reversal verb under negation ("would not be lifted") is already handled: X stays wanted
    doc = run_nlp("Kaja Kallas insisted that sanctions would not be lifted before a full withdrawal.")
    assert _has(doc, "kaja-kallas", "support", "sanction")
    assert not _has(doc, "kaja-kallas", "oppose", "sanction")


def test_negated_deontic_clause_not_flipped_twice(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said that frontiers should never be redrawn by force.")
    assert _has(doc, "kaja-kallas", "oppose", "force")
    assert not _has(doc, "kaja-kallas", "support", "force")


def test_said_in_a_statement_that(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas wrote in a statement that frontiers should never be redrawn by force.")
    assert _has(doc, "kaja-kallas", "oppose", "force")


def test_clause_on_a_noun_that_is_not_a_medium(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas voted in a referendum that frontiers should never be redrawn by force.")
    assert not _has(doc, "kaja-kallas", "oppose", "force")


def test_extraposed_judgement_of_a_light_verb_clause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said it was deeply regrettable that Paris had made quiet concessions to Minsk.")
    assert _has(doc, "kaja-kallas", "oppose", "concession")


def test_light_verb_without_object_names_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said it was deeply regrettable that Paris had done so.")
    assert not any(s.holder == "kaja-kallas" for s in doc._.pg_stances)


def test_breach_as_predicate_noun(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ben Wallace said the seizure of the island was an obvious breach of the accord.")
    assert _has(doc, "ben-wallace", "oppose", "seizure")
    doc = run_nlp("Ben Wallace said the seizure of the island was an obvious success.")
    assert not _has(doc, "ben-wallace", "oppose", "seizure")


def test_promote_and_count_on(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Luiz Inacio Lula da Silva has promoted a peace plan drafted with India.")
    assert _has(doc, "luiz-inacio-lula-da-silva", "support", "peace plan")
    doc = run_nlp("Luiz Inacio Lula da Silva has not promoted the peace plan drafted in Paris.")
    assert not _has(doc, "luiz-inacio-lula-da-silva", "support", "peace plan")


def test_condition_that_something_ends(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said talks could begin only after the shelling of Kharkiv ended.")
    assert _has(doc, "kaja-kallas", "oppose", "shelling")
    assert not _has(doc, "kaja-kallas", "support", "shelling")


def test_condition_outcome_of_an_actor_is_no_demand(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said the fighting would go on until Kyiv fell.")
    assert not any(s.holder == "kaja-kallas" for s in doc._.pg_stances)


def test_coordinated_conditions_each_count(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Sergei Shoigu said a truce could only work if the shelling of Belgorod stopped"
        " and Kyiv halted mobilisation."
    )
    assert _has(doc, "sergei-shoigu", "oppose", "shelling")
    assert _has(doc, "sergei-shoigu", "oppose", "mobilisation")


def test_statement_pronoun_speaks_for_its_author(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "The Kremlin's account of the call with Emmanuel Macron said Putin had agreed to a"
        " prisoner swap. A full truce, it said, could only work if the shelling of"
        " Belgorod stopped."
    )
    assert _has(doc, "russia", "oppose", "shelling")


def test_it_after_a_non_statement_speaks_for_nobody(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "The storm over Kyiv lasted two days. A full truce, it said, could only work if"
        " the shelling of Belgorod stopped."
    )
    assert not any("shelling" in s.target_label.lower() for s in doc._.pg_stances)


def test_party_must_be_involved_in_talks(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mark Rutte made clear that Moldova must be involved in every decision about its future.")
    assert _has(doc, "mark-rutte", "support", "participation of moldova")


def test_involvement_in_a_war_is_no_participation_in_talks(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas condemned Iran's involvement in the war.")
    assert not any("participation" in s.target_label.lower() for s in doc._.pg_stances)


def test_no_plans_for_rejects_it(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "A spokesman for Keir Starmer said Britain had only a few advisers in Moldova and no"
        " plans for a major deployment."
    )
    assert _has(doc, "united-kingdom", "oppose", "deployment")
    doc = run_nlp("Keir Starmer said Britain had detailed plans for a major deployment.")
    assert not _has(doc, "keir-starmer", "oppose", "deployment")
    assert not _has(doc, "united-kingdom", "oppose", "deployment")


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


def test_make_sure_x_cannot_win(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Donald Tusk said Poland would ensure that Belarus could not win.")
    assert _has(doc, "poland", "oppose", "belarus") or _has(doc, "donald-tusk", "oppose", "belarus")


def test_being_sure_x_cannot_win_is_a_forecast(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Donald Tusk said he was sure Belarus could not win.")
    assert not any(s.polarity == "oppose" and "belarus" in s.target_label.lower() for s in doc._.pg_stances)


def test_causer_of_an_impossible_outcome_is_judged(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Vassily Nebenzia said the new sanctions would render any talks pointless.")
    assert _has(doc, "vassily-nebenzia", "oppose", "sanction")
    assert not _has(doc, "vassily-nebenzia", "oppose", "negotiations")


def test_preventing_a_bad_outcome_is_no_criticism(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Vassily Nebenzia said the new sanctions would make an invasion impossible.")
    assert not _has(doc, "vassily-nebenzia", "oppose", "sanction")
    assert not _has(doc, "vassily-nebenzia", "oppose", "invasion")


def test_they_after_an_opening_phrase_naming_people(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "In a letter signed by Donald Tusk, Petteri Orpo and Ulf Kristersson, they said"
        " frontiers should never be redrawn by force."
    )
    for person in ("donald-tusk", "petteri-orpo", "ulf-kristersson"):
        assert _has(doc, person, "oppose", "force")


def test_they_after_a_single_person_is_not_resolved_to_them(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("In a letter praised by Donald Tusk, they said frontiers should never be redrawn by force.")
    assert not _has(doc, "donald-tusk", "oppose", "force")


def test_concerned_by_and_reaffirmed(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Donald Tusk said he was concerned by the suggested cap on Moldova's armed forces.")
    assert _has(doc, "donald-tusk", "oppose", "armed forces")
    doc = run_nlp("Donald Tusk reaffirmed that frontiers should never be redrawn by force.")
    assert _has(doc, "donald-tusk", "oppose", "force")


def test_opposed_by_is_the_agents_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Donald Tusk said the plan was opposed by Hungary.")
    assert not _has(doc, "donald-tusk", "oppose", "hungary")
    assert not _has(doc, "donald-tusk", "oppose", "plan")


def test_a_sum_stands_for_its_purpose(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kamala Harris announced $2 billion for Moldova's energy sector and humanitarian needs.")
    assert _has(doc, "kamala-harris", "support", "humanitarian")


def test_a_sum_without_a_purpose_names_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kamala Harris said the war had cost $2 billion so far.")
    assert not any(s.holder == "kamala-harris" for s in doc._.pg_stances)


def test_naming_stops_at_a_colon(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Sergei Shoigu described the discussions as most useful but drew a firm line: any NATO"
        " soldiers stationed in Moldova would be unacceptable."
    )
    assert _has(doc, "sergei-shoigu", "support", "negotiations")
    assert not _has(doc, "sergei-shoigu", "oppose", "negotiations")


def test_denied_credibility_criticizes_its_owner(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Iran has little credibility, Mark Rutte argued, because it has not condemned the invasion.")
    assert _has(doc, "mark-rutte", "oppose", "iran")
    doc = run_nlp("Mark Rutte said Iran had great credibility.")
    assert not _has(doc, "mark-rutte", "oppose", "iran")


def test_denied_quality_without_a_speaker_is_nobodys(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Iran has little credibility.")
    assert not doc._.pg_stances


def test_ruled_out_identity_rejects_it(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petr Pavel warned that a fair settlement could never mean surrender.")
    assert _has(doc, "petr-pavel", "oppose", "surrender")


def test_forecast_identity_is_no_rejection(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Giorgia Meloni said the mission would not be a fighting mission.")
    assert not _has(doc, "giorgia-meloni", "oppose", "fighting mission")
    doc = run_nlp("A fair settlement could never mean surrender.")
    assert not doc._.pg_stances


def test_offering_oneself_as_a_role_offers_the_role(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Alexander Stubb offered Finland as a host for any later talks.")
    assert _has(doc, "alexander-stubb", "support", "negotiations")
    assert not _has(doc, "alexander-stubb", "support", "finland")


def test_backing_an_actor_as_a_role_stays_with_the_actor(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Alexander Stubb backed Estonia as a candidate.")
    assert _has(doc, "alexander-stubb", "support", "estonia")
