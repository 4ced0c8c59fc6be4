"""Recall of stances from dev2 t2_ misses, generalised (stop 8, r2)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc


def test_terms_set_on_own_act(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Turkey would lift its veto only in return for an arms deal.")
    assert has_stance(doc, "turkey", "support", "arms deal")


def test_terms_after_but_only_with(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Canada would join the mission, but only with an American backstop.")
    assert has_stance(doc, "canada", "support", "backstop")


def test_only_with_in_a_plain_report_is_no_demand(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Canadian prime minister travelled to Kyiv only with his closest aides.")
    assert not any("aides" in s.target.label for s in doc._.pg_stances)


def test_warned_addressee_against(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Mark Rutte warned the allies against a rushed ceasefire.")
    assert has_stance(doc, "mark-rutte", "oppose", "ceasefire")
    assert not has_stance(doc, "mark-rutte", "oppose", "allies")


def test_addressee_with_other_preposition_names_no_target(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Pedro Sanchez warned the allies during the summit in Madrid.")
    assert not any("summit" in s.target.label.lower() for s in doc._.pg_stances)


def test_that_clause_after_an_aside(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "Olaf Scholz pushed back against claims, revived by a recent newspaper report, that Germany "
        "had slowed the tank deliveries."
    )
    assert has_stance(doc, "olaf-scholz", "oppose", "tank deliveries")


def test_that_clause_of_the_verb_is_not_the_claim(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz dismissed the claims and said that Germany had slowed the tank deliveries.")
    assert not has_stance(doc, "olaf-scholz", "oppose", "tank deliveries")


def test_irreversible_road(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Moldova's road to the European Union is irreversible, Maia Sandu said.")
    assert any(
        s.holder == "maia-sandu" and s.polarity == "support" and "european union" in s.target.label.lower()
        for s in doc._.pg_stances
    )


def test_declared_path_irreversible(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        'NATO leaders ended their meeting in Vilnius by declaring Georgia\'s path to membership "irreversible".'
    )
    assert has_stance(doc, "nato", "support", "membership")


def test_irreversible_damage_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The damage to the Kakhovka dam was irreversible, Kaja Kallas said.")
    assert not any(s.polarity == "support" for s in doc._.pg_stances)


def test_lead_after_headline_keeps_its_second_word(nlp: Language) -> None:
    from pactgraph.nlp.linebreaks import LineBreakSentencizer

    doc = LineBreakSentencizer()(nlp.make_doc("Summit ends without a date\n\nNATO leaders backed the bid."))
    nato = next(t for t in doc if t.text == "NATO")
    assert nato.is_sent_start
    assert doc[nato.i + 1].is_sent_start is False  # the parser may not cut "NATO | leaders"
    assert not doc[nato.i + 2].is_sent_start


def test_not_the_alternative(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Donald Tusk said the security guarantees should be backed by European jets, not American ones.")
    assert has_stance(doc, "donald-tusk", "oppose", "american jets")


def test_but_not_inside(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mette Frederiksen said Denmark was prepared to send instructors to Poland but not inside Ukraine.")
    assert any(s.polarity == "oppose" and "inside ukraine" in s.target.label.lower() for s in doc._.pg_stances)


def test_a_corrected_name_is_no_rejection(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said Turkey had put forward ideas, not a peace plan.")
    assert not any(s.polarity == "oppose" for s in doc._.pg_stances)


def test_pronoun_for_an_earlier_clause_object(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Joe Biden has rejected a no-fly zone over Ukraine, and Moscow regards it as a provocation.")
    assert has_stance(doc, "russia", "oppose", "no-fly zone")


def test_pronoun_for_a_plain_object_is_not_resolved(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Joe Biden visited a factory in Ohio, and Moscow regards it as a provocation.")
    assert not any(s.holder == "russia" for s in doc._.pg_stances)


def test_repeated_preposition_gives_a_second_target(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Estonia pressed for tougher sanctions and for a special tribunal.")
    assert has_stance(doc, "estonia", "support", "sanctions")
    assert has_stance(doc, "estonia", "support", "tribunal")


def test_other_preposition_is_no_second_target(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Estonia pressed for tougher sanctions and against a quick deal in Brussels.")
    assert not has_stance(doc, "estonia", "support", "deal")


def test_policy_judged_by_its_failure(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Gitanas Nauseda said sanctions alone had never deterred anyone.")
    assert has_stance(doc, "gitanas-nauseda", "oppose", "sanctions")


def test_policy_failure_outside_speech_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("In 2014, sanctions alone did not deter anyone.")
    assert not any(s.polarity == "oppose" and "sanction" in s.target.label.lower() for s in doc._.pg_stances)


def test_doubt_about_what_a_clause_is_about(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Gitanas Nauseda was sceptical that the monitoring mission would deter anyone.")
    assert has_stance(doc, "gitanas-nauseda", "oppose", "monitoring mission")


def test_doubt_about_an_actor_clause_names_no_target(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Gitanas Nauseda was sceptical that Hungary would change course.")
    assert not any(s.holder == "gitanas-nauseda" for s in doc._.pg_stances)


def test_one_outcome_of_a_policy_is_no_judgement(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Gitanas Nauseda said sanctions had not deterred the attack on Kharkiv.")
    assert not has_stance(doc, "gitanas-nauseda", "oppose", "sanctions")


def test_fear_for_a_truce_is_no_opposition(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Gitanas Nauseda was worried that the ceasefire would collapse within weeks.")
    assert not has_stance(doc, "gitanas-nauseda", "oppose", "ceasefire")
