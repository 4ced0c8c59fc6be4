"""The ontology itself, checked by HermiT through owlready2 (Java runs for real)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import owlready2
import pytest
from rdflib import RDF, Graph, URIRef

from pactgraph.rdf.namespace import PG, POLARITY, STANCE_TYPE

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "pactgraph.ttl"
X = "https://w3id.org/pactgraph/id/test/"


def hermit(extra: Graph | None = None) -> owlready2.World:
    """Load the ontology (plus `extra` ABox triples) into a fresh world and run HermiT."""
    graph = Graph().parse(ONTOLOGY)
    if extra is not None:
        graph += extra
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "onto.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        owlready2.sync_reasoner_hermit([onto], infer_property_values=False, debug=0)
    return world


@pytest.fixture(scope="module")
def world() -> Iterator[owlready2.World]:
    w = hermit()
    yield w
    w.close()


def test_ontology_is_consistent_and_every_class_satisfiable(world: owlready2.World) -> None:
    assert list(world.inconsistent_classes()) == []


def test_subclasses_are_classified(world: owlready2.World) -> None:
    alliance = world[str(PG.Alliance)]
    assert world[str(PG.Actor)] in alliance.ancestors()
    assert world[str(PG.Actor)] not in world[str(PG.Location)].ancestors()
    # the union class covers both agreements and provisions (inferred, not asserted)
    union = world[str(PG.AgreementOrProvision)]
    assert union in world[str(PG.Treaty)].ancestors()
    assert union in world[str(PG.Provision)].ancestors()


def individual(*types: URIRef) -> Graph:
    g = Graph()
    for t in types:
        g.add((URIRef(X + "jordan"), RDF.type, t))
    return g


@pytest.mark.parametrize(
    "types",
    [
        (PG.Person, PG.Country),
        (PG.Alliance, PG.Location),
        (PG.Provision, PG.Treaty),
        (PG.Stance, PG.Person),
    ],
    ids=lambda ts: "+".join(str(t).rsplit("#", 1)[-1] for t in ts),
)
def test_disjoint_types_make_an_individual_inconsistent(types: tuple[URIRef, ...]) -> None:
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        hermit(individual(*types))


def test_location_cannot_hold_a_stance() -> None:
    g = Graph()
    g.add((URIRef(X + "crimea"), RDF.type, PG.Location))
    g.add((URIRef(X + "st1"), PG.stanceHolder, URIRef(X + "crimea")))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        hermit(g)


def test_two_stance_types_on_one_stance_are_inconsistent() -> None:
    g = Graph()
    stance = URIRef(X + "st1")
    g.add((stance, PG.stanceType, STANCE_TYPE.reject))
    g.add((stance, PG.stanceType, STANCE_TYPE.welcome))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        hermit(g)


def test_well_typed_facts_are_consistent_and_domains_type_them() -> None:
    g = Graph()
    stance, holder = URIRef(X + "st1"), URIRef(X + "someone")
    g.add((stance, PG.stanceHolder, holder))
    g.add((stance, PG.stanceType, STANCE_TYPE.welcome))
    g.add((stance, PG.polarity, POLARITY.support))
    world = hermit(g)
    assert world[str(PG.Actor)] in world[str(holder)].is_a
    assert world[str(PG.Stance)] in world[str(stance)].is_a
    world.close()
