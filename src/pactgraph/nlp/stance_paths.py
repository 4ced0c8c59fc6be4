"""Irreversible paths: "X's path to membership is irreversible", "declared that X was on an
irreversible path to membership", "declaring X's road to the EU 'irreversible'". Calling the way
toward a goal irreversible (`path_nouns` + `irreversible_words` in `lexicons/stance_verbs.yaml`)
endorses the goal; the speaker (or the declaring subject) holds it, like an evaluation."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pactgraph.nlp import lexicons

_DESTINATION_PREPS = {"to", "toward", "towards", "into"}
_WINDOW = 6


def _words(kind: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicons.load("stance_verbs").get(kind, ()) or ())


def _destination(path: Token) -> Token | None:
    """The goal a path noun leads to: the object of its "to" phrase, or (when the parser hangs
    the phrase elsewhere) the first noun after a "to" right behind the path noun."""
    for c in path.children:
        if c.dep_ == "prep" and c.lower_ in _DESTINATION_PREPS:
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if objs and objs[0].pos_ in {"NOUN", "PROPN"}:
                return objs[0]
    doc = path.doc
    nxt = path.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in _DESTINATION_PREPS:
        for t in doc[nxt + 1 : nxt + 1 + _WINDOW]:
            if t.pos_ in {"NOUN", "PROPN"} and t.sent == path.sent:
                return t
    return None


def _judged_irreversible(path: Token, words: frozenset[str]) -> Token | None:
    """The irreversibility word said of `path`: a modifier, a predicate ("remained
    irreversible") or a naming verb's second object ("declaring the path 'irreversible'")."""
    for c in path.children:
        if c.dep_ == "amod" and c.lower_ in words:
            return c
    head = path.head
    if path.dep_ in {"nsubj", "nsubjpass"}:
        for c in head.children:
            if c.dep_ in {"acomp", "oprd", "attr"} and c.lower_ in words:
                return c
    if path.dep_ == "dobj":
        for t in head.subtree:
            if t.i > path.i and t.lower_ in words and t.i - path.right_edge.i <= _WINDOW:
                return t
    return None


def irreversible_paths(doc: Doc) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(trigger, "support", rule, [goal]) for each path to a goal called irreversible."""
    paths, words = _words("path_nouns"), _words("irreversible_words")
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in paths:
            continue
        adj = _judged_irreversible(tok, words)
        goal = _destination(tok) if adj is not None else None
        if adj is not None and goal is not None:
            # a declaring verb holds it for its subject; otherwise the path noun's clause
            trigger = tok.head if tok.dep_ == "dobj" else tok
            if trigger.dep_ == "pcomp" and trigger.head.lower_ == "by":
                trigger = trigger.head.head  # "closed the summit by declaring ...": its subject
            yield trigger, "support", f"irreversible-path:{adj.lower_}", [goal]
