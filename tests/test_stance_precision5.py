"""Precision of stances: acts denied by "no" on their object, ... (round 5, p1)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_no_on_the_object_refuses_the_offer(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Ivan Korcok said Slovakia would send no soldiers to Ukraine.")
    assert has_stance(doc, "slovakia", "oppose", "troops")
    assert not any(s.polarity == "support" for s in doc._.pg_stances)
    doc = run_nlp("Pedro Sanchez said that no Spanish troops would be deployed.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "troops")
    assert not has_stance(doc, "pedro-sanchez", "support", "troops")
    doc = run_nlp("Mark Rutte said that Norway will take no part in any security guarantee for Ukraine.")
    assert has_stance(doc, "norway", "oppose", "guarantee")
    assert not has_stance(doc, "norway", "support", "guarantee")


def test_an_object_without_no_still_offers(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez said that Spanish troops would be deployed.")
    assert has_stance(doc, "pedro-sanchez", "support", "troops")
    doc = run_nlp("Mark Rutte said that Norway will take part in the security guarantee for Ukraine.")
    assert has_stance(doc, "norway", "support", "guarantee")
    assert not has_stance(doc, "norway", "oppose", "guarantee")


def test_vague_word_is_no_target(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas rejected that framing outright.")
    assert not any(s.holder == "kaja-kallas" for s in doc._.pg_stances)
    doc = run_nlp("Antonio Guterres welcomed the result.")
    assert not any(s.holder == "antonio-guterres" for s in doc._.pg_stances)
    doc = run_nlp("Kaja Kallas rejected the ceasefire proposal outright.")
    assert has_stance(doc, "kaja-kallas", "oppose", "ceasefire")


def test_they_is_the_earlier_plural_subject_of_its_sentence(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    lead = "Jens Stoltenberg is due to meet Recep Tayyip Erdogan and Ulf Kristersson in Vilnius. "
    doc = run_nlp(lead + "Aides in Downing Street have played down expectations; the priority, they say, "
                  "is a prisoner exchange.")
    assert has_stance(doc, "united-kingdom", "support", "prisoner exchange")
    assert not any(s.holder == "ulf-kristersson" for s in doc._.pg_stances)
    doc = run_nlp(lead + "Analysts have played down expectations; the priority, they say, is a prisoner exchange.")
    assert not any(s.holder in {"jens-stoltenberg", "ulf-kristersson"} for s in doc._.pg_stances)
    # with no earlier subject in the sentence, "they" is still the people named before
    doc = run_nlp(lead + "The priority, they say, is a prisoner exchange.")
    assert has_stance(doc, "ulf-kristersson", "support", "prisoner exchange")


def test_empty_head_is_no_topic(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Alexander Stubb insisted he had conceded nothing.")
    assert not any(s.holder == "alexander-stubb" for s in doc._.pg_stances)
    doc = run_nlp('Recep Tayyip Erdogan called the swap "the only thing both sides could accept".')
    assert not any("thing" in s.target.label.lower() for s in doc._.pg_stances)
    doc = run_nlp("Alexander Stubb insisted that sanctions must be kept.")
    assert has_stance(doc, "alexander-stubb", "support", "sanction")


def test_destination_is_not_what_is_offered(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("China warned that any foreign soldiers deployed to Moldova would be treated as targets.")
    assert not any(s.polarity == "support" and s.target.kind == "actor" for s in doc._.pg_stances)
    doc = run_nlp("Pedro Sanchez said Spain would send troops to Ukraine.")
    assert has_stance(doc, "pedro-sanchez", "support", "troops")
