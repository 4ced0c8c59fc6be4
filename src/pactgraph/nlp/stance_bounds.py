"""Things put out of bounds by a set phrase: "sending troops was out of the question", "any
deal that rewarded aggression remained off the table" (the speaker rejects the subject);
"Washington took membership off the table" (the subject rejects the object), "X is not on the
table" (an in-bounds phrase denied, `in_bounds_phrases`). Also what makes
"too early / premature to talk about X" a rejection of X, and "X said: no ground troops" the
speaker's rejection of the troops. Phrases are data (`lexicons/stance_verbs.yaml`:
`out_of_bounds_phrases`, `too_early_words`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import SUBJECT_DEPS, is_negated

log = logging.getLogger("pactgraph")

COPULAS = {"be", "remain", "stay", "seem", "appear"}
# verbs that move a thing out of bounds ("took X off the table", "X was taken off the table")
_MOVING_VERBS = {"take", "remove", "keep"}


def _phrases(key: str = "out_of_bounds_phrases") -> dict[tuple[str, ...], str]:
    data = lexicons.load("stance_verbs").get(key, {}) or {}
    return {tuple(p.lower().split()): t for p, t in data.items()}


def _verb_negated(verb: Token) -> bool:
    return is_negated(verb) or any(c.dep_ == "aux" and is_negated(c) for c in verb.children)


def starts_phrase(tok: Token, words: tuple[str, ...]) -> bool:
    """`tok` starts `words` as a prepositional chain ("out" -> "of" -> "question"), with only
    determiners between ("off the table")."""
    doc = tok.doc
    i = tok.i
    for w in words:
        while i < len(doc) and doc[i].dep_ == "det" and doc[i].lower_ != w:
            i += 1
        if i >= len(doc) or doc[i].lower_ != w:
            return False
        i += 1
    return True


def bound_phrases() -> dict[tuple[str, ...], tuple[str, bool]]:
    """Every set phrase of bounds: its words -> (stance type, whether it keeps a thing in
    bounds, so that only its denial puts the thing out: "is not on the table")."""
    return {**{w: (t, False) for w, t in _phrases().items()},
            **{w: (t, True) for w, t in _phrases("in_bounds_phrases").items()}}


def out_of_bounds_triggers(doc: Doc) -> Iterator[tuple[Token, str, str, list[Token], bool]]:
    """(trigger, stance type, rule, roots, evaluative): the trigger is the phrase's first word;
    evaluative when the copula's subject is what is judged (the speaker holds the stance),
    not when a moving verb's subject put its object out of bounds (the subject holds it)."""
    # "X is not on the table": an in-bounds phrase denied puts X out of bounds
    phrases = bound_phrases()
    for tok in doc:
        if tok.dep_ not in {"prep", "advmod", "prt"}:
            continue
        for words, (stype, denied) in phrases.items():
            if tok.lower_ != words[0] or not starts_phrase(tok, words):
                continue
            head = tok.head
            rule = f"out-of-bounds:{'not ' if denied else ''}{' '.join(words)}"
            if _verb_negated(head) != denied or (denied and head.lemma_ not in COPULAS):
                continue  # "is not off the table", "is on the table": still possible, no stance
            if head.lemma_ in COPULAS:
                roots = [
                    c for c in head.children
                    if c.dep_ in {"nsubj", "csubj", "nsubjpass"}
                    and c.lower_ not in {"it", "that", "this"}
                ]
                relative = any(r.dep_ == "nsubj" and r.tag_ == "WDT" for r in roots)
                if head.dep_ == "relcl" and relative:
                    roots = [head.head]  # "any deal that remained off the table"
                elif head.dep_ == "relcl" and not roots:
                    roots = [head.head]
                if roots:
                    yield tok, stype, rule, roots, True
            elif head.lemma_ in _MOVING_VERBS:
                objs = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}]
                if objs:
                    passive = any(c.dep_ == "nsubjpass" for c in head.children)
                    yield tok, stype, rule if passive else f"moved-{rule}", objs, passive
            break


