"""Push into a real Oxigraph server (its Graph Store Protocol endpoint), twice, and compare."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib

from pactgraph.push import PushError, push, query_endpoint
from pactgraph.store import Store

SAMPLE = Path(__file__).parent / "data" / "sample_graph.trig"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"

pytestmark = pytest.mark.slow

PER_GRAPH = """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"""
STANCES = """PREFIX pg: <https://w3id.org/pactgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?doc ?holderLabel ?stanceType ?targetLabel WHERE {
  GRAPH ?g { ?st a pg:Stance ; pg:stanceHolder/rdfs:label ?holderLabel ; pg:stanceType ?stanceType ;
             pg:target/rdfs:label ?targetLabel ; pg:inArticle/pg:documentId ?doc } }
ORDER BY ?doc ?holderLabel ?stanceType ?targetLabel"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory):
    if not OXIGRAPH.exists():
        pytest.skip(f"{OXIGRAPH} missing (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-server")
    proc = subprocess.Popen(
        [str(OXIGRAPH), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                err = proc.stderr.read().decode() if proc.stderr else ""
                pytest.fail(f"oxigraph server did not start: {err}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    ds = rdflib.Dataset()
    ds.parse(SAMPLE, format="trig")
    with Store.open(tmp_path_factory.mktemp("push") / "store") as s:
        s.add_dataset(ds)
        yield s


def test_push_twice_replaces_and_answers_match(oxigraph_server: str, store: Store) -> None:
    first = push(store, oxigraph_server + "/store")
    second = push(store, oxigraph_server + "/store")
    assert first.graphs == second.graphs and len(first.graphs) == 3
    local_vars, local_rows = store.query(PER_GRAPH)
    remote_vars, remote_rows = query_endpoint(oxigraph_server + "/query", PER_GRAPH)
    # No duplicates after two pushes: the same triple count per graph as the local store.
    assert remote_vars == local_vars and remote_rows == local_rows
    assert sum(int(r["n"] or 0) for r in remote_rows) == first.triples == len(store)
    assert query_endpoint(oxigraph_server + "/query", STANCES) == store.query(STANCES)
    # Bound parameters work remotely too.
    _, rows = query_endpoint(oxigraph_server + "/query", STANCES, params={"doc": "xss-003"})
    assert {r["doc"] for r in rows} == {"xss-003"} and len(rows) == 2


def test_push_errors_are_clear(oxigraph_server: str, store: Store) -> None:
    with pytest.raises(PushError, match=r"HTTP 404"):
        push(store, oxigraph_server + "/no-such-endpoint")
    with pytest.raises(PushError, match="Is the server running"):
        push(store, f"http://127.0.0.1:{free_port()}/store", timeout=5)
