"""Recall of guarantee readings: pronoun senders, gerunds under readiness adjectives (stop 14)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _givers(doc: Doc, beneficiary: str) -> set[str]:
    return {k for g in doc._.pg_guarantees or [] if g.beneficiary == beneficiary for k in g.guarantors}


def test_it_stands_for_the_reporting_state(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Norway said it would deploy soldiers to Moldova once the fighting in Ukraine ends.")
    assert "norway" in _givers(doc, "moldova")


def test_it_outside_reported_speech_is_no_sender(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Rome backed a clause that would protect Ukraine without it joining NATO.")
    assert not any(g.beneficiary == "italy" for g in doc._.pg_guarantees or [])


def test_gerund_under_readiness_adjective(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ireland was open to contributing peacekeepers to Lebanon after the truce.")
    assert "ireland" in _givers(doc, "lebanon")


def test_gerund_under_opposed_gives_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Austria was opposed to contributing peacekeepers to Ukraine after the truce.")
    assert "austria" not in _givers(doc, "ukraine")


def test_backstop_after_a_truce(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Spain would be prepared to contribute to a naval backstop for Georgia once a truce holds.")
    assert "spain" in _givers(doc, "georgia")


def test_backstop_for_a_loan_is_no_guarantee(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Austria would contribute to a backstop for the bank loan to Serbia.")
    assert "austria" not in _givers(doc, "serbia")
