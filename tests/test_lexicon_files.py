"""Lexicon and KB files: YAML 1.1 reads bare on/off/yes/no as booleans, which silently drops the
word from a word list ("on" missing from a list of prepositions). No word list may hold one."""

from pathlib import Path

import pytest
import yaml

SRC = Path(__file__).resolve().parents[1] / "src" / "pactgraph"
FILES = sorted([*SRC.glob("nlp/lexicons/*.yaml"), *SRC.glob("kb/*.yaml")])


def _booleans_in_lists(value: object, path: str) -> list[str]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _booleans_in_lists(v, f"{path}.{k}")]
    if isinstance(value, list):
        found = [f"{path}[{i}]" for i, v in enumerate(value) if isinstance(v, bool)]
        return found + [p for i, v in enumerate(value) for p in _booleans_in_lists(v, f"{path}[{i}]")]
    return []


def test_there_are_lexicon_files() -> None:
    assert len(FILES) >= 8


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_word_list_holds_a_boolean(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert _booleans_in_lists(data, path.name) == []
