"""Recall of stances from dev2 t2_ misses, generalised (stop 8, r2)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _found(doc: Doc) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target.label.lower()) for s in doc._.pg_stances}


def _has(doc: Doc, holder: str, polarity: str, word: str) -> bool:
    return any(h == holder and p == polarity and word in lbl for h, p, lbl in _found(doc))


def test_terms_set_on_own_act(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Turkey would lift its veto only in return for an arms deal.")
    assert _has(doc, "turkey", "support", "arms deal")


def test_terms_after_but_only_with(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Canada would join the mission, but only with an American backstop.")
    assert _has(doc, "canada", "support", "backstop")


def test_only_with_in_a_plain_report_is_no_demand(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Canadian prime minister travelled to Kyiv only with his closest aides.")
    assert not any("aides" in s.target.label for s in doc._.pg_stances)
