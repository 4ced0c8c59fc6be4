"""Score a built graph against hand-written gold annotations (format: shared/gold/FORMAT.md).

The graph is read only through the five contract queries (`queries/*.rq`), so the scorer measures
what users see. Matching is pure Python over query rows, so it can be tested without spaCy.

Counting rules (printed with every report):
- Stances, guarantees, agreements and quotes are matched one-to-one (a maximum bipartite matching),
  so one prediction never satisfies two gold items.
- A prediction is a false positive only when it is compatible with no gold item of its document.
  Predictions that are compatible with a gold item already taken by another prediction are
  *redundant*: they count neither as true nor as false positives, and are reported separately.
- Stances with polarity `neutral` are not scored (gold annotates support/oppose only); their number
  is reported.
- Actors: an extracted Person/Country/Organization that is neither a gold actor of the document nor
  in its `ignore` list is a false positive; extra Locations are not counted.
- Cross-document identity: among gold actors listed in two or more documents and found in two or
  more of them, the share whose rows carry exactly one actor IRI.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import yaml

from pactgraph import PactgraphError

log = logging.getLogger("pactgraph")

KINDS = ("actors", "stances", "guarantees", "agreements", "quotes")
SCORED_POLARITIES = ("support", "oppose")
_DOC_SUFFIXES = (".txt", ".md", ".html", ".htm")

Row = Mapping[str, str | None]


class GoldError(PactgraphError):
    """The gold file is malformed or refers to names it does not define."""


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class GoldActor:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GoldStance:
    holders: tuple[str, ...]  # any of them
    polarity: str
    target: tuple[str, ...]  # keywords, lowercase; one must occur in targetLabel

    def describe(self) -> str:
        return f"{' | '.join(self.holders)} {self.polarity} [{', '.join(self.target)}]"


@dataclass(frozen=True, slots=True)
class GoldGuarantee:
    beneficiary: str
    guarantors: tuple[str, ...]  # any of them; empty = any guarantor (or none)

    def describe(self) -> str:
        by = " | ".join(self.guarantors) if self.guarantors else "anyone"
        return f"for {self.beneficiary} by {by}"


@dataclass(frozen=True, slots=True)
class GoldQuote:
    speaker: str
    starts: str

    def describe(self) -> str:
        return f'{self.speaker}: "{self.starts}..."'


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    actors: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    stances: tuple[GoldStance, ...] = ()
    guarantees: tuple[GoldGuarantee, ...] = ()
    agreements: tuple[str, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()


@dataclass(frozen=True, slots=True)
class Gold:
    actors: dict[str, GoldActor]
    agreements: dict[str, tuple[str, ...]]  # canonical name -> lowercase keywords
    docs: dict[str, GoldDoc]
    path: str | None = None

    def resolver(self) -> NameResolver:
        return NameResolver(self.actors.values())


def normalize(text: str) -> str:
    """Case-, accent-, quote- and whitespace-insensitive form used for every comparison."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(
        str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    )
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().casefold()


def _name_key(text: str) -> str:
    # "the Kremlin" and "Kremlin" are the same name; labels differ only in a leading article.
    key = normalize(text)
    return key[4:] if key.startswith("the ") else key


class NameResolver:
    """Maps any canonical name or alias (case-insensitive) to the gold canonical name."""

    def __init__(self, actors: Iterable[GoldActor]) -> None:
        self._names: dict[str, str] = {}
        self._types: dict[str, str] = {}
        for actor in actors:
            self._types[actor.name] = actor.type
            for name in (actor.name, *actor.aliases):
                self._names.setdefault(_name_key(name), actor.name)

    def resolve(self, label: str | None) -> str | None:
        """The canonical name, or None when the label is no known name."""
        if not label:
            return None
        return self._names.get(_name_key(label))

    def typed(self, label: str | None, predicted_type: str | None) -> str | None:
        """Like `resolve`, but a place is not the state it is named after: a row typed Location
        ("Paris" the city) matches only a gold Location, and a Person/Country/Organization row
        matches only a gold actor that is not a Location."""
        name = self.resolve(label)
        if name is None or predicted_type is None:
            return name
        if (predicted_type == "Location") != (self._types.get(name) == "Location"):
            return None
        return name

    def canonical(self, label: str) -> str:
        """The canonical name, or the label itself when unknown."""
        return self.resolve(label) or label


