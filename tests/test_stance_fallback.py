"""The fallback reading (`nlp/stance_fallback.py`): a clause in someone's words that names a
curated topic, an agreement or a guarantee, when no other rule read it, at a lower confidence."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pactgraph.records import Stance


def _fallback(doc: Doc) -> list[Stance]:
    return [s for s in doc._.pg_stances if "fallback:" in (s.rule or "")]


def _has(doc: Doc, holder: str, polarity: str, word: str) -> bool:
    return any(
        s.holder == holder and s.polarity == polarity and word in s.target.label.lower()
        for s in _fallback(doc)
    )


def test_reported_modal_clause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petr Fiala said a partial truce could give both armies time to rebuild trust.")
    assert _has(doc, "petr-fiala", "support", "ceasefire")


def test_quoted_modal_clause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('"A ceasefire along the whole front would give diplomacy a chance," Alexander Stubb told reporters.')
    assert _has(doc, "alexander-stubb", "support", "ceasefire")


def test_copula_about_a_guarantee(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Alexander Stubb said that the focus of the talks was on security guarantees for Kyiv.")
    assert _has(doc, "alexander-stubb", "support", "guarantee")


def test_lower_confidence_than_other_rules(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petr Fiala said a partial truce could give both armies time to rebuild trust.")
    made = _fallback(doc)
    assert made and all(s.confidence <= 0.35 for s in made)


def test_timetable_is_no_position(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz said the texts of the security guarantees would be ready by Friday.")
    assert not _fallback(doc)


def test_list_of_contents_is_no_position(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petr Fiala said the aid package would include air defence systems and artillery shells.")
    assert not _fallback(doc)


def test_thing_breached_is_not_opposed(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Antony Blinken said the shelling of Kharkiv was a gross violation of the ceasefire.")
    assert not _has(doc, "antony-blinken", "oppose", "ceasefire")


def test_limit_is_no_position(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Alexander Stubb said the guarantees would only apply after the last Russian soldier had left.")
    assert not _fallback(doc)


def test_topic_deep_in_subject_is_not_judged(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Maria Zakharova said the outcome of the ceasefire talks was close to nothing.")
    assert not _has(doc, "maria-zakharova", "support", "ceasefire")


def test_tautology_says_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('"Foreign troops on Ukrainian soil will remain foreign troops," Maria Zakharova said.')
    assert not _fallback(doc)


def test_forecast_of_a_third_party(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petr Fiala said the Kremlin's generals would use a truce to regroup.")
    assert not _has(doc, "petr-fiala", "support", "ceasefire")


def test_judged_expectation_is_no_position_on_its_object(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Giorgia Meloni said it would be naive to foresee an early truce.")
    assert not _fallback(doc)


def test_absence_and_time_phrases_are_no_topic(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Giorgia Meloni said Italy would ratify the accord without a truce.")
    assert not _has(doc, "giorgia-meloni", "support", "ceasefire")
    doc = run_nlp("Giorgia Meloni said partners would have to respond within hours of an invasion.")
    assert not _fallback(doc)


def test_imagined_event_is_no_position(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('"I do not expect that the summit will go ahead before winter," Giorgia Meloni said.')
    assert not _fallback(doc)


def test_speakers_own_denied_intent(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Giorgia Meloni spoke in Rome on Friday. "We are not going to put Italian soldiers on the ground in Ukraine," she said.')
    assert _has(doc, "giorgia-meloni", "oppose", "troops")


def test_undoing_reverses_the_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Giorgia Meloni spoke in Rome on Friday. "We are not going to lift the sanctions," she said.')
    assert _has(doc, "giorgia-meloni", "support", "sanction")
    assert not _has(doc, "giorgia-meloni", "oppose", "sanction")
    doc = run_nlp('Giorgia Meloni spoke in Rome on Friday. "We will lift the sanctions in May," she said.')
    assert _has(doc, "giorgia-meloni", "oppose", "sanction")


def test_third_person_intent_is_not_the_speakers(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Giorgia Meloni spoke in Rome on Friday. "They are not going to lift the sanctions," she said.')
    assert not _fallback(doc)


def test_speakers_side_as_a_rule(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('"We keep the military aid flowing," Alexander Stubb said.')
    assert _has(doc, "alexander-stubb", "support", "aid")


def test_another_sides_habit_is_not_the_speakers(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('"They keep the military aid flowing," Alexander Stubb said.')
    assert not _fallback(doc)


def test_described_guarantors(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Giorgia Meloni met reporters. "The best guarantee is a strong Ukrainian air force," she said.')
    assert _has(doc, "giorgia-meloni", "support", "guarantee")
