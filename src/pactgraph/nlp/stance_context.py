"""Per-document context of the stance component: who speaks (reported speech, carried
speakers, quotations), who holds a stance (subjects, groups, bodies, places) and what a
trigger is about (guarantees, agreements, actors, topics). See docs/STANCES.md."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from pactgraph.kb import KnowledgeBase
from pactgraph.nlp import stance_agents, stance_commit, stance_contrast, stance_targets
from pactgraph.nlp.guarantees import (
    SUBJECT_DEPS,
    contains_keyword,
    doc_text,
    entities,
    entity_of,
    is_negated,
    mention,
    phrase_actors,
    prep_actors,
    subject_of,
)
from pactgraph.nlp.stance_lexicon import StanceLexicon
from pactgraph.nlp.stance_syntax import (
    _CIRCUMSTANCE_MARKS,
    _addressee,
    _clause_tokens,
    _condition_antecedent,
    _conjunct_tokens,
    _count,
    _headline_line,
    _in_nested_clause,
    _is_guarantee_word,
    _misattached_subject,
    _modal,
    _noun_holder,
    _past_dateline,
    _position_owner,
    _reported_through_medium,
    _slug,
    _subtree_chars,
    _undoing,
    counted_people,
    demonstrative_object,
    names_topic,
    phrase_topic,
)
from pactgraph.nlp.util import full_text, prep_objects, sentence_index, sentences
from pactgraph.records import Entity, Guarantee, Target

FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}
# stance types that judge what they take, naming it ("denounced X as theft")
_JUDGING_TYPES = {"reject", "condemn", "criticize", "welcome"}
# verbs that keep their subject in a state ("remain under Russian control"): the state is the phrase
_STATE_VERBS = {"remain", "stay", "be"}
# key prefix of a guarantee whose guarantors the text describes ("our own army")
GUARANTORS_PREFIX = "guarantors-"
# prepositions that carry what a deontic clause asks for ("must be at the table", "should join
# in the talks"), unlike time or place adjuncts ("within three days of an attack")
DEONTIC_PREPS = {"at", "in", "into", "to", "for", "on", "with", "against", "of"}


@dataclass(frozen=True, slots=True)
class Holder:
    key: str
    reported_by: str | None
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class _Speech:
    """Who speaks at a token: a quotation's speaker or the subject of a reporting verb."""

    speaker: str
    kind: str  # quote | reported | carried
    verb: Token | None
    # every speaker when the subject names several ("Britain and France said", "allies, including
    # A and B, said"); the first is `speaker`
    others: tuple[str, ...] = ()

    @property
    def speakers(self) -> list[str]:
        return [self.speaker, *self.others]


# ------------------------------------------------------------------ document context


def publisher_keys(
    ents: dict[str, Entity], source: str | None, media_cues: frozenset[str] = frozenset()
) -> frozenset[str]:
    """Actors outside the knowledge base that are news outlets: the article's own ("the Herald"
    in an article whose source is "Vistula Herald"), whatever type the mention layer guessed for
    it, and any other whose name has a media word (KB lexicon `org_subtypes.MediaOrganization`:
    "Gazette", "Times"). An outlet asks, reports and comments; it holds no stance."""
    words = set(re.findall(r"\w+", source.lower())) - {"the"} if source else set()
    keys = set()
    for key, ent in ents.items():
        if ent.in_kb or ent.type not in {"Organization", "Person"}:
            continue
        own = set(re.findall(r"\w+", ent.label.lower())) - {"the"}
        if (own and own <= words) or ent.subtype == "MediaOrganization" or own & media_cues:
            keys.add(key)
    return frozenset(keys)


