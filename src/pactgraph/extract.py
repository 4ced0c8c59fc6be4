"""spaCy Doc (after pactgraph's components) -> one plain `DocRecords`. No RDF here."""

from __future__ import annotations

from spacy.tokens import Doc

from pactgraph.nlp.util import sentences
from pactgraph.records import Article, DocRecords, Sentence


def extract(doc: Doc, article: Article) -> DocRecords:
    """Collect what the components found, and the sentences (with offsets into the article)."""
    sents = [
        Sentence(index=n, start=s.start_char, end=s.end_char, text=article.text[s.start_char:s.end_char])
        for n, s in enumerate(sentences(doc))
    ]
    return DocRecords(
        article=article,
        sentences=sents,
        entities=dict(doc._.pg_entities or {}),
        mentions=list(doc._.pg_mentions or []),
        agreements=dict(doc._.pg_agreements or {}),
        agreement_refs=list(doc._.pg_agreement_refs or []),
        guarantees=list(doc._.pg_guarantees or []),
        stances=list(doc._.pg_stances or []),
        quotes=list(doc._.pg_quotes or []),
        offices=list(doc._.pg_offices or []),
    )
