"""WARC files (.warc, .warc.gz, as in Common Crawl News): each HTML response record is a Source.

Request, metadata, warcinfo and revisit records are a crawl's bookkeeping, not
documents: they are passed over without a Skip, else every crawl would report
two skips per page.
"""
from __future__ import annotations

from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator

from bilat.sources.decode import decode
from bilat.sources.formats import bare_media_type, format_of_media_type, sniff_text
from bilat.sources.html import declared_charset, read_html
from bilat.sources.skip import skip, too_large
from bilat.model import Skip, Source

DOCUMENT_RECORDS = ("response", "resource")
DRAIN_BYTES = 1 << 16


def read_warc(origin: str, stream: BinaryIO, size: int, max_bytes: int) -> Iterator[Source | Skip]:
    """Sources for the HTML records; Skips for the others; one "truncated" Skip for a damaged file.

    Records read before the damage are kept. `size` is the file's length in bytes.
    """
    records = ArchiveIterator(stream)
    whole, cut = 0, False  # records read to their end; whether the file ends inside one
    try:
        for number, record in enumerate(records, 1):
            item = read_record(origin, number, record, max_bytes)
            if cut := record.raw_stream.limit > 0:
                break
            whole = number
            if item is not None:
                yield item
    except Exception as error:  # warcio and zlib raise many kinds on a damaged file
        yield damaged(origin, whole, f"{type(error).__name__}: {error}")
        return
    if cut or records.offset < size:
        yield damaged(origin, whole, "the file ends inside a record")


def damaged(origin: str, whole: int, problem: str) -> Skip:
    """The one Skip for a WARC cut short or corrupt after `whole` good records."""
    if whole == 0:
        return skip(origin, "truncated", f"truncated or corrupt at its first record ({problem}); no record read")
    return skip(origin, "truncated", f"truncated or corrupt after record {whole} ({problem}); the records before it are kept")


def read_record(origin: str, number: int, record, max_bytes: int) -> Source | Skip | None:
    """The Source for one record, a Skip saying why it is no document, or None for bookkeeping."""
    if record.format != "warc":  # warcio reads any text as an old-style ARC record
        raise ValueError("not a WARC record")
    if record.rec_type not in DOCUMENT_RECORDS:
        _drain(record.raw_stream)  # read to its end, so that a cut inside it can be told
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{origin}#record-{number}" + (f" ({uri})" if uri else "")
    refusal = _refusal(where, record)
    if refusal is not None:
        _drain(record.content_stream())
        return refusal
    return _html_source(where, uri, record, max_bytes)


def _content_type(record) -> str | None:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    return headers.get_header("Content-Type") if headers is not None else None


def _refusal(where: str, record) -> Skip | None:
    """Why a response is no document: an HTTP error status or a content type that is not HTML."""
    status = record.http_headers.get_statuscode() if record.http_headers is not None else "200"
    if not str(status).startswith("2"):
        return skip(where, f"HTTP {status}", f"HTTP {status} response, no document")
    media_type = bare_media_type(_content_type(record))
    if media_type is not None and format_of_media_type(media_type) != "html":
        return skip(where, "not HTML", f"{media_type} content, not HTML")
    return None


def _html_source(where: str, uri: str | None, record, max_bytes: int) -> Source | Skip:
    content = record.content_stream()
    data = content.read(max_bytes + 1)
    if len(data) > max_bytes:
        _drain(content)
        return too_large(where, None, max_bytes)
    body = decode(where, data, _charset(record) or declared_charset(data))
    if isinstance(body, Skip):
        return body
    if _content_type(record) is None and sniff_text(body) != "html":
        return skip(where, "not HTML", "no content type and no HTML in it")
    return read_html(where, body, url=uri)


def _charset(record) -> str | None:
    _, _, charset = (_content_type(record) or "").partition("charset=")
    return charset.strip(" \"';") or None


def _drain(content) -> None:
    while content.read(DRAIN_BYTES):
        pass