def _as_list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, (str, dict)):
        return [value]
    if isinstance(value, list):
        return value
    raise GoldError(f"{where}: expected a list, got {type(value).__name__}")


def _require(entry: Any, keys: Sequence[str], where: str) -> None:
    if not isinstance(entry, dict) or any(k not in entry for k in keys):
        raise GoldError(f"{where}: needs keys {', '.join(keys)}, got {entry!r}")


def load_gold(path: str | Path) -> Gold:
    """Read and check a gold YAML file: every name a document uses must be defined in it."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc}") from exc
    if not isinstance(data, dict) or "docs" not in data:
        raise GoldError(f"{path}: expected a mapping with 'actors', 'agreements' and 'docs'")

    actors: dict[str, GoldActor] = {}
    for name, spec in (data.get("actors") or {}).items():
        spec = spec or {}
        actor_type = spec.get("type")
        if actor_type not in ("Person", "Country", "Organization", "Location"):
            raise GoldError(
                f"{path}: actor {name!r}: type must be Person|Country|Organization|Location"
            )
        actors[str(name)] = GoldActor(
            str(name), actor_type, tuple(map(str, spec.get("aliases") or ()))
        )
    agreements = {
        str(name): tuple(normalize(str(k)) for k in _as_list(keys, f"{path}: agreement {name}"))
        for name, keys in (data.get("agreements") or {}).items()
    }
    resolver = NameResolver(actors.values())

    def actor(name: Any, where: str) -> str:
        canonical = resolver.resolve(str(name))
        if canonical is None:
            raise GoldError(
                f"{path}: {where}: {name!r} is not a defined actor or alias; add it to 'actors'"
            )
        return canonical

    docs: dict[str, GoldDoc] = {}
    for doc_id, spec in (data.get("docs") or {}).items():
        doc_id = str(doc_id)
        spec = spec or {}
        where = f"docs.{doc_id}"
        stances = []
        for i, st in enumerate(_as_list(spec.get("stances"), where)):
            _require(st, ("holder", "polarity", "target"), f"{where}.stances[{i}]")
            if st["polarity"] not in SCORED_POLARITIES:
                raise GoldError(f"{path}: {where}.stances[{i}]: polarity must be support or oppose")
            holders = tuple(
                actor(h, f"{where}.stances[{i}]") for h in _as_list(st["holder"], where)
            )
            target = tuple(normalize(str(k)) for k in _as_list(st["target"], where))
            stances.append(GoldStance(holders, st["polarity"], target))
        guarantees = []
        for i, gu in enumerate(_as_list(spec.get("guarantees"), where)):
            _require(gu, ("beneficiary",), f"{where}.guarantees[{i}]")
            guarantees.append(
                GoldGuarantee(
                    actor(gu["beneficiary"], f"{where}.guarantees[{i}]"),
                    tuple(actor(g, f"{where}.guarantees[{i}]") for g in gu.get("guarantors") or ()),
                )
            )
        quotes = []
        for i, qu in enumerate(_as_list(spec.get("quotes"), where)):
            _require(qu, ("speaker", "starts"), f"{where}.quotes[{i}]")
            quotes.append(
                GoldQuote(actor(qu["speaker"], f"{where}.quotes[{i}]"), str(qu["starts"]))
            )
        doc_agreements = tuple(str(a) for a in _as_list(spec.get("agreements"), where))
        for name in doc_agreements:
            if name not in agreements:
                raise GoldError(
                    f"{path}: {where}: agreement {name!r} is not defined in 'agreements'"
                )
        docs[doc_id] = GoldDoc(
            id=doc_id,
            actors=tuple(actor(a, f"{where}.actors") for a in _as_list(spec.get("actors"), where)),
            ignore=tuple(str(x) for x in _as_list(spec.get("ignore"), where)),
            stances=tuple(stances),
            guarantees=tuple(guarantees),
            agreements=doc_agreements,
            quotes=tuple(quotes),
        )
    return Gold(actors=actors, agreements=agreements, docs=docs, path=str(path))


# --------------------------------------------------------------------------- scores


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    redundant: int = 0  # compatible with a gold item that another prediction already matched

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.redundant += other.redundant

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "redundant": self.redundant,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class Error:
    """One miss (`fn`) or false positive (`fp`), for analysts."""

    doc: str
    kind: str
    error: str  # fn | fp | speaker
    detail: str


@dataclass(slots=True)
class KindResult:
    counts: Counts = field(default_factory=Counts)
    errors: list[Error] = field(default_factory=list)


@dataclass(slots=True)
class Identity:
    actors: int = 0  # gold actors in 2+ gold docs that were found in 2+ docs
    one_iri: int = 0
    not_found: int = 0  # gold actors in 2+ gold docs found in fewer than 2
    split: dict[str, list[str]] = field(default_factory=dict)  # canonical -> its IRIs
    merged: dict[str, list[str]] = field(default_factory=dict)  # IRI -> canonical names it carries

    @property
    def score(self) -> float:
        return self.one_iri / self.actors if self.actors else 0.0


@dataclass(slots=True)
class EvaluationResult:
    kinds: dict[str, Counts]
    per_doc: dict[str, dict[str, Counts]]
    errors: list[Error]
    quote_attribution: tuple[int, int]  # (right speaker, matched quotes)
    identity: Identity
    neutral_stances: int = 0
    docs: int = 0
    # stance rule family ("holder route:trigger kind") -> [predictions matching a gold stance, predictions]
    stance_rules: dict[str, list[int]] = field(default_factory=dict)
    # confidence band ("0.3-0.4") -> [predictions matching a gold stance, predictions]
    stance_confidence: dict[str, list[int]] = field(default_factory=dict)

    @property
    def attribution_accuracy(self) -> float:
        right, matched = self.quote_attribution
        return right / matched if matched else 0.0

    def to_dict(self, *, verbose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "docs": self.docs,
            "kinds": {k: c.as_dict() for k, c in self.kinds.items()},
            "quote_attribution": {
                "correct": self.quote_attribution[0],
                "matched": self.quote_attribution[1],
                "accuracy": round(self.attribution_accuracy, 4),
            },
            "identity": {
                "actors": self.identity.actors,
                "one_iri": self.identity.one_iri,
                "not_found_in_two_docs": self.identity.not_found,
                "score": round(self.identity.score, 4),
                "split": self.identity.split,
                "merged": self.identity.merged,
            },
            "neutral_stances_not_scored": self.neutral_stances,
            "stance_rules": {
                rule: {"correct": c, "predicted": n} for rule, (c, n) in self.stance_rules.items()
            },
            "stance_confidence": {
                band: {"correct": c, "predicted": n} for band, (c, n) in self.stance_confidence.items()
            },
            "counting": COUNTING_NOTE,
            "per_doc": {
                d: {k: c.as_dict() for k, c in kinds.items()} for d, kinds in self.per_doc.items()
            },
        }
        if verbose:
            out["errors"] = [asdict(e) for e in self.errors]
        return out


COUNTING_NOTE = (
    "one-to-one matching; a prediction is a false positive only if it matches no gold item of its "
    "document; predictions matching an already-matched gold item are 'redundant' (neither tp "
    "nor fp); "
    "neutral stances are not scored; extra Locations are not counted"
)


# --------------------------------------------------------------------------- matching


def max_matching(
    n_gold: int, n_pred: int, compatible: Callable[[int, int], bool]
) -> dict[int, int]:
    """Maximum bipartite matching, gold index -> prediction index (augmenting paths)."""
    edges = [[p for p in range(n_pred) if compatible(g, p)] for g in range(n_gold)]
    pred_of: dict[int, int] = {}  # prediction -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in pred_of or augment(pred_of[p], seen):
                pred_of[p] = g
                return True
        return False

    for g in range(n_gold):
        augment(g, set())
    return {g: p for p, g in pred_of.items()}


def _score_matching(
    doc: str,
    kind: str,
    gold: Sequence[Any],
    preds: Sequence[Any],
    compatible: Callable[[Any, Any], bool],
    describe_gold: Callable[[Any], str],
    describe_pred: Callable[[Any], str],
) -> tuple[KindResult, dict[int, int]]:
    match = max_matching(len(gold), len(preds), lambda g, p: compatible(gold[g], preds[p]))
    result = KindResult()
    result.counts.tp = len(match)
    matched_preds = set(match.values())
    for g, item in enumerate(gold):
        if g not in match:
            result.counts.fn += 1
            result.errors.append(Error(doc, kind, "fn", describe_gold(item)))
    for p, pred in enumerate(preds):
        if p in matched_preds:
            continue
        if any(compatible(item, pred) for item in gold):
            result.counts.redundant += 1
        else:
            result.counts.fp += 1
            result.errors.append(Error(doc, kind, "fp", describe_pred(pred)))
    return result, match


def match_actors(doc: GoldDoc, rows: Sequence[Row], resolver: NameResolver) -> KindResult:
    """Set comparison per document: predicted labels resolved to canonical names."""
    predicted: dict[str, str] = {}  # canonical or raw label -> type
    for row in rows:
        label = row.get("label")
        if not label:
            continue
        name = resolver.typed(label, _local(row.get("type")))
        predicted.setdefault(name or label, _local(row.get("type")) or "")
    ignore_keys = {_name_key(x) for x in doc.ignore} | {
        _name_key(c) for x in doc.ignore if (c := resolver.resolve(x))
    }
    gold = set(doc.actors)
    result = KindResult()
    for name in doc.actors:
        if name in predicted:
            result.counts.tp += 1
        else:
            result.counts.fn += 1
            result.errors.append(Error(doc.id, "actors", "fn", name))
    for name, actor_type in sorted(predicted.items()):
        if name in gold or _name_key(name) in ignore_keys or actor_type == "Location":
            continue
        result.counts.fp += 1
        result.errors.append(Error(doc.id, "actors", "fp", f"{name} ({actor_type or '?'})"))
    return result


def stance_compatible(gold: GoldStance, row: Row, resolver: NameResolver) -> bool:
    holder = resolver.resolve(row.get("holderLabel"))
    if holder is None or holder not in gold.holders:
        return False
    if _local(row.get("polarity")) != gold.polarity:
        return False
    target = normalize(row.get("targetLabel") or "")
    return any(k in target for k in gold.target)


def rule_family(rule: str | None) -> str:
    """`reported-speaker:verb:reject` -> `reported-speaker:verb` (how the holder was found, and the
    kind of trigger), the unit whose precision says which mechanism to trust or mend."""
    return ":".join((rule or "(no rule)").split(":")[:2])


def confidence_band(value: str | None) -> str:
    """`0.35` -> `0.3-0.4`: the tenth a stance's confidence falls in (1.0 is in `0.9-1.0`)."""
    try:
        low = min(math.floor(float(value or "") * 10 + 1e-9), 9) / 10
    except ValueError:
        return "(none)"
    return f"{low:.1f}-{low + 0.1:.1f}"


