"""Main text of an HTML page, by trafilatura, with its title and date metadata."""
from __future__ import annotations

import trafilatura

from bilat.clean.lines import is_prose, paragraphs, split_lines
from bilat.errors import InputError
from bilat.model import Cleaned


def _has_prose(text: str) -> bool:
    # trafilatura falls back to any text it finds, such as a row of navigation links
    return any(is_prose(p) for p in paragraphs(split_lines(text), frozenset()))


def clean_html(body: str, origin: str) -> Cleaned:
    """The article of an HTML page; InputError when the page holds no article text.

    >>> clean_html("<html><body><article><p>" + "Talks were held in Seoul. " * 8 + "</p></article></body></html>", "x.html").text[:25]
    'Talks were held in Seoul.'
    """
    try:
        found = trafilatura.bare_extraction(body, with_metadata=True, include_comments=False)
    except Exception as error:  # trafilatura raises assorted parser errors on broken markup
        raise InputError(origin, f"HTML could not be parsed ({type(error).__name__})", reason="broken html")
    text = (getattr(found, "text", None) or "").strip() if found else ""
    if not _has_prose(text):
        raise InputError(origin, "no article text found", reason="no article text")
    return Cleaned(text, title=getattr(found, "title", None) or None, published=getattr(found, "date", None) or None)
