"""Answers to a reported question: "Asked whether Italy would send troops, Meloni said no". A bare
"yes" or "no" said in answer makes the question's act the answerer's stance, as said or denied."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from pactgraph.nlp.stance_lexicon import StanceLexicon

_ANSWERS = {"yes": True, "no": False}
_QUESTION_MARKS = {"whether", "if"}


def answered_questions(doc: Doc, lex: StanceLexicon) -> Iterator[tuple[Token, Token, bool]]:
    """(answering verb, the question's verb, whether the answer is yes) for each "Asked whether
    CLAUSE, X said no/yes": the answer is the reporting verb's only content."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.reporting_verbs:
            continue
        answers = [c for c in verb.children if c.lower_ in _ANSWERS and c.dep_ != "det"]
        if len(answers) != 1 or any(c.dep_ in {"ccomp", "xcomp", "dobj"} for c in verb.children
                                    if c not in answers):
            continue  # "said no country could veto it", "said no, but ...": more than an answer
        asked = next((c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "ask"), None)
        if asked is None:
            continue
        question = next((
            c for c in asked.children
            if c.dep_ in {"ccomp", "advcl"} and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)
        ), None)
        if question is not None:
            yield verb, question, _ANSWERS[answers[0].lower_]
