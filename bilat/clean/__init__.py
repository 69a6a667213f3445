"""Cleaning: the article text of a source, without site furniture.

    clean(source) -> Cleaned

Plain text keeps verbatim slices of the raw body (`Cleaned.segments` maps clean
offsets back to raw ones, `Cleaned.removed` says what was dropped and why); HTML
goes through trafilatura's main-text extraction.
"""
from __future__ import annotations

from bilat.clean.html import clean_html
from bilat.clean.text import clean_text
from bilat.errors import InputError
from bilat.model import Cleaned, Source

__all__ = ["clean"]


def clean(source: Source) -> Cleaned:
    """The article text of `source`.

    >>> clean(Source("a.txt", "Seoul talks\\n\\nThe ministers met on Friday in Seoul.\\n\\nShare this article\\n", "text")).text
    'Seoul talks\\n\\nThe ministers met on Friday in Seoul.'
    """
    if source.format == "html":
        return clean_html(source.body, source.origin)
    if source.format == "text":
        return clean_text(source.body, title=source.title)
    raise InputError(source.origin, f"unknown format {source.format!r}", reason="unknown format")
