"""Where a speaker label of a live blog or transcript stands in a paragraph (text only; the
quote component decides whether the label names an actor).

- A live-blog timestamp before the label is skipped: `14:05 — Macron: ...`, `10.32am GMT
  Zelensky: ...`, `[09:12] Rutte: ...`. A timestamped label marks a live-blog post, which is a
  turn of its own even when the document has no second one.
- A transcript label with the speaker in brackets, `A (Merz): ...`, `Answer (Minister Sybiha): ...`,
  names the speaker inside the brackets when the word before them labels an answer; after a
  question label the brackets name the asker's outlet (`QUESTION (TASS): ...`), nobody's words.
- A paragraph holding several turns (`Q: ...? A (Lavrov): No. ...`) is cut before each turn label
  that follows the end of a sentence.
Time-zone words are data (`turn_time_zones` in nlp/lexicons/speech_verbs.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LabelStart:
    """Where the label proper begins (`at`), whether a timestamp came first, and, for a bracketed
    transcript label, the characters of the bracket's contents (`name_lo`, `name_hi`) and the colon."""

    at: int
    stamped: bool
    name_lo: int | None = None
    name_hi: int | None = None
    colon: int | None = None


class LabelReader:
    def __init__(
        self, turn_labels: Iterable[str], answer_labels: Iterable[str], zones: Iterable[str]
    ) -> None:
        self.turn_labels = frozenset(w.lower() for w in turn_labels)
        self.answer_labels = frozenset(w.lower() for w in answer_labels)
        zone = "|".join(sorted((re.escape(z) for z in zones), key=len, reverse=True)) or "(?!)"
        # 14:05, 14.05, 10.32am, 9:12 p.m., optionally a zone, then a dash, bar or bracket
        self._stamp = re.compile(
            r"[\W_]*\[?\(?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*"
            rf"(?:(?:{zone})\b\.?)?\s*[\])]?\s*[—–|:-]?\s+(?=\S)",
            re.IGNORECASE,
        )
        self._bracketed = re.compile(r"[\W_]*(\w+)\s*\(([^()\n]{2,60})\)\s*:\s")
        labels = "|".join(sorted((re.escape(w) for w in self.turn_labels), key=len, reverse=True))
        self._inner_turn = re.compile(
            rf"(?<=[.?!])[\"”’']?\s+(?=(?:{labels})(?:\s*\([^()\n]{{2,60}}\))?\s*:\s)",
            re.IGNORECASE,
        ) if labels else None

    def start(self, text: str, lo: int, hi: int) -> LabelStart:
        """Where a speaker label of the paragraph `text[lo:hi]` would begin."""
        at, stamped = lo, False
        stamp = self._stamp.match(text, lo, hi)
        if stamp is not None:
            at, stamped = stamp.end(), True
        bracketed = self._bracketed.match(text, at, hi)
        if bracketed is not None and bracketed.group(1).lower() in self.answer_labels:
            colon = text.index(":", bracketed.end(2), hi)
            return LabelStart(at, stamped, bracketed.start(2), bracketed.end(2), colon)
        return LabelStart(at, stamped)

    def turns(self, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
        """The paragraph `text[lo:hi]` cut before each turn label that follows a sentence end
        (a question and its answer run together); the whole paragraph when it opens with no label."""
        if self._inner_turn is None or not re.match(r"[\W_]*\w+[^:\n]{0,70}:\s", text[lo:hi]):
            return [(lo, hi)]
        cuts = [m.end() for m in self._inner_turn.finditer(text, lo, hi)
                if text[m.end()].isupper()]
        bounds = [lo, *cuts, hi]
        return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
