"""Recall of stances: denied obstruction, denied seriousness, existential conditions, demands
made "by urging", and a pronoun named after an offered guarantee (round 12, r12)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_not_objecting_supports(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Viktor Orban does not object to Moldova joining the European Union.")
    assert has_stance(doc, "viktor-orban", "support", "european union")
    assert not has_stance(doc, "viktor-orban", "oppose", "european union")


def test_objecting_still_opposes(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Viktor Orban objected to Moldova joining the European Union.")
    assert has_stance(doc, "viktor-orban", "oppose", "european union")
    assert not has_stance(doc, "viktor-orban", "support", "european union")


def test_not_standing_in_the_way(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Emmanuel Macron would not stand in the way of a ceasefire agreement.")
    assert has_stance(doc, "emmanuel-macron", "support", "ceasefire")


def test_offer_not_serious(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Fiala said the Belarusian mediation offer was not serious.")
    assert has_stance(doc, "petr-fiala", "oppose", "offer")


def test_serious_threat_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Annalena Baerbock said the threat from Moscow was serious.")
    assert not any(s.holder == "annalena-baerbock" for s in doc._.pg_stances)


def test_actor_not_serious_about_is_no_stance(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Annalena Baerbock said the shelling of Odesa showed Moscow was not serious about a truce.")
    assert not has_stance(doc, "annalena-baerbock", "oppose", "ceasefire")


def test_provided_there_was(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Mette Frederiksen said Denmark would send pilots, provided there was a NATO air shield.")
    assert has_stance(doc, "mette-frederiksen", "support", "shield")


def test_provided_weapons_is_no_condition(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mette Frederiksen said Denmark had provided there the first batch of pilots.")
    assert not any(s.rule.endswith("condition:provided") for s in doc._.pg_stances)


def test_demand_by_urging(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Antonio Guterres closed the conference by urging Moscow to accept a ceasefire.")
    assert has_stance(doc, "antonio-guterres", "support", "ceasefire")


def test_accusation_by_gerund_is_no_stance(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Critics said Washington broke its word by refusing to send troops.")
    assert not has_stance(doc, "united-states", "oppose", "troops")


def test_it_after_an_offered_guarantee(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        'Kaja Kallas said on Monday that the allies could give Moldova "NATO-style protection", '
        "a gesture toward the old treaty of friendship. Antony Blinken called it a breakthrough."
    )
    assert not has_stance(doc, "antony-blinken", "support", "treaty")
    assert any(
        s.holder == "antony-blinken" and s.polarity == "support" and s.target.kind == "guarantee"
        for s in doc._.pg_stances
    )


def test_that_after_an_offered_guarantee(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        'Kaja Kallas said the allies could offer Moldova "NATO-style protection". '
        "Petr Pavel called that a historic shift."
    )
    assert any(
        s.holder == "petr-pavel" and s.polarity == "support" and s.target.kind == "guarantee"
        for s in doc._.pg_stances
    )


def test_historic_mistake_stays_criticism(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Pavel called the invasion a historic mistake.")
    assert has_stance(doc, "petr-pavel", "oppose", "invasion")
    assert not has_stance(doc, "petr-pavel", "support", "invasion")


def test_that_as_conjunction_names_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        'Kaja Kallas said the allies could offer Moldova "NATO-style protection". '
        "Petr Pavel said that a historic shift was under way."
    )
    assert not any(s.holder == "petr-pavel" for s in doc._.pg_stances)
