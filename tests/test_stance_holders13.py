"""Recall of stance holders: untagged surnames, co-holders and speakers' states (round holders13)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

_INTERVIEW = """We spoke to Estonia's defence minister, Hanno Pevkur, in Tallinn on Monday.

Q: Minister, will Estonia send soldiers?

Pevkur: If there is a ceasefire, we are ready to send troops to Ukraine.

Q: And sanctions?

Pevkur: We want a new sanctions package against Russia this month."""


def test_untagged_surname_is_the_named_person(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(_INTERVIEW)
    assert has_stance(doc, "hanno-pevkur", "support", "troops")
    assert has_stance(doc, "hanno-pevkur", "support", "sanctions")


def test_surname_before_any_full_name_stays_unlinked(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Q: What comes next?\n\nHalls: The alliance must reject any deal that rewards Russia.\n\n"
        "Q: Thank you.\n\nThe envoy Marta Halls later flew to the Dutch capital."
    )
    first = next(t for t in doc if t.text == "Halls")
    assert first._.pg_mention is None


def test_bare_title_is_the_person_introduced_with_it(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Estonia's defence minister, Hanno Pevkur, visited Kyiv on Monday. "
        "The minister rejected the Russian demand for Ukrainian neutrality."
    )
    assert has_stance(doc, "hanno-pevkur", "oppose", "neutral")


def test_bare_title_without_an_introduced_holder_stays_unresolved(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Talks resumed in Geneva on Monday. The minister rejected the Russian demand for neutrality."
    )
    minister = next(t for t in doc if t.lower_ == "minister")
    assert minister._.pg_mention is None
    assert not doc._.pg_stances


def test_leader_office_speaks_for_the_state(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Nawrocki's office said it wanted a ceasefire before any talks.", date="2025-10-01")
    assert has_stance(doc, "poland", "support", "ceasefire")


def test_office_of_nobody_named_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Talks resumed on Monday. The office said it wanted a ceasefire before any talks.")
    assert not doc._.pg_stances


def test_companion_with_holds_the_subjects_stance(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Pedro Sanchez, together with Mark Carney, rejected the Russian demand for neutrality.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "neutral")
    assert has_stance(doc, "mark-carney", "oppose", "neutral")


def test_speaking_alongside_shares_nothing(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Speaking alongside Mark Carney, Pedro Sanchez rejected the Russian demand for neutrality.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "neutral")
    assert not has_stance(doc, "mark-carney", "oppose", "neutral")


def test_echoing_a_speaker_shares_the_stance(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp('"We support an immediate ceasefire," Pedro Sanchez said, and Mark Carney echoed him.')
    assert has_stance(doc, "mark-carney", "support", "ceasefire")
    other = run_nlp(
        '"We support an immediate ceasefire," Pedro Sanchez said, and Mark Carney echoed the call for sanctions.'
    )
    assert not has_stance(other, "mark-carney", "support", "ceasefire")


def test_position_shared_by_agent(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez has ruled out a ceasefire on Russian terms, a position shared by Mark Carney.")
    assert has_stance(doc, "mark-carney", "oppose", "ceasefire")


def test_object_renamed_not_shared(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez rejected the Russian demand for neutrality, a demand shared by China.")
    assert not has_stance(doc, "china", "oppose", "neutral")


def test_body_located_in_a_capital_acts_for_its_state(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "In Beijing, the foreign ministry has said that any deployment of NATO troops in Ukraine "
        "would be unacceptable."
    )
    assert has_stance(doc, "china", "oppose", "troops")


def test_body_in_an_unknown_place_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "In a small town, the foreign ministry has said that any deployment of NATO troops in Ukraine "
        "would be unacceptable."
    )
    assert not doc._.pg_stances


def test_surname_inside_a_things_name_stays_unlinked(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "The economist Anna Rosenberg spoke in Vienna. "
        "Diplomats compared the aid programme to a Rosenberg Plan for Ukraine."
    )
    second = [t for t in doc if t.text == "Rosenberg"][-1]
    assert second._.pg_mention is None
