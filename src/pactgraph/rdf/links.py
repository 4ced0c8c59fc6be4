"""Links across documents: stances that corroborate one another (same statement, several outlets)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from rdflib import Graph

from pactgraph.rdf.build import new_graph, stance_iri
from pactgraph.rdf.namespace import PG
from pactgraph.records import DocRecords, Stance

CORROBORATION_WINDOW = dt.timedelta(days=3)


def _target_identity(records: DocRecords, stance: Stance) -> tuple:
    """The same target across documents: the same actor, agreement or topic key, or a guarantee
    with the same beneficiary and guarantors (guarantee nodes themselves are per document)."""
    if stance.target.kind == "guarantee":
        g = next((g for g in records.guarantees if g.id == stance.target.key), None)
        if g is not None:
            return ("guarantee", g.beneficiary, tuple(sorted(g.guarantors)))
    return (stance.target.kind, stance.target.key)


def corroboration_links(documents: Iterable[DocRecords]) -> Graph:
    """pg:corroborates between stances of the same holder, polarity and target, from different
    documents whose dates lie within CORROBORATION_WINDOW of each other (undated ones match
    undated ones)."""
    groups: dict[tuple, list[tuple[DocRecords, Stance]]] = defaultdict(list)
    for records in documents:
        for st in records.stances:
            groups[(st.holder, st.polarity, _target_identity(records, st))].append((records, st))
    graph = new_graph()
    for members in groups.values():
        for i, (ra, sa) in enumerate(members):
            for rb, sb in members[i + 1:]:
                if ra.article.id == rb.article.id:
                    continue
                da, db = sa.date or ra.article.date, sb.date or rb.article.date
                if (da is None) != (db is None) or (da and db and abs(da - db) > CORROBORATION_WINDOW):
                    continue
                a, b = stance_iri(ra.article.id, sa), stance_iri(rb.article.id, sb)
                graph.add((a, PG.corroborates, b))
                graph.add((b, PG.corroborates, a))
    return graph
