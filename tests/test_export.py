"""RDF exports re-read strictly by Oxigraph and compared with what the store holds."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from pactgraph.export.rdf import ExportError, atomic_write, export, format_for
from pactgraph.store import Store

SAMPLE = Path(__file__).parent / "data" / "sample_graph.trig"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    ds = rdflib.Dataset()
    ds.parse(SAMPLE, format="trig")
    with Store.open(tmp_path_factory.mktemp("export") / "store") as s:
        s.add_dataset(ds)
        yield s


@pytest.fixture(scope="module")
def source_quads() -> set[ox.Quad]:
    return set(ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG))


def read_back(path: Path, fmt: ox.RdfFormat) -> list[ox.Quad]:
    # Strict parse: no `lenient`, so any malformed IRI or literal fails the test.
    return list(ox.parse(path=str(path), format=fmt))


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("g.nq", ox.RdfFormat.N_QUADS), ("g.trig", ox.RdfFormat.TRIG),
     ("g.jsonld", ox.RdfFormat.JSON_LD)],
)
def test_dataset_formats_keep_one_graph_per_document(store, source_quads, tmp_path, name, fmt):
    out = export(store, tmp_path / name)
    quads = read_back(out, fmt)
    assert len(quads) == len(set(quads))
    # No blank nodes in the model: quad-set equality is isomorphism.
    assert set(quads) == source_quads
    assert {q.graph_name.value for q in quads} == {
        "https://w3id.org/pactgraph/graph/sample-001",
        "https://w3id.org/pactgraph/graph/sample-002",
        "https://w3id.org/pactgraph/graph/xss-003",
    }


@pytest.mark.parametrize(
    ("name", "fmt"), [("g.ttl", ox.RdfFormat.TURTLE), ("g.nt", ox.RdfFormat.N_TRIPLES)]
)
def test_graph_formats_hold_the_merged_graph(store, source_quads, tmp_path, name, fmt):
    out = export(store, tmp_path / name)
    triples = read_back(out, fmt)
    assert len(triples) == len(set(triples))
    assert {q.triple for q in triples} == {q.triple for q in source_quads}


def test_rdflib_dataset_exports_like_the_store(source_quads, tmp_path) -> None:
    ds = rdflib.Dataset()
    ds.parse(SAMPLE, format="trig")
    out = export(ds, tmp_path / "from-rdflib.nq")
    assert set(read_back(out, ox.RdfFormat.N_QUADS)) == source_quads


def test_turtle_uses_prefixes_and_jsonld_a_context(store, tmp_path) -> None:
    ttl = export(store, tmp_path / "g.ttl").read_text(encoding="utf-8")
    assert "@prefix pg: <https://w3id.org/pactgraph/ontology#>" in ttl
    doc = json.loads(export(store, tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert isinstance(doc["@context"], dict) and doc["@context"]
    graphs = {g["@id"] for g in doc["@graph"]}
    assert len(graphs) == 3


def test_format_errors_and_atomic_write(tmp_path) -> None:
    assert format_for("x.trig") == "trig"
    assert format_for("x.out", "nquads") == "nquads"
    with pytest.raises(ExportError, match="extension"):
        format_for("x.rdf")
    with pytest.raises(ExportError, match="unknown RDF format"):
        format_for("x.ttl", "rdfxml")
    target = tmp_path / "keep.ttl"
    target.write_text("old", encoding="utf-8")

    def failing(fh) -> None:
        fh.write(b"partial")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, failing)
    # The old file is untouched and no temporary file is left behind.
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.ttl"]
