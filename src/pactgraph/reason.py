"""OWL reasoning with owlready2 + HermiT: consistency per batch of documents, and inferred triples.

The data graph is split into documents (everything read from one article plus the descriptions of
the actors, agreements and concepts it uses), documents are reasoned over in batches together with
`ontology/pactgraph.ttl`, and what HermiT entails that the input did not say (classes, inverse
edges, super-property edges, property chains) is returned as one rdflib Graph, meant for the named
graph `INFERRED_GRAPH`.

What HermiT cannot see is dropped before reasoning: literals outside the OWL 2 datatype map
(xsd:date, xsd:gYear: HermiT rejects them), Wikidata links and SKOS links (annotations with no
logical content; a wrong owl:sameAs-like link would merge individuals), ill-typed literals; and,
for speed, text payload (evidence anchors, selectors, non-pg literals), which SHACL checks.

When a batch is inconsistent, HermiT does not say why. We then (1) check the input explicitly for
the usual causes (one IRI in two disjoint classes, e.g. NER typing a name both Person and Country;
two values of a functional property that cannot be the same) and (2) bisect the batch down to
single documents, so every consistent document still contributes its inferences and every
inconsistent one is named. Findings quote the sentences (nif:anchorOf) where the offending IRI is
mentioned, with their document ids.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import owlready2
from rdflib import OWL, RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from pactgraph import PactgraphError
from pactgraph.rdf.namespace import GRAPH, NIF, OA, PG, SDO, WD

log = logging.getLogger("pactgraph")

INFERRED_GRAPH = URIRef(f"{GRAPH}inferred")
"""Named graph the inferred triples belong in, apart from the per-document graphs."""

# OWL 2 datatype map (plus rdf:langString): anything else makes HermiT refuse the ontology.
_OWL2_DATATYPES = {
    RDF.PlainLiteral,
    RDF.XMLLiteral,
    RDF.langString,
    RDFS.Literal,
    OWL.real,
    OWL.rational,
    *(
        XSD[n]
        for n in (
            "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger "
            "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte double float "
            "string normalizedString token language Name NCName NMTOKEN boolean hexBinary "
            "base64Binary anyURI dateTime dateTimeStamp"
        ).split()
    ),
}
_DROPPED_PREDICATES = {PG.wikidata, SDO.sameAs}
_SKOS = str(SKOS)
# Where a fact points at the article it was read from.
_ARTICLE_LINKS = (PG.inArticle, PROV.wasDerivedFrom, OA.hasSource)


class ReasonError(PactgraphError):
    pass


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that shows where an offending IRI came from."""

    document: str
    sentence: str | None
    text: str | None = None  # the mention's own words, when known


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # disjoint-classes | functional-clash | inconsistent-document | inconsistent-batch
    message: str
    subject: str | None = None
    documents: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(slots=True)
class ReasonReport:
    consistent: bool
    findings: list[Finding] = field(default_factory=list)
    inferred: Graph = field(default_factory=Graph)
    documents: int = 0
    batches: int = 0
    reasoner_runs: int = 0
    input_triples: int = 0
    dropped_triples: int = 0  # not given to HermiT (see _reasonable)
    seconds: float = 0.0

    @property
    def text(self) -> str:
        head = (
            f"{'Consistent' if self.consistent else 'INCONSISTENT'}: {self.documents} documents, "
            f"{self.input_triples} triples in, {len(self.inferred)} inferred, "
            f"{self.reasoner_runs} HermiT runs in {self.seconds:.1f} s"
        )
        return "\n".join([head, *(f"- [{f.kind}] {f.message}" for f in self.findings)])


# --------------------------------------------------------------------------------------------
# The ontology, as rdflib sees it (for splitting, explicit checks and materialising inverses)
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Schema:
    graph: Graph
    terms: set[Node]
    superclasses: dict[Node, set[Node]]  # reflexive-transitive, named classes only
    disjoint: set[frozenset[Node]]
    domains: dict[Node, Node]
    ranges: dict[Node, Node]
    functional: set[Node]
    object_properties: set[Node]
    superproperties: dict[Node, set[Node]]  # reflexive-transitive
    inverse: dict[Node, Node]
    symmetric: set[Node]
    distinct: set[frozenset[Node]]  # pairs of individuals declared different (SKOS concepts)


