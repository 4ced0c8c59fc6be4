"""Holder and reporting probes (stop 13): mechanisms found by tests/data/probes/holders.yaml and
reporting.yaml, tested on sentences of their own."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_manner_of_an_end_is_not_undone(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Antonio Tajani called for a negotiated halt to the fighting in Ukraine.")
    assert has_stance(doc, "antonio-tajani", "support", "negotiat")
    assert not has_stance(doc, "antonio-tajani", "oppose", "negotiat")


def test_end_of_a_thing_still_undoes_it(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Robert Fico supports a swift end to the sanctions on Russian gas.")
    assert has_stance(doc, "robert-fico", "oppose", "sanction")
    assert not has_stance(doc, "robert-fico", "support", "sanction")


def test_guarantee_target_keeps_its_force_words(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Moscow rejected any plan to station British and French peacekeepers in Ukraine.")
    assert any(s.polarity == "oppose" and "peacekeepers" in s.target_label for s in doc._.pg_stances)


def test_guarantee_word_is_preferred_to_force_words(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Kremlin rejected Western security assurances backed by Nordic soldiers.")
    labels = [s.target_label for s in doc._.pg_stances if s.target.kind == "guarantee"]
    assert labels and all("(Western security assurances" in label for label in labels)


def test_kind_word_keeps_content_hung_on_the_verb(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Canada backed the proposal for a maritime truce in a vote.")
    assert any(
        s.holder == "canada" and s.polarity == "support" and "truce" in s.target_label
        for s in doc._.pg_stances
    )


def test_hung_time_preposition_is_no_content(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Madrid backed the proposal after a maritime truce.")
    assert not any("truce" in s.target_label for s in doc._.pg_stances)


def test_agent_of_passive_it_reports(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("It was stressed by Lithuania that sanctions on Russia must remain in place.")
    assert has_stance(doc, "lithuania", "support", "sanction")


def test_place_of_passive_it_does_not_report(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("It was stressed in Vilnius that sanctions on Russia must remain in place.")
    assert not any(s.holder == "lithuania" for s in doc._.pg_stances)


def test_outlet_agent_of_passive_it_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("It was reported by Reuters that Hungary would block the sanctions.")
    assert not any(s.holder == "reuters" for s in doc._.pg_stances)


def test_each_demonym_of_a_plural_title_holds(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "The Estonian and Finnish presidents said they supported Ukraine's bid to join NATO, unlike Hungary.",
        date="2024-09-10",
    )
    assert has_stance(doc, "alar-karis", "support", "nato")
    assert has_stance(doc, "alexander-stubb", "support", "nato")
    assert not any(s.holder == "hungary" and s.polarity == "support" for s in doc._.pg_stances)


def test_each_demonym_of_plural_officials_holds(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Estonian and Finnish officials backed the plan.")
    assert has_stance(doc, "estonia", "support", "plan")
    assert has_stance(doc, "finland", "support", "plan")


def test_topic_with_filled_slot_is_the_same_topic(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('"We will not lift the sanctions on Russia," Olaf Scholz said.')
    assert has_stance(doc, "olaf-scholz", "support", "sanction")
    assert not has_stance(doc, "olaf-scholz", "oppose", "sanction")


def test_speakers_own_state_states_an_intent(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez said Spain would not lift the sanctions on Russia.")
    assert has_stance(doc, "pedro-sanchez", "support", "sanction")


def test_another_state_is_no_intent_of_the_speaker(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Pedro Sanchez said Hungary would not lift the sanctions on Russia.")
    assert not any(s.holder == "pedro-sanchez" for s in doc._.pg_stances)


def test_bare_title_of_the_one_state_named(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The prime minister opposed sending troops abroad, according to a statement from Rome.")
    assert any(s.holder == "giorgia-meloni" and s.polarity == "oppose" for s in doc._.pg_stances)


def test_bare_title_with_two_states_named_picks_neither_by_state(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "The prime minister opposed sending troops abroad, according to statements from Rome and Warsaw."
    )
    assert not any(s.holder in {"giorgia-meloni", "donald-tusk"} for s in doc._.pg_stances)


def test_agent_of_a_passive_telling_speaks(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Slovak ministers were told by Kaja Kallas that the sanctions on Russia must remain in place.")
    assert has_stance(doc, "kaja-kallas", "support", "sanction")
    assert not any(s.holder == "slovakia" for s in doc._.pg_stances)


def test_neither_nor_subject_denies_the_act(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Neither Rome nor Madrid backed the new tariffs on Chinese steel.")
    assert not any(s.polarity == "support" and "tariff" in s.target.label for s in doc._.pg_stances)


def test_both_and_subject_is_no_denial(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Both Rome and Madrid backed the peace plan.")
    assert has_stance(doc, "italy", "support", "plan")


def test_it_after_a_copula_stands_for_its_antecedent(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The Chinese peace plan was published on Friday. Andrii Sybiha said it was unacceptable.")
    assert has_stance(doc, "andrii-sybiha", "oppose", "plan")


def test_it_of_a_causative_names_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("He repeated that the treaty made it impossible to give up the islands.")
    assert not any("treaty" in s.target.label.lower() for s in doc._.pg_stances)


def test_act_judged_by_extraposed_adjective_is_no_offer(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Peter Szijjarto said it would be reckless to deploy Hungarian soldiers in Ukraine.")
    assert not any(s.holder == "peter-szijjarto" and s.polarity == "support" for s in doc._.pg_stances)


def test_act_with_its_own_subject_still_offers(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Peter Szijjarto said Hungary would supply generators to Kyiv.")
    assert any(s.polarity == "support" for s in doc._.pg_stances)


def test_counterpart_is_the_same_office_of_the_named_state(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Emmanuel Macron and his Polish counterpart backed the Weimar plan.", date="2024-03-15")
    assert has_stance(doc, "andrzej-duda", "support", "plan")


def test_counterpart_without_a_state_stays_unresolved(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Emmanuel Macron and his counterpart backed the Weimar plan.", date="2024-03-15")
    assert not any(s.holder == "andrzej-duda" for s in doc._.pg_stances)
