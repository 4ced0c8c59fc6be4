"""Conditions of necessity: "will not sign a deal without binding guarantees", "no peace without
a ceasefire", "I cannot imagine the talks going ahead without a ceasefire", "nothing should be
decided about Y's security without Y". What a denied act or thing cannot happen without is
demanded by whoever denies it: the trigger is the denial (the negated verb, the "no" thing, the
verb whose subject is "nothing"), so its subject, or the speaker, holds the demand. A thing judged
bad for want of Y ("Without a US backstop, a European force would be a bluff") needs Y: the
judgement is on the lack, not on the thing (`lacking_judgement`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from pactgraph.nlp.stance_syntax import NOBODY, _negated

# the chain from "without" up to the denial: the act or thing it modifies and what governs it
_CLIMB = {
    "acl", "xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "attr", "advcl", "pcomp", "pobj", "prep",
}
_DEPTH = 4


def _denial(tok: Token) -> bool:
    """A negated verb, a verb whose subject is "nothing", "nothing" itself, or a "no" thing."""
    if tok.pos_ in {"VERB", "AUX"}:
        return _negated(tok) or any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in NOBODY for c in tok.children
        )
    if tok.lower_ in NOBODY:
        return True
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    )


def _describes(tok: Token) -> bool:
    """A participle describing its noun like a relative clause ("an agreement reached without
    Y", "guarantees designed without Y"): how the thing came about, not a condition on it."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN"


def denier(without: Token) -> Token | None:
    """The denial `without`'s phrase hangs under, climbing up to four heads; None if none."""
    current = without.head
    for _ in range(_DEPTH):
        if _denial(current):
            return current
        if current.dep_ not in _CLIMB or current.head is current or _describes(current):
            return None
        current = current.head
    return None


def necessity_triggers(doc: Doc, idle: frozenset[str]) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """Yield (denial, "demand", "requirement:without", [required]) for each "without Y" under a
    denial; `idle` (lexicon `without_vague`) are set phrases that name no requirement ("without
    delay"). A party named is required only of a thing ("a decision on Y's security without Y");
    an act done without it ("negotiated without Y") complains of an exclusion (the exclusion
    topic of `stance_context`), not a demand."""
    for tok in doc:
        if tok.lower_ != "without" or tok.dep_ != "prep":
            continue
        required = [
            o
            for o in tok.children
            if o.dep_ in {"pobj", "pcomp"}
            and o.lemma_.lower() not in idle
            and (o.pos_ != "PROPN" or tok.head.pos_ == "NOUN")
        ]
        if required and (denial := denier(tok)) is not None:
            yield denial, "demand", "requirement:without", required


_COPULAS = {"be", "remain", "become", "look", "seem", "prove"}


def lacking_judgement(pred: Token) -> list[Token]:
    """What a judged predicate is conditioned on lacking ("Without Y, X would be a bluff": [Y]);
    empty when its copula has no "without" phrase."""
    if pred.dep_ not in {"attr", "acomp"}:
        return []
    return lacked(pred.head)


def lacked(verb: Token) -> list[Token]:
    """What a copula's "without" phrase names ("Without Y, X would be ..."): [Y]."""
    if verb.lemma_ not in _COPULAS:
        return []
    return [
        o
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "without"
        for o in prep.children
        if o.dep_ in {"pobj", "pcomp"}
    ]


def lacking_triggers(
    doc: Doc, bad: Callable[[Token], bool]
) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """Yield (judgement, "demand", "requirement:lacking", [required]) for a predicate judged bad
    (`bad`) for want of what its copula's "without" names."""
    for tok in doc:
        if tok.dep_ in {"attr", "acomp"} and (required := lacking_judgement(tok)) and bad(tok):
            yield tok, "demand", "requirement:lacking", required
