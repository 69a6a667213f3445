"""JSON Lines: one record {"id","url","title","published","text"|"html"} per line, one Source each."""
from __future__ import annotations

import json
from typing import BinaryIO, Iterator

from bilat.sources.skip import skip, too_large
from bilat.model import Skip, Source

METADATA = ("id", "url", "title", "published")
DRAIN_BYTES = 1 << 16


def read_records(origin: str, stream: BinaryIO, max_bytes: int) -> Iterator[Source | Skip]:
    """One Source per record line, a Skip naming each bad line; blank lines are passed over.

    >>> from io import BytesIO
    >>> [s.id for s in read_records("a.jsonl", BytesIO(b'{"id": "d1", "text": "Talks"}\\n'), 1000)]
    ['d1']
    """
    found = False
    for number, line in numbered_lines(stream, max_bytes):
        if line is None or line.strip():
            found = True
            where = f"{origin}:{number}"
            yield too_large(where, None, max_bytes) if line is None else read_record(where, line)
    if not found:
        yield skip(origin, "empty", "no records")


def numbered_lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line), with None for a line over max_bytes, which is never held whole."""
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _drain_line(stream)
            line = None
        yield number, line


def _drain_line(stream: BinaryIO) -> None:
    while (rest := stream.readline(DRAIN_BYTES)) and not rest.endswith(b"\n"):
        pass


def read_record(where: str, line: bytes) -> Source | Skip:
    """The Source one JSON line holds, or the Skip saying what is wrong with it."""
    try:
        record = json.loads(line.decode("utf-8-sig").strip())
    except UnicodeDecodeError as error:
        return skip(where, "undecodable", f"not UTF-8 (byte {line[error.start]:#04x} at column {error.start + 1})")
    except ValueError as error:
        return skip(where, "malformed record", f"malformed JSON ({error.msg}, column {error.colno})")
    if not isinstance(record, dict):
        return skip(where, "malformed record", f"not a JSON object but {type(record).__name__}")
    return _source(where, record)


def _source(where: str, record: dict) -> Source | Skip:
    given = [key for key in ("text", "html") if record.get(key) is not None]
    if not given:
        return skip(where, "malformed record", 'record has neither "text" nor "html"')
    usable = [key for key in given if isinstance(record[key], str) and record[key].strip()]
    if not usable:
        return _unusable(where, given[0], record[given[0]])
    meta = {key: _field(record, key) for key in METADATA}
    return Source(origin=where, body=record[usable[0]], format=usable[0], **meta)


def _unusable(where: str, key: str, body: object) -> Skip:
    if not isinstance(body, str):
        return skip(where, "malformed record", f'"{key}" is {type(body).__name__}, not a string')
    return skip(where, "empty", f'"{key}" is empty')


def _field(record: dict, key: str) -> str | None:
    """A metadata value as a string; numbers (an integer id) are written out, blanks are None."""
    value = record.get(key)
    text = value.strip() if isinstance(value, str) else (None if value is None else str(value))
    return text or None
