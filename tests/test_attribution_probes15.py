"""Who holds a stance when a sentence has a reporter and a subject (stop 15, attribution): the
mechanisms tests/data/probes/attribution.yaml led to, tested on sentences of their own."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _holders(doc: Doc) -> set[str]:
    return {s.holder for s in doc._.pg_stances}


# An unnamed part of a group as the reported clause's subject holds nothing, nor does the reporter
def test_some_governments_are_not_the_reporter(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Some governments rejected the price cap on Russian oil, Josep Borrell said.", date="2023-02-01")
    assert "josep-borrell" not in _holders(doc)


def test_several_allies_reported_before_the_clause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Jens Stoltenberg said several allies opposed sending F-16 jets to Kyiv.", date="2023-02-01")
    assert "jens-stoltenberg" not in _holders(doc)


def test_other_capitals_are_not_the_reporter(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Other capitals backed the oil embargo, according to Josep Borrell.", date="2022-05-10")
    assert "josep-borrell" not in _holders(doc)


def test_plural_demonym_is_not_the_reporter(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The Slovaks would veto the oil embargo, Josep Borrell said.", date="2022-05-10")
    assert "josep-borrell" not in _holders(doc)


def test_counted_group_of_a_stateless_reporter_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Three member states blocked the oil embargo, Josep Borrell said.", date="2022-05-10")
    assert "josep-borrell" not in _holders(doc)


def test_counted_group_of_a_state_leader_may_include_the_leader(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Thirty countries have pledged to supply air defence to Ukraine, Keir Starmer said.")
    assert has_stance(doc, "keir-starmer", "support", "air defence", phrase=True)


def test_group_defined_by_the_reported_relative_clause(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The allies that Stoltenberg said had opposed the plan later backed it.", date="2023-02-01")
    assert "jens-stoltenberg" not in _holders(doc)


def test_named_state_after_a_group_still_holds(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Slovakia blocked the oil embargo, Josep Borrell said.", date="2022-05-10")
    assert has_stance(doc, "slovakia", "oppose", "embargo", phrase=True)
    assert "josep-borrell" not in _holders(doc)


def test_demand_on_allies_stays_the_speakers(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Some allies must send more ammunition to Ukraine, Jens Stoltenberg said.", date="2023-02-01")
    assert has_stance(doc, "jens-stoltenberg", "support", "ammunition", phrase=True)


# "Y's position is that ...": the owner of the position speaks the clause
def test_position_owner_with_a_parenthetical_reporter(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Slovakia's position, Borrell said, is that the oil embargo must be lifted.", date="2022-05-10")
    assert has_stance(doc, "slovakia", "oppose", "sanction")
    assert "josep-borrell" not in _holders(doc)


def test_view_owned_by_a_demonym(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The Finnish view remains that Ukraine must join NATO.")
    assert has_stance(doc, "finland", "support", "nato")


def test_own_position_in_a_quotation_stays_the_speakers(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("\"Our position is that Ukraine must join NATO,\" Radoslaw Sikorski said.")
    assert has_stance(doc, "radoslaw-sikorski", "support", "nato")


def test_position_without_an_owner_names_no_speaker(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("The position of many governments is that Ukraine must join NATO.")
    assert not doc._.pg_stances


# "X quoted Y as saying": Y speaks
def test_quoted_as_saying_gives_the_quoted_speaker(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("The Ukrinform agency quoted Dmytro Kuleba as saying that the Chinese plan was unacceptable.", date="2023-03-01")
    assert has_stance(doc, "dmytro-kuleba", "oppose", "plan", phrase=True)


def test_passive_quoted_as_saying(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Dmytro Kuleba was quoted as saying that the Chinese plan was a trap.", date="2023-03-01")
    assert has_stance(doc, "dmytro-kuleba", "oppose", "plan", phrase=True)


# An unnamed spokesperson "for X" speaks for X
def test_spokesperson_for_a_leader(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("A spokeswoman for Robert Fico said the oil embargo was unacceptable.", date="2024-03-01")
    assert has_stance(doc, "robert-fico", "oppose", "embargo", phrase=True)


def test_spokesperson_for_a_government_speaks_for_its_state(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("The oil embargo is a mistake, a spokesman for the Slovak government said.", date="2024-03-01")
    assert has_stance(doc, "slovakia", "oppose", "embargo", phrase=True)


# Clefts, fronted subjects, relative pronouns inside a report
def test_cleft_focus_holds(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("It was Austria that blocked the accession of Romania to Schengen.")
    assert has_stance(doc, "austria", "oppose", "accession", phrase=True)


def test_cleft_focus_holds_in_a_report(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Josep Borrell said it was Slovakia that blocked the oil embargo.", date="2022-05-10")
    assert has_stance(doc, "slovakia", "oppose", "embargo", phrase=True)
    assert "josep-borrell" not in _holders(doc)


def test_restrictive_relative_still_only_describes(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Countries that opposed the oil embargo met in Budapest.")
    assert not doc._.pg_stances


def test_fronted_subject_before_told_reporters(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    # parsed as two subjects of "told" without "and"; with the surname alone, as an npadvmod
    for text in ("Slovakia, Josep Borrell told reporters, would veto the oil embargo.",
                 "Slovakia, Borrell told reporters, would veto the oil embargo."):
        doc = run_nlp(text, date="2022-05-10")
        assert has_stance(doc, "slovakia", "oppose", "embargo", phrase=True)
        assert "josep-borrell" not in _holders(doc)


def test_fronted_pair_of_states_before_the_reporter(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Slovakia and Hungary, Josep Borrell told reporters, would veto the oil embargo.", date="2022-05-10")
    assert has_stance(doc, "slovakia", "oppose", "embargo", phrase=True)
    assert has_stance(doc, "hungary", "oppose", "embargo", phrase=True)
    assert "josep-borrell" not in _holders(doc)


def test_listed_speakers_with_a_subject_of_their_own_still_speak(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Slovakia, Hungary and Austria told reporters they would veto the oil embargo.", date="2022-05-10")
    assert {"slovakia", "hungary", "austria"} <= _holders(doc)


def test_which_inside_a_report_is_its_antecedent(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Austria, which Borrell said had blocked the oil embargo, later joined it.", date="2022-05-10")
    assert has_stance(doc, "austria", "oppose", "embargo", phrase=True)
    assert "josep-borrell" not in _holders(doc)


def test_unnamed_spokesperson_names_the_states_position(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("A spokeswoman for Pedro Sanchez said Spain would never send troops to Ukraine.")
    assert has_stance(doc, "spain", "oppose", "troops", phrase=True)
