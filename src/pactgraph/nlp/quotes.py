"""Direct quotations and who said them.

Quotation spans are found on the characters (straight and curly double quotes, curly or straight
single quotes), one paragraph at a time, so a quote may run over several sentences and a quote
left open at the end of its paragraph ends there. Scare quotes ("undesirable", "maintain peace")
are dropped by length and by whether the quoted words form a clause.

Speakers come from the text around each quote, in this order:
  1. after it, in the same sentence: `"...," Zelenskyy said`, `said the president`, `..." he added`;
  2. before it, in the same sentence: `Lavrov said: "..."`, `X told reporters: "..."`, and partial
     quotes in reported speech, `X said that ... "..."`;
  3. a dash and a name right after a closed quoted sentence (`"..." — Zelensky, in his address`);
     `according to X`, `in his words` around it; a colon introduction without reporting verb,
     `The minister was blunt: "..."`, speaks through its clause's subject;
  4. a quote with no attribution of its own continues the speaker of the neighbouring quote in
     the same or the adjacent paragraph; one that opens a sentence right after a sentence about a
     named person, in the same paragraph, is that person's (`X spoke in Kyiv. "..."`).
Reporting verbs are data (`nlp/lexicons/speech_verbs.yaml`); pronouns and titles ("he", "the
Kremlin spokesman") are resolved by the actor component through `token._.pg_mention`, except that
a he/she frame right after a sentence whose reporting verb has a named person of that gender as
subject is that person (`X said ... "...," he wrote`). A document cited as a source ("the summit
communique said") speaks for the body that issued it when kb/agreements.yaml names one party.
A paragraph labelled `Name:` (headline, bullet) gives its unframed quotes to that actor, and in a
transcript (two or more `Name:`/`Q:` turns) an actor's unmarked turn is itself a quotation.
Labels are read by `speaker_labels.py`: a live-blog timestamp before the label (`14:05 — Macron:`)
makes a post a turn of its own (not a heading without a final stop), `A (Merz):` names the speaker
in brackets, a question and its answer in one paragraph are two turns, an unnamed `A:` is the one
person the introduction names, and a place standing for its state (`Moscow:`) is a dateline.
«Guillemets» are quotation marks. Places are never speakers of the subject-phrase fallbacks.
Frames reach past short scare quotes (`X said the word "irreversible" mattered: "..."`).
A he/she frame after a sentence without a reporting verb is that sentence's named subject when the
gender fits (`X greeted Y. "...," he told him`). An unnamed representative with a demonym ("a senior
French official") speaks for that state. A short verbless phrase in quotes is a label unless a
frame gives it a speaker and it names nothing (no actor, agreement or "so-called" label); taking
every fragment inside reported speech as a quotation was tried and dropped (the shared gold lists
none). A verb with "that" after a quote (`"..." and that Y believed`) is no inverted frame.
A "who" subject is its antecedent (`X, who called it "..."`); a reporting verb inside a relative
clause does not frame a quote that a colon of the main clause introduces.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pactgraph.kb import KnowledgeBase, load_kb
from pactgraph.nlp import lexicons
from pactgraph.nlp.agreements import mention_of
from pactgraph.nlp.speaker_labels import LabelReader
from pactgraph.nlp.util import full_text, sentence_index
from pactgraph.records import Entity, Quote

log = logging.getLogger("pactgraph")

_DOUBLE = '"“”„«»'
_GUILLEMETS = "«»"
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_OPEN_AFTER = "([{—–-:;,/"  # characters after which a quote mark opens
_SENT_END = {".", "!", "?"}
_TURN_ENDS = ".!?\"”’')…"  # how a spoken turn ends; a live-blog heading has no final stop
# Frames: how far around a quote its attribution is looked for, in tokens.
_AFTER_REACH = 25
_BEFORE_REACH = 45
_SCARE_MAX_WORDS = 3  # up to this many words: a scare quote unless clearly attributed speech
_PHRASE_MAX_WORDS = 7
_PREFIX_MAX_TOKENS = 4  # a speaker label before a colon: "Foreign Minister Sergei Lavrov:"  # up to this many words without a verb: a title or label, not speech


@dataclass(slots=True)
class _Span:
    start: int  # quoted text, without the marks
    end: int
    open_mark: int
    close_mark: int | None  # None: left open, ends with its paragraph
    paragraph: int
    speaker: str | None = None
    confidence: float = 0.2
    rule: str = "unattributed"
    framed: bool = False  # a reporting frame was found, whether or not it named an actor
    after_attributed: bool = False
    complement: bool = False  # the quoted words are what a naming verb names ("called it '...'")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines: the seeds and most news text put one paragraph on a line."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def _is_opening(text: str, i: int, lo: int, hi: int) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    return (prev.isspace() or prev in _OPEN_AFTER) and not nxt.isspace() and nxt not in ".,;:!?)"


def find_quotation_spans(text: str) -> list[tuple[int, int, int, int | None, int]]:
    """(start, end, open_mark, close_mark, paragraph) of every quotation, scare quotes included."""
    found: list[tuple[int, int, int, int | None, int]] = []
    for p, (lo, hi) in enumerate(_paragraphs(text)):
        doubles: list[tuple[int, int | None]] = []
        open_at: int | None = None
        for i in range(lo, hi):
            c = text[i]
            if c not in _DOUBLE:
                continue
            if c in _GUILLEMETS:
                # «...» say which way they face; French spacing puts a space inside them.
                if c == "«" and open_at is None:
                    open_at = i
                elif c == "»" and open_at is not None:
                    doubles.append((open_at, i))
                    open_at = None
                continue
            if open_at is None:
                if _is_opening(text, i, lo, hi):
                    open_at = i
            elif c == "“" and _is_opening(text, i, lo, hi) and not text[i - 1].isalnum():
                # A new opening mark while one is open: the previous quote lost its closing mark.
                doubles.append((open_at, None if i <= open_at + 1 else i))
                open_at = i
            else:
                doubles.append((open_at, i))
                open_at = None
        if open_at is not None:
            doubles.append((open_at, None))
        covered = [(o, c if c is not None else hi) for o, c in doubles]
        singles = _single_quotes(text, lo, hi, covered)
        for open_mark, close_mark in sorted(doubles + singles):
            end = close_mark if close_mark is not None else hi
            start = open_mark + 1
            while start < end and text[start].isspace():
                start += 1
            # The comma before `," he said` is the reporter's, not the speaker's.
            while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
                end -= 1
            if end > start:
                found.append((start, end, open_mark, close_mark, p))
    return found


def _single_quotes(
    text: str, lo: int, hi: int, covered: list[tuple[int, int]]
) -> list[tuple[int, int | None]]:
    """Single-quoted spans outside double quotes; closed only where a closing mark cannot be an
    apostrophe (not followed by a letter). Unclosed single quotes are dropped."""
    out: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for i in range(lo, hi):
        if any(a <= i <= b for a, b in covered):
            continue
        c = text[i]
        nxt = text[i + 1] if i + 1 < hi else " "
        if open_at is None:
            if c in _SINGLE_OPEN and _is_opening(text, i, lo, hi) and nxt.isalnum():
                open_at = i
        elif c in _SINGLE_CLOSE and not text[i - 1].isspace() and not nxt.isalnum():
            out.append((open_at, i))
            open_at = None
    return out


class QuoteAttributor:
    """spaCy component: `doc._.pg_quotes`, and quote speakers as invokers of agreements cited
    inside quotes."""

    def __init__(self, *, actor_kb: KnowledgeBase | None = None) -> None:
        lexicon = lexicons.load("speech_verbs")
        self.naming_verbs = frozenset(str(v).lower() for v in lexicon.get("naming_verbs") or ())
        self.as_verbs = frozenset(str(v).lower() for v in lexicon.get("as_verbs") or ())
        self.verbs = frozenset(str(v).lower() for v in lexicon["verbs"]) | self.naming_verbs
        self.speech_adjectives = frozenset(
            str(w).lower() for w in lexicon.get("speech_adjectives") or ()
        )
        self.pronoun_genders = {
            str(k).lower(): str(v) for k, v in (lexicon.get("pronoun_genders") or {}).items()
        }
        self.actor_kb = actor_kb if actor_kb is not None else load_kb()
        self.passive_verbs = frozenset(
            str(v).lower() for v in lexicon.get("passive_subject_verbs") or ()
        )
        self.source_phrases = tuple(
            tuple(str(w).lower() for w in phrase) for phrase in lexicon.get("source_phrases") or ()
        )
        self.pronouns = frozenset(str(w).lower() for w in lexicon.get("personal_pronouns") or ())
        self.turn_labels = frozenset(str(w).lower() for w in lexicon.get("turn_labels") or ())
        self.answer_labels = frozenset(str(w).lower() for w in lexicon.get("answer_labels") or ())
        self.labels = LabelReader(
            self.turn_labels, self.answer_labels, lexicon.get("turn_time_zones") or ()
        )
        self.asking_verbs = frozenset(str(w).lower() for w in lexicon.get("asking_verbs") or ())
        self.representative_nouns = frozenset(
            str(w).lower() for w in lexicons.load("stance_verbs").get("representative_nouns") or ()
        )

    def __call__(self, doc: Doc) -> Doc:
        starts = [t.idx for t in doc]
        spans = [_Span(*item) for item in find_quotation_spans(full_text(doc))]
        in_quote = self._quoted_tokens(doc, spans, starts)
        # Frames stop at quotations, but not at a scare-quoted word or two inside the frame.
        blocking = self._quoted_tokens(
            doc, [s for s in spans if len(self._words(doc, s, starts)) > _SCARE_MAX_WORDS], starts
        )
        for span in spans:
            self._attribute(doc, span, starts, in_quote, blocking)
        kept: list[_Span] = []
        for span in spans:
            if self._is_speech(doc, span, starts, previous=kept[-1] if kept else None):
                kept.append(span)
        self._colon_prefix_speakers(doc, kept, starts)
        self._introduced_speakers(doc, kept, starts)
        self._continue_speakers(kept)
        kept = sorted(kept + self._transcript_turns(doc, spans, starts), key=lambda s: s.start)
        quotes = [
            Quote(
                speaker=s.speaker,
                text=full_text(doc)[s.start : s.end],
                start=s.start,
                end=s.end,
                sentence=sentence_index(doc[_token_at(starts, s.start)]),
                confidence=s.confidence,
                rule=s.rule,
            )
            for s in kept
        ]
        doc._.pg_quotes = quotes
        self._credit_agreement_refs(doc, quotes)
        return doc

    # -- spans -------------------------------------------------------------------------------

    @staticmethod
    def _quoted_tokens(doc: Doc, spans: list[_Span], starts: list[int]) -> set[int]:
        inside: set[int] = set()
        for s in spans:
            end = s.close_mark + 1 if s.close_mark is not None else s.end
            lo = _token_at(starts, s.open_mark)
            for i in range(lo, len(doc)):
                if doc[i].idx >= end:
                    break
                inside.add(i)
        return inside

    @staticmethod
    def _tokens(doc: Doc, span: _Span, starts: list[int]) -> list[Token]:
        return [t for t in doc[_token_at(starts, span.start) :] if t.idx < span.end]

    def _words(self, doc: Doc, span: _Span, starts: list[int]) -> list[Token]:
        return [t for t in self._tokens(doc, span, starts) if t.is_alpha or t.like_num]

    def _is_speech(
        self, doc: Doc, span: _Span, starts: list[int], *, previous: _Span | None = None
    ) -> bool:
        """Scare quotes and quoted titles are not quotations; short utterances with their own
        speech frame (`"No," he said.`), what a naming verb's subject calls something, and a
        short sentence right after a quote of the same paragraph (`"...," he said. "I do."`) are."""
        tokens = self._tokens(doc, span, starts)
        words = [t for t in tokens if t.is_alpha or t.like_num]
        opening = doc[_token_at(starts, span.open_mark)]
        label_in_phrase = opening.i > 0 and doc[opening.i - 1].pos_ == "DET"
        if span.complement and span.speaker is not None and len(words) > 1 and not label_in_phrase:
            # a one-word designation ("branded it 'undesirable'") or a label inside a noun
            # phrase ("called it a 'road to nowhere'") stays a scare quote
            return True
        if len(words) <= _SCARE_MAX_WORDS:
            text = full_text(doc)[span.start : (span.close_mark or span.end)].rstrip()
            sentence_like = text[:1].isupper() and text[-1:] in ",.!?"
            if span.after_attributed and sentence_like:
                return True
            return (
                previous is not None
                and previous.speaker is not None
                and previous.paragraph == span.paragraph
                and not span.framed
                and sentence_like
                and text[-1:] in ".!?"
                and any(t.pos_ in ("VERB", "AUX") for t in tokens)
            )
        if len(words) <= _PHRASE_MAX_WORDS:
            # A verbless phrase is a label ("coalition of the willing") unless someone says it.
            if any(t.pos_ in ("VERB", "AUX") for t in tokens):
                return True
            return span.framed and span.speaker is not None and not self._names_something(
                doc, span, tokens
            )
        return True

    @staticmethod
    def _names_something(doc: Doc, span: _Span, tokens: list[Token]) -> bool:
        """The quoted words are the name of an actor or agreement (`said the "coalition of the
        willing" would meet`), or follow "so-called": a label, whoever's sentence it stands in."""
        names = [m for t in tokens if (m := t._.pg_mention) is not None]
        names += list(doc._.pg_agreement_refs or ())
        if any(n.start <= span.start and span.end <= n.end + 1 for n in names):
            return True
        first = tokens[0].i
        before = [doc[i].lower_ for i in range(max(first - 3, 0), first) if not doc[i].is_punct]
        return "so-called" in before or before[-2:] == ["so", "called"]

    # -- attribution -------------------------------------------------------------------------

    def _attribute(
        self, doc: Doc, span: _Span, starts: list[int], in_quote: set[int], blocking: set[int]
    ) -> None:
        after = self._after_frame(doc, span, starts, blocking)
        before = self._before_frame(doc, span, starts, blocking)
        text = full_text(doc)[span.start : (span.close_mark or span.end)].rstrip()
        first_word = next((t for t in after if t.is_alpha), None)
        after_ok = bool(after) and (
            text[-1:] in ",;:—–-"
            or (first_word is not None and first_word.text[:1].islower())
            or (
                text[-1:] in "?!."
                and self._speech_verb_near_start(after)
                and not self._reports_own_clause(after, in_quote)
            )
        )
        if after_ok:
            for verb in (t for t in after if self._is_speech_verb(t)):
                if any(c.dep_ == "mark" for c in verb.children):
                    # '"...", and that Washington did not believe ...': a subordinate clause
                    # goes on with the reported speech; an inverted frame has no "that"
                    break
                span.framed = True
                speaker, conf, how = self._speaker_of_verb(doc, verb, in_quote, after, span)
                if speaker is not None:
                    span.after_attributed = True
                    self._set(span, speaker, conf, f"after-quote-{how}")
                    return
                break  # the first reporting verb after a quote is its frame
        # only a closed sentence is signed: `the "reassurance force" — Britain's idea` is a label
        signed = self._dash_signature(doc, after) if text[-1:] in _SENT_END else None
        if signed is not None:
            span.framed = True
            self._set(span, signed, 0.8, "dash-signature")
            return
        opening = doc[_token_at(starts, span.open_mark)]
        before_verbs = [
            t for t in before
            if (self._is_speech_verb(t) or self._is_as_verb(t, opening)) and not self._question_put(t)
            and not _takes_infinitive(t)
        ]
        for verb in reversed(before_verbs):
            if (
                verb.dep_ == "relcl"
                and before[-1].text == ":"
                and before[-1].head.i != verb.i
                and any(c.tag_ in ("WDT", "WP") for c in verb.children)
            ):
                # 'On the talks that Trump has said he will open: "..."': a reporting verb in a
                # relative clause speaks of another statement than the one the colon introduces
                continue
            span.framed = True
            speaker, conf, how = self._speaker_of_verb(doc, verb, in_quote, before, span)
            if speaker is not None:
                self._set(span, speaker, conf - 0.05, f"before-quote-{how}")
                lemma = verb.lemma_.lower()
                if lemma in self.naming_verbs or lemma in self.as_verbs:
                    span.complement = self._complement_of(verb, self._tokens(doc, span, starts))
                return
        if not before_verbs and before and before[-1].text == ":":
            # "The minister was blunt: '...'": a clause introducing the quote with a colon
            # speaks through its subject even without a reporting verb.
            speaker = self._colon_intro_speaker(before)
            if speaker is not None:
                span.framed = True
                self._set(span, speaker, 0.7, "colon-introduction")
                return
        for frame in (after, before):
            speaker = self._source_phrase_speaker(frame)
            if speaker is not None:
                span.framed = True
                self._set(span, speaker, 0.8, "according-to")
                return
        if span.framed:
            span.rule = "frame-without-actor"  # "the statement said": a source, but no actor

    def _dash_signature(self, doc: Doc, after: list[Token]) -> str | None:
        """A dash and a name right after a closed quotation sign it (pull quotes, epigraphs,
        social cards): `"..." — Volodymyr Zelensky, in his nightly address`."""
        if len(after) < 2 or after[0].text not in ("—", "–", "-", "--"):
            return None
        name = after[1]
        if name.text[:1].isupper() and self._can_speak(doc, name):
            return name._.pg_mention.entity
        return None

    def _question_put(self, verb: Token) -> bool:
        """"Asked by the Herald whether ...": a participle of asking opening an adverbial clause
        frames the question; the quotation after it answers, in the main clause's voice."""
        return verb.lemma_.lower() in self.asking_verbs and verb.tag_ == "VBN" and verb.dep_ == "advcl"

    @staticmethod
    def _set(span: _Span, speaker: str, confidence: float, rule: str) -> None:
        span.speaker, span.confidence, span.rule = speaker, round(confidence, 2), rule

    def _after_frame(
        self, doc: Doc, span: _Span, starts: list[int], in_quote: set[int]
    ) -> list[Token]:
        if span.close_mark is None:
            return []
        frame: list[Token] = []
        for token in doc[_token_at(starts, span.close_mark) + 1 :]:
            if "\n" in token.text or token.i in in_quote or len(frame) >= _AFTER_REACH:
                break
            frame.append(token)
            if token.text in _SENT_END:
                break
        return frame

    def _before_frame(
        self, doc: Doc, span: _Span, starts: list[int], in_quote: set[int]
    ) -> list[Token]:
        frame: list[Token] = []
        i = _token_at(starts, span.open_mark) - 1
        while i >= 0 and len(frame) < _BEFORE_REACH:
            token = doc[i]
            if "\n" in token.text or "\n" in token.whitespace_ or token.i in in_quote:
                break
            if token.text in _SENT_END:
                break
            frame.append(token)
            i -= 1
        frame.reverse()
        return frame

    def _is_speech_verb(self, token: Token) -> bool:
        if token.pos_ == "VERB" and token.lemma_.lower() in self.verbs:
            return True
        # "the chancellor was clear that ...", "she was adamant:": a copula with a speaking adjective
        return token.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in self.speech_adjectives for c in token.children
        )

    @staticmethod
    def _complement_of(verb: Token, tokens: list[Token]) -> bool:
        """The quoted words hang from `verb` within three arcs, none a coordination: "called it
        '...'", "welcomed X as '...'" (not "branded X and sent troops to '...'")."""
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if t.head.i not in inside]
        if not roots:
            return False
        token = roots[0]
        for _ in range(3):
            if token.dep_ == "conj" or token.head is token:
                return False
            token = token.head
            if token == verb:
                return True
        return False

    def _is_as_verb(self, token: Token, opening: Token) -> bool:
        """ "welcomed the pledges as '...'": the quote opens right after an "as" of this verb."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.as_verbs or opening.i == 0:
            return False
        prev = opening.doc[opening.i - 1]
        # the parser hangs "as" on the verb or on its object
        return prev.lower_ == "as" and token in (prev.head, prev.head.head)

    def _reports_own_clause(self, frame: list[Token], in_quote: set[int]) -> bool:
        """After a closed sentence, a reporting verb with a clause of its own outside quotation
        marks opens a new statement ('"...happens." Bessent said the sanctions were imposed'),
        not a frame of the quotation before it."""
        verb = next(t for t in frame[:5] if self._is_speech_verb(t))
        return any(c.dep_ == "ccomp" and c.i not in in_quote for c in verb.children)

    def _speech_verb_near_start(self, frame: list[Token]) -> bool:
        return len(frame) <= 10 and any(self._is_speech_verb(t) for t in frame[:5])

    def _speaker_of_verb(
        self, doc: Doc, verb: Token, in_quote: set[int], frame: list[Token], span: _Span
    ) -> tuple[str | None, float, str]:
        """The verb's subject as an actor: (entity key, confidence, how)."""
        deps = {"nsubj"} | ({"nsubjpass"} if verb.lemma_.lower() in self.passive_verbs else set())
        head = verb
        # "stood up and said", "went on to say", "..., adding that": the subject sits on the
        # first verb (a participle clause hangs as advcl on the verb whose subject it shares).
        while not any(c.dep_ in deps for c in head.children) and (
            head.dep_ in ("conj", "xcomp") or (head.dep_ == "advcl" and head.tag_ == "VBG")
        ):
            head = head.head
        subjects = [c for c in head.children if c.dep_ in deps and c.i not in in_quote]
        # two subjects: 'Poland, the prime minister told reporters, would ...' parses the fronted
        # clause's subject as a second one; the speaker is the nearer
        subjects.sort(key=lambda c: abs(c.i - head.i))
        for subject in subjects:
            if subject.lower_ == "who" and head.dep_ == "relcl":
                subject = head.head  # "Tusk, who called the plan '...'": the relative's antecedent
            mention = mention_of(subject)
            if subject.lower_ in self.pronoun_genders:
                previous = self._previous_speaker(head, self.pronoun_genders[subject.lower_])
                if previous is not None:
                    return previous, 0.85, "pronoun-previous-speaker"
            if mention is not None:
                kind = getattr(mention, "kind", "name")
                return mention.entity, (0.85 if kind == "pronoun" else 0.9), "subject"
            issuer = self._issuer(doc, subject)
            if issuer is not None:
                return issuer, 0.7, "issuing-body"
            if subject.lower_ in self.pronouns:
                key = self._last_person_before(
                    doc, span.open_mark, gender=self.pronoun_genders.get(subject.lower_)
                )
                if key is not None:
                    return key, 0.6, "pronoun-fallback"
            for token in subject.subtree:
                if token.i not in in_quote and self._can_speak(doc, token):
                    return token._.pg_mention.entity, 0.7, "subject-phrase"
            state = self._represented_state(subject)
            if state is not None:
                return state, 0.7, "unnamed-representative"
        if subjects:
            return None, 0.0, ""
        # Inverted or unparsed frames: the nearest actor in the frame, preferring after the verb,
        # never inside the clause it reports ('..., said Ottawa "will be here"': not Ottawa).
        reported = {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
        # before the verb, an actor tucked in a relative clause or a prepositional phrase
        # ("Kerry, who met his counterpart Lavrov, ... warned") comes last
        later = [t for t in frame if t.i > verb.i] + sorted(
            (t for t in reversed(frame) if t.i < verb.i), key=_tucked_away
        )
        for token in (t for t in later if t.i not in reported):
            if self._can_speak(doc, token):
                return token._.pg_mention.entity, 0.75, "frame-actor"
        return None, 0.0, ""

    def _represented_state(self, subject: Token) -> str | None:
        """"a senior French official", "one Polish diplomat", "a German government spokesman": an
        unnamed representative speaks for the state its demonym names."""
        if subject.lemma_.lower() not in self.representative_nouns:
            return None
        for token in subject.subtree:
            if token.i >= subject.i:
                break
            if token.text[:1].isupper() and token.dep_ in ("amod", "compound", "npadvmod"):
                key = self.actor_kb.demonym(token.text)
                if key is not None:
                    return key
        return None

    def _colon_intro_speaker(self, frame: list[Token]) -> str | None:
        """The named subject of the clause ending in the colon before a quote."""
        # the verb nearest the colon with a subject (a dateline can mislead the parse's root)
        for root in reversed(frame):
            if root.pos_ not in ("VERB", "AUX"):
                continue
            for subject in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")):
                mention = mention_of(subject)
                if mention is not None:
                    return mention.entity
                # "The message from Moscow was simple:"
                for token in subject.subtree:
                    if self._can_speak(subject.doc, token):
                        return token._.pg_mention.entity
        return None

    @staticmethod
    def _can_speak(doc: Doc, token: Token) -> bool:
        """`token` names an actor that can speak: not a place ("a resident of Simferopol said");
        places that stand for a state ("the Kremlin") are resolved to it by the actor component."""
        mention = token._.pg_mention
        if mention is None:
            return False
        entities = doc._.pg_entities or {}
        if not isinstance(entities, dict):
            entities = {e.key: e for e in entities}
        entity = entities.get(mention.entity)
        return entity is None or entity.type != "Location"

    def _previous_speaker(self, verb: Token, gender: str) -> str | None:
        """The named person who is the subject of a reporting verb in the sentence just before
        `verb`'s, in the same paragraph, when of `gender`: "X said ... . '...,' he wrote"."""
        doc = verb.doc
        start = verb.sent.start
        if start == 0 or "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_:
            return None
        entities = doc._.pg_entities or {}
        if not isinstance(entities, dict):
            entities = {e.key: e for e in entities}
        for token in doc[start - 1].sent:
            if not self._is_speech_verb(token):
                continue
            for child in token.children:
                if child.dep_ != "nsubj":
                    continue
                mention = mention_of(child)
                if mention is None or getattr(mention, "kind", "name") == "pronoun":
                    continue
                entity = entities.get(mention.entity)
                info = self.actor_kb.get(mention.entity)
                if entity is None or entity.type != "Person":
                    continue
                if info is not None and info.gender not in (None, gender):
                    continue
                return mention.entity
            return None  # the sentence's first reporting verb decides
        # no reporting verb: the subject of the sentence before, the entity it is about
        # ("X greeted Y at the door. '...,' he told him")
        sent = doc[start - 1].sent
        # a caption parsed as a noun phrase ("Starmer greets Zelensky at ..."): its first words
        subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), sent[0])
        mention = mention_of(subject)
        if mention is None or getattr(mention, "kind", "name") == "pronoun":
            return None
        entity = entities.get(mention.entity)
        info = self.actor_kb.get(mention.entity)
        if entity is None or entity.type != "Person" or info is None or info.gender != gender:
            return None
        return mention.entity

    @staticmethod
    def _issuer(doc: Doc, subject: Token) -> str | None:
        """A cited document as the subject ("the communique said"): the one body that issued it."""
        agreements = doc._.pg_agreements or {}
        for ref in doc._.pg_agreement_refs or ():
            if ref.start <= subject.idx < ref.end:
                info = agreements.get(ref.agreement)
                if info is not None and len(info.parties) == 1:
                    return info.parties[0]
        return None

    def _source_phrase_speaker(self, frame: list[Token]) -> str | None:
        words = [t.lower_ for t in frame]
        for phrase in self.source_phrases:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(words[i : i + n]) != phrase:
                    continue
                last = frame[i + n - 1]
                for obj in (c for c in last.children if c.dep_ == "pobj"):
                    mention = mention_of(obj)  # "the Ukrainian foreign minister": the head noun
                    if mention is not None:
                        return mention.entity
                # "in his words": the phrase's own (resolved) possessive is the source
                for token in frame[i : i + n + 6]:
                    if token._.pg_mention is not None:
                        return token._.pg_mention.entity
        return None

    def _last_person_before(self, doc: Doc, char: int, *, gender: str | None = None) -> str | None:
        """Fallback for an unresolved he/she: the last person mentioned before the quote (of the
        pronoun's gender, when the KB knows it)."""
        entities = doc._.pg_entities or {}
        if not isinstance(entities, dict):
            entities = {e.key: e for e in entities}
        best = None
        for mention in doc._.pg_mentions or ():
            if mention.end > char:
                continue
            entity: Entity | None = entities.get(mention.entity)
            if entity is not None and entity.type == "Person":
                info = self.actor_kb.get(mention.entity)
                if gender is not None and info is not None and info.gender not in (None, gender):
                    continue
                if best is None or mention.end > best.end:
                    best = mention
        return best.entity if best is not None else None

    # -- "Name:" paragraphs: headlines, bullets, transcript turns -------------------------------

    def _prefix_speaker(self, doc: Doc, lo: int, hi: int, starts: list[int]) -> tuple[str, int] | None:
        """(actor, colon offset) when the paragraph opens with a speaker label, `Peskov: ...`,
        `- Rutte: "..."`: an actor name (titles allowed) before a colon in its first tokens; a
        live-blog timestamp may come first (`14:05 — Macron: ...`), and a transcript label may
        hold the name in brackets (`A (Merz): ...`)."""
        found = self._label(doc, lo, hi, starts)
        return (found[0], found[1]) if found is not None else None

    def _label(self, doc: Doc, lo: int, hi: int, starts: list[int]) -> tuple[str, int, bool] | None:
        """`_prefix_speaker` and whether a timestamp came before the label."""
        label = self.labels.start(full_text(doc), lo, hi)
        if label.colon is not None:
            assert label.name_lo is not None and label.name_hi is not None
            return self._label_name(doc, label.name_lo, label.name_hi, label.colon, starts,
                                    label.stamped)
        first = _token_at(starts, label.at)
        words: list[Token] = []
        for token in doc[first : first + _PREFIX_MAX_TOKENS + 3]:
            if token.idx >= hi:
                return None
            if token.text == ":":
                break
            if token.is_punct or token.is_space:
                if words:
                    return None  # "Asked about X, she said:" is a frame, not a label
                continue  # bullets and emphasis marks before the name
            if not (token.is_title or token.is_upper) or len(words) >= _PREFIX_MAX_TOKENS:
                return None
            words.append(token)
        else:
            return None
        if not words or not self._can_label(doc, words[-1], label.at):
            return None
        return words[-1]._.pg_mention.entity, token.idx, label.stamped

    def _can_label(self, doc: Doc, token: Token, lo: int) -> bool:
        """`token` ends a speaker label that starts at `lo`: an actor that can speak, named within
        the label (not a name running back into a timestamp, "12:45 GMT Update"), and no place
        standing for its state: `Moscow: ...` is a dateline."""
        if not self._can_speak(doc, token):
            return False
        mention = token._.pg_mention
        return mention.start >= lo and mention.kind != "metonym"

    def _label_name(
        self, doc: Doc, lo: int, hi: int, colon: int, starts: list[int], stamped: bool
    ) -> tuple[str, int, bool] | None:
        """The bracketed name of `A (Chancellor Merz):`: its last word, when that names an actor
        that can speak."""
        words = [t for t in doc[_token_at(starts, lo) :] if t.idx < hi and t.idx >= lo]
        if not words or len(words) > _PREFIX_MAX_TOKENS or not all(
            t.is_title or t.is_upper or t.is_punct for t in words
        ):
            return None
        if not self._can_label(doc, words[-1], lo):
            return None
        return words[-1]._.pg_mention.entity, colon, stamped

    def _colon_prefix_speakers(self, doc: Doc, spans: list[_Span], starts: list[int]) -> None:
        """A quote without a frame in a paragraph labelled `Name:` is that actor's."""
        paragraphs = _paragraphs(full_text(doc))
        for span in spans:
            if span.framed or span.speaker is not None:
                continue
            lo, hi = paragraphs[span.paragraph]
            found = self._prefix_speaker(doc, lo, hi, starts)
            if found is not None and found[1] < span.open_mark:
                self._set(span, found[0], 0.8, "name-colon-prefix")

    def _transcript_turns(self, doc: Doc, spans: list[_Span], starts: list[int]) -> list[_Span]:
        """In a transcript (two or more paragraphs are turns: `Name: ...` or `Q: ...`), the words
        of an actor's turn are a quotation even without quote marks. A timestamped label
        (`14:05 — Macron: ...`) is a live-blog post, a turn even when it is the only one; a
        paragraph holding a question and its answer (`Q: ...? A (Lavrov): ...`) is two turns; an
        unnamed answer (`A: ...`) is the interviewee's, the one person the introduction names."""
        turns: list[_Span] = []
        answers: list[tuple[int, int, int, int]] = []
        n_turns = 0
        first_turn: int | None = None
        text = full_text(doc)
        for p, (p_lo, p_hi) in enumerate(_paragraphs(text)):
            for lo, hi in self.labels.turns(text, p_lo, p_hi):
                at = self.labels.start(text, lo, hi)
                # "Q: ...", "QUESTION (Kyodo): ..." (the asker's outlet); "A (Merz):" names its speaker
                label = re.match(r"\W*(\w+)(?:\s*\([^()\n]{1,60}\))?\s*:\s", text[at.at:hi])
                if label and at.colon is None and label.group(1).lower() in self.turn_labels:
                    n_turns += 1
                    first_turn = lo if first_turn is None else first_turn
                    if label.group(1).lower() in self.answer_labels:
                        answers.append((at.at + label.end(), hi, at.at + label.end() - 2, p))
                    continue
                found = self._label(doc, lo, hi, starts)
                if found is None or any(s.paragraph == p and lo <= s.open_mark < hi for s in spans):
                    continue  # quote marks inside: the marked quotes are the speech
                if found[2] and text[lo:hi].rstrip()[-1:] not in _TURN_ENDS:
                    continue  # "10:55 GMT — X: territory first": a post's heading, not speech
                n_turns += 2 if found[2] else 1
                first_turn = lo if first_turn is None else first_turn
                turns.append(self._turn(text, found[1], hi, p, found[0]))
        if n_turns < 2:
            return []
        interviewee = self._interviewee(doc, first_turn) if answers and first_turn else None
        if interviewee is not None:
            turns += [self._turn(text, colon, hi, p, interviewee) for _, hi, colon, p in answers
                      if not any(s.paragraph == p and colon < s.open_mark < hi for s in spans)]
        return [t for t in turns if t.start < t.end]

    @staticmethod
    def _turn(text: str, colon: int, hi: int, paragraph: int, speaker: str) -> _Span:
        start = colon + 1
        while start < hi and text[start].isspace():
            start += 1
        return _Span(start, hi, colon, None, paragraph, speaker, 0.8, "transcript-turn")

    def _interviewee(self, doc: Doc, before: int) -> str | None:
        """The one person the text before the first turn of a transcript names."""
        entities = doc._.pg_entities or {}
        if not isinstance(entities, dict):
            entities = {e.key: e for e in entities}
        people = {
            m.entity for m in doc._.pg_mentions or ()
            if m.end <= before and (e := entities.get(m.entity)) is not None and e.type == "Person"
        }
        return people.pop() if len(people) == 1 else None

    def _introduced_speakers(self, doc: Doc, spans: list[_Span], starts: list[int]) -> None:
        """A quotation without any frame that opens a sentence right after a sentence about a
        named person, in the same paragraph and with no quotation of its own, is that person's:
        `X spoke after the summit. "We have shown ..."`."""
        entities = doc._.pg_entities or {}
        if not isinstance(entities, dict):
            entities = {e.key: e for e in entities}
        for span in spans:
            if span.framed or span.speaker is not None:
                continue
            opening = doc[_token_at(starts, span.open_mark)]
            sent = opening.sent
            if opening.i != sent.start or sent.start == 0:
                continue
            before = doc[sent.start - 1]
            if "\n" in before.text or "\n" in before.whitespace_:
                continue  # a new paragraph
            previous = before.sent
            if any(s.open_mark >= previous.start_char and s.open_mark < sent.start_char for s in spans):
                continue  # the sentence before has a quote of its own: _continue_speakers decides
            subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
            mention = mention_of(subject) if subject is not None else None
            if mention is None or getattr(mention, "kind", "name") == "pronoun":
                continue
            entity = entities.get(mention.entity)
            if entity is not None and entity.type == "Person":
                self._set(span, mention.entity, 0.55, "introduced-by-previous-sentence")

    @staticmethod
    def _continue_speakers(spans: list[_Span]) -> None:
        """A quote without a frame continues its neighbour: the previous quote of its paragraph,
        the next one, or the quote ending the previous paragraph / opening the next."""
        for n, span in enumerate(spans):
            if span.framed or span.speaker is not None:
                continue
            prev = spans[n - 1] if n > 0 else None
            nxt = spans[n + 1] if n + 1 < len(spans) else None
            if prev and prev.speaker and prev.paragraph == span.paragraph:
                QuoteAttributor._set(span, prev.speaker, 0.75, "continues-previous-quote")
            elif nxt and nxt.speaker and nxt.paragraph == span.paragraph:
                QuoteAttributor._set(span, nxt.speaker, 0.7, "continues-next-quote")
            elif prev and prev.speaker and prev.paragraph == span.paragraph - 1:
                QuoteAttributor._set(span, prev.speaker, 0.65, "continues-previous-paragraph")
            elif nxt and nxt.speaker and nxt.paragraph == span.paragraph + 1:
                QuoteAttributor._set(span, nxt.speaker, 0.6, "continues-next-paragraph")

    @staticmethod
    def _credit_agreement_refs(doc: Doc, quotes: list[Quote]) -> None:
        """An agreement named inside a quotation is invoked by whoever is quoted."""
        refs = doc._.pg_agreement_refs
        if not refs:
            return
        out = []
        for ref in refs:
            speaker = next(
                (
                    q.speaker
                    for q in quotes
                    if q.speaker and q.start <= ref.start and ref.end <= q.end
                ),
                None,
            )
            out.append(dataclasses.replace(ref, invoked_by=speaker) if speaker else ref)
        doc._.pg_agreement_refs = out


def _takes_infinitive(verb: Token) -> bool:
    """"would continue to "play a role"": a reporting verb with a to-infinitive and no object
    reports nothing; the quotation belongs to the verb that frames the clause."""
    return not any(c.dep_ in ("dobj", "ccomp") for c in verb.children) and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _token_at(starts: list[int], char: int) -> int:
    """Index of the token covering character `char`."""
    return max(bisect.bisect_right(starts, char) - 1, 0)


def _tucked_away(token: Token) -> bool:
    """Whether `token` hangs under a relative clause or a preposition (stable sort key: False
    first), where a frame's speaker seldom stands."""
    return any(a.dep_ in ("relcl", "acl", "prep") for a in token.ancestors) or token.dep_ == "pobj"
