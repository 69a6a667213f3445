"""bilat: a source-cited, time-aware record of the relations between two countries.

    >>> import bilat
    >>> store = bilat.open(":memory:")
    >>> report = bilat.ingest(store, ["examples/"], pair=("IND", "KOR"))  # doctest: +SKIP
    >>> bilat.timeline(bilat.record(store), kind="dialogue")  # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["open", "ingest", "record", "export_json", "timeline", "people", "commitments", "flags", "offices",
           "Period", "mechanisms", "topic_trends", "person", "ask"]

_API = {"open": "bilat.api", "ingest": "bilat.api", "record": "bilat.api", "export_json": "bilat.api",
        "timeline": "bilat.query.views", "people": "bilat.query.views", "commitments": "bilat.query.views",
        "flags": "bilat.query.views", "offices": "bilat.query.views", "Period": "bilat.query.filters",
        "mechanisms": "bilat.query.mechanisms", "topic_trends": "bilat.query.topics", "person": "bilat.query.person",
        "ask": "bilat.query.ask"}


def __getattr__(name: str):
    """Import the API on first use, so `import bilat` stays fast and spaCy loads only when needed."""
    if name not in _API:
        raise AttributeError(f"module 'bilat' has no attribute {name!r}")
    import importlib
    return getattr(importlib.import_module(_API[name]), name)