def _closure(edges: dict[Node, set[Node]], start: Node) -> set[Node]:
    seen, todo = {start}, [start]
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def _schema(ontology: Graph) -> _Schema:
    named = lambda n: isinstance(n, URIRef)  # noqa: E731
    sub: dict[Node, set[Node]] = defaultdict(set)
    for s, o in ontology.subject_objects(RDFS.subClassOf):
        if named(s) and named(o):
            sub[s].add(o)
    classes = {s for s in ontology.subjects(RDF.type, OWL.Class) if named(s)}
    disjoint = {frozenset((a, b)) for a, b in ontology.subject_objects(OWL.disjointWith)}
    for node in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(ontology.items(ontology.value(node, OWL.members)))
        disjoint.update(frozenset(p) for p in combinations(members, 2))
    subp: dict[Node, set[Node]] = defaultdict(set)
    for s, o in ontology.subject_objects(RDFS.subPropertyOf):
        subp[s].add(o)
    inverse: dict[Node, Node] = {}
    for a, b in ontology.subject_objects(OWL.inverseOf):
        if named(a) and named(b):
            inverse[a], inverse[b] = b, a
    distinct: set[frozenset[Node]] = set()
    for node in ontology.subjects(RDF.type, OWL.AllDifferent):
        members = list(ontology.items(ontology.value(node, OWL.distinctMembers)))
        distinct.update(frozenset(p) for p in combinations(members, 2))
    objprops = set(ontology.subjects(RDF.type, OWL.ObjectProperty))
    return _Schema(
        graph=ontology,
        terms={s for s in ontology.subjects() if named(s)},
        superclasses={c: {x for x in _closure(sub, c) if named(x)} for c in classes},
        disjoint=disjoint,
        domains={p: d for p, d in ontology.subject_objects(RDFS.domain) if named(d)},
        ranges={
            p: r for p, r in ontology.subject_objects(RDFS.range) if named(r) and p in objprops
        },
        functional=set(ontology.subjects(RDF.type, OWL.FunctionalProperty)),
        object_properties=objprops,
        superproperties={p: _closure(subp, p) for p in objprops},
        inverse=inverse,
        symmetric=set(ontology.subjects(RDF.type, OWL.SymmetricProperty)),
        distinct=distinct,
    )


# --------------------------------------------------------------------------------------------
# Splitting the data into documents
# --------------------------------------------------------------------------------------------


def _union(graph: Graph) -> Graph:
    """A Dataset (one named graph per document) becomes one graph; a Graph is used as is."""
    if isinstance(graph, (Dataset, ConjunctiveGraph)):
        union = Graph()
        for s, p, o, _ in graph.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return graph


def document_id(graph: Graph, article: Node) -> str:
    for pred in (PG.documentId, DCTERMS.identifier):
        value = graph.value(article, pred)
        if value is not None:
            return str(value)
    return str(article).rsplit("/", 1)[-1]


def split_documents(graph: Graph, schema: _Schema | None = None) -> dict[str, set[tuple]]:
    """Document id -> the triples needed to reason about it on its own.

    A document owns its article and every node pointing at the article (sentences, mentions,
    facts, anchors); it also gets the full description of every other node those reach (actors,
    agreements, offices, selectors), except nodes owned by another document, of which it only
    gets the types. Triples reached from no article go to a pseudo-document "(no document)"."""
    articles = list(graph.subjects(RDF.type, PG.Article))
    owner: dict[Node, Node] = {a: a for a in articles}
    for article in articles:
        for link in _ARTICLE_LINKS:
            for node in graph.subjects(link, article):
                owner.setdefault(node, article)
    owned: dict[Node, list[Node]] = defaultdict(list)
    for node, article in owner.items():
        owned[article].append(node)
    ontology_terms = schema.terms if schema else set()
    docs: dict[str, set[tuple]] = {}
    covered: set[Node] = set()
    for article in articles:
        triples: set[tuple] = set()
        todo = list(owned[article])
        seen = set(todo)
        while todo:
            node = todo.pop()
            covered.add(node)
            for _, p, o in graph.triples((node, None, None)):
                triples.add((node, p, o))
                if isinstance(o, Literal) or o in seen or o in ontology_terms or p == RDF.type:
                    continue
                seen.add(o)
                if owner.get(o, article) != article:
                    triples.update(graph.triples((o, RDF.type, None)))
                else:
                    todo.append(o)
        docs[document_id(graph, article)] = triples
    rest = {t for t in graph if t[0] not in covered and t[0] not in ontology_terms}
    if rest:
        docs["(no document)"] = rest
    return docs


def _batches(docs: dict[str, set[tuple]], size: int) -> Iterator[list[str]]:
    ids = list(docs)
    for i in range(0, len(ids), max(1, size)):
        yield ids[i : i + size]


