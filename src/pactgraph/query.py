"""Load the SPARQL files in queries/, run them on a graph, a store or an endpoint, return rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from pactgraph import PactgraphError
from pactgraph.resources import project_dir

Row = dict[str, str | None]

QUERIES_DIR = project_dir("queries")
RDF_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


class QueryError(PactgraphError):
    pass


def query_path(name: str | Path) -> Path:
    """A path to a .rq file, or the name of one in queries/ ('stances' -> queries/stances.rq)."""
    path = Path(name)
    if path.is_file():
        return path
    candidate = QUERIES_DIR / (path.name if path.suffix == ".rq" else f"{path.name}.rq")
    if candidate.is_file():
        return candidate
    known = ", ".join(sorted(p.stem for p in QUERIES_DIR.glob("*.rq")))
    raise QueryError(f"no query file {str(name)!r}; give a .rq path or one of: {known}")


def load_query(name: str | Path) -> str:
    return query_path(name).read_text(encoding="utf-8")


def query_question(text: str) -> str:
    """The question a query file answers: its opening comment lines."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("# ").rstrip())
    return " ".join(x for x in lines if x)


def rdf_format(path: Path) -> ox.RdfFormat:
    try:
        return RDF_FORMATS[path.suffix.lower()]
    except KeyError:
        raise QueryError(
            f"{path}: unknown RDF extension {path.suffix!r} (use one of {', '.join(RDF_FORMATS)})"
        ) from None


def _union_into_default_graph(store: ox.Store) -> ox.Store:
    """Copy every named graph's triples into the default graph, once. Oxigraph 0.5 counts a
    triple once per graph when querying the union of graphs, so document graphs that repeat an
    actor's label would inflate rows and COUNTs; the default graph holds each triple once."""
    named = [q for q in store.quads_for_pattern(None, None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph)]
    if named:
        store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in named)
    return store


def to_store(data: Graph | Dataset | ox.Store | str | Path | Sequence[str | Path]) -> ox.Store:
    """An in-memory Oxigraph store holding `data` (rdflib graph, RDF file(s) or a store); its
    default graph holds the union of all graphs (each triple once), named graphs stay reachable
    with GRAPH."""
    if isinstance(data, ox.Store):
        return data
    store = ox.Store()
    if isinstance(data, Graph):  # Dataset is a Graph too
        fmt = "nquads" if isinstance(data, Dataset) else "nt"
        payload = data.serialize(format=fmt, encoding="utf-8")
        store.bulk_load(payload, format=ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.N_TRIPLES)
        return _union_into_default_graph(store)
    paths = [data] if isinstance(data, (str, Path)) else list(data)
    for item in paths:
        path = Path(item)
        if not path.is_file():
            raise QueryError(f"data file {str(path)!r} does not exist")
        try:
            store.bulk_load(path=str(path), format=rdf_format(path))
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"{path}: cannot parse as RDF: {exc}") from exc
    return _union_into_default_graph(store)


def term_text(term: object) -> str | None:
    """CSV contract: IRIs as plain text, literals as their lexical form, unbound as None."""
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value  # NamedNode and Literal


def _substitutions(params: Mapping[str, str] | None) -> dict[ox.Variable, object] | None:
    if not params:
        return None
    subs: dict[ox.Variable, object] = {}
    for name, value in params.items():
        if value.startswith(("http://", "https://", "urn:")):
            try:
                subs[ox.Variable(name)] = ox.NamedNode(value)
            except ValueError as exc:
                raise QueryError(f"parameter {name}: invalid IRI {value!r}") from exc
        else:
            subs[ox.Variable(name)] = ox.Literal(value)
    return subs


def run_query(
    data: Graph | Dataset | ox.Store | str | Path | Sequence[str | Path],
    query_text: str,
    *,
    params: Mapping[str, str] | None = None,
    union: bool = False,
) -> tuple[list[str], list[Row]]:
    """Run a SELECT; parameters are bound as values (never pasted into the query text).
    `union=True` queries the union of named graphs of a store you pass in yourself."""
    store = to_store(data)
    try:
        result = store.query(query_text, use_default_graph_as_union=union, substitutions=_substitutions(params))
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT queries return rows (this one is ASK/CONSTRUCT/DESCRIBE)")
    variables = [v.value for v in result.variables]
    rows = [{name: term_text(solution[name]) for name in variables} for solution in result]
    return variables, rows


def format_rows(variables: list[str], rows: list[Row], fmt: str) -> str:
    """csv | tsv | json | table."""
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(variables)
        for row in rows:
            writer.writerow(["" if row[v] is None else row[v] for v in variables])
        return out.getvalue()
    if fmt == "json":
        return json.dumps({"variables": variables, "rows": rows}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        cells = [[("" if row[v] is None else row[v]).replace("\n", " ") for v in variables] for row in rows]
        widths = [min(60, max([len(v)] + [len(c[i]) for c in cells])) for i, v in enumerate(variables)]

        def line(values: list[str]) -> str:
            return " | ".join(val[:w].ljust(w) for val, w in zip(values, widths)).rstrip()

        body = [line(variables), "-+-".join("-" * w for w in widths)] + [line(c) for c in cells]
        return "\n".join(body) + f"\n({len(rows)} rows)\n"
    raise QueryError(f"unknown format {fmt!r} (csv, tsv, json or table)")
