"""Guarantee mechanisms of round 6 (helper g12): the article's protected country weighed from all
its evidence, self-reliance, attributed backing and air cover, declarations of support, and a
plural trigger the tagger calls a verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def pairs(run_nlp, text: str, *, date: str = "2025-06-01") -> set[tuple[str | None, tuple[str, ...]]]:
    return {(g.beneficiary, g.guarantors) for g in run_nlp(text, date=date)._.pg_guarantees}


def beneficiaries(run_nlp, text: str) -> set[str | None]:
    return {b for b, _ in pairs(run_nlp, text)}


# -- the protected country is weighed from all the article's evidence


def test_repeated_protection_talk_outweighs_one_adversary_demand(run_nlp) -> None:
    text = (
        "Serbia wants guarantees that Montenegro will never join NATO. Montenegro's security "
        "depends on its allies, and Montenegro's sovereignty is not for sale, the president said. "
        "Montenegro's accession is a matter for Montenegro and NATO. The prime minister added that "
        "only Article 5 is a real guarantee."
    )
    found = pairs(run_nlp, text)
    assert ("montenegro", ("nato",)) in found


def test_a_summit_venue_is_not_the_protected_country(run_nlp) -> None:
    text = (
        "Finland wants to join NATO, and Finland's membership is the question of the summit. Leaders meet in Portugal next week. The Finnish minister said that only Article 5 "
        "is a real guarantee, which is why Finland's accession matters."
    )
    found = beneficiaries(run_nlp, text)
    assert "finland" in found
    assert "portugal" not in found


# -- a state ensuring its own security guarantees nothing


def test_ensuring_ones_own_security_is_no_guarantee(run_nlp) -> None:
    text = (
        "The Serbian defence minister said Belgrade had no choice: Serbia had to ensure its own "
        "security, and the army would be enlarged."
    )
    assert not any(b == "serbia" for b in beneficiaries(run_nlp, text))


def test_another_state_ensuring_security_is_a_guarantee(run_nlp) -> None:
    text = "France will help ensure Moldova's security after the elections in Moldova, Paris said."
    assert ("moldova", ("france",)) in pairs(run_nlp, text)


# -- attributed backing, air cover and air support


def test_american_backing_for_a_force_is_a_us_guarantee(run_nlp) -> None:
    text = (
        "Moldova wants peace and Moldova wants security. Leaders in Chisinau said any peace force "
        "in Moldova would rely on American backing."
    )
    assert any("united-states" in g for b, g in pairs(run_nlp, text) if b == "moldova")


def test_backing_with_no_actor_or_outside_security_is_none(run_nlp) -> None:
    text = (
        "Moldova wants peace and Moldova wants security. The finance minister said the budget "
        "would need backing from parliament, and American backing for the loan was welcome."
    )
    assert not any("united-states" in g for _, g in pairs(run_nlp, text))


def test_air_cover_after_a_ceasefire_is_given_by_its_provider(run_nlp) -> None:
    text = (
        "Moldova wants peace and Moldova wants security. Officials said Washington would provide "
        "air cover to a European force in Moldova after a ceasefire."
    )
    assert any("united-states" in g for b, g in pairs(run_nlp, text) if b == "moldova")


def test_air_cover_in_a_battle_report_is_no_guarantee(run_nlp) -> None:
    text = "Syrian troops advanced on the town under Russian air cover, a monitor said."
    assert not any("russia" in g for _, g in pairs(run_nlp, text))


# -- declarations of support


def test_declaration_of_support_from_a_group_is_its_guarantee(run_nlp) -> None:
    text = (
        "Moldova wants peace and Moldova wants security. An aide said Moldova would seek a joint "
        "declaration of support from the European Union at the summit."
    )
    assert ("moldova", ("european-union",)) in pairs(run_nlp, text)


def test_declaration_of_support_for_a_coach_is_none(run_nlp) -> None:
    text = "The club issued a declaration of support from its board for the head coach in Madrid."
    assert pairs(run_nlp, text) == set()


# -- a plural trigger the tagger reads as a verb


def test_plural_trigger_tagged_as_a_verb_is_read_as_a_noun(run_nlp) -> None:
    text = (
        "Moldova wants peace and Moldova wants security. Few in Chisinau believed that a summit "
        "in Vienna would bring Moldova the security guarantees it has sought for years."
    )
    assert "moldova" in beneficiaries(run_nlp, text)


def test_guarantee_as_a_real_verb_is_not_a_trigger_noun(run_nlp) -> None:
    text = "The organisers guarantees that tickets will be refunded, the club in Madrid said."
    assert pairs(run_nlp, text) == set()




# -- commitments of military aid from named states


def test_commitments_of_weapons_from_named_states_are_their_guarantee(run_nlp) -> None:
    text = (
        "Moldova wants peace and Moldova wants security. Moldova's president welcomed commitments "
        "from partners, from Romania, Poland and France, on weapons, training and money."
    )
    assert ("moldova", ("romania", "poland", "france")) in pairs(run_nlp, text)


def test_commitments_on_trade_or_to_reform_are_none(run_nlp) -> None:
    text = (
        "Moldova wants peace and Moldova wants security. Moldova welcomed commitments from "
        "Romania on trade and energy. Romania reaffirmed its commitment to pension reform."
    )
    assert not any("romania" in g for _, g in pairs(run_nlp, text))
    assert "romania" not in beneficiaries(run_nlp, text)


def test_asking_about_a_demonym_records_no_actor(run_nlp) -> None:
    # "European security" is checked as a possible giver and is none: no EU record appears
    doc = run_nlp(
        'Zelensky said: "The future of European security is being decided here, in Ukraine. '
        'Russia must be among those giving clear security guarantees."',
        date="2022-02-23",
    )
    assert "european-union" not in (doc._.pg_entities or {})
    assert any(g.guarantors for g in doc._.pg_guarantees)
