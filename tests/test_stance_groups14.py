"""Groups of states as stance holders (stop 14, groups): KB formats (E3, Visegrad Group, Quint,
the Nordic-Baltic Eight under its descriptive names) and "members of <the group named before>"."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_nordic_and_baltic_states_are_nb8(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The Nordic and Baltic states said they would help fund a drone coalition for Ukraine.")
    assert has_stance(doc, "nordic-baltic-eight", "support", "coalition")


def test_v4_is_the_visegrad_group(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The V4 foreign ministers condemned the annexation of four Ukrainian regions.", date="2022-10-01")
    assert has_stance(doc, "visegrad-group", "oppose", "annexation", phrase=True)


def test_e3_holds_as_itself(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The E3 ministers said on Monday that they supported talks between Kyiv and Moscow.")
    assert has_stance(doc, "e3", "support", "talks", phrase=True)


def test_group_as_object_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Dmitry Peskov criticised the Quint for arming Kyiv.", date="2015-03-02")
    assert not any(s.holder == "quint" for s in doc._.pg_stances)


def test_members_of_the_coalition(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "Mark Carney joined a call of the coalition of the willing on Tuesday. "
        "Members of the coalition backed a monitoring mission for the ceasefire."
    )
    assert has_stance(doc, "coalition-of-the-willing", "support", "mission", phrase=True)


def test_members_of_an_unnamed_body(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Several members of the commission said they backed the monitoring mission.")
    assert not any(s.holder == "coalition-of-the-willing" for s in doc._.pg_stances)


def test_members_of_a_body_not_named_before(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Mark Carney joined a call of the coalition of the willing on Tuesday. "
        "Members of the commission backed a monitoring mission for the ceasefire."
    )
    assert not any(s.holder == "coalition-of-the-willing" for s in doc._.pg_stances)


def test_allied_leaders_are_nato(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Allied leaders said in Madrid that they condemned Russia's annexation of Crimea.", date="2022-06-29")
    assert has_stance(doc, "nato", "oppose", "annexation", phrase=True)


def test_allied_leaders_as_object_hold_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Dmitry Peskov dismissed the demands of Allied leaders as hostile.", date="2022-06-30")
    assert not any(s.holder == "nato" for s in doc._.pg_stances)
