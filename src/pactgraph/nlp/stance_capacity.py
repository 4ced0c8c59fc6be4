"""Powers are not positions: a stance verb that only names a capacity ("Y has the right to block
X", "the power to veto X", "a force able to deploy", "a clause that would let Y veto X") says
what someone could do, not what anyone wants, so it gives no stance. Words are data
(`lexicons/capacities.yaml`)."""

from __future__ import annotations

from spacy.tokens import Token

from pactgraph.nlp import lexicons


def _words(kind: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicons.load("capacities").get(kind, ()))


def capacity_only(trigger: Token) -> bool:
    """Whether `trigger` is the act of a capacity word: the infinitive of a capacity noun
    ("the right to block"), of an enabling verb ("allows Russia to veto", "would be allowed to")
    or of a capacity adjective ("able to deploy")."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    head = trigger.head
    if head == trigger:
        return False
    lemma = head.lemma_.lower()
    if trigger.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}:
        return lemma in _words("capacity_nouns") and _infinitive(trigger)
    if trigger.dep_ in {"xcomp", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
        return lemma in _words("enabling_verbs")
    if trigger.dep_ == "xcomp" and head.pos_ == "ADJ":
        return lemma in _words("capacity_adjectives")
    return False


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
