"""Agreements: find references to curated agreements by name or by description, and who cites them.

Knowledge lives in `kb/agreements.yaml`: names and fixed descriptive phrases go into one
PhraseMatcher; description rules ("the 1994 memorandum", "an agreement drafted in Istanbul in
2022") are tried on every agreement head noun. A city alone never names an agreement, but a
city and a year on a verb of making the text do ("in Budapest in 1994, Ukraine was promised
security": `events` in the YAML).
Signatories include the antecedent of a relative pronoun ("Japan, which signed its own agreement");
an open-world description still being negotiated ("agreements being negotiated") names no text, and
one with a cited curated agreement's head and place ("the declaration, adopted in Paris") is that one.

Output: `doc._.pg_agreements` (key -> AgreementInfo, including the parent of every cited provision)
and `doc._.pg_agreement_refs` (one AgreementRef per mention, in text order).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pactgraph import PactgraphError
from pactgraph.kb import KnowledgeBase, load_kb
from pactgraph.nlp import lexicons
from pactgraph.nlp.util import full_text, sentence_index, sentences
from pactgraph.rdf.iris import slugify
from pactgraph.records import AgreementInfo, AgreementRef, Mention

log = logging.getLogger("pactgraph")

AGREEMENT_TYPES = (
    "Treaty",
    "Memorandum",
    "Declaration",
    "DraftAgreement",
    "Charter",
    "Agreement",
    "Provision",
)
# How far a description may reach to the right of its head noun, in tokens.
_RIGHT_REACH = 12
_OF_REACH = 6
_DASHES = ("–", "—")
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
# A place named after the head counts only as the object of these ("a protocol signed in Minsk").
_VENUE_PREPS = frozenset({"in", "at"})
# Where the signatories of "X signed an agreement with Y" stand, relative to the verb.
_SIGNER_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


class AgreementKBError(PactgraphError):
    """kb/agreements.yaml is malformed."""


@dataclass(frozen=True, slots=True)
class DescriptionRule:
    key: str
    heads: frozenset[str]
    place: frozenset[str] = frozenset()
    require: tuple[frozenset[str], ...] = ()
    exclude: frozenset[str] = frozenset()
    confidence: float = 0.75
    when: frozenset[str] = frozenset()
    context: tuple[frozenset[str], ...] = ()
    by_parties: tuple[str, ...] = ()
    implied: frozenset[str] = frozenset()
    with_subject: bool = False


@dataclass(frozen=True, slots=True)
class EventRule:
    """An agreement named by its venue and year alone, on a verb of its making: "In 1994, in
    Budapest, Russia committed to respect the borders"."""

    key: str
    place: frozenset[str]
    years: frozenset[str]
    verbs: frozenset[str]
    context: tuple[frozenset[str], ...] = ()
    confidence: float = 0.7


@dataclass(frozen=True, slots=True)
class OpenWorld:
    """How agreements outside the curated list are read from the text (kb/agreements.yaml
    `open_world`)."""

    heads: dict[str, str]
    head_needs: dict[str, frozenset[str]]
    name_links: frozenset[str]
    description_heads: frozenset[str]
    hypothetical: frozenset[str]
    generic_determiners: frozenset[str]
    signing_verbs: frozenset[str]
    weak_name_words: frozenset[str]
    description_needs: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AgreementKB:
    infos: dict[str, AgreementInfo]
    names: dict[str, tuple[str, ...]]
    descriptions: dict[str, tuple[str, ...]]
    of_must_mention: dict[str, frozenset[str]]
    rules: tuple[DescriptionRule, ...]
    generic_determiners: frozenset[str] = frozenset()
    open_world: OpenWorld | None = None
    events: tuple[EventRule, ...] = ()


def _words(values: Any, where: str) -> frozenset[str]:
    if values is None:
        return frozenset()
    if not isinstance(values, list):
        raise AgreementKBError(f"kb/agreements.yaml: {where}: expected a list, got {values!r}")
    return frozenset(str(v).lower() for v in values)


