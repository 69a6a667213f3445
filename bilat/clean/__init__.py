"""Cleaning: the article text of a source, without site furniture.

    clean(source) -> Cleaned

Plain text keeps verbatim slices of the raw body (`Cleaned.segments` maps clean
offsets back to raw ones, `Cleaned.removed` says what was dropped and why); HTML
goes through trafilatura's main-text extraction.
"""
from __future__ import annotations

from bilat.clean.html import clean_html
from bilat.clean.text import clean_text, site_line
from bilat.errors import InputError
from bilat.model import Cleaned, Source

__all__ = ["clean", "site", "site_lines"]


def site(source: Source) -> str | None:
    """The web site a source comes from (its URL's host without "www."), if known."""
    from urllib.parse import urlsplit
    host = urlsplit(source.url or "").hostname or ""
    return host.removeprefix("www.").removeprefix("m.") or None


def site_lines(body: str) -> set[str]:
    """The short lines of a plain-text page, as compared across its site's pages."""
    return {key for line in body.splitlines() if (key := site_line(line))}


def clean(source: Source, seen: frozenset[str] = frozenset()) -> Cleaned:
    """The article text of `source`; `seen` are short lines its site repeats on other pages.

    >>> clean(Source("a.txt", "Seoul talks\\n\\nThe ministers met on Friday in Seoul.\\n\\nShare this article\\n", "text")).text
    'Seoul talks\\n\\nThe ministers met on Friday in Seoul.'
    """
    if source.format == "html":
        return clean_html(source.body, source.origin)
    if source.format == "text":
        return clean_text(source.body, title=source.title, seen=seen)
    raise InputError(source.origin, f"unknown format {source.format!r}", reason="unknown format")
