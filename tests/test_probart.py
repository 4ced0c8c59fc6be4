"""Discourse in mini-articles (probes tests/data/probes/articles.yaml): the object pronoun of a
stance verb stands for what an earlier sentence proposed or named."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc


def test_object_pronoun_takes_proposed_thing(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Antonio Costa proposed a joint fund for rebuilding Kharkiv. Peter Szijjarto said "
        "Hungary would never approve it."
    )
    assert has_stance(doc, "peter-szijjarto", "oppose", "fund")


def test_object_pronoun_takes_named_framework(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Washington tabled a framework for a maritime truce. Rustem Umerov welcomed it.")
    assert has_stance(doc, "rustem-umerov", "support", "framework")


def test_object_pronoun_after_blocking_is_not_the_blocked_thing(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Slovakia vetoed the new loan for Kyiv. Gabrielius Landsbergis condemned it.")
    assert not has_stance(doc, "gabrielius-landsbergis", "oppose", "loan")


def test_object_pronoun_no_prepositional_detail(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp(
        "Article 5 of the North Atlantic Treaty covers members only. We offer it to partners "
        "anyway, Josep Borrell said."
    )
    assert not any("treaty" in s.target.label.lower() for s in doc._.pg_stances)


def test_bare_idea_takes_earlier_proposal(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Keir Starmer floated a plan for a European air mission over western Ukraine. "
        "Sergei Shoigu said the idea was unacceptable."
    )
    assert has_stance(doc, "sergei-shoigu", "oppose", "air mission")


def test_bare_idea_without_proposal_gives_nothing(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas spoke in Tallinn on Friday. Maria Zakharova rejected the idea.")
    assert not any(s.holder == "maria-zakharova" for s in doc._.pg_stances)


def test_plan_takes_earlier_initiative(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Emmanuel Macron put forward an initiative for a truce in the air and at sea. "
        "Maria Zakharova rejected the plan."
    )
    assert has_stance(doc, "maria-zakharova", "oppose", "ceasefire")


def test_actor_modified_decision_keeps_its_infinitive(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Peter Szijjarto said Hungary would veto any EU decision to send frozen Russian reserves to Kyiv.")
    assert has_stance(doc, "peter-szijjarto", "oppose", "reserves")


def test_actor_modified_noun_without_infinitive_unchanged(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Peter Szijjarto said Hungary would veto the EU decision on Monday.")
    assert not has_stance(doc, "peter-szijjarto", "oppose", "monday")


def test_theft_names_a_seizure(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Dmitry Medvedev called the confiscation of Russian reserves outright theft.")
    assert has_stance(doc, "dmitry-medvedev", "oppose", "confiscation")


def test_wish_list_names_a_plan(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Margus Tsahkna called the twelve-point document a Kremlin wish list.")
    assert has_stance(doc, "margus-tsahkna", "oppose", "document")


def test_cookie_and_listening_lines_are_boilerplate() -> None:
    from pactgraph.ingest.boilerplate import boilerplate_lines

    text = (
        "Listen to this article. 4 min\n"
        "We use cookies to personalise content. Accept all cookies\n"
        "5 min read\n"
        "Kaja Kallas said the cookies of Tallinn were famous.\n"
        "Antonio Costa said talks would take 5 minutes of each leader's time.\n"
    )
    blanked = {text[s:e] for s, e in boilerplate_lines(text)}
    assert blanked == {
        "Listen to this article. 4 min",
        "We use cookies to personalise content. Accept all cookies",
        "5 min read",
    }


def test_pronoun_in_asked_act_names_its_antecedent(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp(
        "Denys Shmyhal said the frozen reserves were Ukraine's by right and urged the G7 to "
        "seize them this year."
    )
    assert has_stance(doc, "denys-shmyhal", "support", "reserves")


def test_pronoun_in_asked_act_lifting_keeps_reversal(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("The EU extended its sanctions on Lukoil. Robert Fico urged Brussels to lift them.")
    assert not has_stance(doc, "robert-fico", "support", "sanction")


def test_pronoun_in_asked_act_with_no_antecedent(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Kaja Kallas urged the ministers to approve it quickly.")
    assert not any("approve" in s.target.label.lower() and "it" not in s.target.label.lower().split()
                   for s in doc._.pg_stances)
