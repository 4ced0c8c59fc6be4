"""Reasoning with owlready2 + HermiT over hand-made document graphs (tests/data/reason/, validate/).
HermiT really runs (Java): each reason() call below starts it at least once."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Dataset, Graph, Literal, URIRef

from pactgraph.query import load_query, run_query
from pactgraph.rdf.namespace import PG
from pactgraph.reason import INFERRED_GRAPH, ReasonReport, reason

DATA = Path(__file__).parent / "data"
ID = "https://w3id.org/pactgraph/id/"
POLAND, USA, UKRAINE = (URIRef(ID + f"actor/{k}") for k in ("poland", "united-states", "ukraine"))
NAT = URIRef(ID + "agreement/north-atlantic-treaty")
BUDAPEST = URIRef(ID + "agreement/budapest-memorandum-1994")


def load(*names: str) -> Graph:
    g = Graph()
    for name in names:
        g.parse(DATA / name)
    return g


@pytest.fixture(scope="module")
def good() -> Graph:
    return load("validate/valid.ttl", "reason/nato.ttl")


@pytest.fixture(scope="module")
def good_report(good: Graph) -> ReasonReport:
    return reason(good)


def test_consistent_documents(good_report: ReasonReport) -> None:
    assert good_report.consistent, good_report.text
    assert good_report.findings == []
    assert good_report.documents == 2
    assert good_report.reasoner_runs == 1
    assert good_report.dropped_triples > 0  # xsd:date literals HermiT cannot take
    assert good_report.text.startswith("Consistent")


def test_inferred_inverse_edges_and_classes(good: Graph, good_report: ReasonReport) -> None:
    inferred = good_report.inferred
    assert (POLAND, PG.partyTo, NAT) in inferred  # inverse of hasParty
    assert (USA, PG.guarantorOf, URIRef(ID + "guarantee/gu-n001")) in inferred
    assert (
        NAT,
        PG.hasProvision,
        URIRef(ID + "agreement/north-atlantic-treaty-article-5"),
    ) in inferred
    assert (USA, RDF.type, PG.Actor) in inferred  # Country is an Actor
    assert (
        URIRef(ID + "actor/nato"),
        RDF.type,
        PG.Actor,
    ) in inferred  # Alliance < Organization < Actor
    assert (UKRAINE, PG.involvedIn, URIRef(ID + "guarantee/gu-0001")) in inferred  # super-property
    # nothing the input already says
    assert not any(t in good for t in inferred)


def test_property_chains_need_hermit(good_report: ReasonReport) -> None:
    inferred = good_report.inferred
    # guarantee rests on the Memorandum -> the Memorandum guarantees Ukraine's security
    assert (BUDAPEST, PG.guaranteesSecurityOf, UKRAINE) in inferred
    # guarantee rests on Article 5 -> Article 5, and through hasProvision the Treaty, guarantee Poland's
    assert (
        URIRef(ID + "agreement/north-atlantic-treaty-article-5"),
        PG.guaranteesSecurityOf,
        POLAND,
    ) in inferred
    assert (NAT, PG.guaranteesSecurityOf, POLAND) in inferred


def rows(data: Graph | Dataset, name: str) -> list[dict[str, str | None]]:
    return run_query(data, load_query(name))[1]


def test_inferred_queries_differ_with_the_inferred_graph(
    good: Graph, good_report: ReasonReport
) -> None:
    ds = Dataset()
    base = ds.graph(URIRef("https://w3id.org/pactgraph/graph/all"))
    for t in good:
        base.add(t)
    inferred = ds.graph(INFERRED_GRAPH)
    for t in good_report.inferred:
        inferred.add(t)

    assert rows(good, "inferred_security_parties") == []
    parties = {
        (r["stateLabel"], r["agreementLabel"], r["beneficiaryLabel"])
        for r in rows(ds, "inferred_security_parties")
    }
    assert ("United States", "North Atlantic Treaty", "Poland") in parties
    assert ("Poland", "North Atlantic Treaty", "Poland") in parties
    assert ("Russia", "Budapest Memorandum", "Ukraine") in parties

    assert rows(good, "inferred_guarantors") == []
    guarantors = {r["guarantorLabel"]: r["beneficiaries"] for r in rows(ds, "inferred_guarantors")}
    assert guarantors == {"Russia": "Ukraine", "United States": "Poland"}

    assert rows(good, "inferred_actor_involvement") == []
    involvement = {
        r["actorLabel"]: int(r["facts"] or 0) for r in rows(ds, "inferred_actor_involvement")
    }
    assert involvement["Volodymyr Zelenskyy"] == 3  # stance holder, speaker, invoker


def test_mistyped_entity_is_reported_with_documents_and_sentences() -> None:
    report = reason(load("reason/mistyped.ttl"))
    assert not report.consistent
    [finding] = [f for f in report.findings if f.kind == "disjoint-classes"]
    assert finding.subject == ID + "actor/jordan"
    assert set(finding.documents) == {"doc-x", "doc-y"}
    sentences = {(e.document, e.sentence) for e in finding.evidence}
    assert ("doc-x", "Jordan scored forty points in the final.") in sentences
    assert ("doc-y", "Jordan offered to host the next round of talks.") in sentences
    assert "pg:Country" in finding.message and "pg:Person" in finding.message
    assert "doc-x" in report.text


def test_functional_clash_is_reported() -> None:
    report = reason(load("reason/two_stance_types.ttl"))
    assert not report.consistent
    [finding] = report.findings
    assert finding.kind == "functional-clash"
    assert finding.documents == ("doc-z",)
    assert (
        "stanceType" in finding.message
        and "reject" in finding.message
        and "condemn" in finding.message
    )


def test_bisection_keeps_inferences_of_consistent_documents(good: Graph) -> None:
    g = Graph()
    g += good
    g += load("reason/two_stance_types.ttl")
    report = reason(g, batch_size=10)
    assert not report.consistent
    assert report.batches == 1 and report.reasoner_runs > 1
    assert [f.documents for f in report.findings] == [("doc-z",)]
    assert (POLAND, PG.partyTo, NAT) in report.inferred  # doc-n still reasoned over


def test_dataset_input_and_batches(good: Graph) -> None:
    ds = Dataset()
    for doc in ("validate/valid.ttl", "reason/nato.ttl"):
        graph = ds.graph(URIRef("https://w3id.org/pactgraph/graph/" + Path(doc).stem))
        graph.parse(DATA / doc)
    report = reason(ds, batch_size=1)
    assert report.consistent
    assert report.batches == 3  # two documents, plus actor:nato that no document mentions
    assert (NAT, PG.guaranteesSecurityOf, POLAND) in report.inferred


def location_fact(prop: URIRef) -> Graph:
    """doc-l: a place (pg:Location) put in an actor's role by `prop`."""
    g = Graph()
    article, sentence = URIRef(ID + "article/doc-l"), URIRef(ID + "sentence/doc-l-s0")
    place, fact = URIRef(ID + "actor/crimea"), URIRef(ID + "fact/f1")
    g.add((article, RDF.type, PG.Article))
    g.add((sentence, RDF.type, PG.Sentence))
    g.add((sentence, PG.inArticle, article))
    g.add(
        (
            sentence,
            URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf"),
            Literal("Crimea demanded answers."),
        )
    )
    g.add((place, RDF.type, PG.Location))
    g.add((fact, prop, place))
    g.add((fact, PG.inArticle, article))
    g.add((fact, PG.inSentence, sentence))
    return g


def test_location_as_stance_holder_is_explained() -> None:
    report = reason(location_fact(PG.stanceHolder))
    assert not report.consistent
    [finding] = report.findings
    assert finding.kind == "disjoint-classes" and finding.subject == ID + "actor/crimea"
    assert "pg:Actor" in finding.message and "pg:Location" in finding.message
    assert ("doc-l", "Crimea demanded answers.") in {
        (e.document, e.sentence) for e in finding.evidence
    }


def test_region_may_be_a_guarantor() -> None:
    # "Europe" (a Location standing for its states) as guarantor: allowed by pg:guarantor's range
    assert reason(location_fact(PG.guarantor)).consistent
