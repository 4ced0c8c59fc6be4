"""Blank out boilerplate (appeals, promotions, "Read more", disclaimers, captions) before NLP.

Boilerplate characters become spaces (newlines kept), so the cleaned text has the same length and
every offset still points into the article as read. Patterns live in data/boilerplate.yaml.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from importlib import resources

import yaml

from pactgraph.records import Article


@lru_cache(maxsize=1)
def _rules() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], tuple[str, ...]]:
    data = yaml.safe_load(resources.files("pactgraph").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    lines = [re.compile(p, re.IGNORECASE) for p in data["line_patterns"]]
    blocks = [re.compile(p, re.IGNORECASE) for p in data["block_starts"]]
    return lines, blocks, tuple(w.lower() for w in data["appeal_words"])


def boilerplate_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the lines judged to be boilerplate."""
    line_patterns, block_starts, appeal = _rules()
    spans: list[tuple[int, int]] = []
    in_block = False
    offset = 0
    for line in text.splitlines(keepends=True):
        start, stripped = offset, line.strip()
        offset += len(line)
        if not stripped:
            continue
        lowered = stripped.lower()
        single = any(p.search(stripped) for p in line_patterns)
        if any(p.search(stripped) for p in block_starts):
            in_block = True
        elif in_block:
            short_ui = len(stripped.split()) <= 3 and not stripped.endswith((".", '"', "”"))
            in_block = single or short_ui or any(word in lowered for word in appeal)
        if in_block or single:
            spans.append((start, start + len(line.rstrip("\n"))))
    return spans


def blank_boilerplate(article: Article) -> Article:
    chars = list(article.text)
    for start, end in boilerplate_lines(article.text):
        chars[start:end] = " " * (end - start)
    clean = "".join(chars)
    title = article.title
    if not title:
        title = next((line.strip() for line in clean.splitlines() if line.strip()), None)
    return dataclasses.replace(article, clean_text=clean, title=title)