# --------------------------------------------------------------------------------------------
# HermiT through owlready2
# --------------------------------------------------------------------------------------------


_ANCHOR_CLASSES = (OA.SpecificResource, OA.TextPositionSelector, OA.TextQuoteSelector)


def _anchors(graph: Graph) -> set[Node]:
    """Evidence anchors and their selectors: offsets and quoted text, nothing to reason about."""
    found: set[Node] = set()
    for cls in _ANCHOR_CLASSES:
        found.update(graph.subjects(RDF.type, cls))
    found.update(graph.objects(None, OA.hasSelector))
    return found


def _reasonable(triple: tuple, anchors: set[Node] | frozenset = frozenset()) -> bool:
    """Whether HermiT gets this triple. Left out: what it rejects (literals outside the OWL 2
    datatype map, ill-typed literals), links with no logical content that could only mislead it
    (Wikidata, SKOS), and, for speed, text payload: anchors and their selectors, and literals of
    properties outside pg: (titles, sentence text, offsets). Measured on 100 synthetic documents,
    HermiT took 12 s instead of 29 s; SHACL checks all of those."""
    s, p, o = triple
    if s in anchors:
        return False
    if p in _DROPPED_PREDICATES or str(p).startswith(_SKOS):
        return False
    if p == OWL.sameAs and str(o).startswith(str(WD)):
        return False
    if isinstance(o, Literal):
        if not str(p).startswith(str(PG._NS)):
            return False
        if o.datatype is not None and o.datatype not in _OWL2_DATATYPES:
            return False
        if getattr(o, "ill_typed", False):
            return False
    return True


class _Inconsistent(Exception):
    pass


def _hermit(ontology_nt: Path, triples: set[tuple], schema: _Schema) -> Graph:
    """Run HermiT on the ontology plus `triples`; return entailed triples about the data's
    individuals that `triples` does not state. Raises _Inconsistent."""
    data = Graph()
    for t in triples:
        data.add(t)
    fd, name = tempfile.mkstemp(suffix=".nt", prefix="pactgraph-")
    os.close(fd)
    world = owlready2.World()
    try:
        data.serialize(name, format="nt", encoding="utf-8")
        world.get_ontology(ontology_nt.as_uri()).load()
        onto = world.get_ontology(Path(name).as_uri()).load()
        inferred_onto = world.get_ontology("https://w3id.org/pactgraph/graph/inferred#")
        try:
            with inferred_onto:
                owlready2.sync_reasoner_hermit(
                    [world.get_ontology(ontology_nt.as_uri()), onto],
                    infer_property_values=True,
                    debug=0,
                    ignore_unsupported_datatypes=True,
                )
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            raise _Inconsistent() from exc
        except owlready2.OwlReadyJavaError as exc:
            raise ReasonError(
                f"HermiT failed: {exc}. Is Java 17+ installed (`java -version`)?"
            ) from exc
        individuals = {s for s, _, _ in triples if isinstance(s, URIRef)} - schema.terms
        out = Graph()
        # property values HermiT found (chains, super-properties) that owlready stored
        for s, p, o in _owlready_triples(world, inferred_onto):
            if s in individuals and p != RDF.type and isinstance(o, URIRef):
                out.add((s, p, o))
        # classes: HermiT's direct types, closed upwards with HermiT's classification
        ancestors: dict[object, set[URIRef]] = {}
        for ind in individuals:
            entity = world[str(ind)]
            for cls in getattr(entity, "is_a", ()):
                if not isinstance(cls, owlready2.ThingClass):
                    continue  # restrictions and class expressions
                if cls not in ancestors:
                    ancestors[cls] = {
                        URIRef(a.iri) for a in cls.ancestors() if a is not owlready2.Thing
                    }
                for sup in ancestors[cls]:
                    out.add((ind, RDF.type, sup))
        return out
    finally:
        world.close()
        Path(name).unlink(missing_ok=True)


def _owlready_triples(world: owlready2.World, onto: owlready2.Ontology) -> Iterator[tuple]:
    unabbreviate = world._unabbreviate
    for s, p, o in onto.graph._get_obj_triples_spo_spo(None, None, None):
        if s < 0 or o < 0:  # blank nodes
            continue
        yield URIRef(unabbreviate(s)), URIRef(unabbreviate(p)), URIRef(unabbreviate(o))


