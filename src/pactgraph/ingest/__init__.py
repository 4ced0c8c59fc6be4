"""Readers, one per input format, each yielding `Article`s; problems become `Rejected` entries.

Nothing is lost: every input document ends up either as an Article or as a Rejected with the
reason, which `pactgraph build` writes to its report.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pactgraph import PactgraphError
from pactgraph.ingest.boilerplate import blank_boilerplate
from pactgraph.ingest.html import read_html
from pactgraph.ingest.jsonl import read_jsonl
from pactgraph.ingest.text import read_text
from pactgraph.records import Article

log = logging.getLogger("pactgraph")

SUFFIXES = {".txt": read_text, ".md": read_text, ".markdown": read_text, ".html": read_html, ".htm": read_html}


class IngestError(PactgraphError):
    pass


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that did not become an article, and why."""

    source: str  # path, or path:line for JSONL
    doc_id: str | None
    reason: str


def discover(inputs: Iterable[str | Path]) -> list[Path]:
    """Expand folders into the article files they hold (sorted); refuse paths that do not exist."""
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files.extend(
                p for p in sorted(path.rglob("*"))
                if p.is_file() and (p.suffix.lower() in SUFFIXES or p.suffix.lower() == ".jsonl")
            )
        elif path.is_file():
            files.append(path)
        else:
            raise IngestError(f"input {str(path)!r} does not exist (give article files or folders)")
    return files


def _metadata_for(path: Path, cache: dict[Path, dict]) -> dict:
    folder = path.parent
    if folder not in cache:
        meta_file = folder / "metadata.json"
        cache[folder] = {}
        if meta_file.is_file():
            try:
                data = json.loads(meta_file.read_text(encoding="utf-8"))
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                raise IngestError(f"{meta_file}: not valid JSON ({exc}); fix or remove it") from exc
            if not isinstance(data, dict):
                raise IngestError(f"{meta_file}: expected an object mapping file names to fields")
            cache[folder] = {k: v for k, v in data.items() if isinstance(v, dict)}
    return cache[folder].get(path.name, {})


def read_articles(inputs: Iterable[str | Path]) -> Iterator[Article | Rejected]:
    """Read every input; yield Articles with boilerplate blanked, or Rejected entries."""
    meta_cache: dict[Path, dict] = {}
    seen: dict[str, str] = {}
    for path in discover(inputs):
        suffix = path.suffix.lower()
        if path.name == "metadata.json":
            continue
        if suffix == ".jsonl":
            items = read_jsonl(path)
        elif suffix in SUFFIXES:
            try:
                meta = _metadata_for(path, meta_cache)
                items = iter([SUFFIXES[suffix](path, meta)])
            except (PactgraphError, OSError, UnicodeDecodeError, ValueError) as exc:
                items = iter([Rejected(str(path), path.stem, str(exc))])
        else:
            items = iter([Rejected(str(path), None, f"unsupported file type {suffix!r} (use .txt, .md, .html or .jsonl)")])
        for item in items:
            if isinstance(item, Article):
                if not item.text.strip():
                    item = Rejected(item.path or str(path), item.id, "empty text")
                elif item.id in seen:
                    item = Rejected(
                        item.path or str(path), item.id,
                        f"duplicate document id {item.id!r} (first read from {seen[item.id]})",
                    )
                else:
                    seen[item.id] = item.path or str(path)
                    item = blank_boilerplate(item)
            if isinstance(item, Rejected):
                log.warning("skipping %s: %s", item.source, item.reason)
            yield item
