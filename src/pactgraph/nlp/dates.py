"""pg_dates: the date of the event each sentence reports.

Resolved against the article's date: weekdays ("on Wednesday" = the latest Wednesday on or before
the article date, "next Monday" after it), relative phrases ("yesterday", "last week", "three days
ago"), explicit dates ("16 August", "August 15, 2025"; a year-less date far in the future of the
article belongs to the previous year). A sentence without any of these gets the article's date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.tokens import Doc

from pactgraph.kb import load_kb
from pactgraph.nlp.util import sentences

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})\.?(?:,?\s+(\d{{4}}))?\b", re.I
)
_MONTH_DAY = re.compile(
    rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?", re.I
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = re.compile(r"\b(?:(last|next|this|on|since)\s+)?(" + "|".join(_WEEKDAYS) + r")s?\b", re.I)
_FUTURE_SLACK = dt.timedelta(days=14)


class DateResolver:
    """Adds `doc._.pg_sentence_dates: dict[int, datetime.date]`."""

    def __init__(self) -> None:
        lex = load_kb().lexicon
        offsets: dict[str, int] = lex.get("date_offsets", {})
        self._offsets = offsets
        self._relative = re.compile(
            r"\b(" + "|".join(re.escape(k) for k in sorted(offsets, key=len, reverse=True)) + r")\b",
            re.I,
        )
        numbers: dict[str, int] = lex.get("number_words", {})
        self._numbers = numbers
        self._ago = re.compile(
            r"\b(\d+|" + "|".join(numbers) + r")\s+(day|week|month|year)s?\s+ago\b", re.I
        )

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.pg_article
        base: dt.date | None = getattr(article, "date", None)
        out: dict[int, dt.date] = {}
        for n, sent in enumerate(sentences(doc)):
            day = self.resolve(sent.text, base)
            if day is not None:
                out[n] = day
        doc._.pg_sentence_dates = out
        return doc

    def resolve(self, text: str, base: dt.date | None) -> dt.date | None:
        """The first date expression in `text`, resolved against `base`; else `base`."""
        found: list[tuple[int, dt.date]] = []
        for m in _ISO.finditer(text):
            day = _safe_date(int(m[1]), int(m[2]), int(m[3]))
            if day:
                found.append((m.start(), day))
        for m in _DAY_MONTH.finditer(text):
            if not m[2][0].isupper():
                continue  # "may", "march" as words
            day = self._explicit(int(m[1]), m[2], m[3], base)
            if day:
                found.append((m.start(), day))
        for m in _MONTH_DAY.finditer(text):
            if not m[1][0].isupper():
                continue
            day = self._explicit(int(m[2]), m[1], m[3], base)
            if day:
                found.append((m.start(), day))
        if base is not None:
            for m in _WEEKDAY.finditer(text):
                if not m[2][0].isupper():
                    continue
                found.append((m.start(), _weekday(base, _WEEKDAYS[m[2].lower()], m[1])))
            for m in self._relative.finditer(text):
                found.append((m.start(), base + dt.timedelta(days=self._offsets[m[1].lower()])))
            for m in self._ago.finditer(text):
                count = int(m[1]) if m[1].isdigit() else self._numbers[m[1].lower()]
                unit = {"day": 1, "week": 7, "month": 30, "year": 365}[m[2].lower()]
                found.append((m.start(), base - dt.timedelta(days=count * unit)))
        if not found:
            return base
        return min(found, key=lambda f: f[0])[1]

    @staticmethod
    def _explicit(day: int, month: str, year: str | None, base: dt.date | None) -> dt.date | None:
        month_n = _MONTHS[month.lower().rstrip(".")]
        if year:
            return _safe_date(int(year), month_n, day)
        if base is None:
            return None
        guess = _safe_date(base.year, month_n, day)
        if guess and guess > base + _FUTURE_SLACK:
            guess = _safe_date(base.year - 1, month_n, day)
        return guess


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _weekday(base: dt.date, weekday: int, modifier: str | None) -> dt.date:
    back = (base.weekday() - weekday) % 7
    if modifier and modifier.lower() == "next":
        return base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7)
    if modifier and modifier.lower() == "last" and back == 0:
        back = 7
    return base - dt.timedelta(days=back)
