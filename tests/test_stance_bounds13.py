"""Probe-found readings (tests/data/probes/triggers.yaml): a denied in-bounds phrase ("X is not on
the table") rejects X; a noun compounded before a compound reversal ("sanctions relief") is what
is undone; a possessive title of an office the KB lacks ("Slovenia's foreign minister") speaks for
the state; unnamed people reporting ("diplomats said") are the sentence's own speaker, so no
earlier speaker is carried onto it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_not_on_the_table_rejects(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Territorial concessions are not on the table, Zelensky said.")
    assert has_stance(doc, "volodymyr-zelenskyy", "oppose", "territorial")
    doc = run_nlp("The Kremlin said a ceasefire was not on the agenda for now.")
    assert has_stance(doc, "russia", "oppose", "ceasefire")


def test_on_the_table_is_no_rejection(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("A ceasefire is on the table, Rubio said.")
    assert not has_stance(doc, "marco-rubio", "oppose", "ceasefire")


def test_compounded_relief_undoes_the_sanctions(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("The European Union rejected calls for sanctions relief.")
    assert has_stance(doc, "european-union", "support", "sanction")
    assert not has_stance(doc, "european-union", "oppose", "sanction")


def test_relief_alone_undoes_nothing(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Angela Merkel described the accord as a relief for German exporters.")
    assert has_stance(doc, "angela-merkel", "support", "accord")


def test_possessive_title_without_known_office_is_the_state(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Slovenia's foreign minister rejected the plan.")
    assert has_stance(doc, "slovenia", "oppose", "plan")
    doc = run_nlp("Croatia's ambassador to NATO backed the plan.")
    assert has_stance(doc, "croatia", "support", "plan")


def test_unnamed_people_reporting_carry_no_earlier_speaker(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Sergei Lavrov demanded a halt to NATO expansion. "
        "Western diplomats said that demand was unacceptable."
    )
    assert not any(s.holder == "sergei-lavrov" and s.polarity == "oppose" for s in doc._.pg_stances)
    doc = run_nlp("Sergei Lavrov spoke in Geneva. The proposal was unacceptable, he said.")
    assert any(s.holder == "sergei-lavrov" and s.polarity == "oppose" for s in doc._.pg_stances)


def test_neither_nor_subject_negates_the_verb(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Neither Hungary nor Slovakia will support the new sanctions package.")
    assert has_stance(doc, "hungary", "oppose", "sanction")
    assert has_stance(doc, "slovakia", "oppose", "sanction")
    assert not has_stance(doc, "hungary", "support", "sanction")
    doc = run_nlp("Both Hungary and Slovakia will support the new sanctions package.")
    assert has_stance(doc, "hungary", "support", "sanction")


def test_relative_clause_with_a_time_keeps_its_antecedent(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("The peace plan, which Kyiv rejected on Monday, calls for a freeze along the front line.")
    assert has_stance(doc, "ukraine", "oppose", "plan")
    assert not any("monday" in s.target_label.lower() for s in doc._.pg_stances)


def test_working_alone_is_success(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Ursula von der Leyen said the sanctions were working.")
    assert has_stance(doc, "ursula-von-der-leyen", "support", "sanction")
    doc = run_nlp("Ursula von der Leyen said the sanctions were not working.")
    assert has_stance(doc, "ursula-von-der-leyen", "oppose", "sanction")
    doc = run_nlp("Officials said the sanctions team was working on a new package.")
    assert not any(s.polarity == "support" and "sanction" in s.target.label.lower()
                   and s.rule.endswith("evaluation-topic:work") for s in doc._.pg_stances)


def test_dead_agreement_is_rejected(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Vladimir Putin said the Minsk agreements were dead.", date="2022-02-22")
    assert has_stance(doc, "vladimir-putin", "oppose", "minsk")


def test_small_clause_of_a_judging_verb(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Emmanuel Macron considers the American proposal dangerous.")
    assert has_stance(doc, "emmanuel-macron", "oppose", "proposal")
    doc = run_nlp("Emmanuel Macron found the American proposal encouraging.")
    assert has_stance(doc, "emmanuel-macron", "support", "proposal")
    doc = run_nlp("Investigators found the wreckage near Kyiv.")
    assert not doc._.pg_stances
