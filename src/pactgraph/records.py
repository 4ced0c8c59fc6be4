"""Plain records that flow between the pipeline's stages.

Ingest yields `Article`s; the spaCy components fill a `Doc`; `extract.py` turns the `Doc` into one
`DocRecords`; `rdf/build.py` turns that into RDF. No RDF and no spaCy objects live here, so each
stage can be tested without the others.

Offsets (`start`, `end`) are Python `str` indices (Unicode code points) into `Article.text`.
Entity keys are ASCII slugs (`volodymyr-zelenskyy`, `budapest-memorandum-1994`); they become IRIs
in `rdf/iris.py` and nowhere else.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

ACTOR_TYPES = ("Person", "Country", "Organization", "Location")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding whitespace, so the text between them is exactly what is
    quoted (NIF: anchorOf equals the slice between beginIndex and endIndex)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. `text` is the body as read (front matter removed), and every offset in
    the graph points into it. `clean_text` is the same length with boilerplate blanked to spaces."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    path: str | None = None
    clean_text: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text; offsets in the graph are checked against it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor (Person, Country, Organization, Location) known to the KB or found in text."""

    key: str
    label: str
    type: str  # one of ACTOR_TYPES
    subtype: str | None = None  # finer ontology class, e.g. "Alliance", "IntergovernmentalOrganization"
    wikidata: str | None = None  # "Q212"
    in_kb: bool = True


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that refers to an entity: its name, an alias, a title, a pronoun, a metonym."""

    entity: str  # Entity.key
    start: int
    end: int
    text: str
    sentence: int
    kind: str = "name"  # name | alias | title | pronoun | metonym | ner
    confidence: float = 1.0
    rule: str = "kb"


@dataclass(frozen=True, slots=True)
class AgreementInfo:
    key: str
    label: str
    type: str = "Agreement"  # Treaty | Memorandum | Declaration | DraftAgreement | Charter | Agreement | Provision
    date: str | None = None  # ISO date or year
    part_of: str | None = None  # for provisions: the agreement's key
    parties: tuple[str, ...] = ()
    wikidata: str | None = None
    # the states it protects (kb/agreements.yaml `protects`): the beneficiary of a guarantee read
    # from it when the text names none ("the Budapest Memorandum's assurances" -> Ukraine)
    protects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AgreementRef:
    """A mention of an agreement, by name ("the Budapest Memorandum") or description ("the 1994 memorandum")."""

    agreement: str  # AgreementInfo.key
    start: int
    end: int
    text: str
    sentence: int
    kind: str = "name"  # name | description
    invoked_by: str | None = None  # Entity.key of the actor who cites it, when known
    confidence: float = 1.0
    rule: str = "agreement-gazetteer"


@dataclass(frozen=True, slots=True)
class Target:
    """What a stance is about. `key` is an Entity key, an agreement key, a guarantee's local id
    (Guarantee.id) or a topic slug, according to `kind`."""

    kind: str  # actor | agreement | guarantee | topic
    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Guarantee:
    id: str  # local id, unique within the document ("g0", "g1", ...)
    beneficiary: str | None  # Entity key
    guarantors: tuple[str, ...] = ()
    threat: str | None = None  # Entity key of what it guards against
    forms: tuple[str, ...] = ()  # nato-membership | article5-commitment | troops | weapons | air-defence | financing | own-army | sanctions
    domains: tuple[str, ...] = ()  # air | sea | land
    status: str = "demanded"  # demanded | proposed | offered | under-negotiation | signed | rejected | violated
    agreement: str | None = None  # AgreementInfo.key it rests on
    sentence: int = 0
    start: int = 0
    end: int = 0
    text: str = ""
    confidence: float = 0.5
    rule: str = ""

    @property
    def label(self) -> str:
        # Labels use keys; rdf/build.py relabels with canonical names.
        parts = ["security guarantee"]
        if self.beneficiary:
            parts.append(f"for {self.beneficiary}")
        if self.guarantors:
            parts.append("by " + ", ".join(self.guarantors))
        return " ".join(parts)


@dataclass(frozen=True, slots=True)
class Stance:
    holder: str  # Entity key
    stance_type: str  # local name of a concept in the stance-type scheme (demand, reject, ...)
    polarity: str  # support | oppose | neutral
    target: Target
    sentence: int
    start: int  # evidence span (usually the trigger's clause)
    end: int
    text: str
    negated: bool = False
    hedged: bool = False
    reported_by: str | None = None  # Entity key of a spokesperson/source who reported it
    date: dt.date | None = None
    confidence: float = 0.5
    rule: str = ""
    # the text's own words for the target ("the Alaska summit") when the target is a shared node
    # (curated topic, actor, agreement) whose label says less or says it differently
    target_phrase: str | None = None

    @property
    def target_label(self) -> str:
        """The target as queries/stances.rq reports it: the shared label, then the text's own
        words in parentheses unless the label already contains them."""
        label = self.target.label
        if self.target_phrase and self.target_phrase.lower() not in label.lower():
            return f"{label} ({self.target_phrase})"
        return label


@dataclass(frozen=True, slots=True)
class Quote:
    speaker: str | None  # Entity key
    text: str
    start: int
    end: int
    sentence: int
    confidence: float = 0.5
    rule: str = ""


@dataclass(frozen=True, slots=True)
class OfficeHolding:
    """The article calls `person` by an office ("Polish President Andrzej Duda")."""

    person: str  # Entity key
    office: str  # office key, e.g. "president-of-poland"
    office_label: str
    organization: str | None  # Entity key of the state or body the office is in
    sentence: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class DocRecords:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    agreements: dict[str, AgreementInfo] = field(default_factory=dict)
    agreement_refs: list[AgreementRef] = field(default_factory=list)
    guarantees: list[Guarantee] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    offices: list[OfficeHolding] = field(default_factory=list)
