"""Contrasted alternatives: "X urged allies to send tanks rather than helmets", "X promised to
offer alternatives instead of ceding land". What a holder wants is preferred to what the contrast
marker (lexicon `contrast_markers` in `lexicons/stance_verbs.yaml`) names after it, so the
holder of a support-type stance opposes that alternative."""

from __future__ import annotations

from spacy.tokens import Token

from pactgraph.nlp import lexicons


def _markers() -> tuple[tuple[str, ...], ...]:
    data = lexicons.load("stance_verbs")
    return tuple(tuple(m.lower().split()) for m in data.get("contrast_markers", ()))


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
            while end < sent.end and not doc[end].is_punct:
                end += 1
            out.append((start, n, end))
    return out
