"""Judgements of a way towards a goal: "Ukraine's path to membership is irreversible", "on an
irreversible path to membership", "declared the road to accession irreversible". Whoever says
the way cannot be undone wants the goal, so the speaker supports what the way leads to. Likewise
a destiny placed in a body ("Ukraine's future lies in NATO", "Moldova's place is in the EU") is
the speaker's support for membership of it, and a catastrophe said to follow from something
("X would mean a third world war") the speaker's opposition to it. Words are data (`lexicons/stance_verbs.yaml`:
`path_nouns`, `path_adjectives`, `declaring_verbs`, `destiny_nouns`, `consequence_verbs`,
`catastrophe_nouns`).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Doc, Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import entity_of
from pactgraph.nlp.util import prep_objects

_GOAL_PREPS = {"to", "towards", "toward", "into"}
# what may stand between a way and its judgement when the parser loses the link ("declaring
# Ukraine's path to membership 'irreversible'")
_GAP_POS = {"DET", "ADJ", "NOUN", "PROPN", "PUNCT", "PART", "ADP"}
_GAP = 6


@cache
def _words() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    data = lexicons.load("stance_verbs")
    nouns = frozenset(str(n) for n in data.get("path_nouns", ()))
    adjectives = {str(a): str(t) for a, t in (data.get("path_adjectives", {}) or {}).items()}
    declaring = frozenset(str(v) for v in data.get("declaring_verbs", ()))
    return nouns, adjectives, declaring


@cache
def _destiny_nouns() -> frozenset[str]:
    return frozenset(str(n) for n in lexicons.load("stance_verbs").get("destiny_nouns", ()))


def _way(adj: Token, nouns: frozenset[str]) -> Token | None:
    """The way `adj` judges: the noun it modifies, the subject of its copula, the object of a
    verb that declares it so, else the nearest way word before it with only a noun phrase and
    its goal between."""
    if adj.dep_ == "amod" and adj.head.lemma_.lower() in nouns:
        return adj.head
    if adj.dep_ in {"acomp", "oprd", "xcomp", "ccomp"}:
        for c in adj.head.children:
            if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.lemma_.lower() in nouns:
                return c
    for i in range(adj.i - 1, max(adj.sent.start, adj.i - _GAP) - 1, -1):
        tok = adj.doc[i]
        if tok.lemma_.lower() in nouns and tok.pos_ == "NOUN":
            return tok
        if tok.pos_ not in _GAP_POS:
            return None
    return None


def _goal(way: Token) -> Token | None:
    """What the way leads to: its "to"/"towards" object, else the last noun of the phrase right
    after the preposition that follows it."""
    for prep in way.children:
        if prep.dep_ == "prep" and prep.lower_ in _GOAL_PREPS:
            obj = next((o for o in prep.children if o.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None:
                return obj
    doc = way.doc
    nxt = way.i + 1
    if nxt >= len(doc) or doc[nxt].lower_ not in _GOAL_PREPS:
        return None
    goal = None
    for tok in doc[nxt + 1 : min(nxt + 5, way.sent.end)]:
        if tok.pos_ in {"NOUN", "PROPN"}:
            goal = tok
        elif tok.pos_ not in {"DET", "ADJ", "PART"} or goal is not None:
            break
    return goal


def _declaring(way: Token, verbs: frozenset[str]) -> Token | None:
    """The verb that declares the way so ("declared that Moldova is on an irreversible path",
    "by declaring the path irreversible"), a few steps up the tree."""
    current = way
    for _ in range(5):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in verbs:
            return current
    return None


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return tok.dep_ in {"acomp", "oprd"} and any(c.dep_ == "neg" for c in tok.head.children)


def path_triggers(doc: Doc) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(trigger, stance type, rule, [goal]) for every way judged to lead somewhere for good. The
    trigger is the declaring verb when there is one (its subject holds the stance: rule
    `path-declared:`), else the judgement itself (the speaker holds it: rule `path:`). A way
    said not to be irreversible is no stance either way."""
    nouns, adjectives, declaring = _words()
    for tok in doc:
        stype = adjectives.get(tok.lower_)
        # (the parser may tag the adjective as a noun: "road to accession irreversible")
        if stype is None or tok.pos_ not in {"ADJ", "VERB", "NOUN"} or _negated(tok):
            continue
        way = _way(tok, nouns)
        goal = _goal(way) if way is not None else None
        if goal == tok:
            # "road to membership irreversible" read as one phrase: the noun hung on the judgement
            goal = next(
                (c for c in tok.children if c.dep_ in {"compound", "npadvmod"} and c.pos_ == "NOUN"),
                None,
            )
        if goal is None:
            continue
        verb = _declaring(way, declaring)
        if verb is not None:
            yield verb, stype, f"path-declared:{tok.lower_}", [goal]
        else:
            yield tok, stype, f"path:{tok.lower_}", [goal]


