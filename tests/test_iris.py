"""IRI minting: deterministic, ASCII, and checked by a strict parser."""

import pytest

from pactgraph.rdf import iris


def test_slugify_transliterates_and_strips():
    assert iris.slugify("Gitanas Nausėda") == "gitanas-nauseda"
    assert iris.slugify("Łukasz  Kowalski ") == "lukasz-kowalski"
    assert iris.slugify("Istanbul Communiqué (2022)") == "istanbul-communique-2022"


def test_entity_iri_slugs_unsafe_keys():
    assert str(iris.entity_iri("actor", "Volodymyr Zelensky")).endswith("/id/actor/volodymyr-zelensky")


def test_fact_iris_are_deterministic_and_start_with_a_letter():
    a = iris.fact_iri("stance", "doc", 1, 5, "russia")
    assert a == iris.fact_iri("stance", "doc", 1, 5, "russia")
    assert a != iris.fact_iri("stance", "doc", 1, 6, "russia")
    assert a.rsplit("/", 1)[1].startswith("stance-")


def test_doc_ids_with_spaces_become_safe():
    iri = iris.article_iri("my article #1")
    assert " " not in iri and "#" not in iri


def test_invalid_iri_refused():
    with pytest.raises(iris.IRIError):
        iris.checked("https://example.org/a b")
