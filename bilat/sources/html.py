"""HTML documents: kept whole; the cleaner extracts the article from them."""
from __future__ import annotations

import re

from bilat.model import Source

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
HEAD_BYTES = 4096


def read_html(origin: str, body: str, url: str | None = None) -> Source:
    """An html Source.

    >>> read_html("page.html", "<p>Talks</p>").format
    'html'
    """
    return Source(origin=origin, body=body, format="html", url=url)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top.

    >>> declared_charset(b'<head><meta charset="windows-1252"></head>')
    'windows-1252'
    """
    found = META_CHARSET.search(data[:HEAD_BYTES])
    return found.group(1).decode("ascii").lower() if found else None
