"""The curated knowledge base: actors, offices and the word lists the linker reads, as data files.

`load_kb()` reads `actors.yaml`, `offices.yaml` and `lexicon.yaml` once and answers lookups:
names and aliases -> actor, demonym -> state, (title, qualifier, date) -> office holders.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pactgraph import PactgraphError
from pactgraph.records import ACTOR_TYPES, Entity

log = logging.getLogger("pactgraph")

KB_DIR = Path(__file__).parent
_SECTION_TYPES = {
    "countries": "Country",
    "organizations": "Organization",
    "locations": "Location",
    "persons": "Person",
}
_SUBTYPES = {
    "Alliance",
    "IntergovernmentalOrganization",
    "Coalition",
    "MediaOrganization",
    "GovernmentBody",
}
# Letters NFKD does not decompose; the same table as rdf/iris.py so folded names and slugs agree.
_TRANSLIT = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "ı": "i"}
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "‑": "-"})


class KBError(PactgraphError):
    pass


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive form used for every name comparison."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLIT).translate(_QUOTES)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return text.lower()


_DOUBLED = re.compile(r"(\w)\1+")
_I_ENDING = re.compile(r"[iy]+\b")


def spelling_key(name: str, rewrites: tuple[tuple[str, str], ...]) -> str:
    """A key that one person's name shares across transliterations ("Zelenskyy", "Zelenskiy",
    "Zelenski", German "Selenskyj"; "Lavrov" and "Lawrow"): folded, letters rewritten by the
    lexicon's `spelling_variants` in order, "-i/-y/-iy/-yj" endings made one, doubled letters
    single."""
    key = " ".join(re.sub(r"[^a-z]", "", w) for w in fold(name).replace("-", " ").split())
    for old, new in rewrites:
        key = key.replace(old, new)
    return _DOUBLED.sub(r"\1", _I_ENDING.sub("i", key))


@dataclass(frozen=True, slots=True)
class Term:
    """A person's tenure in an office; open ends are None."""

    office: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        # The end day belongs to the successor (handovers happen on that day).
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ActorInfo:
    key: str
    label: str
    type: str
    subtype: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    gender: str | None = None
    speaks_for: str | None = None
    terms: tuple[Term, ...] = ()
    surname: str | None = None  # the family name where it is not the last word ("Wang Yi")

    @property
    def family_name(self) -> str:
        """The name a person is called by alone later in a text: `surname`, else the last word."""
        return self.surname or self.label.split()[-1]

    def entity(self) -> Entity:
        return Entity(
            key=self.key,
            label=self.label,
            type=self.type,
            subtype=self.subtype,
            wikidata=self.wikidata,
            in_kb=True,
        )


@dataclass(frozen=True, slots=True)
class Office:
    key: str
    label: str
    organizations: tuple[str, ...]  # the first is the one the office is in
    titles: tuple[str, ...]

    @property
    def organization(self) -> str:
        return self.organizations[0]


