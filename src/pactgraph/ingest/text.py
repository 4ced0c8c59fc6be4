"""Plain text and Markdown, optionally opening with YAML front matter."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

import yaml

from pactgraph import PactgraphError
from pactgraph.ingest.fields import common_fields
from pactgraph.records import Article

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
_FIELD_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$")
log = logging.getLogger("pactgraph")


def _flat_fields(block: str) -> dict[str, str] | None:
    """`key: value` lines read literally, or None when a line is anything else. Hand-written front
    matter often has a title with a colon in it ("title: No deal: Moscow says no"), which YAML
    rejects; when every line is a flat field, the rest of the line is the value."""
    fields: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FIELD_LINE.match(line)
        if not match:
            return None
        key, value = match.groups()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[key] = value
    return fields


def split_front_matter(raw: str, *, where: str) -> tuple[dict[str, Any], str]:
    match = _FRONT.match(raw)
    if not match:
        return {}, raw.lstrip("\ufeff")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        flat = _flat_fields(match.group(1))
        if flat is not None:
            log.info("%s: front matter read as plain 'key: value' lines (not valid YAML)", where)
            return flat, raw[match.end():]
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
