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
