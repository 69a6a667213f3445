"""Bytes already in hand (a file, standard input, an HTTP body) to the reader their format calls for."""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Callable, Iterator

from bilat.sources.decode import decode
from bilat.sources.feed import read_feed
from bilat.sources.formats import sniff_bytes, sniff_text
from bilat.sources.html import declared_charset, read_html
from bilat.sources.jsonl import read_records
from bilat.sources.text import read_text
from bilat.sources.warc import read_warc
from bilat.model import Skip, Source

Items = Iterator["Source | Skip"]


@dataclass(frozen=True)
class Options:
    max_bytes: int
    follow: Callable[[str], Items] | None = None   # fetches a feed entry's link (fetch_links)


def read_bytes(origin: str, data: bytes, format: str | None, options: Options,
               url: str | None = None, charset: str | None = None) -> Items:
    """Sources (or Skips) from `data` read as `format`; None sniffs the format from the content."""
    format = format or sniff_bytes(data)
    if format in ("warc", "jsonl"):
        yield from read_stream(origin, io.BytesIO(data), len(data), format, options)
        return
    body = decode(origin, data, charset or declared_charset(data))
    if isinstance(body, Skip):
        yield body
        return
    yield from read_decoded(origin, data, body, format or sniff_text(body), options, url)


def read_stream(origin: str, stream, size: int, format: str, options: Options) -> Items:
    """WARC and JSON Lines are read record by record: max_bytes bounds each record, not the file."""
    if format == "warc":
        return read_warc(origin, stream, size, options.max_bytes)
    return read_records(origin, stream, options.max_bytes)


def read_decoded(origin: str, data: bytes, body: str, format: str, options: Options, url: str | None) -> Items:
    if format == "jsonl":
        return read_records(origin, io.BytesIO(data), options.max_bytes)
    if format == "feed":
        return read_feed(origin, data, base=url, follow=options.follow)
    return iter([(read_html if format == "html" else read_text)(origin, body, url=url)])
