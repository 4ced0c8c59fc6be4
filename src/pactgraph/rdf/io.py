"""Write graphs and datasets to files, atomically, in the format the extension names."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from pactgraph import PactgraphError

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
}
QUAD_FORMATS = {".nq", ".trig"}


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def serialize(data: Graph | Dataset, suffix: str, *, prefixes: dict[str, str] | None = None) -> bytes:
    """Serialize with Oxigraph (fast); triple formats get the union of all graphs."""
    suffix = suffix.lower()
    if suffix not in FORMATS:
        raise PactgraphError(f"unknown output extension {suffix!r}; use one of {', '.join(FORMATS)}")
    store = ox.Store()
    if isinstance(data, Dataset):
        store.bulk_load(data.serialize(format="nquads", encoding="utf-8"), format=ox.RdfFormat.N_QUADS)
    else:
        store.bulk_load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    if prefixes is None:
        prefixes = {p: str(ns) for p, ns in data.namespaces() if p and p not in ("xml", "brick")}
    fmt = FORMATS[suffix]
    if suffix in QUAD_FORMATS:
        return store.dump(format=fmt, prefixes=prefixes if fmt == ox.RdfFormat.TRIG else None)
    # Sorted, unique triples: Turtle comes out grouped by subject and diffs stay small.
    triples = sorted(
        {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)},
        key=lambda t: (str(t.subject), str(t.predicate), str(t.object)),
    )
    kwargs = {"prefixes": prefixes} if fmt == ox.RdfFormat.TURTLE else {}
    return ox.serialize(triples, format=fmt, **kwargs)


def write_rdf(data: Graph | Dataset, path: str | Path) -> Path:
    path = Path(path)
    atomic_write_bytes(path, serialize(data, path.suffix))
    return path
