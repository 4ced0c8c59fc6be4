"""SHACL validation of hand-made document graphs (tests/data/validate/) against ontology/shapes.ttl."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, XSD, Dataset, Graph, Literal, Namespace, URIRef

from pactgraph.rdf.namespace import OA, PG, STANCE_TYPE, VOCAB
from pactgraph.validate import (
    ValidationReport,
    load_ontology,
    load_shapes,
    validate,
    validate_per_document,
)

DATA = Path(__file__).parent / "data"
SH = Namespace("http://www.w3.org/ns/shacl#")
ID = "https://w3id.org/pactgraph/id/"
STANCE = URIRef(ID + "stance/st-0001")
GUARANTEE = URIRef(ID + "guarantee/gu-0001")
UKRAINE = URIRef(ID + "actor/ukraine")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(DATA / "validate" / "valid.ttl")


def check(
    valid: Graph, shapes: Graph, ontology: Graph, change: Callable[[Graph], None]
) -> ValidationReport:
    g = Graph()
    g += valid
    change(g)
    return validate(g, shapes=shapes, ontology=ontology)


def test_valid_document_conforms(valid: Graph, shapes: Graph, ontology: Graph) -> None:
    report = validate(valid, shapes=shapes, ontology=ontology)
    assert report.conforms, report.text
    assert report.results == []
    assert report.text.startswith("Conforms: True")


def test_reason_fixture_conforms_too(shapes: Graph, ontology: Graph) -> None:
    report = validate(Graph().parse(DATA / "reason" / "nato.ttl"), shapes=shapes, ontology=ontology)
    assert report.conforms, report.text


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda g: g.remove((STANCE, PG.stanceHolder, None)),
            PG.stanceHolder,
            "exactly one holder",
        ),
        (
            lambda g: g.add((STANCE, PG.stanceHolder, UKRAINE)),
            PG.stanceHolder,
            "exactly one holder",
        ),
        (
            lambda g: g.set((STANCE, PG.stanceType, STANCE_TYPE.applaud)),
            PG.stanceType,
            "stance-type scheme",
        ),
        (
            lambda g: g.set((STANCE, PG.polarity, STANCE_TYPE.demand)),
            PG.polarity,
            "support, oppose or neutral",
        ),
        (lambda g: g.remove((STANCE, PG.evidence, None)), PG.evidence, "must have evidence"),
        (lambda g: g.remove((GUARANTEE, PG.evidence, None)), PG.evidence, "must have evidence"),
        (lambda g: g.remove((STANCE, PG.target, None)), PG.target, "exactly one pg:target"),
        (
            lambda g: g.set((STANCE, PG.confidence, Literal("1.5", datatype=XSD.decimal))),
            PG.confidence,
            "between 0 and 1",
        ),
        (
            lambda g: g.remove((GUARANTEE, PG.guaranteeStatus, None)),
            PG.guaranteeStatus,
            "guaranteeStatus",
        ),
        (
            lambda g: g.add(
                (UKRAINE, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Ukraina"))
            ),
            URIRef("http://www.w3.org/2000/01/rdf-schema#label"),
            "exactly one rdfs:label",
        ),
        (
            lambda g: g.set((URIRef(ID + "selector/se-0004p"), OA.end, Literal(10))),
            OA.start,
            "less than oa:end",
        ),
        (
            lambda g: g.remove(
                (URIRef(ID + "anchor/an-0004"), OA.hasSelector, URIRef(ID + "selector/se-0004p"))
            ),
            OA.hasSelector,
            "TextPositionSelector",
        ),
        (lambda g: g.set((STANCE, PG.date, Literal("23 February 2022"))), PG.date, "xsd:date"),
    ],
    ids=[
        "no-holder",
        "two-holders",
        "bad-stance-type",
        "bad-polarity",
        "stance-no-evidence",
        "guarantee-no-evidence",
        "no-target",
        "confidence-range",
        "no-status",
        "two-labels",
        "start-after-end",
        "no-position-selector",
        "date-not-xsd-date",
    ],
)
def test_broken_document_gives_a_violation(
    valid: Graph,
    shapes: Graph,
    ontology: Graph,
    change: Callable[[Graph], None],
    path: URIRef,
    words: str,
) -> None:
    report = check(valid, shapes, ontology, change)
    assert not report.conforms
    hits = [r for r in report.violations if r.path == str(path)]
    assert hits, report.text
    assert any(words in r.message for r in hits), report.text


def test_mistyped_actor_is_a_violation(valid: Graph, shapes: Graph, ontology: Graph) -> None:
    report = check(valid, shapes, ontology, lambda g: g.add((UKRAINE, RDF.type, PG.Person)))
    assert not report.conforms
    assert any(
        r.focus == str(UKRAINE) and "Person cannot also be" in r.message for r in report.violations
    )


def test_holder_must_be_an_actor_subclass_aware(
    valid: Graph, shapes: Graph, ontology: Graph
) -> None:
    # a pg:Alliance is a pg:Actor only through the ontology's subclass axioms
    nato = URIRef(ID + "actor/nato")

    def make_nato_holder(g: Graph) -> None:
        g.add((nato, RDF.type, PG.Alliance))
        g.add((nato, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("NATO")))
        g.set((STANCE, PG.stanceHolder, nato))

    assert check(valid, shapes, ontology, make_nato_holder).conforms
    sentence = URIRef(ID + "sentence/doc-a-s1")
    report = check(valid, shapes, ontology, lambda g: g.set((STANCE, PG.stanceHolder, sentence)))
    assert any(r.value == str(sentence) for r in report.violations)


def test_low_confidence_is_only_a_warning(valid: Graph, shapes: Graph, ontology: Graph) -> None:
    report = check(
        valid,
        shapes,
        ontology,
        lambda g: g.set((STANCE, PG.confidence, Literal("0.3", datatype=XSD.decimal))),
    )
    assert report.conforms, report.text
    assert [r.severity for r in report.results] == ["Warning"]
    assert "low confidence" in report.results[0].message
    assert report.results[0].focus == str(STANCE)


def test_kb_actor_without_wikidata_is_only_a_warning(
    valid: Graph, shapes: Graph, ontology: Graph
) -> None:
    report = check(valid, shapes, ontology, lambda g: g.remove((UKRAINE, PG.wikidata, None)))
    assert report.conforms
    assert [(r.severity, r.focus) for r in report.results] == [("Warning", str(UKRAINE))]
    # an actor found only by NER is not expected to have a link
    report = check(
        valid,
        shapes,
        ontology,
        lambda g: (
            g.remove((UKRAINE, PG.wikidata, None)),
            g.set((UKRAINE, PG.inKnowledgeBase, Literal(False))),
        ),
    )
    assert report.results == []


def test_shapes_sh_in_lists_match_the_skos_schemes(shapes: Graph, ontology: Graph) -> None:
    for path, scheme in [
        (PG.stanceType, "stance-type"),
        (PG.polarity, "polarity"),
        (PG.guaranteeForm, "guarantee-form"),
        (PG.guaranteeDomain, "domain"),
        (PG.guaranteeStatus, "guarantee-status"),
    ]:
        concepts = set(ontology.subjects(SKOS.inScheme, URIRef(f"{VOCAB}{scheme}")))
        lists = [
            set(shapes.items(shapes.value(s, SH["in"])))
            for s in shapes.subjects(SH.path, path)
            if shapes.value(s, SH["in"]) is not None
        ]
        assert lists, f"no sh:in for {path}"
        assert all(found == concepts for found in lists), scheme


def test_every_property_shape_has_a_message(shapes: Graph) -> None:
    property_shapes = set(shapes.objects(None, SH.property))
    assert len(property_shapes) > 50
    for shape in property_shapes:
        assert shapes.value(shape, SH.message) is not None, shapes.value(shape, SH.path)


def test_per_document_validation_merges_reports(
    valid: Graph, shapes: Graph, ontology: Graph
) -> None:
    broken = Graph()
    broken += valid
    broken.remove((STANCE, PG.stanceHolder, None))
    nato = Graph().parse(DATA / "reason" / "nato.ttl")
    report = validate_per_document(
        [("doc-a", broken), ("doc-n", nato)], shapes=shapes, ontology=ontology
    )
    assert not report.conforms
    assert {r.document for r in report.results} == {"doc-a"}
    assert (None, SH.conforms, Literal(False)) in report.report_graph
    assert "[doc-a]" in report.text


def test_dataset_is_validated_as_union(valid: Graph, shapes: Graph, ontology: Graph) -> None:
    ds = Dataset()
    graph = ds.graph(URIRef("https://w3id.org/pactgraph/graph/doc-a"))
    for t in valid:
        graph.add(t)
    assert validate(ds, shapes=shapes, ontology=ontology).conforms


def test_shapes_and_ontology_load_from_the_package() -> None:
    assert len(load_shapes()) > 100
    assert (URIRef("https://w3id.org/pactgraph/ontology"), None, None) in load_ontology()
