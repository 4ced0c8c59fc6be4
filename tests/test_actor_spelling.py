"""Persons named in another transliteration link to their KB entry; labels, datelines and time
zones that spaCy tags as names are not actors."""

from __future__ import annotations

import pytest

from pactgraph.kb import load_kb


def keys(doc) -> set[str]:
    return {m.entity for m in doc._.pg_mentions}


@pytest.mark.parametrize("variant, canonical", [
    ("Wolodymyr Selenskyj", "Volodymyr Zelenskyy"),
    ("Sergej Lawrow", "Sergei Lavrov"),
    ("Dmitri Peskow", "Dmitry Peskov"),
    ("Andrij Sybiha", "Andrii Sybiha"),
])
def test_spelling_key_joins_transliterations(variant: str, canonical: str) -> None:
    kb = load_kb()
    found = kb.person_by_spelling(variant)
    assert found is not None and found.label == canonical


def test_spelling_key_keeps_different_people_apart() -> None:
    kb = load_kb()
    assert kb.person_by_spelling("Olaf Schulz") is None
    assert kb.person_by_spelling("Sergei Lavrin") is None
    assert kb.spelling("Zelenskiy") == kb.spelling("Selenskyj") != kb.spelling("Zelinsky")


def test_a_german_spelling_in_the_text_is_the_kb_person(run_nlp) -> None:
    doc = run_nlp("Ukrainian President Wolodymyr Selenskyj said Kyiv needed longer-range "
                  "missiles. Olaf Scholz did not reply.", date="2024-03-14")
    assert "volodymyr-zelenskyy" in keys(doc)
    assert not any("selenskyj" in k for k in keys(doc))


def test_a_lone_variant_surname_needs_the_person_in_the_document(run_nlp) -> None:
    doc = run_nlp("Sergei Lavrov spoke in Geneva on Thursday. Lawrow said Moscow would wait.",
                  date="2014-04-17")
    assert "sergei-lavrov" in keys(doc)
    assert not any(k.startswith("lawrow") for k in keys(doc))


def test_transcript_labels_and_time_zones_are_not_actors(run_nlp) -> None:
    doc = run_nlp("14:05 CET: Keir Starmer opened the summit.\n\nQUESTION: Will Britain send "
                  "troops?\n\nSTARMER: We are ready to play our part.", date="2025-03-02")
    labels = {doc._.pg_entities[m.entity].label for m in doc._.pg_mentions}
    assert "Keir Starmer" in labels
    assert not labels & {"CET", "Question", "QUESTION"}
