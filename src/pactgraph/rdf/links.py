"""Links across documents: stances that corroborate one another (same statement, several outlets).

Two entry points share one rule: `corroboration_links` over freshly built records, and
`corroboration_links_in_store` over everything a store holds (so incremental builds link new
documents to old ones).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Graph, URIRef

from pactgraph.rdf.build import new_graph, stance_iri
from pactgraph.rdf.namespace import PG
from pactgraph.records import DocRecords, Stance

CORROBORATION_WINDOW = dt.timedelta(days=3)


@dataclass(frozen=True, slots=True)
class StanceKey:
    """What makes two stances the same statement, wherever they were read."""

    stance: URIRef
    doc: str
    holder: str
    polarity: str
    target: tuple
    date: dt.date | None


def _target_identity(records: DocRecords, stance: Stance) -> tuple:
    """The same target across documents: the same actor, agreement or topic key, or a guarantee
    with the same beneficiary and guarantors (guarantee nodes themselves are per document)."""
    if stance.target.kind == "guarantee":
        g = next((g for g in records.guarantees if g.id == stance.target.key), None)
        if g is not None:
            return ("guarantee", g.beneficiary, tuple(sorted(g.guarantors)))
    return (stance.target.kind, stance.target.key)


def link(keys: Iterable[StanceKey]) -> Graph:
    """pg:corroborates between stances of the same holder, polarity and target from different
    documents whose dates lie within CORROBORATION_WINDOW (undated ones match undated ones)."""
    groups: dict[tuple, list[StanceKey]] = defaultdict(list)
    for key in keys:
        groups[(key.holder, key.polarity, key.target)].append(key)
    graph = new_graph()
    for members in groups.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.doc == b.doc:
                    continue
                if (a.date is None) != (b.date is None):
                    continue
                if a.date and b.date and abs(a.date - b.date) > CORROBORATION_WINDOW:
                    continue
                graph.add((a.stance, PG.corroborates, b.stance))
                graph.add((b.stance, PG.corroborates, a.stance))
    return graph


def corroboration_links(documents: Iterable[DocRecords]) -> Graph:
    def keys() -> Iterable[StanceKey]:
        for records in documents:
            doc = records.article.id
            for st in records.stances:
                yield StanceKey(stance_iri(doc, st), doc, st.holder, st.polarity,
                                _target_identity(records, st), st.date or records.article.date)

    return link(keys())


STANCE_KEYS_QUERY = """
PREFIX pg: <https://w3id.org/pactgraph/ontology#>
SELECT ?stance ?doc ?holder ?polarity ?target ?beneficiary
       (GROUP_CONCAT(DISTINCT STR(?guarantor); separator=" ") AS ?guarantors) ?date
WHERE {
  ?stance a pg:Stance ; pg:stanceHolder ?holder ; pg:polarity ?polarity ; pg:target ?target ;
          pg:inArticle/pg:documentId ?doc .
  OPTIONAL { ?stance pg:date ?date }
  OPTIONAL { ?target a pg:Guarantee . OPTIONAL { ?target pg:beneficiary ?beneficiary }
             OPTIONAL { ?target pg:guarantor ?guarantor } BIND(true AS ?isGuarantee) }
}
GROUP BY ?stance ?doc ?holder ?polarity ?target ?beneficiary ?date
"""


def corroboration_links_in_store(store) -> Graph:
    """The same rule over every document a `pactgraph.store.Store` holds."""
    _, rows = store.query(STANCE_KEYS_QUERY, include_inferred=False)
    guarantees = set()
    _, grows = store.query("PREFIX pg: <https://w3id.org/pactgraph/ontology#> "
                           "SELECT DISTINCT ?g WHERE { ?g a pg:Guarantee }", include_inferred=False)
    guarantees = {r["g"] for r in grows}

    def keys() -> Iterable[StanceKey]:
        for r in rows:
            if r["target"] in guarantees:
                guarantors = tuple(sorted((r["guarantors"] or "").split()))
                target: tuple = ("guarantee", r["beneficiary"], guarantors)
            else:
                target = ("node", r["target"])
            date = dt.date.fromisoformat(r["date"][:10]) if r["date"] else None
            yield StanceKey(URIRef(r["stance"]), r["doc"], r["holder"], r["polarity"], target, date)

    return link(keys())