def destiny_triggers(doc: Doc) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(verb, "support", rule, [body]) for "X's future is / lies in Y": the speaker wants X in Y.
    The verb is "be" or "lie" with the destiny noun as its subject and an "in" phrase; a
    negated one ("is not in NATO") is no stance."""
    nouns = _destiny_nouns()
    for tok in doc:
        if tok.dep_ != "nsubj" or tok.lemma_.lower() not in nouns:
            continue
        verb = tok.head
        if verb.lemma_ not in {"be", "lie"} or any(c.dep_ == "neg" for c in verb.children):
            continue
        if not any(c.dep_ == "poss" for c in tok.children):
            continue  # "the future is in our hands": whose future is not said
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                body = next((o for o in prep.children if o.dep_ == "pobj"), None)
                if body is not None:
                    yield verb, "support", f"destiny:{tok.lemma_.lower()}", [body]


def accession_triggers(doc: Doc) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(verb, type, rule, [verb]) for a future accession stated as fact: "Ukraine will join
    NATO", "Georgia would become a member of the alliance" (support), "would never join" (oppose).
    The caller keeps only those in someone's words; the clause itself is the target, so the
    membership topic reads its subject as the state joining. A past or present accession
    ("Finland joined NATO") is a fact, not a stance."""
    verbs, bodies = _accession_words()
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or not any(
            c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in tok.children
        ):
            continue
        if lemma in verbs:
            goal = next((c for c in tok.children if c.dep_ == "dobj"), None)
        elif lemma == "become":
            member = next((c for c in tok.children if c.dep_ == "attr" and c.lemma_ == "member"), None)
            goal = next(
                (o for p in (member.children if member is not None else ())
                 if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"),
                None,
            )
        else:
            continue
        if goal is None or not (entity_of(goal) or goal.lemma_.lower() in bodies):
            continue
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            continue
        yield tok, "support", f"accession:{lemma}", [tok]  # a denial is read as for any verb


@cache
def _accession_words() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicons.load("stance_verbs")
    return (frozenset(str(w) for w in data.get("accession_verbs", ())),
            frozenset(str(w) for w in data.get("accession_bodies", ())))


@cache
def _consequence_words() -> tuple[frozenset[str], frozenset[str]]:
    data = lexicons.load("stance_verbs")
    verbs = frozenset(str(v) for v in data.get("consequence_verbs", ()))
    nouns = frozenset(str(n) for n in data.get("catastrophe_nouns", ()))
    return verbs, nouns


def consequence_triggers(doc: Doc) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(verb, "criticize", rule, [cause]) for "X would mean / lead to / bring closer a war": who
    says a thing brings a catastrophe opposes the thing (the caller keeps only what is said by
    someone). Negated ("would not mean war") is no stance; a pronoun cause is left alone."""
    verbs, nouns = _consequence_words()
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or _negated(tok):
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        objs += prep_objects((tok,), {"to", "in", "into"})
        if not any(o.lemma_.lower() in nouns for o in objs):
            continue
        cause = next((c for c in tok.children if c.dep_ in {"nsubj", "csubj"}), None)
        if cause is not None and cause.pos_ not in {"PRON", "DET"}:
            yield tok, "criticize", f"consequence:{tok.lemma_.lower()}", [cause]
