"""Metadata fields shared by all readers (front matter, metadata.json, JSONL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pactgraph import PactgraphError


def parse_date(value: Any, *, where: str) -> dt.date | None:
    """YYYY-MM-DD (or a datetime starting with it) -> date; anything else is a clear error."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError as exc:
        raise PactgraphError(f"{where}: date {text!r} is not YYYY-MM-DD") from exc


def str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def common_fields(meta: dict[str, Any], *, where: str) -> dict[str, Any]:
    return {
        "title": str_or_none(meta.get("title")),
        "date": parse_date(meta.get("date"), where=where),
        "source": str_or_none(meta.get("source")),
        "url": str_or_none(meta.get("url")),
        "language": str_or_none(meta.get("language")),
    }
