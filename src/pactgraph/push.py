"""Push the store's graphs into a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each document graph is sent with `PUT {graph store}?graph=<iri>`, which replaces that graph: pushing
twice never duplicates anything. Graph store URLs of common servers:

    Oxigraph server   http://localhost:7878/store
    Jena Fuseki       http://localhost:3030/{dataset}/data
    GraphDB           http://localhost:7200/repositories/{repo}/rdf-graphs/service
    Virtuoso          http://localhost:8890/sparql-graph-crud-auth   (graph_param="graph-uri")

Only the standard library is used (urllib).
"""

from __future__ import annotations

import base64
import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field

import pyoxigraph as ox

from pactgraph import PactgraphError
from pactgraph.export.rdf import PREFIXES
from pactgraph.store import INFERRED_GRAPH, Row, Store

log = logging.getLogger("pactgraph")


class PushError(PactgraphError):
    pass


@dataclass(slots=True)
class PushReport:
    graph_store_url: str
    graphs: dict[str, int] = field(default_factory=dict)  # graph IRI -> triples sent

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


Auth = tuple[str, str] | str | None


def _opener(url: str, auth: Auth) -> tuple[urllib.request.OpenerDirector, dict[str, str]]:
    """(user, password): HTTP Basic sent up front, and Digest when the server asks for it
    (Virtuoso's /sparql-graph-crud-auth does). A string is the Authorization header itself
    (e.g. "Bearer <token>")."""
    if isinstance(auth, tuple):
        passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
        passwords.add_password(None, url, auth[0], auth[1], is_authenticated=False)
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))
        return opener, {"Authorization": f"Basic {token}"}
    return urllib.request.build_opener(), ({"Authorization": auth} if auth else {})


def http_request(url: str, *, method: str = "GET", data: bytes | None = None,
                 headers: Mapping[str, str] | None = None, auth: Auth = None,
                 timeout: float = 120) -> tuple[int, dict[str, str], bytes]:
    """One HTTP exchange; errors name the status, the URL and the start of the server's answer."""
    opener, auth_headers = _opener(url, auth)
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={**(headers or {}), **auth_headers})
    try:
        with opener.open(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as err:
        excerpt = err.read(600).decode("utf-8", "replace").strip()
        hint = " (check the user and password)" if err.code in (401, 403) else ""
        raise PushError(f"{method} {url} failed: HTTP {err.code} {err.reason}{hint}"
                        + (f": {excerpt}" if excerpt else "")) from err
    except urllib.error.URLError as err:
        raise PushError(f"{method} {url} failed: {err.reason}. Is the server running?") from err
    except TimeoutError as err:
        raise PushError(f"{method} {url} timed out after {timeout} s") from err


def graph_store_target(graph_store_url: str, graph: str, *, graph_param: str = "graph") -> str:
    sep = "&" if urllib.parse.urlsplit(graph_store_url).query else "?"
    return f"{graph_store_url}{sep}{urllib.parse.urlencode({graph_param: graph})}"


def push(
    store: Store,
    endpoint_url: str,
    *,
    graph_store_url: str | None = None,
    auth: Auth = None,
    graph_param: str = "graph",
    include_inferred: bool = True,
    timeout: float = 120,
) -> PushReport:
    """PUT every document graph (and the inferred graph) of `store` to a Graph Store Protocol
    endpoint. `endpoint_url` is that endpoint, unless `graph_store_url` is given: then
    `endpoint_url` is the server's SPARQL query endpoint, used only for messages and checks.
    Returns what was sent, per graph."""
    target = graph_store_url or endpoint_url
    report = PushReport(graph_store_url=target)
    names = store.graph_names(include_inferred=include_inferred)
    if not names:
        raise PushError(f"nothing to push: the store at {store.path} has no document graphs")
    headers = {"Content-Type": "text/turtle; charset=utf-8"}
    for name in names:
        triples = [q.triple for q in store.oxigraph.quads_for_pattern(
            None, None, None, ox.NamedNode(name))]
        # Turtle is the one syntax every Graph Store implementation accepts.
        body = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        http_request(graph_store_target(target, name, graph_param=graph_param), method="PUT",
                     data=body, headers=headers, auth=auth, timeout=timeout)
        report.graphs[name] = len(triples)
        log.info("pushed <%s> (%d triples)%s", name, len(triples),
                 " [inferred]" if name == INFERRED_GRAPH else "")
    return report


def query_endpoint(endpoint_url: str, sparql: str, *, params: Mapping[str, str] | None = None,
                   auth: Auth = None, timeout: float = 120) -> tuple[list[str], list[Row]]:
    """Run a SELECT on a remote SPARQL endpoint; rows as text per the CSV contract.

    `params` are bound with a VALUES clause appended to the query (SPARQL 1.1, works anywhere).
    """
    if params:
        names = " ".join(f"?{k.lstrip('?$')}" for k in params)
        values = " ".join(_term_sparql(v) for v in params.values())
        sparql = f"{sparql}\nVALUES ({names}) {{ ({values}) }}"
    status, _, body = http_request(
        endpoint_url, method="POST", data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded",
                 "Accept": "application/sparql-results+json"},
        auth=auth, timeout=timeout)
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise PushError(f"{endpoint_url} did not answer with SPARQL JSON results "
                        f"(HTTP {status}): {body[:200]!r}") from exc
    if "boolean" in data:
        return ["ask"], [{"ask": "true" if data["boolean"] else "false"}]
    variables = list(data["head"]["vars"])
    rows = [{v: (b[v]["value"] if v in b and b[v]["type"] != "bnode" else
                 (f"_:{b[v]['value']}" if v in b else None)) for v in variables}
            for b in data["results"]["bindings"]]
    return variables, rows


def _term_sparql(value: str) -> str:
    if value.startswith(("http://", "https://", "urn:")):
        try:
            return str(ox.NamedNode(value))
        except ValueError as exc:
            raise PushError(f"invalid IRI parameter {value!r}: {exc}") from exc
    return str(ox.Literal(value))
