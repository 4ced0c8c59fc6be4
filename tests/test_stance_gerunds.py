"""Stance verbs with an act as complement. A gerund the parser hangs as an adverbial clause right
after a stance verb is its complement (`stance_syntax.attach_gerund_complement`): "ruled out
sending troops" refuses the deployment, it does not offer it. Refusing to condemn says nothing;
refusing to endorse X, or urging someone to reject X, is a stance on X."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc


def _stances(doc: Doc) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target.label) for s in doc._.pg_stances}


def test_ruled_out_gerund_is_refused_not_offered(run_nlp: Callable[..., Doc]) -> None:
    # the small English model hangs "sending" here as an adverbial clause of "ruled"
    doc = run_nlp("Keir Starmer ruled out sending British troops.")
    got = _stances(doc)
    assert ("keir-starmer", "oppose", "deployment of troops") in got
    assert not any(h == "keir-starmer" and p == "support" for h, p, _ in got)
    assert any(s.rule == "subject:verb:rule out" for s in doc._.pg_stances)


def test_parser_adverbial_gerund_is_relabelled(nlp: Language) -> None:
    from pactgraph.nlp.stance_syntax import attach_gerund_complement

    ours = [name for name in nlp.pipe_names if name.startswith("pg_")]
    with nlp.select_pipes(disable=ours):
        doc = nlp("Keir Starmer ruled out sending British troops.")
    sending = doc[4]
    assert (sending.text, sending.dep_, sending.head.text) == ("sending", "advcl", "ruled")
    attach_gerund_complement(doc[2], 4)
    assert sending.dep_ == "xcomp"


def test_shared_refusal_reaches_the_sharer(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Pedro Sanchez has ruled out sending Spanish troops, a position shared by Portugal.")
    assert ("portugal", "oppose", "deployment of troops") in _stances(doc)


def test_gerund_after_a_comma_stays_an_adverbial(run_nlp: Callable[..., Doc]) -> None:
    # "citing costs" gives the reason; the plan is what is rejected
    doc = run_nlp("Mette Frederiksen rejected the plan, citing costs.")
    assert {t for _, _, t in _stances(doc)} == {"plan"}


def test_verb_with_an_object_keeps_its_object(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Petteri Orpo backed the proposal, sending a clear signal to Moscow.")
    labels = {t for _, _, t in _stances(doc)}
    assert "proposal" in labels
    assert not any("signal" in t for t in labels)


def test_refusing_to_condemn_is_no_support(run_nlp: Callable[..., Doc]) -> None:
    # withholding a judgement says nothing either way, like "did not condemn"
    doc = run_nlp("New Delhi has refused to condemn Russia's invasion.")
    assert not any(s.polarity == "support" for s in doc._.pg_stances)


def test_refusing_to_back_still_opposes(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Robert Fico refused to support new sanctions.")
    assert ("robert-fico", "oppose", "sanctions") in _stances(doc)


def test_refusing_to_endorse_a_free_phrase_opposes_it(run_nlp: Callable[..., Doc]) -> None:
    # the stance verb under the refusal is no topic; its object is
    doc = run_nlp("Robert Fico refused to endorse the reconstruction fund.")
    assert ("robert-fico", "oppose", "reconstruction fund") in _stances(doc)


def test_urging_to_reject_a_free_phrase_opposes_it(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Andrej Babis urged Brussels to reject the reconstruction fund.")
    assert ("andrej-babis", "oppose", "reconstruction fund") in _stances(doc)


def test_unready_offer_is_no_offer(run_nlp: Callable[..., Doc]) -> None:
    # a negated readiness denies the act it governs: one refusal, not a refusal and an offer
    doc = run_nlp("Canada is not prepared to offer security guarantees to Moldova, Mark Carney said.")
    polarities = {p for h, p, _ in _stances(doc) if h == "mark-carney"}
    assert polarities == {"oppose"}


def test_ready_offer_stays_an_offer(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Canada is prepared to offer security guarantees to Moldova, Mark Carney said.")
    assert {p for h, p, _ in _stances(doc) if h == "mark-carney"} == {"support"}


def test_in_favour_of_with_the_phrase_hung_on_the_verb(run_nlp: Callable[..., Doc]) -> None:
    # the small model hangs "of sending ..." on "is" here, not on "favour"
    doc = run_nlp("Denmark is in favour of sending more air defence systems.")
    assert ("denmark", "support", "military aid") in _stances(doc)


def test_a_later_phrase_of_the_verb_is_not_the_idioms(run_nlp: Callable[..., Doc]) -> None:
    # "in favour" with nothing after it names no target; "on Tuesday" is the verb's
    doc = run_nlp("Denmark voted in favour on Tuesday.")
    assert not any("tuesday" in t.lower() for _, _, t in _stances(doc))
