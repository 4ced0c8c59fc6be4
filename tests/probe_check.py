"""The probe suite: short texts of the phenomena issue #3 names (negation, hedges, spokespersons,
joint statements, guarantor lists, ...), written in fresh words with varied names, each with the
stances and guarantees it must and must not give. Files live in tests/data/probes/*.yaml.

A probe is a mapping:
  id: short unique name
  text: one or a few sentences
  date: optional ISO date (default 2025-03-01)
  expect: stance patterns that must each match some stance
  forbid: stance patterns that must match none (`{}` forbids every stance)
  guarantees: guarantee patterns that must each match some guarantee
  forbid_guarantees: guarantee patterns that must match none (`{}` forbids every guarantee)
  gap: optional reason the probe fails today (the test is then a strict xfail, so a fix shows)
A stance pattern has any of holder (actor key), type, polarity, target (lowercase substring of the
target as stances.rq shows it); a guarantee pattern any of beneficiary, guarantors (a subset),
status. Absent keys match anything.

Quote probes add two keys:
  quotes: quote patterns that must each match some extracted quotation (doc._.pg_quotes)
  forbid_quotes: quote patterns that must match none
A quote pattern has any of speaker (actor key; `null` means no speaker was found) and text (a
lowercase substring of the quoted words, compared case-insensitively with curly quotes made
straight). `forbid_quotes: [{text: so-called}]` says the words are not a quotation at all.

Run `python tests/probe_check.py [FILE ...]` for a report of every probe."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Doc

PROBE_DIR = Path(__file__).parent / "data" / "probes"
DEFAULT_DATE = dt.date(2025, 3, 1)
_STANCE_KEYS = {"holder", "type", "polarity", "target"}
_GUARANTEE_KEYS = {"beneficiary", "guarantors", "status"}
_QUOTE_KEYS = {"speaker", "text"}


def load_probes(paths: Iterable[Path] | None = None) -> list[dict[str, Any]]:
    """Every probe of `paths` (default: all probe files), checked for well-formedness."""
    probes: list[dict[str, Any]] = []
    for path in sorted(paths or PROBE_DIR.glob("*.yaml")):
        for probe in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            _check_shape(probe, path)
            probes.append({**probe, "file": path.stem})
    ids = [p["id"] for p in probes]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate probe ids: {duplicates}")
    return probes


def _check_shape(probe: Mapping[str, Any], path: Path) -> None:
    where = f"{path.name}: probe {probe.get('id')!r}"
    if not probe.get("id") or not probe.get("text"):
        raise ValueError(f"{where} needs an id and a text")
    if not any(probe.get(k) for k in ("expect", "forbid", "guarantees", "forbid_guarantees",
                                      "quotes", "forbid_quotes")):
        raise ValueError(f"{where} expects and forbids nothing")
    for key, allowed in (("expect", _STANCE_KEYS), ("forbid", _STANCE_KEYS),
                         ("guarantees", _GUARANTEE_KEYS),
                         ("forbid_guarantees", _GUARANTEE_KEYS),
                         ("quotes", _QUOTE_KEYS), ("forbid_quotes", _QUOTE_KEYS)):
        for pattern in probe.get(key) or []:
            unknown = set(pattern) - allowed
            if unknown:
                raise ValueError(f"{where}: unknown {key} keys {sorted(unknown)}")


def _stance_matches(stance: Any, pattern: Mapping[str, str]) -> bool:
    return (
        pattern.get("holder", stance.holder) == stance.holder
        and pattern.get("type", stance.stance_type) == stance.stance_type
        and pattern.get("polarity", stance.polarity) == stance.polarity
        and pattern.get("target", "").lower() in stance.target_label.lower()
    )


def _guarantee_matches(guarantee: Any, pattern: Mapping[str, Any]) -> bool:
    return (
        pattern.get("beneficiary", guarantee.beneficiary) == guarantee.beneficiary
        and set(pattern.get("guarantors", ())) <= set(guarantee.guarantors)
        and pattern.get("status", guarantee.status) == guarantee.status
    )


_STRAIGHTEN = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'"})


def _quote_matches(quote: Any, pattern: Mapping[str, Any]) -> bool:
    text = quote.text.lower().translate(_STRAIGHTEN)
    return (
        pattern.get("speaker", quote.speaker) == quote.speaker
        and str(pattern.get("text", "")).lower().translate(_STRAIGHTEN) in text
    )


def describe_quote(quote: Any) -> str:
    return f"{quote.speaker} | {quote.text[:70]} | {quote.rule}"


def quote_failures(probe: Mapping[str, Any], doc: Doc) -> list[str]:
    """The quote patterns of `probe` that `doc` gets wrong."""
    quotes = doc._.pg_quotes or []
    wrong = [f"missing quote {p}" for p in probe.get("quotes") or []
             if not any(_quote_matches(q, p) for q in quotes)]
    wrong += [f"forbidden quote {describe_quote(q)}" for p in probe.get("forbid_quotes") or []
              for q in quotes if _quote_matches(q, p)]
    return wrong


def failures(probe: Mapping[str, Any], doc: Doc) -> list[str]:
    """What `doc` (the probe's text run through the pipeline) gets wrong; empty when it passes."""
    stances = doc._.pg_stances or []
    guarantees = doc._.pg_guarantees or []
    wrong = [f"missing stance {p}" for p in probe.get("expect") or []
             if not any(_stance_matches(s, p) for s in stances)]
    wrong += [f"forbidden stance {describe(s)}" for p in probe.get("forbid") or []
              for s in stances if _stance_matches(s, p)]
    wrong += [f"missing guarantee {p}" for p in probe.get("guarantees") or []
              if not any(_guarantee_matches(g, p) for g in guarantees)]
    wrong += [f"forbidden guarantee {describe_guarantee(g)}"
              for p in probe.get("forbid_guarantees") or []
              for g in guarantees if _guarantee_matches(g, p)]
    wrong += quote_failures(probe, doc)
    return wrong


def describe(stance: Any) -> str:
    return (f"{stance.holder} {stance.stance_type} {stance.polarity} | {stance.target_label}"
            f" | {stance.rule}")


def describe_guarantee(guarantee: Any) -> str:
    return (f"{guarantee.beneficiary} <- {', '.join(guarantee.guarantors) or '-'}"
            f" {guarantee.status} | {guarantee.rule}")


def run(nlp: Any, probe: Mapping[str, Any]) -> Doc:
    from pactgraph.ingest.boilerplate import blank_boilerplate
    from pactgraph.records import Article

    date = probe.get("date")
    date = dt.date.fromisoformat(str(date)) if date else DEFAULT_DATE
    # as the pipeline does: boilerplate lines are blanked before the text is read
    article = Article(id=f"probe-{probe['id']}", text=probe["text"], date=date)
    article = dataclasses.replace(article, clean_text=blank_boilerplate(article).clean_text)
    doc = nlp.make_doc(article.clean_text or probe["text"])
    doc._.pg_article = article
    return nlp(doc)


def main(argv: list[str]) -> int:
    from pactgraph.nlp import load_nlp

    probes = load_probes([Path(a) for a in argv] or None)
    nlp = load_nlp()
    passed = gaps = 0
    for probe in probes:
        doc = run(nlp, probe)
        wrong = failures(probe, doc)
        passed += not wrong
        gaps += bool(probe.get("gap"))
        mark = "ok  " if not wrong else ("GAP " if probe.get("gap") else "FAIL")
        print(f"{mark} {probe['file']}/{probe['id']}: {probe['text']}")
        if wrong:
            for line in wrong:
                print(f"       {line}")
            for stance in doc._.pg_stances or []:
                print(f"       got: {describe(stance)}")
            for guarantee in doc._.pg_guarantees or []:
                print(f"       got guarantee: {describe_guarantee(guarantee)}")
            if probe.get("quotes") or probe.get("forbid_quotes"):
                for quote in doc._.pg_quotes or []:
                    print(f"       got quote: {describe_quote(quote)}")
    print(f"\n{passed}/{len(probes)} probes pass; {gaps} marked as known gaps")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
