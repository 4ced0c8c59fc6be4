"""SHACL validation (pySHACL) of pactgraph graphs against ontology/shapes.ttl -> a report value.

Only sh:Violation results make a graph non-conforming: sh:Warning (low confidence, an in-KB actor
without a Wikidata link) and sh:Info are reported but do not fail. pySHACL itself counts any
result as non-conforming, so `conforms` is recomputed here from the severities.

Validation runs with inference="none" and the ontology as `ont_graph`: subclass-aware `sh:class`
checks then work (a pg:Alliance passes `sh:class pg:Actor`) without rdfs:range axioms making them
pass vacuously. The CLI maps the report to exit codes (0 conforms, 1 does not, 2 error).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import RDF, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.term import Node

from pactgraph import PactgraphError
from pactgraph.resources import project_dir

log = logging.getLogger("pactgraph")

SH = Namespace("http://www.w3.org/ns/shacl#")
ONTOLOGY_FILE = "pactgraph.ttl"
SHAPES_FILE = "shapes.ttl"


class ValidationError(PactgraphError):
    pass


def ontology_dir() -> Path:
    """ontology/ of a source checkout, else the copy shipped as package data (pactgraph/data/)."""
    return project_dir("ontology")


def _load(name: str) -> Graph:
    path = ontology_dir() / name
    try:
        return Graph().parse(path, format="turtle")
    except Exception as exc:  # a broken ontology file is a packaging bug: say which file
        raise ValidationError(f"cannot parse {path}: {exc}") from exc


def load_ontology() -> Graph:
    """The OWL ontology with the SKOS concept schemes (ontology/pactgraph.ttl)."""
    return _load(ONTOLOGY_FILE)


def load_shapes() -> Graph:
    """The SHACL shapes (ontology/shapes.ttl)."""
    return _load(SHAPES_FILE)


@dataclass(frozen=True, slots=True)
class Finding:
    severity: str  # Violation | Warning | Info
    focus: str
    path: str | None
    message: str
    value: str | None = None
    shape: str | None = None
    document: str | None = None  # set by validate_per_document


@dataclass(slots=True)
class ValidationReport:
    conforms: bool
    results: list[Finding] = field(default_factory=list)
    report_graph: Graph = field(default_factory=Graph)
    text: str = ""

    def count(self, severity: str) -> int:
        return sum(1 for r in self.results if r.severity == severity)

    @property
    def violations(self) -> list[Finding]:
        return [r for r in self.results if r.severity == "Violation"]

    @property
    def warnings(self) -> list[Finding]:
        return [r for r in self.results if r.severity == "Warning"]


def _local(node: Node | None) -> str | None:
    if node is None:
        return None
    text = str(node)
    return text.rsplit("#", 1)[-1] if text.startswith(str(SH)) else text


def _path(report: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, URIRef):
        return str(node)
    inverse = report.value(node, SH.inversePath)
    if inverse is not None:
        return f"^{inverse}"
    items = list(report.items(node)) if report.value(node, RDF.first) is not None else []
    return "/".join(str(i) for i in items) if items else str(node)


def _results(report: Graph) -> list[Finding]:
    found = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        messages = [str(m) for m in report.objects(result, SH.resultMessage)]
        value = report.value(result, SH.value)
        shape = report.value(result, SH.sourceShape)
        found.append(
            Finding(
                severity=_local(report.value(result, SH.resultSeverity)) or "Violation",
                focus=str(report.value(result, SH.focusNode)),
                path=_path(report, report.value(result, SH.resultPath)),
                message="; ".join(messages) or "constraint not met",
                value=None if value is None else str(value),
                shape=str(shape) if isinstance(shape, URIRef) else None,
            )
        )
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    found.sort(key=lambda f: (order.get(f.severity, 3), f.focus, f.path or "", f.message))
    return found


def _summary(conforms: bool, results: list[Finding]) -> str:
    counts = {
        s: sum(1 for r in results if r.severity == s) for s in ("Violation", "Warning", "Info")
    }
    head = (
        f"Conforms: {conforms} ({counts['Violation']} violations, {counts['Warning']} warnings, "
        f"{counts['Info']} info)"
    )
    lines = [head]
    for r in results:
        where = f" [{r.document}]" if r.document else ""
        path = f" {r.path}" if r.path else ""
        value = f" = {r.value}" if r.value is not None else ""
        lines.append(f"{r.severity}{where}: {r.focus}{path}{value}: {r.message}")
    return "\n".join(lines)


def validate(
    data: Graph, *, shapes: Graph | None = None, ontology: Graph | None = None
) -> ValidationReport:
    """Validate `data` (a Graph, or a Dataset whose graphs are validated as their union)."""
    shapes = shapes if shapes is not None else load_shapes()
    ontology = ontology if ontology is not None else load_ontology()
    if isinstance(data, (Dataset, ConjunctiveGraph)):
        union = Graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            union.add((s, p, o))
        data = union
    try:
        _, report_graph, _ = shacl_validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference="none",
            abort_on_first=False,
            allow_warnings=True,
            advanced=False,
        )
    except Exception as exc:  # pyshacl raises its own types for broken shapes/data
        raise ValidationError(f"SHACL validation could not run: {exc}") from exc
    results = _results(report_graph)
    conforms = not any(r.severity == "Violation" for r in results)
    return ValidationReport(conforms, results, report_graph, _summary(conforms, results))


def validate_per_document(
    graphs: Iterable[tuple[str, Graph]],
    *,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
) -> ValidationReport:
    """Validate document graphs one by one (fast and memory-flat on big builds) and merge the
    reports; each finding carries its document id."""
    shapes = shapes if shapes is not None else load_shapes()
    ontology = ontology if ontology is not None else load_ontology()
    merged = Graph()
    results: list[Finding] = []
    for doc_id, graph in graphs:
        one = validate(graph, shapes=shapes, ontology=ontology)
        merged += one.report_graph
        results.extend(
            Finding(r.severity, r.focus, r.path, r.message, r.value, r.shape, doc_id)
            for r in one.results
        )
    conforms = not any(r.severity == "Violation" for r in results)
    # the merged report states the overall verdict once
    for report in list(merged.subjects(RDF.type, SH.ValidationReport)):
        merged.remove((report, SH.conforms, None))
        merged.add((report, SH.conforms, Literal(conforms)))
    return ValidationReport(conforms, results, merged, _summary(conforms, results))


def documents_of(dataset: Dataset) -> Iterable[tuple[str, Graph]]:
    """(graph name's last segment, graph) for every non-empty named graph of a Dataset, for
    `validate_per_document`."""
    for graph in dataset.graphs():
        if len(graph) and isinstance(graph.identifier, URIRef):
            yield str(graph.identifier).rstrip("/").rsplit("/", 1)[-1], graph
