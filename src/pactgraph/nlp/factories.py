"""Thin factories registering pactgraph's spaCy components (the classes live one per module)."""

from __future__ import annotations

from spacy.language import Language

from pactgraph.nlp.actors import ActorLinker
from pactgraph.nlp.agreements import AgreementFinder
from pactgraph.nlp.dates import DateResolver
from pactgraph.nlp.guarantees import GuaranteeExtractor
from pactgraph.nlp.linebreaks import LineBreakSentencizer
from pactgraph.nlp.quotes import QuoteAttributor
from pactgraph.nlp.stances import StanceExtractor


@Language.factory(
    "pg_actors",
    assigns=["doc._.pg_entities", "doc._.pg_mentions", "doc._.pg_offices", "token._.pg_mention"],
    requires=["doc.ents", "token.dep"],
)
def make_actors(nlp: Language, name: str) -> ActorLinker:
    return ActorLinker(nlp)


@Language.factory("pg_dates", assigns=["doc._.pg_sentence_dates"])
def make_dates(nlp: Language, name: str) -> DateResolver:
    return DateResolver()


@Language.factory("pg_agreements", assigns=["doc._.pg_agreements", "doc._.pg_agreement_refs"])
def make_agreements(nlp: Language, name: str) -> AgreementFinder:
    return AgreementFinder(nlp)


@Language.factory("pg_quotes", assigns=["doc._.pg_quotes"], requires=["doc._.pg_mentions"])
def make_quotes(nlp: Language, name: str) -> QuoteAttributor:
    return QuoteAttributor()


@Language.factory("pg_guarantees", assigns=["doc._.pg_guarantees"], requires=["doc._.pg_mentions"])
def make_guarantees(nlp: Language, name: str) -> GuaranteeExtractor:
    return GuaranteeExtractor()


@Language.factory("pg_stances", assigns=["doc._.pg_stances"], requires=["doc._.pg_guarantees"])
def make_stances(nlp: Language, name: str) -> StanceExtractor:
    return StanceExtractor()


@Language.factory("pg_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer()
