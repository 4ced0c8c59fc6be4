"""Readers and boilerplate removal, on inputs written for these tests."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from pactgraph.ingest import IngestError, Rejected, read_articles
from pactgraph.ingest.boilerplate import blank_boilerplate
from pactgraph.records import Article


def _read(*paths):
    return list(read_articles(paths))


def test_front_matter_overrides_metadata_json(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\ntitle: Talks resume\ndate: 2023-07-12\nsource: Example Wire\n---\nLeaders met in Vilnius.\n",
        encoding="utf-8",
    )
    (tmp_path / "metadata.json").write_text(json.dumps({"a.md": {"source": "Other", "url": "https://example.org/a"}}))
    [article] = _read(tmp_path)
    assert article.id == "a"
    assert article.title == "Talks resume"
    assert article.date == dt.date(2023, 7, 12)
    assert article.source == "Example Wire"  # the file's own front matter wins
    assert article.url == "https://example.org/a"
    assert article.text == "Leaders met in Vilnius.\n"


def test_title_defaults_to_first_content_line(tmp_path):
    (tmp_path / "b.txt").write_text("\n\nKremlin dismisses plan\n\nThe Kremlin said no.\n", encoding="utf-8")
    [article] = _read(tmp_path / "b.txt")
    assert article.title == "Kremlin dismisses plan"


def test_jsonl_good_and_bad_lines_nothing_lost(tmp_path):
    lines = [
        json.dumps({"id": "x1", "text": "Macron spoke in Paris.", "date": "2025-03-01"}),
        "{not json",
        json.dumps({"id": "x2"}),
        json.dumps({"id": "x3", "text": "Starmer spoke.", "date": "01/03/2025"}),
        json.dumps({"id": "x1", "text": "Duplicate id."}),
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _read(tmp_path)
    assert [i.id for i in items if isinstance(i, Article)] == ["x1"]
    rejected = [i for i in items if isinstance(i, Rejected)]
    reasons = {r.source.rsplit(":", 1)[1]: r.reason for r in rejected}
    assert "not valid JSON" in reasons["2"]
    assert "'text'" in reasons["3"]
    assert "YYYY-MM-DD" in reasons["4"]
    assert "duplicate document id" in reasons["5"]


def test_html_main_text_without_navigation_or_scripts(tmp_path):
    (tmp_path / "page.html").write_text(
        """<html lang="en"><head><title>Site | Story</title>
        <meta property="article:published_time" content="2024-02-16T10:00:00Z">
        <script>var tracking = "Merz backs sanctions";</script></head>
        <body><nav><a href="/">Home</a> World Politics</nav>
        <div class="advert">Buy now</div>
        <article><h1>Scholz signs pact</h1><p>Chancellor Olaf Scholz signed a security agreement.</p>
        <aside>Related: other story</aside><p>The deal runs ten years.</p></article>
        <footer>Copyright</footer></body></html>""",
        encoding="utf-8",
    )
    [article] = _read(tmp_path)
    assert article.title == "Scholz signs pact"
    assert article.date == dt.date(2024, 2, 16)
    assert "Chancellor Olaf Scholz signed a security agreement." in article.text
    assert "The deal runs ten years." in article.text
    for noise in ("Home", "Buy now", "tracking", "Related", "Copyright"):
        assert noise not in article.text


def test_missing_input_is_a_clear_error(tmp_path):
    with pytest.raises(IngestError, match="does not exist"):
        _read(tmp_path / "nope.txt")


def test_unsupported_and_empty_files_are_reported(tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    items = _read(tmp_path / "notes.docx", tmp_path / "empty.txt")
    assert all(isinstance(i, Rejected) for i in items)
    assert "unsupported file type" in items[0].reason
    assert items[1].reason == "empty text"


BOILERPLATE_TEXT = """Scholz pledges air defence

Sign up for our free daily newsletter and get the news in your inbox.
Berlin will send more air defence systems, the chancellor said on Tuesday.
Read more: Why the coalition matters
Photo: Chancellor Olaf Scholz in Berlin. Getty Images
A Message from The Example Post:
Dear readers,
Independent journalism needs your support. Please donate today.
Monthly
Continue
The German government did not say when the systems would arrive.
"""


def test_boilerplate_is_blanked_and_offsets_kept():
    article = blank_boilerplate(Article(id="t", text=BOILERPLATE_TEXT))
    clean = article.clean_text
    assert len(clean) == len(BOILERPLATE_TEXT)
    kept = [line for line in clean.splitlines() if line.strip()]
    assert kept == [
        "Scholz pledges air defence",
        "Berlin will send more air defence systems, the chancellor said on Tuesday.",
        "The German government did not say when the systems would arrive.",
    ]
    start = BOILERPLATE_TEXT.index("Berlin will")
    assert clean[start:start + 6] == "Berlin"


def test_front_matter_title_with_colon_is_read_as_flat_fields(tmp_path):
    (tmp_path / "c.txt").write_text(
        "---\ntitle: No deal: Moscow rejects the plan\ndate: 2025-03-07\nsource: 'Example Wire'\n---\nBody.\n",
        encoding="utf-8",
    )
    [article] = _read(tmp_path / "c.txt")
    assert article.title == "No deal: Moscow rejects the plan"
    assert article.date == dt.date(2025, 3, 7)
    assert article.source == "Example Wire"


def test_broken_nested_front_matter_is_still_rejected(tmp_path):
    (tmp_path / "d.txt").write_text("---\ntitle: [unclosed\n  - item\n---\nBody.\n", encoding="utf-8")
    [result] = _read(tmp_path / "d.txt")
    assert isinstance(result, Rejected)
    assert "not valid YAML" in result.reason
