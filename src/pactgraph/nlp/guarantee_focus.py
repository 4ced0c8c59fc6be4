"""The country an article is about protecting, weighed from all its evidence.

One explicit beneficiary ("Russian officials want guarantees that ...") used to decide the
article's protected country on its own, and a place named in a guarantee sentence ("the summit in
X") could too. Here every sign counts, each with the weight `guarantees.yaml` gives it under
`focus_weights`: being a guarantee's explicit beneficiary, being sent or given things in a
guarantee sentence ("for/to/in X"), owning a protected thing ("X's security", "the sovereignty of
X"), seeking or being denied membership of an alliance ("X will never join", "X's accession"), and
being attacked ("the invasion of X", "X was invaded"). A state the article casts as a guarantor is
left out while another candidate remains.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from spacy.tokens import Doc, Token

SUBJECTS = {"nsubj", "nsubjpass"}


def protected_country(ex: Any, doc: Doc, drafts: list[Any]) -> str | None:
    """The country with the most weighed evidence of being protected, or None without any.
    `ex` is the GuaranteeExtractor (its lexicon and parse helpers); ties go to the country that is
    more often an explicit beneficiary, then to the one named most often, then first."""
    from pactgraph.nlp.guarantees import entities, entity_of, phrase_actors

    ents = entities(doc)
    lex = ex.lex
    weights = lex.focus_weights

    def country(key: str | None) -> bool:
        return bool(key) and ents.get(key) is not None and ents[key].type == "Country"

    def actors_of(tok: Token) -> list[str]:
        keys = phrase_actors(tok)
        if not keys and tok.pos_ == "PRON" and (k := ex._pronoun_country(tok)):
            keys = [k]
        return [k for k in keys if country(k)]

    score: Counter[str] = Counter()
    explicit: Counter[str] = Counter()
    for d in drafts:
        if d.beneficiary_explicit and country(d.beneficiary):
            explicit[d.beneficiary] += 1
            score[d.beneficiary] += weights.get("explicit", 0)
    for d in drafts:
        for t in d.token.sent:
            key = entity_of(t)
            if (
                country(key)
                and t.dep_ == "pobj"
                and t.head.lower_ in {"for", "to", "in"}
                and key not in d.guarantors
                and key != d.threat
                and not ex._addressee(t)
            ):
                score[key] += weights.get("guarantee_sentence", 0)
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in lex.protection_objects:
            owners = [
                *(c for c in tok.children if c.dep_ in {"poss", "compound", "amod"}),
                *(c for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children),
            ]
            for o in owners:
                for k in actors_of(o) or ([a] if (a := ex._attributive(o)) and country(a) else []):
                    score[k] += weights.get("protection_object", 0)
        elif lemma in lex.membership_verbs and tok.pos_ == "VERB" and _joins_alliance(ex, tok):
            for s in (c for c in tok.children if c.dep_ in SUBJECTS):
                for k in actors_of(s):
                    score[k] += weights.get("membership", 0)
        elif lemma in lex.member_attrs and tok.dep_ in {"attr", "oprd"}:
            # "whether X becomes a member", "X will be a member of the alliance"
            for s in (c for c in tok.head.children if c.dep_ in SUBJECTS):
                for k in actors_of(s):
                    score[k] += weights.get("membership", 0)
        elif lemma in lex.membership_nouns and tok.pos_ == "NOUN":
            owner = tok
            if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lemma_ in lex.prospect_nouns:
                owner = tok.head.head  # "X's path to membership"
            owners = [
                *(c for c in owner.children if c.dep_ == "poss"),
                *(c for p in owner.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children),
            ]
            for o in owners:
                for k in actors_of(o):
                    score[k] += weights.get("membership", 0)
    for k in ex._threatened(doc):
        score[k] += weights.get("threatened", 0)
    score = Counter({k: n for k, n in score.items() if n > 0})
    givers = {g for d in drafts if not d.co_builders for g in d.guarantors}
    if any(k not in givers for k in score):
        score = Counter({k: n for k, n in score.items() if k not in givers})
    if not score:
        return None
    mentions = [m.entity for m in doc._.pg_mentions or () if m.entity]
    named = Counter(mentions)
    order = {k: i for i, k in reversed(list(enumerate(mentions)))}
    return min(
        score, key=lambda k: (-score[k], -explicit[k], -named[k], order.get(k, len(order)))
    )


def _joins_alliance(ex: Any, verb: Token) -> bool:
    """ "X will join the alliance", "until X joins": joining with no object or an alliance as
    object, not "X joined the document"."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objs += [c for p in verb.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
    return not objs or any(ex._alliance(o) or o.lemma_ in ex.lex.alliance_nouns for o in objs)
