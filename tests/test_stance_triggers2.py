"""Stance triggers beyond plain verbs (nlp/stances.py): idioms with words inside them, attitude
adjectives, nominal stances and evaluative predicates, on sentences written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def stances(run_nlp, text: str) -> set[tuple[str, str, str]]:
    """(holder, polarity, target label) of every stance found in `text`."""
    doc = run_nlp(text)
    return {(s.holder, s.polarity, s.target.label) for s in doc._.pg_stances}


def polarities(run_nlp, text: str, holder: str, word: str) -> set[str]:
    """The polarities `holder` takes on targets whose label contains `word`."""
    return {p for h, p, label in stances(run_nlp, text) if h == holder and word in label.lower()}


@pytest.mark.parametrize(
    ("text", "holder", "word", "polarity"),
    [
        # idioms with a determiner, a possessive or a modifier inside
        ("Canada threw its full weight behind the reconstruction fund on Monday.",
         "canada", "reconstruction fund", "support"),
        ("Mark Carney left the door open to a naval mission in the Black Sea.",
         "mark-carney", "naval mission", "support"),
        ("The Kremlin drew a red line at the stationing of Western troops in Ukraine.",
         "russia", "troops", "oppose"),
        ("Austria would stay out of the maritime coalition, the foreign minister said.",
         "austria", "maritime coalition", "oppose"),
        # "did not rule out X" leaves X open
        ("The Slovenian foreign minister did not rule out sanctions against Belarus.",
         "slovenia", "sanctions", "support"),
        ("Pedro Sanchez ruled out sanctions against Belarus.", "pedro-sanchez", "sanctions", "oppose"),
        # negated existential of intention in reported speech
        ("There are no plans for Spanish combat troops in Ukraine, Pedro Sanchez told reporters.",
         "pedro-sanchez", "troops", "oppose"),
        # a plan or intention denied is a refusal; affirmed it is a fact (tested below)
        ("Portugal does not intend to join the naval mission.", "portugal", "naval mission",
         "oppose"),
        # evaluative adjectives the lexicon lacked
        ("Mark Carney said it was regrettable that Washington had paused the deliveries.",
         "mark-carney", "deliveries", "oppose"),
        ("Emmanuel Macron invited Mark Carney to Paris.", "emmanuel-macron", "carney", "support"),
        # nominal stances: the noun's phrase on the voicing verb; "on" phrases (YAML reads a
        # bare `on` as true, which had dropped it from the lexicon's prepositions)
        ("Finland signalled openness to sanctions against Belarus.", "finland", "sanctions",
         "support"),
        ("Kyiv's insistence on sanctions against Belarus has not changed.", "ukraine",
         "sanctions", "support"),
    ],
)
def test_trigger_classes(run_nlp, text: str, holder: str, word: str, polarity: str) -> None:
    assert polarity in polarities(run_nlp, text, holder, word)


def test_idiom_target_follows_the_idiom(run_nlp) -> None:
    # the "at" phrase before the verb is the venue, not the red line
    found = stances(
        run_nlp, "At the Vilnius summit, Turkey drew a red line at Swedish membership of NATO."
    )
    assert not any("vilnius" in label.lower() for _h, _p, label in found)
    assert any(h == "turkey" and p == "oppose" and "membership" in label.lower()
               for h, p, label in found)


def test_idiom_words_must_all_be_there(run_nlp) -> None:
    # "threw" and "behind" without "weight" is no idiom
    assert not polarities(
        run_nlp, "Canada threw a reception behind the embassy for the delegates.", "canada",
        "embassy",
    )


def test_noun_phrase_on_the_verb_must_follow_the_noun(run_nlp) -> None:
    # "on Monday" is a date, not what the concern is about
    assert not any(
        "monday" in label.lower()
        for _h, _p, label in stances(run_nlp, "Latvia voiced concern on Monday.")
    )


def test_affirmed_plan_is_no_stance(run_nlp) -> None:
    assert not stances(run_nlp, "Portugal plans to join the naval mission.")
