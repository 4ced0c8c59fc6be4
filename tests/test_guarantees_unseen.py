"""Guarantees read from phrasings the dev set does not use (helper r4): commitments to defend a
state, Article 5 cover, object-control verbs, "one of the countries that would guarantee",
pronoun and counted-group beneficiaries, negated offers, state-to-state assurances. Sentences
written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def pairs(run_nlp, text: str, *, date: str | None = None) -> set[tuple[str | None, tuple[str, ...]]]:
    return {(g.beneficiary, g.guarantors) for g in run_nlp(text, date=date)._.pg_guarantees}


def test_will_defend_a_state_if_attacked(run_nlp) -> None:
    assert ("georgia", ("turkey",)) in pairs(
        run_nlp, "Turkey said it would defend Georgia if Tbilisi were attacked."
    )


def test_defending_ones_own_city_is_no_guarantee(run_nlp) -> None:
    assert pairs(run_nlp, "Armenian soldiers defended the town for three days.") == set()


def test_come_to_the_aid_of_a_state(run_nlp) -> None:
    assert ("estonia", ("poland",)) in pairs(
        run_nlp, "Poland pledged to come to the aid of Estonia in case of an invasion."
    )


def test_stand_with_against_aggression_covers_each_state(run_nlp) -> None:
    got = pairs(
        run_nlp,
        "Canada promised that it would stand with Norway and Denmark against any aggression.",
    )
    assert {("norway", ("canada",)), ("denmark", ("canada",))} <= got


def test_stand_with_alone_is_sympathy(run_nlp) -> None:
    assert pairs(run_nlp, "Spain said it stands with Portugal after the floods.") == set()


def test_covered_by_article_5_through_a_counted_group(run_nlp) -> None:
    got = pairs(
        run_nlp,
        "Montenegro and North Macedonia applied together. Once the two countries are admitted, "
        "they will be covered by Article 5.",
    )
    assert {("montenegro", ("nato",)), ("north-macedonia", ("nato",))} <= got


def test_object_control_verb_names_the_guarantor(run_nlp) -> None:
    got = pairs(
        run_nlp, "Armenia wants to ask France and India to guarantee its sovereignty.", date="2024-05-01"
    )
    assert ("armenia", ("france", "india")) in got


def test_one_of_the_countries_that_would_guarantee(run_nlp) -> None:
    assert ("moldova", ("romania",)) in pairs(
        run_nlp, "Romania is willing to be one of the states that would guarantee Moldova's security."
    )


def test_negated_offer_gives_nothing(run_nlp) -> None:
    assert pairs(
        run_nlp, "Hungary has not offered any security commitment to Serbia, officials said."
    ) == set()


def test_past_accession_with_when_is_in_force_for_every_member(run_nlp) -> None:
    got = pairs(run_nlp, "When Poland, Hungary and the Czech Republic joined NATO in 1999, they felt safe.")
    assert {("poland", ("nato",)), ("hungary", ("nato",)), ("czech-republic", ("nato",))} <= got


def test_both_countries_is_the_pair_named_together(run_nlp) -> None:
    got = pairs(
        run_nlp,
        "Finland and Sweden asked for help. Norway, Denmark and Iceland met in Oslo. "
        "Germany would offer both countries security assurances.",
    )
    assert {("finland", ("germany",)), ("sweden", ("germany",))} <= got
    assert not any(b in {"denmark", "iceland"} for b, _ in got)


def test_state_to_state_assurances_next_to_a_security_sentence(run_nlp) -> None:
    got = pairs(
        run_nlp,
        "Kazakhstan gave up the missiles it inherited on its soil in 1995 to avoid a nuclear standoff. "
        "Britain and America later gave Kazakhstan written assurances.",
    )
    assert ("kazakhstan", ("united-kingdom", "united-states")) in got


def test_assurances_about_a_loan_stay_out(run_nlp) -> None:
    assert pairs(run_nlp, "Germany gave Greece assurances about the loan. Markets rallied.") == set()


def test_a_treaty_that_never_had_a_defence_clause_is_denied(run_nlp) -> None:
    assert pairs(run_nlp, "The accord never contained a mutual defence clause for Azerbaijan.") == set()


def test_press_a_state_for_a_defence_pact(run_nlp) -> None:
    assert ("latvia", ("united-states",)) in pairs(
        run_nlp, "Riga should press Washington for a bilateral defence pact, the minister argued."
    )


def test_their_country_through_the_speakers_nationality(run_nlp) -> None:
    got = pairs(
        run_nlp,
        "Britain sent trainers to Chisinau. Moldovan diplomats say their country needs "
        "security guarantees before any talks.",
    )
    assert any(b == "moldova" for b, _ in got)
    assert not any(b == "united-kingdom" for b, _ in got)


def test_such_assurances_refer_back_to_a_defence_pledge(run_nlp) -> None:
    got = pairs(
        run_nlp,
        "Armenia wants allies that would defend it if Azerbaijan attacked. "
        "India said it would consider giving such assurances to Armenia.",
    )
    assert ("armenia", ("india",)) in got


def test_co_signed_security_accord_protects_the_threatened_party(run_nlp) -> None:
    got = pairs(
        run_nlp,
        "Russia's invasion of Georgia continued. Norway and Georgia signed a security accord in Oslo.",
    )
    assert ("georgia", ("norway",)) in got


def test_relying_on_a_states_protection(run_nlp) -> None:
    assert ("philippines", ("united-states",)) in pairs(
        run_nlp, "The Philippines, which relies on American protection, welcomed the visit."
    )


def test_an_umbrella_that_covers_a_state_is_its_owners(run_nlp) -> None:
    got = pairs(run_nlp, "Washington's nuclear umbrella covers Australia against any attack.")
    assert ("australia", ("united-states",)) in got
    assert not any(b == "united-states" for b, _ in got)


def test_helping_a_state_strengthen_its_defences(run_nlp) -> None:
    assert ("georgia", ("france",)) in pairs(
        run_nlp, "France has promised to help Georgia strengthen its defences."
    )


def test_a_weapon_name_is_not_the_sender(run_nlp) -> None:
    got = pairs(run_nlp, "The Netherlands agreed to deploy Patriot batteries in eastern Slovakia.")
    assert ("slovakia", ("netherlands",)) in got


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops will defend Kharkiv.",
        "The European Union will stand with Greece against the wildfires.",
        "Germany relies on Russian gas.",
        "Britain promised to help Kenya strengthen its economy.",
        "Hungary said it would protect its borders from migrants.",
        "Poland asked Germany for compensation.",
    ],
)
def test_defence_words_without_a_guarantee(run_nlp, text: str) -> None:
    assert pairs(run_nlp, text) == set()
