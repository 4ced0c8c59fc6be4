"""`pactgraph explain DOC`: sentence by sentence, what was extracted, by which rule, how sure."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from pactgraph import PactgraphError
from pactgraph.ingest import Rejected, read_articles
from pactgraph.nlp import load_nlp
from pactgraph.pipeline import process
from pactgraph.records import DocRecords


def _label(records: DocRecords, key: str | None) -> str:
    if key is None:
        return "(unknown)"
    entity = records.entities.get(key)
    return entity.label if entity else key


def explain_records(records: DocRecords) -> list[dict]:
    """One entry per sentence that carries anything, in text order."""
    per: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    guarantees = {g.id: g for g in records.guarantees}
    for m in records.mentions:
        per[m.sentence]["mentions"].append(
            {"text": m.text, "actor": _label(records, m.entity), "kind": m.kind,
             "rule": m.rule, "confidence": m.confidence, "start": m.start, "end": m.end})
    for ref in records.agreement_refs:
        info = records.agreements.get(ref.agreement)
        per[ref.sentence]["agreements"].append(
            {"text": ref.text, "agreement": info.label if info else ref.agreement, "kind": ref.kind,
             "invoked_by": _label(records, ref.invoked_by) if ref.invoked_by else None,
             "rule": ref.rule, "confidence": ref.confidence})
    for q in records.quotes:
        per[q.sentence]["quotes"].append(
            {"speaker": _label(records, q.speaker) if q.speaker else None, "quote": q.text,
             "rule": q.rule, "confidence": q.confidence})
    for g in records.guarantees:
        per[g.sentence]["guarantees"].append(
            {"id": g.id, "beneficiary": _label(records, g.beneficiary) if g.beneficiary else None,
             "guarantors": [_label(records, k) for k in g.guarantors],
             "threat": _label(records, g.threat) if g.threat else None, "forms": list(g.forms),
             "domains": list(g.domains), "status": g.status, "rule": g.rule, "confidence": g.confidence})
    for s in records.stances:
        target = s.target_label
        if s.target.kind == "guarantee" and s.target.key in guarantees:
            target = target or f"guarantee {s.target.key}"
        per[s.sentence]["stances"].append(
            {"holder": _label(records, s.holder), "type": s.stance_type, "polarity": s.polarity,
             "target": target, "target_kind": s.target.kind, "negated": s.negated, "hedged": s.hedged,
             "reported_by": _label(records, s.reported_by) if s.reported_by else None,
             "date": s.date.isoformat() if s.date else None, "rule": s.rule, "confidence": s.confidence,
             "evidence": s.text})
    for o in records.offices:
        per[o.sentence]["offices"].append({"person": _label(records, o.person), "office": o.office_label})
    out = []
    for index in sorted(per):
        sentence = records.sentences[index]
        out.append({"sentence": index, "start": sentence.start, "end": sentence.end,
                    "text": sentence.text.strip(), **per[index]})
    return out


def _format_text(records: DocRecords, entries: list[dict]) -> str:
    art = records.article
    lines = [f"{art.id}: {art.title or ''} ({art.date or 'no date'}, {art.source or 'no source'})", ""]
    for e in entries:
        lines.append(f"[{e['sentence']}] {e['start']}-{e['end']}: {e['text']}")
        for m in e.get("mentions", []):
            lines.append(f"    actor    {m['text']!r} -> {m['actor']} ({m['kind']}, {m['rule']}, {m['confidence']:.2f})")
        for a in e.get("agreements", []):
            by = f", invoked by {a['invoked_by']}" if a["invoked_by"] else ""
            lines.append(f"    agreement {a['text']!r} -> {a['agreement']} ({a['kind']}{by}, {a['rule']})")
        for q in e.get("quotes", []):
            lines.append(f"    quote    {q['speaker'] or '(no speaker)'}: {q['quote'][:70]!r} ({q['rule']}, {q['confidence']:.2f})")
        for g in e.get("guarantees", []):
            by = ", ".join(g["guarantors"]) or "(no guarantor named)"
            lines.append(f"    guarantee {g['id']}: for {g['beneficiary']} by {by}; {g['status']}"
                         f"{'; forms ' + ','.join(g['forms']) if g['forms'] else ''}"
                         f"{'; domains ' + ','.join(g['domains']) if g['domains'] else ''} ({g['rule']}, {g['confidence']:.2f})")
        for s in e.get("stances", []):
            flags = "".join([" negated" if s["negated"] else "", " hedged" if s["hedged"] else ""])
            via = f" reported by {s['reported_by']}" if s["reported_by"] else ""
            lines.append(f"    stance   {s['holder']} {s['type']}/{s['polarity']} -> {s['target']}{flags}{via}"
                         f" ({s['rule']}, {s['confidence']:.2f})")
        for o in e.get("offices", []):
            lines.append(f"    office   {o['person']}: {o['office']}")
    return "\n".join(lines) + "\n"


def explain_document(path: Path, *, doc_id: str | None = None, model: str, fmt: str = "text") -> str:
    items = [i for i in read_articles([path]) if doc_id is None or i.id == doc_id]
    articles = [i for i in items if not isinstance(i, Rejected)]
    if not articles:
        reasons = "; ".join(i.reason for i in items if isinstance(i, Rejected)) or "no document found"
        raise PactgraphError(f"{path}: nothing to explain ({reasons})")
    if len(articles) > 1:
        ids = ", ".join(a.id for a in articles[:5])
        raise PactgraphError(f"{path} holds {len(articles)} documents; pick one with --id ({ids}, ...)")
    [result] = list(process(articles, nlp=load_nlp(model)))
    if isinstance(result, Rejected):
        raise PactgraphError(f"{result.source}: {result.reason}")
    entries = explain_records(result.records)
    if fmt == "json":
        return json.dumps({"id": result.article.id, "sentences": entries}, indent=2, ensure_ascii=False) + "\n"
    if fmt != "text":
        raise PactgraphError(f"unknown format {fmt!r} (text or json)")
    return _format_text(result.records, entries)
