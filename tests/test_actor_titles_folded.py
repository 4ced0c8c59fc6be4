"""Titles with a demonym inside ("the top American diplomat") name the office holder of that
state on the article's date, and names and titles written with dotted abbreviations ("U.S.",
"U.K.") match however the tokenizer splits their lowercase form."""

from __future__ import annotations

import pytest


def mentions(doc) -> list[tuple[str, str]]:
    return [(doc.text[m.start : m.end], m.entity) for m in doc._.pg_mentions]


@pytest.mark.parametrize(
    ("title", "date", "holder"),
    [
        ("the top American diplomat", "2014-04-17", "john-kerry"),
        ("the top U.S. diplomat", "2023-06-01", "antony-blinken"),
        ("the top Russian diplomat", "2019-12-09", "sergei-lavrov"),
    ],
)
def test_a_demonym_inside_a_title_names_that_state_s_office_holder(run_nlp, title, date, holder):
    doc = run_nlp(f"Talks resumed in Vienna. Afterwards {title} spoke to reporters.", date=date)
    assert (title.removeprefix("the "), holder) in mentions(doc)


def test_dotted_abbreviations_match_as_names(run_nlp):
    doc = run_nlp("The U.K. and the U.N. called for a ceasefire.", date="2023-01-10")
    found = dict(mentions(doc))
    assert found.get("U.K.") == "united-kingdom"
    assert found.get("U.N.") == "united-nations"


def title_holder(doc, title: str, nth: int = 0) -> str | None:
    found = [m.entity for m in doc._.pg_mentions if doc.text[m.start : m.end] == title]
    return found[nth] if len(found) > nth else None


def test_a_bare_title_takes_the_holder_last_named_in_its_paragraph(run_nlp):
    text = (
        "Vladimir Putin spoke to reporters in Moscow. Putin repeated his demands.\n\n"
        "Volodymyr Zelenskyy toured the front on Monday. He met soldiers near Pokrovsk, "
        "and the president promised them more drones."
    )
    doc = run_nlp(text, date="2025-03-10")
    assert title_holder(doc, "president") == "volodymyr-zelenskyy"


def test_a_dateline_in_capitals_qualifies_a_bare_title(run_nlp):
    text = (
        "Vladimir Putin and Volodymyr Zelenskyy traded accusations all week.\n\n"
        "PARIS - The president told his cabinet that France would host the next meeting."
    )
    doc = run_nlp(text, date="2025-03-10")
    assert title_holder(doc, "president") == "emmanuel-macron"


def test_a_capitalized_word_without_a_dateline_mark_qualifies_nothing(run_nlp):
    # "KYIV residents": no mark after the capitals, so no dateline; the most-named holder stays
    text = (
        "Emmanuel Macron hosted the summit. Macron said Europe would act.\n\n"
        "KYIV residents queued for water as the president's plan was debated."
    )
    doc = run_nlp(text, date="2025-03-10")
    assert title_holder(doc, "president") == "emmanuel-macron"
