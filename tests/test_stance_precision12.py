"""Precision of stances: no stance of a leader on their own state (round 12, p12)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_leader_holds_no_stance_on_own_state(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        '"What matters most is that our allies keep helping Moldova," Maia Sandu said.',
        date="2024-03-01",
    )
    assert not any(
        s.holder == "maia-sandu" and s.target.key == "moldova" for s in doc._.pg_stances
    )


def test_leader_still_holds_stance_on_other_state(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        '"What matters most is that we keep helping Moldova," Mark Carney said.',
        date="2025-06-01",
    )
    assert any(
        s.holder == "mark-carney" and s.target.key == "moldova" and s.polarity == "support"
        for s in doc._.pg_stances
    )


def test_difficulty_is_no_judgement(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said the question of elections in the occupied areas remains difficult.")
    assert not any(s.holder == "kaja-kallas" for s in doc._.pg_stances)


def test_evaluative_adjective_still_judges(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Dmitry Peskov said the speech was deeply confrontational.")
    assert has_stance(doc, "dmitry-peskov", "oppose", "speech")


def test_topic_inside_condition_is_not_the_target(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mark Rutte promised that the allies would come to Estonia's aid if it were ever attacked.")
    stances = [s for s in doc._.pg_stances if s.holder == "mark-rutte"]
    assert stances
    assert not any("invasion" in s.target.label for s in stances)


def test_topic_of_the_target_itself_survives_a_time_phrase(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Kaja Kallas demanded an immediate ceasefire before any talks.")
    assert has_stance(doc, "kaja-kallas", "support", "ceasefire")


def test_person_sent_is_an_envoy(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Emmanuel Macron sent his foreign minister, Jean-Noel Barrot, to lead the French side.")
    assert not any(s.holder == "emmanuel-macron" and s.target.kind == "actor" for s in doc._.pg_stances)


def test_troops_sent_are_still_offered(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Emmanuel Macron said France would send troops to Ukraine.")
    assert has_stance(doc, "emmanuel-macron", "support", "troops")


def test_owner_of_a_request_backed_by_another_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz said Germany strongly supported Moldova's request for candidate status.")
    assert not any(s.holder == "moldova" for s in doc._.pg_stances)


def test_owner_of_a_request_alone_still_demands(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Moldova's request for candidate status was filed in March.")
    assert has_stance(doc, "moldova", "support", "candidate status")


def test_owner_of_an_offer_welcomed_keeps_it(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz welcomed Canada's willingness to provide security guarantees.")
    assert has_stance(doc, "canada", "support", "guarantee")
