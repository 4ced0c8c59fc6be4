"""Word polarity for evaluative language: the VADER sentiment lexicon (MIT, from the
`vaderSentiment` package; only its word list is read, not its analyzer), corrected for this domain
by `lexicons/sentiment.yaml`.

Stance rules use it as a fallback when a predicate's word is not in their own lexicon: "the deal
offered a glimmer of hope" judges the deal well, "the move was cynical" badly. Words that name the
subject matter of security talks ("war", "attack", "security", "peace") are neutral here: a
stance about them is not their polarity.
"""

from __future__ import annotations

import functools
import logging
from importlib import resources

from pactgraph.nlp import lexicons

log = logging.getLogger("pactgraph")


@functools.cache
def _vader() -> dict[str, float]:
    """VADER's word -> mean valence (-4..4); empty when the package is missing."""
    try:
        path = resources.files("vaderSentiment").joinpath("vader_lexicon.txt")
        text = path.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        log.warning("vaderSentiment is not installed: sentiment fallback disabled")
        return {}
    table: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                table[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return table


@functools.cache
def _table() -> dict[str, float]:
    data = lexicons.load("sentiment")
    table = dict(_vader())
    for word in data.get("neutral", ()):
        table.pop(str(word).lower(), None)
    table.update({str(k).lower(): float(v) for k, v in (data.get("valence") or {}).items()})
    return table


def threshold() -> float:
    """The |valence| from which a word counts as evaluative."""
    return float(lexicons.load("sentiment").get("threshold", 1.5))


def valence(word: str) -> float | None:
    """The word's valence (-4..4), or None when it is unknown or neutral in this domain."""
    return _table().get(word.lower())


def polarity(*words: str) -> str | None:
    """"support" or "oppose" from the first of `words` (a lemma, then its surface form) the
    lexicon knows, when its valence passes the threshold; None otherwise."""
    limit = threshold()
    for word in words:
        v = valence(word)
        if v is not None:
            return ("support" if v > 0 else "oppose") if abs(v) >= limit else None
    return None
