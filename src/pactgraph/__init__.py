"""pactgraph: news articles about security guarantees -> a validated knowledge graph."""

__version__ = "0.1.0"


class PactgraphError(Exception):
    """Base of every error pactgraph raises on purpose: the message says what, where and what to do."""
