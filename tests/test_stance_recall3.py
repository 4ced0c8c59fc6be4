"""Stance recall on unseen phrasings (round 3, helper s5): set phrases that put a thing out of
bounds, and "made clear" read as reporting even when the parser hangs "clear" on the clause."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str) -> list[tuple[str, str, str]]:
    doc = run_nlp(text)
    return sorted((s.holder, s.polarity, s.target_label) for s in doc._.pg_stances)


def _opposes(found: list[tuple[str, str, str]], holder: str, word: str) -> bool:
    return any(h == holder and p == "oppose" and word in t.lower() for h, p, t in found)


# --- out of bounds: positives -------------------------------------------------------------

def test_out_of_the_question_in_reported_speech(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Speaking in Vilnius, Friedrich Merz made clear that stationing German brigades in "
        "Ukraine was out of the question.",
    )
    assert _opposes(found, "friedrich-merz", "brigade")


def test_off_the_table_reported(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Keir Starmer told the Commons that lifting the sanctions on Moscow remained off the table.",
    )
    assert any(h == "keir-starmer" and "sanction" in t.lower() for h, _, t in found)


def test_took_off_the_table_is_the_subjects_rejection(run_nlp) -> None:
    found = stances(
        run_nlp, "Donald Trump has taken Ukraine's membership in NATO off the table."
    )
    assert _opposes(found, "donald-trump", "membership")


# --- out of bounds: negatives -------------------------------------------------------------

def test_not_off_the_table_is_no_rejection(run_nlp) -> None:
    found = stances(
        run_nlp, "Emmanuel Macron said sending Western troops to Ukraine was not off the table."
    )
    assert not _opposes(found, "emmanuel-macron", "troop")


def test_literal_table_is_no_stance(run_nlp) -> None:
    found = stances(
        run_nlp, "Olaf Scholz said the documents had fallen off the table during the meeting."
    )
    assert not any(p == "oppose" for _, p, _ in found)


# --- too early / premature: positives -------------------------------------------------------

def test_too_early_to_talk_about_is_a_rejection_for_now(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Pedro Sanchez said on Monday that it was too soon to talk about Spanish soldiers.",
    )
    assert _opposes(found, "pedro-sanchez", "troop")


def test_quoted_judgement_after_its_noun_is_the_name(run_nlp) -> None:
    found = stances(
        run_nlp, 'Olaf Scholz branded the talk of Western troops "reckless" on Thursday.'
    )
    assert _opposes(found, "olaf-scholz", "troop")


def test_premature_act_is_not_proposed(run_nlp) -> None:
    found = stances(
        run_nlp, "Mark Rutte said it was premature to discuss deploying troops in Ukraine."
    )
    assert _opposes(found, "mark-rutte", "troop")
    assert not any(p == "support" and "troop" in t.lower() for _, p, t in found)


# --- too early / premature: negatives -------------------------------------------------------

def test_too_early_with_only_a_pronoun_names_nothing(run_nlp) -> None:
    found = stances(run_nlp, "Mark Rutte said it was too early to talk about it.")
    assert not any(p == "oppose" for _, p, _ in found)


def test_not_too_early_is_no_rejection(run_nlp) -> None:
    found = stances(
        run_nlp, "Mark Rutte said it was not too early to talk about Western peacekeepers."
    )
    assert not _opposes(found, "mark-rutte", "peacekeeper")


# --- verbless denial after a colon ---------------------------------------------------------

def test_colon_no_noun_after_said(run_nlp) -> None:
    found = stances(
        run_nlp, "Asked about the French idea, Petr Pavel said: no Czech troops in Ukraine."
    )
    assert _opposes(found, "petr-pavel", "troop")


def test_colon_no_noun_after_blunt(run_nlp) -> None:
    found = stances(run_nlp, "Mark Rutte was blunt: no membership for Ukraine while fighting continues.")
    assert _opposes(found, "mark-rutte", "membership")


def test_colon_without_no_is_no_denial(run_nlp) -> None:
    found = stances(run_nlp, "Mark Rutte was blunt: more air defence for Kyiv this winter.")
    assert not any(p == "oppose" for _, p, _ in found)
