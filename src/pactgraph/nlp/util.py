"""Small helpers shared by the components."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.tokens import Doc, Span, Token


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences, cached; a sentence's index here is its id everywhere."""
    cached = doc.user_data.get("pg_sents")
    if cached is None:
        cached = list(doc.sents)
        doc.user_data["pg_sents"] = cached
        doc.user_data["pg_sent_of_token"] = {
            tok.i: n for n, sent in enumerate(cached) for tok in sent
        }
    return cached


def sentence_index(token: Token) -> int:
    """Index (in `sentences(doc)`) of the sentence holding `token`."""
    doc = token.doc
    sentences(doc)
    return doc.user_data["pg_sent_of_token"][token.i]


def full_text(doc: Doc) -> str:
    """`doc.text`, built once: spaCy joins every token on each access, which in per-token code
    (headline checks, paragraph lookups) cost more than the rest of the stance component."""
    text = doc.user_data.get("pg_text")
    if text is None:
        text = doc.user_data["pg_text"] = doc.text
    return text


def prep_objects(
    heads: Iterable[Token],
    prep: str | Collection[str] | None = None,
    *,
    deps: Collection[str] = ("pobj",),
) -> list[Token]:
    """Objects of every `prep` phrase ("for X", "from Y") hung on any of `heads`, in order.
    `prep` is one preposition, a set of them, or None for any; `deps` the objects' relations
    (add "pcomp" for a clause: "for sending troops")."""
    words = {prep} if isinstance(prep, str) else prep
    return [
        o
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and (words is None or c.lower_ in words)
        for o in c.children
        if o.dep_ in deps
    ]
