"""HTML pages: the article's main text, without navigation, ads or scripts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from pactgraph.ingest.fields import common_fields
from pactgraph.records import Article

_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
         "button", "svg", "figure", "template"]
_BLOCKS = ["h1", "h2", "h3", "h4", "p", "li", "blockquote"]
_NOISE_HINTS = ("nav", "menu", "advert", "promo", "newsletter", "related", "share", "social",
                "cookie", "subscribe", "sidebar", "comment", "banner", "footer", "header")


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content"):
            return str(tag["content"]).strip()
    return None


def _is_noise(tag: Any) -> bool:
    attrs = " ".join([tag.get("id") or "", *(tag.get("class") or [])]).lower()
    return any(hint in attrs for hint in _NOISE_HINTS)


def html_to_text(raw: str) -> tuple[str, dict[str, Any]]:
    soup = BeautifulSoup(raw, "lxml")
    meta = {
        "title": _meta(soup, "og:title", "twitter:title")
        or (soup.title.get_text(strip=True) if soup.title else None),
        "date": _meta(soup, "article:published_time", "date", "pubdate", "dc.date"),
        "source": _meta(soup, "og:site_name", "publisher"),
        "url": _meta(soup, "og:url"),
        "language": (soup.html.get("lang") if soup.html else None),
    }
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is not None and tag.name not in ("html", "body", "article", "main") and _is_noise(tag):
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    h1 = root.find("h1")
    if h1 and h1.get_text(strip=True):
        meta["title"] = h1.get_text(" ", strip=True)
    paragraphs = []
    for block in root.find_all(_BLOCKS):
        if block.find_parent(_BLOCKS):  # a <p> inside <li>/<blockquote>: its parent covers it
            continue
        text = " ".join(block.get_text(" ", strip=True).split())
        if text:
            paragraphs.append(text)
    if not paragraphs:
        paragraphs = [line.strip() for line in root.get_text("\n").splitlines() if line.strip()]
    return "\n\n".join(paragraphs) + "\n", meta


def read_html(path: Path, meta: dict[str, Any]) -> Article:
    text, page_meta = html_to_text(path.read_text(encoding="utf-8", errors="replace"))
    merged = {k: v for k, v in page_meta.items() if v}
    merged.update({k: v for k, v in meta.items() if v})
    fields = common_fields(merged, where=str(path))
    return Article(id=path.stem, text=text, path=str(path), **fields)
