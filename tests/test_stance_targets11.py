"""Stance targets: what a kind word stands for, and futures ruled out (round 11, s11t)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_content_clause_of_a_demand_is_no_reversal(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Annalena Baerbock rejected the demand that Serbia withdraw from four districts.")
    assert has_stance(doc, "annalena-baerbock", "oppose", "withdraw")
    assert not any(
        s.holder == "annalena-baerbock" and s.polarity == "support" for s in doc._.pg_stances
    )


def test_relative_clause_is_not_content(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Annalena Baerbock rejected the plan that Moscow drafted in secret.")
    assert not any("moscow drafted" == s.target.label.lower() for s in doc._.pg_stances)


def test_own_idea_after_colon(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez argued for his own idea: a naval mission in the Black Sea.")
    assert has_stance(doc, "pedro-sanchez", "support", "naval mission")
    assert not has_stance(doc, "pedro-sanchez", "support", "idea")


def test_colon_after_a_longer_phrase_is_not_content(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Pedro Sanchez argued for his own idea in Brussels on Monday: a naval mission would follow."
    )
    assert not has_stance(doc, "pedro-sanchez", "support", "naval mission")


def test_future_ruled_out_existential(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Maia Sandu said there will be no partition of Moldova.")
    assert has_stance(doc, "maia-sandu", "oppose", "partition")


def test_past_or_conditional_existential_is_no_rejection(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Maia Sandu said there was no partition of Moldova.")
    assert not has_stance(doc, "maia-sandu", "oppose", "partition")
    doc = run_nlp("Maia Sandu said there can be no election without observers.")
    assert not has_stance(doc, "maia-sandu", "oppose", "election")


def test_efforts_to_end_the_war_are_welcomed(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Alexander Stubb welcomed the attempts of the Turkish government to end the blockade.")
    assert has_stance(doc, "alexander-stubb", "support", "attempts")
    assert not any(
        s.holder == "alexander-stubb" and s.polarity == "oppose" for s in doc._.pg_stances
    )


def test_calls_to_lift_still_reverse(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Alexander Stubb rejected calls to lift the sanctions.")
    assert has_stance(doc, "alexander-stubb", "support", "sanction")


def test_logistical_support_is_military_aid(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Petr Fiala said Prague would offer logistical support to Kyiv.")
    assert has_stance(doc, "petr-fiala", "support", "logistical", phrase=True)


def test_logistics_word_alone_is_no_aid(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Petr Fiala said Prague would fix the logistics of the summit.")
    assert not has_stance(doc, "czech-republic", "support", "military aid")


def test_sanctions_must_not_be_lifted_supports_them(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Gabrielius Landsbergis said the sanctions must not be lifted.")
    assert has_stance(doc, "gabrielius-landsbergis", "support", "sanction")
    assert not has_stance(doc, "gabrielius-landsbergis", "oppose", "sanction")


def test_passive_cannot_is_a_norm(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Alexander Stubb said that frontiers cannot be changed by force.")
    assert has_stance(doc, "alexander-stubb", "oppose", "by force")


def test_active_cannot_is_a_capacity(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Alexander Stubb said that Europe cannot provide more weapons this year.")
    assert not has_stance(doc, "alexander-stubb", "oppose", "military aid")


def test_aside_kind_word_stands_for_the_phrase(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Ankara offered a naval corridor between Odesa and the Bosphorus, a format Moscow has refused."
    )
    assert has_stance(doc, "russia", "oppose", "corridor", phrase=True)
    assert not has_stance(doc, "russia", "oppose", "format")


def test_plain_relative_clause_keeps_its_noun(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Ankara offered a naval corridor. Moscow rejected the format Ankara offered.")
    assert not has_stance(doc, "russia", "oppose", "corridor", phrase=True)


def test_demanded_withdrawal_is_the_target(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Alexander Stubb demanded the withdrawal of Belarusian troops from the border.")
    assert has_stance(doc, "alexander-stubb", "support", "withdrawal")
    assert not has_stance(doc, "alexander-stubb", "oppose", "deployment")


def test_withdrawing_from_a_deal_still_reverses(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Josep Borrell condemned Russia's decision to withdraw from the grain deal.")
    assert has_stance(doc, "josep-borrell", "support", "grain")


def test_withdrawal_as_a_second_conjunct(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Petr Pavel demanded a lasting truce and the withdrawal of all foreign troops.")
    assert has_stance(doc, "petr-pavel", "support", "ceasefire")
    assert has_stance(doc, "petr-pavel", "support", "withdrawal")


def test_denied_conjunct_is_not_supported(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Petr Pavel demanded a lasting truce but not the withdrawal of all foreign troops.")
    assert not has_stance(doc, "petr-pavel", "support", "withdrawal")


def test_pressure_from_others_stands_for_the_act(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Pedro Sanchez resisted pressure from Washington to cut trade with Beijing.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "cut trade")


def test_pressure_the_holder_wants_stays_pressure(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Pedro Sanchez backed pressure to bring Moscow to the table.")
    assert not has_stance(doc, "pedro-sanchez", "support", "bring moscow")
