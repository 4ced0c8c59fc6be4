"""Lexicons as data: each `*.yaml` file beside this module is one lexicon, read once and cached.

Adding a word is a one-line change in the YAML; no Python knows the words themselves.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.abc import Traversable
from typing import Any

import yaml

from pactgraph import PactgraphError


class LexiconError(PactgraphError):
    """A lexicon file is missing or malformed."""


def path_of(name: str) -> Traversable:
    """The file of lexicon `name`: `name.yaml` in this package."""
    return resources.files(__package__).joinpath(f"{name}.yaml")


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon `name` (file `name.yaml` in this package), as a mapping."""
    path = path_of(name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise LexiconError(f"lexicon {name!r} not found: expected {path}") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"lexicon {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"lexicon {path} must be a mapping at the top level")
    return data
