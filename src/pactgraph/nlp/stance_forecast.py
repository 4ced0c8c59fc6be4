"""Forecasts are not positions: "X is expected to approve Y", "X is likely to announce Y",
"analysts expect X to back Y" report a prediction about X, so the act gives X no stance. An
actor's own expectation of another ("Moscow expected Washington to open talks") is not a
forecast. Words are data (`lexicons/forecasts.yaml`)."""

from __future__ import annotations

from spacy.tokens import Token

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import phrase_actors, subject_of


def _words(kind: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in lexicons.load("forecasts").get(kind, ()))


def forecast_only(trigger: Token) -> bool:
    """Whether `trigger` is the predicted act of a forecast ("is expected to approve")."""
    if trigger.dep_ not in {"xcomp", "ccomp"}:
        return False
    head = trigger.head
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ":
        return trigger.dep_ == "xcomp" and lemma in _words("forecast_adjectives")
    if head.pos_ not in {"VERB", "AUX"} or lemma not in _words("forecast_verbs"):
        return False
    if any(c.dep_ == "auxpass" for c in head.children):
        return not any(c.dep_ == "agent" for c in head.children)
    # "analysts expect X to ...": a forecaster who is no actor
    subj = subject_of(head)
    return subj is not None and subj.pos_ != "PRON" and not phrase_actors(subj)
