"""Stance precision on unseen phrasing (round 3, helper s1): constructions that produced false
positives on text the rules were not written for. Sentences are written for the test."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str) -> list[tuple[str, str, str]]:
    doc = run_nlp(text)
    return sorted((s.holder, s.polarity, s.target.label) for s in doc._.pg_stances)


def test_undoing_word_inside_a_purpose_clause_does_not_flip(run_nlp) -> None:
    # "ending" belongs to the purpose of the working group, it does not undo the group
    got = stances(
        run_nlp,
        "OSLO — Sweden and Japan agreed on Friday to restore their embassies and to set up a "
        "group to work toward ending the blockade of the ports.",
    )
    assert got and all(pol == "support" for _, pol, _ in got)


def test_dateline_subject_does_not_hold_a_stance(run_nlp) -> None:
    got = stances(
        run_nlp,
        "ANKARA/BERLIN — Turkey and Japan on Friday backed a maritime ceasefire in the Black "
        "Sea, while in Berlin ministers met.",
    )
    holders = {h for h, _, _ in got}
    assert "germany" not in holders
    assert holders & {"turkey", "japan"}


def test_people_urged_are_not_the_target(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Pete Hegseth urged legislators on Monday, once again, to release the frozen funding.",
    )
    assert all("legislator" not in label for _, _, label in got)
    assert ("pete-hegseth", "support", "release the frozen funding") in got


def test_people_warned_are_not_the_target(run_nlp) -> None:
    got = stances(
        run_nlp, "Olaf Scholz warned voters on Sunday that the winter would be hard."
    )
    assert all("voter" not in label.lower() for _, _, label in got)


@pytest.mark.parametrize(
    "text",
    [
        "In Oslo, Jonas Gahr Store said Norway did not plan to send its troops.",
        "Jonas Gahr Store said Oslo had no plans to send Norwegian troops.",
        'Jonas Gahr Store said: "We are not going to send Norwegian troops."',
    ],
)
def test_denied_intention_refuses_the_act(run_nlp, text: str) -> None:
    got = stances(run_nlp, text)
    assert got and all(pol == "oppose" for _, pol, _ in got)


def test_going_to_in_the_affirmative_offers_the_act(run_nlp) -> None:
    got = stances(run_nlp, "Jonas Gahr Store said Norway is going to send troops to Moldova.")
    assert got and all(pol == "support" for _, pol, _ in got)


def test_what_a_condition_supposes_is_no_stance(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Moscow offered a truce on Friday if Georgia withdrew its forces and renounced its "
        "bid to join the European Union.",
    )
    assert all(h != "georgia" for h, _, _ in got)


def test_carried_speaker_yields_to_the_sentences_own_speaker(run_nlp) -> None:
    doc = run_nlp(
        "Dmitry Peskov said on Monday that the Kremlin would study the offer. "
        "The pause in strikes on ports was an important first step, Olaf Scholz said."
    )
    assert all(s.holder != "dmitry-peskov" or s.sentence == 0 for s in doc._.pg_stances)
