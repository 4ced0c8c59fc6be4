"""Holders of reported speech: parenthetical speakers and "former" titles (nlp/stances.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str, *, date: str = "2024-12-01") -> list[tuple[str, str, str]]:
    doc = run_nlp(text, date=date)
    return sorted((s.holder, s.polarity, s.target.label) for s in doc._.pg_stances)


def test_parenthetical_speaker_inside_the_clause(run_nlp) -> None:
    got = stances(run_nlp, "Sanctions against Iran, Giorgia Meloni said, were a grave mistake.")
    assert ("giorgia-meloni", "oppose", "sanctions against Iran") in got


def test_parenthetical_speaker_after_the_judgement(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Sanctions against Iran were a grave mistake, the Italian premier Giorgia Meloni argued, "
        "but talks would go on.",
    )
    assert ("giorgia-meloni", "oppose", "sanctions against Iran") in got


def test_parenthetical_speaker_keeps_a_named_subject(run_nlp) -> None:
    # the subject is the speaker's own state: the speaker holds it
    got = stances(run_nlp, "Germany, Olaf Scholz said, rejects sanctions against Iran.")
    assert [h for h, *_ in got] == ["olaf-scholz"]


def test_no_parenthetical_without_commas(run_nlp) -> None:
    # an unmarked evaluative sentence with no speaker is nobody's stance
    assert stances(run_nlp, "Sanctions against Iran were a grave mistake.") == []


def test_former_minister_does_not_speak_for_the_state(run_nlp) -> None:
    got = stances(
        run_nlp, "A former British defence minister said the sanctions against Iran were a mistake."
    )
    assert not any(h == "united-kingdom" for h, *_ in got)


def test_negated_plan_denies_the_act(run_nlp) -> None:
    got = stances(run_nlp, "In Rome, Giorgia Meloni said Italy did not plan to send its soldiers.")
    assert [p for _, p, _ in got] == ["oppose"]


def test_no_plans_noun_denies_the_act(run_nlp) -> None:
    got = stances(
        run_nlp, "Giorgia Meloni said Rome had no plans to send Italian soldiers to the front."
    )
    assert [p for _, p, _ in got] == ["oppose"]


def test_affirmed_plan_keeps_the_act(run_nlp) -> None:
    got = stances(run_nlp, "Giorgia Meloni said Italy planned to send its soldiers.")
    assert [p for _, p, _ in got] == ["support"]
