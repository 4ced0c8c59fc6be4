"""The on-disk Oxigraph store: documents added, replaced, skipped, removed; queries as text."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from pactgraph import __version__
from pactgraph.rdf.iris import graph_iri
from pactgraph.rdf.namespace import PG
from pactgraph.store import INFERRED_GRAPH, Store, StoreError

SAMPLE = Path(__file__).parent / "data" / "sample_graph.trig"
UKRAINE = "https://w3id.org/pactgraph/id/actor/ukraine"


@pytest.fixture(scope="module")
def sample() -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(SAMPLE, format="trig")
    return ds


def doc_graph(ds: rdflib.Dataset, doc_id: str) -> rdflib.Graph:
    g = rdflib.Graph()
    for t in ds.graph(graph_iri(doc_id)):
        g.add(t)
    return g


def content_hash(g: rdflib.Graph) -> str:
    return str(next(g.objects(None, PG.contentHash)))


def test_add_replace_unchanged_remove(tmp_path: Path, sample: rdflib.Dataset) -> None:
    g1 = doc_graph(sample, "sample-001")
    with Store.open(tmp_path / "store") as store:
        assert store.add_document("sample-001", content_hash(g1), g1) == "added"
        assert store.add_document("sample-001", content_hash(g1), g1) == "unchanged"
        # A changed hash means the article changed: the graph is replaced, not appended to.
        smaller = rdflib.Graph()
        for t in list(g1)[:10]:
            smaller.add(t)
        assert store.add_document("sample-001", "other-hash", smaller) == "replaced"
        assert len(store) == 10
        info = store.documents()
        assert [(d.doc_id, d.content_hash, d.version, d.triples) for d in info] == [
            ("sample-001", "other-hash", __version__, 10)
        ]
    # Reopened from disk: everything persisted, and the lock was released by close().
    with Store.open(tmp_path / "store") as store:
        assert [d.doc_id for d in store.documents()] == ["sample-001"]
        store.remove_document("sample-001")
        assert store.documents() == []
        assert len(store) == 0
        assert list(store.triples()) == []
        with pytest.raises(StoreError, match="not in the store"):
            store.remove_document("sample-001")


def test_add_dataset_and_union_queries_have_set_semantics(tmp_path: Path, sample) -> None:
    with Store.open(tmp_path / "store") as store:
        outcome = store.add_dataset(sample)
        assert outcome == {"sample-001": "added", "sample-002": "added", "xss-003": "added"}
        assert store.add_dataset(sample) == dict.fromkeys(outcome, "unchanged")
        # Quads per document graph are all kept; the merged graph counts shared triples once.
        assert len(store) == len(list(sample.quads((None, None, None, None))))
        assert sum(1 for _ in store.triples()) == len({q[:3] for q in sample.quads((None, None, None, None))})
        # Ukraine's label is repeated in all three document graphs but is one triple.
        variables, rows = store.query(
            f"SELECT ?label WHERE {{ <{UKRAINE}> <{RDFS.label}> ?label }}"
        )
        assert (variables, rows) == (["label"], [{"label": "Ukraine"}])
        _, rows = store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{UKRAINE}> a ?t }} }} ORDER BY ?g")
        assert [r["g"] for r in rows] == [str(graph_iri(d)) for d in sorted(outcome)]
        # Without the union the default graph is empty.
        _, rows = store.query("SELECT * WHERE { ?s ?p ?o }", use_default_graph_as_union=False)
        assert rows == []
        # Removing one document keeps triples other documents still state.
        store.remove_document("xss-003")
        _, rows = store.query(f"SELECT ?label WHERE {{ <{UKRAINE}> <{RDFS.label}> ?label }}")
        assert rows == [{"label": "Ukraine"}]
        merged = {(t.subject.value, t.predicate.value, t.object.value) for t in store.triples()}
        expected = {
            (str(s), str(p), str(o))
            for d in ("sample-001", "sample-002")
            for s, p, o in doc_graph(sample, d)
        }
        assert merged == expected


def test_query_terms_follow_the_csv_contract(tmp_path: Path, sample) -> None:
    with Store.open(tmp_path / "store") as store:
        store.add_dataset(sample)
        variables, rows = store.query(
            f"""SELECT ?doc ?date ?missing WHERE {{
                  ?a <{PG.documentId}> ?doc ; <http://purl.org/dc/terms/issued> ?date .
                  OPTIONAL {{ ?a <urn:nothing> ?missing }} }} ORDER BY ?doc"""
        )
        assert variables == ["doc", "date", "missing"]
        assert rows[0] == {"doc": "sample-001", "date": "2022-02-23", "missing": None}
        assert store.query("ASK { ?s ?p ?o }") == (["ask"], [{"ask": "true"}])
        # Parameters are bound as terms: an IRI-looking value is an IRI.
        _, rows = store.query(f"SELECT ?a ?label WHERE {{ ?a <{RDFS.label}> ?label }}",
                              params={"a": UKRAINE})
        assert rows == [{"a": UKRAINE, "label": "Ukraine"}]
        with pytest.raises(StoreError, match="syntax"):
            store.query("SELECT WHERE {")


def test_inferred_graph_can_be_included_or_not(tmp_path: Path, sample) -> None:
    inferred = rdflib.Graph()
    inferred.add((URIRef(UKRAINE), RDFS.label, Literal("inferred label")))
    with Store.open(tmp_path / "store") as store:
        store.add_dataset(sample)
        assert store.add_graph("inferred", inferred) == 1
        q = f"SELECT ?l WHERE {{ <{UKRAINE}> <{RDFS.label}> ?l }} ORDER BY ?l"
        assert store.query(q)[1] == [{"l": "Ukraine"}, {"l": "inferred label"}]
        assert store.query(q, include_inferred=False)[1] == [{"l": "Ukraine"}]
        assert INFERRED_GRAPH in store.graph_names()
        assert [d.doc_id for d in store.documents()] == ["sample-001", "sample-002", "xss-003"]


def test_read_only_store_refuses_writes(tmp_path: Path, sample) -> None:
    with Store.open(tmp_path / "store") as store:
        store.add_dataset(sample)
    with Store.open(tmp_path / "store", read_only=True) as store:
        assert len(store.documents()) == 3
        with pytest.raises(StoreError, match="read-only"):
            store.remove_document("sample-001")
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "missing", read_only=True)


def test_other_graphs_are_queried_beside_the_documents(tmp_path: Path, sample) -> None:
    links = rdflib.Graph()
    a, b = URIRef("https://w3id.org/pactgraph/id/stance/st-a"), URIRef(
        "https://w3id.org/pactgraph/id/stance/st-b")
    links.add((a, PG.corroborates, b))
    ds = rdflib.Dataset()
    for q in sample.quads((None, None, None, None)):
        ds.add(q)
    ds.graph(URIRef("https://w3id.org/pactgraph/graph/links")).add((a, PG.corroborates, b))
    with Store.open(tmp_path / "store") as store:
        outcome = store.add_dataset(ds)
        assert sorted(outcome) == ["sample-001", "sample-002", "xss-003"]
        _, rows = store.query(f"SELECT ?x WHERE {{ ?x <{PG.corroborates}> ?y }}")
        assert rows == [{"x": str(a)}]
        assert len(list(store.quads())) == len(list(ds.quads((None, None, None, None))))
        with pytest.raises(StoreError, match="use add_document"):
            store.add_graph(str(graph_iri("sample-001")), links)


def test_a_replacement_that_cannot_be_stored_keeps_the_old_version(tmp_path: Path, sample) -> None:
    g1 = doc_graph(sample, "sample-001")
    broken = rdflib.Graph()
    for t in g1:
        broken.add(t)
    # rdflib writes a relative IRI to N-Triples; Oxigraph refuses it.
    broken.add((URIRef("actor/no-scheme"), RDFS.label, Literal("x")))
    with Store.open(tmp_path / "store") as store:
        store.add_document("sample-001", content_hash(g1), g1)
        before = sorted(str(q) for q in store.quads())
        with pytest.raises(StoreError, match="nothing was written"):
            store.add_document("sample-001", "new-hash", broken)
        assert sorted(str(q) for q in store.quads()) == before
        assert [d.content_hash for d in store.documents()] == [content_hash(g1)]
        links = rdflib.Graph()
        links.add((URIRef(UKRAINE), RDFS.seeAlso, URIRef("https://example.org/ok")))
        store.add_graph("links", links)
        with pytest.raises(StoreError, match="nothing was written"):
            store.add_graph("links", broken)
        _, rows = store.query(f"SELECT ?o WHERE {{ <{UKRAINE}> <{RDFS.seeAlso}> ?o }}")
        assert rows == [{"o": "https://example.org/ok"}]


def test_blank_nodes_are_replaced_and_removed_with_their_document(tmp_path: Path) -> None:
    def graph_with_blank(label: str) -> rdflib.Graph:
        g = rdflib.Graph()
        node = rdflib.BNode()
        g.add((URIRef(UKRAINE), RDFS.seeAlso, node))
        g.add((node, RDFS.label, Literal(label)))
        return g

    with Store.open(tmp_path / "store") as store:
        store.add_document("doc-b", "h1", graph_with_blank("first"))
        store.add_document("doc-b", "h2", graph_with_blank("second"))
        q = f"SELECT ?l WHERE {{ <{UKRAINE}> <{RDFS.seeAlso}> ?n . ?n <{RDFS.label}> ?l }}"
        # The default graph's blank node is the named graph's: the join finds it, once.
        assert store.query(q)[1] == [{"l": "second"}]
        store.remove_document("doc-b")
        assert list(store.triples()) == [] and len(store) == 0


def test_an_iri_rdflib_cannot_write_is_a_store_error(tmp_path: Path) -> None:
    g = rdflib.Graph()
    g.add((URIRef("https://w3id.org/pactgraph/id/actor/not an iri"), RDFS.label, Literal("x")))
    with Store.open(tmp_path / "store") as store, pytest.raises(StoreError, match="N-Triples"):
        store.add_document("doc-x", "h", g)
