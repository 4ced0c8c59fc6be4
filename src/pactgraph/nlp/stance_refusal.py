"""Own refusals: an actor's own future act, denied ("Kyiv would not amend its constitution",
"Oslo will never recognise the annexation", "we will not reopen the text", "will not be
pressured into a deal"): the actor refuses what the act would touch. Only the actor's own act counts: in reported speech the subject must be
the speaker, the speaker's state or a first-person pronoun; another party's denied act ("said
Russia would not attack") is a forecast. Verbs that a stance or contribution rule already reads,
and verbs of being, having, ability or motion (`refusal_excluded_verbs`), are left alone."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from pactgraph.nlp.guarantees import is_negated, subject_of

if TYPE_CHECKING:
    from pactgraph.nlp.stance_context import _Context
    from pactgraph.nlp.stance_lexicon import StanceLexicon

_FUTURE = {"will", "would", "'ll", "shall", "wo"}
_OWN_PRONOUNS = {"we", "i"}
_CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "parataxis"}
# "will not sign a deal without guarantees", "until Russia withdraws": a condition, not a refusal
_CONDITIONS = {"without", "unless", "until", "till", "before", "if"}


def _future_denied(verb: Token) -> bool:
    """`verb` has a future auxiliary and is negated ("would not", "will never", "won't")."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return any(a.lower_ in _FUTURE for a in auxes) and (
        is_negated(verb) or any(is_negated(a) for a in auxes)
    )


def _coerced_into(verb: Token, lex: StanceLexicon) -> list[Token]:
    """"would not be dragged back to X", "will not be pressured into X": what the subject refuses
    to be pushed into (a passive coercion verb, `coercion_verbs`, denied in the future)."""
    if verb.lemma_.lower() not in lex.coercion_verbs or not any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"into", "to"}]
    preps += [p for c in verb.children if c.dep_ == "advmod" for p in c.children
              if p.dep_ == "prep" and p.lower_ in {"into", "to"}]
    return [o for p in preps for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]


def own_refusal_triggers(
    doc: Doc, ctx: _Context, lex: StanceLexicon
) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(verb, "offer", rule, objects) for each denied own future act; the negation makes the
    offer a refusal downstream, as for "would not send troops"."""
    for tok in doc:
        if (
            tok.dep_ not in _CLAUSE_DEPS
            or any(c.dep_ == "mark" and c.lower_ != "that" for c in tok.children)
            or not _future_denied(tok)
        ):
            continue
        objects = refusable(tok, lex)
        subj = subject_of(tok)
        if not objects or subj is None:
            continue
        speech = ctx.speech(tok)
        if speech is None:
            continue
        speakers = {speech.speaker, *speech.others}
        own = speakers | {s for k in speakers for s in ctx.offices.get(k, ())}
        if subj.lower_ not in _OWN_PRONOUNS and not set(ctx._actor_keys(subj)) & own:
            continue
        yield tok, "offer", f"own-refusal:{tok.lemma_.lower()}", objects


def refusable(verb: Token, lex: StanceLexicon) -> list[Token]:
    """What denying the future act of `verb` refuses: its object (or, for a passive coercion
    verb, what the subject would be pushed into); nothing for a verb another rule reads, a
    verb of being, having, ability or motion, or an act under a condition."""
    lemma = verb.lemma_.lower()
    particles = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    if (
        verb.pos_ != "VERB"
        or lemma in lex.verbs
        or particles & lex.verbs.keys()  # "would not rule out X": the particle verb reads it
        or lemma in lex.contribution_verbs
        or lemma in lex.refusal_excluded_verbs
        or lemma in lex.reversal_words  # "would not lift sanctions" keeps them: read elsewhere
    ):
        return []
    if any(
        c.lower_ in _CONDITIONS or any(m.lower_ in _CONDITIONS for m in c.children if m.dep_ == "mark")
        for c in verb.children
        if c.dep_ in {"prep", "advcl"}
    ):
        return []
    subj = subject_of(verb)
    if subj is None:
        return []
    if subj.dep_ == "nsubjpass":
        return _coerced_into(verb, lex)
    return [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
