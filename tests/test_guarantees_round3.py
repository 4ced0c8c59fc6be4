"""Guarantee precision and recall mechanisms (helper g1, round 3): coordinated demonyms name every
sending state, NATO membership merely described or offered as a prospect is no guarantee, a
guarantee naming no beneficiary takes the country of its own sentence before the article's most
named one, and an agreement titled "of Support for X" makes X the protected side. Sentences
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def pairs(run_nlp, text: str, *, date: str | None = None) -> set[tuple[str | None, tuple[str, ...]]]:
    return {(g.beneficiary, g.guarantors) for g in run_nlp(text, date=date)._.pg_guarantees}


def test_coordinated_demonyms_all_send_the_force(run_nlp) -> None:
    got = pairs(run_nlp, "Belgian and Czech troops will be sent to Moldova to keep the peace after the ceasefire.")
    assert ("moldova", ("belgium", "czech-republic")) in got


def test_coordinated_demonyms_without_a_force_give_nothing(run_nlp) -> None:
    assert pairs(run_nlp, "American and Russian diplomats met in Vienna on Monday.") == set()


def test_membership_that_keeps_a_state_safe_is_a_guarantee(run_nlp) -> None:
    got = pairs(run_nlp, "Only membership of NATO would keep Georgia safe, the senator said.")
    assert ("georgia", ("nato",)) in got


def test_membership_described_by_a_copula_is_no_guarantee(run_nlp) -> None:
    text = "Georgia's NATO membership was a separate question altogether, the Kremlin spokesman said."
    assert pairs(run_nlp, text) == set()


def test_joining_soon_is_still_read(run_nlp) -> None:
    got = pairs(run_nlp, "Montenegro will join NATO next month, the foreign minister said.")
    assert ("montenegro", ("nato",)) in got


def test_an_invitation_to_join_is_a_prospect(run_nlp) -> None:
    text = (
        "The foreign minister of Lithuania called for an invitation for Georgia to join NATO "
        "at the next summit."
    )
    assert pairs(run_nlp, text) == set()


def test_unnamed_beneficiary_is_the_country_of_its_sentence(run_nlp) -> None:
    text = (
        "The foreign minister said Armenia was ready for peace and that security guarantees had "
        "been discussed in Vienna. "
        "Russia and Azerbaijan were not present. Russia said it had no comment. Russia's envoy "
        "left. Russia issued a statement."
    )
    got = pairs(run_nlp, text)
    assert ("armenia", ()) in got
    assert not any(b == "russia" for b, _ in got)


def test_the_speakers_state_is_not_the_sentence_country(run_nlp) -> None:
    text = "Spanish Prime Minister Pedro Sanchez said security guarantees were needed in Ukraine."
    got = pairs(run_nlp, text)
    assert not any(b == "spain" for b, _ in got)


def test_a_giver_in_the_sentence_is_not_the_beneficiary(run_nlp) -> None:
    text = (
        "Mark Rutte said the Netherlands was ready to send troops to a force that would secure "
        "a truce, provided there was an American backstop. Ukraine welcomed it. Ukraine wants "
        "peace. Ukraine is fighting."
    )
    got = pairs(run_nlp, text)
    assert ("ukraine", ("united-states",)) in got
    assert not any(b == "netherlands" for b, _ in got)


def test_declaration_of_support_for_a_country_protects_it(run_nlp) -> None:
    text = (
        "Ben Wallace said Britain would honour the UK-Ukraine security agreement it signed in "
        "January. He added that Canada and Italy were finishing their own agreements under the "
        "G7 Joint Declaration of Support for Ukraine."
    )
    got = pairs(run_nlp, text, date="2024-02-01")
    assert ("ukraine", ("united-kingdom",)) in got
    assert not any(b == "united-kingdom" for b, _ in got)


def test_a_dateline_place_gives_nothing(run_nlp) -> None:
    text = (
        "GENEVA, Switzerland — Norway and Ukraine signed a bilateral security accord on Monday, "
        "committing Oslo to support Kyiv for ten years as the war in Ukraine drags on."
    )
    got = pairs(run_nlp, text, date="2025-03-01")
    assert ("ukraine", ("norway",)) in got
    assert not any("switzerland" in gs or "geneva" in gs for _, gs in got)


def test_guarantees_to_coordinated_states_protect_each(run_nlp) -> None:
    got = pairs(run_nlp, "France pledged security guarantees to Armenia and Georgia.")
    assert {("armenia", ("france",)), ("georgia", ("france",))} <= got


def test_offering_coordinated_states_a_path_backed_by_commitments(run_nlp) -> None:
    got = pairs(run_nlp, "NATO should offer Georgia and Moldova a credible path backed by interim security commitments.")
    assert {("georgia", ("nato",)), ("moldova", ("nato",))} <= got


def test_a_coordinated_non_actor_adds_no_beneficiary(run_nlp) -> None:
    got = pairs(run_nlp, "France pledged security guarantees to Armenia and to the peace process.")
    assert got == {("armenia", ("france",))}


def test_the_coalition_is_the_one_named_before(run_nlp) -> None:
    text = (
        "Leaders of the coalition of the willing met in Rome on Friday. "
        "The coalition will provide security guarantees to Ukraine once the fighting stops."
    )
    assert ("ukraine", ("coalition-of-the-willing",)) in pairs(run_nlp, text)


def test_the_coalition_with_none_named_stays_unnamed(run_nlp) -> None:
    text = "The coalition will provide security guarantees to Ukraine once the fighting stops."
    assert pairs(run_nlp, text) == {("ukraine", ())}


def test_passive_recipient_receives_and_the_agent_gives(run_nlp) -> None:
    text = "Kazakhstan was promised security guarantees by Russia in 1994, but they proved worthless."
    got = pairs(run_nlp, text)
    assert ("kazakhstan", ("russia",)) in got
    assert not any(b == "russia" for b, _ in got)


def test_active_giver_still_gives(run_nlp) -> None:
    got = pairs(run_nlp, "Russia promised Kazakhstan security guarantees in 1994.")
    assert not any(b == "russia" for b, _ in got)


def test_blocked_membership_is_no_guarantee(run_nlp) -> None:
    assert pairs(run_nlp, "Hungary blocked Georgia's NATO membership at the summit.") == set()


def test_membership_granted_is_read(run_nlp) -> None:
    got = pairs(run_nlp, "Finland joined NATO in April after a fast ratification.")
    assert ("finland", ("nato",)) in got


def test_a_country_whose_concerns_are_heard_is_not_protected(run_nlp) -> None:
    text = (
        "Beijing offered to help broker a ceasefire and said any guarantees must address "
        "Russia's legitimate security concerns."
    )
    assert not any(b == "russia" for b, _ in pairs(run_nlp, text))


def test_a_refusing_country_is_not_protected(run_nlp) -> None:
    text = (
        "The Kremlin spokesman said the Kremlin would not accept foreign troops as part of any "
        "guarantee."
    )
    assert not any(b == "russia" for b, _ in pairs(run_nlp, text))


def test_a_country_whose_security_is_named_is_protected(run_nlp) -> None:
    text = "The envoy said any guarantees must protect Moldova's security for decades."
    assert ("moldova", ()) in pairs(run_nlp, text)


def test_an_inverted_past_conditional_is_no_guarantee(run_nlp) -> None:
    text = (
        "Had Georgia been given security guarantees in 2008, the war might never have happened, "
        "the historian said."
    )
    assert pairs(run_nlp, text) == set()


def test_an_if_had_conditional_is_no_guarantee(run_nlp) -> None:
    text = "Moldova would be safer today if it had received guarantees from Romania in 1992."
    assert pairs(run_nlp, text) == set()


def test_a_past_perfect_fact_is_still_a_guarantee(run_nlp) -> None:
    text = "By 2020 Belarus had received security guarantees from Russia."
    assert ("belarus", ("russia",)) in pairs(run_nlp, text)


def test_without_membership_is_no_guarantee(run_nlp) -> None:
    assert pairs(run_nlp, "Without NATO membership, Georgia has no real security guarantee.") == set()


def test_from_on_a_receiving_verb_names_the_giver(run_nlp) -> None:
    got = pairs(run_nlp, "Montenegro sought security guarantees from Italy last year.")
    assert ("montenegro", ("italy",)) in got


def test_from_a_place_on_a_receiving_verb_is_not_a_giver_of_itself(run_nlp) -> None:
    got = pairs(run_nlp, "Moldova needs security guarantees from Moldova's own army, the general said.")
    assert not any("moldova" in gs for _, gs in got)


def test_an_offer_to_help_next_names_the_giver(run_nlp) -> None:
    text = "Moldova needs security guarantees, the president said. Romania offered to help."
    assert ("moldova", ("romania",)) in pairs(run_nlp, text)


def test_an_offer_to_help_with_something_else_names_nobody(run_nlp) -> None:
    text = (
        "Moldova needs security guarantees, the president said. Romania offered to help with "
        "the harvest."
    )
    assert not any("romania" in gs for b, gs in pairs(run_nlp, text) if b == "moldova")


def test_troops_sent_elsewhere_next_do_not_give(run_nlp) -> None:
    text = (
        "Moldova needs security guarantees, the president said. Romania pledged soldiers to "
        "Bulgaria."
    )
    assert not any("romania" in gs for b, gs in pairs(run_nlp, text) if b == "moldova")


def test_neighbours_that_either_may_be_attacked_are_the_pair_named_before(run_nlp) -> None:
    text = (
        "Moldova and Georgia asked for help in March. Romania and Bulgaria issued a joint "
        "declaration pledging to come to the aid of their Black Sea neighbours should either be "
        "attacked."
    )
    got = pairs(run_nlp, text)
    assert {("moldova", ("romania", "bulgaria")), ("georgia", ("romania", "bulgaria"))} <= got


def test_uncounted_neighbours_are_not_guessed(run_nlp) -> None:
    text = (
        "Moldova and Georgia asked for help in March. Romania and Bulgaria pledged to come to "
        "the aid of their neighbours if attacked."
    )
    assert not any(b in {"moldova", "georgia"} for b, _ in pairs(run_nlp, text))


def test_a_statement_pledging_something_else_gives_nothing(run_nlp) -> None:
    text = "Romania issued a statement pledging to hold early elections in Bucharest."
    assert pairs(run_nlp, text) == set()
