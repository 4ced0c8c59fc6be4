"""End to end on the seeds through the command line: build, validate, query, stats, explain."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from pactgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CONTRACT = {
    "actors": ["doc", "actor", "label", "type"],
    "stances": ["doc", "holder", "holderLabel", "stanceType", "polarity", "target", "targetLabel", "sentence"],
    "guarantees": ["doc", "guarantee", "guarantorLabel", "beneficiaryLabel", "status"],
    "agreements": ["doc", "agreement", "label"],
    "quotes": ["doc", "speakerLabel", "quote"],
}
runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, list(args))
    return result


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "seeds.ttl"
    result = invoke("build", str(SEEDS), "-o", str(out), "--no-progress", "--no-store")
    assert result.exit_code == 0, result.output
    return out


def rows_of(name: str, graph: Path, *extra: str) -> list[dict[str, str]]:
    result = invoke("query", name, "--data", str(graph), "-f", "csv", *extra)
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_build_reports_every_document(built):
    report = json.loads(Path(str(built) + ".report.json").read_text())
    assert sorted(d["id"] for d in report["built"]) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert report["rejected"] == []
    assert report["validation"]["conforms"] is True


def test_validate_conforms(built):
    result = invoke("validate", str(built))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Conforms: True")


def test_turtle_loads_in_oxigraph(built):
    store = ox.Store()
    store.load(path=str(built), format=ox.RdfFormat.TURTLE)
    assert len(store) > 1000


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_contract_queries_have_columns_and_rows(built, name):
    result = invoke("query", name, "--data", str(built), "-f", "csv")
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[: len(CONTRACT[name])] == CONTRACT[name]
    rows = rows_of(name, built)
    assert rows
    assert {r["doc"] for r in rows} <= {p.stem for p in SEEDS.glob("*.txt")}


def test_one_iri_per_actor_across_documents(built):
    rows = rows_of("actors", built)
    iris_by_label: dict[str, set[str]] = {}
    for r in rows:
        iris_by_label.setdefault(r["label"], set()).add(r["actor"])
    assert all(len(v) == 1 for v in iris_by_label.values())
    zelenskyy_docs = {r["doc"] for r in rows if r["label"] == "Volodymyr Zelenskyy"}
    assert len(zelenskyy_docs) == 5  # Zelenskyy, Zelenskiy, Zelensky, Zelenskyi: one actor
    assert {r["type"] for r in rows if r["label"] == "Russia"} == {"Country"}


def test_stance_shift_on_russia_as_guarantor(built):
    rows = rows_of("stance_shifts", built)
    shifts = {(r["holderLabel"], r["subjectLabel"], r["earlierPolarity"], r["earlierDate"][:4],
               r["laterPolarity"], r["laterDate"][:4]) for r in rows}
    assert ("Volodymyr Zelenskyy", "Russia as a guarantor", "support", "2022", "oppose", "2025") in shifts


def test_guarantor_roles_show_support_and_opposition_to_russia(built):
    rows = rows_of("guarantor_roles", built)
    russia = {(r["holderLabel"], r["polarity"]) for r in rows if r["guarantorLabel"] == "Russia"}
    assert ("Volodymyr Zelenskyy", "support") in russia
    assert ("Volodymyr Zelenskyy", "oppose") in russia


def test_invoked_agreements_include_budapest_judged_negatively(built):
    rows = rows_of("invoked_agreements", built)
    budapest = [r for r in rows if r["agreementLabel"] == "Budapest Memorandum"]
    assert budapest
    assert any(r["judgement"] == "oppose" for r in budapest)


def test_demands_and_offices(built):
    demands = rows_of("guarantee_demands", built)
    assert any(r["holderLabel"] == "Volodymyr Zelenskyy" and r["beneficiaryLabel"] == "Ukraine" for r in demands)
    offices = {(r["holderLabel"], r["officeLabel"]): r for r in rows_of("offices", built)}
    assert ("Andrzej Duda", "President of Poland") in offices
    rutte = offices[("Mark Rutte", "Secretary General of NATO")]
    assert rutte["termStart"].startswith("2024-10-01")  # the term valid at the article's date


def test_actor_profile_takes_a_parameter(built):
    rows = rows_of("actor_profile", built, "-p", "actorLabel=Sergei Lavrov")
    assert rows and {r["actorLabel"] for r in rows} == {"Sergei Lavrov"}
    assert "quote" in {r["role"] for r in rows}


def test_every_analytic_query_runs(built):
    for path in sorted((ROOT / "queries").glob("*.rq")):
        text = path.read_text()
        assert text.startswith("#"), f"{path.name} must open with the question it answers"
        result = invoke("query", str(path), "--data", str(built), "-f", "json")
        assert result.exit_code == 0, (path.name, result.output)


def test_stats_counts(built):
    result = invoke("stats", str(built), "-f", "csv")
    counts = {r["what"]: int(r["count"]) for r in csv.DictReader(io.StringIO(result.stdout))}
    assert counts["documents"] == 5
    assert counts["stances"] > 10 and counts["quotes"] > 10


def test_explain_names_rules_and_confidence():
    result = invoke("explain", str(SEEDS / "004_0d5bc40ed7a8d827.txt"))
    assert result.exit_code == 0, result.output
    assert "stance" in result.stdout and re.search(r"\(\S+, [01]\.\d\d\)", result.stdout)


def test_bad_inputs_are_reported_not_lost(tmp_path):
    docs = tmp_path / "in"
    docs.mkdir()
    shutil.copy(SEEDS / "004_0d5bc40ed7a8d827.txt", docs)
    (docs / "broken.jsonl").write_text('{"id": "ok1", "text": "Macron spoke."}\n{oops\n', encoding="utf-8")
    (docs / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "g.nq"
    result = invoke("build", str(docs), "-o", str(out), "--no-progress", "--no-store")
    assert result.exit_code == 0, result.output
    report = json.loads(Path(str(out) + ".report.json").read_text())
    assert sorted(d["id"] for d in report["built"]) == ["004_0d5bc40ed7a8d827", "ok1"]
    reasons = sorted(r["reason"] for r in report["rejected"])
    assert len(reasons) == 2 and "empty text" in reasons and any("not valid JSON" in r for r in reasons)
    assert "rejected" in result.output


def test_errors_are_clear_and_exit_2(tmp_path):
    result = invoke("query", "no_such_query", "--data", str(tmp_path / "x.ttl"))
    assert result.exit_code == 2
    assert "no query file" in result.output
    result = invoke("build", str(tmp_path / "missing"), "-o", str(tmp_path / "o.ttl"), "--no-store")
    assert result.exit_code == 2 and "does not exist" in result.output


def test_every_command_has_help_with_an_example_and_a_readme_entry():
    readme = (ROOT / "README.md").read_text()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        result = invoke(name, "--help")
        assert result.exit_code == 0
        assert "Example:" in result.stdout, name
        assert f"pactgraph {name}" in readme or f"`{name}`" in readme, name


def test_store_is_the_default_and_skips_unchanged_documents(tmp_path):
    docs = tmp_path / "in"
    docs.mkdir()
    for name in ("001_bd4321ae7c825986.txt", "004_0d5bc40ed7a8d827.txt", "metadata.json"):
        shutil.copy(SEEDS / name, docs)
    store = tmp_path / "store"
    first = invoke("build", str(docs), "--store", str(store), "--no-progress")
    assert first.exit_code == 0, first.output
    assert "2 added, 0 replaced, 0 unchanged" in first.output
    (docs / "004_0d5bc40ed7a8d827.txt").write_text(
        (SEEDS / "004_0d5bc40ed7a8d827.txt").read_text() + "\nThe talks will continue next month.\n")
    second = invoke("build", str(docs), "--store", str(store), "--no-progress")
    assert second.exit_code == 0, second.output
    assert "built 1 document(s)" in second.output
    assert "0 added, 1 replaced, 1 unchanged" in second.output
    rows = csv.DictReader(io.StringIO(invoke("query", "actors", "--store", str(store), "-f", "csv").stdout))
    assert {r["doc"] for r in rows} == {"001_bd4321ae7c825986", "004_0d5bc40ed7a8d827"}
    # replacing never duplicates: one Article per document
    count = invoke("query", str(ROOT / "queries" / "actors.rq"), "--store", str(store), "-f", "csv")
    assert count.exit_code == 0
    removed = invoke("remove", "001_bd4321ae7c825986", "--store", str(store))
    assert removed.exit_code == 0, removed.output
    rows = csv.DictReader(io.StringIO(invoke("query", "actors", "--store", str(store), "-f", "csv").stdout))
    assert {r["doc"] for r in rows} == {"004_0d5bc40ed7a8d827"}


def test_stance_matrix_corroboration_forms_and_co_mentions(built):
    matrix = {(r["holderLabel"], r["targetLabel"]): r for r in rows_of("stance_matrix", built)}
    assert int(matrix[("Mark Rutte", "Budapest Memorandum")]["oppose"]) >= 1
    assert int(matrix[("Mark Rutte", "Budapest Memorandum")]["net"]) < 0

    corroborated = rows_of("corroborated_stances", built)
    assert any(r["holderLabel"] == "Volodymyr Zelenskyy" and r["polarity"] == "oppose"
               and "by Russia" in r["targetLabel"] and int(r["sources"]) >= 2 for r in corroborated)

    forms = rows_of("guarantee_forms", built)
    article5 = {r["domain"] for r in forms if r["form"] == "article5-commitment"}
    assert {"air", "sea"} <= article5

    pairs = {(r["labelA"], r["labelB"]) for r in rows_of("co_mentions", built)}
    assert ("Andrzej Duda", "Gitanas Nauseda") in pairs


def test_development_set_builds_into_a_conforming_graph(tmp_path):
    out = tmp_path / "dev.nq"
    result = invoke("build", str(ROOT / "tests" / "data" / "dev"), "-o", str(out), "--no-progress", "--no-store")
    assert result.exit_code == 0, result.output
    report = json.loads(Path(str(out) + ".report.json").read_text())
    assert report["rejected"] == [] and report["validation"]["conforms"] is True
    assert invoke("validate", str(out)).exit_code == 0


def test_two_worker_processes_build_the_same_graph(tmp_path):
    docs = tmp_path / "in"
    docs.mkdir()
    for name in ("000_c91edc0d08f7698f.txt", "002_5fb1b673f4b7e9d3.txt", "metadata.json"):
        shutil.copy(SEEDS / name, docs)
    (docs / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    outputs = []
    for n in ("1", "2"):
        out = tmp_path / f"g{n}.ttl"
        result = invoke("build", str(docs), "-o", str(out), "--no-progress", "--no-store", "--n-process", n)
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
        assert "rejected 1" in result.output
    assert outputs[0] == outputs[1]


def test_validate_and_reason_print_json(built, tmp_path):
    result = invoke("validate", str(built), "-f", "json")
    assert result.exit_code == 0 and json.loads(result.stdout)["conforms"] is True
    inferred = tmp_path / "inferred.ttl"
    result = invoke("reason", str(built), "-f", "json", "--inferred-out", str(inferred))
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["consistent"] is True and summary["documents"] == 5
    assert summary["inferred_triples"] > 0 and inferred.stat().st_size > 0
    rows = rows_of("inferred_security_parties", built, "--data", str(inferred))
    assert any(r["agreementLabel"] == "Budapest Memorandum" and r["stateLabel"] == "United Kingdom" for r in rows)
    assert rows_of("inferred_security_parties", built) == []
