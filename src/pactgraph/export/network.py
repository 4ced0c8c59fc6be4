"""An actor-centred network for graph visualizers (Gephi, Cytoscape, yEd) and the HTML page.

Nodes are actors, agreements, guarantees and the topics stances are about; edges are derived from
the n-ary facts: stances (holder -> target, one edge per holder, target, stance type and polarity,
weighted by how many stances support it), guarantor and beneficiary roles, invocations of
agreements, and co-mentions (two actors named in one sentence). Every edge and node keeps the facts
it came from, each with its evidence sentence, for the HTML page.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import rdflib

from pactgraph import PactgraphError
from pactgraph.export.rdf import atomic_write
from pactgraph.rdf.namespace import NIF, OA, PG
from pactgraph.store import Store

log = logging.getLogger("pactgraph")

# Most specific first: a node typed twice gets the first class that matches.
ACTOR_CLASSES = ("Alliance", "IntergovernmentalOrganization", "Coalition", "MediaOrganization",
                 "GovernmentBody", "Person", "Country", "Organization", "Actor")
AGREEMENT_CLASSES = ("Provision", "Treaty", "Memorandum", "Declaration", "DraftAgreement",
                     "Charter", "Agreement")
OTHER_CLASSES = ("Guarantee", "Topic", "Location")
KIND_OF_CLASS = {
    **dict.fromkeys(ACTOR_CLASSES, "actor"),
    **dict.fromkeys(AGREEMENT_CLASSES, "agreement"),
    "Guarantee": "guarantee", "Topic": "topic", "Location": "location",
}
# Kinds that are nodes whether or not an edge touches them; locations only as edge ends.
NODE_KINDS = ("actor", "agreement", "guarantee", "topic")
NETWORK_FORMATS = {".graphml": "graphml", ".gexf": "gexf", ".cyjs": "cytoscape",
                   ".json": "cytoscape"}

_PREFIXES = f"""
PREFIX pg: <{PG._NS}>
PREFIX nif: <{NIF}>
PREFIX oa: <{OA}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


class NetworkError(PactgraphError):
    pass


