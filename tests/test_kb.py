"""The curated knowledge base: loading, lookups, office holders by date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pactgraph.kb import KBError, fold, load_kb
from pactgraph.rdf.iris import slugify

KB = load_kb()


def test_kb_is_broad_and_typed() -> None:
    types = [a.type for a in KB.actors.values()]
    assert len(KB.actors) >= 150
    assert {"Person", "Country", "Organization", "Location"} <= set(types)
    for info in KB.actors.values():
        assert info.key == slugify(info.key), info.key  # keys are already ASCII slugs
        assert info.wikidata is None or info.wikidata.startswith("Q")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Zelenskiy", "volodymyr-zelenskyy"),
        ("ZELENSKY", "volodymyr-zelenskyy"),
        ("Sibiga", "andrii-sybiha"),
        ("Sergey Lavrov", "sergei-lavrov"),
        ("Nausėda", "gitanas-nauseda"),
        ("Nauseda", "gitanas-nauseda"),
        ("the Kremlin", "kremlin"),
        ("Russian Federation", "russia"),
        ("U.S.", "united-states"),
    ],
)
def test_lookup_aliases_and_transliterations(name: str, key: str) -> None:
    info = KB.lookup(name)
    assert info is not None and info.key == key


def test_canonical_labels_follow_the_contract() -> None:
    labels = {KB.actors[k].label for k in ("volodymyr-zelenskyy", "united-states", "nato", "united-kingdom")}
    assert labels == {"Volodymyr Zelenskyy", "United States", "NATO", "United Kingdom"}


def test_metonyms_speak_for_their_state() -> None:
    assert KB.lookup("Kremlin").speaks_for == "russia"
    assert KB.lookup("Kiev").speaks_for == "ukraine"
    assert KB.lookup("Downing Street").speaks_for == "united-kingdom"


def test_demonyms() -> None:
    assert KB.demonym("Polish") == "poland"
    assert KB.demonym("lithuanian") == "lithuania"
    assert KB.demonym("Martian") is None


def test_office_holders_by_date() -> None:
    nato = "secretary-general-of-nato"
    assert KB.holders(nato, on=dt.date(2023, 6, 1)) == ["jens-stoltenberg"]
    assert KB.holders(nato, on=dt.date(2024, 10, 1)) == ["mark-rutte"]  # handover day
    assert KB.holders(nato) == ["mark-rutte"]  # no date: the latest holder
    assert KB.holders("president-of-the-united-states", on=dt.date(2022, 3, 1)) == ["joe-biden"]
    assert KB.holders("president-of-the-united-states", on=dt.date(2019, 3, 1)) == ["donald-trump"]
    netherlands = [o.key for o in KB.offices_of("mark-rutte", on=dt.date(2020, 1, 1))]
    assert netherlands == ["prime-minister-of-the-netherlands"]


def test_offices_by_title_and_qualifier() -> None:
    assert [o.key for o in KB.offices_with_title("foreign minister", "russia")] == ["foreign-minister-of-russia"]
    assert [o.key for o in KB.offices_with_title("chief", "nato")] == ["secretary-general-of-nato"]
    assert KB.offices_with_title("chief", "poland") == []


def test_fold_is_case_and_diacritic_insensitive() -> None:
    assert fold("Nausėda") == fold("NAUSEDA") == "nauseda"
    assert fold("Erdoğan") == "erdogan"
    assert fold("Zelenskyy’s") == "zelenskyy's"


def test_bad_entries_are_reported_with_location(tmp_path: Path) -> None:
    for name in ("offices.yaml", "lexicon.yaml"):
        (tmp_path / name).write_text((Path(__file__).parents[1] / "src/pactgraph/kb" / name).read_text())
    (tmp_path / "actors.yaml").write_text(
        "persons:\n  - {key: jane-roe, label: Jane Roe, terms: [no-such-office 2020-01-01/]}\n"
    )
    with pytest.raises(KBError, match="jane-roe.*no-such-office"):
        load_kb(tmp_path)
    (tmp_path / "actors.yaml").write_text("persons:\n  - {label: Nameless}\n")
    with pytest.raises(KBError, match=r"persons\[0\]"):
        load_kb(tmp_path)


def test_every_sovereign_state_is_a_country_with_its_demonyms() -> None:
    kb = load_kb()
    countries = [a for a in kb.actors.values() if a.type == "Country"]
    assert len(countries) >= 197  # 193 UN members, the Holy See, Palestine, Kosovo, Taiwan
    for name, key in [("Chile", "chile"), ("Peru", "peru"), ("Kosovo", "kosovo"),
                      ("Ivory Coast", "cote-d-ivoire"), ("Czechia", "czech-republic")]:
        info = kb.lookup(name)
        assert info is not None and info.key == key and info.type == "Country"
    assert kb.demonym("Peruvian") == "peru" and kb.demonym("Poles") == "poland"
    assert kb.lookup("Lima").speaks_for == "peru"


def test_office_tables_cover_2008_onwards() -> None:
    kb = load_kb()
    on = dt.date
    assert kb.holders("prime-minister-of-russia", on=on(2010, 1, 1)) == ["vladimir-putin"]
    assert kb.holders("prime-minister-of-turkey", on=on(2015, 1, 1)) == ["ahmet-davutoglu"]
    assert kb.holders("prime-minister-of-turkey", on=on(2020, 1, 1)) == []  # office abolished
    assert kb.holders("prime-minister-of-japan", on=on(2015, 1, 1)) == ["shinzo-abe"]
    assert kb.holders("foreign-minister-of-hungary", on=on(2012, 1, 1)) == ["janos-martonyi"]
