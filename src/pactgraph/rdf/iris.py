"""The one place IRIs are minted: from slugs of canonical keys or from content hashes, and checked."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pyoxigraph import NamedNode
from rdflib import URIRef

from pactgraph import PactgraphError
from pactgraph.rdf.namespace import DATA, GRAPH

_SAFE_KEY = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "ø": "o", "æ": "ae", "ß": "ss", "ı": "i"})


class IRIError(PactgraphError):
    pass


def slugify(text: str) -> str:
    """ASCII slug: NFKC, transliterate, strip accents, lowercase, runs of other chars -> '-'."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLIT)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "x" + hashlib.sha256(text.encode()).hexdigest()[:12]


def doc_slug(doc_id: str) -> str:
    """Document ids are kept readable when they are already safe, else slugged plus a short hash."""
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", doc_id):
        return doc_id
    return f"{slugify(doc_id)}-{hashlib.sha256(doc_id.encode()).hexdigest()[:8]}"


def checked(iri: str) -> URIRef:
    """Refuse anything a strict parser or store would refuse."""
    try:
        NamedNode(iri)
    except ValueError as exc:
        raise IRIError(f"refusing to mint invalid IRI {iri!r}: {exc}") from exc
    return URIRef(iri)


def entity_iri(kind: str, key: str) -> URIRef:
    """Curated or extracted entity: kind is actor | agreement | office | topic."""
    if not _SAFE_KEY.match(key):
        key = slugify(key)
    return checked(f"{DATA}{kind}/{key}")


def fact_iri(prefix: str, *parts: object) -> URIRef:
    """Deterministic IRI for an extracted fact (stance 'st', guarantee 'gu', quote 'qu', ...):
    a hash of what identifies it, so rebuilding the same article gives the same IRIs."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
    return checked(f"{DATA}{prefix}/{prefix}-{digest}")


def article_iri(doc_id: str) -> URIRef:
    return checked(f"{DATA}article/{doc_slug(doc_id)}")


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return checked(f"{DATA}sentence/{doc_slug(doc_id)}-s{index}")


def graph_iri(doc_id: str) -> URIRef:
    """Named graph holding everything read from one document."""
    return checked(f"{GRAPH}{doc_slug(doc_id)}")