@dataclass(slots=True)
class KnowledgeBase:
    actors: dict[str, ActorInfo]
    offices: dict[str, Office]
    lexicon: dict[str, Any]
    _by_name: dict[str, str] = field(default_factory=dict)
    _by_spelling: dict[str, str | None] = field(default_factory=dict)  # None: ambiguous
    _rewrites: tuple[tuple[str, str], ...] = ()
    _by_demonym: dict[str, str] = field(default_factory=dict)
    _by_title: dict[str, list[str]] = field(default_factory=dict)
    _terms_by_office: dict[str, list[tuple[str, Term]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._rewrites = tuple((a, b) for a, b in self.lexicon.get("spelling_variants", ()))
        for info in self.actors.values():
            for name in (info.label, *info.aliases):
                key = self._by_name.setdefault(fold(name), info.key)
                if key != info.key:
                    log.debug("KB name %r of %s already names %s", name, info.key, key)
            if info.type == "Person":
                for name in (info.label, *info.aliases):
                    key = self.spelling(name)
                    if self._by_spelling.setdefault(key, info.key) != info.key:
                        self._by_spelling[key] = None
            for demonym in info.demonyms:
                self._by_demonym.setdefault(fold(demonym), info.key)
            for term in info.terms:
                self._terms_by_office.setdefault(term.office, []).append((info.key, term))
        for office in self.offices.values():
            for title in office.titles:
                self._by_title.setdefault(title, []).append(office.key)

    # -- names --------------------------------------------------------------------------------
    def get(self, key: str) -> ActorInfo | None:
        return self.actors.get(key)

    def lookup(self, name: str) -> ActorInfo | None:
        """The actor a name or alias denotes (case- and diacritic-insensitive)."""
        key = self._by_name.get(fold(name.strip()))
        if key is None and fold(name).startswith("the "):
            key = self._by_name.get(fold(name.strip())[4:])
        return self.actors.get(key) if key else None

    def spelling(self, name: str) -> str:
        return spelling_key(name, self._rewrites)

    def person_by_spelling(self, name: str) -> ActorInfo | None:
        """The one KB person whose label or alias is spelled like `name` in another
        transliteration ("Volodymyr Selenskyj" -> Volodymyr Zelenskyy); None if none or several."""
        key = self._by_spelling.get(self.spelling(name))
        return self.actors[key] if key else None

    def names(self) -> Iterator[tuple[str, ActorInfo, bool]]:
        """Every (surface name, actor, is_canonical_label) pair the matcher should look for."""
        for info in self.actors.values():
            yield info.label, info, True
            for alias in info.aliases:
                yield alias, info, False

    def demonym(self, word: str) -> str | None:
        """Key of the state or body a demonym names ("Polish" -> poland)."""
        return self._by_demonym.get(fold(word))

    def demonyms(self) -> Iterator[tuple[str, str]]:
        for info in self.actors.values():
            for demonym in info.demonyms:
                yield demonym, info.key

    # -- offices ------------------------------------------------------------------------------
    def titles(self) -> list[str]:
        return list(self._by_title)

    def offices_with_title(self, title: str, qualifier: str | None = None) -> list[Office]:
        """Offices a title names, in KB order; with a qualifier (actor key), only offices in it."""
        found = [self.offices[k] for k in self._by_title.get(title.lower(), ())]
        if qualifier is not None:
            found = [o for o in found if qualifier in o.organizations]
        return found

    def holders(self, office: str, *, on: dt.date | None = None) -> list[str]:
        """Person keys holding `office` on a date; without a date, the latest holder."""
        terms = self._terms_by_office.get(office, [])
        if on is not None:
            return [person for person, term in terms if term.covers(on)]
        if not terms:
            return []
        latest = max(terms, key=lambda pt: (pt[1].end is None, pt[1].start or dt.date.min))
        return [latest[0]]

    def holds(self, person: str, office: str, *, on: dt.date | None = None) -> bool:
        return person in self.holders(office, on=on) if on else any(
            p == person for p, _ in self._terms_by_office.get(office, [])
        )

    def offices_of(self, person: str, *, on: dt.date | None = None) -> list[Office]:
        info = self.actors.get(person)
        if info is None:
            return []
        return [
            self.offices[t.office] for t in info.terms if on is None or t.covers(on)
        ]


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise KBError(f"{where}: bad date {value!r} (use YYYY-MM-DD)") from exc


def _parse_term(text: str, where: str) -> Term:
    # "office-key START/END" with END empty while in office.
    try:
        office, span = text.split()
        start, end = span.split("/")
    except ValueError as exc:
        raise KBError(f"{where}: bad term {text!r}; write 'office-key 2019-05-20/'") from exc
    return Term(office=office, start=_date(start, where), end=_date(end, where))


def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise KBError(f"cannot read knowledge base file {path}: {exc}") from exc


def _parse_actors(data: dict[str, Any], path: Path) -> dict[str, ActorInfo]:
    actors: dict[str, ActorInfo] = {}
    for section, type_ in _SECTION_TYPES.items():
        for n, raw in enumerate(data.get(section) or []):
            where = f"{path.name}: {section}[{n}]"
            if not isinstance(raw, dict) or not raw.get("key") or not raw.get("label"):
                raise KBError(f"{where}: every entry needs `key` and `label`")
            key = str(raw["key"])
            if key in actors:
                raise KBError(f"{where}: duplicate key {key!r}")
            subtype = raw.get("subtype")
            if subtype is not None and subtype not in _SUBTYPES:
                raise KBError(f"{where}: unknown subtype {subtype!r}; use one of {sorted(_SUBTYPES)}")
            assert type_ in ACTOR_TYPES
            actors[key] = ActorInfo(
                key=key,
                label=str(raw["label"]),
                type=type_,
                subtype=subtype,
                wikidata=raw.get("wikidata"),
                aliases=tuple(str(a) for a in raw.get("aliases") or ()),
                demonyms=tuple(str(d) for d in raw.get("demonyms") or ()),
                gender=raw.get("gender"),
                speaks_for=raw.get("speaks_for"),
                terms=tuple(_parse_term(str(t), f"{where} ({key})") for t in raw.get("terms") or ()),
                surname=raw.get("surname"),
            )
    return actors


def _parse_offices(data: dict[str, Any], path: Path) -> dict[str, Office]:
    offices: dict[str, Office] = {}
    for key, raw in (data or {}).items():
        where = f"{path.name}: {key}"
        if not isinstance(raw, dict) or not raw.get("label") or not raw.get("in"):
            raise KBError(f"{where}: every office needs `label` and `in`")
        offices[key] = Office(
            key=key,
            label=str(raw["label"]),
            organizations=tuple(raw["in"]),
            titles=tuple(str(t).lower() for t in raw.get("titles") or ()),
        )
    return offices


@functools.lru_cache(maxsize=4)
def load_kb(directory: Path = KB_DIR) -> KnowledgeBase:
    """Read and check the knowledge base once (cached)."""
    actors = _parse_actors(_read_yaml(directory / "actors.yaml"), directory / "actors.yaml")
    offices = _parse_offices(_read_yaml(directory / "offices.yaml"), directory / "offices.yaml")
    lexicon = _read_yaml(directory / "lexicon.yaml") or {}
    for info in actors.values():
        if info.speaks_for and info.speaks_for not in actors:
            raise KBError(f"actors.yaml: {info.key} speaks_for unknown actor {info.speaks_for!r}")
        for term in info.terms:
            if term.office not in offices:
                raise KBError(f"actors.yaml: {info.key} holds unknown office {term.office!r}")
    for office in offices.values():
        for org in office.organizations:
            if org not in actors:
                raise KBError(f"offices.yaml: {office.key} is in unknown actor {org!r}")
    return KnowledgeBase(actors=actors, offices=offices, lexicon=lexicon)
