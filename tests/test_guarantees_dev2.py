"""Guarantees (nlp/guarantees.py): guarantors named by a demonym, backstops, guarantor roles, on
sentences written for the test (positive and negative)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def guarantees(run_nlp, text: str, *, date: str | None = None):
    return run_nlp(text, date=date)._.pg_guarantees


def pairs(run_nlp, text: str) -> set[tuple[str | None, tuple[str, ...]]]:
    return {(g.beneficiary, g.guarantors) for g in guarantees(run_nlp, text)}


def test_raised_passive_backer_named_by_demonym(run_nlp) -> None:
    # the mention is the subject of "must", the backing verb its passive complement
    found = pairs(
        run_nlp,
        "Any guarantee for Georgia must be underwritten by well-armed Polish battalions, the minister said.",
    )
    assert ("georgia", ("poland",)) in found


def test_european_troops_mean_europe_not_the_union(run_nlp) -> None:
    found = pairs(run_nlp, "Security guarantees for Moldova would be backed by European soldiers.")
    assert ("moldova", ("europe",)) in found


def test_non_demonym_names_nobody(run_nlp) -> None:
    found = pairs(run_nlp, "Security guarantees for Moldova would be backed by non-European soldiers.")
    assert all("europe" not in gs and "european-union" not in gs for _, gs in found)


def test_backstop_with_demonym_gives(run_nlp) -> None:
    found = pairs(
        run_nlp,
        "Paris will send a peacekeeping contingent to Georgia only if there is a British backstop.",
    )
    assert any("united-kingdom" in gs for _, gs in found)


def test_financial_backstop_is_no_guarantee(run_nlp) -> None:
    assert guarantees(run_nlp, "The German central bank agreed to act as a backstop for the bond market.") == []


def test_forces_named_by_demonym_as_subject_give(run_nlp) -> None:
    found = pairs(run_nlp, "Diplomats hinted that Canadian forces would provide protection against attack for Latvia.")
    assert ("latvia", ("canada",)) in found


def test_not_ruling_out_a_state_as_guarantor_names_it(run_nlp) -> None:
    found = pairs(
        run_nlp,
        "Georgia needs security guarantees. Its premier did not exclude India as a guarantor of any deal.",
    )
    assert any("india" in gs for _, gs in found)


def test_ruling_out_a_state_as_guarantor_names_nobody(run_nlp) -> None:
    found = pairs(
        run_nlp,
        "Georgia needs security guarantees. Its premier ruled out India as a guarantor of any deal.",
    )
    assert all("india" not in gs for _, gs in found)


def test_open_to_acting_as_guarantor(run_nlp) -> None:
    found = pairs(
        run_nlp,
        "Armenia wants protection from attack, and Brazil said it stayed open to "
        "acting as a guarantor for Armenia.",
    )
    assert ("armenia", ("brazil",)) in found


def test_gerund_subject_left_of_joining_guarantor_states(run_nlp) -> None:
    found = pairs(
        run_nlp,
        "Georgia seeks security guarantees, and Ankara insisted on Azerbaijan and Kazakhstan joining the guarantor states.",
    )
    assert any({"azerbaijan", "kazakhstan"} <= set(gs) for b, gs in found if b == "georgia")


def test_a_guarantor_is_not_the_protected_country(run_nlp) -> None:
    # Serbia is demanded a guarantee once, but the article casts it as a guarantor: the
    # unattributed guarantor mentions protect Georgia, not Serbia
    found = pairs(
        run_nlp,
        "Serbia wanted a guarantee against them. Georgia demanded guarantees. "
        "Serbia agreed to act as a guarantor. Officials named Brazil as a guarantor.",
    )
    assert ("georgia", ("brazil",)) in found


def test_stopping_short_of_backing_membership_is_no_guarantee(run_nlp) -> None:
    found = pairs(run_nlp, "The Georgian premier stopped short of endorsing NATO membership for Georgia.")
    assert all("nato" not in gs for _, gs in found)


def test_backing_membership_gives_the_alliance_guarantee(run_nlp) -> None:
    found = pairs(run_nlp, "The Georgian premier strongly endorsed NATO membership for Georgia.")
    assert ("georgia", ("nato",)) in found


def test_a_red_line_at_membership_is_no_guarantee(run_nlp) -> None:
    found = pairs(run_nlp, "The US envoy drew a firm red line at NATO membership for Georgia.")
    assert all("nato" not in gs for _, gs in found)


def test_deployment_called_unacceptable_is_no_guarantee(run_nlp) -> None:
    found = pairs(
        run_nlp,
        "After a ceasefire, the stationing of troops from Poland in Belarus would be unacceptable, the Kremlin said.",
    )
    assert all("poland" not in gs for _, gs in found)


def test_deployment_called_welcome_is_a_guarantee(run_nlp) -> None:
    found = pairs(
        run_nlp,
        "After a ceasefire, the stationing of troops from Poland in Lithuania would be welcome, Vilnius said.",
    )
    assert ("lithuania", ("poland",)) in found


def test_troops_in_a_breakaway_region_are_no_guarantee(run_nlp) -> None:
    found = pairs(run_nlp, "Russia keeps soldiers in the breakaway Abkhazia region of Georgia to secure peace.")
    assert all("russia" not in gs for _, gs in found)


def test_troops_stationed_in_a_country_protect_it(run_nlp) -> None:
    found = pairs(run_nlp, "Canada keeps soldiers in Latvia to secure peace.")
    assert ("latvia", ("canada",)) in found
