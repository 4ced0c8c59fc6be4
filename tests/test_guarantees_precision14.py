"""Guarantee precision (probe round gprec): the probe checker's `forbid_guarantees` key, and
mentions of guarantees that name no new guarantee or whose roles come from elsewhere."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from probe_check import failures, load_probes, run


def _guarantees(doc: Doc) -> list[tuple[str | None, tuple[str, ...], str]]:
    return [(g.beneficiary, g.guarantors, g.status) for g in doc._.pg_guarantees]


# -- the probe checker ------------------------------------------------------------------------


def test_forbid_guarantees_can_fail(nlp: Language) -> None:
    probe = {"id": "t", "text": "Britain, France and Turkey offered to act as guarantors for Ukraine.",
             "forbid_guarantees": [{"beneficiary": "ukraine"}]}
    wrong = failures(probe, run(nlp, probe))
    assert wrong and all(w.startswith("forbidden guarantee") for w in wrong)


def test_forbid_guarantees_empty_pattern_forbids_all(nlp: Language) -> None:
    probe = {"id": "t", "text": "Britain, France and Turkey offered to act as guarantors for Ukraine.",
             "forbid_guarantees": [{}]}
    assert failures(probe, run(nlp, probe))


def test_forbid_guarantees_passes_when_nothing_matches(nlp: Language) -> None:
    probe = {"id": "t", "text": "Britain, France and Turkey offered to act as guarantors for Ukraine.",
             "forbid_guarantees": [{"beneficiary": "moldova"}]}
    assert failures(probe, run(nlp, probe)) == []


def test_forbid_guarantees_alone_is_a_well_formed_probe(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("- id: x\n  text: Hello.\n  forbid_guarantees: [{}]\n", encoding="utf-8")
    assert load_probes([path])[0]["forbid_guarantees"] == [{}]
