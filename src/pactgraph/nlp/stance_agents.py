"""Stances named by what their holder is: "X, a vocal critic of Y, ...", "X has been a staunch
backer of Y", "X is among the fiercest opponents of Y", "As a longtime advocate of Y, X ...".
An agent noun (`agent_nouns`) set beside an actor (an apposition, a copula's predicate, "one of"
or "among" the kind) says the actor holds the noun's stance on its "of"/"for" phrase, or on its
possessor when it has none ("one of Orban's critics"). A holder no longer so ("a former critic",
"once an opponent", `former_modifiers`) holds nothing; "critics of X said" names nobody."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pactgraph.nlp.guarantees import subject_of
from pactgraph.nlp.stance_lexicon import StanceLexicon

_COPULAS = {"be", "remain", "become", "stay"}
_TARGET_PREPS = {"of", "for"}
_STOPS = {",", ";", ":", "(", ")", "—", "–"}


def agent_triggers(doc: Doc, lex: StanceLexicon) -> Iterator[tuple[Token, str, str, list[Token]]]:
    """(agent noun, stance type, rule, [what it is for or against]) for every agent noun that
    `agent_holder` ties to an actor-like holder."""
    for tok in doc:
        stype = lex.agent_nouns.get(tok.lemma_.lower())
        if stype is None or tok.pos_ != "NOUN" or former(tok, lex):
            continue
        if agent_holder(tok) is None:
            continue
        preps = _TARGET_PREPS | ({"in"} if tok.lemma_.lower() in lex.believer_nouns else set())
        roots = [
            o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for o in c.children if o.dep_ in {"pobj", "pcomp"}
        ]
        if not roots and tok.lemma_.lower() not in lex.contest_nouns:
            # "one of Orban's fiercest critics": whose critic it is ("Zelensky's opponent in the
            # election" is a rival in a contest)
            roots = [c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        # "the heavyweight champion of the world": a title, not a cause
        roots = [r for r in roots if r.lemma_.lower() not in lex.title_scopes]
        if roots:
            yield tok, stype, f"agent-noun:{tok.lemma_.lower()}", roots


def agent_holder(noun: Token) -> Token | None:
    """The phrase an agent noun describes: what it is in apposition to, the subject of the
    copula it is the predicate of, through "one of" and "among"; for "As a critic of Y, X ...",
    the subject of the clause the "as" phrase hangs on."""
    # "critics of the deal, including Poland", "opponents such as X"
    for c in noun.children:
        if c.dep_ == "prep" and (
            c.lower_ in {"including", "like"}
            or (c.lower_ == "as" and any(g.lower_ == "such" for g in c.children))
        ):
            member = next((o for o in c.children if o.dep_ == "pobj"), None)
            if member is not None:
                return member
    current = noun
    # "a supporter of X and a critic of Y": a conjunct describes what the first one does
    while current.dep_ == "conj" and current.head.pos_ == "NOUN" and current.head != current:
        current = current.head
    # "one of the fiercest critics", "among the loudest supporters"
    if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.lower_ == "one":
        current = current.head.head
    if current.dep_ == "pobj" and current.head.lower_ == "among":
        prep = current.head
        if prep.dep_ == "prep" and prep.head.lemma_ in _COPULAS:
            return subject_of(prep.head)
        if prep.dep_ == "appos":
            return prep.head
        return None
    if current.dep_ == "appos" and current.head.pos_ in {"PROPN", "NOUN", "PRON"}:
        return current.head
    if current.dep_ in {"attr", "oprd"} and current.head.lemma_ in _COPULAS:
        return subject_of(current.head)
    if current.dep_ == "pobj" and current.head.lower_ == "as" and current.head.dep_ == "prep":
        verb = current.head.head
        # "As a supporter of X, Y said ...", "Y has emerged as a critic of X", "Y is seen as
        # one"; never an object so named ("Moscow regards Kyiv as an opponent of X")
        if verb.pos_ in {"VERB", "AUX"} and (
            current.head.i < verb.i or not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
        ):
            return subject_of(verb)
    return None


def former(noun: Token, lex: StanceLexicon) -> bool:
    """ "a former critic", "an ex-opponent", "once a supporter", "who once was a critic",
    "Germany's erstwhile support": a stance the holder held before (`former_modifiers`)."""
    near = list(noun.children)
    if noun.dep_ == "pobj" and noun.head.lower_ in {"of", "among"}:
        near += list(noun.head.head.children)  # "once one of the critics"
    if noun.dep_ in {"attr", "oprd"}:
        near += list(noun.head.children)  # "who once was a critic"
    if any(c.lower_ in lex.former_modifiers for c in near if c.dep_ in {"amod", "advmod", "compound", "nmod"}):
        return True
    # the words just before the phrase, which the parser may split ("ex", "-", "critic")
    lo = max(noun.sent.start, min(noun.left_edge.i, noun.i - 3) - 1)
    before = noun.doc[lo : noun.i]
    if any(t.text in _STOPS for t in before):
        before = noun.doc[max(t.i for t in before if t.text in _STOPS) + 1 : noun.i]
    text = before.text.lower()
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w])", text) for w in lex.former_modifiers)
