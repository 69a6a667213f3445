"""RSS and Atom feeds: one Source per entry, or, with fetch_links, the page each entry links to."""
from __future__ import annotations

import io
from dataclasses import replace
from typing import Callable, Iterator

import feedparser

from bilat.sources.skip import skip
from bilat.model import Skip, Source

Fetch = Callable[[str], Iterator["Source | Skip"]]


def read_feed(origin: str, data: bytes, base: str | None = None, follow: Fetch | None = None) -> Iterator[Source | Skip]:
    """Sources for a feed's entries (content, else summary), in feed order.

    `base` is the feed's own URL (relative links resolve against it); with `follow`,
    each entry's link is fetched and the page becomes the Source instead.
    """
    headers = {"content-location": base} if base else None
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries:
        yield _no_entries(origin, parsed)
        return
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        where = f"{origin}#entry-{number}" + (f" ({link})" if link else "")
        if follow is not None and link:
            yield from _linked(follow(link), entry)
        else:
            yield read_entry(where, entry)


def _no_entries(origin: str, parsed) -> Skip:
    if parsed.get("version"):
        return skip(origin, "empty", "feed has no entries")
    problem = parsed.get("bozo_exception") or "no RSS or Atom root element"
    return skip(origin, "malformed feed", f"not a readable RSS/Atom feed ({problem})")


def read_entry(where: str, entry) -> Source | Skip:
    """The Source for one entry, from its content, else its summary."""
    for part in [*entry.get("content", []), entry.get("summary_detail")]:
        if part and (part.get("value") or "").strip():
            format = "text" if part.get("type") == "text/plain" else "html"
            return Source(origin=where, body=part["value"], format=format, **_metadata(entry))
    return skip(where, "empty", "entry has no content or summary")


def _metadata(entry) -> dict:
    return {"url": entry.get("link"), "title": entry.get("title"),
            "published": entry.get("published") or entry.get("updated")}


def _linked(items: Iterator[Source | Skip], entry) -> Iterator[Source | Skip]:
    """The fetched page, with the entry's title and date where the page gives none."""
    meta = _metadata(entry)
    for item in items:
        if isinstance(item, Source):
            item = replace(item, title=item.title or meta["title"], published=item.published or meta["published"])
        yield item
