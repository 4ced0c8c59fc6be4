"""Recall of stances from dev3 (u1 documents) phenomena: hyphenated evaluative names (stop 8, d1)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_hyphenated_name_split_by_parser(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz has called the Chinese plan a non-starter.")
    assert has_stance(doc, "olaf-scholz", "oppose", "plan")


def test_hyphenated_neutral_word_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz has called the Chinese plan a follow-up.")
    assert not any(s.holder == "olaf-scholz" for s in doc._.pg_stances)


def test_without_under_denied_verbs_object(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Mark Rutte said he could not see a second meeting of the leaders without a ceasefire.")
    assert has_stance(doc, "mark-rutte", "support", "ceasefire")


def test_without_after_nobody_subject(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas insisted that nothing should be decided about Moldova's security without Moldova.")
    assert any(
        s.holder == "kaja-kallas" and s.polarity == "support" and s.target.label == "Moldova"
        for s in doc._.pg_stances
    )


def test_without_under_affirmed_verb_is_no_demand(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mark Rutte said he could see a second meeting of the leaders without a ceasefire.")
    assert not any(s.holder == "mark-rutte" for s in doc._.pg_stances)


def test_refused_withdrawal_from_held_ground(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Volodymyr Zelensky insisted that his army would not withdraw from parts of Zaporizhzhia.")
    assert has_stance(doc, "volodymyr-zelenskyy", "oppose", "zaporizhzhia")


def test_refused_withdrawal_from_alliance_is_no_opposition(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Recep Tayyip Erdogan said Turkey would never withdraw from NATO.")
    assert not any(s.polarity == "oppose" and "nato" in s.target.label.lower() for s in doc._.pg_stances)


def test_sole_means_in_reported_speech(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Edgars Rinkevics said only membership of NATO could protect Moldova from Russia.")
    assert has_stance(doc, "edgars-rinkevics", "support", "membership")


def test_only_without_modal_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Edgars Rinkevics said only a small brigade arrived in Riga last year.")
    assert not any(s.holder == "edgars-rinkevics" for s in doc._.pg_stances)
