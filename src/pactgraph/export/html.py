"""One self-contained HTML page: the actor network, filters, and each fact with its sentence.

No CDN and no network: the JS and CSS under `assets/` are inlined. The data is embedded as JSON in
a `<script type="application/json">` with `<`, `>` and `&` escaped, so no label or sentence can
close the script element; the page's JS only ever writes data through `textContent`.
"""

from __future__ import annotations

import html
import json
import logging
import re
from importlib import resources
from pathlib import Path
from typing import Any

import rdflib

from pactgraph.export.network import Network, build_network
from pactgraph.export.rdf import atomic_write
from pactgraph.store import Store

log = logging.getLogger("pactgraph")

_PLACEHOLDER = re.compile(r"\{\{(TITLE|CSS|JS|DATA)\}\}")


def _asset(name: str) -> str:
    return resources.files("pactgraph.export").joinpath("assets", name).read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON safe inside a <script> element: `</script>`, `<!--` and entities cannot occur."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(network: Network, *, title: str = "pactgraph network") -> str:
    parts = {
        "TITLE": html.escape(title),
        "CSS": _asset("graph.css"),
        "JS": _asset("graph.js"),
        "DATA": script_json(network.to_json()),
    }
    # One pass, so text inside the data can never be taken for a placeholder.
    return _PLACEHOLDER.sub(lambda m: parts[m.group(1)], _asset("page.html"))


def export_html(source: Store | str | Path | rdflib.Graph, out_path: str | Path, *,
                title: str = "pactgraph network", include_inferred: bool = False) -> Path:
    """Write the interactive page for a store, a graph file or an rdflib graph."""
    page = render_html(build_network(source, include_inferred=include_inferred), title=title)
    out = atomic_write(out_path, lambda fh: fh.write(page.encode("utf-8")))
    log.info("wrote %s (%d kB)", out, len(page) // 1024)
    return out
