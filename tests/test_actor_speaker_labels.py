"""Transcript speaker labels in capitals name people outside the KB ("MIHAI POPSOI, Minister ...:"
then "POPSOI:"); section labels in capitals name nobody."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

TRANSCRIPT = (
    "Press conference in Chisinau.\n\n"
    "IGOR GROSU, Speaker of the Parliament of Moldova: Thank you. Moldova will never accept foreign "
    "troops on its soil.\n\n"
    "QUESTION: Will you ask for guarantees?\n\n"
    "GROSU: We want a peaceful settlement and we reject any ultimatum from Moscow.\n"
)


def test_capitalised_speaker_label_is_one_person(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(TRANSCRIPT, date="2025-06-25")
    people = {k: e.label for k, e in doc._.pg_entities.items() if e.type == "Person"}
    assert people.get("igor-grosu") == "Igor Grosu", people
    assert not [e for e in doc._.pg_entities.values() if e.label.lower() == "grosu"]
    assert {q.speaker for q in doc._.pg_quotes} <= {"igor-grosu"}


def test_section_labels_without_an_echo_name_nobody(run_nlp: Callable[..., Doc]) -> None:
    text = (
        "KEY POINTS: Leaders met in Paris.\n\n"
        "BACKGROUND INFORMATION: The coalition was formed in March.\n\n"
        "VERDICT: False.\n"
    )
    doc = run_nlp(text, date="2025-06-25")
    assert not [e for e in doc._.pg_entities.values() if e.type == "Person"]
