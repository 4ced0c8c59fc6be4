"""Recall of stances in naming verbs, role offers and misattached subjects (round 3, s8)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_least_praise_is_criticism(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz described a naval blockade as the most expensive and probably the least effective option.")
    assert has_stance(doc, "olaf-scholz", "oppose", "blockade")
    assert not has_stance(doc, "olaf-scholz", "support", "blockade")


def test_positive_one(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Emmanuel Macron called the Turkish offer a positive one.")
    assert has_stance(doc, "emmanuel-macron", "support", "offer")


def test_bridge_to(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Mark Rutte called the new package a bridge to membership.')
    assert has_stance(doc, "mark-rutte", "support", "package")


def test_role_offer_by_actor(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Recep Tayyip Erdogan said Turkey would act as a mediator between the two sides.")
    assert any(s.polarity == "support" and "mediator" in s.target.label for s in doc._.pg_stances)


def test_role_of_a_document_is_no_offer(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The ministers agreed that the Chinese paper could serve as a reference point.")
    assert not any("reference point" in s.target.label for s in doc._.pg_stances)


def test_subject_before_participle_clause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas, opening the meeting in Brussels, insisted that weapons deliveries must continue.")
    assert any(s.holder == "kaja-kallas" and s.polarity == "support" for s in doc._.pg_stances)


def test_time_clause_is_not_the_target(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas insisted that military aid to Kyiv must keep flowing while talks are prepared.")
    assert has_stance(doc, "kaja-kallas", "support", "aid")
    assert not has_stance(doc, "kaja-kallas", "support", "negotiations")
