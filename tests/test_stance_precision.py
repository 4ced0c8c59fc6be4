"""Stance precision (nlp/stances.py): stances that must not be extracted, or must carry the words
the text used, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str) -> list[tuple[str, str, str]]:
    doc = run_nlp(text)
    return sorted((s.holder, s.polarity, s.target.label) for s in doc._.pg_stances)


def test_hyphenated_prefix_stays_on_the_target(run_nlp) -> None:
    found = stances(run_nlp, "Olaf Scholz urged de-escalation along the border on Monday.")
    labels = [label for _, _, label in found]
    assert labels and all(label.lower().startswith("de-escalation") for label in labels)


def test_reported_clause_about_a_share_of_people_is_not_the_speakers(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Emmanuel Macron noted that only a small majority of Georgians favoured NATO membership.",
    )
    assert not any(holder == "emmanuel-macron" for holder, _, _ in found)


def test_text_promising_something_is_not_the_speakers_offer(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Sergei Lavrov complained that a side memorandum promising to unblock fertiliser "
        "shipments had been ignored.",
    )
    assert not any(pol == "support" and "fertiliser" in label for _, pol, label in found)


def test_speaker_still_holds_own_reported_position(run_nlp) -> None:
    # the rule above must not take away ordinary reported positions
    found = stances(run_nlp, "Olaf Scholz said Germany would never accept the annexation.")
    assert any(pol == "oppose" for _, pol, _ in found)


def test_act_denied_to_everyone_is_what_the_speaker_opposes(run_nlp) -> None:
    found = stances(
        run_nlp,
        '"No outside power will have a veto over the enlargement of the Union," Ursula von der '
        "Leyen said.",
    )
    mine = [(pol, label) for holder, pol, label in found if holder == "ursula-von-der-leyen"]
    assert mine and all(pol == "oppose" and "veto" in label.lower() for pol, label in mine)


def test_disposition_denied_by_another_speaker_is_an_accusation(run_nlp) -> None:
    found = stances(
        run_nlp, "Kaja Kallas said the Kremlin was not interested in a lasting settlement."
    )
    assert not any(holder == "russia" for holder, _, _ in found)


def test_own_disposition_denied_stays(run_nlp) -> None:
    found = stances(run_nlp, "Viktor Orban said he was not interested in sending weapons.")
    assert any(holder == "viktor-orban" and pol == "oppose" for holder, pol, _ in found)
