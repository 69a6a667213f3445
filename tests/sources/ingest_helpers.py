"""Helpers for the ingest tests: reading inputs to lists, and building WARC bytes."""
from __future__ import annotations

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bilat.sources import read_sources
from bilat.model import Skip, Source

ARTICLE = ("Seoul, October 8 – India's Minister of State for External Affairs met South Korea's "
           "First Vice Foreign Minister on Tuesday to prepare the next round of the Joint Commission.")
PAGE = f"<html><head><title>Talks</title></head><body><article><p>{ARTICLE}</p></article></body></html>"


def read(*inputs, **options) -> list[Source | Skip]:
    """Everything read_sources yields for `inputs`, as a list."""
    return list(read_sources([str(given) for given in inputs], **options))


def sources(items) -> list[Source]:
    return [item for item in items if isinstance(item, Source)]


def skips(items) -> list[Skip]:
    return [item for item in items if isinstance(item, Skip)]


def warc_bytes(records: list[tuple[str, str, str, bytes]], gzip: bool = True) -> bytes:
    """A WARC of (uri, HTTP status line, content type, payload) response records."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for uri, status, content_type, payload in records:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buffer.getvalue()


def html_records(count: int) -> list[tuple[str, str, str, bytes]]:
    """`count` HTML pages, each long enough that a cut can land inside it."""
    return [(f"https://news.example.net/{n}", "200 OK", "text/html; charset=utf-8",
             f"<html><body><p>Page {n}. {ARTICLE * 20}</p></body></html>".encode()) for n in range(1, count + 1)]
