"""Guarantees (nlp/guarantees.py): roles, status, forms, domains, context default and merging, on
sentences written for the test."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def guarantees(run_nlp, text: str, *, date: str | None = None):
    return run_nlp(text, date=date)._.pg_guarantees


def test_coordinated_givers_and_beneficiary(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "Britain, France and Germany would provide security guarantees for Moldova, "
        "Keir Starmer said.",
    )
    assert g.id == "g0"
    assert g.beneficiary == "moldova"
    assert g.guarantors == ("united-kingdom", "france", "germany")
    assert g.status == "offered"
    assert g.rule.startswith("guarantee:")
    assert 0 < g.confidence <= 1


def test_receiver_and_threat(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Finland needs security guarantees against Russia.")
    assert (g.beneficiary, g.guarantors, g.threat, g.status) == (
        "finland",
        (),
        "russia",
        "demanded",
    )


def test_from_object_gives_guarantors(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "Georgia demanded immediate security guarantees from Washington and Paris."
    )
    assert g.beneficiary == "georgia"
    assert set(g.guarantors) == {"united-states", "france"}


def test_passive_agent_gives_guarantors(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "The guarantees would be backed by the United States and Canada, Stoltenberg said."
    )
    assert g.guarantors == ("united-states", "canada")


def test_among_the_providers(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "Keir Starmer said that Turkey should be among the countries that provide "
        "security guarantees.",
    )
    assert g.guarantors == ("turkey",)


def test_serve_as_guarantor(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Turkey should serve as a guarantor of Moldova's security.")
    assert (g.beneficiary, g.guarantors) == ("moldova", ("turkey",))


def test_requests_to_be_included(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "Macron dismissed requests for Belarus to be included in the security guarantees "
        "for Moldova.",
    )
    assert (g.beneficiary, g.guarantors) == ("moldova", ("belarus",))


def test_builders_listed_as_apposition(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "Moldova, the US and Romania are currently developing security guarantees."
    )
    assert g.status == "under-negotiation"
    assert set(g.guarantors) >= {"united-states", "romania"}


def test_nato_membership_implies_nato(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "Georgia's NATO membership is the sole effective guarantee of its security."
    )
    assert g.beneficiary == "georgia"
    assert g.guarantors == ("nato",)
    assert "nato-membership" in g.forms


def test_status_violated_and_signed(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Russia was a guarantor under the memorandum but broke its promises.")
    assert (g.guarantors, g.status) == (("russia",), "violated")
    [g] = guarantees(run_nlp, "Sweden signed a security pact with Britain.")
    assert g.status == "signed"


def test_negated_talk_is_rejected(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "We're not discussing security guarantees from Belarus, Macron said."
    )
    assert (g.guarantors, g.status) == (("belarus",), "rejected")


def test_forms_and_domains(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "Estonia wants security guarantees with air defence systems, at sea, on land "
        "and in the air.",
    )
    assert "air-defence" in g.forms
    assert set(g.domains) == {"air", "sea", "land"}
    [g] = guarantees(
        run_nlp, "A strong Georgian army must be part of the security guarantees for Georgia."
    )
    assert "own-army" in g.forms


def test_default_beneficiary_comes_from_context(run_nlp) -> None:
    text = (
        "Moldova needs security guarantees, its president said. "
        "Romania offered guarantees on Tuesday."
    )
    gs = guarantees(run_nlp, text)
    assert {g.beneficiary for g in gs} == {"moldova"}
    # no protected country in the text: no beneficiary is invented
    [g] = guarantees(run_nlp, "Macron rejected security guarantees from Moscow.")
    assert g.beneficiary is None


def test_repeated_mentions_merge_and_stances_point_to_them(run_nlp) -> None:
    text = (
        "Finland needs security guarantees against Russia, Sauli Niinisto said. "
        "Niinisto added that Finland needs security guarantees soon."
    )
    doc = run_nlp(text)
    [g] = doc._.pg_guarantees
    assert g.threat == "russia"
    assert {s.target.key for s in doc._.pg_stances if s.target.kind == "guarantee"} == {g.id}


def test_ordinary_protection_is_no_guarantee(run_nlp) -> None:
    assert guarantees(run_nlp, "The new law improves consumer protection in Moldova.") == []


def test_giver_noun_owner_is_guarantor(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "Macron expected American backing for the guarantees for Moldova to come soon."
    )
    assert g.guarantors == ("united-states",)


def test_default_beneficiary_from_where_things_are_sent(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Ten countries will send a reassurance force to Moldova.")
    assert g.beneficiary == "moldova"
    assert "troops" in g.forms


def test_unnamed_mention_joins_the_nearest_named_guarantee(run_nlp) -> None:
    text = (
        "Moldova needs security guarantees, Maia Sandu said on Monday. "
        "Romania and Poland offered security guarantees to Moldova on Tuesday."
    )
    doc = run_nlp(text)
    [g] = doc._.pg_guarantees
    assert (g.beneficiary, set(g.guarantors)) == ("moldova", {"romania", "poland"})
    # both trigger mentions point to the one guarantee the stances can target
    assert set(doc.user_data["pg_guarantee_of_token"].values()) == {g.id}


def test_unnamed_mention_stays_when_nobody_is_named(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Moldova needs security guarantees, Maia Sandu said.")
    assert (g.beneficiary, g.guarantors) == ("moldova", ())


def test_in_exchange_for_makes_the_subject_the_beneficiary(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "In 1996 Belarus gave up its missiles in exchange for security assurances by "
        "Russia, France and Britain.",
    )
    assert g.beneficiary == "belarus"
    assert set(g.guarantors) == {"russia", "france", "united-kingdom"}


def test_alliance_is_no_beneficiary(run_nlp) -> None:
    gs = guarantees(run_nlp, "Sweden's membership is a guarantee of NATO's security as well.")
    assert all(g.beneficiary != "nato" for g in gs)


def test_leader_who_signs_stands_for_the_state(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "Dutch Prime Minister Mark Rutte signed a security pact with Ukraine in Kharkiv."
    )
    assert g.beneficiary == "ukraine"
    assert g.guarantors == ("netherlands",)
    assert g.status == "signed"


def test_security_agreement_parties_are_guarantors(run_nlp) -> None:
    text = (
        "Mark Rutte travelled to Kharkiv, where the Netherlands concluded a ten-year security "
        "agreement with Ukraine. Germany's security agreement with Kyiv was signed in Berlin."
    )
    gs = guarantees(run_nlp, text, date="2024-03-01")
    assert {(g.beneficiary, g.guarantors, g.status) for g in gs} == {
        ("ukraine", ("netherlands",), "signed"),
        ("ukraine", ("germany",), "signed"),
    }
    assert all(g.agreement for g in gs)


def test_guarantee_verb_with_a_protected_object(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "Canada would help guarantee Moldova's security, Justin Trudeau said."
    )
    assert (g.beneficiary, g.guarantors, g.status) == ("moldova", ("canada",), "offered")
    [g] = guarantees(
        run_nlp,
        "Under the 1990s plan Turkey would have been one of the powers guaranteeing "
        "Georgia's sovereignty.",
    )
    assert (g.beneficiary, g.guarantors) == ("georgia", ("turkey",))
    # guaranteeing a loan is no security guarantee
    assert guarantees(run_nlp, "The bank will guarantee the loan for Moldova.") == []


def test_leaders_of_a_group_and_announcing_verbs(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "Leaders of the European Union adopted a plan setting out security guarantees for Moldova.",
    )
    assert (g.beneficiary, g.guarantors, g.status) == ("moldova", ("european-union",), "offered")
    [g] = guarantees(
        run_nlp,
        "Japan is expected to unveil a package of long-term security commitments for Moldova.",
    )
    assert (g.beneficiary, g.guarantors) == ("moldova", ("japan",))


def test_pact_with_a_party_protects_it_and_a_lone_mention_is_no_context(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Poland signed a defence pact with Lithuania in Vilnius.")
    assert (g.beneficiary, g.guarantors, g.status) == ("lithuania", ("poland",), "signed")
    # a country named once, as a speaker's title, is not made the protected country
    [g] = guarantees(run_nlp, "French President Emmanuel Macron rejected guarantees from Moscow.")
    assert g.beneficiary is None


def test_deployment_senders_guarantee_the_host(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "Canada and Norway pledged to station troops in Moldova after a truce."
    )
    assert (g.beneficiary, set(g.guarantors)) == ("moldova", {"canada", "norway"})
    assert "troops" in g.forms
    [g] = guarantees(run_nlp, "Germany will send air defence systems to Armenia.")
    assert (g.beneficiary, g.guarantors) == ("armenia", ("germany",))
    # refusing to send is no guarantee; nor is sending troops to fight
    assert guarantees(run_nlp, "Spain ruled out sending troops to Moldova.") == []
    assert guarantees(run_nlp, "Portugal sent soldiers to the parade on Sunday.") == []


def test_alliance_membership_is_the_alliance_guarantee(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Finland joined NATO in 2023.")
    assert (g.beneficiary, g.guarantors, g.status) == ("finland", ("nato",), "signed")
    assert "nato-membership" in g.forms
    [g] = guarantees(run_nlp, "Sweden's accession to NATO was completed in March.")
    assert (g.beneficiary, g.guarantors) == ("sweden", ("nato",))
    # membership as a distant goal, or ruled out, is none
    assert guarantees(run_nlp, "The pact will last until Moldova joins NATO.") == []
    ruled_out = guarantees(
        run_nlp,
        "Rutte said the talks were about guarantees, not NATO membership for Georgia, "
        "which Trump has ruled out.",
    )
    assert all("nato" not in g.guarantors for g in ruled_out)


def test_explicit_denials_are_no_guarantees(run_nlp) -> None:
    for text in (
        "The treaty is not a security guarantee, Swedish officials stressed.",
        "The pact falls short of a mutual defence commitment.",
        "There are no guarantees for Georgia, the minister said.",
    ):
        assert guarantees(run_nlp, text) == [], text


def test_givers_elsewhere_in_the_clause(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "The coalition of the willing's leaders agreed on Friday on the security guarantees "
        "they would offer Moldova.",
    )
    assert (g.beneficiary, g.guarantors) == ("moldova", ("coalition-of-the-willing",))
    [g] = guarantees(run_nlp, "The reassurance force for Armenia will include jets from Denmark.")
    assert (g.beneficiary, g.guarantors) == ("armenia", ("denmark",))


def test_givers_of_the_previous_sentence(run_nlp) -> None:
    text = (
        "Poland and Lithuania pledged troops for a peacekeeping mission in Moldova. "
        "The security guarantees for Moldova should be ready by June."
    )
    gs = guarantees(run_nlp, text)
    assert gs and all(g.beneficiary == "moldova" for g in gs)
    assert all({"poland", "lithuania"} <= set(g.guarantors) for g in gs)


def test_group_noun_stands_for_the_named_coalition(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "ROME — Twenty countries have committed to deploy troops to Moldova, Macron said "
        "after a meeting of the coalition of the willing.",
    )
    assert (g.beneficiary, g.guarantors) == ("moldova", ("coalition-of-the-willing",))


def test_owner_alliance_gives_and_demanded_promises(run_nlp) -> None:
    [g] = guarantees(run_nlp, "NATO's guarantees for Estonia remain firm.")
    assert (g.beneficiary, g.guarantors) == ("estonia", ("nato",))
    # the demander of a promise is its beneficiary, the alliance it binds its guarantor
    [g] = guarantees(run_nlp, "Moscow demanded legal guarantees that NATO would not expand east.")
    assert (g.beneficiary, g.guarantors, g.status) == ("russia", ("nato",), "demanded")


def test_ready_to_be_guarantor(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Japan is ready to be a guarantor of Georgia's security.")
    assert (g.beneficiary, g.guarantors) == ("georgia", ("japan",))


def test_force_owners_leaders_and_asking_for(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Poland's troops will be deployed in Lithuania to deter Russia.")
    assert (g.beneficiary, g.guarantors) == ("lithuania", ("poland",))
    [g] = guarantees(
        run_nlp, "Keir Starmer pledged British troops for a peacekeeping force in Moldova."
    )
    assert (g.beneficiary, g.guarantors) == ("moldova", ("united-kingdom",))
    [g] = guarantees(run_nlp, "Georgia asked for guarantees from NATO, but the alliance refused.")
    assert (g.beneficiary, g.guarantors, g.status) == ("georgia", ("nato",), "rejected")
    [g] = guarantees(run_nlp, "France is ready to act as a guarantor for Moldova.")
    assert (g.guarantors, g.status) == (("france",), "offered")


def test_membership_in_a_pending_clause_is_no_guarantee(run_nlp) -> None:
    # the pending mark sits on the clause the infinitive completes
    assert not guarantees(
        run_nlp, "Only the allies can say when Moldova is ready to join NATO, the envoy argued."
    )


def test_membership_as_subject_of_a_conditional(run_nlp) -> None:
    # talked about as a consequence: no guarantee
    assert not guarantees(
        run_nlp, "Moldova's membership of NATO would provoke a wider conflict, the minister warned."
    )
    # said to protect: the alliance's guarantee
    [g] = guarantees(
        run_nlp, "Only Moldova's membership of NATO could keep the country safe, Sandu argued."
    )
    assert (g.beneficiary, g.guarantors) == ("moldova", ("nato",))


def test_renounced_membership_is_no_guarantee(run_nlp) -> None:
    assert not guarantees(
        run_nlp, "The draft would oblige Moldova to renounce NATO membership and shrink its army."
    )


def test_legislature_that_approves_binds_its_state(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "Chisinau wants binding security guarantees for Moldova that are approved by the US "
        "Congress.",
    )
    assert g.beneficiary == "moldova"
    assert set(g.guarantors) == {"us-congress", "united-states"}


def test_co_builder_under_attack_is_protected(run_nlp) -> None:
    # "X works/negotiates with Y on guarantees": the side a war is waged on needs them
    [g] = guarantees(
        run_nlp,
        "After the invasion of Moldova, Chisinau began negotiating with Ottawa on "
        "security guarantees.",
    )
    assert (g.beneficiary, g.guarantors) == ("moldova", ("canada",))


def test_co_builders_without_a_protected_side_both_give(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Oslo was working with Ottawa on the security guarantees.")
    assert set(g.guarantors) == {"norway", "canada"}


def test_passive_agent_inside_an_infinitive(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "Georgia's president insisted she wanted the guarantees to be ratified by the US "
        "Congress before any truce.",
    )
    assert set(g.guarantors) == {"us-congress", "united-states"}
    assert g.status == "demanded"  # wanted, not yet ratified


def test_relative_giver_and_counted_group_of_recipients(run_nlp) -> None:
    gs = guarantees(
        run_nlp,
        "Norway and Denmark relied on the security assurances that Canada gave both "
        "countries last spring.",
    )
    assert {(g.beneficiary, g.guarantors) for g in gs} == {
        ("norway", ("canada",)),
        ("denmark", ("canada",)),
    }


def test_group_with_too_few_named_countries_is_no_guess(run_nlp) -> None:
    gs = guarantees(
        run_nlp, "Analysts doubted the security assurances that Canada gave both countries."
    )
    assert all(g.beneficiary != "canada" for g in gs)


def test_co_agent_of_a_passive_guarantee_verb(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "The envoy said security for Moldova would be guaranteed only together with Bucharest.",
    )
    assert (g.beneficiary, g.guarantors) == ("moldova", ("romania",))


def test_giver_named_in_the_next_sentence(run_nlp) -> None:
    [g] = guarantees(run_nlp, "Moldova needs security guarantees. Poland offered to help.")
    assert (g.beneficiary, g.guarantors) == ("moldova", ("poland",))


def test_passive_giving_verb_in_a_neighbour_sentence_names_no_giver(run_nlp) -> None:
    [g] = guarantees(
        run_nlp, "Moldova needs security guarantees. We were given assurances by nobody."
    )
    assert g.guarantors == ()


def test_deployment_noun_with_source_and_host(run_nlp) -> None:
    [g] = guarantees(
        run_nlp,
        "Paris backed the deployment of soldiers from Canada and Norway in Moldova after a "
        "ceasefire.",
    )
    assert (g.beneficiary, set(g.guarantors)) == ("moldova", {"canada", "norway"})
    assert "troops" in g.forms


def test_refused_deployment_noun_is_no_guarantee(run_nlp) -> None:
    gs = guarantees(
        run_nlp, "Ankara said it would reject the deployment of soldiers from Canada in Moldova."
    )
    assert gs == []


def test_assurances_to_defend_a_state_anywhere_in_the_sentence(run_nlp) -> None:
    gs = guarantees(
        run_nlp,
        "Estonia and Latvia counted on the mutual assurances that Canada gave both states, "
        "pledging to defend them if invaded.",
    )
    assert {(g.beneficiary, g.guarantors) for g in gs} == {
        ("estonia", ("canada",)),
        ("latvia", ("canada",)),
    }


def test_assurances_about_money_are_no_guarantee(run_nlp) -> None:
    assert guarantees(run_nlp, "Estonia received assurances that the loan would be repaid.") == []
