"""Stance targets named only by their kind ("the move", "the provisions", "the plan") resolve to
what the text names for them, or give no stance (nlp/stance_targets.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _stances(run_nlp: Callable[..., Doc], text: str) -> list[tuple[str, str, str]]:
    doc = run_nlp(text, date="2024-03-01")
    return [(s.holder, s.polarity, s.target_label) for s in doc._.pg_stances]


def test_bare_act_noun_without_antecedent_gives_no_stance(run_nlp: Callable[..., Doc]) -> None:
    text = "Poland announced new border checks on Monday. The Kremlin denounced the move."
    assert not [s for s in _stances(run_nlp, text) if s[0] == "russia"]


def test_kind_word_takes_its_own_content(run_nlp: Callable[..., Doc]) -> None:
    text = (
        "Lavrov said the text from Kyiv contained provisions that Russia considered "
        "unacceptable, including on the status of the Black Sea fleet."
    )
    labels = [s[2] for s in _stances(run_nlp, text) if s[1] == "oppose"]
    assert labels and all("Black Sea" in label and "unacceptable" not in label for label in labels)


def test_text_noun_resolves_to_named_agreement(run_nlp: Callable[..., Doc]) -> None:
    text = (
        "Kyiv and Warsaw signed the Bilateral Security Agreement on Tuesday. "
        "Officials in both capitals praised the ceremony. "
        "Reporters waited outside for hours. "
        "Weather delayed several flights. "
        "Moscow rejected the document on Wednesday."
    )
    russia = [s for s in _stances(run_nlp, text) if s[0] == "russia" and s[1] == "oppose"]
    assert russia and all("Agreement" in s[2] for s in russia)


def test_ditransitive_targets_the_thing_given(run_nlp: Callable[..., Doc]) -> None:
    text = "Brussels declined to grant the Balkan applicants a firm accession date."
    labels = [s[2] for s in _stances(run_nlp, text) if s[1] == "oppose"]
    assert labels and all("date" in label and "applicants" not in label for label in labels)


def test_request_noun_targets_the_act_asked_for(run_nlp: Callable[..., Doc]) -> None:
    text = "Moscow rejected Warsaw's demand to withdraw its warships from the Baltic."
    labels = [s[2] for s in _stances(run_nlp, text) if s[0] == "russia"]
    assert labels and all("withdraw" in label for label in labels)