def _materialise_properties(edges: Iterable[tuple], schema: _Schema) -> set[tuple]:
    """Super-property, inverse and symmetric edges of the given object-property edges: sound
    consequences of the ontology that owlready2 leaves implicit (it stores one direction only)."""
    out: set[tuple] = set()
    for s, p, o in edges:
        if p not in schema.object_properties or not isinstance(o, URIRef):
            continue
        for sup in schema.superproperties.get(p, {p}):
            out.add((s, sup, o))
            inv = schema.inverse.get(sup)
            if inv is not None:
                out.add((o, inv, s))
            if sup in schema.symmetric:
                out.add((o, sup, s))
    return out


# --------------------------------------------------------------------------------------------
# Explaining an inconsistency
# --------------------------------------------------------------------------------------------


def _known_types(graph: Graph, schema: _Schema) -> dict[Node, set[Node]]:
    """Asserted classes plus named domains/ranges of the properties used, closed upwards."""
    types: dict[Node, set[Node]] = defaultdict(set)
    for s, p, o in graph:
        if p == RDF.type and isinstance(o, URIRef):
            types[s].add(o)
            continue
        for sup in schema.superproperties.get(p, {p}):  # a sub-property inherits domain and range
            if sup in schema.domains:
                types[s].add(schema.domains[sup])
            if sup in schema.ranges and isinstance(o, URIRef):
                types[o].add(schema.ranges[sup])
    return {
        n: set().union(*(schema.superclasses.get(c, {c}) for c in cs)) for n, cs in types.items()
    }


def _evidence(graph: Graph, node: Node, limit: int = 6) -> tuple[Evidence, ...]:
    """Sentences where `node` is mentioned or used, with their document ids."""
    found: list[Evidence] = []
    users = [node] if (node, PG.inSentence, None) in graph else []
    users += list(graph.subjects(PG.mentionOf, node))
    users += [
        s for s, p in graph.subject_predicates(node) if p != PG.mentionOf and p != PG.mentions
    ]
    seen: set[tuple] = set()
    for user in users:
        sentence = graph.value(user, PG.inSentence)
        article = graph.value(user, PG.inArticle) or graph.value(sentence, PG.inArticle)
        if article is None:
            continue
        text = graph.value(sentence, NIF.anchorOf) if sentence is not None else None
        exact = None
        anchor = graph.value(user, PG.evidence)
        for selector in graph.objects(anchor, OA.hasSelector) if anchor is not None else ():
            exact = graph.value(selector, OA.exact) or exact
        key = (document_id(graph, article), str(text) if text else None)
        if key in seen:
            continue
        seen.add(key)
        found.append(Evidence(key[0], key[1], str(exact) if exact else None))
        if len(found) >= limit:
            break
    return tuple(found)


def _short(node: Node) -> str:
    text = str(node)
    for prefix, ns in (("pg:", str(PG)), ("", "https://w3id.org/pactgraph/id/")):
        if text.startswith(ns):
            return prefix + text[len(ns) :]
    return text.rsplit("/", 1)[-1]


def _describe(evidence: tuple[Evidence, ...]) -> str:
    if not evidence:
        return " (no sentence in the input mentions it)"
    parts = []
    for ev in evidence:
        said = f"{ev.text!r} in " if ev.text else ""
        parts.append(f'{said}{ev.document}: "{ev.sentence or "?"}"')
    return "; seen in " + "; ".join(parts)


def explain(graph: Graph, schema: _Schema, *, evidence_from: Graph | None = None) -> list[Finding]:
    """The usual causes of an inconsistency, found by looking at the input directly; evidence
    sentences are looked up in `evidence_from` (the whole input) when given."""
    findings: list[Finding] = []
    source = evidence_from if evidence_from is not None else graph
    types = _known_types(graph, schema)
    for node, cs in types.items():
        clashes = sorted(
            (tuple(sorted(pair, key=str)) for pair in schema.disjoint if pair <= cs), key=str
        )
        if not clashes:
            continue
        a, b = clashes[0]
        ev = _evidence(source, node)
        findings.append(
            Finding(
                "disjoint-classes",
                f"{_short(node)} is both {_short(a)} and {_short(b)}, which are disjoint"
                f"{_describe(ev)}. Fix the entity's type in the knowledge base or the mention's resolution.",
                subject=str(node),
                documents=tuple(sorted({e.document for e in ev})),
                evidence=ev,
            )
        )
    for prop in schema.functional & schema.object_properties:
        for subj in set(graph.subjects(prop, None)):
            values = sorted(set(graph.objects(subj, prop)), key=str)
            for x, y in combinations(values, 2):
                tx, ty = types.get(x, set()), types.get(y, set())
                if frozenset((x, y)) in schema.distinct or any(
                    frozenset((a, b)) in schema.disjoint for a in tx for b in ty
                ):
                    ev = _evidence(source, subj)
                    findings.append(
                        Finding(
                            "functional-clash",
                            f"{_short(subj)} has two {_short(prop)} values, {_short(x)} and "
                            f"{_short(y)}, but allows one{_describe(ev)}.",
                            subject=str(subj),
                            documents=tuple(sorted({e.document for e in ev})),
                            evidence=ev,
                        )
                    )
    return findings


