"""How fast does `build` run, and how much memory does it take?

Builds the seeds and the development set, repeated N times under new document ids, through the
whole pipeline (ingest, spaCy, extraction, RDF) and prints documents/s, tokens/s, triples and peak
memory; `--n-process 2` compares spaCy with two worker processes.

    .venv/bin/python benchmarks/bench_build.py --copies 10
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import time
from pathlib import Path

from pactgraph.ingest import Rejected, read_articles
from pactgraph.nlp import load_nlp
from pactgraph.pipeline import DocumentResult, merge, process

ROOT = Path(__file__).resolve().parents[1]


def corpus(copies: int):
    base = [a for a in read_articles([ROOT / "seeds", ROOT / "tests/data/dev"]) if not isinstance(a, Rejected)]
    for n in range(copies):
        for article in base:
            yield dataclasses.replace(article, id=f"{article.id}-copy{n}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=5, help="times the 21 articles are repeated")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    started = time.perf_counter()
    nlp = load_nlp()
    load_s = time.perf_counter() - started
    articles = list(corpus(args.copies))
    chars = sum(len(a.text) for a in articles)
    tokens = sum(len(nlp.tokenizer(a.clean_text or a.text)) for a in articles)

    started = time.perf_counter()
    results = [r for r in process(articles, nlp=nlp, batch_size=args.batch_size, n_process=args.n_process)
               if isinstance(r, DocumentResult)]
    build_s = time.perf_counter() - started
    started = time.perf_counter()
    graph = merge(results)
    merge_s = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"documents        {len(results)} of {len(articles)} ({chars} characters, {tokens} tokens)")
    print(f"model load       {load_s:.2f} s")
    print(f"build            {build_s:.2f} s = {len(results) / build_s:.1f} docs/s, {tokens / build_s:.0f} tokens/s "
          f"(n_process={args.n_process})")
    print(f"merge            {merge_s:.2f} s, {len(graph)} triples ({len(graph) / max(1, len(results)):.0f} per document)")
    print(f"peak memory      {peak_mb:.0f} MB (this process)")
    print(f"ratio            {tokens / build_s / 6500:.2f} x spaCy's full-pipeline rate measured here (~6,500 tokens/s)")


if __name__ == "__main__":
    main()