def stance_precision(
    doc: GoldDoc,
    rows: Sequence[Row],
    resolver: NameResolver,
    tables: Mapping[Callable[[Row], str], dict[str, list[int]]],
) -> None:
    """Count the document's scored stance predictions and those that match some gold stance of
    the document (redundant matches count as correct: the fact is right) into each table, per the
    table's key of a row (its rule family, its confidence band)."""
    for row in rows:
        if _local(row.get("polarity")) == "neutral":
            continue
        right = any(stance_compatible(g, row, resolver) for g in doc.stances)
        for key, into in tables.items():
            cell = into.setdefault(key(row), [0, 0])
            cell[1] += 1
            cell[0] += right


def match_stances(
    doc: GoldDoc, rows: Sequence[Row], resolver: NameResolver
) -> tuple[KindResult, int]:
    """Returns the result and the number of neutral predictions left out of scoring."""
    scored = [r for r in rows if _local(r.get("polarity")) != "neutral"]
    neutral = len(rows) - len(scored)
    result, _ = _score_matching(
        doc.id,
        "stances",
        doc.stances,
        scored,
        lambda g, r: stance_compatible(g, r, resolver),
        GoldStance.describe,
        lambda r: (
            f"{r.get('holderLabel')} {_local(r.get('polarity'))} "
            f"[{r.get('targetLabel')}] ({_local(r.get('stanceType'))})"
        ),
    )
    return result, neutral


