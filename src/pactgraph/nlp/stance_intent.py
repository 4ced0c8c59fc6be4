"""Negated intentions: "X did not plan to send troops", "X has no plans to deploy forces",
"X had no intention of joining", "X is not prepared to offer": the act is denied, so a stance its verb triggers is negated
(lexicon `lexicons/intentions.yaml`). "X had no plans for Y" and "X had no such intention" (after
an act named earlier in the sentence) reject Y or that act, as do "X has shown little appetite for
Y" (`holding_verbs`, `scant_words`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import is_negated
from pactgraph.nlp.util import prep_objects


def _words(kind: str) -> frozenset[str]:
    return frozenset(lexicons.load("intentions").get(kind, ()))


def _verb_negated(verb: Token) -> bool:
    return is_negated(verb) or any(c.dep_ == "aux" and is_negated(c) for c in verb.children)


def intention_negated(trigger: Token) -> bool:
    """Whether `trigger` is the act of a negated intention word governing it."""
    head = trigger.head
    if head == trigger:
        return False
    if trigger.dep_ == "xcomp" and head.pos_ == "VERB" and (
        head.lemma_.lower() in _words("verbs")
        or (head.tag_ == "VBG" and head.lemma_.lower() in _words("progressive_verbs"))
    ):
        return _verb_negated(head)
    if trigger.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lemma_.lower() in _words("adjectives"):
        # "is not prepared to offer X", "was never willing to send": the copula carries the "not"
        return _verb_negated(head) or (head.dep_ == "acomp" and _verb_negated(head.head))
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


def denied_plans(
    doc: Doc, reporting_verbs: frozenset[str], names_topic: Callable[[Token], bool]
) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """"X had no plans for a deployment" rejects the deployment; "Y had no such intention" rejects
    the act named before it in the sentence ("Z did not plan to send troops, and Y had no such
    intention"): the nearest earlier act named as a plan or option whose phrase names a curated
    topic. Triggers are
    (the verb "have", "reject", rule, target roots)."""
    nouns, holding, scant = _words("nouns"), _words("holding_verbs"), _words("scant_words")
    for tok in doc:
        # "had only a few advisers there and no plans for X": a conjunct of the object
        obj = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "dobj" else tok
        if not (
            tok.lemma_.lower() in nouns
            and obj.dep_ == "dobj"
            and obj.head.lemma_ in holding
            and any(c.lower_ in scant and c.dep_ in {"det", "amod"} for c in tok.children)
        ):
            continue
        verb = obj.head
        objects = prep_objects((tok,), "for")  # "shown little appetite for X"
        if objects:
            yield verb, "reject", "denied-plan:for", objects
            continue
        if not any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
            continue
        if not any(c.lower_ == "such" and c.dep_ == "amod" for c in tok.children):
            continue
        inside = {t.i for t in verb.subtree}
        for prev in reversed(doc[tok.sent.start : verb.i]):
            if (
                prev.pos_ == "VERB"
                # an act named as a plan or an option ("to send", "sending"), not a narrated one
                and prev.dep_ in {"xcomp", "pcomp", "acl"}
                and prev.i not in inside
                and prev.lemma_ not in reporting_verbs
                and prev.lemma_ not in {"have", "be"}
                and any(c.dep_ in {"dobj", "prep"} for c in prev.children)
                and names_topic(prev)
            ):
                yield verb, "reject", "denied-plan:such", [prev]
                break
