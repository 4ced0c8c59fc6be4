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


# --- network exports ---------------------------------------------------------------------------

import networkx as nx  # noqa: E402

from pactgraph.export.network import build_network, write_network  # noqa: E402

ACTOR = "https://w3id.org/pactgraph/id/actor/"
TOPIC = "https://w3id.org/pactgraph/id/topic/"
PGNS = "https://w3id.org/pactgraph/ontology#"


@pytest.fixture(scope="module")
def expected() -> dict:
    """Counts computed straight from the sample with rdflib, independently of the exporter."""
    ds = rdflib.Dataset(default_union=True)
    ds.parse(SAMPLE, format="trig")

    def rows(q: str) -> set:
        return {tuple(map(str, r)) for r in ds.query(f"PREFIX pg: <{PGNS}>\n" + q)}

    nodes = rows("""SELECT DISTINCT ?e WHERE { ?e a ?c FILTER(?c IN (pg:Person, pg:Country,
        pg:Alliance, pg:Memorandum, pg:DraftAgreement, pg:Guarantee, pg:Topic)) }""")
    stance_edges = rows("""SELECT DISTINCT ?h ?t ?ty ?p WHERE { ?s a pg:Stance ;
        pg:stanceHolder ?h ; pg:target ?t ; pg:stanceType ?ty ; pg:polarity ?p }""")
    roles = rows("""SELECT DISTINCT ?g ?a WHERE { ?g pg:guarantor|pg:beneficiary ?a }""")
    invokes = rows("""SELECT DISTINCT ?a ?b WHERE { ?i pg:invoker ?a ; pg:invokedAgreement ?b }""")
    per_sentence = rows("""SELECT DISTINCT ?s ?a WHERE { ?m pg:mentionOf ?a ; pg:inSentence ?s .
        ?a a ?c FILTER(?c IN (pg:Person, pg:Country, pg:Alliance)) }""")
    actors_by_sentence: dict = {}
    for s, a in per_sentence:
        actors_by_sentence.setdefault(s, set()).add(a)
    pairs = {tuple(sorted((a, b))) for acts in actors_by_sentence.values()
             for a in acts for b in acts if a < b}
    return {"nodes": len(nodes), "edges": len(stance_edges) + len(roles) + len(invokes)
            + len(pairs), "stances": len(stance_edges)}


@pytest.fixture(scope="module")
def network(store):
    return build_network(store)


def check_graph(g: nx.Graph, expected: dict) -> None:
    assert g.number_of_nodes() == expected["nodes"] == 15
    assert g.number_of_edges() == expected["edges"]
    ukraine = g.nodes[ACTOR + "ukraine"]
    assert (ukraine["label"], ukraine["type"], ukraine["wikidata"]) == ("Ukraine", "Country", "Q212")
    assert g.nodes[ACTOR + "nato"]["type"] == "Alliance"
    stances = [(u, v, d) for u, v, d in g.edges(data=True) if d["kind"] == "stance"]
    assert len(stances) == expected["stances"]
    rejects = [d for u, v, d in stances
               if u == ACTOR + "russia" and v == TOPIC + "nato-membership-of-ukraine"]
    assert len(rejects) == 1
    r = rejects[0]
    assert (r["stanceType"], r["polarity"], int(r["weight"])) == ("reject", "oppose", 2)
    assert (r["date"], r["sources"]) == ("2022-02-23", "sample-001 sample-002")
    comention = [d for u, v, d in g.edges(data=True) if d["kind"] == "co-mention"
                 and {u, v} == {ACTOR + "nato", ACTOR + "russia"}]
    assert [int(d["weight"]) for d in comention] == [3]
    kinds = {d["kind"] for _, _, d in g.edges(data=True)}
    assert kinds == {"stance", "guarantor", "beneficiary", "invokes", "co-mention"}


def test_network_matches_the_sample(network, expected) -> None:
    check_graph(network.graph, expected)


def test_graphml_round_trip(network, expected, tmp_path) -> None:
    out = write_network(network, tmp_path / "g.graphml")
    check_graph(nx.read_graphml(out, force_multigraph=True), expected)


def test_gexf_round_trip(network, expected, tmp_path) -> None:
    out = write_network(network, tmp_path / "g.gexf")
    g = nx.read_gexf(out)
    check_graph(g, expected)


def test_cytoscape_round_trip(network, expected, tmp_path) -> None:
    out = write_network(network, tmp_path / "g.cyjs")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"nodes", "edges"} <= set(data["elements"])
    check_graph(nx.cytoscape_graph(data, name="label"), expected)


def test_facts_carry_their_evidence(network) -> None:
    facts = [network.facts[i] for i in network.node_facts[ACTOR + "russia"]]
    stance = next(f for f in facts if f.kind == "stance" and f.doc == "sample-001")
    (start, end), = stance.highlights
    assert stance.sentence is not None
    assert stance.sentence[start:end] == "rejected any NATO membership of Ukraine"


def test_cli_export_and_remove(tmp_path) -> None:
    from typer.testing import CliRunner

    from pactgraph.cli import app

    runner = CliRunner()
    store_dir = tmp_path / "store"
    ds = rdflib.Dataset()
    ds.parse(SAMPLE, format="trig")
    with Store.open(store_dir) as s:
        s.add_dataset(ds)
    for name in ("g.nq", "g.gexf", "g.html"):
        result = runner.invoke(app, ["export", str(tmp_path / name), "--store", str(store_dir)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 0
    result = runner.invoke(app, ["export", str(tmp_path / "g.ttl"), "--data", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["remove", "xss-003", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["remove", "xss-003", "--store", str(store_dir)])
    assert result.exit_code == 2 and "not in the store" in result.output
    with Store.open(store_dir, read_only=True) as s:
        assert [d.doc_id for d in s.documents()] == ["sample-001", "sample-002"]
