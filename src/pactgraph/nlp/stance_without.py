"""Conditions of necessity: "will not sign a deal without binding guarantees", "no decision
without Kyiv", "I cannot imagine the talks going ahead without a ceasefire". What a denied act
or thing cannot happen without, in someone's words, is the speaker's demand."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from pactgraph.nlp.stance_syntax import _negated

# the chain from "without" up to the denial: the act or thing it modifies and what governs it
_CLIMB = {"acl", "xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "advcl", "pcomp", "pobj", "prep"}


def _denied(tok: Token) -> bool:
    if tok.pos_ in {"VERB", "AUX"} and _negated(tok):
        return True
    if tok.lower_ in {"nothing", "nobody", "none"}:
        return True
    return tok.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "det" and c.lower_ == "no" for c in tok.children
    )


def necessity_triggers(
    doc: Doc, in_speech: Callable[[Token], bool], idle: frozenset[str]
) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """Yield ("without", "demand", rule, [required]) for each "without Y" under a denial; `idle`
    (lexicon `without_vague`) are set phrases that name no requirement ("without delay")."""
    for tok in doc:
        if tok.lower_ != "without" or tok.dep_ != "prep" or not in_speech(tok):
            continue
        required = next((c for c in tok.children if c.dep_ in {"pobj", "pcomp"}), None)
        if required is None or required.lemma_.lower() in idle or required.pos_ == "PROPN":
            continue  # a party named ("nothing about Kyiv without Kyiv") asks for its place, elsewhere
        current = tok.head
        for _ in range(4):
            if _denied(current):
                yield tok, "demand", "without-denial", [required]
                break
            if current.dep_ not in _CLIMB or current.head is current:
                break
            current = current.head
