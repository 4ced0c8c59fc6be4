"""The scorer on hand-made query rows (no spaCy), the gold files, and one end-to-end run (slow)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pactgraph import PactgraphError
from pactgraph.evaluate import (
    GoldError,
    find_documents,
    load_gold,
    max_matching,
    normalize,
    render,
    score,
)

DATA = Path(__file__).parent / "data"
ID = "https://w3id.org/pactgraph/id/actor/"
ART = "https://w3id.org/pactgraph/id/article/"

GOLD = """
actors:
  Volodymyr Zelenskyy: {type: Person, aliases: [Zelensky, Zelenskiy]}
  Ukraine: {type: Country, aliases: [Kyiv]}
  Russia: {type: Country, aliases: [Moscow, Kremlin]}
  Dmitry Peskov: {type: Person, aliases: [Peskov]}
  United Kingdom: {type: Country, aliases: [UK, Britain, London]}
  France: {type: Country, aliases: [Paris]}
  Crimea: {type: Location, aliases: []}
agreements:
  Budapest Memorandum: [budapest, 1994 memorandum]
  Minsk agreements: [minsk]
docs:
  a:
    actors: [Volodymyr Zelenskyy, Ukraine, Russia, Crimea]
    ignore: [Reuters]
    stances:
      - {holder: Volodymyr Zelenskyy, polarity: support, target: [guarantee]}
      - {holder: [Russia, Dmitry Peskov], polarity: oppose, target: [nato]}
      - {holder: Volodymyr Zelenskyy, polarity: oppose, target: [budapest]}
      - {holder: Volodymyr Zelenskyy, polarity: support, target: [troops]}
    guarantees:
      - {beneficiary: Ukraine, guarantors: [United Kingdom, France]}
      - {beneficiary: Ukraine, guarantors: []}
    agreements: [Budapest Memorandum]
    quotes:
      - {speaker: Volodymyr Zelenskyy, starts: "We need guarantees"}
      - {speaker: Dmitry Peskov, starts: "This is unacceptable"}
  b:
    actors: [Volodymyr Zelenskyy, Russia, Dmitry Peskov, United Kingdom]
    stances: []
    agreements: [Minsk agreements]
