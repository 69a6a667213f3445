"""Bytes to text: byte-order mark, then UTF-8, then the declared charset, then detection."""
from __future__ import annotations

import codecs

import charset_normalizer

from bilat.sources.formats import RULES
from bilat.sources.skip import skip
from bilat.model import Skip

BOMS = (  # UTF-32 before UTF-16: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
PREFERRED = RULES["preferred_encodings"]
# Control bytes that never occur in text (tab, newlines, form feed and escape do)
CONTROL = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
MOST_CONTROL_SHARE = 0.01


def decode(origin: str, data: bytes, declared: str | None = None) -> str | Skip:
    """The text in `data`, or a Skip saying it is empty, binary or undecodable.

    >>> decode("a.txt", "Café in Seoul".encode("cp1252"))
    'Café in Seoul'
    """
    if not data.strip():
        return skip(origin, "empty", "empty file" if not data else "only whitespace")
    text = _by_bom(data) if _bom_of(data) else _guess(origin, data, declared)
    if isinstance(text, str) and not text.strip():
        return skip(origin, "empty", "only whitespace")
    return text if text is not None else skip(origin, "undecodable", "cannot decode: not UTF-8, encoding not recognised")


def _bom_of(data: bytes) -> str | None:
    return next((encoding for bom, encoding in BOMS if data.startswith(bom)), None)


def _by_bom(data: bytes) -> str | None:
    try:
        return data.decode(_bom_of(data))
    except UnicodeDecodeError:
        return None


def _guess(origin: str, data: bytes, declared: str | None) -> str | Skip | None:
    if looks_binary(data):
        return skip(origin, "binary", "binary file, not text")
    for encoding in ("utf-8", declared):
        text = _strict(data, encoding)
        if text is not None:
            return text
    return detected(data)


def _strict(data: bytes, encoding: str | None) -> str | None:
    try:
        return data.decode(encoding) if encoding else None
    except (UnicodeDecodeError, LookupError):
        return None


def looks_binary(data: bytes) -> bool:
    """True for NUL bytes or more than 1% control bytes: an image, archive or program.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    True
    """
    if b"\x00" in data:
        return True
    controls = len(data) - len(data.translate(None, CONTROL))
    return controls > MOST_CONTROL_SHARE * len(data)


def detected(data: bytes) -> str | None:
    """charset-normalizer's reading; among equally good guesses, the commonest encoding wins."""
    results = charset_normalizer.from_bytes(data)
    best = results.best()
    if best is None:
        return None
    ties = [m for m in results if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return str(min(ties, key=lambda match: _rank(match.encoding)))


def _rank(encoding: str) -> int:
    return PREFERRED.index(encoding) if encoding in PREFERRED else len(PREFERRED)
