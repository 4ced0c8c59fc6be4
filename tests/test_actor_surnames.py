"""A lone surname with a personal honorific is a person, whatever NER said; a surname that only
one KB person bears links to that person even when the document never gives the full name."""

from __future__ import annotations


def entities(doc) -> dict[str, str]:
    return {k: e.type for k, e in (doc._.pg_entities or {}).items()}


def test_lord_and_a_surname_is_the_kb_person(run_nlp) -> None:
    doc = run_nlp("Lord Cameron told peers that Britain would not waver.", date="2024-02-01")
    found = entities(doc)
    assert found.get("david-cameron") == "Person"
    assert "cameron" not in found


def test_mr_and_a_unique_surname_is_the_kb_person_in_office(run_nlp) -> None:
    doc = run_nlp("Mr Hammond said London would keep the sanctions.", date="2015-03-08")
    assert entities(doc).get("philip-hammond") == "Person"


def test_a_unique_surname_out_of_office_stays_unlinked(run_nlp) -> None:
    # Gordon Brown held no office in 2023: another Brown, not named in full
    doc = run_nlp("Mr Brown told the inquiry he had warned ministers.", date="2023-06-01")
    assert "gordon-brown" not in entities(doc)


def test_a_surname_two_kb_persons_share_stays_unlinked(run_nlp) -> None:
    doc = run_nlp("Mr Johnson said the House would vote next week.", date="2024-04-10")
    found = entities(doc)
    assert "mike-johnson" not in found and "boris-johnson" not in found


def test_a_full_name_in_the_document_wins_over_the_kb_surname(run_nlp) -> None:
    # a different Cameron, named in full: the lone surname joins that person, not the KB's
    doc = run_nlp("Lisa Cameron, a Scottish MP, voted against. Cameron said later she had no "
                  "regrets.", date="2023-05-02")
    found = entities(doc)
    assert "david-cameron" not in found
    assert found.get("lisa-cameron") == "Person"