"""


def perfect_rows() -> dict[str, list[dict[str, str | None]]]:
    def actor(doc: str, label: str, typ: str) -> dict[str, str | None]:
        key = label.lower().replace(" ", "-")
        return {"doc": ART + doc, "actor": ID + key, "label": label, "type": typ}

    def stance(holder: str, pol: str, target: str) -> dict[str, str | None]:
        return {"doc": "a", "holderLabel": holder, "polarity": pol, "targetLabel": target,
                "stanceType": "demand"}  # fmt: skip

    return {
        "actors": [
            actor("a", "Volodymyr Zelenskyy", "Person"),
            actor("a", "Ukraine", "Country"),
            actor("a", "Russia", "Country"),
            actor("a", "Crimea", "Location"),
            actor("b", "Volodymyr Zelenskyy", "Person"),
            actor("b", "Russia", "Country"),
            actor("b", "Dmitry Peskov", "Person"),
            actor("b", "United Kingdom", "Country"),
        ],
        "stances": [
            stance("Volodymyr Zelenskyy", "support", "security guarantee for Ukraine"),
            stance("Russia", "oppose", "NATO membership of Ukraine"),
            stance("Volodymyr Zelenskyy", "oppose", "Budapest Memorandum"),
            stance("Volodymyr Zelenskyy", "support", "European troops in Ukraine"),
        ],
        "guarantees": [
            {
                "doc": "a",
                "guarantee": "g1",
                "guarantorLabel": "United Kingdom",
                "beneficiaryLabel": "Ukraine",
                "status": "offered",
            },
            {
                "doc": "a",
                "guarantee": "g1",
                "guarantorLabel": "France",
                "beneficiaryLabel": "Ukraine",
                "status": "offered",
            },
            {
                "doc": "a",
                "guarantee": "g2",
                "guarantorLabel": None,
                "beneficiaryLabel": "Ukraine",
                "status": "demanded",
            },
        ],  # fmt: skip
        "agreements": [
            {"doc": "a", "agreement": "ag1", "label": "Budapest Memorandum"},
            {"doc": "b", "agreement": "ag2", "label": "Minsk agreements"},
        ],
        "quotes": [
            {
                "doc": "a",
                "speakerLabel": "Volodymyr Zelenskyy",
                "quote": "“We need guarantees now.”",
            },
            {"doc": "a", "speakerLabel": "Dmitry Peskov", "quote": "This is unacceptable to us"},
        ],
    }


@pytest.fixture()
def gold(tmp_path: Path):
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    return load_gold(path)


def test_perfect_prediction_scores_one(gold) -> None:
    result = score(gold, perfect_rows())
    for kind, counts in result.kinds.items():
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0), kind
        assert counts.fp == counts.fn == 0
    assert result.attribution_accuracy == 1.0
    assert result.identity.score == 1.0
    assert result.identity.actors == 2  # Zelenskyy and Russia are in both documents
    assert result.errors == []


def test_missing_stance_lowers_recall_by_one_quarter(gold) -> None:
    rows = perfect_rows()
    del rows["stances"][3]
    counts = score(gold, rows).kinds["stances"]
    assert (counts.tp, counts.fp, counts.fn) == (3, 0, 1)
    assert counts.recall == 0.75 and counts.precision == 1.0
    assert counts.f1 == pytest.approx(2 * 0.75 / 1.75)


def test_wrong_holder_is_a_miss_and_a_false_positive(gold) -> None:
    rows = perfect_rows()
    rows["stances"][0]["holderLabel"] = "Dmitry Peskov"
    result = score(gold, rows)
    counts = result.kinds["stances"]
    assert (counts.tp, counts.fp, counts.fn) == (3, 1, 1)
    kinds = {(e.kind, e.error) for e in result.errors}
    assert kinds == {("stances", "fn"), ("stances", "fp")}


def test_holder_alias_list_and_iri_polarity_match(gold) -> None:
    rows = perfect_rows()
    rows["stances"][1]["holderLabel"] = "Peskov"  # any of the listed holders, via alias
    rows["stances"][1]["polarity"] = "https://w3id.org/pactgraph/vocab/polarity/oppose"
    assert score(gold, rows).kinds["stances"].tp == 4


def test_duplicates_are_redundant_not_false_positives(gold) -> None:
    rows = perfect_rows()
    rows["stances"].append(dict(rows["stances"][0]))
    counts = score(gold, rows).kinds["stances"]
    # One prediction cannot satisfy two gold items, and a second copy is not an error either.
    assert (counts.tp, counts.fp, counts.fn, counts.redundant) == (4, 0, 0, 1)


def test_one_prediction_cannot_satisfy_two_gold_items(gold) -> None:
    rows = perfect_rows()
    # A single Ukraine guarantee by France is compatible with both gold guarantees.
    rows["guarantees"] = [
        {"doc": "a", "guarantee": "g", "guarantorLabel": "France", "beneficiaryLabel": "Kyiv"}
    ]
    counts = score(gold, rows).kinds["guarantees"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)


def test_neutral_stances_are_not_scored(gold) -> None:
    rows = perfect_rows()
    rows["stances"].append(
        {"doc": "a", "holderLabel": "Russia", "polarity": "neutral", "targetLabel": "talks"}
    )
    result = score(gold, rows)
    assert result.kinds["stances"].fp == 0 and result.neutral_stances == 1


def test_actor_false_positives_ignore_and_locations(gold) -> None:
    rows = perfect_rows()
    rows["actors"] += [
        {"doc": "a", "actor": ID + "reuters", "label": "Reuters", "type": "Organization"},
        {"doc": "a", "actor": ID + "donbas", "label": "Donbas", "type": "Location"},
        {"doc": "a", "actor": ID + "macron", "label": "Emmanuel Macron", "type": "Person"},
    ]
    rows["actors"] = [
        r for r in rows["actors"] if not (r["doc"] == ART + "a" and r["label"] == "Crimea")
    ]
    counts = score(gold, rows).kinds["actors"]
    assert (counts.tp, counts.fp, counts.fn) == (7, 1, 1)


def test_actor_matched_by_alias_case_insensitive(gold) -> None:
    rows = perfect_rows()
    rows["actors"][0]["label"] = "zelenskiy"
    assert score(gold, rows).kinds["actors"].fn == 0


def test_identity_actor_split_over_two_iris(gold) -> None:
    rows = perfect_rows()
    rows["actors"][4]["actor"] = ID + "zelensky"  # doc b: another IRI for the same person
    identity = score(gold, rows).identity
    assert identity.actors == 2 and identity.one_iri == 1 and identity.score == 0.5
    assert identity.split == {"Volodymyr Zelenskyy": [ID + "volodymyr-zelenskyy", ID + "zelensky"]}


def test_a_place_is_not_the_state_named_after_it(gold) -> None:
    rows = perfect_rows()
    # Doc a: Ukraine found only as the city of Kyiv (a Location): a miss, not a match.
    rows["actors"][1] = {"doc": "a", "actor": ID + "kyiv", "label": "Kyiv", "type": "Location"}
    # Doc b: the city of Moscow beside Russia is not a second IRI for Russia.
    rows["actors"].append(
        {"doc": "b", "actor": ID + "moscow", "label": "Moscow", "type": "Location"}
    )
    result = score(gold, rows)
    assert (result.kinds["actors"].fn, result.kinds["actors"].fp) == (1, 0)
    assert result.identity.split == {} and result.identity.score == 1.0


def test_identity_merge_is_reported(gold) -> None:
    rows = perfect_rows()
    rows["actors"][5]["actor"] = ID + "ukraine"  # Russia in doc b given Ukraine's IRI
    identity = score(gold, rows).identity
    assert identity.merged == {ID + "ukraine": ["Russia", "Ukraine"]}


def test_agreement_keyword_match(gold) -> None:
    rows = perfect_rows()
    rows["agreements"][0]["label"] = "the 1994 Memorandum on Security Assurances"
    rows["agreements"].append({"doc": "a", "agreement": "ag3", "label": "Minsk II"})
    counts = score(gold, rows).kinds["agreements"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 0)


def test_quotes_detection_and_attribution(gold) -> None:
    rows = perfect_rows()
    rows["quotes"][1]["speakerLabel"] = "Volodymyr Zelenskyy"
    rows["quotes"].append({"doc": "a", "speakerLabel": "Russia", "quote": "Something else."})
    result = score(gold, rows)
    counts = result.kinds["quotes"]
    assert (counts.tp, counts.fp, counts.fn) == (2, 1, 0)
    assert result.quote_attribution == (1, 2)
    assert result.attribution_accuracy == 0.5


def test_quote_matching_prefers_right_speaker_among_duplicates(gold) -> None:
    rows = perfect_rows()
    rows["quotes"].insert(0, {"doc": "a", "speakerLabel": "Russia", "quote": "We need guarantees"})
    result = score(gold, rows)
    assert result.quote_attribution == (2, 2)
    assert result.kinds["quotes"].redundant == 1


def test_max_matching_finds_the_larger_assignment() -> None:
    # Gold 0 fits predictions 0 and 1, gold 1 fits only prediction 0: greedy would take 0-0.
    edges = {(0, 0), (0, 1), (1, 0)}
    assert max_matching(2, 2, lambda g, p: (g, p) in edges) == {0: 1, 1: 0}


def test_render_table_and_json(gold) -> None:
    rows = perfect_rows()
    del rows["quotes"][0]
    result = score(gold, rows)
    table = render(result, verbose=True)
    assert "quotes" in table and "We need guarantees" in table and "redundant" in table
    data = json.loads(render(result, fmt="json", verbose=True))
    assert data["kinds"]["quotes"]["fn"] == 1 and data["kinds"]["quotes"]["recall"] == 0.5
    assert data["per_doc"]["a"]["quotes"]["fn"] == 1
    assert data["errors"][0]["kind"] == "quotes"


def test_normalize_folds_case_accents_and_quote_marks() -> None:
    assert normalize("  Nausėda’s\n Plan ") == "nauseda's plan"


def test_gold_with_undefined_actor_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("actors: {}\nagreements: {}\ndocs:\n  x:\n    actors: [Nobody]\n")
    with pytest.raises(GoldError, match="Nobody"):
        load_gold(path)


@pytest.mark.parametrize("name", ["gold_seeds.yaml", "gold_dev.yaml", "gold_dev2.yaml", "gold_dev3.yaml",
                                  "gold_dev4.yaml", "gold_dev5.yaml", "gold_holdout.yaml", "gold_blind.yaml"])
def test_gold_files_load(name: str) -> None:
    gold = load_gold(DATA / name)
    assert gold.docs
    for doc in gold.docs.values():
        assert doc.actors, doc.id


@pytest.mark.parametrize(("name", "folder", "n"), [
    ("gold_holdout.yaml", "holdout", 10), ("gold_blind.yaml", "blind", 10),
    ("gold_dev2.yaml", "dev2", 20), ("gold_dev3.yaml", "dev3", 14), ("gold_dev4.yaml", "dev4", 14),
    ("gold_dev5.yaml", "dev5", 14)])
def test_check_sets_have_a_document_per_gold_id(name: str, folder: str, n: int) -> None:
    # loading only: these sets are measured with `make evaluate`
    gold = load_gold(DATA / name)
    assert len(gold.docs) == n
    assert find_documents(gold.docs, DATA / folder)  # raises when a gold document has no file


def test_every_dev_gold_doc_exists() -> None:
    gold = load_gold(DATA / "gold_dev.yaml")
    assert len(gold.docs) >= 15
    paths = find_documents(gold.docs, DATA / "dev")
    suffixes = {p.suffix for p in paths}
    assert {".txt", ".md", ".html", ".jsonl"} <= suffixes


def test_every_seed_gold_doc_exists() -> None:
    seeds = Path(__file__).parents[1] / "seeds"
    find_documents(load_gold(DATA / "gold_seeds.yaml").docs, seeds)


def test_missing_document_is_reported(tmp_path: Path) -> None:
    with pytest.raises(PactgraphError, match="nope"):
        find_documents(["nope"], tmp_path)


@pytest.mark.slow
@pytest.mark.skipif(
    importlib.util.find_spec("pactgraph.pipeline") is None
    or importlib.util.find_spec("pactgraph.query") is None,
    reason="pipeline or query module not written yet",
)
def test_end_to_end_on_dev_set() -> None:
    from pactgraph.evaluate import evaluate

    result = evaluate(DATA / "gold_dev.yaml", DATA / "dev")
    assert result.docs >= 15
    # No threshold: this is a yardstick, not a target. It must run and count every gold item.
    gold = load_gold(DATA / "gold_dev.yaml")
    n_stances = sum(len(d.stances) for d in gold.docs.values())
    counts = result.kinds["stances"]
    assert counts.tp + counts.fn == n_stances
    print(render(result))


def _raw_texts(folder: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in folder.iterdir():
        if path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    obj = json.loads(line)
                    texts[obj["id"]] = obj["text"]
        elif path.suffix in (".txt", ".md", ".html"):
            texts[path.stem] = path.read_text(encoding="utf-8")
    return texts


def test_dev_gold_quotes_occur_in_their_documents() -> None:
    # Guards the gold itself: a typo in `starts` would make a quote impossible to find.
    gold = load_gold(DATA / "gold_dev.yaml")
    texts = {k: normalize(v) for k, v in _raw_texts(DATA / "dev").items()}
    for doc in gold.docs.values():
        for quote in doc.quotes:
            assert normalize(quote.starts) in texts[doc.id], (doc.id, quote.starts)


def test_stance_precision_per_rule_family(gold) -> None:
    rows = perfect_rows()
    for row, rule in zip(rows["stances"], ("subject:verb:demand", "subject:verb:reject",
                                           "reported-speaker:verb:reject", None)):  # fmt: skip
        row["rule"] = rule
    rows["stances"][1]["holderLabel"] = "Ukraine"  # now wrong
    result = score(gold, rows)
    assert result.stance_rules == {"subject:verb": [1, 2], "(no rule)": [1, 1], "reported-speaker:verb": [1, 1]}
    table = render(result, by_rule=True)
    assert "subject:verb" in table and "0.50" in table
    assert "by rule" not in render(result)


def test_stance_precision_per_confidence_band(gold) -> None:
    rows = perfect_rows()
    for row, conf in zip(rows["stances"], ("0.35", "0.3", "1.0", None)):
        row["confidence"] = conf
    rows["stances"][1]["holderLabel"] = "Ukraine"  # now wrong
    result = score(gold, rows)
    assert result.stance_confidence == {"(none)": [1, 1], "0.3-0.4": [1, 2], "0.9-1.0": [1, 1]}
    assert "0.3-0.4" in render(result, by_rule=True) and "0.3-0.4" not in render(result)
    assert result.to_dict()["stance_confidence"]["0.3-0.4"] == {"correct": 1, "predicted": 2}
