"""Where the ontology, shapes and queries live: the source checkout's ontology/ and queries/, or
their copies shipped as package data (pactgraph/data/, symlinked in the checkout)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from pactgraph import PactgraphError

_CHECKOUT = Path(__file__).resolve().parents[2]


def project_dir(name: str) -> Path:
    """`ontology` or `queries`: the checkout's folder when running from source, else the packaged one."""
    checkout = _CHECKOUT / name
    if checkout.is_dir():
        return checkout
    packaged = Path(str(resources.files("pactgraph") / "data" / name))
    if packaged.is_dir():
        return packaged
    raise PactgraphError(f"cannot find the {name}/ folder (looked in {checkout} and {packaged}); reinstall pactgraph")
