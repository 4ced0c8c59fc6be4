"""A read-only SPARQL 1.1 Protocol endpoint over the store, plus a small query page.

`GET/POST /sparql` answers queries (results as JSON, CSV, TSV or XML by content negotiation, graphs
as Turtle/N-Triples); updates are refused with 403. `/` serves an offline query page. Binds to
127.0.0.1 by default: the endpoint has no authentication.
"""

from __future__ import annotations

import logging
import threading
from email.message import Message
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from pactgraph import PactgraphError
from pactgraph.store import Store, StoreError

log = logging.getLogger("pactgraph")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_BODY = 1 << 20  # a query, not a data upload
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})

RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
# ?format=csv shortcuts, handy in a browser address bar.
FORMAT_ALIASES = {
    "json": "application/sparql-results+json", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "xml": "application/sparql-results+xml",
    "turtle": "text/turtle", "ttl": "text/turtle", "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
}


class ServeError(PactgraphError):
    pass


def is_loopback(host: str) -> bool:
    return host in LOOPBACK or host.startswith("127.")


def negotiate(accept: str | None, offered: dict[str, object], default: str) -> str | None:
    """The offered media type the client prefers (q-values honoured); None when none fits."""
    if not accept:
        return default
    choices: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            choices.append((-q, i, media))
    for _, _, media in sorted(choices):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            prefix = media.split("/")[0]
            if media == "*/*" or default.startswith(prefix + "/"):
                return default
            match = next((m for m in offered if m.startswith(prefix + "/")), None)
            if match:
                return match
    return None


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "pactgraph-sparql"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        log.info("%s %s", self.address_string(), format % args)

    # --- plumbing --------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    def _body(self) -> bytes | None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
            return None
        return self.rfile.read(length) if length else b""

    # --- routes ----------------------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8")
        elif url.path == "/sparql":
            params = parse_qs(url.query, keep_blank_values=True)
            self._sparql(params)
        else:
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql, the page is /")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql")
            return
        body = self._body()
        if body is None:
            return
        msg = Message()
        msg["content-type"] = self.headers.get("Content-Type") or ""
        ctype = msg.get_content_type()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._refuse_update()
            return
        if ctype == "application/sparql-query":
            params["query"] = [body.decode(msg.get_content_charset() or "utf-8", "replace")]
        elif ctype == "application/x-www-form-urlencoded":
            for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "POST a query as application/sparql-query or as a form (query=...)")
            return
        self._sparql(params)

    def do_PUT(self) -> None:  # noqa: N802
        self._refuse_update()

    do_DELETE = do_PATCH = do_PUT

    def _refuse_update(self) -> None:
        self._error(HTTPStatus.FORBIDDEN,
                    "this endpoint is read-only: updates are refused (change the store with "
                    "pactgraph build/remove)")

    def _sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._refuse_update()
            return
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            self._error(HTTPStatus.BAD_REQUEST, "pass exactly one query (query=...)")
            return
        try:
            results = self.server.store.raw_query(
                queries[0], include_inferred=self.server.include_inferred)
        except StoreError as exc:
            # Oxigraph's query parser refuses update syntax too: that lands here as a 400.
            self._error(HTTPStatus.BAD_REQUEST, str(exc))
            return
        fmt = (params.get("format") or [""])[0].lower()
        accept = FORMAT_ALIASES.get(fmt) or self.headers.get("Accept")
        if isinstance(results, ox.QueryTriples):
            media = negotiate(accept, GRAPH_TYPES, "text/turtle")
            if media is None:
                self._error(HTTPStatus.NOT_ACCEPTABLE, "graphs come as " + ", ".join(GRAPH_TYPES))
                return
            body = ox.serialize(results, format=GRAPH_TYPES[media])
            self._send(HTTPStatus.OK, body, f"{media}; charset=utf-8")
            return
        media = negotiate(accept, RESULT_TYPES, "application/sparql-results+json")
        if media is None:
            self._error(HTTPStatus.NOT_ACCEPTABLE, "results come as " + ", ".join(RESULT_TYPES))
            return
        body = results.serialize(format=RESULT_TYPES[media])
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        self._send(HTTPStatus.OK, body, media + charset)


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, store: Store, address: tuple[str, int], *, include_inferred: bool = True):
        self.store = store
        self.include_inferred = include_inferred
        self.page = resources.files("pactgraph.export").joinpath(
            "assets", "query.html").read_bytes()
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"


def make_server(store: Store, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                include_inferred: bool = True) -> SparqlServer:
    """A server ready to `serve_forever()` (port 0 picks a free port)."""
    if not is_loopback(host):
        log.warning(
            "binding the SPARQL endpoint to %s: anyone who can reach this machine can read the "
            "whole graph (there is no authentication). Use 127.0.0.1 unless you mean it.", host)
    try:
        return SparqlServer(store, (host, port), include_inferred=include_inferred)
    except OSError as exc:
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def serve(location: str | Path | None = None, *, data: str | Path | None = None,
          host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, include_inferred: bool = True,
          ready: threading.Event | None = None) -> None:
    """Serve a store directory read-only (or, with `data`, a graph file held in memory) until
    interrupted."""
    store = Store.from_rdf(data) if data else Store.open(location, read_only=True)
    with store:
        server = make_server(store, host=host, port=port, include_inferred=include_inferred)
        log.info("serving %s at %s (SPARQL endpoint %ssparql)",
                    data or store.path, server.url, server.url)
        if ready is not None:
            ready.set()
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
