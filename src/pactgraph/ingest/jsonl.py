"""JSON Lines: one article per line with `id` and `text`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from pactgraph import PactgraphError
from pactgraph.ingest.fields import common_fields
from pactgraph.records import Article


def read_jsonl(path: Path) -> Iterator:
    from pactgraph.ingest import Rejected

    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        yield Rejected(str(path), None, f"cannot read: {exc}")
        return
    with handle:
        for number, line in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejected(where, None, f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(obj, dict):
                yield Rejected(where, None, "a line must hold a JSON object with 'id' and 'text'")
                continue
            doc_id, text = obj.get("id"), obj.get("text")
            if doc_id in (None, "") or not isinstance(text, str):
                yield Rejected(where, str(doc_id) if doc_id else None, "needs a non-empty 'id' and a string 'text'")
                continue
            try:
                fields = common_fields(obj, where=where)
            except PactgraphError as exc:
                yield Rejected(where, str(doc_id), str(exc))
                continue
            yield Article(id=str(doc_id), text=text.replace("\r\n", "\n"), path=where, **fields)