@dataclass(frozen=True, slots=True)
class PredictedGuarantee:
    iri: str
    beneficiary: str | None
    guarantors: tuple[str, ...]


def group_guarantees(rows: Sequence[Row]) -> list[PredictedGuarantee]:
    """guarantees.rq gives one row per guarantor: fold them back into one item per guarantee."""
    by_iri: dict[str, tuple[str | None, list[str]]] = {}
    for i, row in enumerate(rows):
        iri = row.get("guarantee") or f"_row{i}"
        beneficiary, guarantors = by_iri.setdefault(iri, (row.get("beneficiaryLabel"), []))
        g = row.get("guarantorLabel")
        if g and g not in guarantors:
            guarantors.append(g)
    return [PredictedGuarantee(iri, b, tuple(gs)) for iri, (b, gs) in by_iri.items()]


def guarantee_compatible(
    gold: GoldGuarantee, pred: PredictedGuarantee, resolver: NameResolver
) -> bool:
    if resolver.resolve(pred.beneficiary) != gold.beneficiary:
        return False
    if not gold.guarantors:
        return True
    return any(resolver.resolve(g) in gold.guarantors for g in pred.guarantors)


def match_guarantees(doc: GoldDoc, rows: Sequence[Row], resolver: NameResolver) -> KindResult:
    preds = group_guarantees(rows)
    result, _ = _score_matching(
        doc.id,
        "guarantees",
        doc.guarantees,
        preds,
        lambda g, p: guarantee_compatible(g, p, resolver),
        GoldGuarantee.describe,
        lambda p: f"for {p.beneficiary} by {' | '.join(p.guarantors) or 'nobody named'}",
    )
    return result


