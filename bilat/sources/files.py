"""Files, folders and standard input."""
from __future__ import annotations

import os
from typing import BinaryIO, Iterator

from bilat.sources.formats import format_of_file
from bilat.sources.route import Items, Options, read_bytes, read_stream
from bilat.sources.skip import skip, too_large
from bilat.sources.walk import walk
from bilat.model import Skip

STDIN = "<stdin>"
STREAMED = ("warc", "jsonl")


def read_file(path: str, options: Options) -> Items:
    """Sources from one file; its size is checked before it is read whole."""
    try:
        size = os.stat(path).st_size
    except OSError as error:
        yield _unopenable(path, error)
        return
    format = format_of_file(path)
    if size == 0 or (size > options.max_bytes and format not in STREAMED):
        yield skip(path, "empty", "empty file") if size == 0 else too_large(path, size, options.max_bytes)
        return
    yield from _opened(path, size, format, options)


def _opened(path: str, size: int, format: str | None, options: Options) -> Items:
    try:
        with open(path, "rb") as stream:
            if format in STREAMED:
                yield from read_stream(path, stream, size, format, options)
                return
            data = stream.read()
    except OSError as error:
        yield _unopenable(path, error)
        return
    yield from read_bytes(path, data, format, options)


def _unopenable(path: str, error: OSError) -> Skip:
    if isinstance(error, FileNotFoundError):
        return skip(path, "not found", "no such file or folder")
    if isinstance(error, IsADirectoryError):
        return skip(path, "unreadable", "is a folder")
    return skip(path, "unreadable", f"cannot be read ({error.strerror or error})")


def read_folder(folder: str, options: Options) -> Items:
    """Sources from every document file below `folder`, in sorted order."""
    found = False
    for path in walk(folder):
        found = True
        yield from guarded(path, read_file(path, options))
    if not found:
        yield skip(folder, "empty", "folder has no document files")


def read_stdin(stream: BinaryIO, options: Options) -> Items:
    """Sources from standard input, whose format is sniffed from its content."""
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield too_large(STDIN, None, options.max_bytes)
        return
    yield from read_bytes(STDIN, data, None, options)


def guarded(origin: str, items: Iterator) -> Items:
    """The items, then, if a reader fails unexpectedly, one Skip instead of an exception."""
    try:
        yield from items
    except Exception as error:  # one bad input must never stop the rest
        yield skip(origin, "unreadable", f"could not be read ({type(error).__name__}: {error})")
