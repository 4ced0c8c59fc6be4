"""Shared stances: actors who hold the stance another actor states in the same sentence.

"X, together with Y, rejected Z" (lexicon `sharing.companions`) makes Y a co-holder of the
subject's stance; "X said ..., and Y echoed him" and "... Z, a position shared by Y" (lexicon
`sharing.verbs`) make Y hold what the clause they take up states. Only the verb's own subject or
passive agent shares: a stance is copied, never inferred from a mere meeting ("spoke alongside Y").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import subject_of

_LEX = lexicons.load("sharing")
_VERBS = frozenset(_LEX.get("verbs", ()))
_COMPANIONS = frozenset(_LEX.get("companions", ()))
_POSITIONS = frozenset(_LEX.get("position_nouns", ()))

ActorKeys = Callable[[Token], list[str]]


def companions(trigger: Token, actor_keys: ActorKeys) -> list[str]:
    """Actors joined to the stance verb's subject by "together with", "along with" ("X, along
    with Y, backed Z"), before the verb."""
    subj = subject_of(trigger)
    owners = [t for t in (trigger, subj) if t is not None]
    keys: list[str] = []
    doc = trigger.doc
    for w in trigger.sent:
        # "X ... but, together with Y, resisted Z": the phrase right before the verb, wherever
        # the parser hung it
        end = w.right_edge.i
        if (
            w.lower_ == "with" and w.i > 0 and doc[w.i - 1].lower_ in _COMPANIONS
            and (end + 1 == trigger.i or (end + 2 == trigger.i and doc[end + 1].text == ","))
        ):
            keys.extend(k for o in w.children if o.dep_ == "pobj" for k in actor_keys(o))
    for owner in owners:
        # "together with Y" (with "together" before it) or "along with Y" ("with" under "along")
        preps = [c for c in owner.children if c.dep_ == "prep" and c.i < trigger.i]
        preps += [g for c in preps if c.lower_ in _COMPANIONS for g in c.children if g.dep_ == "prep"]
        for prep in preps:
            lead = prep.doc[prep.i - 1] if prep.i > 0 else None
            if prep.lower_ != "with" or lead is None or lead.lower_ not in _COMPANIONS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    keys.extend(actor_keys(obj))
    return list(dict.fromkeys(keys))


def sharers(trigger: Token, holders: list[str], actor_keys: ActorKeys) -> list[str]:
    """Actors who take up the stance `trigger` states: the subject of a sharing verb
    coordinated after the trigger in its sentence whose object is a holder ("the
    chancellor said, and Y echoed him"), or the agent of a sharing participle on a phrase of
    the trigger's clause ("ruled out X, a position shared by Y")."""
    keys: list[str] = []
    for c in trigger.sent:
        # "..., the chancellor said, and Y echoed him": a later coordinated verb taking up a holder
        if (
            c.i < trigger.i or c.dep_ != "conj" or c.pos_ != "VERB"
            or c.lemma_.lower() not in _VERBS
        ):
            continue
        objects = [o for o in c.children if o.dep_ == "dobj"]
        if objects and any(k in holders for o in objects for k in actor_keys(o)):
            subj = subject_of(c)
            keys.extend(actor_keys(subj) if subj is not None else [])
    doc = trigger.doc
    for t in trigger.subtree:
        if not (
            t.lemma_.lower() in _VERBS
            and t.tag_ in {"VBN", "VBD"}
            and t.dep_ in {"acl", "relcl"}
            and t.head.lemma_.lower() in _POSITIONS
            # a phrase set off by a comma or dash ("X, a position shared by Y")
            and t.head.left_edge.i > 0
            and doc[t.head.left_edge.i - 1].text in {",", "—", "–", "-"}
        ):
            continue
        # the agent, or a "by" the parser hung on the noun ("a position shared, notably, by Y")
        bys = [c for c in t.children if c.dep_ == "agent"] + [
            c for c in t.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > t.i
        ]
        for by in bys:
            for obj in (o for o in by.children if o.dep_ == "pobj"):
                # "by his rival X's government": the appositive names the sharer
                named = [a for a in obj.children if a.dep_ == "appos"] or [obj]
                keys.extend(k for a in named for k in actor_keys(a))
    return [k for k in dict.fromkeys(keys) if k not in holders]
