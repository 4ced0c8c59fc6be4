"""GuaranteeLexicon: each field read from the `guarantees.yaml` key of the same name, checked by
its declared type; a malformed lexicon names the file and the key."""

from __future__ import annotations

import copy
from dataclasses import fields
from typing import Any

import pytest

from pactgraph.nlp import lexicons
from pactgraph.nlp.guarantees import GuaranteeLexicon

_TYPES = {"tuple[str, ...]": tuple, "frozenset[str]": frozenset, "int": int, "str": str}


def _shipped() -> dict[str, Any]:
    """A copy of the shipped lexicon's data, safe to break (`lexicons.load` caches it)."""
    return copy.deepcopy(lexicons.load("guarantees"))


def _fails(data: dict[str, Any], *expected: str) -> None:
    with pytest.raises(lexicons.LexiconError) as err:
        GuaranteeLexicon.from_mapping(data)
    for text in ("guarantees.yaml", *expected):
        assert text in str(err.value)


def test_shipped_lexicon_loads_its_entries() -> None:
    lex = GuaranteeLexicon.load()
    assert "security guarantee" in lex.triggers
    assert lex.status["seek"] == "demanded"
    assert "nato" in lex.alliances
    assert {"join", "accede"} <= lex.membership_verbs
    assert lex.group_quantifiers["three"] == 3
    assert lex.fallback_min_mentions == 3
    # a key the file leaves out keeps the field's default
    assert lex.protect_phrases == ()


def test_every_field_has_its_declared_type() -> None:
    lex = GuaranteeLexicon.load()
    for f in fields(GuaranteeLexicon):
        value = getattr(lex, f.name)
        expected = dict if str(f.type).startswith("dict[") else _TYPES[str(f.type)]
        assert isinstance(value, expected), f.name


def test_renamed_and_sectioned_keys_are_read() -> None:
    lex = GuaranteeLexicon.load()
    data = lexicons.load("guarantees")
    assert lex.membership_verbs == frozenset(data["membership"]["verbs"])
    assert lex.denial_short == frozenset(data["denial"]["short_heads"])
    assert lex.needs_context == frozenset(data["needs_security_context"])
    assert lex.agreement_keys == frozenset(data["guarantee_agreements"]["keys"])
    assert lex.forms == {k: tuple(v) for k, v in data["forms"].items()}


def test_demonym_keys_are_lowercased() -> None:
    data = _shipped()
    data["force_demonyms"] = {"Nordic": "nordic countries"}
    assert GuaranteeLexicon.from_mapping(data).force_demonyms == {"nordic": "nordic countries"}


def test_empty_optional_key_keeps_the_default() -> None:
    data = _shipped()
    data["threat_nouns"] = None
    data["group_lookback"] = None
    lex = GuaranteeLexicon.from_mapping(data)
    assert lex.threat_nouns == frozenset()
    assert lex.group_lookback == 0


def test_missing_required_key_is_reported() -> None:
    data = _shipped()
    del data["giver_verbs"]
    _fails(data, "'giver_verbs'", "missing")


def test_word_instead_of_list_is_reported() -> None:
    # a bare word would otherwise become a set of its letters
    data = _shipped()
    data["membership"]["verbs"] = "join"
    _fails(data, "'membership: verbs'", "a list of words", "'join'")


def test_list_of_mappings_is_reported() -> None:
    data = _shipped()
    data["refusal_verbs"] = [{"refuse": "deny"}]
    _fails(data, "'refusal_verbs'", "a list of words")


def test_number_that_is_not_whole_is_reported() -> None:
    data = _shipped()
    data["group_quantifiers"] = {"pair": "two"}
    _fails(data, "'group_quantifiers'", "whole numbers")


def test_section_that_is_not_a_mapping_is_reported() -> None:
    data = _shipped()
    data["denial"] = ["no", "not"]
    _fails(data, "'denial'", "mapping")


def test_misspelt_keys_are_reported() -> None:
    data = _shipped()
    data["threat_noun"] = ["menace"]
    _fails(data, "'threat_noun'", "not a known key")
    data = _shipped()
    data["membership"]["verb"] = ["join"]
    _fails(data, "'membership: verb'", "not a known key")


def test_shipped_lexicon_is_not_altered_by_loading() -> None:
    before = _shipped()
    GuaranteeLexicon.load()
    assert lexicons.load("guarantees") == before
