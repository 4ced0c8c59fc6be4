"""Evaluative stances judged by the sentiment lexicon (nlp/sentiment.py, lexicons/sentiment.yaml):
words the stance lexicon lacks, light verbs with an evaluative object, pronoun subjects of quoted
judgements, and speakers judging an actor's good faith. Sentences are written for the test."""

from __future__ import annotations

import pytest

from pactgraph.nlp import sentiment

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = run_nlp(text)
    return sorted((s.holder, s.polarity, s.target.kind, s.target_label) for s in doc._.pg_stances)


def test_valence_reads_vader_with_domain_overrides() -> None:
    assert sentiment.valence("hope") is not None and sentiment.valence("hope") > 1.5
    # topic words are not judgements here, whatever VADER says
    assert sentiment.valence("war") is None
    assert sentiment.valence("guarantees") is None
    # missing from VADER, added for this domain
    assert sentiment.polarity("ultimatum") == "oppose"
    assert sentiment.polarity("cynical") == "oppose"
    assert sentiment.polarity("serious") is None  # too weak to count


def test_light_verb_with_hopeful_object_supports_its_subject(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Olaf Scholz said the new accord brought a ray of hope to the region.",
    )
    assert [(h, p) for h, p, _k, label in found if "accord" in label] == [("olaf-scholz", "support")]


def test_light_verb_needs_a_judging_object(run_nlp) -> None:
    # "troops" judges nothing: no stance on the accord
    found = stances(run_nlp, "Olaf Scholz said the new accord brought troops to the region.")
    assert not [s for s in found if "accord" in s[3]]


def test_predicate_adjective_outside_the_stance_lexicon(run_nlp) -> None:
    found = stances(run_nlp, "Mark Rutte said the proposed framework would be very robust.")
    assert ("mark-rutte", "support") in {(h, p) for h, p, _k, label in found if "framework" in label}


def test_conditional_or_comparative_judgements_are_not_stances(run_nlp) -> None:
    assert not [
        s
        for s in stances(run_nlp, "Mark Rutte said the framework would only be robust if Washington joined.")
        if "framework" in s[3]
    ]
    assert not [
        s
        for s in stances(run_nlp, '"A pledge is only as robust as the army behind it," Mark Rutte said.')
        if "pledge" in s[3]
    ]


def test_narration_without_a_speaker_holds_no_sentiment_stance(run_nlp) -> None:
    found = stances(run_nlp, "The details of the new framework remain troubled.")
    assert not [s for s in found if "framework" in s[3]]


def test_name_hung_on_as_by_the_parser(run_nlp) -> None:
    found = stances(run_nlp, "Antonio Guterres described the blockade decision as unconscionable.")
    assert ("antonio-guterres", "oppose") in {(h, p) for h, p, _k, label in found if "decision" in label}


def test_naming_ignores_a_coordinated_clause(run_nlp) -> None:
    # the negated "interested" of the second clause must not cancel the first clause's name
    doc = run_nlp(
        "Keir Starmer described the Kremlin's demands as an ultimatum and said Moscow was not "
        "interested in talks."
    )
    named = [s for s in doc._.pg_stances if s.rule.endswith("naming:describe")]
    assert [(s.holder, s.polarity) for s in named] == [("keir-starmer", "oppose")]


def test_quoted_judgement_of_this_resolves_to_the_agreement(run_nlp) -> None:
    found = stances(
        run_nlp,
        "Poland and Lithuania signed a defence treaty in Vilnius on Friday. "
        '"This is a real step forward," Donald Tusk told journalists.',
    )
    assert ("donald-tusk", "support") in {(h, p) for h, p, _k, label in found if "treaty" in label}


def test_speaker_denying_an_actor_good_faith_opposes_it(run_nlp) -> None:
    found = stances(run_nlp, "Emmanuel Macron said Russia was not serious about the negotiations.")
    assert ("emmanuel-macron", "oppose", "actor", "Russia") in found


def test_no_sign_that_an_actor_is_serious(run_nlp) -> None:
    found = stances(run_nlp, "Emmanuel Macron said he saw no sign that Moscow was sincere.")
    assert ("emmanuel-macron", "oppose", "actor", "Russia") in found


def test_speaker_vouching_for_own_state_is_no_judgement(run_nlp) -> None:
    found = stances(run_nlp, "Vladimir Putin said Russia was serious about the negotiations.")
    assert not [s for s in found if s[2] == "actor" and s[3] == "Russia"]


def test_attitude_adjective_read_as_a_clause(run_nlp) -> None:
    found = stances(run_nlp, 'Olaf Scholz said he had been "pleased" with the pace of the talks.')
    assert ("olaf-scholz", "support") in {(h, p) for h, p, _k, label in found if "pace" in label or "talks" in label}


def test_stance_verb_on_what_someone_called_something(run_nlp) -> None:
    found = stances(run_nlp, "Kaja Kallas denounced what she called Russia's reckless gamble.")
    # the actor's thing, in the text's words: what is denounced is the gamble, Russia's
    assert ("kaja-kallas", "oppose", "topic", "Russia's reckless gamble") in found
