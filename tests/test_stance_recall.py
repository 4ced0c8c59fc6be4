"""Recall mechanisms of nlp/stances.py (`_bounds_triggers`): positions stated by ruling something
out of bounds. Sentences are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str) -> set[tuple[str, str, str]]:
    doc = run_nlp(text)
    return {(s.holder, s.polarity, s.target.label) for s in doc._.pg_stances}


def test_not_up_for_discussion_is_insisting(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Georgian President Salome Zourabichvili said Georgia's territorial integrity "
        "would never be up for negotiation.",
    )
    assert got == {("salome-zourabichvili", "support", "territorial integrity of Georgia")}


def test_up_for_discussion_without_negation_says_nothing(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Chancellor Olaf Scholz said the open-door policy was up for discussion at the summit.",
    )
    assert not any("open-door" in t for _, _, t in got)


def test_no_veto_opposes_the_veto_not_the_decision(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Polish President Andrzej Duda said Moscow would not have a veto over the enlargement "
        "of the alliance.",
    )
    assert any(p == "oppose" and t == "veto for Russia" for _, p, t in got)
    assert not any("enlargement" in t.lower() or "expansion" in t.lower() for _, _, t in got)


def test_having_a_veto_is_no_stance(run_nlp) -> None:
    got = stances(run_nlp, "Analysts noted that Hungary has a veto in the European Council.")
    assert not any("veto" in t for _, _, t in got)


def test_not_a_substitute_for_membership_supports_membership(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Moldovan President Maia Sandu said the partnership was not a substitute for "
        "membership of the alliance.",
    )
    assert any(p == "support" and "NATO membership" in t for _, p, t in got)
    assert not any(p == "oppose" for _, p, _ in got)


def test_refused_alternatives_reject_alternatives_and_support_the_original(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Georgia will not accept any alternatives to NATO membership, Irakli Garibashvili said.",
    )
    assert ("georgia", "support", "NATO membership") in got
    assert ("georgia", "oppose", "alternatives to NATO membership") in got
    assert not any(p == "oppose" and t.startswith("NATO membership") for _, p, t in got)


def test_does_not_replace_supports_what_stays(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Finnish President Alexander Stubb said the pact did not replace the goal of "
        "membership in NATO.",
    )
    assert any(p == "support" and "NATO membership" in t for _, p, t in got)


def test_an_alternative_offered_is_not_a_denial(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Alexander Stubb said neutrality was an alternative to membership in NATO.",
    )
    assert not any(p == "support" and "NATO membership" in t for _, p, t in got)


def test_retaliation_threat_opposes_the_act_and_offers_the_means(run_nlp) -> None:
    got = stances(
        run_nlp,
        "The United Kingdom would retaliate with tough financial sanctions if Belarus "
        "attacked Lithuania.",
    )
    assert any(h == "united-kingdom" and p == "oppose" and t.startswith("invasion") for h, p, t in got)
    assert any(h == "united-kingdom" and p == "support" and "sanction" in t.lower() for h, p, t in got)
    assert not any(p == "oppose" and t == "Lithuania" for _, p, t in got)


def test_response_without_condition_is_no_threat(run_nlp) -> None:
    got = stances(run_nlp, "The United Kingdom responded with a statement on Tuesday.")
    assert not any(p == "oppose" for _, p, _ in got)


def test_continuation_in_reported_speech_is_wanted(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Prime Minister Mark Carney said the training mission would continue next year.",
    )
    assert any(p == "support" and "training mission" in t for _, p, t in got)


def test_continuation_in_a_time_clause_is_no_wish(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Prime Minister Mark Carney said Kyiv cannot join while the fighting continues.",
    )
    assert not any(p == "support" and "fighting" in t for _, p, t in got)


def test_denied_victory_opposes_the_would_be_winner(run_nlp) -> None:
    got = stances(
        run_nlp, "Chancellor Olaf Scholz said Berlin would never allow Russia to prevail."
    )
    assert ("olaf-scholz", "oppose", "Russia") in got


def test_allowed_victory_is_no_opposition(run_nlp) -> None:
    got = stances(run_nlp, "Chancellor Olaf Scholz said the rules allow Russia to win the vote.")
    assert not any(p == "oppose" and t == "Russia" for _, p, t in got)


def test_decided_and_announced_own_measures_are_supported(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Canada has decided to extend its training mission in Latvia. "
        "Spain announced additional fighter jets for Romania.",
    )
    assert any(h == "canada" and p == "support" and "training mission" in t for h, p, t in got)
    # fighter jets are military aid (topics.yaml); the text's words stay in the target phrase
    assert any(h == "spain" and p == "support" and ("fighter jets" in t or "military aid" in t)
               for h, p, t in got)


def test_refusing_to_act_without_x_demands_x(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Moldovan President Maia Sandu said Moldova would not join any pact without a "
        "referendum.",
    )
    assert any(p == "support" and t == "referendum" for _, p, t in got)


def test_no_peace_without_x_demands_x(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Finnish President Alexander Stubb said there could be no peace without a ceasefire.",
    )
    assert ("alexander-stubb", "support", "ceasefire") in got


def test_acting_without_x_is_no_demand(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Finnish President Alexander Stubb said the talks went ahead without a ceasefire.",
    )
    assert not any(p == "support" and t == "ceasefire" for _, p, t in got)


def test_the_priority_is_what_is_wanted(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Chancellor Olaf Scholz said the priority was to send Kyiv more air defence systems.",
    )
    assert any(h == "olaf-scholz" and p == "support" and t.startswith("military aid")
               for h, p, t in got)


def test_ready_to_continue_an_activity_names_the_activity(run_nlp) -> None:
    got = stances(
        run_nlp, "Prime Minister Mark Carney said Canada was ready to continue pilot training."
    )
    assert any(p == "support" and "pilot training" in t for _, p, t in got)
    bare = stances(run_nlp, "Prime Minister Mark Carney said Canada was ready to continue.")
    assert not any(t == "continue" for _, _, t in bare)
