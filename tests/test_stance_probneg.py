"""Negation, refusal and modality mechanisms found by the probes of tests/data/probes/negation.yaml
and modality.yaml (stop 13)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_supplied_in_condition_is_demanded(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Pavel said Prague would only send instructors if NATO gave the mission a mandate.")
    assert has_stance(doc, "petr-pavel", "support", "mandate")


def test_supply_outside_a_condition_is_no_demand(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Pavel said Prague would send instructors and NATO gave the mission a mandate.")
    assert not has_stance(doc, "petr-pavel", "support", "mandate")


def test_refusal_of_a_ruling_out_is_no_refusal(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kristen Michal declined to rule out sending Estonian instructors to Ukraine.")
    assert not has_stance(doc, "kristen-michal", "oppose", "instructors", phrase=True)
    assert has_stance(doc, "kristen-michal", "support", "instructors", phrase=True)


def test_refusal_of_a_plain_act_still_refuses(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kristen Michal declined to send Estonian instructors to Ukraine.")
    assert has_stance(doc, "kristen-michal", "oppose", "instructors", phrase=True)


def test_supplied_proper_noun_in_condition(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kristen Michal said Estonia would only take part if the alliance provided air cover.")
    assert has_stance(doc, "kristen-michal", "support", "air cover")


def test_stopping_a_supply_opposes_it(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Alexander Stubb said Finland would stop supplying weapons to Kyiv.")
    assert not has_stance(doc, "alexander-stubb", "support", "weapons", phrase=True)


def test_denied_stop_supports_the_supply(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Alexander Stubb said Finland would not stop supplying weapons to Kyiv.")
    assert has_stance(doc, "alexander-stubb", "support", "weapons", phrase=True)


def test_a_thing_that_does_not_stop_is_no_position(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Alexander Stubb said the sanctions would not stop the Russian offensive.")
    assert not has_stance(doc, "alexander-stubb", "support", "sanction")


def test_guarantee_without_its_word_keeps_the_text_words(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Sergei Shoigu said Moscow would never accept the deployment of Nordic peacekeepers.")
    assert any(s.polarity == "oppose" and "peacekeepers" in s.target_label for s in doc._.pg_stances)


def test_guarantee_word_still_anchors_the_phrase(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Sergei Shoigu said Moscow rejected the guarantees of Nordic peacekeepers for Kyiv.")
    rejected = [s for s in doc._.pg_stances if s.polarity == "oppose"]
    assert rejected and all("(guarantees" in s.target_label for s in rejected)


def test_ammunition_is_military_aid(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Mette Frederiksen urged the Nordic governments to send more ammunition to Kyiv.")
    assert has_stance(doc, "mette-frederiksen", "support", "military aid")


def test_ammunition_depot_is_no_aid_stance(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Mette Frederiksen visited an ammunition depot near Aarhus on Monday.")
    assert not has_stance(doc, "mette-frederiksen", "support", "military aid")


def test_no_answering_a_reported_question_refuses(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked whether Latvia would send instructors to Ukraine, Edgars Rinkevics said no.")
    assert has_stance(doc, "edgars-rinkevics", "oppose", "instructors", phrase=True)
    assert not has_stance(doc, "edgars-rinkevics", "support", "instructors", phrase=True)


def test_yes_answering_a_reported_question_takes_the_act(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Asked if Latvia would send instructors to Ukraine, Edgars Rinkevics said yes.")
    assert has_stance(doc, "edgars-rinkevics", "support", "instructors", phrase=True)


def test_no_opening_a_clause_is_no_answer(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Asked whether Latvia would send instructors to Ukraine, Edgars Rinkevics said no decision had been made.")
    assert not any("instructors" in s.target_label for s in doc._.pg_stances)


def test_open_to_an_act(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Edgars Rinkevics said Latvia was open to sending instructors to western Ukraine.")
    assert has_stance(doc, "edgars-rinkevics", "support", "instructors")


def test_not_open_to_an_act(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Edgars Rinkevics said Latvia was not open to sending instructors to western Ukraine.")
    assert not has_stance(doc, "edgars-rinkevics", "support", "instructors")


def test_not_a_single_soldier(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Robert Fico said Slovakia would not send a single soldier to Ukraine.")
    assert has_stance(doc, "robert-fico", "oppose", "troops")


def test_a_soldier_in_a_report_is_no_troop_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Volodymyr Zelensky said a Ukrainian soldier had been killed near Pokrovsk on Sunday.")
    assert not any("troops" in s.target.label for s in doc._.pg_stances)


def test_denied_clause_is_no_offer(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Maria Zakharova denied that Russia was preparing to deploy more troops to Transnistria.")
    assert not has_stance(doc, "russia", "support", "troops")


def test_said_clause_is_still_read(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Maria Zakharova said that Russia was preparing to deploy more troops to Transnistria.")
    assert has_stance(doc, "russia", "support", "troops")