@functools.cache
def load_agreement_kb() -> AgreementKB:
    """Parse and check kb/agreements.yaml once per process."""
    path = resources.files("pactgraph").joinpath("kb/agreements.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, yaml.YAMLError) as exc:
        raise AgreementKBError(f"cannot read {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("agreements"), list):
        raise AgreementKBError(f"{path}: expected a mapping with a list under 'agreements'")
    infos: dict[str, AgreementInfo] = {}
    names: dict[str, tuple[str, ...]] = {}
    descriptions: dict[str, tuple[str, ...]] = {}
    of_must: dict[str, frozenset[str]] = {}
    for i, entry in enumerate(data["agreements"]):
        where = f"agreements[{i}]"
        if not isinstance(entry, dict) or not entry.get("key") or not entry.get("label"):
            raise AgreementKBError(f"{path}: {where}: needs at least 'key' and 'label'")
        key = str(entry["key"])
        if key in infos:
            raise AgreementKBError(f"{path}: {where}: duplicate key {key!r}")
        kind = str(entry.get("type", "Agreement"))
        if kind not in AGREEMENT_TYPES:
            raise AgreementKBError(
                f"{path}: {where} ({key}): type {kind!r} not in {AGREEMENT_TYPES}"
            )
        date = entry.get("date")
        infos[key] = AgreementInfo(
            key=key,
            label=str(entry["label"]),
            type=kind,
            date=None if date is None else str(date),
            part_of=entry.get("part_of"),
            parties=tuple(str(p) for p in entry.get("parties") or ()),
            wikidata=entry.get("wikidata"),
            protects=tuple(str(p) for p in entry.get("protects") or ()),
        )
        names[key] = tuple(str(n) for n in entry.get("names") or ())
        descriptions[key] = tuple(str(n) for n in entry.get("descriptions") or ())
        if entry.get("of_must_mention"):
            of_must[key] = _words(entry["of_must_mention"], f"{where}.of_must_mention")
    for info in infos.values():
        if info.part_of is not None and info.part_of not in infos:
            raise AgreementKBError(f"{path}: {info.key}: part_of {info.part_of!r} is not a key")
    rules = []
    for i, rule in enumerate(data.get("rules") or ()):
        where = f"rules[{i}]"
        if not isinstance(rule, dict) or not rule.get("heads"):
            raise AgreementKBError(f"{path}: {where}: needs 'heads'")
        by_parties = tuple(str(k) for k in rule.get("by_parties") or ())
        if (rule.get("key") not in infos) == (not by_parties) or set(by_parties) - set(infos):
            raise AgreementKBError(
                f"{path}: {where}: needs either a known 'key' or 'by_parties' (a list of keys)"
            )
        when = _words(rule.get("when"), f"{where}.when")
        if any(not _YEAR.match(y) for y in when):
            raise AgreementKBError(f"{path}: {where}.when: expected years, got {sorted(when)}")
        rules.append(
            DescriptionRule(
                key=str(rule.get("key") or by_parties[0]),
                heads=_words(rule["heads"], f"{where}.heads"),
                place=_words(rule.get("place"), f"{where}.place"),
                require=tuple(
                    _words(group, f"{where}.require") for group in rule.get("require") or ()
                ),
                exclude=_words(rule.get("exclude"), f"{where}.exclude"),
                confidence=float(rule.get("confidence", 0.75)),
                when=when,
                context=tuple(
                    _words(group, f"{where}.context") for group in rule.get("context") or ()
                ),
                by_parties=by_parties,
                implied=_words(rule.get("implied"), f"{where}.implied"),
                with_subject=bool(rule.get("with_subject", False)),
            )
        )
    generic = _words(data.get("generic_determiners"), "generic_determiners")
    open_world = _open_world(data.get("open_world"), str(path))
    events = _event_rules(data.get("events"), infos, str(path))
    return AgreementKB(
        infos, names, descriptions, of_must, tuple(rules), generic, open_world, events
    )


def _event_rules(data: Any, infos: dict[str, AgreementInfo], path: str) -> tuple[EventRule, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise AgreementKBError(f"{path}: events: expected a list")
    rules = []
    for i, rule in enumerate(data):
        where = f"events[{i}]"
        if not isinstance(rule, dict) or rule.get("key") not in infos:
            raise AgreementKBError(f"{path}: {where}: needs a known 'key'")
        missing = [f for f in ("place", "years", "verbs") if not rule.get(f)]
        if missing:
            raise AgreementKBError(f"{path}: {where}: needs {', '.join(missing)}")
        years = _words(rule["years"], f"{where}.years")
        if any(not _YEAR.match(y) for y in years):
            raise AgreementKBError(f"{path}: {where}.years: expected years, got {sorted(years)}")
        rules.append(
            EventRule(
                key=str(rule["key"]),
                place=_words(rule["place"], f"{where}.place"),
                years=years,
                verbs=_words(rule["verbs"], f"{where}.verbs"),
                context=tuple(
                    _words(group, f"{where}.context") for group in rule.get("context") or ()
                ),
                confidence=float(rule.get("confidence", 0.7)),
            )
        )
    return tuple(rules)


def _open_world(data: Any, path: str) -> OpenWorld | None:
    if data is None:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("heads"), dict):
        raise AgreementKBError(f"{path}: open_world: expected a mapping with 'heads' (lemma -> type)")
    heads = {str(k).lower(): str(v) for k, v in data["heads"].items()}
    if bad := {v for v in heads.values() if v not in AGREEMENT_TYPES}:
        raise AgreementKBError(f"{path}: open_world.heads: types {sorted(bad)} not in {AGREEMENT_TYPES}")
    needs = data.get("head_needs") or {}
    if not isinstance(needs, dict):
        raise AgreementKBError(f"{path}: open_world.head_needs: expected a mapping")
    return OpenWorld(
        heads=heads,
        head_needs={str(k).lower(): _words(v, f"open_world.head_needs.{k}") for k, v in needs.items()},
        name_links=_words(data.get("name_links"), "open_world.name_links"),
        description_heads=_words(data.get("description_heads"), "open_world.description_heads"),
        hypothetical=_words(data.get("hypothetical"), "open_world.hypothetical"),
        generic_determiners=_words(data.get("generic_determiners"), "open_world.generic_determiners"),
        signing_verbs=_words(data.get("signing_verbs"), "open_world.signing_verbs"),
        weak_name_words=_words(data.get("weak_name_words"), "open_world.weak_name_words"),
        description_needs={
            str(k).lower(): _words(v, f"open_world.description_needs.{k}")
            for k, v in (data.get("description_needs") or {}).items()
        },
    )


def _variants(name: str) -> set[str]:
    """Spellings journalists use for the same name: dashes, curly apostrophes, hyphen as space."""
    out = {name}
    if "-" in name:
        out |= {name.replace("-", d) for d in _DASHES} | {name.replace("-", " ")}
    out |= {v.replace("'", "’") for v in out}
    return out


def _forms(token: Token) -> tuple[str, str]:
    return token.lower_, token.lemma_.lower()


def mention_of(token: Token) -> Mention | None:
    """The actor mention on a phrase's head token, or on its name parts and apposition."""
    mention = token._.pg_mention
    if mention is not None:
        return mention
    for child in token.children:
        if child.dep_ in ("compound", "flat", "appos") and child._.pg_mention is not None:
            return child._.pg_mention
    return None


def _is_place(doc: Doc, mention: Mention) -> bool:
    entity = (doc._.pg_entities or {}).get(mention.entity)
    return entity is not None and entity.type == "Location"


def find_invoker(
    span: Span, speech_verbs: frozenset[str], *, skip: frozenset[int] = frozenset()
) -> str | None:
    """Who cites `span`: the actor subject of the nearest reporting verb above it, or else of the
    nearest verb above it whose subject is an actor. Subjects containing the span, and subjects
    in `skip` (other agreement names, which NER may take for organizations), are passed over."""
    nearest: str | None = None
    first_subject_seen = False
    token = span.root
    for _ in range(12):
        if token.head is token:
            break
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        for child in token.children:
            if child.dep_ != "nsubj":
                continue
            if child.left_edge.i <= span.root.i <= child.right_edge.i or child.i in skip:
                continue  # the span's own phrase
            mention = mention_of(child)
            if mention is not None and _is_place(span.doc, mention):
                mention = None  # "in Paris, ...": a place cites nothing
            if token.lemma_.lower() in speech_verbs and mention is not None:
                return mention.entity
            if not first_subject_seen:
                first_subject_seen = True
                if mention is not None:
                    nearest = mention.entity
    return nearest


# Links from a verb without a subject to the verb that has one: "Meloni sat down with Zelenskyy to
# sign an agreement", "before sitting down to sign".
_SUBJECTLESS_LINKS = frozenset({"xcomp", "advcl", "pcomp", "conj"})


def _climbed_signers(verb: Token) -> list[Token]:
    """The subject of the nearest verb above a subjectless signing verb (open_world.signing_verbs) ("Sanchez travelled to
    Kyiv to sign an agreement": Sanchez), without its relative clauses; none when the verb has
    its own subject."""
    if any(c.dep_ in _SIGNER_DEPS for c in verb.children):
        return []
    for _ in range(4):
        if verb.dep_ not in _SUBJECTLESS_LINKS or verb.head is verb:
            return []
        verb = verb.head
        if verb.pos_ == "ADP":  # "before sitting down ...": the preposition's verb
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            signers: list[Token] = []
            for subject in subjects:
                clauses = {
                    t.i for c in subject.children if c.dep_ in ("relcl", "acl") for t in c.subtree
                }
                signers.extend(t for t in subject.subtree if t.i not in clauses)
            return signers
    return []


class AgreementFinder:
    """spaCy component: agreement references by name and by description."""

    def __init__(self, nlp: Language, *, actor_kb: KnowledgeBase | None = None) -> None:
        self.kb = load_agreement_kb()
        self.actor_kb = actor_kb if actor_kb is not None else load_kb()
        self.speech_verbs = frozenset(lexicons.load("speech_verbs")["verbs"])
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key in self.kb.infos:
            for kind, phrases in (
                ("name", self.kb.names[key]),
                ("description", self.kb.descriptions[key]),
            ):
                patterns = [nlp.make_doc(v) for p in phrases for v in sorted(_variants(p))]
                if patterns:
                    self.matcher.add(f"{key}|{kind}", patterns)
        self.heads = frozenset().union(*(rule.heads for rule in self.kb.rules))
        self.signing_verbs = (
            self.kb.open_world.signing_verbs if self.kb.open_world is not None else frozenset()
        )
        self.open_world = (
            OpenWorldReader(self.kb.open_world, self.actor_kb)
            if self.kb.open_world is not None
            else None
        )

    def __call__(self, doc: Doc) -> Doc:
        found: list[tuple[Span, str, str, float, str]] = []
        spans = []
        doc_words = frozenset(f for t in doc for f in _forms(t))
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=label))
        for span in filter_spans(spans):
            key, kind = span.label_.split("|")
            mention = span.root._.pg_mention
            if mention is not None and mention.kind != "ner" and not _is_place(doc, mention):
                continue  # inside an actor's name: "the North Atlantic Treaty Organization"
            if not self._of_allows(span, key):
                continue
            if kind == "description" and self._is_generic(span):
                continue
            conf = 0.95 if kind == "name" else 0.85
            rule_name = f"agreement-{kind}"
            # Dates do not refine names: in 2015 "the Minsk agreements" still means both texts.
            refined = self._describe(span.root, doc_words, dated=False)
            if refined is not None and refined[2] != (key,) and len(refined[2]) == 1:
                # "the 2015 Minsk accords": a year or ordinal picks one text of a family.
                wider, rule, keys = refined
                if wider.start <= span.start and wider.end >= span.end:
                    span, key, conf, rule_name = wider, keys[0], 0.9, "agreement-name-refined"
            found.append((span, key, kind, conf, rule_name))
        taken = {i for span, *_ in found for i in range(span.start, span.end)}
        for token in doc:
            if token.i in taken or not (set(_forms(token)) & self.heads):
                continue
            if token.dep_ == "compound" and set(_forms(token.head)) & self.heads:
                continue  # "the Minsk ceasefire deal": the phrase's head decides
            hit = self._describe(token, doc_words)
            if hit is None:
                continue
            span, rule, keys = hit
            if any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            for key in keys:
                found.append(
                    (span, key, "description", rule.confidence, "agreement-description-rule")
                )
        for span, rule in self._events(doc, doc_words, taken, found):
            taken.update(range(span.start, span.end))
            found.append((span, rule.key, "description", rule.confidence, "agreement-event-rule"))
        open_infos: dict[str, AgreementInfo] = {}
        if self.open_world is not None:
            curated = frozenset(self.kb.infos)
            cited = {key: self.kb.infos[key] for _, key, *_ in found}
            for span, info, kind, conf, rule_name in self.open_world.find(
                doc, taken, curated_keys=curated, cited=cited
            ):
                open_infos[info.key] = info
                found.append((span, info.key, kind, conf, rule_name))
        found.sort(key=lambda item: item[0].start)

        in_refs = frozenset(i for span, *_ in found for i in range(span.start, span.end))
        refs: list[AgreementRef] = []
        agreements: dict[str, AgreementInfo] = {}
        for span, key, kind, conf, rule_name in found:
            refs.append(
                AgreementRef(
                    agreement=key,
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    sentence=sentence_index(span[0]),
                    kind=kind,
                    invoked_by=find_invoker(span, self.speech_verbs, skip=in_refs),
                    confidence=conf,
                    rule=rule_name,
                )
            )
            info = self.kb.infos.get(key) or open_infos[key]
            agreements.setdefault(key, info)
            if info.part_of is not None:
                agreements.setdefault(info.part_of, self.kb.infos[info.part_of])
        doc._.pg_agreements = agreements
        doc._.pg_agreement_refs = refs
        return doc

    def _events(
        self,
        doc: Doc,
        doc_words: frozenset[str],
        taken: set[int],
        found: list[tuple[Span, str, str, float, str]],
    ) -> list[tuple[Span, EventRule]]:
        """Agreements named by venue and year on a verb of their making, with no head noun ("in
        Budapest in 1994, Ukraine was promised security"): the verb's own in/at phrases hold one
        of the rule's places and one of its years. The mention is the place; a sentence that
        already cites the agreement gains nothing."""
        cited = {(sentence_index(span[0]), key) for span, key, *_ in found}
        hits: list[tuple[Span, EventRule]] = []
        for verb in doc:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            # "in Budapest", and "back in 1994" (an adverb carrying the phrase)
            preps = [c for c in verb.children if c.dep_ == "prep"] + [
                g for c in verb.children if c.dep_ == "advmod" for g in c.children if g.dep_ == "prep"
            ]
            adjuncts = [t for p in preps if p.lower_ in _VENUE_PREPS for t in p.subtree]
            if not adjuncts:
                continue
            lemma = verb.lemma_.lower()
            for rule in self.kb.events:
                if lemma not in rule.verbs or not all(g & doc_words for g in rule.context):
                    continue
                places = [t for t in adjuncts if t.i not in taken and set(_forms(t)) & rule.place]
                if not places or not any(t.text in rule.years for t in adjuncts):
                    continue
                place = places[0]
                if (sentence_index(place), rule.key) in cited:
                    continue
                cited.add((sentence_index(place), rule.key))
                hits.append((doc[place.i : place.i + 1], rule))
                break
        return hits

    def _of_allows(self, span: Span, key: str) -> bool:
        """After "of", a required word must follow: "Article 5 of the Constitution" is not NATO's."""
        required = self.kb.of_must_mention.get(key)
        doc = span.doc
        if not required or span.end >= len(doc) or doc[span.end].lower_ != "of":
            return True
        tail = doc[span.end + 1 : span.end + 1 + _OF_REACH]
        return any(f in required for t in tail for f in _forms(t))

    def _is_generic(self, span: Span) -> bool:
        """An indefinite description names a kind, not a text ("not a mutual defence pact")."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        dets = [t for t in span.root.children if t.dep_ == "det" and t.i < span.start]
        return any(
            t.lower_ in self.kb.generic_determiners for t in ([before] if before else []) + dets
        )

    def _sentence_date(self, token: Token) -> dt.date | None:
        """The event date of the token's sentence (pg_dates), else the article's date."""
        doc = token.doc
        day = (doc._.pg_sentence_dates or {}).get(sentence_index(token))
        if day is None and doc._.pg_article is not None:
            day = doc._.pg_article.date
        return day

    def _parties_named(self, head: Token, on: dt.date | None) -> set[str]:
        """States and actors standing as signatories of the phrase headed by `head`: its
        modifiers and possessor, its with/between objects, and the subject of the verb signing it
        ("Canada and Italy signed security agreements with Ukraine"). A person stands for the
        state whose office they hold on that date."""
        slots: list[Token] = [t for t in head.subtree if t.i < head.i]
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                slots.extend(child.subtree)
            if child.dep_ == "relcl":  # "the agreement Britain signed"
                slots.extend(t for c in child.children if c.dep_ in _SIGNER_DEPS for t in c.subtree)
        verb = head.head
        if head.dep_ in ("dobj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
            if verb.lemma_.lower() in self.signing_verbs:
                slots.extend(_climbed_signers(verb))
            for child in verb.children:
                if child.dep_ in _SIGNER_DEPS and child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    slots.append(verb.head)  # "Japan, which signed its own agreement": the antecedent
                elif child.dep_ in _SIGNER_DEPS or (child.dep_ == "prep" and child.lower_ == "with"):
                    slots.extend(child.subtree)
        named: set[str] = set()
        for token in slots:
            mention = token._.pg_mention
            if mention is not None:
                named.add(mention.entity)
                named.update(
                    o.organization for o in self.actor_kb.offices_of(mention.entity, on=on)
                )
            else:
                state = self.actor_kb.demonym(token.text)
                if state is not None:
                    named.add(state)
        return named

    def _partners_named(self, head: Token, on: dt.date | None) -> set[str]:
        """The states after "with" (on the phrase or on the verb signing it): the other side."""
        slots: list[Token] = []
        holders = [head] + ([head.head] if head.dep_ in ("dobj", "nsubjpass") else [])
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "with":
                    slots.extend(child.subtree)
        named: set[str] = set()
        for token in slots:
            mention = token._.pg_mention
            if mention is not None:
                named.add(mention.entity)
                named.update(o.organization for o in self.actor_kb.offices_of(mention.entity, on=on))
        return named

    def _by_parties(self, rule: DescriptionRule, head: Token) -> tuple[str, ...]:
        """The agreements of `rule.by_parties` whose parties (less the implied ones) are all
        named; none when another state is named as a signatory."""
        on = self._sentence_date(head)
        named = self._parties_named(head, on)
        partners = self._partners_named(head, on)
        others = {
            k for k in named - partners - rule.implied
            if (a := self.actor_kb.get(k)) is not None and a.type == "Country"
        }
        if partners and not partners & rule.implied and others:
            return ()  # "Britain concluded a security agreement with Japan": between those two
        keys = tuple(
            k for k in rule.by_parties if set(self.kb.infos[k].parties) - rule.implied <= named
        )
        covered = set(rule.implied).union(*(self.kb.infos[k].parties for k in keys))
        states = {
            k for k in named if (a := self.actor_kb.get(k)) is not None and a.type == "Country"
        }
        return keys if keys and states <= covered else ()

    @staticmethod
    def _issuer_phrase(head: Token) -> list[Token]:
        """The subject of the verb whose object `head` is, through "is expected to announce"
        chains: "the G7 will adopt a framework" (who issues the text describes it)."""
        if head.dep_ not in ("dobj", "nsubjpass"):
            return []
        verb = head.head
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c != head]
            if subjects:
                return [t for c in subjects for t in c.subtree]
            if verb.dep_ not in ("xcomp", "conj") or verb.head is verb:
                break
            verb = verb.head
        return []

    def _describe(
        self, head: Token, doc_words: frozenset[str], *, dated: bool = True
    ) -> tuple[Span, DescriptionRule, tuple[str, ...]] | None:
        """The first rule matching the noun phrase around `head`, with the span it covers and the
        agreement keys it resolves to. `dated`: a rule's `when` may be met by the sentence's date
        when the phrase names no year."""
        sent = head.sent
        left = max(head.left_edge.i, sent.start)
        right = min(head.right_edge.i, head.i + _RIGHT_REACH, sent.end - 1)
        doc = head.doc
        window = [doc[i] for i in range(left, right + 1)]
        before = [t for t in window if t.i < head.i]
        head_forms = set(_forms(head))
        for rule in self.kb.rules:
            if not head_forms & rule.heads:
                continue
            if any(f in rule.exclude for t in window for f in _forms(t)):
                continue
            if not all(group & doc_words for group in rule.context):
                continue
            used = [head.i]
            if rule.place:
                # before the head inside the phrase, or after it as the place of signing
                places = [t.i for t in before if set(_forms(t)) & rule.place] + [
                    t.i
                    for t in window
                    if t.i > head.i
                    and set(_forms(t)) & rule.place
                    and t.dep_ == "pobj"
                    and t.head.lower_ in _VENUE_PREPS
                ]
                if not places:
                    continue
                used += places
            ok = True
            issuer = self._issuer_phrase(head) if rule.with_subject else []
            for group in rule.require:
                hits = [t.i for t in window if set(_forms(t)) & group]
                if not hits and any(set(_forms(t)) & group for t in issuer):
                    hits = [head.i]  # named by its issuer, outside the phrase
                if not hits:
                    ok = False
                    break
                used.append(hits[0])
            if not ok:
                continue
            if rule.when:
                years = [t for t in window if _YEAR.match(t.text)]
                if years:
                    if not {t.text for t in years} & rule.when:
                        continue
                    used.append(years[0].i)
                else:
                    day = self._sentence_date(head) if dated else None
                    if day is None or str(day.year) not in rule.when:
                        continue
            keys: tuple[str, ...] = (rule.key,)
            if rule.by_parties:
                keys = self._by_parties(rule, head)
                if not keys:
                    continue
            start = left
            while start < head.i and doc[start].pos_ in ("DET", "PUNCT"):
                start += 1
            return doc[start : max(used) + 1], rule, keys
        return None


# -- agreements outside the curated list ---------------------------------------------------------

_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_PARTY_TYPES = frozenset({"Country", "Organization"})
# Prepositions that may open the part of a name after its head ("the Treaty of Paris").
_NAME_OPENERS = frozenset({"of", "on", "for", "between", "concerning", "regarding", "against"})
_HYPHENS = frozenset({"-", "–", "—"})
# Auxiliaries of a signing verb that make the text one still to come.
_NOT_YET = frozenset({"being", "to", "will", "would", "could", "might", "may", "should", "shall"})
# A sentence whose words are mostly capitalized is a headline: capitals there name nothing.
_HEADLINE_SHARE = 0.6


@dataclass(slots=True)
class _Open:
    """One agreement read from the text of this document (not curated)."""

    info: AgreementInfo
    head: str  # head lemma
    parties: frozenset[str]
    year: str | None
    place: str | None


class OpenWorldReader:
    """Agreements the curated list does not know: capitalized names whose head is an agreement noun
    ("the Montreux Convention", "the Treaty of Paris") and definite descriptions with an agreement
    head and an identifying modifier ("the ten-year security pact with Ukraine", "the declaration
    signed in Madrid"). Keys are slugs of the name, or of the head and its identifying modifiers;
    mentions of one agreement in a document share one key."""

    def __init__(self, config: OpenWorld, actor_kb: KnowledgeBase) -> None:
        self.cfg = config
        self.actor_kb = actor_kb

    def find(
        self, doc: Doc, taken: set[int], *, curated_keys: frozenset[str] = frozenset(),
        cited: dict[str, AgreementInfo] | None = None,
    ) -> list[tuple[Span, AgreementInfo, str, float, str]]:
        """`cited`: curated agreements already found in the document; a description naming one's
        head noun and place ("the declaration, adopted in Paris" after "the Paris Declaration")
        is read as that agreement."""
        out: list[tuple[Span, AgreementInfo, str, float, str]] = []
        seen: list[_Open] = []
        headlines: set[int] | None = None  # computed on the first candidate only: most docs have few
        for token in doc:
            if token.i in taken or self._lemma(token) not in self.cfg.heads:
                continue
            if headlines is None:
                headlines = {n for n, sent in enumerate(sentences(doc)) if self._is_headline(sent)}
            if sentence_index(token) in headlines:
                continue
            hit = self._name(token, taken)
            kind, conf, rule = "name", 0.8, "agreement-open-name"
            if hit is None:
                hit = self._description(token, taken)
                kind, conf, rule = "description", 0.6, "agreement-open-description"
            if hit is None:
                continue
            span, found = hit
            if found.info.key in curated_keys:
                continue
            known = self._cited_alias(found, cited or {})
            if known is not None:
                taken.update(range(span.start, span.end))
                out.append((span, known, kind, conf, "agreement-open-cited"))
                continue
            same = next((o for o in seen if self._same(o, found)), None)
            if same is None:
                seen.append(found)
                same = found
            taken.update(range(span.start, span.end))
            out.append((span, same.info, kind, conf, rule))
        return out

    # -- helpers --------------------------------------------------------------------------------
    @staticmethod
    def _cited_alias(found: _Open, cited: dict[str, AgreementInfo]) -> AgreementInfo | None:
        """The one curated agreement of the document whose label holds the description's head and
        place of signing; None when there is no place or no single such agreement."""
        if found.place is None:
            return None
        place, head = found.place.lower(), found.head
        hits = [
            info for info in cited.values()
            if place in info.label.lower() and head in info.label.lower()
        ]
        return hits[0] if len(hits) == 1 else None

    @staticmethod
    def _is_headline(sent: Span) -> bool:
        text = full_text(sent.doc)
        line_start = text.rfind("\n", 0, sent.start_char) + 1
        if text[line_start : sent.end_char].lstrip().startswith("#"):
            return True  # on a Markdown heading line, however short
        words = [t for t in sent if t.is_alpha]
        if len(words) < 5:
            return False
        return sum(t.is_title or t.is_upper for t in words) / len(words) > _HEADLINE_SHARE

    def _lemma(self, token: Token) -> str:
        """The head noun's dictionary form; the tagger leaves capitalized plurals as written."""
        for form in (token.lemma_.lower(), token.lower_):
            if form in self.cfg.heads:
                return form
            if form.endswith("ies") and form[:-3] + "y" in self.cfg.heads:
                return form[:-3] + "y"
            if form.endswith("s") and form[:-1] in self.cfg.heads:
                return form[:-1]
        return token.lemma_.lower()

    @staticmethod
    def _capitalized(token: Token) -> bool:
        """Capitalized by choice, not because it opens the sentence."""
        if not (token.is_title or (token.is_upper and token.is_alpha)):
            return False
        return not token.is_sent_start or token.pos_ == "PROPN" or token._.pg_mention is not None

    def _name_like(self, token: Token) -> bool:
        return self._capitalized(token) or bool(_YEAR.match(token.text))

    def _entity_type(self, token: Token) -> str | None:
        mention = token._.pg_mention
        if mention is None:
            return None
        entity = (token.doc._.pg_entities or {}).get(mention.entity)
        return entity.type if entity is not None else None

    def _name(self, head: Token, taken: set[int]) -> tuple[Span, _Open] | None:
        doc, sent = head.doc, head.sent
        lemma = self._lemma(head)
        mention = head._.pg_mention
        if mention is not None and self._entity_type(head) != "Location" and mention.kind != "ner":
            return None  # a curated actor ("the Warsaw Pact" as a bloc); NER guesses yield
        nxt = doc[head.i + 1] if head.i + 1 < sent.end else None
        if nxt is not None and nxt.is_title and nxt.lower_ not in self.cfg.name_links:
            return None  # the name goes on: "the Treaty Organization" is not a treaty
        # left part: capitalized words, years and the hyphens joining them ("NATO-Russia Founding Act")
        i = head.i - 1
        while i >= sent.start and i not in taken:
            tok = doc[i]
            if self._name_like(tok) or (
                tok.text in _HYPHENS and i > sent.start and not doc[i - 1].whitespace_
                and self._name_like(doc[i - 1])
            ):
                i -= 1
                continue
            break
        left = list(doc[i + 1 : head.i])
        if not head.is_title:
            # "the Dayton accords": a lowercase head names only after a place's name
            places = [t for t in left if t.pos_ == "PROPN" and self._entity_type(t) in (None, "Location")]
            if not places or any(self._entity_type(t) in _PARTY_TYPES | {"Person"} for t in left):
                return None
        right: list[Token] = []
        if head.is_title and nxt is not None and nxt.lower_ in _NAME_OPENERS:
            j, last = head.i + 1, None
            while j < min(sent.end, head.i + 16) and j not in taken:
                tok = doc[j]
                if tok.lower_ == "and" and any(
                    self._lemma(t) in self.cfg.heads and t.is_title for t in doc[j + 1 : j + 4]
                ):
                    break  # "the Treaty of Rome and the Treaty of Paris": two names
                if self._name_like(tok) or tok.text in _HYPHENS:
                    last = j
                elif tok.lower_ not in self.cfg.name_links:
                    break
                j += 1
            if last is not None:
                right = list(doc[head.i + 1 : last + 1])
        words = {t.lower_ for t in left + right} | {t.lemma_.lower() for t in left + right}
        strong = [
            t for t in left + right
            if self._name_like(t) and t.lower_ not in self.cfg.weak_name_words
            and t.lower_ not in self.cfg.name_links
        ]
        if not strong:
            return None
        needs = self.cfg.head_needs.get(lemma)
        if needs and not needs & words:
            return None
        span = doc[(left[0].i if left else head.i) : (right[-1].i if right else head.i) + 1]
        label_tokens = [t.text_with_ws for t in span]
        label = "".join(label_tokens).strip()
        key_text = " ".join(lemma if t.i == head.i else t.text for t in span)
        years = [t.text for t in span if _YEAR.match(t.text)]
        on = self._date(head)
        # parties: the name's modifiers ("UK-Ukraine ...") and "between X and Y"; never the place
        # after "of" ("the Treaty of Paris" binds no Frenchman)
        party_tokens = [
            t for t in left
            if t._.pg_mention is None
            or (t._.pg_mention.kind != "metonym" and t._.pg_mention != mention)
        ]
        if right and right[0].lower_ in ("between", "with"):
            party_tokens += right
        parties = self._parties(party_tokens, on)
        kind = "DraftAgreement" if "draft" in words else self.cfg.heads[lemma]
        info = AgreementInfo(
            key=slugify(key_text), label=label, type=kind,
            date=years[0] if years else None, parties=tuple(sorted(parties)),
        )
        return span, _Open(info, lemma, frozenset(parties), years[0] if years else None, None)

    def _description(self, head: Token, taken: set[int]) -> tuple[Span, _Open] | None:
        cfg, doc, sent = self.cfg, head.doc, head.sent
        lemma = self._lemma(head)
        if lemma not in cfg.description_heads or head.pos_ not in ("NOUN", "PROPN"):
            return None
        if head.is_title and not head.is_sent_start:
            return None  # a capitalized head is a name or nothing
        if head.dep_ == "compound" and self._lemma(head.head) in cfg.heads:
            return None
        dets = [c for c in head.children if c.dep_ in ("det", "predet")]
        poss = [c for c in head.children if c.dep_ == "poss"]
        if any(d.lower_ in cfg.generic_determiners for d in dets):
            return None
        if not poss and not any(d.lower_ in _DEFINITE for d in dets):
            return None
        left = [t for t in head.subtree if t.i < head.i and t.i >= sent.start]
        # Some heads describe a text only with a qualifying word ("the peace plan", not "the
        # victory plan"); that word then names the text's purpose, not a text yet to come.
        needs = cfg.description_needs.get(lemma)
        left_words = {t.lower_ for t in left} | {t.lemma_.lower() for t in left}
        if needs is not None and not needs & left_words:
            return None
        hypothetical = cfg.hypothetical - (needs or frozenset())
        if any(t.lower_ in hypothetical or t.lemma_.lower() in hypothetical for t in left):
            return None
        if any(i in taken for i in (t.i for t in left)):
            return None
        on = self._date(head)
        reach = min(head.i + _RIGHT_REACH, sent.end - 1)
        # A possessive pronoun makes a description definite but identifies no party by itself:
        # "his own plan" may be anybody's.
        party_tokens: list[Token] = [t for t in left if t.dep_ != "det" and t.pos_ != "PRON"]
        right_end = head.i
        place: Token | None = None
        for child in head.children:
            if child.i < head.i:
                continue
            if child.dep_ == "prep" and child.lower_ in ("with", "between"):
                party_tokens.extend(child.subtree)
                right_end = max(right_end, child.right_edge.i)
            elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in cfg.signing_verbs:
                if any(
                    g.dep_ in ("aux", "auxpass") and g.lower_ in _NOT_YET for g in child.children
                ):
                    return None  # "the agreements being negotiated", "a pact to be signed": no text yet
                for grand in child.children:
                    if grand.dep_ in _SIGNER_DEPS or (
                        grand.dep_ in ("prep", "dative")
                        and grand.lower_ in ("with", "to", "between", "by")
                    ):
                        party_tokens.extend(grand.subtree)
                        right_end = max(right_end, grand.right_edge.i)
                    elif grand.dep_ == "prep" and grand.lower_ in _VENUE_PREPS:
                        obj = next((g for g in grand.children if g.dep_ == "pobj"), None)
                        if obj is not None and obj.pos_ == "PROPN":
                            place = obj
                            right_end = max(right_end, obj.i)
                        elif obj is not None and _YEAR.match(obj.text):
                            right_end = max(right_end, obj.i)  # "sent ... in 2003"
                    elif grand.dep_ == "npadvmod" and _YEAR.match(grand.text):
                        right_end = max(right_end, grand.i)
                right_end = max(right_end, child.i)
            elif child.dep_ == "prep" and child.lower_ in ("on", "of", "for") and child.right_edge.i <= reach:
                right_end = max(right_end, child.right_edge.i)  # part of the label only
        right_end = min(right_end, reach)
        window = [t for t in left] + [doc[i] for i in range(head.i + 1, right_end + 1)]
        if any(i in taken for i in range(head.i, right_end + 1)):
            return None
        years = [t.text for t in window if _YEAR.match(t.text)]
        parties = self._parties([t for t in party_tokens if t.i <= right_end], on)
        if not (years or parties or place is not None):
            return None
        start = min([t.i for t in left if t.dep_ != "det"] + [head.i])
        span = doc[start : right_end + 1]
        words = {t.lemma_.lower() for t in window}
        kind = "DraftAgreement" if "draft" in words else cfg.heads[lemma]
        labels = {k: self._label(doc, k) for k in parties}
        modifiers = [
            t.lower_ for t in left
            if t.dep_ in ("amod", "compound", "nummod", "punct") and t._.pg_mention is None
            and not _YEAR.match(t.text) and not self.actor_kb.demonym(t.text)
        ]
        key_parts = sorted(labels.values()) + modifiers + [lemma]
        if place is not None:
            key_parts += ["signed-in", place.text]
        if years:
            key_parts.append(years[0])
        info = AgreementInfo(
            key=slugify(" ".join(key_parts)), label=span.text.strip(" ,"), type=kind,
            date=years[0] if years else None, parties=tuple(sorted(parties)),
        )
        return span, _Open(
            info, lemma, frozenset(parties), years[0] if years else None,
            place.text if place is not None else None,
        )

    @staticmethod
    def _label(doc: Doc, key: str) -> str:
        entity = (doc._.pg_entities or {}).get(key)
        return entity.label if entity is not None else key

    @staticmethod
    def _date(token: Token) -> dt.date | None:
        doc = token.doc
        day = (doc._.pg_sentence_dates or {}).get(sentence_index(token))
        if day is None and doc._.pg_article is not None:
            day = doc._.pg_article.date
        return day

    def _parties(self, tokens: list[Token], on: dt.date | None) -> set[str]:
        """States and organizations among `tokens`; a person stands for the state whose office
        they hold on that date."""
        entities = tokens[0].doc._.pg_entities or {} if tokens else {}
        out: set[str] = set()
        for token in tokens:
            mention = token._.pg_mention
            if mention is None:
                state = self.actor_kb.demonym(token.text)
                if state is not None:
                    out.add(state)
                continue
            entity = entities.get(mention.entity)
            kind = entity.type if entity is not None else None
            actor = self.actor_kb.get(mention.entity)
            if kind == "Location" and actor is not None and actor.speaks_for:
                out.add(actor.speaks_for)  # "sent to Washington": the capital for its state
            elif kind in _PARTY_TYPES:
                out.add(mention.entity)
            elif kind == "Person":
                out.update(o.organization for o in self.actor_kb.offices_of(mention.entity, on=on))
        return out

    @staticmethod
    def _same(a: _Open, b: _Open) -> bool:
        """Two readings name one agreement: the same key, or the same head with the same parties
        and no clash of year or place ("the pact with Ukraine" after "the ten-year pact with Ukraine")."""
        if a.info.key == b.info.key:
            return True
        if a.head != b.head or not a.parties or a.parties != b.parties:
            return False
        return (a.year is None or b.year is None or a.year == b.year) and (
            a.place is None or b.place is None or a.place == b.place
        )