def match_agreements(
    doc: GoldDoc, rows: Sequence[Row], keywords: Mapping[str, Sequence[str]]
) -> KindResult:
    labels: dict[str, str] = {}  # one prediction per agreement IRI
    for i, row in enumerate(rows):
        labels.setdefault(row.get("agreement") or f"_row{i}", row.get("label") or "")
    preds = list(labels.values())
    result, _ = _score_matching(
        doc.id,
        "agreements",
        doc.agreements,
        preds,
        lambda g, label: any(k in normalize(label) for k in keywords.get(g, ())),
        str,
        str,
    )
    return result


def quote_compatible(gold: GoldQuote, row: Row) -> bool:
    return normalize(gold.starts) in normalize(_strip_quote_marks(row.get("quote") or ""))


def match_quotes(
    doc: GoldDoc, rows: Sequence[Row], resolver: NameResolver
) -> tuple[KindResult, int, int]:
    """Detection is matched on text alone; returns (result, right speakers, matched quotes).

    Among equally large matchings, one that pairs quotes with right speakers is preferred, so a
    duplicate with a wrong speaker cannot steal the match from a right one."""
    right = [
        [
            quote_compatible(g, r) and resolver.resolve(r.get("speakerLabel")) == g.speaker
            for r in rows
        ]
        for g in doc.quotes
    ]
    # Maximum cardinality first, then the most right speakers among those (weights 1 vs 2).
    graph = nx.Graph()
    for g, item in enumerate(doc.quotes):
        for p, row in enumerate(rows):
            if quote_compatible(item, row):
                graph.add_edge(("g", g), ("p", p), weight=2 if right[g][p] else 1)
    match: dict[int, int] = {}
    for a, b in nx.max_weight_matching(graph, maxcardinality=True):
        (ka, ia), (_, ib) = sorted((a, b))  # "g" sorts before "p"
        match[ia] = ib
    result = KindResult()
    result.counts.tp = len(match)
    for g, item in enumerate(doc.quotes):
        if g not in match:
            result.counts.fn += 1
            result.errors.append(Error(doc.id, "quotes", "fn", item.describe()))
        elif not right[g][match[g]]:
            said = rows[match[g]].get("speakerLabel") or "nobody"
            result.errors.append(
                Error(doc.id, "quotes", "speaker", f"{item.describe()} attributed to {said}")
            )
    matched_preds = set(match.values())
    for p, row in enumerate(rows):
        if p in matched_preds:
            continue
        if any(quote_compatible(g, row) for g in doc.quotes):
            result.counts.redundant += 1
        else:
            result.counts.fp += 1
            text = (row.get("quote") or "")[:80]
            result.errors.append(
                Error(doc.id, "quotes", "fp", f'{row.get("speakerLabel")}: "{text}"')
            )
    return result, sum(right[g][p] for g, p in match.items()), len(match)


