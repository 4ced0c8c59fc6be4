"""Recall of stances in denied own future acts and in acts a stopping verb undoes (round 13)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_own_act_denied_is_a_refusal(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez said Spain would not reopen the budget agreement.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "budget agreement")


def test_own_act_denied_in_a_quote(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Alexander Stubb said: "We will never change our constitution for Moscow."')
    assert has_stance(doc, "alexander-stubb", "oppose", "constitution")


def test_other_party_act_denied_is_a_forecast(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Dmitry Peskov said Ukraine would not amend its constitution.")
    assert not any("own-refusal" in s.rule for s in doc._.pg_stances)


def test_conditioned_own_act_is_no_refusal(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez said Spain would not reopen the budget agreement until the elections.")
    assert not has_stance(doc, "pedro-sanchez", "oppose", "budget agreement")


def test_should_stop_sending_rejects_the_sending(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Robert Fico told reporters that the European Union should stop sending weapons to Ukraine.")
    assert has_stance(doc, "robert-fico", "oppose", "military aid")
    assert not has_stance(doc, "robert-fico", "support", "military aid")
    assert not has_stance(doc, "european-union", "support", "military aid")


def test_stopped_backing_is_opposition(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Hungary stopped supporting the sanctions against Russia last year.")
    assert has_stance(doc, "hungary", "oppose", "sanctions")
    assert not has_stance(doc, "hungary", "support", "sanctions")


def test_did_not_stop_backing_keeps_support(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Hungary did not stop supporting the sanctions against Russia.")
    assert not has_stance(doc, "hungary", "oppose", "sanctions")


def test_would_have_liked_is_a_wish(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Petr Fiala said Prague would have liked a firmer date for accession.")
    # Fiala is the Czech prime minister in the knowledge base: his own state's wish is his
    assert has_stance(doc, "petr-fiala", "support", "date for accession")


def test_would_like_to_see(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Annalena Baerbock said she would like to see tougher sanctions on Russian oil.")
    assert has_stance(doc, "annalena-baerbock", "support", "sanctions")


def test_would_like_to_stress_is_a_turn_of_speech(run_nlp: Callable[..., Doc]) -> None:
    for text in (
        "Annalena Baerbock would like to stress that the sanctions are working.",
        "Annalena Baerbock would like to know whether the sanctions are working.",
    ):
        doc = run_nlp(text)
        assert not any("would like" in s.rule for s in doc._.pg_stances), text


def test_urged_to_stop_rejects_what_is_stopped(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Wang Yi urged Washington to stop tightening the export controls.")
    assert has_stance(doc, "wang-yi", "oppose", "export controls")
    assert not has_stance(doc, "wang-yi", "support", "stop")
    doc = run_nlp("Pedro Sanchez urged Washington to halt the tariffs.")
    assert has_stance(doc, "pedro-sanchez", "oppose", "tariffs")


def test_ending_a_war_is_a_goal_not_opposition(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Emmanuel Macron urged Moscow to stop the war.")
    assert not has_stance(doc, "emmanuel-macron", "oppose", "war")


def test_not_pushed_into_is_a_refusal(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp('Kaja Kallas said: "We will not be rushed into a ceasefire on Russian terms."')
    assert has_stance(doc, "kaja-kallas", "oppose", "ceasefire")
    assert any(s.rule.endswith("own-refusal:rush") for s in doc._.pg_stances)


def test_other_party_not_pushed_into_is_a_forecast(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Dmitry Peskov said Ukraine would not be forced into a ceasefire.")
    assert not any("own-refusal" in s.rule for s in doc._.pg_stances)
