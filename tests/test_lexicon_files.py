"""Lexicon and KB files: YAML 1.1 reads bare on/off/yes/no as booleans, which silently drops the
word from a word list ("on" missing from a list of prepositions). No word list may hold one.
A key written twice in one mapping silently keeps only the last list (two branches adding the same
list name merge cleanly in git): no mapping may repeat a key."""

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


class _DuplicateKeyLoader(yaml.SafeLoader):
    """A SafeLoader that records keys repeated inside one mapping."""

    repeated: list[str]


def _mapping_without_repeats(loader: _DuplicateKeyLoader, node: yaml.MappingNode) -> dict:
    seen: set[object] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            loader.repeated.append(f"{key!r} (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node)


_DuplicateKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_repeats)


def _repeated_keys(text: str) -> list[str]:
    loader = _DuplicateKeyLoader(text)
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.repeated


def test_repeated_key_is_found() -> None:
    assert _repeated_keys("a: [x]\nb: [y]\na: [z]\n") == ["'a' (line 3)"]
    assert _repeated_keys("a: [x]\nb: {c: 1, d: 2}\n") == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_mapping_repeats_a_key(path: Path) -> None:
    assert _repeated_keys(path.read_text(encoding="utf-8")) == []
