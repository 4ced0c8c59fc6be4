"""Discourse in mini-articles (probes tests/data/probes/articles.yaml): the object pronoun of a
stance verb stands for what an earlier sentence proposed or named."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_object_pronoun_takes_proposed_thing(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Antonio Costa proposed a joint fund for rebuilding Kharkiv. Peter Szijjarto said "
        "Hungary would never approve it."
    )
    assert has_stance(doc, "peter-szijjarto", "oppose", "fund")


def test_object_pronoun_takes_named_framework(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Washington tabled a framework for a maritime truce. Rustem Umerov welcomed it.")
    assert has_stance(doc, "rustem-umerov", "support", "framework")


def test_object_pronoun_after_blocking_is_not_the_blocked_thing(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Slovakia vetoed the new loan for Kyiv. Gabrielius Landsbergis condemned it.")
    assert not has_stance(doc, "gabrielius-landsbergis", "oppose", "loan")


def test_object_pronoun_no_prepositional_detail(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Article 5 of the North Atlantic Treaty covers members only. We offer it to partners "
        "anyway, Josep Borrell said."
    )
    assert not any("treaty" in s.target.label.lower() for s in doc._.pg_stances)
