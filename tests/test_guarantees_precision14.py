"""Guarantee precision (probe round gprec): the probe checker's `forbid_guarantees` key, and
mentions of guarantees that name no new guarantee or whose roles come from elsewhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from probe_check import failures, load_probes, run


def _guarantees(doc: Doc) -> list[tuple[str | None, tuple[str, ...], str]]:
    return [(g.beneficiary, g.guarantors, g.status) for g in doc._.pg_guarantees]


# -- the probe checker ------------------------------------------------------------------------


def test_forbid_guarantees_can_fail(nlp: Language) -> None:
    probe = {"id": "t", "text": "Britain, France and Turkey offered to act as guarantors for Ukraine.",
             "forbid_guarantees": [{"beneficiary": "ukraine"}]}
    wrong = failures(probe, run(nlp, probe))
    assert wrong and all(w.startswith("forbidden guarantee") for w in wrong)


def test_forbid_guarantees_empty_pattern_forbids_all(nlp: Language) -> None:
    probe = {"id": "t", "text": "Britain, France and Turkey offered to act as guarantors for Ukraine.",
             "forbid_guarantees": [{}]}
    assert failures(probe, run(nlp, probe))


def test_forbid_guarantees_passes_when_nothing_matches(nlp: Language) -> None:
    probe = {"id": "t", "text": "Britain, France and Turkey offered to act as guarantors for Ukraine.",
             "forbid_guarantees": [{"beneficiary": "moldova"}]}
    assert failures(probe, run(nlp, probe)) == []


def test_forbid_guarantees_alone_is_a_well_formed_probe(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("- id: x\n  text: Hello.\n  forbid_guarantees: [{}]\n", encoding="utf-8")
    assert load_probes([path])[0]["forbid_guarantees"] == [{}]


# -- the threat is not the protected state ----------------------------------------------------


def test_deterred_state_is_not_protected(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Analysts in Chisinau doubt Western guarantees would deter Moscow.", date="2023-05-01")
    assert all(b != "russia" for b, _, _ in _guarantees(doc))


def test_state_that_breaks_guarantees_is_not_protected(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Western security guarantees for Moldova were flouted by Russia, Maia Sandu said.",
                  date="2023-05-01")
    assert ("moldova", (), "violated") in _guarantees(doc)
    assert all(b != "russia" for b, _, _ in _guarantees(doc))


def test_speaker_state_beside_a_deterred_noun_is_still_protected(run_nlp: Callable[..., Doc]) -> None:
    # only a deterred *state* is the threat: deterring "aggression" leaves the speaker's state
    doc = run_nlp("Estonia says Western guarantees would deter aggression.", date="2024-02-12")
    assert any(b == "estonia" for b, _, _ in _guarantees(doc))


# -- self-help is no guarantee -------------------------------------------------------------------


def test_ensuring_its_own_security_is_no_guarantee(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Dmitry Medvedev said Russia would ensure its own security by any means.",
                  date="2024-03-01")
    assert _guarantees(doc) == []


def test_ensuring_another_states_security_is_a_guarantee(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Britain pledged to ensure the security of Moldova.", date="2024-03-01")
    assert ("moldova", ("united-kingdom",), "offered") in _guarantees(doc)


# -- declining the guarantor role -----------------------------------------------------------------


def test_declining_to_serve_as_guarantor_is_a_rejection(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ottawa declined to serve as a guarantor for Ukraine.", date="2025-03-01")
    assert ("ukraine", ("canada",), "rejected") in _guarantees(doc)


def test_agreeing_to_serve_as_guarantor_is_no_rejection(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ottawa agreed to serve as a guarantor for Ukraine.", date="2025-03-01")
    assert [s for b, _, s in _guarantees(doc) if b == "ukraine"] == ["signed"]


# -- accepting, welcoming, and the owner of an offer -------------------------------------------------


def test_welcomed_offer_of_guarantees_names_giver_and_receiver(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Moldova welcomed Romania's offer of security guarantees.", date="2024-03-01")
    assert any(b == "moldova" and "romania" in g for b, g, _ in _guarantees(doc))


def test_accepting_a_states_guarantees_makes_it_the_giver(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Armenia accepted France's guarantees after the talks.", date="2024-03-01")
    assert ("armenia", ("france",), "demanded") in _guarantees(doc)
    assert all(b != "france" for b, _, _ in _guarantees(doc))


def test_refusing_to_accept_guarantees_receives_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Moscow would never accept Western guarantees.", date="2025-03-01")
    assert all(b != "russia" for b, _, _ in _guarantees(doc))


def test_own_guarantees_stay_the_owners(run_nlp: Callable[..., Doc]) -> None:
    # the owner is the subject's own state: it stays the protected one
    doc = run_nlp("Finland wants Finland's security guaranteed by treaty.", date="2022-05-01")
    assert all("finland" not in g for _, g, _ in _guarantees(doc))


# -- a direct question commits no one --------------------------------------------------------


def test_direct_question_commits_no_one(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("If Georgia is attacked again, will NATO defend it?", date="2024-05-21")
    assert _guarantees(doc) == []


def test_statement_of_the_same_commitment_is_a_guarantee(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("If Georgia is attacked again, NATO will defend it.", date="2024-05-21")
    assert any(b == "georgia" and "nato" in g for b, g, _ in _guarantees(doc))


def test_question_ending_a_statement_of_need_keeps_it(run_nlp: Callable[..., Doc]) -> None:
    # a tag question is no inversion of the clause the mention is in
    doc = run_nlp("Armenia needs guarantees, doesn't it?", date="2022-10-01")
    assert any(b == "armenia" for b, _, _ in _guarantees(doc))


# -- the host or mediator of talks is not the protected state ------------------------------------


def test_mediator_of_talks_is_not_protected(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Saudi Arabia mediated the talks on security guarantees.", date="2025-03-11")
    assert all(b != "saudi-arabia" for b, _, _ in _guarantees(doc))


def test_host_that_demands_guarantees_is_still_protected(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Egypt hosted the talks and demanded guarantees for its own border.", date="2025-03-11")
    assert any(b == "egypt" for b, _, _ in _guarantees(doc))


# -- a guaranteeing verb under a refusal -----------------------------------------------------


def test_refusing_to_guarantee_a_states_security_is_a_rejection(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Ankara refused to guarantee Armenia's security.", date="2022-10-01")
    assert ("armenia", ("turkey",), "rejected") in _guarantees(doc)


def test_pledging_to_guarantee_a_states_security_is_an_offer(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Paris pledged to guarantee Armenia's security.", date="2022-10-01")
    assert ("armenia", ("france",), "offered") in _guarantees(doc)


# -- leading a force gives it --------------------------------------------------------------------


def test_state_leading_a_force_gives_it(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Canada and Norway said they would lead a multinational force for Ukraine.", date="2025-03-02")
    assert any(b == "ukraine" and "canada" in g for b, g, _ in _guarantees(doc))


def test_leading_a_trade_mission_is_no_guarantee(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Estonia will lead a trade delegation to Ukraine next month.", date="2025-03-02")
    assert _guarantees(doc) == []
