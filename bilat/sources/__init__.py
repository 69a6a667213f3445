"""Readers: files, folders, standard input and URLs to `Source`s, and a `Skip` for each bad input.

    read_sources(inputs) -> Source | Skip, ...
      "-"                 standard input, format sniffed
      http(s)://...       url.py: by Content-Type (html, text, feed, jsonl, warc)
      a folder            walk.py: its document files, sorted, hidden ones left out
      a file              files.py: by extension, else sniffed
        .txt .md (none)   text.py     .html .htm       html.py
        .jsonl .ndjson    jsonl.py    .warc .warc.gz   warc.py
        .xml .rss .atom   feed.py     bytes -> str     decode.py
"""
from __future__ import annotations

import os
import sys
from typing import BinaryIO, Iterable, Iterator

import httpx

from bilat.sources.files import guarded, read_file, read_folder, read_stdin
from bilat.sources.route import Items, Options
from bilat.sources.url import Web, is_url, read_url
from bilat.model import Skip, Source

__all__ = ["read_sources"]


def read_sources(inputs: Iterable[str], *, max_bytes: int = 20_000_000, fetch_links: bool = False,
                 timeout: float = 10.0, stdin: BinaryIO | None = None,
                 client: httpx.Client | None = None) -> Iterator[Source | Skip]:
    """Every document in `inputs`, in order; a one-line Skip for each that cannot be read. Never raises.

    >>> [s.reason for s in read_sources(["no/such/file.txt"])]
    ['not found']
    """
    web = Web(client, timeout)
    links = Options(max_bytes)
    options = Options(max_bytes, follow=(lambda link: read_url(link, web, links)) if fetch_links else None)
    try:
        for given in inputs:
            yield from guarded(given, _read_input(given, options, web, stdin))
    finally:
        web.close()


def _read_input(given: str, options: Options, web: Web, stdin: BinaryIO | None) -> Items:
    if given == "-":
        return read_stdin(stdin or sys.stdin.buffer, options)
    if is_url(given):
        return read_url(given, web, options)
    if os.path.isdir(given):
        return read_folder(given, options)
    return read_file(given, options)
