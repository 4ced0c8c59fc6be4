"""Records -> RDF, tested without spaCy: provenance on every fact, contract query columns."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest

from pactgraph.export.rdf import export
from pactgraph.query import load_query, run_query
from pactgraph.rdf.build import build_document_graph
from pactgraph.records import (
    AgreementInfo,
    AgreementRef,
    Article,
    DocRecords,
    Entity,
    Guarantee,
    Mention,
    OfficeHolding,
    Quote,
    Sentence,
    Stance,
    Target,
)

TEXT = 'Macron offered troops. "We will not abandon Kyiv," Macron said of the 1994 memorandum.'


def _records(doc_id: str = "d1", date=dt.date(2025, 3, 2)) -> DocRecords:
    art = Article(id=doc_id, text=TEXT, title="T", date=date, source="Wire")
    s0 = Sentence(0, 0, 22, TEXT[0:22])
    s1 = Sentence(1, 23, len(TEXT), TEXT[23:])
    macron = Entity("emmanuel-macron", "Emmanuel Macron", "Person", wikidata="Q3052772")
    ukraine = Entity("ukraine", "Ukraine", "Country", wikidata="Q212")
    france = Entity("france", "France", "Country", wikidata="Q142")
    g = Guarantee(id="g0", beneficiary="ukraine", guarantors=("france",), forms=("troops",), status="offered",
                  sentence=0, start=0, end=21, text=TEXT[:21], confidence=0.8, rule="test")
    return DocRecords(
        article=art,
        sentences=[s0, s1],
        entities={e.key: e for e in (macron, ukraine, france)},
        mentions=[Mention("emmanuel-macron", 0, 6, "Macron", 0), Mention("ukraine", 45, 49, "Kyiv", 1, kind="metonym"),
                  Mention("emmanuel-macron", 52, 58, "Macron", 1)],
        agreements={"budapest-memorandum-1994": AgreementInfo("budapest-memorandum-1994", "Budapest Memorandum",
                                                               "Memorandum", "1994-12-05", parties=("ukraine",))},
        agreement_refs=[AgreementRef("budapest-memorandum-1994", 70, 85, "1994 memorandum", 1, kind="description",
                                     invoked_by="emmanuel-macron")],
        guarantees=[g],
        stances=[Stance("emmanuel-macron", "offer", "support", Target("guarantee", "g0", ""), 0, 0, 21, TEXT[:21],
                        confidence=0.8, rule="test")],
        quotes=[Quote("emmanuel-macron", "We will not abandon Kyiv,", 24, 49, 1, confidence=0.9, rule="test")],
        offices=[OfficeHolding("emmanuel-macron", "president-of-france", "President of France", "france", 0, 0, 6, "Macron")],
    )


@pytest.fixture(scope="module")
def graph():
    return build_document_graph(_records())


def _rows(graph, name):
    return run_query(graph, load_query(name))


def test_contract_query_columns_and_rows(graph):
    cols, rows = _rows(graph, "actors")
    assert cols[:4] == ["doc", "actor", "label", "type"]
    # France takes part in a fact but is never named in the text: not a mentioned actor
    assert {(r["label"], r["type"]) for r in rows} == {("Emmanuel Macron", "Person"), ("Ukraine", "Country")}
    cols, rows = _rows(graph, "stances")
    assert cols[:8] == ["doc", "holder", "holderLabel", "stanceType", "polarity", "target", "targetLabel", "sentence"]
    [row] = rows
    assert (row["holderLabel"], row["stanceType"], row["polarity"]) == ("Emmanuel Macron", "offer", "support")
    assert row["targetLabel"] == "security guarantee for Ukraine by France (troops)"
    assert row["sentence"] == "Macron offered troops."
    cols, rows = _rows(graph, "guarantees")
    assert cols[:5] == ["doc", "guarantee", "guarantorLabel", "beneficiaryLabel", "status"]
    assert [(r["guarantorLabel"], r["beneficiaryLabel"], r["status"]) for r in rows] == [("France", "Ukraine", "offered")]
    cols, rows = _rows(graph, "agreements")
    assert cols[:3] == ["doc", "agreement", "label"]
    assert [r["label"] for r in rows] == ["Budapest Memorandum"]
    cols, rows = _rows(graph, "quotes")
    assert cols[:3] == ["doc", "speakerLabel", "quote"]
    assert [(r["speakerLabel"], r["quote"]) for r in rows] == [("Emmanuel Macron", "We will not abandon Kyiv,")]


def test_every_fact_points_to_its_sentence_and_offsets(graph):
    query = """
    PREFIX pg: <https://w3id.org/pactgraph/ontology#>
    PREFIX oa: <http://www.w3.org/ns/oa#>
    SELECT ?fact ?start ?end ?exact WHERE {
      ?fact pg:evidence ?a . ?a oa:hasSelector ?p, ?q .
      ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }"""
    _, rows = run_query(graph, query)
    assert len(rows) >= 7  # 3 mentions, invocation, guarantee, stance, quote, office
    for row in rows:
        assert TEXT[int(row["start"]):int(row["end"])] == row["exact"]


def test_graph_is_deterministic_and_parses_strictly(graph, tmp_path):
    again = build_document_graph(_records())
    first, second = export(graph, tmp_path / "a.nt"), export(again, tmp_path / "b.nt")
    assert first.read_bytes() == second.read_bytes()
    for suffix, fmt in ((".ttl", ox.RdfFormat.TURTLE), (".nt", ox.RdfFormat.N_TRIPLES), (".jsonld", ox.RdfFormat.JSON_LD)):
        parsed = list(ox.parse(path=str(export(graph, tmp_path / f"g{suffix}")), format=fmt))
        assert len(parsed) == len(graph)


def test_stance_shift_query_finds_a_change_across_documents():
    from rdflib import Graph

    first = _records("early", dt.date(2022, 2, 23))
    later = _records("late", dt.date(2025, 8, 24))
    later.stances[0] = Stance("emmanuel-macron", "reject", "oppose", Target("guarantee", "g0", ""), 0, 0, 21,
                              TEXT[:21], rule="test")
    merged = Graph()
    merged += build_document_graph(first)
    merged += build_document_graph(later)
    _, rows = run_query(merged, load_query("stance_shifts"))
    assert [(r["holderLabel"], r["subjectLabel"], r["earlierPolarity"], r["earlierDate"], r["laterPolarity"],
             r["laterDate"]) for r in rows] == [
        ("Emmanuel Macron", "France as a guarantor", "support", "2022-02-23", "oppose", "2025-08-24")]


def test_actor_profile_binds_the_actor_safely(graph):
    _, rows = run_query(graph, load_query("actor_profile"), params={"actorLabel": "Emmanuel Macron"})
    assert {r["role"] for r in rows} == {"stance", "quote", "office"}
    _, rows = run_query(graph, load_query("actor_profile"), params={"actorLabel": 'x" } ?s ?p ?o {'})
    assert rows == []


def test_same_stance_from_two_outlets_corroborates_within_days():
    from pactgraph.rdf.links import corroboration_links
    from pactgraph.rdf.namespace import PG

    a = _records("wire-a", dt.date(2025, 3, 2))
    b = _records("wire-b", dt.date(2025, 3, 3))
    far = _records("wire-c", dt.date(2025, 9, 1))
    links = corroboration_links([a, b, far])
    pairs = {(str(s).rsplit("/", 1)[1], str(o).rsplit("/", 1)[1]) for s, _, o in links.triples((None, PG.corroborates, None))}
    assert len(pairs) == 2  # a<->b, both directions; the September article is too far apart
