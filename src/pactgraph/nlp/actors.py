"""pg_actors: find, link and resolve every actor mention.

Passes, in order (each one general, driven by the KB and lexicon in `pactgraph/kb/`):
1. KB names and aliases (one PhraseMatcher over a case- and diacritic-folded copy of the text,
   case rules applied afterwards) and office titles ("foreign minister", "head of {} diplomacy").
2. spaCy NER spans the KB did not cover become entities of their own (cleaned of titles,
   possessives, determiners, line breaks); unknown persons join by surname within the document,
   also a lone surname the tagger left unlabelled after the full name (a transcript turn `Name: ...`).
   A KB person whose family name comes first (KB `surname`: "Wang" for Wang Yi) is that name alone.
   Names in a byline (a short verbless line opening with "By") are the article's authors.
   A KB person's full name in another transliteration ("Wolodymyr Selenskyj", "Petro
   Poroschenko") is that person, also where NER missed it, cut it or called it an organization.
3. Place names that speak for a state ("Moscow", "the Kremlin") are the state when they act and a
   Location when they are a place ("in Kyiv", "the capital Kyiv").
4. Titles resolve to the office holder on the article's date, or to the most salient compatible
   person already mentioned; a bare "the minister" (lexicon `anaphoric_titles`) to the person
   the document last introduced with that title beside a name; "Polish President Andrzej Duda" also yields an OfficeHolding.
   A title several states' offices share, with no holder mentioned, goes to the holder of the one
   such state the document names, itself or by a seat ("the prime minister" ... "Downing Street").
   A demonym before a title may have two words ("the South Korean president").
   "His Polish counterpart" (after pronouns) is the holder of the named state's office that shares
   a title, not a generic one, with an office of the owner.
   A title in the past ("then NATO's secretary general", "the 2008 US president", past narration
   in a paragraph that named an earlier year) resolves on that year, or stays unresolved; so does
   a title in a past-tense sentence dated before a handover of the office ("a year ago, the
   Italian prime minister", `pg_dates` phrases). "The incoming <title>" is the next holder.
   A bare generic title ("the premier") or a bare "the minister" after a person introduced by
   name alone is the person last named in its paragraph, within two sentences, when that person
   holds such an office on the article's date.
5. Personal pronouns resolve to the most likely recent person (subjects of speech verbs first).
   The name before "who ..." counts as that clause's subject and binds a pronoun inside it
   ("X, who said he ..."). A subject naming one unnamed person ("a pensioner", lexicon
   `unnamed_person_nouns`) stands between a pronoun and anyone named before it. A pronoun
   inside a quotation is never its speaker ('"He promised ...," X said') nor a person of an
   earlier paragraph. A person named inside a subjectless participle clause on the pronoun's
   verb ("Asked whether Putin would ..., he said") is not the pronoun. A definite subject
   described by an age ("the 47-year-old former comedian") resolves like a pronoun of any gender.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pactgraph.kb import ActorInfo, KnowledgeBase, Office, fold, load_kb
from pactgraph.nlp.dates import DateResolver
from pactgraph.nlp.util import full_text, sentence_index, sentences
from pactgraph.rdf.iris import slugify
from pactgraph.records import Entity, Mention, OfficeHolding

log = logging.getLogger("pactgraph")

_NER_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_RELATIVE_SUBJECTS = {"who", "that"}
# Determiners of a phrase for one particular person ("a soldier", "the diplomat")
_SINGLE_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "this", "that"})
_POSSESSIVE = {"'s", "’s", "'", "’"}
_NAME_LABEL = "pg_name"
_TITLE_LABEL = "pg_title"
# how far ahead "the incoming <title>" looks for the next holder
_INCOMING_DAYS = 100


@dataclass(slots=True)
class _Cand:
    """A span found in pass 1/2 before resolution."""

    start: int  # token indices
    end: int
    source: str  # kb | title | ner
    actor: ActorInfo | None = None
    title: str | None = None
    slot_qualifier: str | None = None
    ner_label: str | None = None
    text: str = ""


@dataclass(slots=True)
class _State:
    """Per-document working state."""

    doc: Doc
    date: dt.date | None
    clean_text: str | None
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    offices: list[OfficeHolding] = field(default_factory=list)
    # token index -> the Mention covering it (one per token: spans never overlap)
    by_token: dict[int, Mention] = field(default_factory=dict)


class ActorLinker:
    """Adds `doc._.pg_entities`, `doc._.pg_mentions`, `doc._.pg_offices`, `token._.pg_mention`."""

    def __init__(
        self,
        nlp: Language,
        *,
        kb: KnowledgeBase | None = None,
        pronoun_window: int = 3,
        use_ner: bool = True,
    ) -> None:
        self.kb = kb or load_kb()
        self.pronoun_window = pronoun_window
        self.use_ner = use_ner
        self._dates = DateResolver()
        lex = self.kb.lexicon
        self._speech = set(lex.get("speech_verbs", ()))
        self._agreement_heads = set(lex.get("agreement_heads", ()))
        self._place_preps = set(lex.get("place_preps", ()))
        self._motion = set(lex.get("motion_verbs", ()))
        self._place_nouns = set(lex.get("place_nouns", ()))
        self._agent_nouns = set(lex.get("agent_nouns", ()))
        self._honorifics = {fold(w) for w in lex.get("honorifics", ())}
        self._person_honorifics = {fold(w) for w in lex.get("person_honorifics", ())}
        # KB persons by surname, where only one KB person bears it ("Mr Cameron" alone in a text)
        by_surname: dict[str, set[str]] = {}
        for info in self.kb.actors.values():
            if info.type == "Person":
                by_surname.setdefault(fold(info.family_name), set()).add(info.key)
        self._kb_surnames = {s: keys.pop() for s, keys in by_surname.items() if len(keys) == 1}
        self._ner_stop = {fold(w) for w in lex.get("ner_stopwords", ())}
        self._weapons = {fold(w) for w in lex.get("weapon_names", ())}
        self._materiel = {fold(w) for w in lex.get("materiel_nouns", ())}
        self._bylines = [tuple(c.split()) for c in lex.get("byline_cues", ())]
        self._common = {fold(w) for w in lex.get("common_words", ())}
        self._pronouns: dict[str, str] = dict(lex.get("pronouns", {}))
        self._generic_titles = set(lex.get("generic_titles", ()))
        self._anaphoric_titles = set(lex.get("anaphoric_titles", ()))
        self._org_subtypes: dict[str, list[str]] = lex.get("org_subtypes", {})
        self._definite: dict[str, str] = dict(lex.get("definite_descriptions", {}))
        self._definite_blockers = set(lex.get("definite_blockers", ()))
        self._representative = set(lex.get("representative_nouns", ()))
        self._person_titles = set(lex.get("person_titles", ()))
        self._group_pronouns = set(lex.get("group_pronouns", ()))
        self._unnamed_people = set(lex.get("unnamed_person_nouns", ()))
        self._person_noun_gender: dict[str, str] = dict(lex.get("gendered_person_nouns", {}))
        self._group_subtypes = set(lex.get("group_subtypes", ()))
        self._group_keys = set(lex.get("group_keys", ()))
        self._group_descriptions: list[dict] = list(lex.get("group_descriptions", ()))

        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._surfaces: dict[str, tuple[ActorInfo, set[str]]] = {}
        for surface, info, _is_label in self.kb.names():
            key = fold(surface)
            entry = self._surfaces.setdefault(key, (info, set()))
            if entry[0].key == info.key:
                entry[1].add(surface)
        self.matcher.add(
            _NAME_LABEL,
            [_folded_pattern(nlp, surface) for _, surfaces in self._surfaces.values()
             for surface in surfaces],
        )

        # Title phrases; "{}" slots are expanded once per demonym so matching stays one pass.
        self.title_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._title_of: dict[str, tuple[str, str | None]] = {}
        surfaces: list[str] = []
        for title in self.kb.titles():
            if "{}" in title:
                for demonym, key in self.kb.demonyms():
                    surfaces.append(title.replace("{}", demonym))
                    self._title_of[fold(surfaces[-1])] = (title, key)
            else:
                surfaces.append(title)
                self._title_of[fold(title)] = (title, None)
        self.title_matcher.add(_TITLE_LABEL, [_folded_pattern(nlp, t) for t in surfaces])

    # ------------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.pg_article
        state = _State(
            doc=doc,
            date=getattr(article, "date", None),
            clean_text=getattr(article, "clean_text", None),
        )
        sentences(doc)
        folded = Doc(
            doc.vocab,
            words=[fold(t.text) for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
        )
        cands = self._kb_candidates(doc, folded) + self._title_candidates(doc, folded)
        cands = self._select(doc, cands)
        if self.use_ner:
            cands = self._add_ner(doc, cands, getattr(article, "source", None))
        cands = self._spelled_persons(doc, cands)
        cands = _speaker_label_names(doc, cands)
        cands.sort(key=lambda c: c.start)

        qualifier_tokens = self._qualifier_positions(doc, cands)
        self._link_names(state, cands, qualifier_tokens)
        self._link_definite(state)
        self._link_group_descriptions(state)
        self._link_titles(state, cands)
        self._link_bare_titles(state)
        self._link_demonym_coordinations(state)
        self._link_age_descriptions(state)
        self._link_pronouns(state)
        self._link_counterparts(state)
        self._link_group_pronouns(state)

        state.mentions.sort(key=lambda m: (m.start, m.end))
        doc._.pg_entities = state.entities
        doc._.pg_mentions = state.mentions
        doc._.pg_offices = state.offices
        for m in state.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    tok._.pg_mention = m
        return doc

    # -- pass 1: candidates --------------------------------------------------------------------
    def _kb_candidates(self, doc: Doc, folded: Doc) -> list[_Cand]:
        out: list[_Cand] = []
        for _, start, end in self.matcher(folded):
            key = folded[start:end].text
            entry = self._surfaces.get(key)
            if entry is None:
                continue
            info, originals = entry
            span = doc[start:end]
            if not self._case_ok(span.text, info, originals, key):
                continue
            out.append(_Cand(start, end, "kb", actor=info, text=span.text))
        return out

    def _case_ok(self, text: str, info: ActorInfo, originals: set[str], key: str) -> bool:
        if text in originals:
            return True
        if any(o.replace(".", "").isupper() and len(o.replace(".", "")) <= 3 for o in originals):
            return text in originals  # "US" vs "us", "UN" vs "un"
        if text == text.lower():
            # Lowercase place names appear in sloppy text ("in kyiv"); lowercase person or
            # organization names are almost always ordinary words ("alliance", "store").
            return info.type in ("Country", "Location") and key not in self._common
        return text[0].isupper() or text[0].isdigit() or not text[0].isalpha()

    def _title_candidates(self, doc: Doc, folded: Doc) -> list[_Cand]:
        out: list[_Cand] = []
        for _, start, end in self.title_matcher(folded):
            title, slot = self._title_of[folded[start:end].text]
            last = doc[end - 1]
            if last.tag_ in ("NNS", "NNPS"):
                continue
            out.append(_Cand(start, end, "title", title=title, slot_qualifier=slot,
                             text=doc[start:end].text))
        return out

    @staticmethod
    def _select(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
        """Longest match wins; on a tie a name beats a title."""
        spans = []
        for n, c in enumerate(cands):
            spans.append(Span(doc, c.start, c.end, label=str(n)))
        kept = filter_spans(spans)
        return [cands[int(s.label_)] for s in kept]

    # -- pass 2: NER ---------------------------------------------------------------------------
    def _add_ner(self, doc: Doc, cands: list[_Cand], source: str | None) -> list[_Cand]:
        taken = {i for c in cands for i in range(c.start, c.end)}
        by_start = {c.start: c for c in cands}
        out = list(cands)
        for ent in doc.ents:
            if ent.label_ not in _NER_LABELS:
                continue
            for piece in self._clean_ner(ent):
                covered = [i for i in range(piece.start, piece.end) if i in taken]
                if covered:
                    # A media name that contains a place ("The Kyiv Gazette") keeps the whole
                    # span; otherwise the KB match wins.
                    inner = by_start.get(covered[0])
                    if (
                        ent.label_ == "ORG"
                        and inner is not None
                        and inner.actor is not None
                        and inner.actor.type == "Location"
                        and len(covered) == inner.end - inner.start
                        and piece.end - piece.start > len(covered)
                        and doc[piece.end - 1].text[:1].isupper()
                    ):
                        out.remove(inner)
                        taken.difference_update(range(inner.start, inner.end))
                    else:
                        continue
                if self._ner_rejected(piece, source):
                    continue
                info = self.kb.lookup(piece.text)
                if info is not None:
                    out.append(_Cand(piece.start, piece.end, "kb", actor=info, text=piece.text))
                else:
                    label = ent.label_
                    if piece.start > 0 and fold(doc[piece.start - 1].text) in self._person_honorifics:
                        label = "PERSON"  # "Lord Cameron", "Mr Rutte": NER may say ORG
                    out.append(_Cand(piece.start, piece.end, "ner", ner_label=label,
                                     text=piece.text))
                taken.update(range(piece.start, piece.end))
        return out

    def _spelled_persons(self, doc: Doc, cands: list[_Cand]) -> list[_Cand]:
        """`cands` with KB persons written in another transliteration that NER missed or cut
        ("Wolodymyr Selenskyj"): a run of two or three capitalised proper nouns outside any KB
        match, spelled like one KB person's full name, replaces the NER guesses inside it."""
        taken = {i for c in cands if c.source != "ner" for i in range(c.start, c.end)}
        out = list(cands)
        i = 0
        while i < len(doc):
            for n in (3, 2):
                span = doc[i : i + n]
                if len(span) < n or any(
                    t.i in taken or t.pos_ != "PROPN" or not t.is_title for t in span
                ):
                    continue
                info = self.kb.person_by_spelling(span.text)
                if info is None:
                    continue
                out = [c for c in out if not (c.start < span.end and span.start < c.end)]
                out.append(_Cand(span.start, span.end, "kb", actor=info, text=span.text))
                i += n - 1
                break
            i += 1
        return out

    def _clean_ner(self, ent: Span) -> list[Span]:
        doc = ent.doc
        pieces: list[Span] = []
        start = ent.start
        for i in range(ent.start, ent.end + 1):
            if i == ent.end or "\n" in doc[i].text or "\n" in doc[i].whitespace_:
                end = i + 1 if i < ent.end and "\n" not in doc[i].text else i
                pieces.append(doc[start:end])
                start = i + 1
        cleaned = []
        for span in pieces:
            s, e = span.start, span.end
            while s < e and (
                doc[s].lower_ in ("the", "a", "an")
                or fold(doc[s].text) in self._honorifics
                or (ent.label_ == "PERSON" and self.kb.demonym(doc[s].text))
                or not doc[s].text[:1].isalnum()
            ):
                s += 1
            while e > s and (doc[e - 1].text in _POSSESSIVE or not doc[e - 1].text[:1].isalnum()):
                e -= 1
            if e > s:
                cleaned.append(doc[s:e])
        return cleaned

    def _ner_rejected(self, span: Span, source: str | None) -> bool:
        text = span.text
        if not any(c.isupper() for c in text):
            return True
        if len(span) == 1 and fold(text) in self._ner_stop:
            return True
        if fold(text) in self._weapons:
            return True  # "Patriot", "HIMARS": weapon systems, not actors
        doc = span.doc
        if span.end < len(doc) and fold(doc[span.end].text) in self._materiel:
            return True  # "IRIS-T systems", "Leopard tanks": a product's name
        if self.kb.demonym(text) or self.kb.demonym(text.rstrip("s")):
            return True
        if source and fold(text) == fold(source):
            return True
        for cue in self._bylines:
            n = len(cue)
            if span.start >= n and tuple(t.lower_ for t in doc[span.start - n : span.start]) == cue:
                return True
        if _in_byline(span):
            return True
        if doc[span.end - 1].lower_ in self._agreement_heads:
            return True  # "the Budapest Memorandum": an agreement, not an actor
        if span.end < len(doc) and doc[span.end].lower_ in self._agreement_heads:
            return True
        return False

    # -- pass 3: names, NER entities, metonyms --------------------------------------------------
    def _qualifier_positions(self, doc: Doc, cands: list[_Cand]) -> dict[int, _Cand]:
        """Name candidates that qualify a following title ("NATO chief", "Russia's top diplomat"),
        keyed by their start token: such place names act for their state."""
        ends = {c.end: c for c in cands if c.source in ("kb", "ner")}
        out: dict[int, _Cand] = {}
        for c in cands:
            if c.source != "title":
                continue
            i = c.start
            if i > 0 and doc[i - 1].text in _POSSESSIVE:
                i -= 1
            q = ends.get(i)
            if q is not None:
                out[q.start] = q
        return out

    def _link_names(self, state: _State, cands: list[_Cand], qualifiers: dict[int, _Cand]) -> None:
        doc = state.doc
        persons: dict[str, str] = {}  # folded surname -> person key (KB persons in this doc)
        ner_persons = [c for c in cands if c.source == "ner" and c.ner_label == "PERSON"]
        for c in cands:
            if c.source == "kb" and c.actor and c.actor.type == "Person":
                persons.setdefault(fold(c.actor.family_name), c.actor.key)
        # Unknown persons: full names define the entity; a lone surname joins the full name.
        full_by_surname: dict[str, str] = {}
        for c in ner_persons:
            words = c.text.split()
            if len(words) >= 2:
                surname = fold(words[-1])
                current = full_by_surname.get(surname)
                if current is None or len(c.text) > len(current):
                    full_by_surname[surname] = c.text

        for c in cands:
            if c.source == "title":
                continue
            span = doc[c.start : c.end]
            if c.source == "kb":
                assert c.actor is not None
                info = c.actor
                if info.type == "Location":
                    if self._before_agreement_word(span):
                        continue
                    if info.speaks_for and (c.start in qualifiers or not self._is_place(span)):
                        target = self.kb.actors[info.speaks_for]
                        self._add(state, span, target.entity(), kind="metonym", conf=0.8,
                                  rule="kb-metonym")
                        continue
                kind = "name" if fold(span.text) in (fold(info.label), "the " + fold(info.label)) else "alias"
                self._add(state, span, info.entity(), kind=kind, conf=1.0 if kind == "name" else 0.95,
                          rule="kb")
                continue
            # NER
            label = c.ner_label
            text = " ".join(span.text.split())
            if text.isupper() and len(text) > 4:
                text = text.title()
            words = text.split()
            if len(words) == 1 and label != "PERSON" and fold(text) in full_by_surname:
                label = "PERSON"  # "Doerfler" tagged ORG after "Jane Doerfler"
            if len(words) == 1 and label != "PERSON" and (
                fold(text) in persons or self._spelling_variant(words, persons)
            ):
                label = "PERSON"  # "Lawrow" tagged ORG beside "Sergei Lavrov"
            if len(words) >= 2 and label != "PERSON" and self.kb.person_by_spelling(text):
                label = "PERSON"  # "Petro Poroschenko" tagged ORG: a KB person's full name
            if label == "PERSON":
                if len(words) == 1 and fold(words[0]) in persons:
                    info = self.kb.actors[persons[fold(words[0])]]
                    self._add(state, span, info.entity(), kind="alias", conf=0.85,
                              rule="kb-surname")
                    continue
                if (variant := self._spelling_variant(words, persons)) is not None:
                    self._add(state, span, variant.entity(), kind="alias", conf=0.8,
                              rule="kb-spelling")
                    continue
                only = self._kb_surnames.get(fold(words[0])) if len(words) == 1 else None
                if (
                    only is not None
                    and fold(words[0]) not in full_by_surname
                    and state.date is not None
                    and self.kb.offices_of(only, on=state.date)
                ):
                    # the surname of one KB person only, in office on the article's date, and
                    # no full name in the document ("Mr Cameron" in 2016)
                    self._add(state, span, self.kb.actors[only].entity(), kind="alias", conf=0.75,
                              rule="kb-surname-unique")
                    continue
                full = full_by_surname.get(fold(words[-1]), text)
                if len(words) >= 2 and fold(full) != fold(text) and not fold(full).endswith(fold(text)):
                    full = text
                if full.isupper():
                    full = full.title()  # a name known only from capitals ("MIHAI POPSOI:")
                ent = Entity(key=slugify(full), label=full, type="Person", in_kb=False)
                self._add(state, span, ent, kind="ner", conf=0.7, rule="ner-person")
            elif label == "ORG":
                acronym_of = self._acronym_owner(state, span)
                if acronym_of is not None:
                    self._add(state, span, acronym_of, kind="alias", conf=0.7, rule="ner-acronym")
                    continue
                ent = Entity(key=slugify(text), label=text, type="Organization",
                             subtype=self._org_subtype(span, text), in_kb=False)
                self._add(state, span, ent, kind="ner", conf=0.7, rule="ner-org")
            elif label == "GPE":
                type_ = "Location" if self._is_place(span) or not self._acts(span) else "Country"
                ent = Entity(key=slugify(text), label=text, type=type_, in_kb=False)
                self._add(state, span, ent, kind="ner", conf=0.6, rule="ner-gpe")
            else:
                ent = Entity(key=slugify(text), label=text, type="Location", in_kb=False)
                self._add(state, span, ent, kind="ner", conf=0.6, rule="ner-location")
        self._untagged_surnames(state, full_by_surname)

    def _untagged_surnames(self, state: _State, full_by_surname: dict[str, str]) -> None:
        """A lone surname the tagger left unlabelled ("Pevkur: We are ready ...", a transcript
        turn) is the person whose full name the document gave before it."""
        doc = state.doc
        for tok in doc:
            full = full_by_surname.get(fold(tok.text))
            if (
                full is None
                or tok.i in state.by_token
                or not (tok.is_title or tok.is_upper)
                or tok.pos_ not in {"PROPN", "NOUN"}  # "Pevkur:" may be read as a noun
                or (tok.i > 0 and doc[tok.i - 1].lower_ == "the")
                or tok.dep_ == "compound"  # "a Marshall Plan": a name in a thing's name
                or not any(
                    m.entity == slugify(full) and m.start < tok.idx for m in state.mentions
                )
            ):
                continue
            ent = Entity(key=slugify(full), label=full, type="Person", in_kb=False)
            self._add(state, doc[tok.i : tok.i + 1], ent, kind="ner", conf=0.65,
                      rule="untagged-surname")

    def _spelling_variant(self, words: list[str], persons: dict[str, str]) -> ActorInfo | None:
        """A KB person named in another transliteration: a full name spelled like one of the
        KB's ("Wolodymyr Selenskyj"), or a lone surname spelled like that of a KB person the
        document names ("Lawrow" beside "Sergei Lavrov")."""
        if len(words) >= 2:
            return self.kb.person_by_spelling(" ".join(words))
        key = self.kb.spelling(words[0])
        found = {k for surname, k in persons.items() if self.kb.spelling(surname) == key}
        return self.kb.actors[found.pop()] if len(found) == 1 else None

    def _link_definite(self, state: _State) -> None:
        """"the alliance" -> NATO when NATO is named in the document or the alliance owns
        something ("the alliance's mutual defence clause")."""
        doc = state.doc
        for i, tok in enumerate(doc):
            key = self._definite.get(tok.text)  # lowercase only: "Alliance" is matched as a name
            if key is None or i == 0 or doc[i - 1].lower_ != "the" or i in state.by_token:
                continue
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in self._definite_blockers:
                continue
            owns = nxt is not None and nxt.text in _POSSESSIVE
            if not owns and key not in state.entities:
                continue
            info = self.kb.actors[key]
            self._add(state, doc[i - 1 : i + 1], info.entity(), kind="alias", conf=0.7,
                      rule="definite-description")

    def _before_agreement_word(self, span: Span) -> bool:
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        return nxt is not None and nxt.lower_ in self._agreement_heads

    def _is_place(self, span: Span) -> bool:
        """Is this place name used as a place (not as the actor it stands for)?"""
        doc = span.doc
        root = span.root
        first = doc[span.start]
        if span.text.isupper() and len(span.text) > 3 and (
            first.i == 0 or "\n" in doc[first.i - 1].text or "\n" in doc[first.i - 1].whitespace_
        ):
            return True  # dateline "KYIV, Ukraine"
        if any(ch.lemma_.lower() in self._place_nouns for ch in root.children if ch.dep_ in ("compound", "amod", "appos")):
            return True
        if span.start > 0 and doc[span.start - 1].lemma_.lower() in self._place_nouns:
            return True  # "the capital Kyiv", even when the parser attaches it elsewhere
        tok = root
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        dep, head = tok.dep_, tok.head
        if dep in ("compound", "nmod", "amod") and head.pos_ in ("NOUN", "PROPN"):
            return head.lemma_.lower() not in self._agent_nouns
        if dep == "appos" and head.lemma_.lower() in self._place_nouns:
            return True
        if dep == "pobj":
            prep = head.lower_
            if prep in self._place_preps:
                return True
            if prep == "of" and head.head.lemma_.lower() in self._place_nouns:
                return True  # "the city of Kyiv"
            if prep in ("to", "from", "toward", "towards") and head.head.lemma_.lower() in self._motion:
                return True
        if dep == "dobj" and head.lemma_.lower() in self._motion:
            return True
        return False

    def _acts(self, span: Span) -> bool:
        """Does an unknown place name act as a state? Subject, possessor ("X's position"),
        agent, modifier of an agent noun ("X government") or owner of one ("the president of X")."""
        root = span.root
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        if root.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
            return True
        if span.end < len(span.doc) and span.doc[span.end].text in _POSSESSIVE:
            return True
        head = root.head
        if root.dep_ in ("compound", "nmod") and head.lemma_.lower() in self._agent_nouns:
            return True
        if root.dep_ == "pobj" and head.lower_ in ("of", "by"):
            return head.lower_ == "by" or head.head.lemma_.lower() in self._agent_nouns | self._representative
        return False

    def _acronym_owner(self, state: _State, span: Span) -> Entity | None:
        """"(HAS)" right after a name is that name's acronym."""
        doc = span.doc
        if not (span.text.isupper() and span.start >= 2 and doc[span.start - 1].text == "("):
            return None
        prev = state.by_token.get(span.start - 2)
        return state.entities.get(prev.entity) if prev else None

    def _org_subtype(self, span: Span, text: str) -> str | None:
        words = " " + fold(text) + " "
        doc = span.doc
        context = []
        if span.start > 0:
            context.append(doc[span.start - 1].lemma_.lower())
        root = span.root
        if root.dep_ in ("appos", "compound"):
            context.append(root.head.lemma_.lower())
        context += [ch.lemma_.lower() for ch in root.children if ch.dep_ == "appos"]
        for subtype, cues in self._org_subtypes.items():
            for cue in cues:
                if f" {cue} " in words or cue in context:
                    return subtype
        return None

    def _link_group_descriptions(self, state: _State) -> None:
        """"the coalition of countries ready to ..." -> the KB's group (lexicon
        `group_descriptions`): the head, "of", a member noun and a cue soon after."""
        doc = state.doc
        for desc in self._group_descriptions:
            info = self.kb.get(str(desc.get("actor")))
            if info is None:
                continue
            heads, members = set(desc.get("heads", ())), set(desc.get("members", ()))
            cues = set(desc.get("cues", ()))
            for i in range(1, len(doc) - 2):
                if not (doc[i].lower_ in heads and doc[i - 1].lower_ == "the"
                        and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in members):
                    continue
                after = doc[i + 3 : i + 7]
                if not any(t.lower_ in cues or t.lemma_.lower() in cues for t in after):
                    continue
                self._add(state, doc[i - 1 : i + 3], info.entity(), kind="alias", conf=0.7,
                          rule="group-description")

    def _link_demonym_coordinations(self, state: _State) -> None:
        """"the French and German leaders" -> each state, or its office holder on the article's
        date when the head is a title the KB knows ("leaders" -> Macron, Merz)."""
        doc = state.doc
        for head in doc:
            if head.tag_ not in ("NNS", "NNPS") or head.lemma_.lower() not in self._representative:
                continue
            demonyms: list[tuple[Token, str]] = []
            title_words: list[str] = []
            for ch in head.children:
                if ch.dep_ not in ("amod", "compound", "nmod") or ch.i > head.i:
                    continue
                group = [ch, *[c for c in ch.subtree if c.dep_ == "conj"]]
                found = [(t, self.kb.demonym(t.text)) for t in group if t.text[:1].isupper()]
                found = [(t, k) for t, k in found if k and self.kb.actors[k].type == "Country"]
                if found:
                    demonyms.extend(found)
                elif ch.i == head.i - 1 or (title_words and ch.i < head.i):
                    title_words.append(ch.lower_)
            if len(demonyms) < 2:
                continue  # precision first: a lone "British officials" stays a modifier
            title = " ".join([*title_words[-1:], head.lemma_.lower()])
            for tok, key in demonyms:
                if tok.i in state.by_token:
                    continue
                person = self._holder(key, title, state.date) if title in self._person_titles else None
                span = doc[tok.i : tok.i + 1]
                if person is not None:
                    self._add(state, span, self.kb.actors[person].entity(), kind="title",
                              conf=0.75, rule="demonym-coordination-title")
                else:
                    self._add(state, span, self.kb.actors[key].entity(), kind="alias",
                              conf=0.8, rule="demonym-coordination")

    def _holder(self, state_key: str, title: str, date: dt.date | None) -> str | None:
        """The single person holding an office of `state_key` named `title` on `date`."""
        if date is None:
            return None
        holders = {p for o in self.kb.offices_with_title(title, state_key)
                   for p in self.kb.holders(o.key, on=date)}
        return holders.pop() if len(holders) == 1 else None

    # -- pass 4: titles ------------------------------------------------------------------------
    def _link_titles(self, state: _State, cands: list[_Cand]) -> None:
        doc = state.doc
        for c in cands:
            if c.source != "title":
                continue
            assert c.title is not None
            qualifier, q_start = self._title_qualifier(state, c)
            suffix_end = c.end
            if qualifier is None:
                qualifier, suffix_end = self._title_suffix(state, c)
            elif c.end + 1 < len(doc) and doc[c.end].lower_ == "of":
                suffix_end = c.end  # "NATO chief of staff": leave as is
            offices = self.kb.offices_with_title(c.title, qualifier)
            if qualifier is not None and not offices:
                continue
            if qualifier is None and c.end < len(doc) and doc[c.end].lower_ == "of":
                continue  # "head of the delegation": not an office we know
            named = self._named_person(state, c, suffix_end)
            span = doc[c.start : c.end]
            if named is not None:
                person, name_start, name_end = named
                office = self._pick_office(person, offices, state.date, c.title)
                self._add(state, span, state.entities[person], kind="title", conf=0.9,
                          rule="title-name")
                if office is not None:
                    lo = min(q_start if q_start is not None else c.start, c.start, name_start)
                    hi = max(name_end, suffix_end)
                    self._add_holding(state, person, office, doc[lo:hi])
                continue
            if qualifier is None and c.title in self._generic_titles:
                # "Slovak Prime Minister Robert Fico ... The premier, however, ...": a bare
                # generic title is only the person just mentioned who holds it, if any
                if c.start > 0 and doc[c.start - 1].lower_ == "the" and (
                    person := self._recent_holder(state, c.start, lambda o, t=c.title: t in o.titles)
                ):
                    self._add(state, span, state.entities[person], kind="title", conf=0.6,
                              rule="title-recent-holder")
                continue
            # "the former Dutch prime minister": "former" may stand before the qualifier
            lead = min(c.start, q_start) if q_start is not None else c.start
            if lead > 0 and doc[lead - 1].lower_ in {"former", "ex"}:
                # "the former president": someone who held it before the article's date
                resolved = self._resolve_former(state, c, qualifier)
                if resolved is not None:
                    info = self.kb.actors[resolved]
                    self._add(state, span, info.entity(), kind="title", conf=0.7,
                              rule="title-former")
                continue
            if lead > 0 and doc[lead - 1].lower_ == "incoming" and state.date is not None:
                # "the incoming US president": whoever holds it a few months on, when that is
                # someone else than today's holder; else nobody we can tell
                soon = state.date + dt.timedelta(days=_INCOMING_DAYS)
                now = {p for o in offices for p in self.kb.holders(o.key, on=state.date)}
                coming = {p for o in offices for p in self.kb.holders(o.key, on=soon)} - now
                if len(coming) == 1:
                    info = self.kb.actors[coming.pop()]
                    self._add(state, span, info.entity(), kind="title", conf=0.7, rule="title-incoming")
                continue
            past = self._past_reference(state, c, lead)
            if past is None:
                past = self._shifted_date(state, c, offices)
            if past is not None:
                # "the then US president", "the 2008 US president": the holder at that time
                # (a year in the sentence), never today's; no year -> leave it unresolved.
                holders = [p for o in offices for p in self.kb.holders(o.key, on=past)] if past else []
                if len(set(holders)) == 1:
                    info = self.kb.actors[holders[0]]
                    self._add(state, span, info.entity(), kind="title", conf=0.7, rule="title-office-then")
                continue
            resolved = self._resolve_title(state, c, offices)
            if resolved is None:
                continue
            person, conf, rule = resolved
            info = self.kb.actors[person]
            self._add(state, span, info.entity(), kind="title", conf=conf, rule=rule)

    def _link_bare_titles(self, state: _State) -> None:
        """"The minister dismissed ...": a bare title (lexicon `anaphoric_titles`, "the" and no
        qualifier) is the person the document last introduced with a title of that head word
        ("Ukraine's foreign minister Dmytro Kuleba", "Hanno Pevkur, Estonia's defence minister")."""
        doc = state.doc
        introduced: list[tuple[int, str]] = []  # (title token, person) in text order
        for tok in doc:
            word = tok.lower_
            if word not in self._anaphoric_titles or tok.tag_ not in ("NN", "NNP"):
                continue
            person = self._titled_person(state, tok)
            if person is not None:
                introduced.append((tok.i, person))
                continue
            if (
                tok.i == 0
                or doc[tok.i - 1].lower_ != "the"
                or tok.i in state.by_token
                or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"of", "for", "general"})
            ):
                continue
            if not introduced:
                # "Andrii Sybiha spoke in Antalya. ... the minister rejected": introduced by name
                # alone, the person just mentioned whose office has a title with that word
                person = self._recent_holder(
                    state, tok.i, lambda o, w=word: any(w in t.split() for t in o.titles)
                )
                if person is not None:
                    self._add(state, doc[tok.i - 1 : tok.i + 1], state.entities[person],
                              kind="title", conf=0.55, rule="title-recent-holder")
                continue
            self._add(state, doc[tok.i - 1 : tok.i + 1], state.entities[introduced[-1][1]],
                      kind="title", conf=0.6, rule="title-anaphor")

    def _recent_holder(self, state: _State, at: int, fits: Callable[[Office], bool], *,
                       back: int = 2) -> str | None:
        """The person last named (not by a title) in the paragraph of token `at`, in its sentence
        or the `back` before it, who holds on the article's date an office that `fits`; None
        when another person was named after that one (the title cannot tell them apart)."""
        if state.date is None:
            return None
        doc = state.doc
        seg = self._segments(doc)
        start = doc[at].idx
        paragraph = _paragraph_start(full_text(doc), start)
        people = [
            m for m in sorted(state.mentions, key=lambda m: m.start)
            if paragraph <= m.start < start and m.kind != "title"
            and seg[at] - seg[doc.char_span(m.start, m.end, alignment_mode="expand").root.i] <= back
            and state.entities[m.entity].type == "Person"
        ]
        if not people:
            return None
        last = people[-1].entity
        if any(fits(o) for o in self.kb.offices_of(last, on=state.date)):
            return last
        return None

    @staticmethod
    def _titled_person(state: _State, title: Token) -> str | None:
        """The person a title word is attached to by the parse ("foreign minister Dmytro
        Kuleba", "Kuleba, the foreign minister", "Estonia's defence minister, Hanno Pevkur")."""
        near = [title.head, *title.children] if title.dep_ in ("compound", "appos") or any(
            c.dep_ == "appos" for c in title.children
        ) else []
        if title.dep_ == "compound":
            near = [title.head]
        for t in near:
            m = state.by_token.get(t.i)
            if m is not None and state.entities[m.entity].type == "Person" and m.kind != "title":
                return m.entity
        return None

    def _past_reference(self, state: _State, c: _Cand, lead: int) -> dt.date | None | Literal[False]:
        """None when the title refers to the article's time; else the date it refers to
        ("then" or a year before the title: the year in the sentence, mid-year), or False
        when it is past but no year is given."""
        doc = state.doc
        prev = doc[lead - 1] if lead > doc[lead].sent.start else None
        years = [prev] if prev is not None and len(prev.text) == 4 and prev.text.isdigit() else []
        if prev is None or prev.lower_ != "then" and not years:
            return self._narrative_date(state, c)
        if not years:
            years = [t for t in doc[lead].sent if t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")]
        if not years:
            return False
        day = dt.date(int(years[0].text), 7, 1)
        if state.date is not None and day.year >= state.date.year:
            return None
        return day

    def _shifted_date(self, state: _State, c: _Cand, offices: list[Office]) -> dt.date | None:
        """A past event date the title's own sentence names ("a year ago", "last month", "on
        3 May") when the office changed hands between it and the article's date: the title in a
        past-tense sentence is the holder of that day."""
        doc = state.doc
        sent = doc[c.start].sent
        if state.date is None or doc[c.end - 1].head.tag_ not in ("VBD", "VBN"):
            return None
        day = self._dates.resolve(sent.text, state.date)
        if day is None or day >= state.date:
            return None
        then = {p for o in offices for p in self.kb.holders(o.key, on=day)}
        now = {p for o in offices for p in self.kb.holders(o.key, on=state.date)}
        return day if then and then != now else None

    def _narrative_date(self, state: _State, c: _Cand) -> dt.date | None:
        """A past-tense sentence in a paragraph that set a past year ("In April 2008, ...
        the US president had told"): the title refers to that year (the last one named)."""
        doc = state.doc
        sent = doc[c.start].sent
        # the narration outside any quotation must be in the past
        narration = [t for t in sent if not _in_quotes(t)]
        if state.date is None or doc[c.end - 1].head.tag_ not in ("VBD", "VBN") or any(
            t.tag_ in ("VBZ", "VBP") or t.lower_ in ("will", "now", "today") for t in narration
        ):
            return None
        para_start = full_text(doc).rfind("\n", 0, sent.start_char) + 1
        years = re.findall(r"\b(19[5-9]\d|20\d\d)\b", full_text(doc)[para_start : sent.start_char])
        if not years or int(years[-1]) >= state.date.year:
            return None
        return dt.date(int(years[-1]), 7, 1)

    def _title_qualifier(self, state: _State, c: _Cand) -> tuple[str | None, int | None]:
        """The state or body named just before a title: demonym, name, possessive or slot."""
        if c.slot_qualifier:
            return c.slot_qualifier, c.start
        doc = state.doc
        i = c.start - 1
        if i >= 0 and doc[i].text in _POSSESSIVE:
            i -= 1
        if i < 0:
            return None, None
        m = state.by_token.get(i)
        if m is not None:
            ent = state.entities.get(m.entity)
            if ent is not None and ent.type in ("Country", "Organization", "Location"):
                return ent.key, doc.char_span(m.start, m.end, alignment_mode="expand").start
            return None, None
        # a two-word demonym first ("South African president"), else one word
        for start in (i - 1, i):
            words = doc[max(start, 0) : i + 1]
            if start < 0 or not all(t.text[:1].isupper() for t in words):
                continue
            key = self.kb.demonym(" ".join(t.text for t in words))
            if key is not None:
                info = self.kb.actors[key]
                self._add(state, words, info.entity(), kind="alias", conf=0.8,
                          rule="demonym-qualifier")
                return key, start
        return None, None

    def _title_suffix(self, state: _State, c: _Cand) -> tuple[str | None, int]:
        """"secretary general of NATO", "President of Ukraine"."""
        doc = state.doc
        i = c.end
        if i < len(doc) and doc[i].lower_ == "of":
            j = i + 1
            if j < len(doc) and doc[j].lower_ == "the":
                j += 1
            m = state.by_token.get(j)
            if m is not None:
                ent = state.entities.get(m.entity)
                if ent is not None and ent.type in ("Country", "Organization", "Location"):
                    end = doc.char_span(m.start, m.end, alignment_mode="expand").end
                    return ent.key, end
        return None, c.end

    def _named_person(self, state: _State, c: _Cand, after: int) -> tuple[str, int, int] | None:
        """The person a title is attached to: "President Andrzej Duda", "its leader Vladimir
        Putin", "the alliance's secretary general, Jens Stoltenberg", "Rutte, NATO's secretary general"."""
        doc = state.doc
        j = after
        if j < len(doc) and doc[j].text == ",":
            j += 1
        m = state.by_token.get(j)
        if m is not None and state.entities[m.entity].type == "Person" and m.kind != "title":
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            return m.entity, span.start, span.end
        # "Rutte, NATO's secretary general": a person right before the title phrase and a comma.
        i = c.start - 1
        # "Scheffer, then NATO's secretary general": a time adverb may stand before the title.
        while i >= 0 and (doc[i].lower_ in ("the", "then") or doc[i].text in _POSSESSIVE or i in state.by_token
                          and state.entities[state.by_token[i].entity].type != "Person"
                          or self.kb.demonym(doc[i].text)):
            i -= 1
        if i >= 1 and doc[i].text == ",":
            m = state.by_token.get(i - 1)
            if m is not None and state.entities[m.entity].type == "Person" and m.kind in ("name", "alias", "ner"):
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                return m.entity, span.start, span.end
        return None

    def _pick_office(self, person: str, offices: list[Office], date: dt.date | None,
                     title: str) -> Office | None:
        held = self.kb.offices_of(person, on=date) or self.kb.offices_of(person)
        held = [o for o in held if title in o.titles]
        if offices:
            for o in offices:
                if o in held:
                    return o
            if len(offices) == 1 or not held:
                return offices[0] if len({o.organization for o in offices}) == 1 else None
            return None
        return held[0] if held else None

    def _resolve_title(self, state: _State, c: _Cand, offices: list[Office]) -> tuple[str, float, str] | None:
        doc = state.doc
        start_char = doc[c.start].idx
        if offices:
            holders: list[str] = []
            for o in offices:
                for p in self.kb.holders(o.key, on=state.date):
                    if p not in holders:
                        holders.append(p)
            if not holders:
                return None
            if len(holders) == 1:
                return holders[0], 0.85, "title-office"
            place = self._dateline_state(state, start_char)
            local = [
                p for p in holders
                if place is not None
                and any(o.organization == place for o in self.kb.offices_of(p, on=state.date))
            ]
            if len(local) == 1:
                return local[0], 0.75, "title-dateline"  # "WASHINGTON - The president said"
            best = self._most_salient(state, start_char, set(holders))
            if best:
                return best, 0.75, "title-office-context"
            named = self._named_states(state)
            local = [
                p for p in holders
                if any(o.organization in named for o in self.kb.offices_of(p, on=state.date))
            ]
            if len(local) == 1:
                return local[0], 0.65, "title-office-state"  # "the prime minister" ... Downing Street
            return holders[0], 0.6, "title-office"
        # No qualifier: a compatible person from the context.
        compatible = {
            m.entity
            for m in state.mentions
            if m.entity in self.kb.actors
            and any(c.title in o.titles for o in self.kb.offices_of(m.entity, on=state.date))
        }
        best = self._most_salient(state, start_char, compatible)
        if best is not None:
            return best, 0.7, "title-context"
        if compatible:
            return next(m.entity for m in state.mentions if m.entity in compatible), 0.5, "title-context"
        return None

    def _resolve_former(self, state: _State, c: _Cand, qualifier: str | None) -> str | None:
        """The person mentioned before a "former <title>" who held an office with that title
        (in the qualifier, if any) only before the article's date."""
        day = state.date
        if day is None:
            return None
        compatible: set[str] = set()
        for m in state.mentions:
            info = self.kb.actors.get(m.entity)
            if info is None:
                continue
            held = [
                t for t in info.terms
                if (o := self.kb.offices.get(t.office)) is not None and c.title in o.titles
                and (qualifier is None or qualifier in o.organizations)
            ]
            # held it once, and not again on the date ("former", not "current")
            if any(t.end is not None and t.end <= day for t in held) and not any(
                t.covers(day) for t in held
            ):
                compatible.add(m.entity)
        return self._most_salient(state, state.doc[c.start].idx, compatible)

    def _named_states(self, state: _State) -> set[str]:
        """The states the document names, itself or by a place that stands for it."""
        out: set[str] = set()
        for m in state.mentions:
            info = self.kb.actors.get(m.entity)
            if info is not None and (key := info.speaks_for or (
                info.key if info.type == "Country" else None
            )):
                out.add(key)
        return out

    def _dateline_state(self, state: _State, at: int) -> str | None:
        """The state whose capital (or city) opens the paragraph of `at` as a dateline in
        capitals: "WASHINGTON. The president ...", "KYIV - ..."."""
        doc = state.doc
        text = full_text(doc)
        para = text.rfind("\n", 0, at) + 1
        first = doc.char_span(para, min(len(text), para + 1), alignment_mode="expand")
        if first is None:
            return None
        i = first.start
        j = i
        while j < len(doc) and j - i < 3 and doc[j].is_upper and doc[j].is_alpha:
            j += 1
        if j == i or j >= len(doc) or doc[j].text not in _DATELINE_MARKS:
            return None
        m = state.by_token.get(i)
        info = self.kb.actors.get(m.entity) if m is not None else None
        if info is None:
            return None
        return info.speaks_for or (info.key if info.type == "Country" else None)

    @staticmethod
    def _most_salient(state: _State, before: int, keys: set[str]) -> str | None:
        """Among `keys`, the one mentioned last on the line (paragraph) before `before`; else the
        one mentioned most often before it (ties: most recent)."""
        # the line: a text written a sentence per line keeps this local to the sentence
        para = full_text(state.doc).rfind("\n", 0, before) + 1
        local = [m for m in state.mentions if para <= m.start < before and m.entity in keys]
        if local:
            return max(local, key=lambda m: m.start).entity
        score: dict[str, tuple[int, int]] = {}
        for m in state.mentions:
            if m.start >= before or m.entity not in keys:
                continue
            count, _ = score.get(m.entity, (0, 0))
            score[m.entity] = (count + 1, m.start)
        if not score:
            return None
        return max(score, key=lambda k: score[k])

    def _link_counterparts(self, state: _State) -> None:
        """"his Polish counterpart", "Sikorski's Ukrainian counterpart": the holder, on the
        article's date, of the office of the named state that shares a title with an office the
        owner holds (the owner by name or by a pronoun already linked)."""
        doc = state.doc
        for tok in doc:
            if tok.lemma_.lower() != "counterpart" or tok.i in state.by_token or state.date is None:
                continue
            owner = next((state.by_token.get(c.i) for c in tok.children if c.dep_ == "poss"), None)
            state_key = next(
                (k for c in tok.children if c.dep_ in {"amod", "compound"} and c.i < tok.i
                 if (k := self.kb.demonym(c.text)) and self.kb.actors[k].type == "Country"),
                None,
            )
            if owner is None or state_key is None:
                continue
            titles = {t for o in self.kb.offices_of(owner.entity, on=state.date) for t in o.titles}
            people = {
                p for o in self.kb.offices.values()
                if o.organization == state_key
                and (titles & set(o.titles)) - set(self._generic_titles)
                for p in self.kb.holders(o.key, on=state.date)
            }
            if len(people) != 1:
                continue
            person = people.pop()
            self._add(state, doc[tok.i : tok.i + 1], self.kb.actors[person].entity(),
                      kind="title", conf=0.7, rule="counterpart")

    # -- pass 5: pronouns ----------------------------------------------------------------------
    def _link_pronouns(self, state: _State) -> None:
        doc = state.doc
        sents = sentences(doc)
        for tok in doc:
            gender = self._pronouns.get(tok.lower_)
            if gender is None or tok.pos_ != "PRON" or tok.i in state.by_token:
                continue
            person = self._antecedent(state, tok, gender, sents)
            if person is None:
                continue
            key, conf = person
            self._add(state, doc[tok.i : tok.i + 1], state.entities[key], kind="pronoun",
                      conf=conf, rule="pronoun")

    def _link_age_descriptions(self, state: _State) -> None:
        """"The 47-year-old former comedian rejected ...": a definite subject described by an age
        stands for a person named before, found as for a pronoun (of the noun's gender, if it
        has one: "the 61-year-old woman"). A title in the phrase resolves it first."""
        doc = state.doc
        sents = sentences(doc)
        for tok in doc:
            if tok.lower_ != "old" or not any(
                c.lemma_ == "year" and c.dep_ == "npadvmod"
                and any(n.dep_ == "nummod" and n.like_num for n in c.children)
                for c in tok.children
            ):
                continue
            head = tok.head if tok.dep_ == "amod" else tok
            if (
                head.dep_ not in _SUBJECT_DEPS
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
                or any(i in state.by_token for i in range(head.left_edge.i, head.i + 1))
            ):
                continue
            gender = self._person_noun_gender.get(head.lemma_.lower())
            person = self._antecedent(state, head, gender, sents)
            if person is not None:
                self._add(state, doc[head.left_edge.i : head.i + 1], state.entities[person[0]],
                          kind="description", conf=0.55, rule="age-description")

    def _antecedent(self, state: _State, pron: Token, gender: str | None,
                    sents: list[Span]) -> tuple[str, float] | None:
        doc = state.doc
        s_idx = sentence_index(pron)
        sent = sents[s_idx]
        people = sorted(state.mentions, key=lambda m: m.start)
        starts = [m.start for m in people]

        def compatible(m: Mention) -> bool:
            ent = state.entities.get(m.entity)
            if ent is None or ent.type != "Person":
                return False
            info = self.kb.actors.get(m.entity)
            g = info.gender if info else None
            return g is None or gender is None or g == gender

        # Cataphora: "In his remarks, Nauseda welcomed ..." -> the later subject.
        if pron.tag_ == "PRP$" or pron.dep_ != "nsubj":
            root = sent.root
            if pron.i < root.i:
                for ch in root.children:
                    if ch.dep_ in _SUBJECT_DEPS and ch.i > pron.i:
                        m = state.by_token.get(ch.i)
                        if m is not None and compatible(m):
                            return m.entity, 0.7
        lo = sents[max(0, s_idx - self.pronoun_window)].start_char
        hi = bisect.bisect_left(starts, pron.idx)
        bound = self._binders(pron, self._speech)
        coargs = self._coarguments(pron)
        seg = self._segments(doc)
        narrated = not _in_quotes(pron)
        paragraph = _paragraph_start(full_text(doc), pron.idx)
        unnamed = self._unnamed_person_before(state, pron, gender, lo)
        speakers = set() if narrated else self._quote_speakers(state, pron.sent)
        opening = _controlled_clause_tokens(pron)
        best: tuple[float, int, str] | None = None
        for m in people[bisect.bisect_left(starts, lo):hi]:
            if not compatible(m) or m.start < unnamed or m.entity in speakers:
                continue  # '"He promised ...," X said': X speaks of someone else
            if not narrated and m.start < paragraph:
                # '"He is calling for surrender," X said' opening a paragraph: a pronoun in a
                # quotation is someone the speaker talks about, not a person of the paragraphs before
                continue
            tok = doc.char_span(m.start, m.end, alignment_mode="expand").root
            if tok.i in opening:
                continue  # "Asked whether Putin would meet X, he said": not Putin
            dist = seg[pron.i] - seg[tok.i]
            score = -1.0 * dist
            if narrated and _in_quotes(tok):
                # '"Putin is playing for time," he said': a name in a quotation is what the
                # speaker talks about; the narrator's pronoun points outside it
                score -= _QUOTED_NAME_PENALTY
            if m.start < paragraph:
                # a new paragraph: its own people come first ("For Zelensky, ... He said")
                score -= _EARLIER_PARAGRAPH_PENALTY
            verb = _clause_of_subject(tok)
            if verb is not None:
                score += 1.5
                if verb.lemma_.lower() in self._speech:
                    score += 0.5
            elif tok.dep_ == "poss":
                score += 0.3
            score += bound.get(tok.i, 0.0)
            if tok.i in coargs:
                continue  # "Putin told him": not Putin
            cand = (score, m.start, m.entity)
            if best is None or cand[:2] > best[:2]:
                best = cand
        if best is not None:
            return best[2], 0.6
        # Nothing before: a subject later in the same sentence ("He stressed ..., said X").
        for m in people[hi:]:
            if m.start >= sent.end_char:
                break
            tok = doc.char_span(m.start, m.end, alignment_mode="expand").root
            if compatible(m) and tok.dep_ in _SUBJECT_DEPS:
                return m.entity, 0.5
        return None

    def _quote_speakers(self, state: _State, sent: Span) -> set[str]:
        """People a sentence names, outside its quotations, as the subject of a speech verb
        ('"...," X said'): a third-person pronoun inside the quotation is not the speaker."""
        out: set[str] = set()
        for tok in sent:
            if tok.lemma_.lower() not in self._speech or tok.pos_ != "VERB" or _in_quotes(tok):
                continue
            for c in tok.children:
                m = state.by_token.get(c.i) if c.dep_ in _SUBJECT_DEPS else None
                if m is not None and m.kind != "pronoun":
                    out.add(m.entity)
        return out

    def _unnamed_person_before(self, state: _State, pron: Token, gender: str | None,
                               lo: int) -> int:
        """Where the last subject naming one unnamed person ("a pensioner", "the senior
        diplomat"; lexicon `unnamed_person_nouns`) stands between offset `lo` and the pronoun,
        outside quotations: people named before it are further away than that person. -1 when
        there is none."""
        doc = state.doc
        narrated = not _in_quotes(pron)
        for tok in reversed(doc[: pron.i]):
            if tok.idx < lo:
                break
            lemma = tok.lemma_.lower()
            if (
                tok.dep_ in _SUBJECT_DEPS
                and tok.tag_ == "NN"
                and lemma in self._unnamed_people
                and gender in {None, self._person_noun_gender.get(lemma, gender)}
                and tok.i not in state.by_token
                # one person ("a pensioner", "the diplomat"), not anyone ("any official") nor
                # someone's ("his aide", "Kremlin aide")
                and any(c.dep_ == "det" and c.lower_ in _SINGLE_DETERMINERS for c in tok.children)
                and not any(c.dep_ == "poss" or c.dep_ == "compound" and c.i in state.by_token
                            for c in tok.children)
                # the subject of a clause of its own, not of an infinitive ("allow X to cede")
                and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.head.children)
                and not (narrated and _in_quotes(tok))
            ):
                return tok.idx
        return -1

    def _link_group_pronouns(self, state: _State) -> None:
        """"they"/"their" -> a group (alliance, coalition, EU, Europe) named in this or the two
        previous sentences, when it is the only group there and the nearest plural subject."""
        doc = state.doc
        seg = self._segments(doc)
        for tok in doc:
            if tok.lower_ not in self._group_pronouns or tok.pos_ != "PRON" or tok.i in state.by_token:
                continue
            groups: set[str] = set()
            nearest: Mention | None = None  # the nearest plural subject before tok, if a group
            for m in sorted(state.mentions, key=lambda m: m.start):
                if m.start >= tok.idx:
                    break
                root = doc.char_span(m.start, m.end, alignment_mode="expand").root
                if seg[tok.i] - seg[root.i] <= 2 and self._is_group(state, m.entity):
                    groups.add(m.entity)
            if len(groups) != 1:
                continue
            lo = next(t.i for t in doc if seg[t.i] >= seg[tok.i] - 2)
            for t in doc[lo : tok.i]:
                if t.dep_ not in _SUBJECT_DEPS:
                    continue
                m = state.by_token.get(t.i)
                if m is not None and self._is_group(state, m.entity):
                    nearest = m
                elif t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children):
                    nearest = None  # "the troops ... they": another plural is closer
            if nearest is None:
                continue
            last_plural = nearest
            ent = state.entities[last_plural.entity]
            self._add(state, doc[tok.i : tok.i + 1], ent, kind="pronoun", conf=0.55,
                      rule="group-pronoun")

    def _is_group(self, state: _State, key: str) -> bool:
        ent = state.entities.get(key)
        return ent is not None and (key in self._group_keys or ent.subtype in self._group_subtypes)

    @staticmethod
    def _binders(pron: Token, speech: set[str]) -> dict[int, float]:
        """Subjects of the clauses around a pronoun, nearest first: "X did not soften his
        demands", "X said that he ...", "X, for his part, said" all point at X."""
        out: dict[int, float] = {}
        if pron.dep_ in _SUBJECT_DEPS and pron.head.lemma_.lower() in speech:
            return out  # "..., he said": the speaker comes from before, not from the quote
        depth = 0
        for anc in pron.ancestors:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            depth += 1
            for ch in anc.children:
                if ch.dep_ in _SUBJECT_DEPS and ch.i != pron.i and ch.i < pron.i:
                    # "X, who said he ...": the relative pronoun stands for its antecedent
                    relative = ch.lower_ in _RELATIVE_SUBJECTS and anc.dep_ == "relcl"
                    out.setdefault(anc.head.i if relative else ch.i, 3.0 / depth)
        return out

    @staticmethod
    def _coarguments(pron: Token) -> set[int]:
        """Subjects a non-reflexive object pronoun cannot refer to (its own clause's subject)."""
        if pron.dep_ in _SUBJECT_DEPS or pron.tag_ == "PRP$" or pron.lower_.endswith("self"):
            return set()
        verb = pron.head.head if pron.dep_ == "pobj" else pron.head
        return {ch.i for ch in verb.children if ch.dep_ in _SUBJECT_DEPS}

    @staticmethod
    def _segments(doc: Doc) -> list[int]:
        """Sentence number of each token, also counting line breaks as boundaries (headlines
        and captions often run into the next sentence)."""
        cached = doc.user_data.get("pg_segments")
        if cached is not None:
            return cached
        seg, out = 0, []
        starts = {s.start for s in sentences(doc)}
        for tok in doc:
            if tok.i in starts and tok.i > 0:
                seg += 1
            elif tok.i > 0 and "\n" in (doc[tok.i - 1].whitespace_ + doc[tok.i - 1].text):
                seg += 1
            out.append(seg)
        doc.user_data["pg_segments"] = out
        return out

    # -- records -------------------------------------------------------------------------------
    def _add(self, state: _State, span: Span, ent: Entity, *, kind: str, conf: float, rule: str) -> None:
        start, end = span.start_char, span.end_char
        if state.clean_text is not None and not state.clean_text[start:end].strip():
            return  # boilerplate blanked by ingest
        if any(i in state.by_token for i in range(span.start, span.end)):
            return
        existing = state.entities.get(ent.key)
        if existing is None:
            state.entities[ent.key] = ent
        elif existing.type != ent.type and not ent.in_kb and not existing.in_kb:
            # An unknown name seen both acting and as a place: acting wins.
            if ent.type == "Country" and existing.type == "Location":
                state.entities[ent.key] = ent
        m = Mention(
            entity=ent.key,
            start=start,
            end=end,
            text=span.text,
            sentence=sentence_index(span[0]),
            kind=kind,
            confidence=conf,
            rule=rule,
        )
        state.mentions.append(m)
        for i in range(span.start, span.end):
            state.by_token[i] = m

    def _add_holding(self, state: _State, person: str, office: Office, span: Span) -> None:
        state.offices.append(
            OfficeHolding(
                person=person,
                office=office.key,
                office_label=office.label,
                organization=office.organization,
                sentence=sentence_index(span[0]),
                start=span.start_char,
                end=span.end_char,
                text=span.text,
            )
        )


