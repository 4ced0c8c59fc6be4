"""Precision of stances: what an actor did not do, capacities, unattributed advice (round 4, s9)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_stopping_short_is_no_refusal(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Pedro Sanchez welcomed the plan but stopped short of committing Spanish troops.")
    assert has_stance(doc, "pedro-sanchez", "support", "plan")
    assert not any(s.holder == "pedro-sanchez" and s.polarity == "oppose" for s in doc._.pg_stances)
    doc = run_nlp("Angela Merkel stopped short of endorsing NATO membership for Georgia.")
    assert not any(s.holder == "angela-merkel" for s in doc._.pg_stances)


def test_plain_refusal_still_opposes(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz refused to send Taurus missiles to Kyiv.")
    assert any(s.holder == "olaf-scholz" and s.polarity == "oppose" for s in doc._.pg_stances)


def test_capacity_is_no_position(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The new law enables Hungary to veto the accession talks.")
    assert not any(s.holder == "hungary" for s in doc._.pg_stances)
    doc = run_nlp("Kaja Kallas rejected any arrangement that would allow Russia to veto the deployment of European peacekeepers.")
    assert not any(s.holder == "russia" for s in doc._.pg_stances)


def test_act_itself_is_still_a_position(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Hungary threatened to veto the sanctions package.")
    assert has_stance(doc, "hungary", "oppose", "sanction")


def test_denied_right_to_veto_opposes_the_veto(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Radoslaw Sikorski argued that the Kremlin had no right to veto the alliance's enlargement.")
    assert has_stance(doc, "radoslaw-sikorski", "oppose", "veto")
    assert not any(s.holder == "russia" for s in doc._.pg_stances)
    doc = run_nlp("The treaty gives Hungary the right to veto new members.")
    assert not any(s.polarity == "oppose" for s in doc._.pg_stances)


def test_unattributed_advice_is_nobodys_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("In our view, Germany ought to reject any deal that rewards aggression.")
    assert not any(s.holder == "germany" for s in doc._.pg_stances)
    doc = run_nlp("Our advice is plain: the alliance should give Moldova a credible security guarantee.")
    assert not doc._.pg_stances


def test_advice_with_a_speaker_is_the_speakers(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Poland should support the new sanctions package, Donald Tusk told parliament.")
    assert has_stance(doc, "donald-tusk", "support", "sanction")
    doc = run_nlp("Olaf Scholz said Germany should send more air defence systems to Kyiv.")
    assert any(s.holder == "olaf-scholz" and s.polarity == "support" for s in doc._.pg_stances)


def test_siding_with_an_actor_is_no_stance_on_it(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mark Rutte sided with Warsaw in the row over the border.")
    assert not any(s.holder == "mark-rutte" for s in doc._.pg_stances)
    doc = run_nlp("Spain lined up behind the Italian prime minister.")
    assert not any(s.holder == "spain" for s in doc._.pg_stances)


def test_siding_with_a_policy_still_counts(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Spain sided with the plan for a reconstruction fund.")
    assert has_stance(doc, "spain", "support", "reconstruction fund")


def test_forecast_is_no_position(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The European Union is expected to approve a new sanctions package next week.")
    assert not any(s.holder == "european-union" for s in doc._.pg_stances)
    doc = run_nlp("Analysts expect Turkey to back Sweden's membership bid.")
    assert not any(s.holder == "turkey" for s in doc._.pg_stances)


def test_the_act_itself_is_a_position(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The European Union approved a new sanctions package.")
    assert has_stance(doc, "european-union", "support", "sanction")


def test_caused_state_is_no_judgement(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Dmitry Peskov said foreign troops in Ukraine would make a peace deal impossible.")
    assert not has_stance(doc, "dmitry-peskov", "oppose", "peace deal")


def test_plain_judgement_still_counts(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Dmitry Peskov said the peace deal was impossible.")
    assert has_stance(doc, "dmitry-peskov", "oppose", "peace deal")


def test_past_deed_in_an_aside_is_no_offer(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Emmanuel Macron, who had proposed the peacekeeping mission in March, met Keir Starmer.")
    assert not any(s.holder == "emmanuel-macron" for s in doc._.pg_stances)


def test_present_aside_and_attitudes_still_count(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Emmanuel Macron, who proposes a European peacekeeping mission, met Keir Starmer.")
    assert any(s.holder == "emmanuel-macron" and s.polarity == "support" for s in doc._.pg_stances)
    doc = run_nlp("Viktor Orban, who opposed the sanctions package, met Putin.")
    assert has_stance(doc, "viktor-orban", "oppose", "sanction")


_MEETING = "Antony Blinken and Wang Yi met in Munich with Josep Borrell and Jens Stoltenberg. "


def test_both_sides_in_reported_speech_is_the_speakers_side(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(_MEETING + "Jake Sullivan said both sides had signalled openness to a new arms control dialogue.")
    assert any(s.holder == "jake-sullivan" and s.polarity == "support" for s in doc._.pg_stances)
    assert not any(s.holder in {"antony-blinken", "wang-yi", "josep-borrell"} for s in doc._.pg_stances)


def test_a_named_side_keeps_the_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(_MEETING + "Jake Sullivan said Beijing had signalled openness to a new arms control dialogue.")
    assert any(s.holder == "china" and s.polarity == "support" for s in doc._.pg_stances)


def test_judged_expectation_is_no_stance_on_its_object(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas said it would be naive to expect a quick ceasefire.")
    assert not has_stance(doc, "kaja-kallas", "oppose", "ceasefire")


def test_judged_act_still_counts(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas said it would be wrong to lift the sanctions.")
    assert has_stance(doc, "kaja-kallas", "support", "sanction")


def test_open_question_is_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Only the Georgians will decide when Georgia is ready to join the European Union, Kaja Kallas said.")
    assert not any(s.holder == "georgia" for s in doc._.pg_stances)


def test_stated_readiness_still_counts(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said Georgia was ready to join the European Union.")
    assert any(s.holder == "georgia" and s.polarity == "support" for s in doc._.pg_stances)


def test_stand_in_noun_is_no_target(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Mark Rutte said some of the proposals were ones he could agree with.")
    assert not any(s.target.label.lower() == "ones" for s in doc._.pg_stances)


def test_named_object_is_a_target(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Mark Rutte said he could agree with the Turkish proposals.")
    assert has_stance(doc, "mark-rutte", "support", "proposals")


def test_appearance_is_no_position(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said Moscow kept shelling cities while appearing open to a truce.")
    assert not any(s.holder == "russia" and s.polarity == "support" for s in doc._.pg_stances)
    doc = run_nlp("Viktor Orban pretended to back the sanctions package.")
    assert not any(s.holder == "viktor-orban" for s in doc._.pg_stances)


def test_stated_openness_still_counts(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas said Moscow was open to a truce.")
    assert any(s.holder == "russia" and s.polarity == "support" for s in doc._.pg_stances)


def test_denied_act_in_a_demanded_clause_is_refused(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas insisted that funding for Moldova would not be reduced.")
    assert has_stance(doc, "kaja-kallas", "oppose", "reduce")
    assert not has_stance(doc, "kaja-kallas", "support", "reduce")


def test_demanded_act_still_supported(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Kaja Kallas insisted that the shelling must stop.")
    assert has_stance(doc, "kaja-kallas", "support", "stop")
