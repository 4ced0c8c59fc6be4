"""Negated intentions: "X did not plan to send troops", "X has no plans to deploy forces",
"X had no intention of joining": the act is denied, so a stance its verb triggers is negated
(lexicon `lexicons/intentions.yaml`)."""

from __future__ import annotations

from spacy.tokens import Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import is_negated


def _words(kind: str) -> frozenset[str]:
    return frozenset(lexicons.load("intentions").get(kind, ()))


def _verb_negated(verb: Token) -> bool:
    return is_negated(verb) or any(c.dep_ == "aux" and is_negated(c) for c in verb.children)


def intention_negated(trigger: Token) -> bool:
    """Whether `trigger` is the act of a negated intention word governing it."""
    head = trigger.head
    if head == trigger:
        return False
    if trigger.dep_ == "xcomp" and head.pos_ == "VERB" and head.lemma_.lower() in _words("verbs"):
        return _verb_negated(head)
    noun = head
    if trigger.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        noun = head.head  # "no intention of sending"
    elif trigger.dep_ not in {"acl", "relcl"}:
        return False
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _words("nouns"):
        return False
    if any(c.lower_ == "no" and c.dep_ in {"det", "neg"} for c in noun.children):
        return True
    # "did not have any plans to", "does not have the intention of"
    return noun.dep_ == "dobj" and _verb_negated(noun.head)
