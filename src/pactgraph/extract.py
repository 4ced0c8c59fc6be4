"""spaCy Doc (after pactgraph's components) -> one plain `DocRecords`. No RDF here."""

from __future__ import annotations

import dataclasses
import logging

from spacy.tokens import Doc

from pactgraph.nlp.util import sentences
from pactgraph.records import Article, DocRecords, Entity, Sentence, trim

log = logging.getLogger("pactgraph")


def _acts(entities: dict[str, Entity], key: str) -> bool:
    entity = entities.get(key)
    return entity is None or entity.type != "Location"


def extract(doc: Doc, article: Article) -> DocRecords:
    """Collect what the components found, and the sentences (with offsets into the article)."""
    sents = []
    for n, span in enumerate(sentences(doc)):
        start, end = trim(article.text, span.start_char, span.end_char)
        sents.append(Sentence(index=n, start=start, end=end, text=article.text[start:end]))
    entities = dict(doc._.pg_entities or {})
    # A place can be a guarantor's name ("backed by Europe") but never holds or reports a stance:
    # an unresolved place there is a metonym the actor component did not map.
    stances = [
        s if _acts(entities, s.reported_by or s.holder) else dataclasses.replace(s, reported_by=None)
        for s in doc._.pg_stances or [] if _acts(entities, s.holder)
    ]
    dropped = len(doc._.pg_stances or []) - len(stances)
    if dropped:
        log.info("%s: dropped %d stance(s) held by a place", article.id, dropped)
    return DocRecords(
        article=article,
        sentences=sents,
        entities=entities,
        mentions=list(doc._.pg_mentions or []),
        agreements=dict(doc._.pg_agreements or {}),
        agreement_refs=list(doc._.pg_agreement_refs or []),
        guarantees=list(doc._.pg_guarantees or []),
        stances=stances,
        quotes=list(doc._.pg_quotes or []),
        offices=list(doc._.pg_offices or []),
    )
