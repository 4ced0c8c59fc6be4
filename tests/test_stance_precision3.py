"""Precision on unseen text (round 3, helper s6): past-time titles, ... -- each on sentences
written for the test."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def title_refs(run_nlp, text: str, date: str) -> dict[str, str]:
    doc = run_nlp(text, date=date)
    return {m.text: m.entity for m in doc._.pg_mentions if m.kind == "title"}


def stances(run_nlp, text: str, *, date: str | None = None) -> list[tuple[str, str, str]]:
    doc = run_nlp(text, date=date)
    return sorted((s.holder, s.polarity, s.target.label) for s in doc._.pg_stances)


def test_then_title_after_a_name_is_that_person(run_nlp) -> None:
    refs = title_refs(
        run_nlp, "Anders Fogh Rasmussen, then NATO's secretary general, praised the new package.", "2024-05-02"
    )
    assert refs.get("secretary general") == "anders-fogh-rasmussen"


def test_then_title_without_year_is_not_todays_holder(run_nlp) -> None:
    refs = title_refs(run_nlp, "The plan was drafted by the then German chancellor over one weekend.", "2024-05-02")
    assert refs.get("chancellor") != "olaf-scholz"


def test_title_in_a_past_paragraph_takes_the_year_named(run_nlp) -> None:
    text = ("The ceasefire talks in Geneva broke down in March 2015. Two weeks before, the US president "
            "had phoned the leaders of both sides.")
    refs = title_refs(run_nlp, text, "2023-09-10")
    assert refs.get("president") == "barack-obama"


def test_title_in_present_narration_keeps_article_date(run_nlp) -> None:
    text = ("The ceasefire talks in Geneva broke down in March 2015. Today the US president "
            "says the lesson is clear.")
    refs = title_refs(run_nlp, text, "2023-09-10")
    assert refs.get("president") != "barack-obama"


def test_aim_not_given_up_is_still_supported(run_nlp) -> None:
    got = stances(run_nlp, "Belarus has not given up its territorial ambitions, the envoy said.")
    assert ("belarus", "oppose", "territorial ambitions") not in got
    assert ("belarus", "support", "territorial ambitions") in got


def test_past_promise_not_made_is_no_refusal(run_nlp) -> None:
    got = stances(run_nlp, "Back then Britain did not pledge to send troops to Ukraine.")
    assert not [s for s in got if s[0] == "united-kingdom" and s[1] == "oppose"]


def test_present_refusal_to_promise_still_opposes(run_nlp) -> None:
    got = stances(run_nlp, "France will not promise to send troops to Ukraine.")
    assert any(s[0] == "france" and s[1] == "oppose" for s in got)
