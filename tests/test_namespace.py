"""Every term the code can mint exists in ontology/pactgraph.ttl, and every concept the lexicons
and knowledge base use is in the right SKOS scheme."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rdflib import OWL, RDF, SKOS, Graph, URIRef

from pactgraph.rdf.namespace import (
    DOMAIN,
    GUARANTEE_FORM,
    GUARANTEE_STATUS,
    ONTOLOGY_IRI,
    PG,
    POLARITY,
    STANCE_TYPE,
    VOCAB,
)

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "pactgraph"
DECLARATIONS = {
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "pactgraph.ttl")


def pg_terms() -> list[str]:
    return [name for name in PG.__annotations__ if not name.startswith("_")]


def members(ontology: Graph, scheme: str) -> set[str]:
    iri = URIRef(f"{VOCAB}{scheme}")
    return {str(c).rsplit("/", 1)[-1] for c in ontology.subjects(SKOS.inScheme, iri)}


@pytest.mark.parametrize("name", pg_terms())
def test_pg_term_is_declared(ontology: Graph, name: str) -> None:
    term = PG[name]
    kinds = set(ontology.objects(term, RDF.type)) & DECLARATIONS
    assert kinds, f"pg:{name} is in namespace.py but not declared in ontology/pactgraph.ttl"
    assert (term, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None) in ontology
    assert (term, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"), None) in ontology


def test_ontology_declares_nothing_outside_namespace_py(ontology: Graph) -> None:
    declared = {
        str(s)[len(str(PG._NS)) :]
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(str(PG._NS))
    }
    assert declared - set(pg_terms()) == set()


def test_ontology_header(ontology: Graph) -> None:
    onto = URIRef(ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) is not None
    assert not list(ontology.triples((None, OWL.sameAs, None)))


def test_class_tree(ontology: Graph) -> None:
    sub = URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf")
    for cls in ("Person", "Country", "Organization"):
        assert (PG[cls], sub, PG.Actor) in ontology
    for cls in (
        "Alliance",
        "IntergovernmentalOrganization",
        "Coalition",
        "MediaOrganization",
        "GovernmentBody",
    ):
        assert (PG[cls], sub, PG.Organization) in ontology
    assert (PG.Location, sub, PG.NamedEntity) in ontology
    assert (PG.Location, sub, PG.Actor) not in ontology
    for cls in ("Treaty", "Memorandum", "Declaration", "DraftAgreement", "Charter"):
        assert (PG[cls], sub, PG.Agreement) in ontology


def test_schemes_have_exactly_the_documented_concepts(ontology: Graph) -> None:
    assert members(ontology, "polarity") == {"support", "oppose", "neutral"}
    assert members(ontology, "domain") == {"air", "sea", "land"}
    assert len(members(ontology, "stance-type")) == 20
    assert "obstruct" in members(ontology, "stance-type")
    assert "article5-commitment" in members(ontology, "guarantee-form")
    assert members(ontology, "guarantee-status") == {
        "demanded",
        "proposed",
        "offered",
        "under-negotiation",
        "signed",
        "rejected",
        "violated",
    }


def test_stance_types_carry_polarity_notation_and_class(ontology: Graph) -> None:
    for name in members(ontology, "stance-type"):
        concept = STANCE_TYPE[name]
        assert (concept, RDF.type, PG.StanceType) in ontology
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert str(ontology.value(concept, SKOS.notation)) == name
        polarity = ontology.value(concept, PG.hasPolarity)
        assert polarity is not None and polarity == ontology.value(concept, SKOS.broader)
        assert (polarity, RDF.type, PG.Polarity) in ontology


def test_stance_lexicon_uses_only_scheme_concepts(ontology: Graph) -> None:
    lexicon = yaml.safe_load((SRC / "nlp" / "lexicons" / "stance_verbs.yaml").read_text())
    for name, info in lexicon["types"].items():
        assert (STANCE_TYPE[name], RDF.type, PG.StanceType) in ontology, name
        assert ontology.value(STANCE_TYPE[name], PG.hasPolarity) == POLARITY[info["polarity"]], name
        negated = info.get("negated")
        assert (
            negated is None
            or negated == "neutral"
            or (STANCE_TYPE[negated], RDF.type, PG.StanceType) in ontology
        ), negated
    for verb, stance_type in lexicon.get("verbs", {}).items():
        assert (STANCE_TYPE[stance_type], RDF.type, PG.StanceType) in ontology, verb


def test_guarantee_lexicon_uses_only_scheme_concepts(ontology: Graph) -> None:
    lexicon = yaml.safe_load((SRC / "nlp" / "lexicons" / "guarantees.yaml").read_text())
    for status in [*lexicon["status"].values(), *lexicon.get("status_rank", [])]:
        assert (GUARANTEE_STATUS[status], RDF.type, PG.GuaranteeStatus) in ontology, status
    for form in lexicon["forms"]:
        assert (GUARANTEE_FORM[form], RDF.type, PG.GuaranteeForm) in ontology, form
    for domain in lexicon["domains"]:
        assert (DOMAIN[domain], RDF.type, PG.Domain) in ontology, domain


def _values(node: object, key: str) -> list[str]:
    """Every value of `key` anywhere in a YAML tree."""
    found: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k == key and isinstance(v, str):
                found.append(v)
            found += _values(v, key)
    elif isinstance(node, list):
        for item in node:
            found += _values(item, key)
    return found


def test_knowledge_base_types_are_ontology_classes(ontology: Graph) -> None:
    kb = SRC / "kb"
    used = set()
    for name in ("actors.yaml", "agreements.yaml"):
        tree = yaml.safe_load((kb / name).read_text())
        used |= set(_values(tree, "type")) | set(_values(tree, "subtype"))
    assert used, "the knowledge base names no types"
    for cls in used:
        assert (PG[cls], RDF.type, OWL.Class) in ontology, cls


def test_jsonld_context_maps_every_term_and_round_trips() -> None:
    import json

    from rdflib.compare import isomorphic

    context = json.loads((ROOT / "ontology" / "context.jsonld").read_text())["@context"]
    for name in pg_terms():
        entry = context[name]
        iri = entry if isinstance(entry, str) else entry["@id"]
        assert iri == f"pg:{name}", name
    data = Graph().parse(ROOT / "tests" / "data" / "validate" / "valid.ttl")
    text = data.serialize(format="json-ld", context=context)
    assert '"stanceHolder"' in text  # the context really compacted our terms
    assert isomorphic(Graph().parse(data=text, format="json-ld"), data)
