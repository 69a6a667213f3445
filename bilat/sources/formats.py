"""Which reader a file name, an HTTP media type or the content itself calls for.

Readers are named "text", "html", "jsonl", "warc" and "feed"; None means "sniff it".
"""
from __future__ import annotations

import gzip
import json
import re
import zlib
from pathlib import Path, PurePosixPath

RULES = json.loads((Path(__file__).parent / "data" / "formats.json").read_text(encoding="utf-8"))
EXTENSIONS: dict[str, str] = RULES["extensions"]
MEDIA_TYPES: dict[str, str] = RULES["media_types"]
NOT_DOCUMENT_STEMS = frozenset(s.upper() for s in RULES["not_document_names"])
NOT_DOCUMENTS = frozenset(RULES["not_documents"])

# Longest suffix first, so ".warc.gz" wins over a bare ".gz"
_SUFFIXES = sorted(EXTENSIONS, key=len, reverse=True)
_PROLOGUE = r"^\s*(?:<[?!][^>]*>\s*)*"   # XML declaration, stylesheet, comments, doctype
FEED_START = re.compile(_PROLOGUE + r"<(?:%s)\b" % "|".join(map(re.escape, RULES["feed_roots"])), re.I)
HTML_TAG = re.compile(r"<(?:%s)[\s>/]" % "|".join(map(re.escape, RULES["html_tags"])), re.I)
SNIFF_CHARS = 4096


def format_of_name(name: str) -> str | None:
    """The reader a file name or URL path asks for by its extension; None when unknown.

    >>> format_of_name("crawl.warc.gz")
    'warc'
    """
    lower = PurePosixPath(name.replace("\\", "/")).name.lower()
    return next((EXTENSIONS[suffix] for suffix in _SUFFIXES if lower.endswith(suffix)), None)


def format_of_file(path: str) -> str | None:
    """Like format_of_name, but a file with no extension at all is plain text.

    >>> format_of_file("docs/README")
    'text'
    """
    if "." not in PurePosixPath(path.replace("\\", "/")).name.lstrip("."):
        return "text"
    return format_of_name(path)


def format_of_media_type(media_type: str | None) -> str | None:
    """The reader an HTTP Content-Type asks for; None when it says nothing we read.

    >>> format_of_media_type("text/html; charset=utf-8")
    'html'
    """
    return MEDIA_TYPES.get(bare_media_type(media_type) or "")


def bare_media_type(content_type: str | None) -> str | None:
    """'text/html; charset=utf-8' -> 'text/html'."""
    bare = (content_type or "").split(";")[0].strip().lower()
    return bare or None


def is_document_name(name: str) -> bool:
    """False for code, styles, images and a collection's own README or LICENSE, which a folder walk passes over."""
    path = PurePosixPath(name)
    return path.suffix.lower() not in NOT_DOCUMENTS and path.stem.upper() not in NOT_DOCUMENT_STEMS


def sniff_bytes(data: bytes) -> str | None:
    """'warc' when the bytes open a WARC file (plain or gzipped), else None."""
    if data.startswith(b"WARC/"):
        return "warc"
    if data.startswith(b"\x1f\x8b"):
        return "warc" if _gunzip_head(data).startswith(b"WARC/") else None
    return None


def _gunzip_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(wbits=31).decompress(data[:SNIFF_CHARS], 16)
    except (zlib.error, gzip.BadGzipFile):
        return b""


def sniff_text(text: str) -> str:
    """The reader decoded content looks like it needs: feed, jsonl, html, else text.

    >>> sniff_text("<html><body><p>Seoul talks</p></body></html>")
    'html'
    """
    head = text[:SNIFF_CHARS]
    if FEED_START.match(head):
        return "feed"
    if _first_line_is_json_object(head):
        return "jsonl"
    return "html" if HTML_TAG.search(head) else "text"


def _first_line_is_json_object(head: str) -> bool:
    line = head.lstrip().split("\n", 1)[0].strip()
    if not (line.startswith("{") and line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