def cross_document_identity(
    gold: Gold,
    actor_rows: Sequence[Row],
    resolver: NameResolver,
    *,
    docs: Iterable[str] | None = None,
) -> Identity:
    """Actors listed in 2+ gold documents: do all their rows carry one IRI?"""
    wanted = set(docs) if docs is not None else set(gold.docs)
    gold_docs: dict[str, set[str]] = defaultdict(set)
    for doc in gold.docs.values():
        if doc.id in wanted:
            for name in doc.actors:
                gold_docs[name].add(doc.id)
    found_docs: dict[str, set[str]] = defaultdict(set)
    iris: dict[str, set[str]] = defaultdict(set)
    names_of_iri: dict[str, set[str]] = defaultdict(set)
    for row in actor_rows:
        doc = doc_id_of(row.get("doc"))
        canonical = resolver.typed(row.get("label"), _local(row.get("type")))
        if canonical is None or doc not in wanted:
            continue
        found_docs[canonical].add(doc)
        if row.get("actor"):
            iris[canonical].add(str(row["actor"]))
            names_of_iri[str(row["actor"])].add(canonical)
    identity = Identity()
    for name, in_docs in sorted(gold_docs.items()):
        if len(in_docs) < 2:
            continue
        if len(found_docs[name] & in_docs) < 2:
            identity.not_found += 1
            continue
        identity.actors += 1
        if len(iris[name]) == 1:
            identity.one_iri += 1
        else:
            identity.split[name] = sorted(iris[name])
    identity.merged = {iri: sorted(n) for iri, n in sorted(names_of_iri.items()) if len(n) > 1}
    return identity


def doc_id_of(value: str | None) -> str:
    """`doc` is the id or an IRI ending with it."""
    if not value:
        return ""
    return re.split(r"[/#]", value.rstrip("/"))[-1]


def _local(value: str | None) -> str | None:
    """Local name of an IRI (`.../polarity/support` -> `support`); plain strings pass through."""
    if value is None:
        return None
    return re.split(r"[/#]", value.rstrip("/"))[-1]


def _strip_quote_marks(text: str) -> str:
    return text.strip().strip("\"'“”‘’«»")