def _line_labels(doc: Doc) -> list[Span]:
    """All-caps words opening a line before ":" or "," ("MIHAI POPSOI, Minister of ...:",
    "POPSOI:"): the speaker labels of a transcript, and section labels ("VERDICT:")."""
    labels: list[Span] = []
    for i in range(len(doc)):
        if i and "\n" not in doc[i - 1].whitespace_ and "\n" not in doc[i - 1].text:
            continue
        end = i
        while end < len(doc) and end - i < 4 and doc[end].is_alpha and doc[end].is_upper:
            end += 1
        if end > i and end < len(doc) and doc[end].text in {":", ","}:
            labels.append(doc[i:end])
    return labels


def _speaker_label_names(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """`cands` with the full names of transcript speakers outside the KB, which NER misses or
    mistypes in capitals: a label of two to four all-caps words whose last word recurs alone as a
    label of its own ("MIHAI POPSOI, Minister ...:" then "POPSOI:") names a person, replacing NER
    guesses inside it; the lone labels then join it by surname. A section label ("KEY POINTS:")
    has no such echo, and a KB match inside a label keeps the label as it was."""
    labels = _line_labels(doc)
    alone = {fold(span.text) for span in labels if len(span) == 1}
    out = list(cands)
    for span in labels:
        if not (2 <= len(span) <= 4 and fold(span[-1].text) in alone):
            continue
        inside = [c for c in out if c.start < span.end and span.start < c.end]
        if any(c.source != "ner" for c in inside):
            continue
        out = [c for c in out if c not in inside]
        out.append(_Cand(span.start, span.end, "ner", ner_label="PERSON", text=span.text))
    return out


def _folded_pattern(nlp: Language, surface: str) -> Doc:
    """A surface tokenized as written, then folded token by token: the folded document is built
    the same way, and the tokenizer splits "u.s." but keeps "U.S." whole."""
    doc = nlp.make_doc(surface)
    return Doc(nlp.vocab, words=[fold(t.text) for t in doc], spaces=[bool(t.whitespace_) for t in doc])


# What ends a dateline in capitals ("KYIV. ...", "WASHINGTON - ...", "PARIS, ...").
_DATELINE_MARKS = frozenset({".", "-", "–", "—", ",", ":", "(", "|"})

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset `at` starts: after the last blank line before it (a
    text with a line per sentence and no blank lines is one paragraph)."""
    start = 0
    for match in _BLANK_LINE.finditer(text, 0, at):
        start = match.end()
    return start


# How far a name in an earlier paragraph falls behind one in the pronoun's own paragraph.
_EARLIER_PARAGRAPH_PENALTY = 2.0

# How far a name inside a quotation falls behind as the antecedent of a pronoun outside it (in
# sentence segments: such a name loses to any subject up to three segments further back).
_QUOTED_NAME_PENALTY = 3.0


def _in_byline(span: Span, longest: int = 30) -> bool:
    """Whether `span` stands in a byline: a short line that opens with "By" and has no verb
    ("By Jane Roe, Diplomatic Editor, and John Doe · 2 March")."""
    doc = span.doc
    lo = span.start
    while lo > 0 and "\n" not in doc[lo - 1].whitespace_ + doc[lo - 1].text:
        lo -= 1
    if doc[lo].lower_ != "by":
        return False
    hi = span.end
    while hi < len(doc) and hi - lo <= longest and "\n" not in doc[hi - 1].whitespace_ + doc[hi - 1].text:
        hi += 1
    line = doc[lo:hi]
    return len(line) <= longest and not any(t.pos_ in ("VERB", "AUX") for t in line)


def _clause_of_subject(tok: Token) -> Token | None:
    """The verb `tok` is the subject of: its head when a subject, the relative clause's verb for
    the antecedent of a subject "who" ("X, who arrived on Sunday, ..."), or `tok` itself for a
    name the parse left as the root of a verbless sentence (a misparsed subject)."""
    if tok.dep_ in _SUBJECT_DEPS:
        return tok.head
    for rel in tok.children:
        if rel.dep_ == "relcl" and any(
            c.dep_ in _SUBJECT_DEPS and c.lower_ in _RELATIVE_SUBJECTS for c in rel.children
        ):
            return rel
    if tok.dep_ == "ROOT" and tok.pos_ == "PROPN":
        return tok
    return None


def _controlled_clause_tokens(pron: Token) -> set[int]:
    """Tokens of a subjectless participle clause on the verb a subject pronoun belongs to
    ("Asked whether Putin would meet Zelensky, he said", "Responding to Trump, he said"): the
    clause's understood subject is the pronoun, so a person named inside it, who would have been
    a pronoun there, is someone else."""
    if pron.dep_ not in _SUBJECT_DEPS:
        return set()
    return {
        t.i
        for c in pron.head.children
        if c.dep_ == "advcl" and c.tag_ in {"VBN", "VBG"} and c.i < pron.i
        and not any(g.dep_ in _SUBJECT_DEPS | {"mark"} for g in c.children)
        for t in c.subtree
    }


def _in_quotes(tok: Token) -> bool:
    """Whether a token stands inside a quotation of its sentence (odd number of marks before it)."""
    marks = sum(1 for t in tok.sent[: tok.i - tok.sent.start] if t.text in ('"', "\u201c", "\u201d"))
    return marks % 2 == 1
