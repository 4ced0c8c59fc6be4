"""Stances in the house styles of other outlets (probe family tests/data/probes/outlets.yaml):
analysis voice, Russian and Ukrainian outlets, transcripts, joint statements."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_superlative_guarantee_endorses_subject(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Maia Sandu said that neutrality remains the strongest guarantee for Moldova.")
    assert has_stance(doc, "maia-sandu", "support", "neutral")
    doc = run_nlp("Andrii Sybiha said the most credible guarantee for Ukraine was membership of NATO.")
    assert has_stance(doc, "andrii-sybiha", "support", "membership")


def test_plain_guarantee_description_endorses_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Maia Sandu said that neutrality remains a guarantee written into the constitution.")
    assert not any("neutrality" in s.target.label.lower() for s in doc._.pg_stances)


def test_finite_appearance_verb_hedges_a_position(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Rome appears reluctant to send warships to the Black Sea.")
    assert has_stance(doc, "italy", "oppose", "warship")
    doc = run_nlp("Warsaw seemed keen to host the headquarters of the new mission.")
    assert has_stance(doc, "poland", "support", "headquarters")


def test_appearing_in_participle_clause_is_a_pose(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Antony Blinken said Beijing kept arming Moscow while appearing keen to mediate a truce.")
    assert not any(s.holder == "china" and s.polarity == "support" for s in doc._.pg_stances)
    doc = run_nlp("China, while seeming keen to mediate a truce, kept supplying drones to Russia.")
    assert not any(s.holder == "china" and s.polarity == "support" for s in doc._.pg_stances)


def test_scant_appetite_rejects(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Ottawa has shown little appetite for a naval mission in the Black Sea.")
    assert has_stance(doc, "canada", "oppose", "naval mission")
    doc = run_nlp("The Kremlin has shown no appetite for an energy truce.")
    assert has_stance(doc, "russia", "oppose", "ceasefire")


def test_plain_appetite_is_no_rejection(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ottawa has shown a strong appetite for a naval mission in the Black Sea.")
    assert not any(s.polarity == "oppose" for s in doc._.pg_stances)


def test_aiding_verb_with_phrase_is_the_target(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Mark Carney said Canada would back Kyiv with air defence systems.")
    assert has_stance(doc, "mark-carney", "support", "air defence", phrase=True)
    doc = run_nlp("Ulf Kristersson said Sweden would support Ukraine with security guarantees.")
    assert has_stance(doc, "ulf-kristersson", "support", "guarantee")


def test_aiding_verb_without_with_phrase_keeps_actor(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Mark Carney said Canada would back Kyiv for as long as it takes.")
    assert has_stance(doc, "mark-carney", "support", "ukraine")


def test_post_war_force_is_the_reassurance_force(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Petr Pavel backed a post-war force for Ukraine led by European states.")
    assert has_stance(doc, "petr-pavel", "support", "reassurance force")
    doc = run_nlp("Robert Fico rejected any European force in Ukraine.")
    assert has_stance(doc, "robert-fico", "oppose", "reassurance force")


def test_russian_forces_stay_no_topic(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petr Pavel condemned the Russian forces for the strike on Kharkiv.")
    assert not any("reassurance" in s.target.label for s in doc._.pg_stances)


def test_judged_bad_for_lack_needs_the_lack(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Edgars Rinkevics said that without American air cover, a European force would be a bluff.")
    assert has_stance(doc, "edgars-rinkevics", "support", "air cover", phrase=True)
    assert not has_stance(doc, "edgars-rinkevics", "oppose", "force")


def test_judged_bad_without_condition_still_opposes(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Edgars Rinkevics said that a European force would be a bluff.")
    assert has_stance(doc, "edgars-rinkevics", "oppose", "force")


def test_title_of_body_glued_to_name_is_the_person(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Deputy head of the Russian Security Council Dmitry Medvedev said that the guarantees were worthless.")
    assert has_stance(doc, "dmitry-medvedev", "oppose", "guarantee")


def test_group_or_kin_of_a_person_is_not_the_person(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Critics of the Russian Security Council Dmitry Medvedev said that the guarantees were worthless.")
    assert not any(s.holder == "dmitry-medvedev" for s in doc._.pg_stances)
    doc = run_nlp("A nephew of Dmitry Medvedev said that the guarantees were worthless.")
    assert not any(s.holder == "dmitry-medvedev" for s in doc._.pg_stances)


def test_means_of_a_demanded_passive_is_demanded(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Maia Sandu insisted that any settlement must be backed by a European peacekeeping contingent.")
    assert has_stance(doc, "maia-sandu", "support", "troops")
    doc = run_nlp("Gitanas Nauseda said the truce should be supported by air policing over Ukraine.")
    assert has_stance(doc, "gitanas-nauseda", "support", "air polic", phrase=True)


def test_means_of_a_narrated_passive_is_no_demand(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Gitanas Nauseda said the truce was supported by air policing over Ukraine.")
    assert not any("air polic" in s.target_label.lower() for s in doc._.pg_stances)
    doc = run_nlp("Gitanas Nauseda said the truce must not be backed by air policing over Ukraine.")
    assert not any(s.polarity == "support" and "air polic" in s.target_label.lower() for s in doc._.pg_stances)