def too_early_triggers(doc: Doc) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """"it is too early / too soon to talk about X" (`too_early_words`): the stance of
    "premature" (rule `adjective:`, so the speaker holds it) on what is to be done."""
    words = lexicons.load("stance_verbs").get("too_early_words", {}) or {}
    for tok in doc:
        stype = words.get(tok.lower_)
        if (
            stype
            and tok.dep_ in {"acomp", "advmod"}  # "too soon" may be read as an adverb
            and tok.head.lemma_ in COPULAS
            and any(c.dep_ == "advmod" and c.lower_ == "too" for c in tok.children)
            and not _verb_negated(tok.head)
        ):
            roots = [c for c in tok.children if c.dep_ == "xcomp"]
            objects = [
                o for r in roots for o in r.subtree
                if o.dep_ in {"dobj", "pobj"} and o.head in (r, *r.children)
            ]
            # "too early to talk about this": what is put off is named elsewhere, if at all
            if roots and objects and not any(o.pos_ == "PRON" for o in objects):
                yield tok, stype, f"adjective:too {tok.lower_}", roots


def deferred(trigger: Token) -> bool:
    """`trigger` is a verb inside what is called too early or premature to do ("premature to
    discuss sending troops"): the act is put off, not proposed."""
    words = set(lexicons.load("stance_verbs").get("too_early_words", {}) or {}) | {"premature"}
    current = trigger
    for _ in range(4):
        if current.dep_ != "xcomp" or current.pos_ != "VERB":
            return False
        head = current.head
        if head.dep_ in {"acomp", "advmod"} and head.lower_ in words:
            return True
        # "it was premature to discuss X": the parser may hang the infinitive on the copula
        if head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in words for c in head.children
        ):
            return True
        current = head
    return False


def colon_denials(
    doc: Doc, reporting_verbs: frozenset[str]
) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """"X said: no ground troops and no soldiers on Ukrainian soil": a verbless "no N" after
    the colon of a reporting verb (or "X was blunt:") is the speaker's rejection of N."""
    for colon in doc:
        if colon.text != ":" or colon.head.i > colon.i:
            continue
        verb = colon.head
        if not (
            (verb.lemma_ in reporting_verbs and verb.pos_ == "VERB")
            or (verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children))
        ):
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.i < colon.i for c in verb.children):
            continue
        for noun in verb.children:
            if (
                noun.i > colon.i
                and noun.dep_ in {"dobj", "attr", "dep", "appos"}
                and noun.pos_ in {"NOUN", "PROPN"}
                and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
            ):
                yield noun, "reject", "colon-denial:no", [noun]


_FUTURE_AUX = {"will", "'ll", "shall", "can", "could", "would", "'d", "must", "should"}
# a denial bound to a condition is a demand for the condition (`stance_without.py`, conditions)
_CONDITIONAL = {"without", "until", "unless", "before", "till", "as long as", "while", "if"}


def denied_future(
    doc: Doc, ruling_out: frozenset[str], speech: Callable[[Token], object]
) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """ "there will be no federalization of Ukraine", "there can be no Minsk-3", "there could be
    no recognition of X": a thing a speaker says will (would) or can (could) never exist is
    rejected (not a past fact, "there was no deal"; not one bound to a condition, "no peace
    without guarantees"). A denied undoing ("there will be no lifting of sanctions") keeps what
    it would undo (`StanceExtractor._reversed`)."""
    for tok in doc:
        cop = tok.head
        if (
            tok.dep_ != "attr"
            or tok.pos_ not in {"NOUN", "PROPN"}
            or tok.lemma_.lower() in ruling_out
            or cop.lemma_ != "be"
            or not any(c.dep_ == "expl" for c in cop.children)
            or not any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)
            or not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in cop.children)
        ):
            continue
        words = " ".join(t.lower_ for t in cop.subtree)
        if any(f" {w} " in f" {words} " for w in _CONDITIONAL) or speech(tok) is None:
            continue
        yield cop, "reject", "denied-future:be", [tok]
