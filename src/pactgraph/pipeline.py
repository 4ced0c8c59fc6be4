"""build(): ingest -> nlp -> extract -> rdf, one document at a time, nothing lost on the way."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import NamespaceManager
from spacy.language import Language

from pactgraph.extract import extract
from pactgraph.ingest import Rejected, read_articles
from pactgraph.nlp import DEFAULT_MODEL, load_nlp
from pactgraph.rdf import iris
from pactgraph.rdf.build import PREFIXES, build_document_graph, new_graph
from pactgraph.rdf.links import corroboration_links
from pactgraph.records import Article, DocRecords

log = logging.getLogger("pactgraph")

MAX_CHARS = 1_000_000  # spaCy's default max_length; longer articles are reported, not cut silently


@dataclass(slots=True)
class DocumentResult:
    article: Article
    records: DocRecords
    graph: Graph


@dataclass(slots=True)
class BuildSummary:
    documents: list[DocumentResult] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    skipped: list[Article] = field(default_factory=list)  # unchanged since the last build


def _lookups() -> dict[str, Callable]:
    """Lookups from the curated KB for what a document refers to only indirectly: an
    agreement's parties, a provision's treaty, the dates of an office holder's term."""
    from pactgraph.kb import load_kb
    from pactgraph.nlp.agreements import load_agreement_kb

    kb, agreements = load_kb(), load_agreement_kb()

    def entity(key: str):
        info = kb.get(key)
        return info.entity() if info else None

    def term(person: str, office: str, day):
        info = kb.get(person)
        for t in info.terms if info else ():
            if t.office == office and (day is None or t.covers(day)):
                return t.start, t.end
        return None

    return {"entity_lookup": entity, "agreement_lookup": agreements.infos.get, "term_lookup": term}


def read_records(
    articles: Iterable[Article], *, nlp: Language, batch_size: int = 16
) -> Iterator[DocRecords | Rejected]:
    """Run the NLP pipeline over articles in this process; failures become Rejected."""

    def docs() -> Iterator:
        for article in articles:
            text = article.clean_text if article.clean_text is not None else article.text
            if len(text) > MAX_CHARS:
                pending.append(Rejected(article.path or article.id, article.id,
                                        f"{len(text)} characters is over the {MAX_CHARS} limit; split the article"))
                continue
            doc = nlp.make_doc(text)
            doc._.pg_article = article
            yield doc

    pending: list[Rejected] = []

    def on_component_error(name: str, component: object, failed: list, exc: Exception) -> None:
        # spaCy drops a document whose component raised; record it so nothing is lost
        for doc in failed:
            article = doc._.pg_article
            log.error("component %s failed on %s: %s", name, article.id, exc)
            pending.append(Rejected(article.path or article.id, article.id,
                                    f"NLP component {name} failed: {type(exc).__name__}: {exc}"))

    nlp.default_error_handler = on_component_error  # used for our plain-callable components
    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield from pending
        pending.clear()
        article: Article = doc._.pg_article
        try:
            yield extract(doc, article)
        except Exception as exc:  # one bad document must not sink a corpus: report it
            log.exception("extraction failed for %s", article.id)
            yield Rejected(article.path or article.id, article.id, f"extraction failed: {type(exc).__name__}: {exc}")
    yield from pending


_WORKER_NLP: Language | None = None


def _worker_init(model: str) -> None:
    global _WORKER_NLP
    _WORKER_NLP = load_nlp(model)


def _worker_records(articles: list[Article], batch_size: int) -> list[DocRecords | Rejected]:
    assert _WORKER_NLP is not None
    return list(read_records(articles, nlp=_WORKER_NLP, batch_size=batch_size))


