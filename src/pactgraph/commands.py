"""What each CLI command does, as plain functions returning text or an exit code (tests call these)."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import Counter
from pathlib import Path

from pactgraph import PactgraphError

log = logging.getLogger("pactgraph")


def _echo(message: str) -> None:
    import typer

    typer.echo(message, err=True)


def run_build(
    inputs: list[Path],
    out: Path | None,
    *,
    model: str,
    report: Path | None = None,
    validate: bool = True,
    with_ontology: bool = False,
    store: Path | None = None,
    reason: bool = False,
    n_process: int = 1,
    progress: bool = True,
) -> int:
    """Build into the store (when given) and/or the file OUT. With a store and no OUT, documents
    whose content and pactgraph version are unchanged are skipped before any NLP runs."""
    from tqdm import tqdm

    from pactgraph.export.rdf import QUAD_SUFFIXES, atomic_write, export
    from pactgraph.pipeline import build, merge, to_dataset

    if out is None and store is None:
        raise PactgraphError("nothing to write: give -o OUT, or build into the store (drop --no-store)")
    if reason and out is None:
        raise PactgraphError("--reason needs -o OUT (the reasoner reads the written graph)")
    outcomes: Counter = Counter()
    st = None
    if store is not None:
        from pactgraph.store import Store

        st = Store.open(store)
    try:
        skip = None
        if st is not None and out is None:
            skip = lambda article: st.unchanged(article.id, article.content_hash)  # noqa: E731
        bar = tqdm(unit="doc", desc="building", disable=not progress)
        summary = build(inputs, model=model, n_process=n_process, skip=skip, on_total=bar.reset,
                        on_item=lambda _: bar.update(1))
        bar.close()
        outcomes["unchanged"] += len(summary.skipped)
        if out is not None:
            if out.suffix.lower() in QUAD_SUFFIXES:
                data = to_dataset(summary.documents)
                if with_ontology:
                    from rdflib import URIRef

                    from pactgraph.rdf.namespace import GRAPH
                    from pactgraph.validate import load_ontology

                    data.graph(URIRef(f"{GRAPH}ontology")).__iadd__(load_ontology())
            else:
                data = merge(summary.documents)
                if with_ontology:
                    from pactgraph.validate import load_ontology

                    data += load_ontology()
            export(data, out)
        if st is not None:
            from pactgraph.rdf.links import corroboration_links_in_store

            for d in summary.documents:
                outcomes[st.add_document(d.article.id, d.article.content_hash, d.graph)] += 1
            st.add_graph("links", corroboration_links_in_store(st))
    finally:
        if st is not None:
            st.close()

    validation = None
    exit_code = 0
    if validate and summary.documents:
        from pactgraph.validate import validate_per_document

        validation = validate_per_document((d.article.id, d.graph) for d in summary.documents)
        if not validation.conforms:
            exit_code = 1

    counts = Counter()
    for d in summary.documents:
        r = d.records
        counts.update(
            actors=len(r.entities), stances=len(r.stances), guarantees=len(r.guarantees),
            agreements=len({a.agreement for a in r.agreement_refs}), quotes=len(r.quotes),
            triples=len(d.graph),
        )
    report_data = {
        "output": None if out is None else str(out),
        "store": None if store is None else str(store),
        "unchanged": [a.id for a in summary.skipped],
        "built": [
            {"id": d.article.id, "path": d.article.path, "title": d.article.title,
             "date": d.article.date.isoformat() if d.article.date else None,
             "triples": len(d.graph), "stances": len(d.records.stances),
             "guarantees": len(d.records.guarantees), "quotes": len(d.records.quotes)}
            for d in summary.documents
        ],
        "rejected": [{"source": r.source, "id": r.doc_id, "reason": r.reason} for r in summary.rejected],
        "validation": None if validation is None else {
            "conforms": validation.conforms,
            "violations": sum(1 for f in validation.results if f.severity == "Violation"),
            "warnings": sum(1 for f in validation.results if f.severity == "Warning"),
        },
    }
    report = report or (out.with_name(out.name + ".report.json") if out is not None
                        else Path(str(store) + ".report.json"))
    text = json.dumps(report_data, indent=2, ensure_ascii=False) + "\n"
    atomic_write(report, lambda fh: fh.write(text.encode("utf-8")))

    target = " and ".join(str(x) for x in (out, store and f"store {store}") if x)
    _echo(
        f"built {len(summary.documents)} document(s), rejected {len(summary.rejected)} -> {target} "
        f"({counts['triples']} triples: {counts['actors']} actor mentions, {counts['stances']} stances, "
        f"{counts['guarantees']} guarantees, {counts['agreements']} agreements, {counts['quotes']} quotes)"
    )
    if store is not None:
        _echo(f"store: {outcomes['added']} added, {outcomes['replaced']} replaced, "
              f"{outcomes['unchanged']} unchanged (skipped)")
    for r in summary.rejected:
        _echo(f"  rejected {r.source}: {r.reason}")
    if validation is not None:
        state = "conforms" if validation.conforms else "DOES NOT CONFORM"
        _echo(f"SHACL: {state} ({report_data['validation']['violations']} violations, "
              f"{report_data['validation']['warnings']} warnings); report: {report}")
    if reason:
        code = run_reason([out], inferred_out=None, store=store, batch_size=200, fmt="text")
        exit_code = max(exit_code, code)
    return exit_code


def _load_graph(paths: list[Path]):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    for path in paths:
        if not path.is_file():
            raise PactgraphError(f"graph file {str(path)!r} does not exist")
        fmt = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}.get(
            path.suffix.lower())
        if fmt is None:
            raise PactgraphError(f"{path}: unknown RDF extension {path.suffix!r}")
        try:
            ds.parse(path, format=fmt)
        except Exception as exc:
            raise PactgraphError(f"{path}: cannot parse as {fmt}: {exc}") from exc
    return ds


def run_validate(paths: list[Path], *, fmt: str = "text", per_document: bool = True) -> int:
    from pactgraph.rdf.split import split_by_document
    from pactgraph.validate import validate, validate_per_document

    ds = _load_graph(paths)
    result = validate_per_document(split_by_document(ds)) if per_document else validate(ds)
    if fmt == "json":
        findings = [dataclasses.asdict(f) for f in result.results]
        print(json.dumps({"conforms": result.conforms, "results": findings}, indent=2, ensure_ascii=False))
    else:
        print(result.text)
    return 0 if result.conforms else 1


def _parse_params(params: list[str]) -> dict[str, str]:
    out = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise PactgraphError(f"--param {item!r}: use name=value")
        out[name.strip().lstrip("?$")] = value
    return out


def run_query_cmd(query_file: str, *, data, endpoint, store, params: list[str], inferred: bool, fmt: str) -> str:
    from pactgraph.query import format_rows, load_query, run_query

    text = load_query(query_file)
    bound = _parse_params(params)
    if endpoint:
        from pactgraph.store import query_endpoint

        variables, rows = query_endpoint(endpoint, text, params=bound)
    elif data:
        variables, rows = run_query(list(data), text, params=bound)
    else:
        from pactgraph.store import DEFAULT_STORE, Store

        location = store or DEFAULT_STORE
        if not Path(location).exists():
            raise PactgraphError(
                f"no store at {location}; build into one first (pactgraph build ... --store {location}) "
                "or pass --data GRAPH / --endpoint URL"
            )
        with Store.open(location) as st:
            variables, rows = st.query(text, params=bound, include_inferred=inferred)
    return format_rows(variables, rows, fmt)


STATS_QUERY = """
PREFIX pg: <https://w3id.org/pactgraph/ontology#>
SELECT ?what (COUNT(DISTINCT ?x) AS ?count) WHERE {
  { ?x a pg:Article . BIND("documents" AS ?what) }
  UNION { ?m pg:mentionOf ?x . ?x a ?c . FILTER(?c != pg:Agreement) FILTER NOT EXISTS { ?x a pg:Provision }
          FILTER EXISTS { ?x a ?k . FILTER(?k IN (pg:Person, pg:Country, pg:Organization, pg:Location,
            pg:Alliance, pg:IntergovernmentalOrganization, pg:Coalition, pg:MediaOrganization, pg:GovernmentBody)) }
          BIND("actors" AS ?what) }
  UNION { ?x a pg:Stance . BIND("stances" AS ?what) }
  UNION { ?x a pg:Guarantee . BIND("guarantees" AS ?what) }
  UNION { ?i pg:invokedAgreement ?x . BIND("agreements" AS ?what) }
  UNION { ?x a pg:Quote . BIND("quotes" AS ?what) }
  UNION { ?x a pg:Mention . BIND("mentions" AS ?what) }
} GROUP BY ?what ORDER BY ?what
"""


def run_stats(paths: list[Path], *, fmt: str) -> str:
    from pactgraph.query import format_rows, run_query, to_store

    store = to_store(list(paths))
    variables, rows = run_query(store, STATS_QUERY)
    rows.append({"what": "triples", "count": str(len(store))})
    return format_rows(variables, rows, fmt)


def run_evaluate(
    gold: Path, docs: Path, *, model: str, fmt: str, verbose: bool, by_rule: bool = False
) -> str:
    from pactgraph.evaluate import evaluate, render

    result = evaluate(gold, docs, model=model)
    return render(result, fmt=fmt, verbose=verbose, by_rule=by_rule)


def run_explain(path: Path, *, doc_id: str | None, model: str, fmt: str) -> str:
    from pactgraph.explain import explain_document

    return explain_document(path, doc_id=doc_id, model=model, fmt=fmt)


def run_reason(paths: list[Path], *, inferred_out: Path | None, store: Path | None, batch_size: int, fmt: str) -> int:
    from rdflib import Graph

    from pactgraph.export.rdf import export
    from pactgraph.reason import reason

    ds = _load_graph(paths)
    graph = Graph()
    for triple in ds.triples((None, None, None)):
        graph.add(triple)
    result = reason(graph, batch_size=batch_size)
    if fmt == "json":
        summary = {
            "consistent": result.consistent,
            "documents": result.documents,
            "inferred_triples": len(result.inferred),
            "reasoner_runs": result.reasoner_runs,
            "seconds": round(result.seconds, 2),
            "findings": [dataclasses.asdict(f) for f in result.findings],
        }
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        print(result.text)
    if inferred_out is not None:
        export(result.inferred, inferred_out)
    if store is not None:
        from pactgraph.store import INFERRED_GRAPH, Store

        with Store.open(store) as st:
            st.add_graph(INFERRED_GRAPH, result.inferred)
    return 0 if result.consistent else 1
