"""Answers to yes-no questions: the question supplies what the stance is about, the answer its
polarity and its holder.

- A reported question: "Asked whether Italy would send troops, Meloni said no", "X, asked if ...,
  said yes", "X said no when asked whether ...", "Pressed on whether ..."; or a question asked in
  the sentence before ("Reporters asked X whether ... . He said no.").
- A transcript turn: a question that opens with its auxiliary ("Q: Will Germany deliver X?")
  answered in the next sentence by a speaker the turn label names ("A (Merz): We will not.").
- The answer is a bare word (`yes_answers`, `no_answers`: "Of course not", "Never"), a bare word
  and an elliptic clause ("Yes, we will"), an elliptic clause alone ("said Britain was ready",
  "said it would not", `answer_auxiliaries`), or a pronoun judged ("said that was out of the
  question": a no; "that would be a good idea": a yes).
- After a question about a thing ("Asked about the plan", "In response to a question on X"), a
  pronoun judged in the answer ("said it was off the table") judges that thing, as does a bare
  attitude ("Asked about X, Z was dismissive"); a pronoun object in an answer ("would not rule
  it out", "would welcome it") stands for the thing or for what the question's act would give.
An evasion ("We will see", "it is too early to say", "that depends", "was noncommittal") is none
of these and answers nothing, as does a statement of something else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pactgraph.nlp import stance_bounds
from pactgraph.nlp.guarantees import SUBJECT_DEPS, is_negated
from pactgraph.nlp.stance_lexicon import StanceLexicon
from pactgraph.nlp.util import sentence_index, sentences

_QUESTION_MARKS = {"whether", "if"}
_NEGATIONS = {"not", "n't", "never"}
_PRONOUNS = {"it", "that", "this"}
# what a question is about: "asked about X", then looser "pressed on X", "questioned over X"
_TOPIC_PREPS = {"about", "regarding", "concerning"}
_LOOSE_TOPIC_PREPS = {"on", "over"}
# what may stand between a bare answer and the end of its sentence
_CLOSERS = {".", "!", '"', "'", "”", "’", "»"}


@dataclass(frozen=True, slots=True)
class Answer:
    """A yes-no question answered: `question` is the verb of its clause (the clause's stance
    triggers are what is answered); `at` is the reporting verb, or in a transcript the answer's
    first word; `verb` is the verb whose subject answers (None in a transcript, where the
    speaker of `at` answers)."""

    question: Token
    yes: bool
    at: Token
    verb: Token | None
    # the answerer's name when the parser hung it inside the question ("Asked whether X would
    # recognise Y, Firstname Lastname said no" read with the name as an apposition to Y)
    name: Token | None = None


@dataclass(frozen=True, slots=True)
class JudgedTopic:
    """A pronoun judged in answer to a question about a thing: the judging word (`trigger`),
    the stance type of the judgement, and the thing asked about."""

    trigger: Token
    stance_type: str
    topic: Token


class AnswerReader:
    def __init__(self, lex: StanceLexicon) -> None:
        self.lex = lex
        self._bare = {
            **{tuple(w.split()): True for w in lex.yes_answers},
            **{tuple(w.split()): False for w in lex.no_answers},
        }
        self._longest = max((len(w) for w in self._bare), default=0)
        self._pro_forms = {tuple(w.split()) for w in lex.answer_pro_forms}
        self._bounds = stance_bounds.bound_phrases()

    # -- finding questions and answers

    def answers(self, doc: Doc) -> Iterator[Answer]:
        yield from self._reported(doc)
        yield from self._transcript(doc)

    def judged_topics(self, doc: Doc) -> Iterator[JudgedTopic]:
        """"Asked about X, Z said it was off the table": the judgement of the pronoun is Z's of
        X; "Asked about X, Z was dismissive": so is an attitude with no object of its own."""
        for verb in doc:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in self.lex.reporting_verbs:
                topic = self._asked_topic(verb)
                for clause in verb.children if topic is not None else ():
                    if clause.dep_ == "ccomp" and (judged := self._judgement(clause)) is not None:
                        yield JudgedTopic(judged[0], judged[1], topic)
            elif verb.lemma_ == "be" and (attitude := self._attitude(verb)) is not None:
                topic = self._asked_topic(verb)
                if topic is not None:
                    yield JudgedTopic(attitude, self.lex.stance_adjectives[attitude.lower_], topic)

    def pronoun_objects(self, doc: Doc) -> Iterator[tuple[Token, Token]]:
        """(pronoun, what was asked) for "it", "that" or "this" as the object of a verb in an
        answer ("Asked whether X would send troops, Y said he would not rule that out", "Asked
        about X, Y said Kyiv would welcome it"): what was asked is the question's verb or the
        thing asked about."""
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.reporting_verbs:
                continue
            asked = self._asking_participle(verb)
            if asked is None:
                continue
            referent = self._question_of(asked) or self._asked_topic(verb)
            if referent is None:
                continue
            skip = {t.i for t in asked.subtree}
            for tok in self._said(verb, skip):
                if tok.lower_ in _PRONOUNS and tok.dep_ in {"dobj", "nsubjpass"}:
                    yield tok, referent

    def _attitude(self, copula: Token) -> Token | None:
        """The attitude adjective (`stance_adjectives`) a person's copula takes with nothing it
        is about ("X was dismissive", not "dismissive of Y"); an evasive one answers nothing."""
        subj = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ in _PRONOUNS:
            return None
        adj = next((c for c in copula.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        if adj is None or adj.lower_ not in self.lex.stance_adjectives or any(
            c.dep_ in {"prep", "xcomp", "ccomp"} for c in adj.children
        ) or adj.lower_ in self.lex.evasive_attitudes:
            return None
        return adj

    def _reported(self, doc: Doc) -> Iterator[Answer]:
        sents = sentences(doc)
        for verb in doc:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.reporting_verbs:
                continue
            asked, speaker = self._asking_participle(verb), verb
            skip = {t.i for t in asked.subtree} if asked is not None else set()
            if asked is None and self._asked_aside(verb):
                # "X, asked whether ..., said no", parsed with "asked" as the main verb
                asked, speaker = verb.head, verb.head
            question = self._question_of(asked) if asked is not None else None
            if question is None and verb == verb.sent.root:
                # "Reporters asked X whether ... . He said no."
                n = sentence_index(verb)
                question = self._asked_before(sents[n - 1]) if n > 0 else None
            if question is None:
                continue
            yes = self._reply(self._said(verb, skip))
            if yes is not None:
                yield Answer(question, yes, verb, speaker, self._name_inside(verb, skip))

    def _transcript(self, doc: Doc) -> Iterator[Answer]:
        for sent in sentences(doc):
            question = self._direct_question(sent)
            if question is None:
                continue
            end = max(t.i for t in sent if t.text == "?") + 1
            while end < len(doc) and doc[end].is_space:
                end += 1
            if end >= len(doc):
                continue
            # the answer runs to its first full stop, the label included ("A (X): No.", which
            # the parser may cut after the label)
            stop = next((t.i for t in doc[end:] if t.text in {".", "!", "?"} or "\n" in t.text), len(doc))
            words = list(doc[end : stop + 1])
            label = next((k for k, t in enumerate(words[:8]) if t.text.endswith(":")), None)
            if label is not None:
                words = words[label + 1 :]
            yes = self._reply(words)
            if yes is not None and words:
                yield Answer(question, yes, words[0], None)

    def _asking_participle(self, verb: Token) -> Token | None:
        """"Asked whether ..." hung on the reporting verb or on its subject ("X, asked if ...,
        said"): a past participle of an asking verb in the verb's clause."""
        return next((t for t in verb.subtree if self._participle(t)), None)

    def _participle(self, tok: Token) -> bool:
        """A past participle of an asking verb with no subject or auxiliary of its own (the
        tagger may read it as a past tense: "Asked whether ...")."""
        return (
            tok.tag_ in {"VBN", "VBD"} and tok.lemma_.lower() in self.lex.asking_participles
            and tok.dep_ in {"advcl", "acl", "ccomp", "conj"}
            and not any(c.dep_ in {"aux", "auxpass", *SUBJECT_DEPS} for c in tok.children)
        )

    @staticmethod
    def _name_inside(verb: Token, asked: set[int]) -> Token | None:
        """A name right before a subjectless answering verb that the parser put in the question."""
        if verb.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        name = verb.nbor(-1)
        return name if name.i in asked and name.pos_ == "PROPN" else None

    def _asked_aside(self, verb: Token) -> bool:
        """`verb` hangs on an asking verb set off after its subject ("X, asked if ..., replied"),
        which the parser took for the main verb."""
        head = verb.head
        return (
            verb.dep_ in {"ccomp", "conj", "parataxis"} and head.i < verb.i
            and head.lemma_.lower() in self.lex.asking_participles
            and head.tag_ in {"VBD", "VBN"} and head.i > 0 and head.nbor(-1).text == ","
            and any(c.dep_ == "nsubj" and c.i < head.i for c in head.children)
        )

    def _question_of(self, asking: Token) -> Token | None:
        """The verb of the whether/if clause an asking verb governs, directly or through "on"
        ("pressed on whether ...")."""
        for c in asking.children:
            for clause in ([c] if c.dep_ in {"ccomp", "advcl"} else
                           [o for o in c.children if o.dep_ == "pcomp"] if c.dep_ == "prep" else []):
                if clause.pos_ in {"VERB", "AUX"} and any(
                    m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in clause.children
                ):
                    return clause
        return None

    def _asked_before(self, sent: Span) -> Token | None:
        """A whether/if question that the sentence asks and does not answer itself."""
        for tok in sent:
            if tok.lemma_.lower() not in self.lex.question_verbs | self.lex.asking_participles:
                continue
            if self._participle(tok):
                continue  # "Asked whether ..., X said ...": answered in its own sentence
            question = self._question_of(tok)
            if question is not None:
                return question
        return None

    def _asked_topic(self, verb: Token) -> Token | None:
        """The thing a question put to the reporting verb's subject was about: "Asked about X",
        "Pressed on X", "In response to a question about X", "Responding to a question on X"."""
        asking = next((
            t for t in verb.subtree
            if self._participle(t)
            or (t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.question_nouns)
        ), None)
        if asking is None:
            return None
        # the parser may hang "about X" low ("asked at Mar-a-Lago about X"); a time or place
        # ("asked on Tuesday", "on Capitol Hill") is no topic
        for preps in (_TOPIC_PREPS, _LOOSE_TOPIC_PREPS):
            for tok in asking.subtree:
                if tok.dep_ != "prep" or tok.lower_ not in preps:
                    continue
                topic = next((o for o in tok.children if o.dep_ == "pobj"), None)
                if topic is not None and topic.pos_ in {"NOUN", "PROPN"} and topic.ent_type_ not in {
                    "DATE", "TIME", "GPE", "LOC", "FAC"
                }:
                    return topic
        return None

    def _direct_question(self, sent: Span) -> Token | None:
        """The verb of a yes-no question that opens with its auxiliary after any turn label
        ("Q: Will Germany deliver X?", "Does Finland support Y?")."""
        words = [t for t in sent if not t.is_space]
        if not words or words[-1].text != "?":
            return None
        label = next((k for k, t in enumerate(words[:4]) if t.text.endswith(":")), None)
        first = words[label + 1] if label is not None and label + 1 < len(words) else words[0]
        if first.pos_ != "AUX" or first.lemma_.lower() not in self.lex.answer_auxiliaries:
            return None
        verb = first.head if first.dep_ in {"aux", "auxpass"} else first
        return verb if verb.pos_ in {"VERB", "AUX"} else None

    # -- reading an answer

    def _said(self, verb: Token, skip: set[int]) -> list[Token]:
        """What the reporting verb says, outside the question: the words after it, or those of a
        quote before its subject ('"Never," X said when asked ...')."""
        sent = verb.sent
        # "told reporters: 'No.'", "said on Tuesday": the hearer, time or place is not said
        # ("answered in the negative" is)
        skip = skip | {
            t.i for c in verb.children
            if (c.dep_ in {"dative", "npadvmod", "prep", "dobj"}
                and tuple(x.lower_ for x in c.subtree) not in self._bare)
            for t in c.subtree
        }
        after = [t for t in sent if t.i > verb.i and t.i not in skip]
        if any(not (t.is_punct or t.is_space) for t in after):
            return after
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        end = subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i
        return [t for t in sent if t.i < end and t.i not in skip]

    def _reply(self, tokens: list[Token]) -> bool | None:
        """Yes or no, when `tokens` are nothing but an answer; None otherwise."""
        words = [t for t in tokens if not t.is_space and (t.text == "," or not t.is_punct)]
        words = [t for t in words if t.text not in _CLOSERS]
        while words and words[-1].text == ",":
            words.pop()
        if words and words[0].lower_ == "that" and words[0].dep_ == "mark":
            words = words[1:]  # "replied that Britain was ready"
        if not words:
            return None
        bare = self._bare_answer(words)
        if bare is None:
            elliptic = self._elliptic(words)
            return elliptic if elliptic is not None else self._judged_reply(words)
        yes, n = bare
        rest = words[n:]
        if not rest:
            return yes
        if rest[0].text != ",":
            return None  # "said no decision had been taken"
        rest = rest[1:]
        again = self._bare_answer(rest)
        said = again[0] if again is not None and again[1] == len(rest) else self._elliptic(rest)
        return yes if said == yes else None  # "No, we will not"; "No, we will" says nothing clear

    def _bare_answer(self, words: list[Token]) -> tuple[bool, int] | None:
        for n in range(min(self._longest, len(words)), 0, -1):
            yes = self._bare.get(tuple(t.lower_ for t in words[:n]))
            if yes is not None and (n == len(words) or words[n].text == ","):
                return yes, n
        return None

    def _elliptic(self, words: list[Token]) -> bool | None:
        """"we will not", "it would", "Britain was ready", "his country was prepared to": a
        short subject and an auxiliary (or a readiness word) with nothing after them."""
        core = [t for t in words if t.lower_ not in _NEGATIONS]
        denied = len(core) != len(words)
        for pro in self._pro_forms:  # "we are ready to do so": the question's act
            if len(core) > len(pro) and tuple(t.lower_ for t in core[-len(pro):]) == pro:
                core = core[: -len(pro)]
                break
        if core and core[-1].lower_ == "to":
            core = core[:-1]
        if core and core[-1].lower_ in self.lex.readiness:
            core = core[:-1]
            if not core or core[-1].lemma_.lower() != "be":
                return None
        elif not core or core[-1].lemma_.lower() not in self.lex.answer_auxiliaries:
            return None
        n = len(core)
        while n and core[n - 1].lemma_.lower() in self.lex.answer_auxiliaries:
            n -= 1
        subject = core[:n]
        if not 1 <= len(subject) <= 3 or any(t.pos_ in {"VERB", "AUX", "ADP"} for t in subject):
            return None
        if not any(t.pos_ in {"PRON", "PROPN", "NOUN"} for t in subject):
            return None
        if denied and min(t.i for t in words if t.lower_ in _NEGATIONS) < subject[-1].i:
            return None  # "not we", "never they ...": no answer shape
        return not denied

    def _judged_reply(self, words: list[Token]) -> bool | None:
        """"that was out of the question", "it would be a mistake": the question's act judged."""
        root = next((t for t in words if t.dep_ in {"ccomp", "ROOT"} and t.lemma_ == "be"), None)
        if root is None or any(t.i not in {x.i for x in root.subtree} for t in words):
            return None
        judged = self._judgement(root)
        return None if judged is None else self.lex.polarity(judged[1]) == "support"

    def _judgement(self, copula: Token) -> tuple[Token, str] | None:
        """(judging word, stance type) of "it/that/this is <judgement>": a curated adjective, an
        evaluative noun, or a phrase that puts something out of bounds; a denial turns it."""
        if copula.lemma_ != "be" or not any(
            c.dep_ in SUBJECT_DEPS and c.lower_ in _PRONOUNS for c in copula.children
        ):
            return None
        if any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in copula.children):
            return None  # "it was important to X": an extraposed clause, not an antecedent
        denied = is_negated(copula)
        for c in copula.children:
            if c.dep_ == "prep":
                for words, (stype, in_bounds) in self._bounds.items():
                    if stance_bounds.starts_phrase(c, words) and denied == in_bounds:
                        return c, self.lex.negate(stype) if in_bounds else stype
            if c.dep_ not in {"acomp", "attr"} or any(
                x.dep_ in {"xcomp", "ccomp", "prep"} for x in c.children
            ):
                continue
            stype = (
                self.lex.adjectives.get(c.lemma_.lower()) if c.pos_ == "ADJ"
                else self.lex.evaluation(c) if c.pos_ == "NOUN" else None
            )
            if stype is None or stype not in self.lex.types:
                continue
            if denied:
                stype = self.lex.negate(stype)
            if stype in self.lex.types and self.lex.polarity(stype) != "neutral":
                return c, stype
        return None
