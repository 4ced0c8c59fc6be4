"""Offices and holders of further European states (kb/offices.yaml, kb/actors.yaml): a title
resolves to the person who held the office on the article's date, and a party leader's party is an
organization, not a person."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc


def _title_holder(doc: Doc, title: str) -> str | None:
    return next((m.entity for m in doc._.pg_mentions if m.text.lower() == title), None)


@pytest.mark.parametrize(("date", "holder"), [
    ("2019-04-10", "andrej-babis"),
    ("2023-05-02", "petr-fiala"),
    ("2026-02-02", "andrej-babis"),
])
def test_czech_prime_minister_by_date(run_nlp: Callable[..., Doc], date: str, holder: str) -> None:
    doc = run_nlp("The Czech prime minister said Prague would keep buying shells for Kyiv.", date=date)
    assert _title_holder(doc, "prime minister") == holder


@pytest.mark.parametrize(("date", "holder"), [
    ("2018-11-05", "leo-varadkar"),
    ("2024-06-01", "simon-harris"),
    ("2025-09-01", "micheal-martin"),
])
def test_taoiseach_by_date(run_nlp: Callable[..., Doc], date: str, holder: str) -> None:
    doc = run_nlp("The Taoiseach said Ireland would stay militarily neutral.", date=date)
    assert _title_holder(doc, "taoiseach") == holder


def test_foreign_minister_stance_reaches_the_office_holder(
    run_nlp: Callable[..., Doc], has_stance: Callable[..., bool]
) -> None:
    doc = run_nlp("Greece's foreign minister rejected the plan.", date="2024-06-01")
    assert has_stance(doc, "giorgos-gerapetritis", "oppose", "plan")
    earlier = run_nlp("Greece's foreign minister rejected the plan.", date="2021-06-01")
    assert has_stance(earlier, "nikos-dendias", "oppose", "plan")


def test_party_is_an_organization_holder(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Tino Chrupalla said the AfD opposes new sanctions against Moscow.", date="2024-03-01")
    types = {m.text: m.entity for m in doc._.pg_mentions}
    assert types["Tino Chrupalla"] == "tino-chrupalla"
    assert types["AfD"] == "alternative-for-germany"
    from pactgraph.kb import load_kb

    assert load_kb().actors["alternative-for-germany"].type == "Organization"


def test_weapon_systems_are_not_actors(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("Germany will send two more Patriot batteries and IRIS-T systems to Ukraine. "
                  "Kyiv asked again for HIMARS launchers.")
    assert {m.entity for m in doc._.pg_mentions} == {"germany", "ukraine"}


def test_a_known_state_before_materiel_stays_an_actor(run_nlp: Callable[..., Doc]) -> None:
    doc = run_nlp("US tanks arrived in Poland. Rheinmetall will build a plant in Ukraine.")
    assert {"united-states", "poland", "rheinmetall", "ukraine"} <= {m.entity for m in doc._.pg_mentions}
