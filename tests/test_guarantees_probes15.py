"""Guarantees that need knowledge of agreements (stop 15, probes in
tests/data/probes/guarantees_kb.yaml): the state a known agreement protects (kb/agreements.yaml
`protects`), attacks that set Article 5 off, phrasal refusals, states that judge guarantees
hostile, guarantor lists, and backstops for a force sent abroad."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from pactgraph.nlp.agreements import load_agreement_kb


def _pairs(doc: Doc) -> set[tuple[str | None, frozenset[str]]]:
    return {(g.beneficiary, frozenset(g.guarantors)) for g in doc._.pg_guarantees or []}


def _beneficiaries(doc: Doc) -> set[str | None]:
    return {g.beneficiary for g in doc._.pg_guarantees or []}


def _givers(doc: Doc, beneficiary: str) -> set[str]:
    return {k for g in doc._.pg_guarantees or [] if g.beneficiary == beneficiary for k in g.guarantors}


def _statuses(doc: Doc) -> set[str]:
    return {g.status for g in doc._.pg_guarantees or []}


# -- the KB: whom an agreement protects ------------------------------------------------------------


def test_protected_states_are_known_actors_and_parties_or_members() -> None:
    from pactgraph.kb import load_kb

    kb = load_kb()
    infos = load_agreement_kb().infos
    assert infos["budapest-memorandum-1994"].protects == ("ukraine",)
    assert "estonia" in infos["north-atlantic-treaty-article-5"].protects
    assert "ukraine" not in infos["north-atlantic-treaty-article-5"].protects
    unknown = {k for info in infos.values() for k in info.protects if kb.get(k) is None}
    assert not unknown


def test_budapest_assurances_protect_ukraine_unnamed(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "The security assurances in the Budapest Memorandum were ignored when Russian troops "
        "entered Crimea.", date="2018-03-01",
    )
    assert "ukraine" in _beneficiaries(doc)
    assert "russia" not in _beneficiaries(doc)


def test_a_named_beneficiary_beats_the_cited_agreement(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Unlike the Budapest Memorandum, the new guarantees for Moldova would be legally binding.",
        date="2023-05-01",
    )
    assert "moldova" in _beneficiaries(doc)


def test_a_signatory_of_the_memorandum_guarantees_ukraine(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Britain signed the Budapest Memorandum in 1994.", date="2014-03-01")
    assert "united-kingdom" in _givers(doc, "ukraine")
    assert "united-kingdom" not in _beneficiaries(doc)


def test_a_ceasefire_agreement_guarantees_nobody(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Russia signed the Minsk Protocol in 2014.", date="2014-10-01")
    assert not doc._.pg_guarantees


def test_a_single_bilateral_accord_protects_ukraine(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Sweden and Ukraine signed a security agreement on Friday.", date="2024-06-01")
    assert "sweden" in _givers(doc, "ukraine")
    assert "sweden" not in _beneficiaries(doc)


# -- Article 5 --------------------------------------------------------------------------------


def test_article5_covers_a_member(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Evika Silina reminded voters that Article 5 covers Latvia.", date="2024-03-01")
    assert ("latvia", frozenset({"nato"})) in _pairs(doc)


def test_a_clause_modelled_on_article5_is_not_natos(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("A clause modelled on Article 5 would cover Georgia.", date="2024-03-01")
    assert "nato" not in _givers(doc, "georgia")


def test_an_attack_on_a_member_triggers_article5(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("An attack on Estonia would trigger Article 5, Jens Stoltenberg said.",
                  date="2023-03-01")
    assert "nato" in _givers(doc, "estonia")


def test_an_attack_on_a_non_member_triggers_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("A Russian attack on Armenia would trigger Article 5, a blogger claimed.",
                  date="2023-03-01")
    assert "nato" not in _givers(doc, "armenia")


def test_an_attack_that_would_not_trigger_article5(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("A cyberattack on Latvia would not trigger Article 5, officials cautioned.",
                  date="2023-03-01")
    assert "nato" not in _givers(doc, "latvia")


# -- phrasal refusals ---------------------------------------------------------------------------


def test_turned_down_rejects_and_the_refuser_was_offered(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Serbia turned down the security guarantees offered by Moscow.")
    assert ("serbia", frozenset({"russia"})) in _pairs(doc)
    assert _statuses(doc) == {"rejected"}


def test_turned_to_is_no_refusal(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Serbia turned to Moscow for security guarantees.")
    assert "rejected" not in _statuses(doc)


def test_a_third_party_refusing_an_offer_is_not_protected(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Ukraine needs protection from attack. The Kremlin spurned the security guarantees "
        "offered by European leaders."
    )
    assert "russia" not in _beneficiaries(doc)


def test_balked_at_offering_rejects(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Austria balked at offering security guarantees to Moldova.", date="2023-05-01")
    assert any(g.beneficiary == "moldova" and g.status == "rejected" for g in doc._.pg_guarantees)
    assert not any(g.status == "offered" for g in doc._.pg_guarantees)


def test_agreed_to_offer_is_no_refusal(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Austria agreed to offer security guarantees to Moldova.", date="2023-05-01")
    assert "austria" in _givers(doc, "moldova")
    assert "rejected" not in _statuses(doc)


# -- a state judging guarantees hostile ----------------------------------------------------------


def test_a_state_seeing_guarantees_as_a_provocation_is_not_protected(
    run_nlp: Callable[..., Doc],
) -> None:
    doc = run_nlp("Dmitry Peskov said Russia would regard such guarantees as a provocation.")
    assert "russia" not in _beneficiaries(doc)


def test_a_state_seeing_guarantees_as_vital_may_be_protected(
    run_nlp: Callable[..., Doc],
) -> None:
    doc = run_nlp("Maia Sandu said Moldova regarded security guarantees as vital.",
                  date="2023-05-01")
    assert "moldova" in _beneficiaries(doc)


# -- guarantor lists -------------------------------------------------------------------------------


def test_the_guarantors_would_be_a_list(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ukraine wants firm guarantees. The guarantors would be Poland, Canada and Japan.")
    assert {"poland", "canada", "japan"} <= _givers(doc, "ukraine")


def test_the_guarantors_would_not_include(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ukraine wants firm guarantees. The guarantors would not include China.")
    assert "china" not in _givers(doc, "ukraine")
    assert "china" not in _beneficiaries(doc)


# -- a backstop for a force sent abroad ----------------------------------------------------------


def test_a_backstop_for_peacekeepers_protects_their_host(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Canada wants an American backstop for the peacekeepers in Ukraine.")
    assert ("ukraine", frozenset({"united-states"})) in _pairs(doc)
    assert "canada" not in _beneficiaries(doc)


def test_a_force_in_a_country_protects_it(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Belgium wants a reassurance force in Moldova.", date="2023-05-01")
    assert "moldova" in _beneficiaries(doc)
    assert "belgium" not in _beneficiaries(doc)


def test_a_backstop_for_a_force_at_home_has_no_host(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Canada wants an American backstop for its own armed forces.")
    assert "ukraine" not in _beneficiaries(doc)


def test_a_force_proposal_put_to_a_state_does_not_protect_it(
    run_nlp: Callable[..., Doc],
) -> None:
    doc = run_nlp("Nobody had formally put a proposal on peacekeepers to Minsk, the aide said.")
    assert "belarus" not in _beneficiaries(doc)


# -- "we" in a quotation, guarantees that threaten -------------------------------------------------


def test_we_in_a_quotation_is_the_speakers_state(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('"We will defend Lithuania," Olaf Scholz told soldiers in Rukla.',
                  date="2024-05-01")
    assert "germany" in _givers(doc, "lithuania")


def test_we_in_an_unattributed_question_gives_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Would we defend Lithuania? Nobody answered.", date="2024-05-01")
    assert not _givers(doc, "lithuania")


def test_the_state_guarantees_threaten_is_not_protected(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Maria Zakharova said European security guarantees endangered Russia.")
    assert "russia" not in _beneficiaries(doc)


def test_a_state_threatening_guarantees_is_not_made_unprotected(
    run_nlp: Callable[..., Doc],
) -> None:
    doc = run_nlp("Romania pledged security guarantees as Russia threatened Moldova.",
                  date="2023-05-01")
    assert "romania" in _givers(doc, "moldova")
    assert "russia" not in _beneficiaries(doc)


# -- the article's protected country from the KB -------------------------------------------------


def test_the_kb_protected_state_beats_a_summit_venue(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "NATO leaders discussed guarantees at the summit in Latvia. The Budapest Memorandum was "
        "signed by Washington, London and Moscow. Only Article 5 is a real guarantee, Kuleba said.",
        date="2023-07-03",
    )
    assert "latvia" not in _beneficiaries(doc)
    assert "nato" in _givers(doc, "ukraine")


def test_agreements_protecting_two_states_decide_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Leaders discussed guarantees at the summit in Latvia. The Budapest Memorandum and the "
        "EU-Moldova Security and Defence Partnership were cited. Only Article 5 is a real guarantee.",
        date="2025-07-03",
    )
    assert "ukraine" not in _beneficiaries(doc)


# -- Article 5 as the form of a guarantee, covering a state, relied on ---------------------------


def test_the_protection_of_article5_is_natos(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Lithuania now enjoys the protection of Article 5.", date="2024-03-08")
    assert "nato" in _givers(doc, "lithuania")


def test_article5_like_protection_is_not_natos(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Rome floated Article 5-style protection for Georgia.", date="2024-03-08")
    assert "nato" not in _givers(doc, "georgia")


def test_article5_applies_to_a_state(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("From Thursday, Article 5 applies to Finland, Sauli Niinisto said.",
                  date="2023-04-04")
    assert "nato" in _givers(doc, "finland")


def test_article5_that_does_not_apply_covers_nobody(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Article 5 does not apply to Georgia, the secretary general said.",
                  date="2023-04-04")
    assert "nato" not in _givers(doc, "georgia")


def test_a_member_relies_on_article5(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Latvia can count on Article 5, Edgars Rinkevics said.", date="2024-02-12")
    assert "nato" in _givers(doc, "latvia")


def test_a_non_member_relying_on_article5_is_not_covered(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Georgia cannot count on Article 5, Salome Zourabichvili said.",
                  date="2024-02-12")
    assert "nato" not in _givers(doc, "georgia")


# -- guarantor roles -----------------------------------------------------------------------------


def test_named_among_the_guarantors(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kyiv named Canada and Poland among the possible guarantor states.",
                  date="2022-03-30")
    assert {"canada", "poland"} <= _givers(doc, "ukraine")


def test_ruled_out_among_the_guarantors(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kyiv ruled out Belarus among the possible guarantor states.", date="2022-03-30")
    assert "belarus" not in _givers(doc, "ukraine")


def test_positioned_itself_as_a_guarantor(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Qatar has positioned itself as a guarantor of any truce in Ukraine.")
    assert "qatar" in _givers(doc, "ukraine")