@dataclass(slots=True)
class Fact:
    """One fact behind a node or edge, with its evidence: `highlights` are (start, end) offsets
    into the sentence text (not the article)."""

    id: str
    kind: str
    summary: str
    doc: str | None = None
    date: str | None = None
    sentence: str | None = None
    highlights: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Network:
    graph: nx.MultiDiGraph
    facts: dict[str, Fact]
    node_facts: dict[str, list[str]]
    edge_facts: dict[str, list[str]]
    documents: dict[str, dict[str, str | None]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Plain data for the HTML page."""
        nodes = [{"id": n, **attrs} for n, attrs in self.graph.nodes(data=True)]
        edges = [{"source": u, "target": v, **attrs}
                 for u, v, attrs in self.graph.edges(data=True)]
        return {
            "nodes": nodes,
            "edges": edges,
            "facts": {k: _fact_json(f) for k, f in self.facts.items()},
            "nodeFacts": self.node_facts,
            "edgeFacts": self.edge_facts,
            "documents": self.documents,
        }


def _fact_json(f: Fact) -> dict[str, Any]:
    return {"kind": f.kind, "summary": f.summary, "doc": f.doc, "date": f.date,
            "sentence": f.sentence, "highlights": [list(h) for h in f.highlights]}


def local_name(iri: str | None) -> str:
    if not iri:
        return ""
    return iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _values(classes: Iterable[str]) -> str:
    return " ".join(f"pg:{c}" for c in classes)


def _as_store(source: Store | str | Path | rdflib.Graph) -> Store:
    return source if isinstance(source, Store) else Store.from_rdf(source)


def build_network(source: Store | str | Path | rdflib.Graph, *,
                  include_inferred: bool = False) -> Network:
    """Read the network off a store, a graph file or an rdflib graph (SPARQL SELECTs, then
    networkx)."""
    store = _as_store(source)

    def select(body: str) -> list[dict[str, str | None]]:
        return store.query(_PREFIXES + body, include_inferred=include_inferred)[1]

    # Entities: label, most specific class, Wikidata id.
    entities: dict[str, dict[str, str]] = {}
    rank = {c: i for i, c in enumerate(ACTOR_CLASSES + AGREEMENT_CLASSES + OTHER_CLASSES)}
    for r in select(f"""
        SELECT DISTINCT ?e ?class ?label ?wd WHERE {{
          VALUES ?class {{ {_values(rank)} }}
          ?e a ?class .
          OPTIONAL {{ ?e rdfs:label ?label }} OPTIONAL {{ ?e skos:prefLabel ?label }}
          OPTIONAL {{ ?e pg:wikidata ?wd }} }}"""):
        e, cls = r["e"] or "", local_name(r["class"])
        known = entities.get(e)
        if known is None or rank[cls] < rank[known["type"]] or (
            cls == known["type"] and r["label"] and (r["label"] or "") < known["label"]
        ):
            entities[e] = {
                "label": r["label"] or local_name(e),
                "type": cls,
                "kind": KIND_OF_CLASS[cls],
                "wikidata": local_name(r["wd"]) if r["wd"] else "",
                "iri": e,
            }

    g = nx.MultiDiGraph()
    for e, attrs in sorted(entities.items()):
        if attrs["kind"] in NODE_KINDS:
            g.add_node(e, **attrs)

    def ensure_node(iri: str) -> None:
        if iri not in g:
            attrs = entities.get(iri) or {"label": local_name(iri), "type": "", "kind": "other",
                                          "wikidata": "", "iri": iri}
            g.add_node(iri, **attrs)

    def label(iri: str | None) -> str:
        if not iri:
            return "?"
        return entities.get(iri, {}).get("label") or local_name(iri)

    evidence = _evidence(select)
    facts: dict[str, Fact] = {}
    node_facts: dict[str, list[str]] = defaultdict(list)
    edge_facts: dict[str, list[str]] = defaultdict(list)

    def add_fact(fid: str, kind: str, summary: str, *, date: str | None = None) -> Fact:
        ev = evidence.get(fid, {})
        fact = Fact(id=fid, kind=kind, summary=summary, doc=ev.get("doc"),
                    date=date or ev.get("docDate"), sentence=ev.get("sentence"),
                    highlights=list(ev.get("highlights", [])))
        facts[fid] = fact
        return fact

    # Stances -> one edge per (holder, target, stance type, polarity).
    groups: dict[tuple[str, str, str, str], list[Fact]] = defaultdict(list)
    for r in select("""
        SELECT DISTINCT ?st ?holder ?target ?stype ?pol ?date WHERE {
          ?st a pg:Stance ; pg:stanceHolder ?holder ; pg:target ?target .
          OPTIONAL { ?st pg:stanceType ?stype } OPTIONAL { ?st pg:polarity ?pol }
          OPTIONAL { ?st pg:date ?date } } ORDER BY ?st"""):
        st, holder, target = r["st"] or "", r["holder"] or "", r["target"] or ""
        stype, pol = local_name(r["stype"]) or "stance", local_name(r["pol"]) or "neutral"
        fact = add_fact(st, "stance",
                        f"{label(holder)} {stype} ({pol}): {label(target)}", date=r["date"])
        groups[(holder, target, stype, pol)].append(fact)
        node_facts[holder].append(st)
        node_facts[target].append(st)
    for (holder, target, stype, pol), group in sorted(groups.items()):
        ensure_node(holder)
        ensure_node(target)
        key = f"stance|{holder}|{target}|{stype}|{pol}"
        g.add_edge(holder, target, key=key, id=key, kind="stance", label=stype, stanceType=stype,
                   polarity=pol, **_edge_attrs(group))
        edge_facts[key] = [f.id for f in group]

    # Guarantees -> guarantor -> guarantee, guarantee -> beneficiary, guarantee -> threat.
    roles: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
    for r in select("""
        SELECT DISTINCT ?gu ?role ?actor ?status WHERE {
          VALUES ?role { pg:guarantor pg:beneficiary pg:guardsAgainst }
          ?gu a pg:Guarantee ; ?role ?actor .
          OPTIONAL { ?gu pg:guaranteeStatus ?status } } ORDER BY ?gu"""):
        gu, role, actor = r["gu"] or "", local_name(r["role"]), r["actor"] or ""
        status = local_name(r["status"])
        fact = facts.get(gu) or add_fact(
            gu, "guarantee", f"{label(gu)}" + (f" ({status})" if status else ""))
        node_facts[gu].append(gu)
        node_facts[actor].append(gu)
        src, dst = (actor, gu) if role == "guarantor" else (gu, actor)
        roles[(src, dst, role)].append(fact)
    for (src, dst, role), group in sorted(roles.items()):
        ensure_node(src)
        ensure_node(dst)
        key = f"{role}|{src}|{dst}"
        g.add_edge(src, dst, key=key, id=key, kind=role, label=role, **_edge_attrs(group))
        edge_facts[key] = [f.id for f in group]

    # Invocations -> invoker -> agreement.
    invocations: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for r in select("""
        SELECT DISTINCT ?inv ?invoker ?agreement WHERE {
          ?inv a pg:Invocation ; pg:invokedAgreement ?agreement .
          OPTIONAL { ?inv pg:invoker ?invoker } } ORDER BY ?inv"""):
        inv, agreement = r["inv"] or "", r["agreement"] or ""
        who = r["invoker"]
        fact = add_fact(inv, "invocation", f"{label(who) if who else 'someone'} invokes "
                                           f"{label(agreement)}")
        node_facts[agreement].append(inv)
        if who:
            node_facts[who].append(inv)
            invocations[(who, agreement)].append(fact)
    for (who, agreement), group in sorted(invocations.items()):
        ensure_node(who)
        ensure_node(agreement)
        key = f"invokes|{who}|{agreement}"
        g.add_edge(who, agreement, key=key, id=key, kind="invokes", label="invokes",
                   **_edge_attrs(group))
        edge_facts[key] = [f.id for f in group]

    # Quotes: facts of their speaker (no edge).
    for r in select("""
        SELECT DISTINCT ?q ?speaker ?text WHERE {
          ?q a pg:Quote ; pg:speaker ?speaker . OPTIONAL { ?q pg:quoteText ?text } }
        ORDER BY ?q"""):
        q, speaker = r["q"] or "", r["speaker"] or ""
        add_fact(q, "quote", f"{label(speaker)}: \u201c{r['text'] or ''}\u201d")
        node_facts[speaker].append(q)

    # Mentions: facts of what they mention; actors named in one sentence -> co-mention edges.
    by_sentence: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in select("""
        SELECT DISTINCT ?m ?e ?sent WHERE {
          ?m a pg:Mention ; pg:mentionOf ?e . OPTIONAL { ?m pg:inSentence ?sent } }
        ORDER BY ?m"""):
        m, e = r["m"] or "", r["e"] or ""
        if e not in g:
            continue
        add_fact(m, "mention", f"{label(e)} named")
        node_facts[e].append(m)
        if r["sent"] and entities.get(e, {}).get("kind") == "actor":
            by_sentence[r["sent"]][e].append(m)
    pairs: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    for sent, actors in sorted(by_sentence.items()):
        for a, b in itertools.combinations(sorted(actors), 2):
            mentions = actors[a] + actors[b]
            first = facts[mentions[0]]
            fid = f"comention|{sent}|{a}|{b}"
            facts[fid] = Fact(
                id=fid, kind="co-mention", summary=f"{label(a)} and {label(b)} named together",
                doc=first.doc, date=first.date, sentence=first.sentence,
                highlights=sorted(h for m in mentions for h in facts[m].highlights),
            )
            pairs[(a, b)].append(facts[fid])
    for (a, b), group in sorted(pairs.items()):
        key = f"comention|{a}|{b}"
        g.add_edge(a, b, key=key, id=key, kind="co-mention", label="co-mention",
                   **_edge_attrs(group))
        edge_facts[key] = [f.id for f in group]

    documents = {
        r["doc"] or "": {"title": r["title"], "date": r["date"], "source": r["source"]}
        for r in select("""
            SELECT ?doc (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) (SAMPLE(?s) AS ?source)
            WHERE { ?a a pg:Article ; pg:documentId ?doc .
                    OPTIONAL { ?a dcterms:title ?t } OPTIONAL { ?a dcterms:issued ?d }
                    OPTIONAL { ?a dcterms:source ?s } } GROUP BY ?doc""")
    }

    # Each node's facts once, in a stable order: facts first, then mentions.
    order = {"stance": 0, "guarantee": 1, "invocation": 2, "quote": 3, "mention": 4}
    tidy = {
        n: sorted(dict.fromkeys(ids), key=lambda i: (order.get(facts[i].kind, 9),
                                                     facts[i].date or "", i))
        for n, ids in node_facts.items() if n in g
    }
    log.info("network: %d nodes, %d edges, %d facts", g.number_of_nodes(),
             g.number_of_edges(), len(facts))
    return Network(graph=g, facts=facts, node_facts=tidy, edge_facts=dict(edge_facts),
                   documents=documents)


def _edge_attrs(group: list[Fact]) -> dict[str, Any]:
    """What every edge carries: weight, source documents, first and last date of its facts."""
    attrs: dict[str, Any] = {"weight": len(group), "sources": _sources(group)}
    dates = sorted(f.date for f in group if f.date)
    if dates:
        attrs["date"], attrs["dateLast"] = dates[0], dates[-1]
    return attrs


def _sources(group: Iterable[Fact]) -> str:
    # GraphML and GEXF attributes are scalars: documents as one space-separated string.
    return " ".join(sorted({f.doc for f in group if f.doc}))


def _evidence(select: Any) -> dict[str, dict[str, Any]]:
    """fact IRI -> {doc, docDate, sentence, highlights} for every fact with a sentence."""
    out: dict[str, dict[str, Any]] = {}
    for r in select("""
        SELECT DISTINCT ?f ?doc ?docDate ?text ?begin ?start ?end WHERE {
          ?f pg:inSentence ?s .
          OPTIONAL { ?s nif:anchorOf ?text } OPTIONAL { ?s nif:beginIndex ?begin }
          OPTIONAL { ?f pg:inArticle ?a . ?a pg:documentId ?doc .
                     OPTIONAL { ?a dcterms:issued ?docDate } }
          OPTIONAL { ?f pg:evidence ?an . ?an oa:hasSelector ?sel .
                     ?sel oa:start ?start ; oa:end ?end } }"""):
        ev = out.setdefault(r["f"] or "", {"doc": r["doc"], "docDate": r["docDate"],
                                           "sentence": r["text"], "highlights": []})
        text = r["text"] or ""
        try:
            start = int(r["start"] or "") - int(r["begin"] or "")
            end = int(r["end"] or "") - int(r["begin"] or "")
        except ValueError:
            continue
        # Evidence outside its sentence would highlight the wrong words: drop it.
        if 0 <= start < end <= len(text) and (start, end) not in ev["highlights"]:
            ev["highlights"].append((start, end))
    return out


# --- writers -------------------------------------------------------------------------------


def network_format(path: str | Path, format: str | None = None) -> str:
    if format:
        if format not in ("graphml", "gexf", "cytoscape"):
            raise NetworkError(f"unknown network format {format!r}: graphml, gexf or cytoscape")
        return format
    suffix = Path(path).suffix.lower()
    if suffix not in NETWORK_FORMATS:
        raise NetworkError(f"cannot tell the network format of {path}: use .graphml, .gexf or "
                           ".cyjs")
    return NETWORK_FORMATS[suffix]


def write_network(network: Network | nx.MultiDiGraph, out_path: str | Path,
                  format: str | None = None) -> Path:
    """Write graphml (yEd, Gephi), gexf (Gephi) or cytoscape JSON (Cytoscape desktop `.cyjs`,
    Cytoscape.js)."""
    fmt = network_format(out_path, format)
    g = network.graph if isinstance(network, Network) else network

    def write(fh: Any) -> None:
        if fmt == "graphml":
            nx.write_graphml(g, fh, encoding="utf-8", prettyprint=True)
        elif fmt == "gexf":
            nx.write_gexf(g, fh, encoding="utf-8", prettyprint=True)
        else:
            fh.write(json.dumps(nx.cytoscape_data(g, name="label"), ensure_ascii=False,
                                indent=1).encode("utf-8"))

    return atomic_write(out_path, write)


def export_network(source: Store | str | Path | rdflib.Graph, out_path: str | Path,
                   format: str | None = None, *, include_inferred: bool = False) -> Path:
    return write_network(build_network(source, include_inferred=include_inferred), out_path,
                         format)
