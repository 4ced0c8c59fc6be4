"""Contrasted alternatives: "X urged allies to send tanks rather than helmets", "X promised to
offer alternatives instead of ceding land", "X favoured sanctions over talks". What a holder wants is preferred to what the contrast
marker (lexicon `contrast_markers` in `lexicons/stance_verbs.yaml`) names after it, so the
holder of a support-type stance opposes that alternative."""

from __future__ import annotations

from spacy.tokens import Token

from pactgraph.nlp import lexicons


def _markers() -> tuple[tuple[str, ...], ...]:
    data = lexicons.load("stance_verbs")
    return tuple(tuple(m.lower().split()) for m in data.get("contrast_markers", ()))


def _over_nouns() -> set[str]:
    data = lexicons.load("stance_verbs")
    return {n.lower() for n in data.get("preference_complement_nouns", ())}


def _preference_preps(trigger: Token) -> set[str]:
    """The prepositions that, after a preference verb (lexicon `preference_contrasts`), name the
    alternative ("favoured X over Y", "prefers X to Y")."""
    data = lexicons.load("stance_verbs").get("preference_contrasts") or {}
    return {p.lower() for p in data.get(trigger.lemma_.lower(), ())}


def alternatives(trigger: Token) -> list[Token]:
    """Roots of the phrases a contrast marker inside `trigger`'s clause sets against what the
    trigger wants (the highest token of the words after the marker, up to a comma)."""
    doc = trigger.doc
    out: list[Token] = []
    for start, n, end in _contrast_spans(trigger):
        span = range(start + n, end)
        tops = [
            doc[i] for i in span
            if doc[i].head.i not in span and doc[i].pos_ in {"NOUN", "PROPN", "VERB"}
        ]
        if len(tops) == 1 and tops[0].pos_ != "PRON":
            out.append(tops[0])
    return out


def contrasted_tokens(trigger: Token, roots: list[Token]) -> set[int]:
    """The marker and the alternative after it ("... a peace deal rather than a truce"): not
    part of what the trigger wants, unless the stance is the one on that alternative."""
    spans = [range(start, end) for start, _, end in _contrast_spans(trigger)]
    return {
        i for span in spans
        if not any(r.i in span for r in roots)
        for i in span
    }


def _contrast_spans(trigger: Token) -> list[tuple[int, int, int]]:
    """(start, marker length, end) of each contrast marker in `trigger`'s clause and the words
    after it up to a punctuation mark."""
    doc = trigger.doc
    sent = trigger.sent
    inside = {t.i for t in trigger.subtree}
    out: list[tuple[int, int, int]] = []
    for words in _markers():
        n = len(words)
        for start in range(max(trigger.i + 1, sent.start), sent.end - n):
            if tuple(t.lower_ for t in doc[start : start + n]) != words:
                continue
            last = doc[start + n - 1]
            # the marker belongs to this trigger's clause (what it contrasts is the trigger's)
            if last.i not in inside:
                continue
            end = start + n
            # up to a punctuation mark; a hyphen inside a word ("short-term") is none
            while end < sent.end and not (doc[end].is_punct and doc[end].tag_ != "HYPH"):
                end += 1
            out.append((start, n, end))
    preps = _preference_preps(trigger) if trigger.pos_ == "VERB" else set()
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    for head in (trigger, *objects):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < trigger.i:
                continue
            if prep.lower_ == "to" and head is not trigger:
                continue  # "favours aid to Ukraine": a recipient, not an alternative
            if not any(o.dep_ in {"pobj", "pcomp"} for o in prep.children):
                continue
            if head is not trigger and head.lemma_.lower() in _over_nouns():
                continue  # "favoured control over the process": the noun's own complement
            out.append((prep.i, 1, prep.right_edge.i + 1))
    return out