def score(
    gold: Gold, rows: Mapping[str, Sequence[Row]], *, docs: Iterable[str] | None = None
) -> EvaluationResult:
    """Score contract-query rows (`rows[kind]` for each of KINDS) against the gold documents."""
    resolver = gold.resolver()
    doc_ids = [d for d in gold.docs if docs is None or d in set(docs)]
    by_doc: dict[str, dict[str, list[Row]]] = {k: defaultdict(list) for k in KINDS}
    for kind in KINDS:
        for row in rows.get(kind, ()):
            by_doc[kind][doc_id_of(row.get("doc"))].append(row)

    totals = {k: Counts() for k in KINDS}
    per_doc: dict[str, dict[str, Counts]] = {}
    errors: list[Error] = []
    neutral = right_speakers = matched_quotes = 0
    stance_rules: dict[str, list[int]] = {}
    stance_confidence: dict[str, list[int]] = {}
    for doc_id in doc_ids:
        doc = gold.docs[doc_id]
        stance_precision(doc, by_doc["stances"][doc_id], resolver, {
            lambda row: rule_family(row.get("rule")): stance_rules,
            lambda row: confidence_band(row.get("confidence")): stance_confidence,
        })  # fmt: skip
        actors = match_actors(doc, by_doc["actors"][doc_id], resolver)
        stances, n = match_stances(doc, by_doc["stances"][doc_id], resolver)
        guarantees = match_guarantees(doc, by_doc["guarantees"][doc_id], resolver)
        agreements = match_agreements(doc, by_doc["agreements"][doc_id], gold.agreements)
        quotes, right, matched = match_quotes(doc, by_doc["quotes"][doc_id], resolver)
        neutral += n
        right_speakers += right
        matched_quotes += matched
        results = {"actors": actors, "stances": stances, "guarantees": guarantees,
                   "agreements": agreements, "quotes": quotes}  # fmt: skip
        per_doc[doc_id] = {k: r.counts for k, r in results.items()}
        for kind, r in results.items():
            totals[kind].add(r.counts)
            errors.extend(r.errors)
    return EvaluationResult(
        kinds=totals,
        per_doc=per_doc,
        errors=errors,
        quote_attribution=(right_speakers, matched_quotes),
        identity=cross_document_identity(gold, rows.get("actors", ()), resolver, docs=doc_ids),
        neutral_stances=neutral,
        docs=len(doc_ids),
        stance_rules=dict(sorted(stance_rules.items(), key=lambda kv: (-kv[1][1], kv[0]))),
        stance_confidence=dict(sorted(stance_confidence.items())),
    )


# --------------------------------------------------------------------------- running the pipeline


def find_documents(doc_ids: Iterable[str], docs_dir: str | Path) -> list[Path]:
    """The files holding the given document ids: `<id>.<ext>`, or a .jsonl file with that `id`."""
    docs_dir = Path(docs_dir)
    wanted = set(doc_ids)
    found: dict[str, Path] = {}
    for path in sorted(docs_dir.iterdir()):
        if path.suffix.lower() in _DOC_SUFFIXES and path.stem in wanted:
            found[path.stem] = path
        elif path.suffix.lower() == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    doc_id = str(json.loads(line).get("id"))
                except (json.JSONDecodeError, AttributeError) as exc:
                    raise PactgraphError(f"{path}:{n}: not a JSON object: {exc}") from exc
                if doc_id in wanted:
                    found[doc_id] = path
    missing = sorted(wanted - set(found))
    if missing:
        raise PactgraphError(f"{docs_dir}: no document for gold ids {', '.join(missing)}")
    return sorted(set(found.values()))


def query_text(name: str) -> str:
    """A contract query's text, found the way `pactgraph query` finds it."""
    from pactgraph.query import load_query

    return load_query(name)


def run_contract_queries(graph: Any) -> dict[str, list[dict[str, str | None]]]:
    # Imported late: scoring rows must work without the query module.
    from pactgraph.query import run_query

    rows: dict[str, list[dict[str, str | None]]] = {}
    for kind in KINDS:
        _, rows[kind] = run_query(graph, query_text(f"{kind}.rq"))
    return rows


def evaluate(
    gold_path: str | Path,
    docs_dir: str | Path,
    *,
    model: str | None = None,
    graph: Any | None = None,
) -> EvaluationResult:
    """Build the gold's documents from docs_dir (unless `graph` is given), query, and score."""
    gold = load_gold(gold_path)
    if graph is None:
        from pactgraph.pipeline import build_graph

        paths = find_documents(gold.docs, docs_dir)
        log.info("evaluate: building %d files for %d gold documents", len(paths), len(gold.docs))
        graph = build_graph(paths, model=model)
    return score(gold, run_contract_queries(graph))


# --------------------------------------------------------------------------- rendering


