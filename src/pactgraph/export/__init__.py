"""Where the graph goes: RDF files (`rdf`), network files for Gephi/Cytoscape/yEd (`network`) and a
self-contained HTML page (`html`). `export_to` picks the exporter from the format or extension."""

from __future__ import annotations

from pathlib import Path

import rdflib

from pactgraph import PactgraphError

RDF_FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld")
NETWORK_FORMATS = ("graphml", "gexf", "cytoscape")
ALL_FORMATS = RDF_FORMATS + NETWORK_FORMATS + ("html",)
_BY_EXTENSION = {
    ".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig", ".jsonld": "jsonld",
    ".graphml": "graphml", ".gexf": "gexf", ".cyjs": "cytoscape", ".html": "html", ".htm": "html",
}


def export_format(out_path: str | Path, format: str | None = None) -> str:
    if format:
        if format not in ALL_FORMATS:
            raise PactgraphError(f"unknown export format {format!r}: use one of "
                                 f"{', '.join(ALL_FORMATS)}")
        return format
    suffix = Path(out_path).suffix.lower()
    if suffix not in _BY_EXTENSION:
        raise PactgraphError(f"cannot tell the export format of {out_path}: use an extension "
                             f"among {', '.join(_BY_EXTENSION)} or pass --format")
    return _BY_EXTENSION[suffix]


def export_to(source: object, out_path: str | Path, format: str | None = None, *,
              include_inferred: bool = True, title: str | None = None) -> Path:
    """Write `source` (a Store, a graph file or an rdflib graph) in any export format."""
    from pactgraph.store import Store

    fmt = export_format(out_path, format)
    if isinstance(source, (str, Path)):
        source = Store.from_rdf(source)
    if not isinstance(source, (Store, rdflib.Graph)):
        raise PactgraphError(f"cannot export a {type(source).__name__}")
    if fmt in RDF_FORMATS:
        from pactgraph.export.rdf import export

        return export(source, out_path, fmt, include_inferred=include_inferred)
    if fmt in NETWORK_FORMATS:
        from pactgraph.export.network import export_network

        return export_network(source, out_path, fmt, include_inferred=include_inferred)
    from pactgraph.export.html import export_html

    return export_html(source, out_path, include_inferred=include_inferred,
                       title=title or "pactgraph network")
