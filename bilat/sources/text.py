"""Plain-text documents: the decoded file is the body."""
from __future__ import annotations

from bilat.model import Source


def read_text(origin: str, body: str, url: str | None = None) -> Source:
    """A text Source.

    >>> read_text("notes.txt", "Seoul, March 4 -- talks held.").format
    'text'
    """
    return Source(origin=origin, body=body, format="text", url=url)
