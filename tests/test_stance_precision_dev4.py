"""Precision on unseen text (p2): relative 'which' on persons, leaders of states, courtesy thanks,
outlets, demands over denied clauses, roles passed through authors and opposing verbs."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def _holders(doc: Doc, word: str) -> set[str]:
    return {s.holder for s in doc._.pg_stances if word in s.target.label.lower()}


def test_which_is_never_a_person(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Warsaw has praised the white paper written by Radoslaw Sikorski and Gabrielius "
        "Landsbergis, which proposes permanent air patrols over the Baltic states."
    )
    assert not _holders(doc, "patrol") & {"radoslaw-sikorski", "gabrielius-landsbergis"}


def test_who_still_stands_for_a_person(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("The plan was welcomed by Mark Rutte, who proposes binding commitments by a core group of allies.")
    assert has_stance(doc, "mark-rutte", "support", "commitments")


def test_leaders_of_states_hold_as_states(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "In Ottawa on Monday, the leaders of Britain, France, Germany and Canada said the "
        "ceasefire proposal was a good basis for talks.",
        date="2025-11-23",
    )
    holders = _holders(doc, "ceasefire")
    assert {"united-kingdom", "france", "germany", "canada"} <= holders
    assert "keir-starmer" not in holders


def test_courtesy_thanks_is_no_support(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Olaf Scholz said: \"It was a long evening, and I thank President Biden and President Duda for it.\"")
    assert not any(s.target.key in {"joe-biden", "andrzej-duda"} for s in doc._.pg_stances)
    doc = run_nlp("KAJA KALLAS, High Representative: Thank you, Minister.")
    assert not any(s.stance_type == "thank" for s in doc._.pg_stances)


def test_thanks_for_an_act_stays(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Volodymyr Zelensky thanked Estonia and Latvia for keeping their embassies in Kyiv open.")
    assert has_stance(doc, "volodymyr-zelenskyy", "support", "estonia")


def test_outlet_named_like_a_person_holds_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "The Gazeta Pomorska editorial board was blunt: \"Ukraine must get security guarantees.\""
    )
    assert not any("gazeta" in s.holder for s in doc._.pg_stances)


def test_demand_over_a_denied_clause(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Sergei Lavrov insisted that Moscow had no intention of sending troops across the border.")
    assert not has_stance(doc, "sergei-lavrov", "support", "troops")
    doc = run_nlp("Olaf Scholz insisted that support for Ukraine would not be reduced as a condition of any deal.")
    assert has_stance(doc, "olaf-scholz", "oppose", "reduce")


def test_voted_down_motion_is_not_the_voters_call(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp(
        "On Friday the Sejm voted down a motion by the nationalist opposition calling on the "
        "government to close the border with Ukraine."
    )
    assert not any(s.holder == "sejm" and s.polarity == "support" for s in doc._.pg_stances)
    assert has_stance(doc, "sejm", "oppose", "motion")


def test_terms_of_a_treaty_are_no_stance(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Vilnius invoked the 1990 treaty, under which Lithuania and Latvia pledged to defend "
        "each other's borders."
    )
    assert not any(s.holder in {"lithuania", "latvia"} for s in doc._.pg_stances)


def test_pledge_under_pressure_stays(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Under pressure from allies, Olaf Scholz pledged to send more air defence systems to Ukraine.")
    assert has_stance(doc, "olaf-scholz", "support", "military aid")


def test_interests_are_no_target(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Dmitry Medvedev said: "Such a force is against our interests."')
    assert not any("interest" in s.target.label.lower() for s in doc._.pg_stances)


def test_countered_act_is_not_demanded(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Petteri Orpo said: "Finland must be able to defend itself and deter any future invasion."')
    assert not any(s.polarity == "support" and "invasion" in s.target.label.lower() for s in doc._.pg_stances)


def test_demanded_act_still_read(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz said sanctions on Russia must be tightened.")
    assert has_stance(doc, "olaf-scholz", "support", "sanction")


def test_second_gerund_is_no_second_object(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Nicolas Sarkozy, Dmitry Medvedev, Mikheil Saakashvili and Angela Merkel met in Moscow. "
        "The four leaders later put their names to a short note backing the accord and "
        "reaffirming respect for Georgia's sovereignty and territorial integrity."
    )
    assert doc._.pg_stances
    assert not any("reaffirming" in s.target.label.lower() for s in doc._.pg_stances)


def test_coordinated_objects_still_split(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Olaf Scholz rejected any cap on the army and any ban on membership.")
    assert has_stance(doc, "olaf-scholz", "oppose", "ban")


def test_party_to_a_war_is_no_judgement(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp('Viktor Orban said: "I will not let Hungary become a party to this war."')
    assert not any(s.target.key == "hungary" for s in doc._.pg_stances)


def test_pressed_actor_is_no_target(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Maia Sandu's aides said Chisinau would press the United States and France to make good "
        "on the 2008 charter."
    )
    assert not any(s.target.key in {"united-states", "france"} for s in doc._.pg_stances)
    doc = run_nlp("Maia Sandu said she saw no sign that Ankara was willing to press the Kremlin.")
    assert not any(s.target.key == "russia" for s in doc._.pg_stances)


def test_pressed_for_act_stays(run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]) -> None:
    doc = run_nlp("Lloyd Austin pressed lawmakers to unblock stalled aid.")
    assert has_stance(doc, "lloyd-austin", "support", "aid")


def test_leaders_are_not_the_parties_to_an_event(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Petteri Orpo met allies in Helsinki after Monday's clash between Viktor Orban and Donald "
        "Tusk. The leaders agreed that any settlement must ensure Ukraine's sovereignty."
    )
    assert not any(s.holder in {"viktor-orban", "donald-tusk"} for s in doc._.pg_stances)


def test_leaders_named_as_participants_still_hold(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Petteri Orpo, Viktor Orban and Donald Tusk met in Helsinki. The leaders agreed that any "
        "settlement must ensure Ukraine's sovereignty."
    )
    assert any(s.holder == "donald-tusk" for s in doc._.pg_stances)
