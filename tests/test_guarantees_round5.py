"""Guarantee mechanisms of round 5 (helper g11): a group an agreement's own name names issues it,
and the one a proposal is put to is its addressee, not the protected country. Sentences written
for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def pairs(run_nlp, text: str, *, date: str | None = "2026-02-01") -> set[tuple[str | None, tuple[str, ...]]]:
    return {(g.beneficiary, g.guarantors) for g in run_nlp(text, date=date)._.pg_guarantees}


# -- a group named in an agreement's name issues it


def test_group_named_in_the_agreements_name_is_a_guarantor(run_nlp) -> None:
    text = (
        "Foreign ministers of the Group of Seven gathered in Ottawa on Monday. "
        "Officials said the G7 Joint Declaration of Support for Ukraine remained the frame for "
        "every bilateral pact with Kyiv, and Ukraine wanted more such security commitments."
    )
    found = pairs(run_nlp, text, date="2024-03-01")
    assert ("ukraine", ("g7",)) in found


def test_group_not_named_in_the_article_issues_nothing(run_nlp) -> None:
    text = (
        "Officials in Warsaw said the Paris Declaration would need ratifying in each parliament "
        "before Ukraine could count on the security guarantees it promises."
    )
    found = pairs(run_nlp, text, date="2026-02-01")
    assert not any("coalition-of-the-willing" in g for _, g in found)


# -- the one a proposal is put to hears it; it is not protected


def _beneficiaries(run_nlp, text: str) -> set[str | None]:
    return {g.beneficiary for g in run_nlp(text, date="2025-03-01")._.pg_guarantees}


def test_proposal_put_to_a_state_does_not_protect_it(run_nlp) -> None:
    text = (
        "Moldova wants its neutrality respected, and Moldova wants allies it can count on. "
        "A Romanian envoy said nobody had yet put a proposal on monitors and peacekeepers to "
        "Moscow in writing."
    )
    assert "russia" not in _beneficiaries(run_nlp, text)


def test_a_plan_proposed_to_a_state_does_not_protect_it(run_nlp) -> None:
    text = (
        "Moldova has asked for help for months, and Moldova's president repeated the request. "
        "Diplomats said a plan for peacekeepers had been proposed to Moscow last week."
    )
    assert "russia" not in _beneficiaries(run_nlp, text)


def test_guarantees_proposed_to_a_state_still_protect_it(run_nlp) -> None:
    text = "Sweden proposed security guarantees to Moldova on Tuesday."
    assert "moldova" in _beneficiaries(run_nlp, text)


# -- a bare "membership" means the alliance just named


def _givers(run_nlp, text: str) -> set[tuple[str, ...]]:
    return {g.guarantors for g in run_nlp(text, date="2024-05-01")._.pg_guarantees}


def test_bare_membership_after_an_alliance_question(run_nlp) -> None:
    text = (
        "And the Atlantic alliance, what about NATO?\n"
        "The Georgian envoy did not hesitate: membership is the only guarantee Georgia can trust."
    )
    assert ("nato",) in _givers(run_nlp, text)


def test_bare_membership_with_no_alliance_nearby(run_nlp) -> None:
    text = (
        "NATO ministers met in Oslo in the spring.\nThe Georgian envoy did not hesitate: "
        "membership is the only guarantee Georgia can trust."
    )
    assert ("nato",) not in _givers(run_nlp, text)



# -- membership dreaded is no guarantee


def test_membership_feared_by_a_rival_is_no_guarantee(run_nlp) -> None:
    text = "Georgia's president, what about NATO? Moscow says it fears Georgia joining the alliance."
    assert ("nato",) not in _givers(run_nlp, text)


def test_membership_announced_is_still_read(run_nlp) -> None:
    text = "Georgia's president says Georgia will join the alliance, NATO, soon."
    assert ("nato",) in _givers(run_nlp, text)


# -- "X-ian officials said they want ...": the state their demonym names


def test_they_of_officials_named_by_demonym(run_nlp) -> None:
    text = (
        "Iran has long objected. The text makes no mention of NATO, but Iranian officials have "
        "repeatedly said they want guarantees that Iraq will never join the alliance."
    )
    assert "iran" in _beneficiaries(run_nlp, text)


def test_they_of_a_demonym_on_a_non_official(run_nlp) -> None:
    text = (
        "Iran has long objected. The text makes no mention of NATO, but Iranian newspapers have "
        "repeatedly said they want guarantees that Iraq will never join the alliance."
    )
    assert "iran" not in _beneficiaries(run_nlp, text)


# -- an unnamed group of defenders whose members the next sentence lists


_ROSTER_LEAD = (
    "Georgia sought a pact by which a group of countries would be bound to come to its aid if "
    "it were attacked again. "
)


def test_roster_in_the_next_sentence_names_the_defenders(run_nlp) -> None:
    text = _ROSTER_LEAD + "The list circulated included Spain, Norway and Japan."
    found = {g.guarantors for g in run_nlp(text, date="2024-05-01")._.pg_guarantees}
    assert any({"spain", "norway", "japan"} <= set(g) for g in found)


def test_next_sentence_without_a_list_noun_names_no_defenders(run_nlp) -> None:
    text = _ROSTER_LEAD + "The talks included Spain, Norway and Japan."
    found = {g.guarantors for g in run_nlp(text, date="2024-05-01")._.pg_guarantees}
    assert not any("spain" in g for g in found)


def test_asking_about_a_demonym_records_no_actor(run_nlp) -> None:
    # "European security" is checked as a possible giver and is none: no EU record appears
    doc = run_nlp(
        'Zelensky said: "The future of European security is being decided here, in Ukraine. '
        'Russia must be among those giving clear security guarantees."',
        date="2022-02-23",
    )
    assert "european-union" not in (doc._.pg_entities or {})
    assert any(g.guarantors for g in doc._.pg_guarantees)
