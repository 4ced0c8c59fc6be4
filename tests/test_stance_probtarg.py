"""Mechanisms found by the guarantee and target probes (tests/data/probes/guarantees.yaml,
targets.yaml), on sentences in other words."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_denied_decline_is_continuation(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Ulf Kristersson said Sweden's backing for Kyiv will not falter.")
    assert has_stance(doc, "ulf-kristersson", "support", "backing")
    assert not has_stance(doc, "ulf-kristersson", "oppose", "backing")


def test_decline_stated_is_no_continuation(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ulf Kristersson said Sweden's backing for Kyiv would weaken.")
    assert not any(s.holder == "ulf-kristersson" and s.polarity == "support" for s in doc._.pg_stances)


def test_cast_guarantor_is_not_protected(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Chisinau rejected any role for Hungary as a guarantor.")
    assert doc._.pg_guarantees
    assert all(g.beneficiary != "hungary" for g in doc._.pg_guarantees)


def test_cast_guarantor_taken_by_role_noun(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ankara floated a role for Norway as a guarantor of the Moldovan settlement.")
    assert any("norway" in g.guarantors for g in doc._.pg_guarantees)
    assert all(g.beneficiary != "norway" for g in doc._.pg_guarantees)


def test_denied_participation_gives_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Beijing said China would never be one of the guarantors of Moldova's neutrality.")
    assert not any("china" in g.guarantors for g in doc._.pg_guarantees)


def test_participation_gives(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ankara said Turkey would be one of the guarantors of Moldova's neutrality.")
    assert any("turkey" in g.guarantors for g in doc._.pg_guarantees)


def test_asked_question_is_no_demand(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("A diplomat who asked not to be named said the sanctions were ready. Asked about the sanctions, Maia Sandu smiled.")
    assert not any(s.holder == "maia-sandu" for s in doc._.pg_stances)


def test_jets_offered_are_military_aid(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Portugal offered warplanes to Kyiv.")
    assert has_stance(doc, "portugal", "support", "military aid")


def test_into_the_alliance_is_membership(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Gabrielius Landsbergis urged the allies to bring Georgia into the alliance.")
    assert has_stance(doc, "gabrielius-landsbergis", "support", "nato membership")


def test_topic_in_a_noun_clause_is_a_detail(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Dmitry Medvedev dismissed the idea of Polish soldiers guarding a truce.")
    assert has_stance(doc, "dmitry-medvedev", "oppose", "deployment of troops")
    assert not has_stance(doc, "dmitry-medvedev", "oppose", "ceasefire (")


def test_topic_outside_a_clause_stays(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Dmitry Medvedev dismissed a truce guarded by Polish soldiers.")
    assert has_stance(doc, "dmitry-medvedev", "oppose", "ceasefire")


def test_what_a_force_is_called_names_no_guarantor(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Sergei Shoigu warned that any Western peacekeepers in Moldova would be legitimate targets.")
    stances = [s for s in doc._.pg_stances if s.holder == "sergei-shoigu"]
    assert stances and all(s.polarity == "oppose" for s in stances)
    assert any("peacekeep" in s.target_label.lower() for s in stances)
    assert not any("by legitimate" in s.target_label.lower() for s in stances)


def test_guarantors_described_by_kind(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Maia Sandu said the guarantors should be countries that Moldovans trust.")
    assert any("by countries" in s.target_label for s in doc._.pg_stances)


def test_saw_no_point_rules_out(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Viktor Orban said Budapest saw no point in new sanctions against Moscow.")
    assert has_stance(doc, "viktor-orban", "oppose", "sanction")
    assert not has_stance(doc, "viktor-orban", "support", "sanction")


def test_saw_a_point_rules_nothing_out(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Viktor Orban said Budapest saw a point in new sanctions against Moscow.")
    assert not has_stance(doc, "viktor-orban", "oppose", "sanction")


def test_never_one_of_the_group(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Maia Sandu said Russia could never be one of the guarantors of a settlement in Transnistria.")
    assert has_stance(doc, "maia-sandu", "oppose", "guarantor")


def test_one_of_the_group_affirmed(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Maia Sandu said Romania would be one of the guarantors of a settlement in Transnistria.")
    assert not has_stance(doc, "maia-sandu", "oppose", "guarantor")


def test_talks_on_a_truce_keep_the_truce(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Pavel said Prague was open to talks on a truce.")
    assert has_stance(doc, "petr-pavel", "support", "ceasefire")