def render_rules(result: EvaluationResult) -> list[str]:
    """Stance precision per rule family, most productive first."""
    lines = ["", "stance precision by rule (holder route:trigger kind):",
             f"{'rule':<44}{'correct':>9}{'predicted':>11}{'P':>7}"]  # fmt: skip
    for rule, (correct, total) in result.stance_rules.items():
        lines.append(f"{rule:<44}{correct:>9}{total:>11}{correct / total:>7.2f}")
    lines += ["", "stance precision by confidence (does a higher confidence mean a likelier fact?):",
              f"{'confidence':<44}{'correct':>9}{'predicted':>11}{'P':>7}"]  # fmt: skip
    for band, (correct, total) in result.stance_confidence.items():
        lines.append(f"{band:<44}{correct:>9}{total:>11}{correct / total:>7.2f}")
    return lines


def render_table(result: EvaluationResult, *, verbose: bool = False, by_rule: bool = False) -> str:
    """Plain-text report: totals per kind, quotes' attribution, identity, per-document, errors."""
    lines = [f"{'kind':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'redund.':>9}"]
    for kind, c in result.kinds.items():
        lines.append(
            f"{kind:<12}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}"
            f"{c.tp:>6}{c.fp:>6}{c.fn:>6}{c.redundant:>9}"
        )
    right, matched = result.quote_attribution
    ident = result.identity
    lines += [
        "",
        f"quote attribution: {result.attribution_accuracy:.3f} ({right}/{matched} matched quotes)",
        f"cross-document identity: {ident.score:.3f} "
        f"({ident.one_iri}/{ident.actors} actors in 2+ docs;"
        f" {ident.not_found} more not found in 2+ docs)",
        f"neutral stances not scored: {result.neutral_stances}",
        f"documents: {result.docs}",
        f"counting: {COUNTING_NOTE}",
    ]
    for name, iris in ident.split.items():
        lines.append(f"  split: {name} -> {', '.join(iris)}")
    for iri, names in ident.merged.items():
        lines.append(f"  merged: {iri} carries {', '.join(names)}")
    lines += ["", "per document (tp/fp/fn):", f"{'doc':<34}" + "".join(f"{k:>13}" for k in KINDS)]
    for doc, kinds in result.per_doc.items():
        cells = "".join(f"{f'{c.tp}/{c.fp}/{c.fn}':>13}" for c in kinds.values())
        lines.append(f"{doc:<34}{cells}")
    if by_rule:
        lines += render_rules(result)
    if verbose:
        lines += [
            "",
            "errors (fn = missed gold item, fp = false positive, speaker = wrong attribution):",
        ]
        for e in result.errors:
            lines.append(f"  {e.doc:<30} {e.kind:<11} {e.error:<8} {e.detail}")
    return "\n".join(lines)


def render(
    result: EvaluationResult, *, fmt: str = "table", verbose: bool = False, by_rule: bool = False
) -> str:
    if fmt == "json":
        return json.dumps(result.to_dict(verbose=verbose), indent=2, ensure_ascii=False)
    if fmt == "table":
        return render_table(result, verbose=verbose, by_rule=by_rule)
    raise PactgraphError(f"unknown format {fmt!r}: use table or json")


def format_result(result: EvaluationResult, *, fmt: str = "table", verbose: bool = False) -> str:
    """What `pactgraph evaluate` prints (ends with a newline)."""
    return render(result, fmt=fmt, verbose=verbose) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m pactgraph.evaluate tests/data/gold_dev.yaml tests/data/dev --verbose`"""
    parser = argparse.ArgumentParser(
        prog="python -m pactgraph.evaluate",
        description="Score the pipeline against gold annotations.",
        epilog="Example: python -m pactgraph.evaluate tests/data/gold_dev.yaml tests/data/dev -v",
    )
    parser.add_argument("gold")
    parser.add_argument("docs_dir")
    parser.add_argument("--model", default=None)
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every miss and false positive"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    try:
        result = evaluate(args.gold, args.docs_dir, model=args.model)
    except PactgraphError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render(result, fmt=args.format, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