# --------------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------------


def reason(
    graph: Graph,
    *,
    ontology: Graph | None = None,
    batch_size: int = 200,
    java_memory_mb: int = 2000,
) -> ReasonReport:
    """Check `graph` (a Graph or a Dataset of document graphs) for consistency with the ontology,
    `batch_size` documents per HermiT run, and return the findings and the inferred triples."""
    from pactgraph.validate import load_ontology

    started = time.perf_counter()
    owlready2.reasoning.JAVA_MEMORY = java_memory_mb
    ontology = ontology if ontology is not None else load_ontology()
    schema = _schema(ontology)
    data = _union(graph)
    report = ReasonReport(consistent=True, input_triples=len(data))

    docs = split_documents(data, schema)
    anchors = _anchors(data)
    kept: dict[str, set[tuple]] = {}
    for doc, triples in docs.items():
        kept[doc] = {
            t
            for t in triples
            if _reasonable(t, anchors)
            and not (isinstance(t[2], Literal) and t[1] in schema.object_properties)
        }
        report.dropped_triples += len(triples) - len(kept[doc])
    report.documents = sum(1 for d in docs if d != "(no document)")

    fd, name = tempfile.mkstemp(suffix=".nt", prefix="pactgraph-ontology-")
    os.close(fd)
    ontology_nt = Path(name)
    inferred: set[tuple] = set()
    try:
        ontology.serialize(ontology_nt, format="nt", encoding="utf-8")

        def run(ids: list[str]) -> bool:
            """Reason over documents `ids`; when inconsistent, bisect down to single documents."""
            triples = set().union(*(kept[d] for d in ids))
            report.reasoner_runs += 1
            try:
                inferred.update(_hermit(ontology_nt, triples, schema))
            except _Inconsistent:
                if len(ids) == 1:
                    sub = Graph()
                    for t in docs[ids[0]]:
                        sub.add(t)
                    report.findings.extend(
                        explain(sub, schema, evidence_from=data)
                        or [
                            Finding(
                                "inconsistent-document",
                                f"document {ids[0]} is inconsistent with the ontology; the explicit "
                                "checks did not locate the cause (look for type or range clashes).",
                                documents=(ids[0],),
                            )
                        ]
                    )
                    return False
                batch = Graph()
                for t in triples:
                    batch.add(t)
                found = explain(batch, schema, evidence_from=data)
                if found:
                    # set aside the documents holding the offenders, reason over the others
                    offenders = {URIRef(f.subject) for f in found if f.subject}
                    bad = {d for d in ids if any(t[0] in offenders for t in docs[d])}
                    report.findings.extend(found)
                    rest = [d for d in ids if d not in bad]
                    if rest and bad:
                        run(rest)
                    return False
                half = len(ids) // 2
                first, second = run(ids[:half]), run(ids[half:])
                if first and second:  # fine apart, not together, and not explained
                    report.findings.append(
                        Finding(
                            "inconsistent-batch",
                            "documents "
                            + ", ".join(ids)
                            + " are consistent apart but not together; "
                            "the explicit checks did not locate the clash.",
                            documents=tuple(ids),
                        )
                    )
                return False
            inferred.update(_materialise_properties(triples, schema))
            return True

        for ids in _batches(kept, batch_size):
            report.batches += 1
            if not run(ids):
                report.consistent = False
        # HermiT's property values (chains) also have inverses and super-properties
        inferred.update(_materialise_properties(list(inferred), schema))
    finally:
        ontology_nt.unlink(missing_ok=True)

    unique: dict[tuple, Finding] = {}
    for finding in report.findings:  # a shared entity is found once per document that uses it
        unique.setdefault((finding.kind, finding.subject, finding.message), finding)
    report.findings = list(unique.values())
    out = Graph()
    out.bind("pg", str(PG))
    for t in inferred:
        if t not in data and not isinstance(t[0], BNode) and t[2] != OWL.Thing:
            out.add(t)
    report.inferred = out
    report.seconds = time.perf_counter() - started
    log.info("reasoning: %s", report.text.splitlines()[0])
    return report
