"""Recall of stances on unseen text (round r2): names whose modifier judges, "as" names in the
fallback."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_naming_modifier_judges_plain_noun(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Antony Blinken called the Turkish proposal "a credible framework" for talks.')
    assert has_stance(doc, "antony-blinken", "support", "proposal")
    assert not has_stance(doc, "antony-blinken", "oppose", "proposal")


def test_naming_critical_modifier(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Sergei Lavrov called the Vilnius declaration a cosmetic exercise.")
    assert any(s.holder == "sergei-lavrov" and s.polarity == "oppose" for s in doc._.pg_stances)


def test_naming_unrated_modifier_says_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Antony Blinken called the Turkish proposal a Turkish framework for talks.")
    assert not any(s.holder == "antony-blinken" and "naming" in s.rule for s in doc._.pg_stances)


def test_set_phrase_varied_is_not_praise(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Dmitry Medvedev said British instructors in Ukraine would be regarded as legitimate military targets.")
    assert not any(s.holder == "dmitry-medvedev" and s.polarity == "support" for s in doc._.pg_stances)


def test_call_on_is_no_naming(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Antonio Guterres called on the parties to respect the truce and avoid needless escalation.")
    assert not any(s.rule.endswith("naming:call") for s in doc._.pg_stances)


def test_blank_cheque(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Viktor Orban called the EU aid package a blank cheque for Kyiv.")
    assert any(s.holder == "viktor-orban" and s.polarity == "oppose" for s in doc._.pg_stances)


def test_as_adjective_read_as_clause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Kremlin said it would view the stationing of British troops as completely unacceptable.")
    assert any(s.polarity == "oppose" and "troops" in s.target.label for s in doc._.pg_stances)
    assert not any(s.polarity == "support" and "troops" in s.target.label for s in doc._.pg_stances)


def test_root_cause_named(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Sergei Lavrov described the expansion of NATO as the root cause of the crisis.")
    assert any(s.holder == "sergei-lavrov" and s.polarity == "oppose" for s in doc._.pg_stances)


def test_bridge_named(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Jens Stoltenberg called the new training mission a bridge.")
    assert has_stance(doc, "jens-stoltenberg", "support", "mission")


def test_bridge_too_far_is_no_support(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Jens Stoltenberg called the new training mission a bridge too far.")
    assert not has_stance(doc, "jens-stoltenberg", "support", "mission")


def test_fallback_no_support_under_negative_word(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Dmitry Peskov told reporters that the ceasefire was "a step toward another anti-Russian scheme".')
    assert not has_stance(doc, "dmitry-peskov", "support", "ceasefire")


def test_fallback_default_kept_without_negative_word(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Dmitry Peskov told reporters that a ceasefire would be "a step toward a settlement".')
    assert has_stance(doc, "dmitry-peskov", "support", "ceasefire")
