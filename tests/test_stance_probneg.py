"""Negation, refusal and modality mechanisms found by the probes of tests/data/probes/negation.yaml
and modality.yaml (stop 13)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_supplied_in_condition_is_demanded(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Pavel said Prague would only send instructors if NATO gave the mission a mandate.")
    assert has_stance(doc, "petr-pavel", "support", "mandate")


def test_supply_outside_a_condition_is_no_demand(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Pavel said Prague would send instructors and NATO gave the mission a mandate.")
    assert not has_stance(doc, "petr-pavel", "support", "mandate")
