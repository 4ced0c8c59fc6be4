"""Recall mechanisms of nlp/stances.py written to generalize: an actor's own future
contributions ("Ottawa would contribute aircraft", "Finland will open negotiations"). Sentences
are written for these tests, in words unlike the dev and seed articles."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str) -> set[tuple[str, str, str]]:
    doc = run_nlp(text)
    return {(s.holder, s.polarity, s.target.label.lower()) for s in doc._.pg_stances}


def _has(got: set[tuple[str, str, str]], holder: str, polarity: str, word: str) -> bool:
    return any(h == holder and p == polarity and word in t for h, p, t in got)


# -- own contributions stated as future acts (`contribution_verbs`)


def test_speaker_state_would_contribute(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Canadian Prime Minister Mark Carney said Ottawa would contribute surveillance aircraft "
        "to the mission.",
    )
    assert _has(got, "mark-carney", "support", "aircraft") or _has(got, "canada", "support", "aircraft")


def test_state_will_lead_an_operation(run_nlp) -> None:
    got = stances(
        run_nlp,
        "The Netherlands will lead a demining operation in the Black Sea, the Dutch defence "
        "ministry said.",
    )
    assert _has(got, "netherlands", "support", "demining")


def test_speaker_state_would_open_negotiations(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Finnish President Alexander Stubb said Finland would open negotiations with Kyiv on a "
        "bilateral defence pact.",
    )
    assert any(p == "support" and "negotiat" in t for _, p, t in got)


def test_speaker_state_would_set_up_a_centre(run_nlp) -> None:
    got = stances(
        run_nlp,
        "German Chancellor Olaf Scholz said Germany would set up a training centre for "
        "Ukrainian pilots.",
    )
    assert any(p == "support" and "training centre" in t for _, p, t in got)


def test_refused_contribution_is_opposition(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Slovak Prime Minister Robert Fico said Slovakia would not contribute troops to any "
        "mission in Ukraine.",
    )
    assert any(p == "oppose" for _, p, _ in got)
    assert not any(p == "support" and "troop" in t for _, p, t in got)


def test_another_states_future_act_is_no_stance(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Turkish President Recep Tayyip Erdogan said Russia would open a new offensive in the "
        "spring.",
    )
    assert not any("offensive" in t for _, _, t in got)


def test_non_actor_leading_somewhere_is_no_stance(run_nlp) -> None:
    got = stances(run_nlp, "Analysts said the talks would lead to higher energy prices.")
    assert not got


def test_past_contribution_is_a_fact_not_a_stance(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Norway contributed two frigates to the exercise last year, officials said.",
    )
    assert not any("frigate" in t for _, _, t in got)


# -- an agreement judged by what it failed to do (`evaluations`), also named by "this treaty"


def test_treaty_that_did_not_prevent_is_criticized(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Georgian Foreign Minister Ilia Darchiashvili said the Helsinki Final Act had not "
        "prevented the occupation of Abkhazia.",
    )
    assert any(p == "oppose" and "helsinki" in t for _, p, t in got)


def test_accord_that_did_not_deter_is_criticized(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Lithuanian President Gitanas Nauseda argued that the Minsk agreements never deterred "
        "Moscow from sending more tanks.",
    )
    assert any(p == "oppose" and "minsk" in t for _, p, t in got)


def test_this_treaty_refers_back_to_the_named_agreement(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Polish diplomats circulated copies of the NATO-Russia Founding Act at the meeting. "
        "\"This text failed to protect anyone,\" Foreign Minister Radoslaw Sikorski said.",
    )
    assert any(p == "oppose" and "founding act" in t for _, p, t in got)


def test_an_agreement_that_prevented_harm_is_not_criticized(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Turkish officials said the Montreux Convention had prevented a naval clash in the "
        "straits.",
    )
    assert not any(p == "oppose" and "montreux" in t for _, p, t in got)


def test_a_leader_failing_to_stop_is_not_an_agreement_judgement(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Estonian Prime Minister Kristen Michal said the sanctions had not stopped Russian "
        "oil exports.",
    )
    assert not any(p == "oppose" and "sanction" in t for _, p, t in got)


# -- "prevent" as an act of opposition (lexicon `verbs`)


def test_vowing_to_prevent_accession_opposes_it(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Hungarian Foreign Minister Peter Szijjarto vowed to prevent Sweden from joining the "
        "alliance.",
    )
    assert any(h == "peter-szijjarto" and p == "oppose" for h, p, _ in got)


def test_state_will_prevent_a_deployment(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Belarusian leader Alexander Lukashenko said Minsk would prevent any deployment of "
        "NATO troops near its border.",
    )
    assert any(p == "oppose" and "troop" in t for _, p, t in got)


def test_doing_everything_to_prevent_an_escalation(run_nlp) -> None:
    got = stances(
        run_nlp,
        "France will do everything it can to prevent an escalation in the Black Sea, "
        "Emmanuel Macron said.",
    )
    assert any(p == "oppose" and "escalation" in t for _, p, t in got)


def test_failing_to_prevent_is_no_opposition_of_the_speaker(run_nlp) -> None:
    got = stances(
        run_nlp,
        "Critics said the monitors had not prevented repeated shelling of the town.",
    )
    assert not any(p == "oppose" and "shelling" in t for _, p, t in got)


def test_a_rain_preventing_a_visit_is_no_stance(run_nlp) -> None:
    got = stances(run_nlp, "Heavy snow prevented the delegation from landing in Vilnius.")
    assert not got
