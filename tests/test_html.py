"""The HTML page in headless Chromium: nodes drawn, facts with highlighted evidence, no XSS.

Needs Debian's chromium (tests/setup_browser.sh installs it); Playwright drives that binary.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from pactgraph.export.html import export_html, script_json
from pactgraph.export.network import build_network
from pactgraph.store import Store

SAMPLE = Path(__file__).parent / "data" / "sample_graph.trig"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
ACTOR = "https://w3id.org/pactgraph/id/actor/"

pytestmark = pytest.mark.browser


def test_script_json_cannot_close_the_script_element() -> None:
    text = script_json({"x": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export_html(SAMPLE, tmp_path_factory.mktemp("html") / "network.html",
                       title="Sample <script>alert(1)</script>")


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium missing: run tests/setup_browser.sh (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        yield b
        b.close()


def test_page_renders_filters_and_shows_evidence(browser, page_file: Path) -> None:
    expected = build_network(Store.from_rdf(SAMPLE)).graph
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(5000)
    dialogs: list[str] = []
    requests: list[str] = []
    errors: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(page_file.as_uri())
    page.wait_for_selector("body[data-ready=true]")

    # Every node and edge of the network is drawn.
    assert page.locator("svg g.node").count() == expected.number_of_nodes()
    assert page.locator("svg path.edge").count() == expected.number_of_edges()

    # Clicking Russia lists its stance with the evidence span highlighted in the sentence.
    page.locator(f'g.node[data-id="{ACTOR}russia"] circle').click()
    assert page.locator("#panel h2").text_content() == "Russia"
    quote = page.locator("#panel li.stance blockquote", has_text="The Kremlin rejected").first
    assert quote.text_content() == "The Kremlin rejected any NATO membership of Ukraine on Wednesday."
    assert quote.locator("mark").text_content() == "rejected any NATO membership of Ukraine"

    # Clicking an edge shows the facts behind it (two stances from two documents).
    page.locator('path.edge[data-id^="stance|' + ACTOR + 'russia|"][data-id$="|reject|oppose"]') \
        .dispatch_event("click")
    assert page.locator("#panel li.stance").count() == 2

    # Filters: one actor shows it and its neighbours; a date range hides later stances.
    page.select_option("#f-actor", ACTOR + "turkey")
    visible = page.locator("svg g.node:not(.hidden)")
    neighbours = {ACTOR + "turkey"} | set(expected.successors(ACTOR + "turkey")) \
        | set(expected.predecessors(ACTOR + "turkey"))
    assert visible.count() == len(neighbours)
    page.click("#f-reset")
    page.fill("#f-to", "2022-03-01")
    page.dispatch_event("#f-to", "change")
    shown = page.locator("svg path.edge:not(.hidden)").evaluate_all(
        "els => els.map(e => e.getAttribute('data-id'))")
    assert shown and all(
        (d.get("date") or "") <= "2022-03-01"
        for u, v, k, d in expected.edges(keys=True, data=True) if k in shown)
    assert not any(k.startswith("stance|" + ACTOR + "turkey") for k in shown)
    page.click("#f-reset")

    # The article with markup in its text: shown as text, nothing runs.
    page.locator('g.node[data-id$="/topic/statement-img"] circle').click()
    panel_text = page.locator("#panel").text_content() or ""
    assert "the <img src=x onerror=alert(1)> statement" in panel_text
    assert "<script>alert(1)</script>" in panel_text  # the xss article's title
    assert page.locator("#panel img, #panel script").count() == 0
    assert page.title() == "Sample <script>alert(1)</script>"
    page.wait_for_timeout(200)
    assert dialogs == []
    assert errors == []
    # Self-contained: the page fetched nothing but itself.
    assert [u for u in requests if not u.startswith("file:")] == []

    ARTIFACTS.mkdir(exist_ok=True)
    page.locator(f'g.node[data-id="{ACTOR}ukraine"] circle').click()
    page.screenshot(path=str(ARTIFACTS / "network.png"), full_page=True)
    page.close()


def test_html_has_no_external_resources(page_file: Path) -> None:
    text = page_file.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)=["']https?:""", text)
    assert text.count("<script") == 2  # the data island and our own code
    assert shutil.which("true")  # sanity: a POSIX environment for the browser test
