"""What a denied act or thing cannot happen without is demanded by whoever denies it
(`nlp/stance_without.py`): one climbing rule from "without" up to the denial (stop 9, r1)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _demands(doc: Doc) -> list[tuple[str, str]]:
    return [
        (s.holder, s.target.label.lower())
        for s in doc._.pg_stances
        if s.rule.endswith("requirement:without")
    ]


def test_denied_act_of_the_speakers_state(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Giorgia Meloni said Italy would not deploy soldiers without a ceasefire.")
    assert has_stance(doc, "giorgia-meloni", "support", "ceasefire")


def test_denied_act_of_another_state_is_its_demand(run_nlp: Callable[..., Doc]) -> None:
    # the subject of the denial holds the demand, the speaker only reports it
    doc = run_nlp("Emmanuel Macron said Russia would not sign any accord without sanctions relief.")
    assert any(h == "russia" and "sanction" in t for h, t in _demands(doc))
    assert not any(h == "emmanuel-macron" for h, _ in _demands(doc))


def test_denial_two_heads_up(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez said he could not envisage a summit in Madrid taking place without a truce.")
    assert has_stance(doc, "pedro-sanchez", "support", "ceasefire")


def test_nothing_as_subject_of_the_act(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Ursula von der Leyen said nothing could be achieved without a ceasefire.")
    assert has_stance(doc, "ursula-von-der-leyen", "support", "ceasefire")


def test_affirmed_act_demands_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Donald Tusk said Poland had joined the mission without a mandate.")
    assert not _demands(doc)


def test_participle_describing_a_thing_is_no_condition(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    # how the deal came about ("reached without ..."): the refusal is of that deal, no demand
    doc = run_nlp("Pedro Sanchez said Spain would not recognise any deal reached without a vote in parliament.")
    assert not _demands(doc)
    assert has_stance(doc, "pedro-sanchez", "oppose", "deal")


def test_relative_clause_is_no_condition(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said Estonia would not back a plan that left Kyiv without air defence.")
    assert not _demands(doc)


def test_party_named_after_a_denied_act_is_no_demand(run_nlp: Callable[..., Doc]) -> None:
    # an act done without a party: the party's exclusion, not a requirement
    doc = run_nlp("Mark Rutte said the accord was not signed without Sweden.")
    assert not _demands(doc)


def test_set_phrase_is_no_requirement(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Keir Starmer said Britain would not hesitate to act without delay.")
    assert not _demands(doc)
