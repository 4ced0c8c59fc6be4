"""Split a merged graph back into per-document graphs (for per-document validation)."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF

from pactgraph.rdf.namespace import PG

CROSS_DOCUMENT = {PG.corroborates, PG.contradicts}


def split_by_document(data: Graph) -> Iterator[tuple[str, Graph]]:
    """(document id, graph) for every article: the article, the facts read from it, and what
    those facts point to (sentences, anchors, actors), without crossing into other articles.
    Named graphs of a Dataset are used as they are; triples reached from no article come last
    as "(no document)"."""
    if isinstance(data, Dataset):
        named = [g for g in data.graphs() if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID]
        if named:
            for graph in named:
                yield str(graph.identifier).rstrip("/").rsplit("/", 1)[-1], graph
            return
        flat = Graph()
        for triple in data.triples((None, None, None)):
            flat.add(triple)
        data = flat
    articles = set(data.subjects(RDF.type, PG.Article))
    covered: set = set()
    for article in sorted(articles):
        doc_id = str(data.value(article, PG.documentId) or str(article).rsplit("/", 1)[-1])
        part = Graph()
        seen = {article}
        queue = [article, *data.subjects(PG.inArticle, article)]
        while queue:
            node = queue.pop()
            for triple in data.triples((node, None, None)):
                covered.add(triple)
                if triple[1] in CROSS_DOCUMENT:  # links into other documents' facts stay out
                    continue
                part.add(triple)
                obj = triple[2]
                if isinstance(obj, (URIRef, BNode)) and obj not in seen and obj not in articles:
                    seen.add(obj)
                    queue.append(obj)
            seen.add(node)
        yield doc_id, part
    rest = Graph()
    for triple in data:
        if triple not in covered and triple[0] not in articles:
            rest.add(triple)
    if len(rest):
        yield "(no document)", rest
