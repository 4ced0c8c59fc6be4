"""Time pactgraph.reason (owlready2 + HermiT) on a graph.

By default it builds N synthetic documents with the real RDF builder (records -> rdf/build.py, so
the graph has the shape of docs/MODEL.md: articles, sentences, mentions with anchors, stances,
guarantees resting on agreements and provisions, quotes, invocations) and reasons over them:

    .venv/bin/python benchmarks/bench_reason.py --docs 1000
    .venv/bin/python benchmarks/bench_reason.py out/seeds.ttl --batch-size 100

Prints seconds, input and inferred triples, HermiT runs and documents per second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from rdflib import Dataset, Graph

from pactgraph.rdf.build import build_document_graph
from pactgraph.reason import reason
from pactgraph.records import (
    AgreementInfo,
    AgreementRef,
    Article,
    DocRecords,
    Entity,
    Guarantee,
    Mention,
    Quote,
    Sentence,
    Stance,
    Target,
)

STANCE_TYPES = {
    "support": "demand propose offer support welcome accept thank endorse".split(),
    "oppose": "reject oppose condemn criticize warn refuse deny doubt".split(),
    "neutral": "discuss consider acknowledge".split(),
}
FORMS = "nato-membership article5-commitment troops weapons air-defence financing sanctions".split()
STATUSES = "demanded proposed offered under-negotiation signed rejected violated".split()
WORDS = (
    "talks leaders security border summit pledge forces region council capital envoy treaty".split()
)


def entity_pool(rng: random.Random, size: int = 60) -> list[Entity]:
    kinds = (
        [("Country", None)] * 4
        + [("Person", None)] * 4
        + [
            ("Organization", "Alliance"),
            ("Organization", "IntergovernmentalOrganization"),
            ("Organization", "GovernmentBody"),
            ("Location", None),
        ]
    )
    pool = []
    for i in range(size):
        kind, sub = kinds[i % len(kinds)]
        in_kb = rng.random() < 0.8
        pool.append(
            Entity(
                f"synthetic-{kind.lower()}-{i}",
                f"{kind} {i}",
                kind,
                sub,
                wikidata=f"Q{1000 + i}" if in_kb else None,
                in_kb=in_kb,
            )
        )
    return pool


def agreement_pool(countries: list[Entity]) -> list[AgreementInfo]:
    pool = []
    for i, kind in enumerate(
        ["Treaty", "Memorandum", "Declaration", "DraftAgreement", "Charter"] * 2
    ):
        parties = tuple(c.key for c in countries[i : i + 3])
        pool.append(
            AgreementInfo(
                f"synthetic-agreement-{i}",
                f"Agreement {i}",
                kind,
                date=f"{1950 + i}-01-01",
                parties=parties,
            )
        )
        pool.append(
            AgreementInfo(
                f"synthetic-agreement-{i}-article-5",
                f"Article 5 of Agreement {i}",
                "Provision",
                part_of=f"synthetic-agreement-{i}",
            )
        )
    return pool


def synthetic_records(
    n: int, rng: random.Random, actors: list[Entity], agreements: list[AgreementInfo]
) -> DocRecords:
    sentences, parts, pos = [], [], 0
    for k in range(8):
        text = " ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "."
        sentences.append(Sentence(k, pos, pos + len(text), text))
        parts.append(text)
        pos += len(text) + 1
    body = " ".join(parts)
    article = Article(
        f"synthetic-{n:06d}",
        body,
        title=f"Synthetic article {n}",
        date=dt.date(2022, 1, 1) + dt.timedelta(days=n % 1000),
        source="Synthetic Wire",
        language="en",
    )
    rec = DocRecords(article=article, sentences=sentences)
    chosen = rng.sample(actors, 8)
    rec.entities = {e.key: e for e in chosen}
    states = [e for e in chosen if e.type == "Country"] or [
        e for e in actors if e.type == "Country"
    ][:1]
    acting = [e for e in chosen if e.type != "Location"]
    for e in chosen:
        s = rng.choice(sentences)
        rec.mentions.append(
            Mention(e.key, s.start, s.start + 5, body[s.start : s.start + 5], s.index)
        )
    treaty = rng.choice([a for a in agreements if a.type != "Provision"])
    provision = next(a for a in agreements if a.part_of == treaty.key)
    for a in (treaty, provision):
        rec.agreements[a.key] = a
        s = rng.choice(sentences)
        rec.agreement_refs.append(
            AgreementRef(
                a.key,
                s.start + 6,
                s.start + 11,
                body[s.start + 6 : s.start + 11],
                s.index,
                invoked_by=rng.choice(acting).key,
            )
        )
    for a in agreements:  # parties are looked up, as the KB does
        for party in a.parties:
            rec.entities.setdefault(party, next(x for x in actors if x.key == party))
    s = sentences[1]
    guarantee = Guarantee(
        "g0",
        beneficiary=rng.choice(states).key,
        guarantors=tuple(e.key for e in rng.sample(acting, 2)),
        forms=(rng.choice(FORMS),),
        status=rng.choice(STATUSES),
        agreement=rng.choice([treaty.key, provision.key]),
        sentence=1,
        start=s.start,
        end=s.end,
        text=s.text,
        confidence=rng.uniform(0.3, 1),
        rule="synthetic",
    )
    rec.guarantees.append(guarantee)
    targets = [
        Target("guarantee", "g0", "the guarantee"),
        Target("agreement", treaty.key, treaty.label),
        Target("actor", chosen[0].key, chosen[0].label),
        Target("topic", "synthetic-topic", "a topic"),
    ]
    for k in range(4):
        polarity = rng.choice(list(STANCE_TYPES))
        s = sentences[2 + k]
        rec.stances.append(
            Stance(
                rng.choice(acting).key,
                rng.choice(STANCE_TYPES[polarity]),
                polarity,
                targets[k],
                s.index,
                s.start,
                s.end,
                s.text,
                confidence=rng.uniform(0.3, 1),
                rule="synthetic",
            )
        )
    s = sentences[6]
    rec.quotes.append(
        Quote(
            rng.choice([e for e in acting if e.type == "Person"] or acting).key,
            s.text,
            s.start,
            s.end,
            s.index,
            confidence=0.9,
            rule="synthetic",
        )
    )
    return rec


def synthetic_graph(docs: int, *, seed: int = 7) -> Graph:
    rng = random.Random(seed)
    actors = entity_pool(rng)
    agreements = agreement_pool([a for a in actors if a.type == "Country"])
    by_key = {a.key: a for a in actors}
    graph = Graph()
    for n in range(docs):
        rec = synthetic_records(n, rng, actors, agreements)
        graph += build_document_graph(rec, entity_lookup=by_key.get)
    return graph


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "graph",
        nargs="?",
        type=Path,
        help="an RDF file (.ttl, .nt, .nq, .trig); default: synthetic",
    )
    parser.add_argument("--docs", type=int, default=1000, help="synthetic documents (default 1000)")
    parser.add_argument("--batch-size", type=int, default=200, help="documents per HermiT run")
    parser.add_argument("--java-memory", type=int, default=2000, help="HermiT heap, MB")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    if args.graph:
        suffix = args.graph.suffix.lower()
        graph: Graph = Dataset() if suffix in {".nq", ".trig"} else Graph()
        graph.parse(args.graph)
        source = str(args.graph)
    else:
        graph = synthetic_graph(args.docs)
        source = f"{args.docs} synthetic documents"
    prepared = time.perf_counter() - t0

    report = reason(graph, batch_size=args.batch_size, java_memory_mb=args.java_memory)
    print(f"input:      {source}, {report.input_triples} triples (prepared in {prepared:.1f} s)")
    print(
        f"reasoning:  {report.seconds:.1f} s, {report.reasoner_runs} HermiT runs, "
        f"{report.batches} batches of <= {args.batch_size} documents"
    )
    print(
        f"result:     consistent={report.consistent}, {len(report.inferred)} inferred triples, "
        f"{len(report.findings)} findings, {report.dropped_triples} triples not given to HermiT"
    )
    rate = report.documents / report.seconds if report.seconds else float("nan")
    print(
        f"rate:       {report.documents} documents, {rate:.1f} documents/s, "
        f"{report.input_triples / report.seconds:.0f} triples/s"
    )
    for finding in report.findings[:10]:
        print(f"  [{finding.kind}] {finding.message}")
    return 0 if report.consistent else 1


if __name__ == "__main__":
    sys.exit(main())
