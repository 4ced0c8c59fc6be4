"""Quote probes (tests/probe_check.py `quotes` / `forbid_quotes`, tests/data/probes/quotes.yaml)
and the attribution mechanisms they led to. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from probe_check import failures, run


def _probe(**keys) -> dict:
    return {"id": "t", "file": "t", **keys}


def test_quote_pattern_that_matches_passes(nlp: Language) -> None:
    probe = _probe(
        text="\u201cWe will not trade territory for promises,\u201d said Andrzej Duda.",
        quotes=[{"speaker": "andrzej-duda", "text": "trade territory"}],
    )
    assert failures(probe, run(nlp, probe)) == []


def test_quote_pattern_with_wrong_speaker_fails(nlp: Language) -> None:
    probe = _probe(
        text="\u201cWe will not trade territory for promises,\u201d said Andrzej Duda.",
        quotes=[{"speaker": "vladimir-putin", "text": "trade territory"}],
    )
    assert failures(probe, run(nlp, probe)) == [
        "missing quote {'speaker': 'vladimir-putin', 'text': 'trade territory'}"
    ]


def test_forbidden_quote_pattern_fails_when_a_quote_matches(nlp: Language) -> None:
    probe = _probe(
        text="\u201cWe will not trade territory for promises,\u201d said Andrzej Duda.",
        forbid_quotes=[{"text": "promises"}],
    )
    (wrong,) = failures(probe, run(nlp, probe))
    assert wrong.startswith("forbidden quote andrzej-duda | We will not trade territory")


def test_null_speaker_pattern_means_unattributed(nlp: Language) -> None:
    probe = _probe(
        text="\u201cThe door remains open,\u201d said Andrzej Duda.",
        quotes=[{"speaker": None, "text": "door remains"}],
    )
    assert failures(probe, run(nlp, probe)) != []
