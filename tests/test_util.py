"""nlp/util helpers."""

from __future__ import annotations

from spacy.language import Language

from pactgraph.nlp.util import prep_objects


def test_prep_objects_by_word_set_or_any(nlp: Language) -> None:
    doc = nlp("Canada sent aid from its reserves for the winter.")
    verb = next(t for t in doc if t.lemma_ == "send")
    words = lambda toks: [t.text for t in toks]  # noqa: E731
    assert words(prep_objects((verb,), "from")) == ["reserves"]
    assert words(prep_objects((verb,), {"from", "for"})) == ["reserves", "winter"]
    assert words(prep_objects((verb,))) == ["reserves", "winter"]
    assert prep_objects((verb,), "against") == []


def test_prep_objects_clauses_only_when_asked(nlp: Language) -> None:
    doc = nlp("Norway voted for sending more air defence.")
    verb = next(t for t in doc if t.lemma_ == "vote")
    assert prep_objects((verb,), "for") == []
    assert [t.lemma_ for t in prep_objects((verb,), "for", deps={"pobj", "pcomp"})] == ["send"]
