"""Guarantee mechanisms of round 4 (helper g2): a state reached through its leader's office is an
actor with a record, indirect objects the parser folds into the guarantee's phrase receive it, a
signer is found through gerund and infinitive chains, and "X followed" / "X went first" after a
signing signs the same kind of guarantee. Sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def pairs(run_nlp, text: str, *, date: str | None = "2025-06-01") -> set[tuple[str | None, tuple[str, ...]]]:
    return {(g.beneficiary, g.guarantors) for g in run_nlp(text, date=date)._.pg_guarantees}


# -- a leader's state is an actor with a record


def test_leaders_states_have_actor_records(run_nlp) -> None:
    text = (
        "Chancellor Friedrich Merz and Prime Minister Pedro Sánchez pledged to station troops "
        "in Moldova once the fighting ends."
    )
    doc = run_nlp(text, date="2025-06-01")
    ents = doc._.pg_entities
    givers = {k for g in doc._.pg_guarantees for k in g.guarantors}
    assert {"germany", "spain"} <= givers
    assert all(k in ents for k in givers)
    assert ents["germany"].label == "Germany"


def test_a_state_named_in_the_text_keeps_its_own_record(run_nlp) -> None:
    doc = run_nlp("Spain will station troops in Moldova once the fighting ends.", date="2025-06-01")
    assert ("moldova", ("spain",)) in {(g.beneficiary, g.guarantors) for g in doc._.pg_guarantees}
    assert "germany" not in doc._.pg_entities


# -- indirect objects read as part of the guarantee's phrase


def test_coordinated_indirect_objects_receive(run_nlp) -> None:
    got = pairs(run_nlp, "Washington offered Finland and Sweden assurances against attack.")
    assert ("finland", ("united-states",)) in got
    assert ("sweden", ("united-states",)) in got
    assert not any("sweden" in gs or "finland" in gs for _, gs in got)


def test_indirect_object_conjoined_with_the_noun_receives(run_nlp) -> None:
    got = pairs(run_nlp, "Germany gave Moldova and Georgia security guarantees.")
    assert ("georgia", ("germany",)) in got
    assert not any("georgia" in gs for _, gs in got)


def test_an_explicit_recipient_keeps_the_modifier_a_giver(run_nlp) -> None:
    got = pairs(run_nlp, "Britain offered US security guarantees to Ukraine.")
    assert any(b == "ukraine" and "united-states" in gs for b, gs in got)


# -- a signer reached through a gerund under a preposition


def test_signer_of_an_agreement_after_sitting_down(run_nlp) -> None:
    text = (
        "Rishi Sunak toured a hospital in Kyiv before sitting down with President Volodymyr "
        "Zelenskyy to sign a bilateral security agreement."
    )
    got = pairs(run_nlp, text, date="2024-01-12")
    assert any("united-kingdom" in gs for _, gs in got)


def test_gerund_of_another_actor_names_no_signer(run_nlp) -> None:
    text = "Officials discussed plans before a security agreement was signed in Kyiv."
    assert not any(gs for _, gs in pairs(run_nlp, text))


# -- "X followed" / "X went first" after a signing


SIGNING = (
    "Ukraine has sought security guarantees from its partners for two years. Prime Minister Mark Rutte signed a bilateral security agreement with Ukraine in Kharkiv on "
    "Friday. "
)


def test_followed_after_a_signing_signs_too(run_nlp) -> None:
    text = SIGNING + "Spain and Portugal followed a few weeks later, and Belgium went first."
    got = pairs(run_nlp, text, date="2024-03-01")
    givers = {k for b, gs in got if b == "ukraine" for k in gs}
    assert {"spain", "portugal", "belgium"} <= givers


def test_followed_with_an_object_or_no_signing_is_nothing(run_nlp) -> None:
    text = SIGNING + "Spain followed the talks closely from Madrid."
    got = pairs(run_nlp, text, date="2024-03-01")
    assert not any("spain" in gs for _, gs in got)
    got = pairs(run_nlp, "Ukraine's army held the line. Spain followed a few weeks later.")
    assert not any("spain" in gs for _, gs in got)


# -- the article's protected country when no guarantee names one


def test_a_country_invaded_is_the_protected_default(run_nlp) -> None:
    text = (
        "Eighteen months have passed since the invasion of Armenia. Russia's diplomats arrived in "
        "Ankara on Monday. Russia wants sanctions lifted before any deal, and Russia has said so "
        "for months. Turkey said it was ready to act as a guarantor of any settlement."
    )
    assert ("armenia", ("turkey",)) in pairs(run_nlp, text)


def test_leaders_weigh_for_their_state(run_nlp) -> None:
    text = (
        "Russia's diplomats arrived in Ankara on Monday. Russia wants sanctions lifted before any "
        "deal, and Russia has said so for months; Russia's envoy repeated it. Ukraine disagrees, "
        "and Ukraine's envoy said so. Ukraine waits. Volodymyr Zelenskyy said talks must resume, "
        "and Zelenskyy told reporters he was hopeful. Turkey said it was ready to act as a "
        "guarantor of any settlement."
    )
    assert ("ukraine", ("turkey",)) in pairs(run_nlp, text)


def test_a_guarantor_and_its_leader_are_not_the_protected_default(run_nlp) -> None:
    text = (
        "Recep Tayyip Erdogan hosted the talks. Erdogan said Turkey wanted peace, and Erdogan "
        "repeated it twice. Russia's envoy said little. Turkey said it was ready to act as a "
        "guarantor of any settlement."
    )
    assert not any(b == "turkey" for b, _ in pairs(run_nlp, text))


# -- roles a "with" phrase hands out


def test_with_phrase_roles_give_the_guarantee(run_nlp) -> None:
    text = (
        "Georgia's envoy said the focus was on security guarantees that are binding, with France "
        "in the lead and Canada as a backstop."
    )
    assert any(set(gs) == {"france", "canada"} for _, gs in pairs(run_nlp, text))
    got = pairs(run_nlp, "Georgia wants security guarantees, with Italy and Spain in the lead.")
    assert ("georgia", ("italy", "spain")) in got
    got = pairs(run_nlp, "Moldova asked for security guarantees with Romania as guarantor.")
    assert ("moldova", ("romania",)) in got


def test_with_phrase_outside_the_mention_clause_gives_nothing(run_nlp) -> None:
    text = (
        "Moldova wants security guarantees. The talks went ahead with Poland and Romania in the "
        "lead."
    )
    assert not any("poland" in gs or "romania" in gs for _, gs in pairs(run_nlp, text))
    # an actor with no role after "with" is no giver
    text = "Moldova discussed security guarantees with Romania on Tuesday."
    assert not any("romania" in gs for _, gs in pairs(run_nlp, text))


# -- the country an attacking verb targets is the protected default


def test_the_object_of_an_attack_is_the_protected_default(run_nlp) -> None:
    text = (
        "Georgia's negotiators asked for a pact under which its partners would defend it if it "
        "were invaded again. Russia's envoy, Russia's army chief and Russia's foreign minister "
        "all spoke in Geneva. Greece said it was ready to sign on as one of the guarantors."
    )
    assert ("georgia", ("greece",)) in pairs(run_nlp, text)


def test_the_attacker_is_not_the_protected_default(run_nlp) -> None:
    text = (
        "Russia attacked the port again overnight, and Russia's drones attacked the grid. Greece "
        "said it was ready to sign on as one of the guarantors."
    )
    assert not any(b == "russia" for b, _ in pairs(run_nlp, text))


# -- sending no force, or neither sending nor paying, is no guarantee


def test_sending_no_troops_is_no_guarantee(run_nlp) -> None:
    text = "Austria's chancellor said Austria would send no soldiers to Moldova after a truce."
    assert not any("austria" in gs for _, gs in pairs(run_nlp, text))
    text = (
        "The chancellor confirmed that Austria would stay out of the planned Moldova mission, "
        "neither sending soldiers nor paying for it, after the truce."
    )
    assert not any("austria" in gs for _, gs in pairs(run_nlp, text))


def test_sending_troops_is_still_a_guarantee(run_nlp) -> None:
    text = "Austria's chancellor said Austria would send soldiers to Moldova after a truce."
    assert ("moldova", ("austria",)) in pairs(run_nlp, text)


# -- Japan's 2024 accord with Ukraine is a security agreement though its title does not say so


def test_japans_accord_is_a_guarantee_agreement(run_nlp) -> None:
    text = (
        "Kyiv's list of bilateral deals now includes the Japan-Ukraine accord, signed in June, and "
        "the Norway-Ukraine security agreement, signed in May."
    )
    got = pairs(run_nlp, text, date="2024-07-12")
    assert ("ukraine", ("japan",)) in got
    assert ("ukraine", ("norway",)) in got


def test_a_minerals_deal_is_no_guarantee_agreement(run_nlp) -> None:
    text = (
        "Kyiv's list of bilateral deals now includes the minerals agreement with Washington, "
        "signed in April, and the Norway-Ukraine security agreement, signed in May."
    )
    got = pairs(run_nlp, text, date="2025-07-12")
    assert not any("united-states" in gs for _, gs in got)


# -- "regarded X as unacceptable": a judging verb rejecting its object


def test_membership_judged_unacceptable_is_no_guarantee(run_nlp) -> None:
    text = "A Kremlin aide said Moscow regarded Georgia's accession to NATO as unacceptable."
    assert not any("nato" in gs for _, gs in pairs(run_nlp, text))
    text = "A Kremlin aide called Georgia's accession to NATO unacceptable."
    assert not any("nato" in gs for _, gs in pairs(run_nlp, text))


def test_membership_judged_as_protection_is_still_a_guarantee(run_nlp) -> None:
    text = "Tbilisi regards Georgia's accession to NATO as the best protection it could have."
    assert ("georgia", ("nato",)) in pairs(run_nlp, text)


# -- the Ukraine Compact is a security agreement: it tells who the protected country is


def test_the_compact_names_the_protected_country(run_nlp) -> None:
    text = (
        "Leaders of two dozen governments endorsed the Ukraine Compact at the summit on "
        "Thursday. Tokyo took part as well, a month after the Japan-Ukraine accord was signed."
    )
    assert ("ukraine", ("japan",)) in pairs(run_nlp, text, date="2024-07-11")


def test_the_compact_alone_has_no_guarantor(run_nlp) -> None:
    text = "Two dozen governments endorsed the Ukraine Compact at the summit on Thursday."
    assert all(not gs for _, gs in pairs(run_nlp, text, date="2024-07-11"))


# -- an embedded question commits no one


def test_a_guarantee_asked_about_is_no_guarantee(run_nlp) -> None:
    text = (
        "Asked in Brasilia whether Brazil would be ready to act as a guarantor of a settlement "
        "for Ukraine, the minister changed the subject."
    )
    assert not any("brazil" in gs for _, gs in pairs(run_nlp, text))
    text = "Reporters asked if Brazil will send troops to Ukraine after a ceasefire."
    assert not any("brazil" in gs for _, gs in pairs(run_nlp, text))


def test_whether_or_not_others_join_still_commits(run_nlp) -> None:
    text = "Whether or not others join, Brazil will send troops to Ukraine after a ceasefire."
    assert ("ukraine", ("brazil",)) in pairs(run_nlp, text)
    assert ("ukraine", ("brazil",)) in pairs(
        run_nlp, "Brazil is ready to act as a guarantor of any settlement for Ukraine."
    )


# -- "European guarantees" are given by European states, not by the EU's institutions


def test_european_guarantees_are_europes(run_nlp) -> None:
    got = pairs(run_nlp, "Lavrov mocked European security guarantees for Armenia.")
    assert ("armenia", ("europe",)) in got


def test_eu_and_national_attributives_keep_their_actor(run_nlp) -> None:
    got = pairs(run_nlp, "Armenia wants EU security guarantees.")
    assert ("armenia", ("european-union",)) in got
    got = pairs(run_nlp, "Armenia wants French and Greek security guarantees.")
    assert ("armenia", ("france", "greece")) in got


# -- "we want them ratified by X": the pronoun stands for the guarantees just named


def test_guarantees_wanted_ratified_by_a_legislature(run_nlp) -> None:
    text = (
        "Georgia's envoy said security guarantees mean little unless binding: we want them approved "
        "by the US Senate."
    )
    assert any("united-states" in gs for _, gs in pairs(run_nlp, text))


def test_a_pronoun_after_another_noun_is_not_the_guarantees(run_nlp) -> None:
    text = (
        "Georgia's envoy said security guarantees mean little without weapons: we want them "
        "approved by the US Senate."
    )
    assert not any("united-states" in gs for _, gs in pairs(run_nlp, text))
