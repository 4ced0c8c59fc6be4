"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pactgraph.records import Article


@pytest.fixture(scope="session")
def nlp() -> Language:
    from pactgraph.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def run_nlp(nlp: Language) -> Callable[..., Doc]:
    """Run the full pipeline on `text` with an Article attached (as pipeline.py does)."""

    def run(text: str, *, date: dt.date | str | None = None, doc_id: str = "test-doc",
            clean_text: str | None = None) -> Doc:
        if isinstance(date, str):
            date = dt.date.fromisoformat(date)
        doc = nlp.make_doc(text)
        doc._.pg_article = Article(id=doc_id, text=text, date=date, clean_text=clean_text)
        return nlp(doc)

    return run


@pytest.fixture(scope="session")
def has_stance() -> Callable[..., bool]:
    """has_stance(doc, holder, polarity, word, *, phrase=False): whether `doc` holds a stance of
    `holder` (actor key) with `polarity` whose target label contains `word` (lowercase); with
    `phrase`, the label as `stances.rq` shows it, followed by the text's own words."""

    def has(doc: Doc, holder: str, polarity: str, word: str, *, phrase: bool = False) -> bool:
        return any(
            s.holder == holder
            and s.polarity == polarity
            and word in (s.target_label if phrase else s.target.label).lower()
            for s in doc._.pg_stances
        )

    return has
