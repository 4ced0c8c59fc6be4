"""The read-only SPARQL endpoint, over real HTTP on a free port."""

from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from pactgraph.serve import make_server, negotiate
from pactgraph.store import Store

SAMPLE = Path(__file__).parent / "data" / "sample_graph.trig"
QUERY = """PREFIX pg: <https://w3id.org/pactgraph/ontology#>
SELECT ?doc ?date WHERE { ?a a pg:Article ; pg:documentId ?doc .
  OPTIONAL { ?a <urn:none> ?date } } ORDER BY ?doc"""


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("serve") / "store"
    ds = rdflib.Dataset()
    ds.parse(SAMPLE, format="trig")
    with Store.open(path) as s:
        s.add_dataset(ds)
    with Store.open(path, read_only=True) as store:
        server = make_server(store, port=0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield server.url
        server.shutdown()
        server.server_close()


def http(url: str, *, data: bytes | None = None, headers: dict | None = None,
         method: str | None = None) -> tuple[int, str, str]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode("utf-8")


def test_select_as_json_via_get(endpoint: str) -> None:
    url = endpoint + "sparql?" + urllib.parse.urlencode({"query": QUERY})
    status, ctype, body = http(url, headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    data = json.loads(body)
    assert data["head"]["vars"] == ["doc", "date"]
    assert [b["doc"]["value"] for b in data["results"]["bindings"]] == [
        "sample-001", "sample-002", "xss-003"]


def test_select_as_csv_via_post(endpoint: str) -> None:
    status, ctype, body = http(endpoint + "sparql", data=QUERY.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    # CSV contract: header in SELECT order, unbound as empty.
    assert rows == [["doc", "date"], ["sample-001", ""], ["sample-002", ""], ["xss-003", ""]]
    form = urllib.parse.urlencode({"query": QUERY, "format": "tsv"}).encode()
    status, ctype, body = http(endpoint + "sparql", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and ctype.startswith("text/tab-separated-values")
    assert body.splitlines()[0] == "?doc\t?date"


def test_construct_returns_turtle(endpoint: str) -> None:
    q = "CONSTRUCT { ?s ?p ?o } WHERE { ?s a <https://w3id.org/pactgraph/ontology#Topic> ; ?p ?o }"
    status, ctype, body = http(endpoint + "sparql?" + urllib.parse.urlencode({"query": q}))
    assert status == 200 and ctype.startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=body, format="turtle")) == 4


def test_updates_are_refused(endpoint: str) -> None:
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    status, _, body = http(endpoint + "sparql", data=update.encode(), headers={
        "Content-Type": "application/sparql-update"})
    assert status == 403 and "read-only" in body
    form = urllib.parse.urlencode({"update": update}).encode()
    status, _, _ = http(endpoint + "sparql", data=form, headers={
        "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403
    # An update sent as a query is not a query.
    status, _, _ = http(endpoint + "sparql?" + urllib.parse.urlencode({"query": update}))
    assert status == 400
    status, _, _ = http(endpoint + "sparql", data=b"", method="PUT")
    assert status == 403
    # Nothing changed.
    ask = urllib.parse.urlencode({"query": "ASK { <urn:a> ?p ?o }"})
    assert json.loads(http(endpoint + "sparql?" + ask)[2])["boolean"] is False


def test_query_page_and_errors(endpoint: str) -> None:
    status, ctype, body = http(endpoint)
    assert status == 200 and ctype.startswith("text/html") and "/sparql" in body
    assert "http://" not in body.replace("http://www.w3.org", "")  # works offline
    assert http(endpoint + "sparql?" + urllib.parse.urlencode({"query": "SELECT"}))[0] == 400
    assert http(endpoint + "nowhere")[0] == 404
    url = endpoint + "sparql?" + urllib.parse.urlencode({"query": QUERY})
    assert http(url, headers={"Accept": "image/png"})[0] == 406


def test_negotiate() -> None:
    offered = {"text/csv": 1, "application/sparql-results+json": 2}
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", offered, "text/csv") \
        == "application/sparql-results+json"
    assert negotiate("*/*", offered, "application/sparql-results+json") \
        == "application/sparql-results+json"
    assert negotiate(None, offered, "text/csv") == "text/csv"
    assert negotiate("image/png", offered, "text/csv") is None
