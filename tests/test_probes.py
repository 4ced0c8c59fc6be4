"""The probe suite (tests/probe_check.py, tests/data/probes/*.yaml): canonical sentences of each
phenomenon in fresh words. A probe marked `gap` is a known failure, run as a strict xfail so that a
fix shows up and the mark has to go."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from probe_check import failures, load_probes, run

_PROBES = load_probes()


def _param(probe: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=probe["gap"], strict=True)] if probe.get("gap") else []
    return pytest.param(probe, id=f"{probe['file']}/{probe['id']}", marks=marks)


@pytest.mark.parametrize("probe", [_param(p) for p in _PROBES])
def test_probe(nlp: Language, probe: dict[str, Any]) -> None:
    assert failures(probe, run(nlp, probe)) == []


def test_probe_files_are_not_empty() -> None:
    assert len(_PROBES) >= 5