def _parallel_records(
    articles: Iterable[Article], *, model: str, batch_size: int, n_process: int
) -> Iterator[DocRecords | Rejected]:
    """Each worker process loads the pipeline once and returns plain records (they pickle;
    spaCy's own multiprocessing would have to serialize our extension attributes). At most
    two chunks per worker are in flight, so memory stays flat on big corpora; order is kept."""
    import concurrent.futures as cf
    import multiprocessing as mp
    from collections import deque
    from itertools import islice

    source = iter(articles)
    context = mp.get_context("spawn")  # never fork a process holding a loaded model
    with cf.ProcessPoolExecutor(n_process, mp_context=context, initializer=_worker_init,
                                initargs=(model,)) as pool:
        in_flight: deque = deque()
        while True:
            while len(in_flight) < 2 * n_process:
                chunk = list(islice(source, batch_size))
                if not chunk:
                    break
                in_flight.append(pool.submit(_worker_records, chunk, batch_size))
            if not in_flight:
                return
            yield from in_flight.popleft().result()


def process(
    articles: Iterable[Article],
    *,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[DocumentResult | Rejected]:
    """NLP and extraction (in `n_process` worker processes when > 1), then the RDF mapping here;
    failures become Rejected."""
    lookups = _lookups()
    if n_process > 1:
        items = _parallel_records(articles, model=model, batch_size=batch_size, n_process=n_process)
    else:
        items = read_records(articles, nlp=nlp or load_nlp(model), batch_size=batch_size)
    for item in items:
        if isinstance(item, Rejected):
            yield item
            continue
        try:
            graph = build_document_graph(item, **lookups)
        except Exception as exc:  # one bad document must not sink a corpus: report it
            article = item.article
            log.exception("RDF mapping failed for %s", article.id)
            yield Rejected(article.path or article.id, article.id, f"RDF mapping failed: {type(exc).__name__}: {exc}")
            continue
        yield DocumentResult(article=item.article, records=item, graph=graph)


def build(
    inputs: Sequence[str | Path],
    *,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
    batch_size: int = 16,
    n_process: int = 1,
    on_item: Callable[[DocumentResult | Rejected], None] | None = None,
    on_total: Callable[[int], object] | None = None,
    skip: Callable[[Article], bool] | None = None,
) -> BuildSummary:
    """Read inputs and build one graph per document; every input ends up built or rejected."""
    if nlp is None and n_process <= 1:
        nlp = load_nlp(model)
    summary = BuildSummary()
    articles: list[Article] = []
    for item in read_articles(inputs):
        if isinstance(item, Rejected):
            summary.rejected.append(item)
            if on_item:
                on_item(item)
        elif skip is not None and skip(item):
            summary.skipped.append(item)
        else:
            articles.append(item)
    if on_total:
        on_total(len(articles) + len(summary.rejected))
    for item in process(articles, nlp=nlp, model=model, batch_size=batch_size, n_process=n_process):
        if isinstance(item, Rejected):
            summary.rejected.append(item)
        else:
            summary.documents.append(item)
        if on_item:
            on_item(item)
    return summary


LINKS_GRAPH = "links"


def to_dataset(documents: Sequence[DocumentResult]) -> Dataset:
    """All documents, each in its own named graph, and the cross-document links in graph/links."""
    ds = Dataset()
    ds.namespace_manager = NamespaceManager(ds, bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True)
    for result in documents:
        named = ds.graph(iris.graph_iri(result.article.id))
        for triple in result.graph:
            named.add(triple)
    links = ds.graph(iris.graph_iri(LINKS_GRAPH))
    for triple in corroboration_links(d.records for d in documents):
        links.add(triple)
    return ds


def merge(documents: Sequence[DocumentResult]) -> Graph:
    """All documents and the cross-document links in one graph (for Turtle / N-Triples output)."""
    graph = new_graph()
    for result in documents:
        graph += result.graph
    graph += corroboration_links(d.records for d in documents)
    return graph


def build_graph(paths: Sequence[str | Path], *, model: str | None = None, nlp: Language | None = None) -> Graph:
    """Convenience for evaluation and tests: build the inputs and return one merged graph."""
    summary = build(paths, model=model or DEFAULT_MODEL, nlp=nlp)
    return merge(summary.documents)
