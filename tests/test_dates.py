"""pg_dates: per-sentence event dates resolved against the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from pactgraph.nlp.dates import DateResolver

FRIDAY = dt.date(2025, 8, 22)


@pytest.fixture(scope="module")
def resolver() -> DateResolver:
    return DateResolver()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy spoke on Wednesday in Geneva.", dt.date(2025, 8, 20)),
        ("The envoy spoke on Friday in Geneva.", FRIDAY),  # the article's own weekday
        ("They will meet next Monday.", dt.date(2025, 8, 25)),
        ("The minister said yesterday that talks stalled.", dt.date(2025, 8, 21)),
        ("Officials met last week to discuss it.", dt.date(2025, 8, 15)),
        ("The plan was floated three days ago.", dt.date(2025, 8, 19)),
        ("The summit on 16 August ended without a deal.", dt.date(2025, 8, 16)),
        ("The summit on August 15, 2025 ended early.", dt.date(2025, 8, 15)),
        ("A memo dated 5 December 1994 was cited.", dt.date(1994, 12, 5)),
        ("Nothing in this sentence is dated.", FRIDAY),
        ("He said they may 2 times refuse.", FRIDAY),  # "may" is not a month here
    ],
)
def test_relative_and_explicit_dates(resolver: DateResolver, text: str, expected: dt.date) -> None:
    assert resolver.resolve(text, FRIDAY) == expected


def test_yearless_date_after_the_article_is_last_year(resolver: DateResolver) -> None:
    assert resolver.resolve("Talks began on December 28.", dt.date(2025, 1, 16)) == dt.date(2024, 12, 28)


def test_without_article_date_only_explicit_dates(resolver: DateResolver) -> None:
    assert resolver.resolve("The envoy spoke on Wednesday.", None) is None
    assert resolver.resolve("It was signed on 5 December 1994.", None) == dt.date(1994, 12, 5)


def test_component_fills_every_sentence(run_nlp) -> None:
    doc = run_nlp(
        "The foreign minister spoke on Monday. Nothing else happened. Talks resume on 1 September.",
        date="2025-08-22",
    )
    dates = doc._.pg_sentence_dates
    assert dates == {0: dt.date(2025, 8, 18), 1: FRIDAY, 2: dt.date(2025, 9, 1)}