def _undone_object(verb: Token, lex: StanceLexicon) -> Token | None:
    """The thing a stopping verb undoes, directly or through its gerund ("halt the tariffs",
    "stop hyping the threat"), for a free-phrase target; the reversal flips the stance later.
    Ending a war is a goal named as such ("end the war"), not a stance against the war."""
    if (
        verb.pos_ != "VERB"
        or verb.dep_ not in {"xcomp", "ccomp"}  # the act demanded, not a goal worked toward
        or verb.lemma_.lower() not in lex.reversal_words
        or is_negated(verb)
    ):
        return None
    acts = [verb, *(c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG")]
    for act in reversed(acts):
        obj = next((c for c in act.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}), None)
        if obj is not None:
            return None if obj.lemma_.lower() in lex.ended_goals else obj
    return None


class _Context:
    """What every rule needs to know about the document: speakers, guarantees, agreements, topics."""

    def __init__(self, doc: Doc, lex: StanceLexicon, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.lex = lex
        self.ents = entities(doc)
        self.guarantees: dict[str, Guarantee] = {g.id: g for g in doc._.pg_guarantees or ()}
        self.guarantee_of_token: dict[int, str] = dict(
            doc.user_data.get("pg_guarantee_of_token", {})
        )
        self.agreement_refs = list(doc._.pg_agreement_refs or ())
        self.agreements = dict(doc._.pg_agreements or {})
        self.quotes = [q for q in doc._.pg_quotes or () if q.speaker]
        self.article = doc._.pg_article
        media = kb.lexicon.get("org_subtypes", {}).get("MediaOrganization", ())
        self.publishers = publisher_keys(
            self.ents, getattr(self.article, "source", None), frozenset(str(w) for w in media)
        )
        self.offices: dict[str, set[str]] = {}
        self.spokespeople: set[str] = set()
        for ho in doc._.pg_offices or ():
            if ho.organization:
                self.offices.setdefault(ho.person, set()).add(ho.organization)
            if "spokes" in (ho.office or "") or "spokes" in (ho.office_label or "").lower():
                self.spokespeople.add(ho.person)
        # offices the KB knows the article's people to hold on its date (or ever, undated)
        day = getattr(self.article, "date", None)
        for key, ent in self.ents.items():
            if ent.type != "Person":
                continue
            for office in kb.offices_of(key, on=day):
                self.offices.setdefault(key, set()).update(office.organizations[:1])
                if "spokes" in office.key:
                    self.spokespeople.add(key)
        self.kb = kb
        self._described_states()
        self.protected = self._protected_country()
        self._speech_cache: dict[int, _Speech | None] = {}
        self.topic_of: dict[str, dict[str, Any]] = {}  # curated topic target key -> its entry
        self.topic_words = frozenset(
            w for topic in lex.topics if not topic.get("reversal")
            for kw in topic["keywords"] for w in kw.split()
        )

    def _described_states(self) -> None:
        """States the text ties a person to when no office is known: "X, the head of the Russian
        delegation", "X, an adviser to Ukraine's president", "His adviser X" (the possessor's
        states). The first state named is taken ("Russia's ambassador to Ukraine": Russia)."""
        for tok in self.doc:
            key = entity_of(tok)
            if not key or getattr(self.ents.get(key), "type", None) != "Person":
                continue
            if key in self.offices or (tok.head != tok and entity_of(tok.head) == key):
                continue
            states: list[str] = []
            # "His adviser, X" parsed with the name as apposition of the title
            titles = [c for c in tok.children if c.dep_ == "compound" and not entity_of(c)]
            if tok.dep_ == "appos" and not entity_of(tok.head):
                titles.append(tok.head)
            for c in tok.children:
                if c.dep_ == "appos":
                    states += [s for t in c.subtree if (s := self._state_word(t))]
            for c in titles:
                # "His adviser X", "Zelensky's chief of staff X"
                states += [
                    s for p in c.children if p.dep_ == "poss"
                    for s in ([self._state_word(p)] if self._state_word(p)
                              else self.offices.get(self._person_of(p) or "", ()))
                    if s
                ]
            if states:
                self.offices[key] = {states[0]}

    def _state_word(self, tok: Token) -> str | None:
        """The country a token names or whose demonym it is ("Russian", "Ukraine's")."""
        key = entity_of(tok)
        if key and getattr(self.ents.get(key), "type", None) == "Country":
            return key
        if tok.pos_ in {"ADJ", "PROPN"} and (k := self.kb.demonym(tok.text)):
            return k
        return None

    def _person_of(self, tok: Token) -> str | None:
        key = entity_of(tok)
        return key if key and getattr(self.ents.get(key), "type", None) == "Person" else None

    # dates and places

    def date_of(self, sent: int) -> dt.date | None:
        dates = self.doc._.pg_sentence_dates
        if isinstance(dates, dict) and isinstance(dates.get(sent), dt.date):
            return dates[sent]
        if (
            isinstance(dates, list | tuple)
            and sent < len(dates)
            and isinstance(dates[sent], dt.date)
        ):
            return dates[sent]
        return getattr(self.article, "date", None)

    def in_title(self, tok: Token) -> bool:
        title = getattr(self.article, "title", None)
        if bool(title) and tok.idx < len(title) + 2 and full_text(self.doc).startswith(title):
            return True
        return _headline_line(tok)

    def _protected_country(self) -> str | None:
        counts: dict[str, int] = {}
        for g in self.guarantees.values():
            if g.beneficiary:
                counts[g.beneficiary] = counts.get(g.beneficiary, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def label(self, key: str) -> str:
        ent = self.ents.get(key)
        return ent.label if ent else key.replace("-", " ").title()

    # guarantees and agreements

    def guarantee_at(self, tok: Token) -> str | None:
        return self.guarantee_of_token.get(tok.i)

    def agreement_in(self, root: Token, *, within: set[int] | None = None) -> list[str]:
        """Agreements named in `root`'s phrase; with `within`, only those whose first token is
        one of these token indices (the phrase less its skipped circumstances)."""
        lo, hi = _subtree_chars(root)
        keys: list[str] = []
        for ref in self.agreement_refs:
            if lo <= ref.start and ref.end <= hi and ref.agreement not in keys:
                span = self.doc.char_span(ref.start, ref.end, alignment_mode="expand")
                if within is not None and (span is None or span.start not in within):
                    continue
                keys.append(ref.agreement)
        return keys

    def agreement_tokens_before(self, tok: Token) -> list[Token]:
        """The head token of the agreement reference nearest before `tok` in its sentence."""
        sent = tok.sent
        refs = [
            r for r in self.agreement_refs if sent.start_char <= r.start and r.end <= tok.idx
        ]
        if not refs:
            return []
        span = self.doc.char_span(refs[-1].start, refs[-1].end, alignment_mode="expand")
        return [span.root] if span is not None else []

    # speakers

    def speech(self, tok: Token) -> _Speech | None:
        """The speaker whose words `tok` is part of, if any."""
        owned = self._position_speech(tok)
        if owned is not None:
            return owned
        for q in self.quotes:
            if q.start <= tok.idx < q.end:
                return _Speech(q.speaker, "quote", None)
        current = tok
        for _ in range(8):
            aside = self._parenthetical_speech(current)
            if aside is not None:
                return aside
            head = current.head
            if head == current:
                break
            if (
                current.dep_ in {"ccomp", "parataxis", "advcl"}
                and (head.lemma_ in self.lex.reporting_verbs or self._reporting_idiom(head))
                # "maintained sanctions until the troops left": a marked adverbial clause is a
                # time or condition, not what was said
                and not (current.dep_ == "advcl" and any(c.dep_ == "mark" for c in current.children))
            ) or (
                # "Hungary and Slovakia, Kallas told reporters, would block X", parsed as "told"
                # and a second verb without "and"
                current.dep_ == "conj"
                and (pair := self._fronted_pair(head)) is not None
                and pair[2] == current
            ):
                keys = self._speaker_keys(head)
                if keys:
                    return _Speech(keys[0], "reported", head, tuple(keys[1:]))
                return None
            if (verb := _reported_through_medium(current, self.lex.reporting_verbs)) is not None:
                # "X said in a statement that ...": the parser hangs the clause on the medium
                keys = self._speaker_keys(verb)
                if keys:
                    return _Speech(keys[0], "reported", verb, tuple(keys[1:]))
                return None
            current = head
        # "according to X, Y ...": X speaks for the whole sentence
        for t in tok.sent:
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and t.nbor().lower_ == "to":
                to = t.nbor()
                keys = [k for o in to.children if o.dep_ == "pobj" for k in self._actor_keys(o)]
                if keys and not any(tok == x for x in t.subtree) and tok not in to.subtree:
                    return _Speech(keys[0], "reported", None, tuple(keys[1:]))
        # "Y is Z," said X: the root clause is ccomp of a later "said"; also "X said: Y"
        root = tok.sent.root
        if root.lemma_ in self.lex.reporting_verbs and root != tok:
            subj = subject_of(root)
            keys = self._actor_keys(subj) if subj is not None else []
            if keys and not any(t == tok for t in subj.subtree):
                return _Speech(keys[0], "reported", root, tuple(keys[1:]))
        return self._colon_speech(tok)

    def _position_speech(self, tok: Token) -> _Speech | None:
        """"Hungary's position is that the sanctions should be lifted", "the Polish view remains
        that ...", also with a reporter set off by commas ("Y's position, X said, is that ..."):
        the owner of a position noun (lexicon `position_frame_nouns`) that is the subject of a
        copula (`position_copulas`) speaks the "that" clause; the reporter only reports it."""
        current = tok
        for _ in range(8):
            head = current.head
            if head == current:
                return None
            if current.dep_ == "ccomp" and head.lemma_ in self.lex.position_copulas:
                break
            current = head
        else:
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children):
            return None
        noun = next(
            (c for c in head.children
             if c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.position_frame_nouns),
            None,
        )
        if noun is None:
            return None
        keys: list[str] = []
        for c in noun.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                keys += self._actor_keys(c, anaphora=False)
            elif c.dep_ == "amod" and (key := self.kb.demonym(c.text)):
                keys.append(key)
            elif c.dep_ == "prep" and c.lower_ == "of":
                keys += [k for o in c.children if o.dep_ == "pobj"
                         for k in self._actor_keys(o, anaphora=False)]
        keys = [
            k for k in dict.fromkeys(keys)
            if getattr(self.ents.get(k), "type", None) != "Location"
        ]
        if not keys:
            return None
        return _Speech(keys[0], "reported", None, tuple(keys[1:]))

    def _colon_speech(self, tok: Token) -> _Speech | None:
        """"Macron had one message: Y", "Tusk's verdict: Y", "Scholz was blunt: Y": a short clause
        before a colon that announces words (lexicon `colon_intro_nouns`, `colon_intro_adjectives`)
        makes its subject, or the owner of the announcing noun, the speaker of what follows."""
        sent = tok.sent
        colon = next((t for t in sent if t.text == ":" and t.i < tok.i), None)
        if colon is None or colon.i - sent.start > 12:
            return None
        before = self.doc[sent.start : colon.i]
        if any(t.lemma_ in self.lex.reporting_verbs and t.pos_ == "VERB" for t in before):
            return None  # "X said: Y" is read above
        if not any(
            (t.lemma_.lower() in self.lex.colon_intro_nouns and t.pos_ == "NOUN")
            or (t.lower_ in self.lex.colon_intro_adjectives and t.dep_ == "acomp")
            for t in before
        ):
            return None
        for t in before:
            if t.dep_ not in {"nsubj", "poss"} or t.head.i >= colon.i:
                continue  # the subject or owner of the clause before the colon
            keys = [
                k for k in self._actor_keys(t)
                if getattr(self.ents.get(k), "type", None) != "Location"
            ]
            if keys:
                return _Speech(keys[0], "reported", None, tuple(keys[1:]))
        return None

    def _parenthetical_speech(self, clause: Token) -> _Speech | None:
        """"Y, X said, was a mistake", "Y was a mistake, X argued, but ...": a reporting verb
        set off by commas inside the clause it reports (parsed as the clause's parataxis, with
        no content clause of its own) makes its subject the clause's speaker."""
        for c in clause.children:
            if (
                c.dep_ != "parataxis"
                or c.pos_ != "VERB"
                or not (c.lemma_ in self.lex.reporting_verbs or self._reporting_idiom(c))
                # "told reporters" has an addressee, not a content of its own
                or any(
                    g.dep_ in {"ccomp", "xcomp"} or (g.dep_ == "dobj" and c.lemma_ != "tell")
                    for g in c.children
                )
                or not (
                    any(
                        t.text in {",", "—", "–"}
                        for t in self.doc[max(c.left_edge.i - 1, 0) : c.i]
                        if t.i < c.i and (t.i == c.left_edge.i - 1 or t.head == c)
                    )
                    or self._fronted_pair(c) is not None
                )
            ):
                continue
            keys = self._speaker_keys(c)
            if keys:
                return _Speech(keys[0], "reported", c, tuple(keys[1:]))
        return None

    def _demanders(self, trigger: Token) -> list[str]:
        """"X demanded (guarantees) that NATO would not deploy Y", "X urged that troops be
        withdrawn": what is demanded is X's position, whoever the clause names (lexicon
        `demanding_speech_verbs`)."""
        current = trigger
        for _ in range(6):
            head = current.head
            if head == current or current.dep_ not in {"ccomp", "acl", "conj", "dobj", "xcomp"}:
                return []
            if head.lemma_.lower() in self.lex.demanding_speech_verbs and head.pos_ == "VERB":
                return self._speaker_keys(head)
            current = head
        return []

    def subject_keys(self, verb: Token) -> list[str]:
        """Actors of `verb`'s subject, past a dateline ("PARIS — Leaders of X adopted")."""
        subj = subject_of(verb)
        subj = _past_dateline(subj) if subj is not None else None
        keys = self._actor_keys(subj) if subj is not None else []
        return [k for k in keys if getattr(self.ents.get(k), "type", None) != "Location"]

    def _speaker_keys(self, verb: Token) -> list[str]:
        """Actors of a reporting verb's subject. A place is skipped: "KYIV — Ukraine said" is
        often parsed with the dateline as a second subject, and a place does not speak."""
        pair = self._fronted_pair(verb)
        if pair is not None:
            # the speaker alone (a conjunct's own actor: the parser joined it to the fronted one)
            key = entity_of(pair[1])
            keys = [self._speaks_for(key)] if key else self._actor_keys(pair[1], anaphora=False)
            return [k for k in keys if getattr(self.ents.get(k), "type", None) != "Location"]
        quoted = self._quoted_as_saying(verb)
        if quoted is not None:
            return [
                k for k in self._actor_keys(quoted)
                if getattr(self.ents.get(k), "type", None) != "Location"
            ]
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            subj = subject_of(verb) or _misattached_subject(verb)
            subjects = [subj] if subj is not None else []
        for subj in subjects:
            if subj.dep_ == "nsubjpass" and subj.head == verb:
                # "it was agreed by X and Y that ...", "Z was told by X that ...": the agent
                # reports the clause; the passive subject is a hearer or an expletive
                keys = [
                    k for c in verb.children if c.dep_ == "agent"
                    for o in c.children if o.dep_ == "pobj"
                    for k in self._actor_keys(o)
                    if getattr(self.ents.get(k), "type", None) != "Location"
                ]
                if keys:
                    return keys
            keys = [
                k for k in self._actor_keys(subj)
                if getattr(self.ents.get(k), "type", None) != "Location"
            ]
            if keys:
                return keys
            if subj.lower_ == "it":
                keys = self._statement_antecedent(subj)
                if keys:
                    return keys
        return []

    def _quoted_as_saying(self, verb: Token) -> Token | None:
        """"RIA quoted Lavrov as saying ...", "Lavrov was quoted as saying ...": the one quoted
        (the quoting verb's object, or its passive subject) is who says (lexicon
        `quoting_verbs`); None when `verb` is not such a "saying"."""
        if verb.tag_ != "VBG" or verb.dep_ not in {"pcomp", "pobj"} or verb.head.lower_ != "as":
            return None
        quoting = verb.head.head
        if quoting.lemma_.lower() not in self.lex.quoting_verbs or quoting.pos_ != "VERB":
            return None
        for dep in ("nsubjpass", "dobj"):
            found = next((c for c in quoting.children if c.dep_ == dep), None)
            if found is not None:
                return found
        return None

    def _statement_antecedent(self, pron: Token) -> list[str]:
        """"The ministry's statement said X. It added that Y": a speaking "it" is the statement
        that spoke in the sentence before, and speaks for its author."""
        n = sentence_index(pron)
        if n == 0:
            return []
        for t in sentences(self.doc)[n - 1]:
            if (
                t.lemma_ in self.lex.reporting_verbs
                and t.pos_ == "VERB"
                and (subj := subject_of(t)) is not None
                and subj.lemma_.lower() in self.lex.statement_nouns
            ):
                return self._document_author(subj)
        return []

    def _reporting_idiom(self, verb: Token) -> bool:
        """"made clear that ...", "made it plain that ...": a verb and a word of its own that
        together report (lexicon `reporting_idioms`)."""
        words = self.lex.reporting_idioms.get(verb.lemma_.lower())
        if not words:
            return False
        if any(
            c.lower_ in words and c.dep_ in {"ccomp", "acomp", "oprd", "dobj", "advmod"}
            for c in verb.children
        ):
            return True
        # "made clear that X was ...": the parser may hang "clear" on the reported clause's verb
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        return (
            nxt is not None
            and nxt.lower_ in words
            and nxt.dep_ == "acomp"
            and nxt.head.dep_ == "ccomp"
            and nxt.head.head == verb
        )

    def carried_speaker(self, tok: Token) -> str | None:
        """The speaker of a statement in the two previous sentences (the text goes on reporting)."""
        sents = sentences(self.doc)
        n = sentence_index(tok)
        carried = self._carried(tok, sents, n)
        if carried is not None and self._other_speaker(tok, carried):
            return None  # "X was a step, Scholz said": the sentence names its own speaker
        return carried

    def _carried(self, tok: Token, sents: list[Span], n: int) -> str | None:
        for prev in range(n - 1, max(n - 3, -1), -1):
            s = sents[prev]
            for t in s:
                if t.lemma_ in self.lex.reporting_verbs and t.pos_ == "VERB":
                    subj = subject_of(t)
                    keys = self._actor_keys(subj) if subj is not None else []
                    if keys and self.ents.get(keys[0]) and self.ents[keys[0]].type == "Person":
                        return keys[0]
            for q in self.quotes:
                if s.start_char <= q.start < s.end_char:
                    return q.speaker
        return None

    def _other_speaker(self, tok: Token, carried: str) -> bool:
        """The sentence has a speaker of its own other than `carried`: a reporting verb with a
        person subject or with unnamed people as subject ("diplomats said"), or a person named
        before a colon ("On this Kuleba was adamant: ...")."""
        sent = tok.sent
        own: list[str] = []
        for t in sent:
            if t.lemma_ in self.lex.reporting_verbs and t.pos_ == "VERB":
                subj = subject_of(t)
                if subj is not None:
                    keys = self._actor_keys(subj, anaphora=False)
                    if not keys and subj.pos_ == "NOUN" and subj.tag_ == "NNS":
                        return True  # "Western diplomats said ...": people nobody named speak
                    own.extend(keys)
        colon = next((t for t in sent if t.text == ":" and t.i < tok.i), None)
        if colon is not None:
            own.extend(k for t in sent if t.i < colon.i and (k := entity_of(t)))
        people = [k for k in own if getattr(self.ents.get(k), "type", None) == "Person"]
        return bool(people) and carried not in people

    def actor_keys(self, tok: Token) -> list[str]:
        return self._actor_keys(tok)

    def _actor_keys(self, tok: Token, *, anaphora: bool = True) -> list[str]:
        """Actors a holder phrase names (see `_phrase_keys`); a body whose statements are its
        state's position (KB `speaks_for`: "the foreign ministry") gives the state; "the ministry"
        with nothing else named is the latest body of that name before it (not inside someone's
        reported words, where the speaker is the surer holder)."""
        keys = self._phrase_keys(tok) or (self._definite_body(tok) if anaphora else [])
        if tok.pos_ == "NOUN" and not entity_of(tok) and any(
            c.lower_ in {"former", "ex", "retired"} for c in tok.children
        ):
            # "a former British minister" no longer speaks for Britain: only a person the
            # mention layer resolved the title to holds the stance
            keys = [k for k in keys if getattr(self.ents.get(k), "type", None) == "Person"]
        return list(dict.fromkeys(self._speaks_for(k) for k in keys))

    def _speaks_for(self, key: str) -> str:
        info = self.kb.get(key)
        if info is not None and info.type == "Organization" and info.speaks_for:
            return info.speaks_for
        return key

    def _titled_name(self, tok: Token) -> str | None:
        """ "Deputy chairman of the Russian Security Council Dmitry Medvedev": a title whose "of"
        body (a named organization or state) runs straight into a person's name, without a comma,
        is that person, whom the parser left as the last word of the body. A name that is the
        whole "of" phrase ("a spokesman of Vladimir Putin") is not the title's holder."""
        if tok.tag_ not in {"NN", "NNP"} or entity_of(tok):
            return None  # one title ("chairman"), not a group ("supporters of X")
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            name = next((o for o in prep.children if o.dep_ == "pobj"), None)
            found = mention(name) if name is not None else None
            if (
                found is None
                or getattr(self.ents.get(found.entity), "type", None) != "Person"
                or name.i != max(t.i for t in tok.subtree)
            ):
                return None
            body = [
                k for t in name.subtree
                if t.i < name.i and t.idx < found.start and (k := entity_of(t))
                and getattr(self.ents.get(k), "type", None) != "Person"
            ]
            return found.entity if body else None  # the body is named before the person
        return None

    def _definite_body(self, tok: Token) -> list[str]:
        """"the ministry", "the coalition": the latest organization mentioned before whose name
        has that word ("Ukraine's foreign ministry", "the coalition of the willing")."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or entity_of(tok):
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or any(
            c.dep_ in {"amod", "compound", "poss", "prep", "relcl", "acl"} for c in tok.children
        ):
            return []
        word = tok.lemma_.lower()
        for t in reversed(self.doc[: tok.i]):
            key = entity_of(t)
            ent = self.ents.get(key) if key else None
            # the name's head or first word ("Foreign Ministry", "Coalition of the Willing"),
            # not an inner one ("Treaty" in a treaty organization's name)
            names = ent.label.lower().split() if ent else []
            if ent and ent.type == "Organization" and word in (names[0], names[-1]):
                return [key]
            if (
                not key and t.lemma_.lower() == word and t.pos_ == "NOUN"
                and word in self.lex.representative_nouns
            ):
                # "Ukraine's foreign ministry ... the ministry": the phrase named it then
                keys = self._phrase_keys(t)
                if keys:
                    return keys
        return []

    def _phrase_keys(self, tok: Token) -> list[str]:
        keys = phrase_actors(tok)
        if keys:
            return keys
        person = self._titled_name(tok)
        if person is not None:
            return [person]
        lemma = tok.lemma_.lower()
        # "countries including Italy and Spain", "several allies, such as Poland,": the members;
        # the parser may hang the list on the object of "of" ("states of the region, including X")
        owners = [tok, *(o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                         for o in p.children if o.dep_ == "pobj")]
        for c in (c for h in owners for c in h.children):
            if c.dep_ in {"prep", "acl"} and c.lower_ in {"including", "like", "notably"}:
                keys = [k for o in c.children if o.dep_ in {"pobj", "dobj"} for k in phrase_actors(o)]
            elif c.dep_ == "prep" and c.lower_ == "as" and c.nbor(-1).lower_ == "such":
                keys = [k for o in c.children if o.dep_ == "pobj" for k in phrase_actors(o)]
            if keys:
                return keys
        if lemma in self.lex.statement_nouns:
            keys = self._document_author(tok)
            if keys:
                return keys
        if lemma in self.lex.representative_nouns:
            # "Chile's negotiators", "the Peruvian delegation": the state they act for
            # "EU member states", "NATO member countries": the body before a compound "member"
            modifiers = [
                g
                for c in tok.children
                for g in ((c,) if c.dep_ != "compound" or c.lemma_.lower() != "member"
                          else [x for x in c.children if x.dep_ in {"compound", "poss"}])
            ]
            for c in modifiers:
                if c.dep_ == "poss" and (states := self._led_states(c)):
                    return states  # "his government", "Zelensky's negotiators": the leader's state
                if c.dep_ in {"poss", "amod", "compound"} and entity_of(c):
                    # "the French and German leaders": each state named
                    return list(dict.fromkeys(k for m in (c, *c.conjuncts) if (k := entity_of(m))))
            # "Russian officials", "Dutch diplomats": a demonym the mention layer left unlinked
            for c in tok.children:
                if c.dep_ in {"amod", "compound"} and self.kb.demonym(c.text):
                    return list(dict.fromkeys(
                        k for m in (c, *c.conjuncts) if (k := self.kb.demonym(m.text))
                    ))
            # "leaders from France, Germany and Italy", "the leadership of the coalition": the
            # states or bodies; "the leaders of Russia and Ukraine": the heads the KB knows;
            # "members of the coalition": the body named before
            if lemma in self.lex.spokesperson_nouns:
                # "a spokesman for Viktor Orban", "a spokeswoman for the German government"
                keys = [
                    k for o in prep_objects((tok,), "for")
                    for k in self._actor_keys(o, anaphora=False)
                ]
                if keys:
                    return keys
            keys = (
                prep_actors(tok, "from") or prep_actors(tok, "of")
                or [k for o in prep_objects((tok,), "of") for k in self._definite_body(o)]
                or self._located_body(tok)
            )
            if keys:
                return keys
        size = counted_people(tok, self.lex.counted_people_nouns, self.lex.collective_nouns)
        if size:
            # "the two men", "the pair": the people named together in the last few sentences
            return self.group(tok, size=size, window=3)
        keys = stance_commit.adopters_before(tok, self._actor_keys, self.subject_keys)
        if keys:
            return keys  # "the signatories": who signed the text just before
        if lemma in self.lex.group_nouns and (
            tok.tag_ in {"NNS", "NNPS"} or lemma in {"they", "both"}
        ):
            return self.group(tok)
        return []

    def _located_body(self, tok: Token) -> list[str]:
        """"the foreign ministry in Moscow", "In Kyiv, the government said": a body named by no
        owner but by the capital it sits in acts for that capital's state (KB `speaks_for`)."""
        if tok.tag_ not in {"NN", "NNS", "NNP"} or any(c.dep_ == "poss" for c in tok.children):
            return []
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"]
        if tok.dep_ in SUBJECT_DEPS:
            # "In Moscow, the foreign ministry said ...": the place opening the clause
            preps += [
                c for c in tok.head.children
                if c.dep_ == "prep" and c.lower_ == "in" and c.i < tok.i
                and c.i == tok.sent.start
            ]
        keys: list[str] = []
        for prep in preps:
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                key = entity_of(obj)
                info = self.kb.get(key) if key else None
                if info is not None and info.type == "Location" and info.speaks_for:
                    keys.append(info.speaks_for)
                elif key and getattr(self.ents.get(key), "type", None) == "Country":
                    keys.append(key)
        return list(dict.fromkeys(keys))

    def _led_states(self, poss: Token) -> list[str]:
        """The states a person named by a possessive ("his", "Zelensky's") holds office for: the
        government, negotiators or envoys of a leader act for the leader's state."""
        key = entity_of(poss)
        if not key or getattr(self.ents.get(key), "type", None) != "Person":
            return []
        return sorted(
            s for s in self.offices.get(key, ())
            if getattr(self.ents.get(s) or self.kb.get(s), "type", None) == "Country"
        )

    def group(self, tok: Token, *, size: int | None = None, window: int | None = None) -> list[str]:
        """People that "the leaders"/"they" stands for: for "they", the plural actor subject of the
        previous sentence ("European leaders said ... They said"); else those of the latest of the
        previous ten sentences naming the most people together. With a number (`size`, or one
        the phrase states), the latest earlier sentence, within `window` if given, naming that
        many."""
        sents = sentences(self.doc)
        n = sentence_index(tok)
        if tok.pos_ == "PRON" and tok.dep_ in SUBJECT_DEPS:
            # "In a statement signed by A, B and C, they said ...": the people the opening
            # phrase of the clause names
            opening = [
                t for c in tok.head.children
                if c.dep_ in {"prep", "advcl"} and c.i < tok.i
                for t in c.subtree
            ]
            people = self._people_in(opening)
            if len(people) >= 2:
                return people
        if tok.pos_ == "PRON" and tok.dep_ in SUBJECT_DEPS:
            # "Aides have played down expectations; the priority, they say, is X": the plural
            # subject of an earlier clause of the same sentence, even one naming no actor
            earlier = [
                t for t in tok.sent[: tok.i - tok.sent.start]
                if t.dep_ in SUBJECT_DEPS and t.tag_ in {"NNS", "NNPS"} and t.head != tok.head
            ]
            if earlier:
                subj = earlier[-1]
                # "aides on Bankova Street": the state the place speaks for
                places = [
                    info.speaks_for for p in prep_objects((subj,))
                    for o in (p, *(m for m in p.children if m.dep_ == "compound"))
                    if (key := entity_of(o))
                    and (info := self.kb.get(key)) is not None and info.speaks_for
                ]
                return self._actor_keys(subj) or places
        if tok.pos_ == "PRON" and n > 0:
            keys = self._plural_subject(sents[n - 1])
            if keys is not None:
                return keys  # [] for people the text does not name ("Nordic governments")
        # "the four leaders": the latest earlier sentence bringing exactly that many together
        wanted = size or next(
            (c for c in (_count(m) for m in tok.children if m.dep_ in {"nummod", "det"}) if c), None
        )
        if size:
            # a counted phrase ("the two men") names exactly that many, from its own sentence
            # ("X, who met Y, said the two had discussed ...") or the few before it
            before = [t for t in sents[n] if t.i < tok.i]
            for span in (before, *(sents[p] for p in range(n - 1, max(n - 1 - (window or 10), -1), -1))):
                people = self._people_in(span)
                if len(people) == size:
                    return people
            return []
        first = -1 if wanted else max(n - 11, -1)
        best: list[str] = []
        for prev in range(n - 1, first, -1):
            people = self._people_in(sents[prev])
            if wanted and len(people) == wanted:
                return people
            if len(people) > len(best) and prev >= n - 10:
                best = people
        return best if len(best) >= 2 else []

    def _people_in(self, sent: Span | list[Token]) -> list[str]:
        """Persons a sentence names, and the heads of the states in "the leaders of A and B"."""
        people: list[str] = []
        for t in sent:
            key = entity_of(t)
            ent = self.ents.get(key) if key else None
            if ent and ent.type == "Person" and key not in people and not _event_attribute(t):
                people.append(key)
            elif t.lemma_.lower() == "leader" and t.tag_ == "NNS" and not key:
                for k in prep_actors(t, "of"):
                    people.extend(h for h in self._heads(k) if h not in people and h != k)
        return people

    def _document_author(self, doc_noun: Token) -> list[str]:
        """Who speaks through a statement, declaration or communique: its possessor ("NATO's
        declaration"); for "the summit communique", the body named with the latest summit before
        it ("the NATO summit", "the alliance's summit")."""
        for c in doc_noun.children:
            if c.dep_ == "poss" and (key := entity_of(c)):
                return [key]
        if not any(c.dep_ == "compound" and c.lemma_.lower() == "summit" for c in doc_noun.children):
            return []
        for t in reversed(self.doc[: doc_noun.i]):
            if t.lemma_.lower() == "summit" and t.i != doc_noun.i:
                keys = [
                    k for c in t.children if c.dep_ in {"compound", "poss", "nmod"}
                    and (k := entity_of(c))
                    and getattr(self.ents.get(k), "type", None) == "Organization"
                ]
                if keys:
                    return keys[:1]
        return []

    def _heads(self, key: str) -> list[str]:
        """The person leading a state on the article's date (the first KB office titled "leader"
        with a known holder), else the state itself; other actors stand for themselves."""
        if getattr(self.ents.get(key), "type", None) != "Country":
            return [key]
        day = getattr(self.article, "date", None)
        for office in self.kb.offices_with_title("leader", key):
            people = self.kb.holders(office.key, on=day) if day else []
            if people:
                return people[:1]
        return [key]

    def place_holders(self, trigger: Token, stance_type: str) -> list[Holder]:
        """"X was rejected in London and Paris", "X was welcomed in Berlin": a passive reaction
        with no agent, located in capitals, is their states' (KB `speaks_for`). Only reactions
        (lexicon `place_reaction_types`): "X was agreed in Paris" names where a meeting was."""
        if stance_type not in self.lex.place_reaction_types or not any(
            c.dep_ == "auxpass" for c in trigger.children
        ) or any(c.dep_ == "agent" for c in trigger.children):
            return []
        keys: list[str] = []
        for prep in trigger.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for obj in prep.children:
                for t in (obj, *obj.conjuncts) if obj.dep_ == "pobj" else ():
                    key = entity_of(t)
                    info = self.kb.get(key) if key else None
                    if info is not None and info.type == "Location" and info.speaks_for:
                        keys.append(info.speaks_for)
                    elif key and getattr(self.ents.get(key), "type", None) == "Country":
                        keys.append(key)  # a metonym the mention layer already mapped
        return [Holder(k, None, "passive-place", 0.55) for k in dict.fromkeys(keys)]

    def _plural_subject(self, sent: Span) -> list[str] | None:
        """Actors of the main clause's subject of `sent` when it names several or a group
        ("Britain and France", "leaders from A, B and C"); [] when it is a group of people
        named by no actor ("Nordic governments"); None when there is no such subject."""
        verbs = [sent.root, *sent.root.conjuncts]
        for verb in verbs:
            for subj in verb.children:
                if subj.dep_ not in SUBJECT_DEPS or subj.pos_ == "PRON":
                    continue
                if subj.tag_ not in {"NNS", "NNPS"} and not subj.conjuncts:
                    continue
                keys = self._actor_keys(subj)
                if keys:
                    return keys
                if _addressee(subj):
                    return []
        return None

    def holders(
        self, trigger: Token, roots: list[Token], *, evaluative: bool, claim: bool = False
    ) -> list[Holder]:
        speech = self.speech(trigger)
        if claim:
            # the claimant is the subject of the claim verb itself
            subj = subject_of(trigger.head)
            keys = self._actor_keys(subj) if subj is not None else []
            return [Holder(k, None, "claimant", 0.65) for k in keys]
        subj = self._holder_subject(trigger)
        subj_keys = self._actor_keys(subj, anaphora=speech is None) if subj is not None else []
        if subj is not None and speech is not None and speech.verb is not None and (
            (pair := self._fronted_pair(speech.verb)) is not None and subj == pair[0]
        ):
            # "Slovakia, Borrell told reporters, ...": the parser may join the two names
            subj_keys = [k for k in subj_keys if k not in speech.speakers]
        deontic = _modal(trigger, self.lex.deontic) or trigger.lemma_ == "need"
        demanders = self._demanders(trigger)
        if demanders:
            return [Holder(k, None, "demand-speaker", 0.65) for k in demanders]
        if speech is not None:
            # "he wants ..." inside someone's quote is about the pronoun's referent, not the speaker
            third_person = subj is not None and subj.pos_ == "PRON" and subj.lower_ not in FIRST_PERSON
            if (
                third_person
                and not subj_keys
                and subj.lower_ not in {"it", "this", "that"}
                and speech.kind == "quote"
            ):
                return []  # in reported speech, "X said he ..." is X himself
            pronoun = subj is None or (subj.pos_ == "PRON" and not (third_person and subj_keys))
            own_state = bool(subj_keys) and all(
                any(k in self.offices.get(sp, ()) for sp in speech.speakers) for k in subj_keys
            )
            speakers = speech.speakers
            if (
                not subj_keys
                and not (evaluative or deontic or pronoun)
                and subj is not None
                and self._third_party_subject(subj, trigger, speakers)
            ):
                return []  # "said only a minority of Ukrainians backed X": theirs, not the speaker's
            sides = (
                subj is not None
                and subj.lemma_.lower() in self.lex.side_nouns
                and not phrase_actors(subj)
            )
            if (
                any(sp in subj_keys for sp in speakers)
                or evaluative or deontic or pronoun or not subj_keys or sides
            ):
                return [Holder(sp, None, f"{speech.kind}-speaker", 0.7) for sp in speakers]
            if (
                speech.kind == "reported"
                and speech.verb is not None
                and speech.verb.lemma_ in self.lex.assent_verbs
                and trigger.lemma_ in self.lex.verbs
                and self.lex.polarity(self.lex.verbs[trigger.lemma_]) == "support"
            ):
                # "Y agreed that Z could offer X": what Y assents to is Y's position
                return [Holder(speech.speaker, None, "assent-speaker", 0.6)]
            # a spokesperson's words name the state's position, named or not ("a spokesman for
            # Starmer said Britain had no plans for X": Britain's)
            unnamed_spokesperson = speech.verb is not None and any(
                c.dep_ in SUBJECT_DEPS and c.lemma_.lower() in self.lex.spokesperson_nouns
                for c in speech.verb.children
            )
            if own_state and speech.speaker not in self.spokespeople and not unnamed_spokesperson:
                return [Holder(sp, None, f"{speech.kind}-speaker", 0.7) for sp in speakers]
            return [Holder(k, speech.speaker, f"{speech.kind}-subject", 0.6) for k in subj_keys]
        if subj_keys:
            group = subj is not None and not phrase_actors(subj)
            if group:
                # a group never includes the leaders of the side it condemns
                named = {k for r in roots for t in r.subtree if (k := entity_of(t))}
                subj_keys = [k for k in subj_keys if not (self.offices.get(k, set()) & named)]
            return [
                Holder(k, None, "group" if group else "subject", 0.55 if group else 0.75)
                for k in subj_keys
            ]
        if (
            subj is not None and not evaluative and trigger.pos_ == "VERB"
            # "the plan could serve as a starting point": a text taking a role offers nothing
            and trigger.lemma_.lower() not in self.lex.role_verbs
        ):
            # "the memorandum calls for X", "it demands Y": the document's author
            author = self.document_author(subj)
            if author:
                return [Holder(author, None, "document-author", 0.55)]
        if evaluative:
            carried = self.carried_speaker(trigger)
            if carried:
                return [Holder(carried, None, "carried-speaker", 0.45)]
            owner = _position_owner(trigger)
            if owner:
                return [Holder(owner, None, "position-owner", 0.5)]
        return []

    def _third_party_subject(self, subj: Token, trigger: Token, speakers: list[str]) -> bool:
        """A subject that names people other than the speaker ("a minority of Ukrainians", "the
        public"), or a text whose own participle is the trigger ("a memorandum promising X"): a
        clause about them is not the speaker's own position (unlike "said such documents would
        change nothing", the speaker's judgement of a text)."""
        lemma = subj.lemma_.lower()
        return (
            lemma in self.lex.third_party_subjects
            or self._unnamed_group(subj, trigger, speakers)
            or (lemma in self.lex.document_nouns and trigger.dep_ == "acl" and trigger.head == subj)
            or (lemma in self.lex.quantity_nouns and any(c.dep_ == "prep" for c in subj.children))
        )

    def _unnamed_group(self, subj: Token, trigger: Token, speakers: list[str]) -> bool:
        """Some of the actors of a kind, left unnamed, as a plural subject ("several member
        states", "some allies", "others", "the Hungarians", "the countries that X said had
        blocked Y"; lexicon `group_subject_nouns`, `partial_quantifiers`): what they do in a
        reported clause is theirs, not the speaker's. A count ("two governments") is a part only
        when no speaker speaks for a state, who may count their own ("Twenty-six countries have
        committed, Macron said")."""
        if subj.tag_ not in {"NNS", "NNPS"}:
            return False
        if subj.text[:1].isupper() and self.kb.demonym(subj.text) is not None:
            return True  # "the Hungarians"
        lemma = subj.lemma_.lower()
        if lemma not in self.lex.group_subject_nouns:
            return False
        if lemma == "other" or any(
            c.dep_ == "relcl" and trigger in c.subtree for c in subj.children
        ):
            return True  # "others"; "the countries that X said had blocked Y"
        mods = [c for c in subj.children if c.dep_ in {"det", "amod", "nummod", "quantmod"}]
        if any(c.lower_ in self.lex.partial_quantifiers for c in mods):
            return True
        counted = any(c.dep_ == "nummod" or c.like_num for c in mods)
        return counted and not any(
            getattr(self.ents.get(o), "type", None) == "Country"
            for sp in speakers for o in self.offices.get(sp, ())
        )

    def document_author(self, subj: Token) -> str | None:
        """Who presented the document `subj` names (a document noun, or "it" for one in the
        same or previous sentence): an actor owning it ("Russia's draft"), or the actor that
        hands, presents or submits it in the sentence that mentions it. None otherwise."""
        doc_noun: Token | None = subj
        if subj.lower_ in {"it", "this"}:
            n = sentence_index(subj)
            sents = sentences(self.doc)
            window = [t for k in (n - 1, n) if 0 <= k < len(sents) for t in sents[k] if t.i < subj.i]
            doc_noun = next(
                (t for t in reversed(window)
                 if t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.document_nouns),
                None,
            )
        if doc_noun is None or doc_noun.lemma_.lower() not in self.lex.document_nouns:
            return None
        for c in doc_noun.children:
            if c.dep_ in {"poss", "compound", "amod"}:
                key = entity_of(c) or self.kb.demonym(c.text)
                if key:
                    return key
        if doc_noun.dep_ == "dobj" and doc_noun.head.lemma_ in self.lex.presenting_verbs:
            # "X handed the envoy a draft"
            giver = subject_of(doc_noun.head)
            keys = self._actor_keys(giver) if giver is not None else []
            return keys[0] if keys else None
        # "a memorandum that X handed to Y", "the draft X presented": the presenting verb after
        # the noun in its sentence; its subject, or the first person named between them
        for t in doc_noun.sent:
            if t.i <= doc_noun.i or t.lemma_ not in self.lex.presenting_verbs or t.pos_ != "VERB":
                continue
            subj_t = subject_of(t)
            keys = self._actor_keys(subj_t) if subj_t is not None else []
            if not keys:
                keys = [
                    k for x in self.doc[doc_noun.i + 1 : t.i] if (k := entity_of(x))
                    and getattr(self.ents.get(k), "type", "") == "Person"
                ][:1]
            return keys[0] if keys else None
        return None

    def _holder_subject(self, trigger: Token) -> Token | None:
        if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in self.lex.nouns:
            return _noun_holder(trigger, self.lex)
        if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in self.lex.agent_nouns:
            return stance_agents.agent_holder(trigger)
        subj = subject_of(trigger)
        if subj is not None:
            subj = _past_dateline(subj)
        if subj is None and (
            trigger.dep_ in {"acomp", "attr"} or trigger.pos_ == "ADP"
            # "Berlin appears reluctant to X": the parser's object predicate of an appearance verb
            or (trigger.dep_ == "oprd" and trigger.head.lemma_ in self.lex.appearance_verbs)
        ):
            subj = subject_of(trigger.head)
        if subj is None:
            subj = _misattached_subject(trigger)
        if subj is None:
            subj = self._fronted_subject(trigger)
        if subj is None and trigger.dep_ == "pcomp" and trigger.head.lower_ == "by":
            # "closed the summit by declaring X": the means has the main verb's subject
            subj = subject_of(trigger.head.head)
        # "issued a statement condemning X", "countries accusing Russia": a non-actor noun that a
        # participle hangs on passes the role to its own governor's subject
        # "deployments provided for X": a passive participle's noun undergoes the act, so it passes
        # no role on (only a "by" agent holds it)
        # ("the summit declared that ...": a participle with a content clause of its own is an
        # active verb whose subject the parser lost, not a passive)
        passive_participle = (
            trigger.dep_ == "acl"
            and trigger.tag_ == "VBN"
            and not any(c.dep_ == "ccomp" for c in trigger.children)
        )
        for _ in range(0 if passive_participle else 2):
            if subj is None or self._actor_keys(subj) or subj.pos_ == "PRON":
                break
            if subj.dep_ == "pobj" and subj.head.lower_ == "by":
                break  # "a motion by the opposition calling for X": the author, not a vehicle
            if subj.dep_ in {"dobj", "pobj", "attr"} and subj.head.pos_ in {"VERB", "AUX", "ADP"}:
                governor = subj.head if subj.head.pos_ != "ADP" else subj.head.head
                if self._opposing(governor):
                    break  # "voted down a motion calling for X": X is the motion's, not theirs
                subj = subject_of(governor) if governor.pos_ in {"VERB", "AUX"} else governor
            else:
                break
        # passive: the agent is the holder (a feeling's "by" phrase is its cause)
        for c in trigger.children:
            if c.dep_ == "agent" and trigger.lower_ not in self.lex.stimulus_participles:
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if any(c.dep_ == "auxpass" for c in trigger.children):
            # the parser often hangs "by X" on the object: "was described as a sham by X"
            for t in trigger.subtree:
                if t.dep_ == "prep" and t.lower_ == "by" and t.i > trigger.i:
                    obj = next((o for o in t.children if o.dep_ == "pobj"), None)
                    if obj is not None and phrase_actors(obj):
                        return obj
        return subj

    def _fronted_subject(self, trigger: Token) -> Token | None:
        """The subject of a reported clause fronted before its reporter ("Hungary, Kallas told
        reporters, would block X"; `_fronted_pair`), for a trigger in that clause."""
        clause = trigger
        for _ in range(4):
            verbs = [c for c in clause.children if c.dep_ == "parataxis"]
            if clause.dep_ in {"ccomp", "conj"}:
                verbs.append(clause.head)
            for verb in verbs:
                pair = self._fronted_pair(verb)
                if pair is not None and clause == pair[2]:
                    return pair[0]
            if clause.dep_ not in {"xcomp", "conj"} or clause.head == clause:
                return None
            clause = clause.head
        return None

    def _fronted_pair(self, verb: Token) -> tuple[Token, Token, Token] | None:
        """"Hungary, Kallas told reporters, would block X": the parser hangs the reported
        clause's subject, fronted before the reporter and set off by commas, on the reporting
        verb (as npadvmod or dep, or as the first of two subjects, or joined to the reporter
        without "and"), and leaves the clause without a subject (a ccomp, or a second verb
        without "and"). (fronted subject, speaker, clause), or None."""
        if verb.lemma_ not in self.lex.reporting_verbs:
            return None
        doc = verb.doc
        clause = next(
            (c for c in verb.children
             if c.i > verb.i
             and (c.dep_ == "ccomp" or (
                 c.dep_ == "conj" and not any(
                     g.dep_ == "cc" and verb.i < g.i < c.i for g in verb.children)))
             and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
             and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","),
            None,
        )
        if clause is None and verb.dep_ == "parataxis" and verb.head.i > verb.i and not any(
            g.dep_ in SUBJECT_DEPS for g in verb.head.children
        ):
            clause = verb.head  # "Slovakia, Borrell said, would veto X": the clause is the root
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if clause is None or not subjects:
            return None
        speaker = subjects[-1]
        fronted = next(
            (c for c in verb.children
             if (c.dep_ in {"npadvmod", "dep"} or (c.dep_ == "nsubj" and c != speaker))
             and c.pos_ in {"PROPN", "NOUN"} and c.i < speaker.i
             and c.ent_type_ not in {"DATE", "TIME"}),
            None,
        )
        if fronted is None:
            # "Slovakia, Josep Borrell told reporters, ...": read as two subjects, no "and"
            others = [c for c in speaker.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
            if len(others) != 1 or any(c.dep_ in {"cc", "preconj"} for c in speaker.children):
                return None
            fronted, speaker = speaker, others[0]
        # the fronted phrase opens the sentence and ends with a comma (the speaker may be
        # parsed inside it)
        end = max(t.i for t in fronted.subtree if t.i < speaker.left_edge.i)
        if fronted.left_edge.i != fronted.sent.start or "," not in {doc[end].text, doc[end + 1].text}:
            return None
        return fronted, speaker, clause

    def _opposing(self, verb: Token) -> bool:
        """A verb of opposition, alone or with its particle ("reject", "vote down")."""
        words = [verb.lemma_.lower()] + [
            f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ in {"prt", "prep"}
        ]
        return any(w in self.lex.verbs and self.lex.polarity(self.lex.verbs[w]) == "oppose" for w in words)

    # targets

    def targets(
        self, trigger: Token, roots: list[Token], *, rule: str, exclude: Token | None = None
    ) -> list[Target]:
        """What the stance is about; `exclude` is a branch that is not part of it (a naming
        verb's evaluative name)."""
        skip = {t.i for t in exclude.subtree} if exclude is not None else set()
        skip |= _conjunct_tokens(trigger, roots, rule)  # targets of their own
        contrasted = stance_contrast.contrasted_tokens(trigger, roots)
        contrasted |= self._named_as(trigger, roots)  # "denounced X as theft": a name for X
        skip |= contrasted  # "rather than Y", "X over Y": set against it
        # "a deal that leaves Kyiv without guarantees": what the target lacks is not the target
        # (a party left out, "talks without Kyiv", is: the curated label says so)
        skip |= {
            t.i
            for r in roots
            for c in r.subtree
            if c != r and c.dep_ == "prep" and c.lower_ in self.lex.lacking_preps
            and not any(phrase_actors(o) for o in c.children if o.dep_ == "pobj")
            for t in c.subtree
        }
        # "insisted aid must keep flowing while talks are prepared": a clause of time or reason
        # inside the target sets its circumstances; it is not what the stance is about
        skip |= {
            t.i
            for r in roots
            for c in r.subtree
            if c.dep_ == "advcl" and c != r
            and any(m.dep_ == "mark" and m.lower_ in _CIRCUMSTANCE_MARKS for m in c.children)
            for t in c.subtree
        }
        tokens = [
            t for r in roots for t in r.subtree if t.sent == trigger.sent and t.i not in skip
        ]
        # "backed the Ukrainian plan for a ceasefire": a content preposition the parser hung on
        # the verb right after a thing's name is that thing's (`stance_targets.hung_prep`)
        # when the thing's own words name no topic ("talks with Moscow on the sidelines of the
        # summit" stay talks)
        for r in roots:
            prep = stance_targets.hung_prep(r)
            if prep is not None and not phrase_actors(r) and not any(
                phrase_actors(o) for o in prep.children if o.dep_ == "pobj"
            ) and self._topic(r, [t for t in tokens if t in r.subtree]) is None:
                tokens += [t for t in prep.subtree if t.sent == trigger.sent and t.i not in skip]
        if rule.startswith("priority:"):
            # "to give Kyiv weapons to be strong for talks": the weapons, not the purpose clause
            tokens = [t for r in roots for t in tokens if t in r.subtree and not _in_nested_clause(t, r)]
        if rule == "deontic-guarantee":
            return self._deontic_targets(trigger)
        if rule.startswith("destiny:"):
            return [self._membership_target(trigger, roots[0])]
        if rule.startswith("evaluation:") and len(roots) == 1 and not self.agreement_in(roots[0]):
            named = self._demonstrative_agreement(roots[0])
            return [named] if named is not None else []
        if rule.startswith("condition:"):
            return [t for r in roots for t in self._condition_targets(r)]
        if (
            rule.startswith(
                ("naming:", "sentiment-", "predicate-noun:", "evaluation-noun:", "adjective:")
            )
            and len(roots) == 1
            # "called that a historic shift": a demonstrative object of a naming verb too
            and (roots[0].lower_ in {"it", "this"} or (
                rule.startswith("naming:") and demonstrative_object(roots[0])
            ))
            # "called it absurd that ...": the clause is what is named, not an antecedent
            and not any(c.dep_ == "ccomp" and c.i > roots[0].i for c in trigger.children)
            # "it was unacceptable that/to ...": an extraposed clause, not an antecedent
            and not (
                rule.startswith("adjective:")
                and any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in (*trigger.children, *trigger.head.children))
            )
        ):
            # a judgement in a quote may open a paragraph: its antecedent can lie further back
            back = 1 if rule.startswith("naming:") else 2
            return self._antecedent_target(roots[0], back=back)
        if (
            rule.startswith("verb:") and len(roots) == 1 and roots[0].lower_ == "it"
            and roots[0].dep_ in {"dobj", "nsubjpass"}
        ):
            # "X presented a framework. Putin rejected it.": the object pronoun of a stance verb
            # stands for its antecedent as a naming verb's does, or for what an earlier stance
            # verb other than an opposing one was about ("X blocked the package. Y condemned
            # it": the blocking, not the package)
            return self._antecedent_target(roots[0], back=1, acted_on=True)
        if rule == "deontic-topic":
            passive = any(c.dep_ == "auxpass" for c in trigger.children)
            core = {"dobj", "attr", "xcomp", "acomp", "oprd", "dative", *SUBJECT_DEPS}
            # a passive demands something of its subject ("the root causes must be removed",
            # "frontiers must not be redrawn by force"), never of its other phrases ("should not
            # be read as a truce" demands no truce)
            preps = {"by", "to"} if passive else DEONTIC_PREPS
            if passive:
                core = {*SUBJECT_DEPS, "agent"}
            children = list(trigger.children)
            if trigger.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in children):
                # "the causes had to be removed": the subject hangs on "had"
                children += [c for c in trigger.head.children if c.dep_ in SUBJECT_DEPS]
            clause = [trigger] + [
                t
                for c in children
                if c.dep_ in core or (c.dep_ == "prep" and c.lower_ in preps)
                for t in c.subtree
                if not _in_nested_clause(t, c.head) and t.sent == trigger.sent
            ]
            # "must deter any future attack": what is countered is not what is demanded
            countered = {
                d.i for t in clause if t.lemma_.lower() in self.lex.countering_verbs
                for c in t.children if c.dep_ not in {"aux", "neg", *SUBJECT_DEPS}
                for d in c.subtree
            }
            clause = [t for t in clause if t.i not in countered]
            topic = self._topic(trigger, clause)
            return [topic] if topic else []
        if rule.startswith("retaliation:"):
            # "would respond if Russia escalated against Ukraine": the act, never its actors
            topic = self._topic(roots[0], tokens)
            if topic:
                return [topic]
            phrase = phrase_topic(roots[0], limit=self.lex.topic_max_words)
            return [Target("topic", _slug(phrase), phrase)] if phrase else []
        if rule.startswith("power:"):
            # "Russia will not have a veto over X": the veto (and whose), never X
            subj = subject_of(roots[0])
            keys = phrase_actors(subj) if subj is not None else []
            noun = trigger.lemma_.lower()
            label = f"{noun} for {self.label(keys[0])}" if keys else noun
            return [Target("topic", _slug(label), label)]
        if rule.startswith("claim-harm"):
            # what is harmed ("flouted the ceasefire terms", "undermined the talks") is what the
            # claimant defends, never what it opposes: only the agent or the means is
            harmed = {t.i for c in roots[0].children if c.dep_ in {"dobj", "nsubjpass"} for t in c.subtree}
            topic = self._topic(roots[0], [t for t in tokens if t.i not in harmed])
            if topic:
                return [topic]
            agent = subject_of(roots[0])
            return [
                self._actor_target(k) for k in (phrase_actors(agent) if agent is not None else [])
            ]
        if rule.startswith("verb:") and rule.split(":")[-1] in self.lex.text_verbs:
            # "signed Minsk II", "invoke Article 5": a known text or nothing; "the agreement
            # Britain signed in January" only says which text is meant
            if trigger.dep_ in {"relcl", "acl"}:
                return []
            # a text read from a description alone ("the 1990 treaty") is too loose a target
            loose = {a.agreement for a in self.agreement_refs if a.rule == "agreement-open-description"}
            keys = dict.fromkeys(k for r in roots for k in self.agreement_in(r) if k not in loose)
            return [Target("agreement", k, self._agreement_label(k)) for k in keys]
        # "welcomed the Paris declaration on security guarantees": an object that is itself a
        # text's name is that text, whatever guarantee its complement says it is about
        named = [
            ref.agreement for r in roots for ref in self.agreement_refs
            if ref.start <= r.idx < ref.end
        ]
        if named:
            return [Target("agreement", k, self._agreement_label(k)) for k in dict.fromkeys(named)]
        # a guarantee mentioned in the object phrase (nearest first)
        guarantee_tokens = sorted(
            (t for t in tokens if self.guarantee_at(t)), key=lambda t: abs(t.i - trigger.i)
        )
        for t in guarantee_tokens:
            topic = self._topic(t, [t, *t.children])
            gid = self.guarantee_at(t)
            if topic and not _is_guarantee_word(t):
                return [topic]
            described = self._described_guarantee(t, gid)
            if described:
                return [described]
            return [self._guarantee_target(gid, tokens)]
        # "opposed lifting sanctions before the Minsk deal was implemented": a text named only
        # in a skipped circumstance is not the target
        kept = {t.i for t in tokens}
        agreements = [k for r in roots for k in self.agreement_in(r, within=kept)]
        if agreements:
            return [
                Target("agreement", k, self._agreement_label(k)) for k in dict.fromkeys(agreements)
            ]
        heads = [k for r in roots if r.dep_ not in {"ccomp", "xcomp"} for k in phrase_actors(r)]
        if heads and not any(entity_of(r) for r in roots):
            # "the NATO membership of Georgia": a common noun named through an actor is a
            # policy when a curated topic says so
            topic = self._topic(roots[0], tokens)
            if topic:
                return [topic]
        if heads:
            return [self._actor_target(k) for k in dict.fromkeys(heads)]
        topic = self._topic(roots[0], tokens)
        if topic:
            return [topic]
        # "condemned Russia's decision": the actor whose act it is
        owners = [
            k
            for r in roots
            if r.dep_ not in {"ccomp", "xcomp"}
            for c in r.children
            if c.dep_ == "poss"
            for k in phrase_actors(c)
        ]
        if owners:
            return [self._actor_target(k) for k in dict.fromkeys(owners)]
        # "welcomed the pledges": a commitment named only by its noun
        for r in roots:
            if (
                r.pos_ == "NOUN"
                and r.lemma_ in self.lex.commitment_nouns
                and r.dep_ not in {"ccomp", "xcomp"}
            ):
                # never the branch that holds the trigger ("the plan, drawing criticism ...")
                inner = {t.i for c in r.children if trigger in c.subtree for t in c.subtree}
                words = []
                for t in r.subtree:
                    if t.i in inner and t.i > r.i:
                        break
                    if t.dep_ not in {"det", "punct", "prt"} and t.sent == trigger.sent and t.i not in inner:
                        words.append(t)
                text = self.doc[words[0].i : words[-1].i + 1].text if words else r.text
                if len(text) <= 60:
                    return [Target("topic", _slug(text), text)]
        # nothing curated: the object phrase itself names the topic
        if rule.startswith("verb:") and rule.split(":")[-1] in self.lex.curated_only:
            return []  # "sent a signal", "thanked the staff": too light a verb for a free phrase
        for r in roots:
            if r.pos_ == "ADP" and r.head == trigger and _party_ready(trigger):
                # "ready for elections after the war", "open to X": what the preposition takes
                # (a thing's readiness, "the treaty was ready for signature", is nobody's offer)
                r = next((c for c in r.children if c.dep_ in {"pobj", "pcomp"}), r)
            if r.pos_ == "VERB" and r.lemma_ in self.lex.verbs and r.lemma_ not in self.lex.text_verbs:
                obj = next((c for c in r.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
                if obj is None or (r.lemma_ not in self.lex.curated_only and r.dep_ != "xcomp"):
                    continue  # a stance verb is not itself a topic
                if r.lemma_ not in self.lex.curated_only:
                    # "refused to endorse the plan": the plan, with the polarity of the two verbs
                    # composed (`StanceExtractor._composed`); an action verb ("ready to deploy
                    # forces") names a topic with its object
                    r = obj
            if (
                r.pos_ == "VERB"
                and (r.lemma_ in self.lex.reporting_verbs or r.lemma_ in self.lex.naming_verbs)
                # "ready to continue exports": an act continued, not speech
                and not (
                    r.lemma_ in self.lex.continuation_verbs
                    and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in r.children)
                )
            ):
                continue  # a stance or speech verb is not itself a topic (an action verb is)
            if r.lemma_.lower() in self.lex.actor_like:
                continue  # "backed separatist forces": a party, not a policy
            subj = subject_of(r) if r.pos_ in {"VERB", "AUX"} else None
            inner = next((c for c in r.children if c.dep_ == "xcomp"), None)
            undone = _undone_object(r, self.lex)
            if undone is not None:
                r, subj = undone, None  # "to stop hyping the threat": the threat, reversed
            elif r.lemma_ in {"have", "need"} and inner is not None:
                r = inner  # "that the shelling had to stop": the stopping
            elif r.lemma_ in self.lex.passage_verbs and (
                dest := next(
                    (o for c in r.children if c.dep_ == "prep" and c.lower_ == "to"
                     for o in c.children
                     if o.dep_ == "pobj" and o.pos_ == "NOUN" and not phrase_actors(o)),
                    None,
                )
            ) is not None:
                r, subj = dest, None  # "going straight to a peace deal": the deal
            elif r.pos_ == "VERB" and r.is_stop and (
                obj := next((c for c in r.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
            ) is not None:
                # "that Washington had made concessions": a light verb names nothing; its object does
                r, subj = obj, None
            phrase = phrase_topic(
                r, limit=self.lex.topic_max_words, exclude=exclude or trigger, cut=contrasted
            )
            if phrase and not contrasted:
                # "welcomed the moratorium on attacks on power plants" with "on attacks" hung
                # on the verb: the moratorium's words
                phrase = stance_targets.with_hung_prep(r, phrase, limit=6)
            # a place is no party: "the Zaporizhzhia plant would remain under Russian control"
            # is about the plant
            place_subject = subj is not None and bool(phrase_actors(subj)) and all(
                getattr(self.ents.get(k), "type", None) == "Location" for k in phrase_actors(subj)
            )
            if (
                phrase
                and subj is not None
                and subj != trigger  # "readiness to talk": the stance noun is not the actor
                and (subj.pos_ == "NOUN" or place_subject)
                and (not phrase_actors(subj) or place_subject)
                and (
                    not any(c.dep_ in {"dobj", "attr", "xcomp"} for c in r.children)
                    or (place_subject and r.lemma_ in _STATE_VERBS)  # "remain part of Russia"
                )
            ):
                # "insisted that the shelling must stop": the shelling stopping, not "stop"
                what = phrase_topic(subj, limit=6 if place_subject else 4)
                if what and r.lemma_ in _STATE_VERBS and " " in phrase:
                    # "would remain under Russian control": the place in that state
                    phrase = f"{what} {phrase}"
                elif what:
                    phrase = f"{r.lemma_} {what}"
            if phrase and _slug(phrase) not in self.lex.vague_topics:
                return [Target("topic", _slug(phrase), phrase)]
        return []

    def _condition_targets(self, root: Token) -> list[Target]:
        """What a condition asks for: a noun phrase ("only after a ceasefire"), a passive clause
        as an action ("until the guns were withdrawn" -> "withdraw guns"; "only if it was
        respected" -> "respect ceasefire", the pronoun read as the noun the condition hangs on)
        or a copular state ("once a treaty was ready" -> "treaty ready"). Active clauses with
        their own agent ("until Kyiv fell") state an outcome, not a demand: none."""
        vague = self.lex.condition_vague | self.lex.vague_topics
        if root.pos_ in {"NOUN", "PROPN"}:
            if entity_of(root):
                return []  # "until Friday", "until Russia ...": no content of its own
            agreements = self.agreement_in(root)
            if agreements:
                return [Target("agreement", agreements[0], self._agreement_label(agreements[0]))]
            topic = self._topic(root, [t for t in root.subtree if t.sent == root.sent])
            if topic:
                return [topic]
            phrase = phrase_topic(root, limit=self.lex.topic_max_words)
            return [Target("topic", _slug(phrase), phrase)] if phrase and _slug(phrase) not in vague else []
        if any(c.dep_ == "expl" for c in root.children):
            # "provided there was an American backstop": what is to exist is asked for
            attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"}), None)
            return self._condition_targets(attr) if attr is not None else []
        subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and subj.pos_ == "PRON":
            subj = _condition_antecedent(root)
        obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        passive = any(c.dep_ == "auxpass" for c in root.children)
        words = frozenset(w for t in self.lex.topics for kw in t["keywords"] for w in kw.split())
        ending = _ending_condition(root, self.lex, self)
        if root.pos_ == "VERB" and not passive and (
            (obj is not None and _undoing(root, self.lex, words)) or ending
        ):
            # "only if Kyiv halted mobilisation" / "only after the shelling ended": what is
            # undone (the stance on it is flipped by the reversal or set by the trigger)
            what = subj if ending else obj
            assert what is not None
            topic = self._topic(what, [t for t in what.subtree if t.sent == what.sent])
            if topic:
                return [topic]
            phrase = phrase_topic(what, limit=self.lex.topic_max_words)
            return [Target("topic", _slug(phrase), phrase)] if phrase and _slug(phrase) not in vague else []
        supplied = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}
                         and not entity_of(c) and not phrase_actors(c)), None)
        if root.pos_ == "VERB" and not passive and supplied is not None and (
            root.lemma_.lower() in self.lex.condition_supply_verbs
        ):
            # "only if Washington provides a backstop", "if it received guarantees": whoever
            # supplies it, what is to be supplied is what the condition asks for
            topic = self._topic(supplied, [t for t in supplied.subtree if t.sent == supplied.sent])
            if topic:
                return [topic]
            phrase = phrase_topic(supplied, limit=self.lex.topic_max_words)
            return [Target("topic", _slug(phrase), phrase)] if phrase and _slug(phrase) not in vague else []
        if subj is None or subj.lemma_.lower() in vague or phrase_actors(subj):
            return []
        what = phrase_topic(subj, limit=5)
        if not what:
            return []
        if any(c.dep_ == "auxpass" for c in root.children):
            label = f"{root.lemma_.lower()} {what}"
        elif root.lemma_ == "be" and (
            state := next((c for c in root.children if c.dep_ == "acomp"), None)
        ) is not None:
            label = f"{what} {phrase_topic(state, limit=4) or state.text}"
        else:
            return []
        return [Target("topic", _slug(label), label)]

    def _demonstrative_agreement(self, noun: Token) -> Target | None:
        """ "This document failed ...", "that treaty": a demonstrative text noun stands for the
        agreement named nearest before it (this or the two previous sentences)."""
        if (
            noun.pos_ != "NOUN"
            or noun.lemma_.lower() not in self.lex.antecedent_nouns
            or not any(c.dep_ == "det" and c.lower_ in {"this", "that"} for c in noun.children)
        ):
            return None
        n = sentence_index(noun)
        sents = sentences(self.doc)
        window = [
            t for k in range(n - 2, n + 1) if 0 <= k < len(sents) for t in sents[k] if t.i < noun.i
        ]
        # the nearest agreement named before (a meeting or plan in between is not a text)
        for tok in reversed(window):
            if tok.dep_ != "compound" and tok.pos_ in {"PROPN", "NOUN"} and (
                keys := self.agreement_in(tok)
            ):
                return Target("agreement", keys[0], self._agreement_label(keys[0]))
        return None

    def _antecedent_target(
        self, pron: Token, *, back: int = 1, acted_on: bool = False
    ) -> list[Target]:
        """ "called it a step forward": what "it" stands for, the nearest noun before it (same
        or `back` previous sentences) that names an event, text or decision
        (`antecedent_nouns`), or a named agreement; with `acted_on`, also what a stance verb of
        an earlier sentence was about ("X proposed a truce. Y rejected it.")."""
        n = sentence_index(pron)
        sents = sentences(self.doc)
        window = [
            t for k in range(n - back, n + 1) if 0 <= k < len(sents) for t in sents[k] if t.i < pron.i
        ]
        for tok in reversed(window):
            if acted_on and tok.dep_ in {"dobj", "nsubjpass"} and self._opposing(tok.head):
                return []  # "X blocked the package. Y condemned it": the blocking, maybe
            if acted_on and tok.dep_ not in {"dobj", "nsubjpass", "nsubj", "attr", "appos"}:
                continue  # "Article 5 of the treaty ... we offer it": a detail, not the topic
            named_agreement = tok.pos_ == "PROPN" and tok.dep_ != "compound" and self.agreement_in(tok)
            # "X excluded the bid, and Y regards it as a provocation": in the pronoun's
            # own sentence, what an earlier stance verb was about
            same_clause_topic = (
                (tok.sent == pron.sent or (acted_on and not self._opposing(tok.head)))
                and tok.dep_ in {"dobj", "nsubjpass"} and tok.pos_ == "NOUN"
                and any(
                    phrase in self.lex.verbs
                    for phrase in (
                        tok.head.lemma_.lower(),
                        *(f"{tok.head.lemma_.lower()} {c.lower_}" for c in tok.head.children
                          if c.dep_ == "prt"),
                    )
                )
            )
            # "could give Kyiv Article 5-like protection. X called it ...": a guarantee offered
            offered = (
                self.guarantee_at(tok)
                if tok.dep_ == "dobj" and tok.head.lemma_ in self.lex.recipient_verbs
                else None
            )
            if not named_agreement and not same_clause_topic and not offered and (
                tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.lex.antecedent_nouns
            ):
                continue
            if any(a.dep_ in {"relcl", "acl", "appos"} for a in tok.ancestors):
                # "a forum set up to meet in May", "X, a nod to the treaty": a detail, not the topic
                continue
            if offered:
                return [self._guarantee_target(offered, [tok])]
            agreements = self.agreement_in(tok)
            if agreements:
                return [Target("agreement", agreements[0], self._agreement_label(agreements[0]))]
            topic = self._topic(tok, [tok, *(c for c in tok.children if c.dep_ == "compound")])
            if topic:
                return [topic]
            phrase = phrase_topic(tok, limit=4)
            return [Target("topic", _slug(phrase), phrase)] if phrase else []
        return []

    def _deontic_targets(self, verb: Token) -> list[Target]:
        clause = _clause_tokens(verb)
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None and verb.dep_ == "xcomp":
            subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        gids = [self.guarantee_at(t) for t in clause if self.guarantee_at(t)]
        sides = [c for c in verb.children if c.dep_ in {*SUBJECT_DEPS, "attr"}]
        for side in sides:
            sub = list(side.subtree)
            if phrase_actors(side) or any(self.guarantee_at(t) for t in sub):
                continue
            topic = self._topic(side, sub)
            if topic:
                return [topic]
        if subj is not None and self.guarantee_at(subj):
            described = self._described_guarantee(subj, self.guarantee_at(subj))
            if described:
                return [described]
        for t in clause:
            if self.guarantee_at(t) and not _is_guarantee_word(t):
                topic = self._topic(t, [t, *t.children])
                if topic:
                    return [topic]
        return [self._guarantee_target(gids[0], clause)] if gids else []

    def _described_guarantee(self, tok: Token, gid: str | None) -> Target | None:
        """Guarantors given by description, not name ("guarantees ought to be given by states
        that our people trust", "guarantors should be countries that ..."): a topic naming them."""
        g = self.guarantees.get(gid or "")
        if g is None:
            return None
        # a description in the clause itself says more than guarantors merged in from elsewhere
        verb = tok.head
        desc: Token | None = None
        if tok.dep_ in SUBJECT_DEPS and verb.lemma_ in {"be", "come"}:
            for c in verb.children:
                if c.dep_ == "attr" and not phrase_actors(c):
                    desc = c
                elif c.dep_ == "prep" and c.lower_ == "from":
                    desc = next(
                        (o for o in c.children if o.dep_ == "pobj" and not phrase_actors(o)), None
                    )
        if desc is None or desc.lemma_.lower() in self.lex.guarantee_role_nouns:
            return None
        if not _is_guarantee_word(tok):
            # "peacekeepers would be legitimate targets": what a force is said to be is no
            # description of who gives a guarantee
            return None
        text = doc_text(desc)
        label = "security guarantee"
        if g.beneficiary:
            label += f" for {self.label(g.beneficiary)}"
        label += f" by {text}"
        return Target("topic", GUARANTORS_PREFIX + _slug(text), label)

    def _guarantee_target(self, gid: str | None, tokens: list[Token]) -> Target:
        g = self.guarantees[gid or ""]
        parts = ["security guarantee"]
        if g.beneficiary:
            parts.append(f"for {self.label(g.beneficiary)}")
        if g.guarantors:
            names = [self.label(k) for k in g.guarantors]
            parts.append(
                "by "
                + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
            )
        if g.threat:
            parts.append(f"against {self.label(g.threat)}")
        return Target("guarantee", g.id, " ".join(parts))

    def _agreement_label(self, key: str) -> str:
        info = self.agreements.get(key)
        return info.label if info else key.replace("-", " ").title()

    def _actor_target(self, key: str) -> Target:
        return Target("actor", key, self.label(key))

    def _membership_target(self, verb: Token, body: Token) -> Target:
        """Membership of the body a destiny is placed in ("Ukraine's future lies in the
        alliance"): the curated topic for joining it, else a free label."""
        name = self.doc[body.left_edge.i : body.i + 1].text
        span = self.doc[verb.left_edge.i : verb.right_edge.i + 1]
        for topic in self.lex.topics:
            if contains_keyword(f"join {name}", topic["keywords"]):
                label = self._fill(topic, span)
                self.topic_of[_slug(label)] = topic
                return Target("topic", _slug(label), label)
        label = f"membership in {name}"
        return Target("topic", _slug(label), label)

    def _topic(self, root: Token, tokens: list[Token]) -> Target | None:
        if not tokens:
            return None
        lo = min(t.i for t in tokens)
        hi = max(t.i for t in tokens) + 1
        span = self.doc[lo:hi]
        text = span.text
        restricted = self._restricted(span)
        core = "".join(
            " " if self._in_detail(t, root, span) or t.i in restricted else t.text_with_ws
            for t in span
        )
        matching = [
            t for t in self.lex.topics
            if contains_keyword(text, t["keywords"]) and contains_keyword(core, t["keywords"])
        ]
        if not matching:
            return None
        if len(matching) > 1:
            # "German soldiers policing a ceasefire": a topic named only inside a clause that
            # describes a noun of the phrase is that noun's detail, not what the phrase is about
            outer = "".join(" " if _in_noun_clause(t, span) else t.text_with_ws for t in span)
            matching = [t for t in matching if contains_keyword(outer, t["keywords"])] or matching
        topic = matching[0]
        label = self._fill(topic, span)
        qualifier = self._exclusion(span)
        if qualifier:
            label = f"{topic['short']} {qualifier}"
        # the text's own form ("summit" read as the meeting topic) goes on the stance
        # as its target phrase; the topic node keeps one key and label across documents
        self.topic_of[_slug(label)] = topic
        return Target("topic", _slug(label), label)

    def _named_as(self, trigger: Token, roots: list[Token]) -> set[int]:
        """ "denounced the seizure of Russian assets as theft", "hailed the deal as a first
        step": the "as" phrase a judging verb's object carries is the judgement's name for it,
        no part of what is judged (judging types: `_JUDGING_TYPES`). The "as" phrase of a role
        noun names the role ("rejected any role for Britain as a guarantor", `role_nouns`), and so
        does one naming a guarantee role after any noun ("any say for X as a guarantor")."""
        if self.lex.verbs.get(trigger.lemma_.lower()) not in _JUDGING_TYPES:
            return set()
        return {
            t.i for r in roots
            if r.dep_ == "dobj" and r.pos_ == "NOUN" and r.lemma_.lower() not in self.lex.role_nouns
            for c in r.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > r.i
            and not any(self.guarantee_at(d) for d in c.subtree)
            for t in c.subtree
        }

    def _restricted(self, span: Span) -> set[int]:
        """Tokens of what a restriction noun in `span` is on ("any ban on Ukraine's membership of
        NATO"): the restriction, not that, is what the phrase is about (lexicon
        `restriction_nouns`), unless the restriction noun is a topic's own word ("a moratorium on
        strikes")."""
        out: set[int] = set()
        for t in span:
            if (
                t.pos_ == "NOUN" and t.lemma_.lower() in self.lex.restriction_nouns
                and not names_topic(t, self.lex.topics, self.topic_words)
            ):
                out |= {
                    d.i for c in t.children
                    if c.dep_ == "prep" and c.i > t.i and c.lower_ in {"on", "against", "of", "to"}
                    for d in c.subtree
                }
        return out

    def _in_detail(self, tok: Token, root: Token, span: Span) -> bool:
        """Inside a time, condition or danger around `root` ("after a ceasefire", "if attacked")
        within `span`."""
        for a in [tok, *tok.ancestors]:
            if a.i == root.i or not span.start <= a.i < span.end:
                return False
            words = self.lex.detail_connectives
            if (a.dep_ == "prep" and a.lower_ in words) or (
                a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words for c in a.children)
            ):
                return True
        return False

    def target_phrase(
        self, trigger: Token, roots: list[Token], target: Target, *, flipped: bool
    ) -> str | None:
        """The words the text used for the target ("the Alaska summit" for the meeting topic),
        kept beside the shared target node; None when the label already says them (a phrase
        that says more than the label, "ceasefire monitoring mission", is kept). After a
        reversal or a composed act ("opposes lifting sanctions", "urged X to block Y") the
        phrase is what is undone or acted on, so that it reads with the stance's polarity."""
        label = target.label.lower()
        # "called for more jets to be delivered": the words for the target are the object's,
        # not the passive act done to it
        named = [
            r for r in roots
            if not (r.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in r.children)
                    and r.dep_ in {"xcomp", "advcl"} and r.head == trigger)
        ] or roots
        root: Token | None = named[0] if len(named) == 1 else None
        if root is None:
            words = {w for w in re.findall(r"[a-z]+", label) if len(w) > 3}
            root = next(
                (
                    r for r in roots
                    if target.key in phrase_actors(r)
                    or words & {t.lower_ for t in r.subtree}
                ),
                None,
            )
        if root is None:
            return None
        passive = None if flipped or root != trigger else self._passive_phrase(root, target)
        if passive:
            return passive if passive.lower() not in label else None
        if (
            target.kind in {"actor", "guarantee"}
            or any(c.dep_ == "nsubjpass" for c in root.children)
        ):
            # the phrase of the word that names the target (the guarantee word; the subject of
            # "that pressure be kept on X", which the verb's own phrase leaves out)
            anchor = self._phrase_anchor(root, target)
            if anchor is None:
                return None
            root = anchor
        if flipped:
            acts = [
                t for t in root.subtree
                if t.pos_ in {"VERB", "NOUN"}
                and (t.lemma_.lower() in self.lex.reversal_words or t.lemma_ in self.lex.verbs)
            ]
            objs = [
                o for a in acts[:1] for c in a.children
                for o in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"]
                          if c.dep_ == "prep" else [])
            ]
            if not objs:
                return None
            root = objs[0]
        if root.pos_ == "ADP":
            # "open to talks", "open to discussing X": what the preposition takes
            root = next((c for c in root.children if c.dep_ in {"pobj", "pcomp"}), root)
        phrase = stance_targets.content_phrase(root, exclude=trigger) or phrase_topic(
            root, limit=self.lex.topic_max_words, exclude=trigger,
            # "X over Y": not Y; "denounced X as theft": not the name
            cut=stance_contrast.contrasted_tokens(trigger, roots) | self._named_as(trigger, roots),
        )
        if phrase is None and root.pos_ == "VERB" and not flipped:
            # "open to discussing everything": the act and its pronoun object say what is offered
            obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)
            phrase = f"{root.lemma_} {obj.text}" if obj is not None and obj.i == root.i + 1 else None
        if phrase and not flipped:
            # the hung phrase may fill the phrase up to the word limit ("moratorium on attacks
            # on power plants")
            room = max(4, self.lex.topic_max_words - len(phrase.split()))
            phrase = stance_targets.with_hung_prep(root, phrase, limit=room)
        if not phrase or phrase.lower() in label or (
            # the label with the rest of a list ("a ceasefire and the withdrawal of X"): each
            # conjunct is a stance of its own
            label in phrase.lower() and any(c.dep_ == "conj" for c in root.children)
        ):
            return None
        if " " not in phrase and root.pos_ in {"VERB", "AUX"}:
            return None  # a bare verb ("eliminate") says less than the label
        sent_words = {w for t in trigger.sent for w in (t.lower_, t.lemma_.lower())}
        if (
            target.kind == "topic"
            and target.key not in self.topic_of
            and set(re.findall(r"[\w-]+", label)) <= sent_words
        ):
            return None  # a label built from the sentence's own words ("observe truce")
        return phrase

    def _passive_phrase(self, verb: Token, target: Target) -> str | None:
        """ "the pledges would have to be approved by the Senate": what a passive demand asks of
        its subject, as the subject's words with the participle and its agent ("pledges approved
        by the Senate"); None when the verb is no passive or its subject names no target."""
        if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        holder = verb.head if verb.dep_ == "xcomp" else verb
        subj = next((c for c in holder.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
            return None
        anchor = subj if target.kind == "topic" and target.key not in self.topic_of else (
            self._phrase_anchor(subj, target)
        )
        if anchor is None or target.kind == "actor":
            return None
        base = phrase_topic(anchor, limit=4)
        tail = next(
            (
                f"{c.text} {words}"
                for c in verb.children
                if c.dep_ in {"agent", "prep"} and c.i > verb.i
                for o in c.children
                if o.dep_ == "pobj" and (words := phrase_topic(o, limit=5))
            ),
            "",
        )
        return f"{base} {verb.text} {tail}".strip() if base and tail else None

    def _phrase_anchor(self, root: Token, target: Target) -> Token | None:
        """The word whose phrase names the target: the guarantee word, the smallest phrase
        holding the curated topic's keyword, the object itself for an actor; None when the
        phrase would only name the actor again ("Berlin" for Germany)."""
        sub = [t for t in root.subtree if t.sent == root.sent]
        if target.kind == "guarantee":
            marked = [t for t in sub if self.guarantee_at(t)]
            # the guarantee word, else the word the guarantee was read from ("European peacekeepers")
            return next((t for t in marked if _is_guarantee_word(t)), marked[0] if marked else None)
        if target.kind == "topic" and target.key in self.topic_of:
            keywords = self.topic_of[target.key]["keywords"]
            best: Token | None = None
            for t in sub:
                if t.pos_ in {"NOUN", "PROPN", "VERB"} and contains_keyword(doc_text(t), keywords):
                    if best is None or len(list(t.subtree)) < len(list(best.subtree)):
                        best = t
            return best
        if target.kind == "actor" and (entity_of(root) or root.pos_ in {"PRON", "PROPN"}):
            return None
        return None if root.pos_ in {"VERB", "AUX"} and target.kind != "topic" else root

    def _fill(self, topic: dict[str, Any], span: Span) -> str:
        """The curated label with its slots filled from the phrase; the document's protected
        country stands in for {of} only when the phrase names nobody else in that place (a
        pronoun, "their aid", points elsewhere) and not in another role ("bordering X")."""
        labels: list[str] = list(topic.get("labels") or [topic["label"]])
        never = set(topic.get("never_fill", ()))  # the topic's own actor ("membership of NATO")
        slots: dict[str, str | None] = {"of": None, "with": None, "by": None}
        possessor = topic.get("possessor", "of")  # "Russia's invasion": the invader, {by}
        pointed = False  # an unresolved pronoun in a slot position names someone else
        named = set()
        of_preps = {"of", "for", "against", "to", "on"}
        if topic.get("place_slot"):
            of_preps |= {"in", "into", "inside"}  # "troops in Moldova": where they go
        for t in span:
            keys = [k for k in phrase_actors(t) if k not in never] if t.pos_ != "VERB" else []
            if topic.get("place_slot"):
                # a destination is a state or a place, never a person ("his rival's troops")
                keys = [k for k in keys if self._place_like(k)]
            elif topic.get("party_slot"):
                # a party, never a region ("cede the rest of Donbas": Donbas concedes nothing)
                keys = [k for k in keys if getattr(self.ents.get(k), "type", None) != "Location"]
            if not keys and t.dep_ == "pobj" and t.lemma_.lower() in self.lex.place_nouns:
                # "on Ukrainian soil", "into Polish territory": the state the demonym names
                keys = [
                    k for c in t.children
                    if c.dep_ in {"amod", "compound"} and (k := self._state_word(c))
                ]
            named.update(keys)
            if t.dep_ == "pobj" and t.head.lower_ in of_preps:
                if keys:
                    slots["of"] = slots["of"] or keys[0]
                elif t.pos_ == "PRON":
                    pointed = True
            if t.dep_ == "pobj" and t.head.lower_ == "with" and keys:
                slots["with"] = slots["with"] or keys[0]
            if t.dep_ == "pobj" and t.head.lower_ == "by" and keys:
                slots["by"] = slots["by"] or keys[0]
            if t.dep_ == "poss":
                if keys:
                    slots[possessor] = slots[possessor] or keys[0]
                elif t.pos_ == "PRON" and possessor == "of":
                    pointed = True
        if slots["of"] is None and topic.get("subject_fills"):
            # "when Ukraine is ready to join NATO": the joiner is the subject of the keyword verb
            for t in span:
                if t.pos_ == "VERB" and t.lemma_ in topic["subject_fills"]:
                    # "supported Ukraine joining NATO": the object right before the gerund
                    # joins, not the supporter
                    subj = next(
                        (c for c in t.head.children
                         if t.tag_ == "VBG" and c.dep_ == "dobj" and c.right_edge.i + 1 == t.i
                         and not any(d.dep_ in SUBJECT_DEPS for d in t.children)),
                        None,
                    ) or subject_of(t)
                    keys = [k for k in phrase_actors(subj) if k not in never] if subj else []
                    if keys:
                        slots["of"] = keys[0]
                        break
        if (
            slots["of"] is None
            and not pointed
            and self.protected not in named
            and self.protected not in never
            and topic["key"] not in {"sanctions"}
            and topic.get("fallback", True)
        ):
            slots["of"] = self.protected
        values = {k: self.label(v) for k, v in slots.items() if v}
        for label in labels:
            try:
                return label.format(**values)
            except KeyError:
                continue
        return str(topic["short"])

    def _place_like(self, key: str) -> bool:
        ent = self.ents.get(key)
        return getattr(ent, "type", None) in {"Country", "Location"}

    def _exclusion(self, span: Span) -> str | None:
        """ "talks without Russia", "discussions that did not include Moscow" -> "without Russia"."""
        for t in span:
            if t.lower_ == "without" and t.dep_ == "prep":
                keys = [k for o in t.children if o.dep_ == "pobj" for k in phrase_actors(o)]
                if keys:
                    return f"without {self.label(keys[0])}"
            if t.lemma_ in {"include", "involve"} and is_negated(t):
                keys = [k for o in t.children if o.dep_ == "dobj" for k in phrase_actors(o)]
                if keys:
                    return f"without {self.label(keys[0])}"
        return None


# ------------------------------------------------------------------ small parse helpers


def _party_ready(adj: Token) -> bool:
    """The subject of a readiness word is a party (an actor, a pronoun, a name) or absent, not a
    thing ("the treaty was ready")."""
    subj = subject_of(adj) or (subject_of(adj.head) if adj.dep_ == "acomp" else None)
    return subj is None or subj.pos_ in {"PRON", "PROPN"} or bool(phrase_actors(subj))


def _event_attribute(tok: Token) -> bool:
    """A person named inside an event noun ("Trump's summit", "the clash between A and B"): a
    party to what the noun names, not one of the people a later "the leaders" gathers."""
    top = tok
    while top.dep_ in {"compound", "flat", "conj", "appos"} and top.head != top:
        top = top.head
    if top.dep_ == "poss":
        return top.head.pos_ == "NOUN"
    return (
        top.dep_ == "pobj" and top.head.lower_ in {"between", "with", "against"}
        and top.head.head.pos_ == "NOUN"
    )


def _accused(holder: Holder, trigger: Token, ctx: _Context) -> bool:
    """`holder` is denied a disposition by someone else: a reporter who does not speak for it,
    or an unattributed complement clause ("the summit showed NATO was not interested")."""
    if holder.reported_by is not None:
        speaker = holder.reported_by
        return speaker not in ctx.spokespeople and holder.key not in ctx.offices.get(speaker, ())
    if holder.rule != "subject":
        return False
    clause = next((a for a in [trigger, *trigger.ancestors] if a.dep_ == "ccomp"), None)
    said_by = subject_of(clause.head) if clause is not None else None
    # "Russia made clear it was not ready" is Russia's own word
    return said_by is not None and said_by.pos_ != "PRON" and holder.key not in ctx.actor_keys(
        said_by
    )


def _ending_condition(root: Token, lex: StanceLexicon, ctx: _Context) -> bool:
    """A condition clause whose intransitive reversal verb ends its own subject ("until the
    shelling stopped", "only if the flow of drones ended"), unless the clause as a whole names
    a curated topic ("until the fighting stopped": a ceasefire)."""
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (
        root.pos_ == "VERB"
        and bool({root.lemma_.lower(), root.lower_} & lex.reversal_words)
        and subj is not None
        and subj.pos_ == "NOUN"
        and not phrase_actors(subj)
        and not any(c.dep_ in {"dobj", "auxpass", "nsubjpass"} for c in root.children)
        # the verb adds to what the subject names ("the fighting stopped": a ceasefire)
        and ctx._topic(root, [root, *subj.subtree]) == ctx._topic(subj, list(subj.subtree))
    )


def _terms_of_own_act(link: Token, words: tuple[str, ...], ctx: _Context) -> bool:
    """"X would join, but only with Y", "X was ready to A only in exchange for Y": the terms an
    actor sets on its own act are its demand, said or not. Only "only" + a preposition: a clause
    ("until Kyiv fell") states an outcome."""
    if words[0] != "only" or link.pos_ != "ADP" or link.dep_ not in {"prep", "conj"}:
        return False
    governor = link.head
    subj = next((c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or not ctx.actor_keys(subj):
        return False
    # a willingness or a possibility, not a report of how things went ("travelled only with
    # his aides")
    return any(
        t.lemma_.lower() in ctx.lex.readiness or (t.tag_ == "MD" and t.head == governor)
        or t.lemma_ in ctx.lex.reporting_verbs
        for t in governor.subtree if t.i < link.i
    )


def _in_noun_clause(tok: Token, span: Span) -> bool:
    """`tok` lies inside a participle, infinitive or relative clause that hangs on a noun of
    `span` ("soldiers policing a ceasefire", "troops that would monitor a truce")."""
    for a in [tok, *tok.ancestors]:
        if not span.start <= a.head.i < span.end or a.head == a:
            return False
        if a.dep_ in {"acl", "relcl"} and a.head.pos_ in {"NOUN", "PROPN"}:
            return True
    return False
