"""Agreements and guarantees, round 3: 2024-25 texts in the KB, descriptions by points and
parties, relative-clause signatories, texts still to come, and descriptions of a cited agreement.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def keys(run_nlp, text: str, *, date: str | None = None) -> list[str]:
    return [r.agreement for r in run_nlp(text, date=date)._.pg_agreement_refs]


@pytest.mark.parametrize(
    ("text", "date", "key"),
    [
        ("Forty donors put their names to the Ukraine Compact at the alliance's gathering.",
         "2024-07-20", "ukraine-compact-2024"),
        ("Chisinau and Brussels concluded a security and defence partnership last week, officials said.",
         "2024-05-30", "eu-moldova-security-and-defence-partnership-2024"),
        ("Analysts in Beijing defended the twelve-point paper against criticism from Washington.",
         "2023-03-01", "china-position-paper-2023"),
        ("Lula kept promoting the six-point proposal he had drafted with Chinese diplomats.",
         "2024-06-30", "brazil-china-six-point-plan-2024"),
        ("Kyiv was told to accept the 28-point plan or keep fighting without American help.",
         "2025-11-25", "us-28-point-peace-plan-2025"),
        ("Negotiators spent the weekend trimming the 20-point framework in Florida.",
         "2025-12-28", "ukraine-20-point-peace-plan-2025"),
        ("A dozen more states said on Monday they would sign the Bürgenstock communiqué later.",
         "2024-06-20", "burgenstock-communique-2024"),
    ],
)
def test_new_kb_agreements(run_nlp, text, date, key):
    assert key in keys(run_nlp, text, date=date)


def test_strategic_partnership_is_not_the_moldova_pact(run_nlp):
    text = ("Moldova's neighbours watched as Beijing praised its strategic partnership with Moscow, "
            "while the EU debated security.")
    assert "eu-moldova-security-and-defence-partnership-2024" not in keys(run_nlp, text, date="2024-06-01")


def test_relative_pronoun_signatory(run_nlp):
    text = ("Dozens of governments endorsed the text in July 2024. Japan, which signed its own "
            "ten-year security agreement with Kyiv a month before, joined them.")
    assert "japan-ukraine-accord-2024" in keys(run_nlp, text, date="2024-07-15")


def test_agreements_still_being_negotiated_are_no_text(run_nlp):
    text = "The security agreements now being negotiated with G7 partners were useful, she added."
    assert keys(run_nlp, text, date="2023-04-01") == []


def test_description_of_a_cited_agreement_by_its_place(run_nlp):
    text = ("European leaders hailed the Paris Declaration on Tuesday. The declaration, signed in "
            "Paris by two dozen governments, promises a force after the fighting ends.")
    found = keys(run_nlp, text, date="2026-01-07")
    assert found and set(found) == {"paris-declaration-2026"}


def test_under_no_circumstances_sends_nothing(run_nlp):
    text = ("The defence minister said Europe must carry the load. Under no circumstances, she "
            "insisted, would Canadian soldiers be deployed to Ukraine.")
    doc = run_nlp(text, date="2025-02-20")
    assert all("canada" not in g.guarantors for g in doc._.pg_guarantees)
