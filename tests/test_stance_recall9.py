"""Recall of stances in acts denied by "no" on their object and judgements of a route (stop 8, d2)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_send_no_soldiers_is_refusal(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz told reporters that Germany would send no soldiers to Moldova.")
    assert has_stance(doc, "olaf-scholz", "oppose", "troops")
    assert not has_stance(doc, "olaf-scholz", "support", "troops")


def test_no_troops_deployed_is_refusal(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz insisted that no German troops would be deployed to Ukraine.")
    assert has_stance(doc, "olaf-scholz", "oppose", "troops")
    assert not has_stance(doc, "olaf-scholz", "support", "troops")


def test_send_soldiers_without_no_is_offer(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz told reporters that Germany would send soldiers to Lithuania.")
    assert not has_stance(doc, "olaf-scholz", "oppose", "troops")


def test_better_route_supports_subject(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Joe Biden argued that a negotiated settlement was the best path.")
    assert has_stance(doc, "joe-biden", "support", "negotiat")


def test_wrong_path_opposes_subject(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Joe Biden said that sanctions relief was the wrong path.")
    # relief undoes the sanctions it is compounded with: opposing the relief keeps them
    assert has_stance(doc, "joe-biden", "support", "sanction")
    assert not has_stance(doc, "joe-biden", "oppose", "sanction")


def test_longer_route_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Joe Biden said the northern corridor was the longer route.")
    assert not any(s.holder == "joe-biden" for s in doc._.pg_stances)


def test_serve_as_starting_point_supports_document(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz said the Minsk agreements could still serve as a starting point.")
    assert has_stance(doc, "olaf-scholz", "support", "minsk")


def test_starting_point_of_a_race_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz said the starting point of the race was in Berlin.")
    assert not any(s.holder == "olaf-scholz" for s in doc._.pg_stances)


def test_spoke_warmly_of_plan(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz spoke warmly of the Moldovan reform plan.")
    assert has_stance(doc, "olaf-scholz", "support", "reform plan")


def test_spoke_warmly_to_people_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz spoke warmly to the Moldovan delegation.")
    assert not any(s.holder == "olaf-scholz" for s in doc._.pg_stances)


def test_no_signature_without_guarantees_demands_them(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Keir Starmer said Britain would not sign any peace deal without binding security guarantees.")
    assert has_stance(doc, "keir-starmer", "support", "guarantee")


def test_cannot_imagine_talks_without_truce(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('"I cannot imagine the next round taking place without a truce," Emmanuel Macron said.')
    assert has_stance(doc, "emmanuel-macron", "support", "ceasefire")


def test_without_under_no_denial_is_no_demand(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz said Germany would sign the accord without hesitation and without a ceasefire.")
    assert not has_stance(doc, "olaf-scholz", "support", "ceasefire")
