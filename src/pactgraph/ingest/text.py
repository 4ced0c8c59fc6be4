"""Plain text and Markdown, optionally opening with YAML front matter."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from pactgraph import PactgraphError
from pactgraph.ingest.fields import common_fields
from pactgraph.records import Article

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)


def split_front_matter(raw: str, *, where: str) -> tuple[dict[str, Any], str]:
    match = _FRONT.match(raw)
    if not match:
        return {}, raw.lstrip("\ufeff")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise PactgraphError(f"{where}: front matter is not valid YAML ({exc})") from exc
    if not isinstance(meta, dict):
        raise PactgraphError(f"{where}: front matter must be a mapping of fields")
    return meta, raw[match.end():]


def read_text(path: Path, meta: dict[str, Any]) -> Article:
    raw = path.read_text(encoding="utf-8")
    front, body = split_front_matter(raw, where=str(path))
    merged = {**meta, **front}  # the file's own front matter wins over metadata.json
    fields = common_fields(merged, where=str(path))
    return Article(id=path.stem, text=body.replace("\r\n", "\n"), path=str(path), **fields)
