"""Building the one-line Skip that names what could not be read and why."""
from __future__ import annotations

from bilat.model import Skip

LONGEST_PROBLEM = 200


def skip(origin: str, reason: str, problem: str | None = None) -> Skip:
    """A Skip whose message is "origin: problem" on one printable line.

    >>> skip("feeds/news.jsonl:7", "malformed record", "not a JSON object").message
    'feeds/news.jsonl:7: not a JSON object'
    """
    return Skip(origin, reason, f"{origin}: {one_line(problem or reason)}")


def one_line(problem: str) -> str:
    """Collapse whitespace, drop control characters, and cut a long problem short."""
    printable = "".join(c if c.isprintable() else " " for c in problem)
    flat = " ".join(printable.split())
    return flat if len(flat) <= LONGEST_PROBLEM else flat[: LONGEST_PROBLEM - 1] + "…"


def size_text(size: int) -> str:
    """A size the way a person says it: 2_500_000 -> '2.5 MB', 17_400 -> '17.4 kB'."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}"
    return f"{size} bytes"


def too_large(origin: str, size: int | None, limit: int) -> Skip:
    """The Skip for a file, line, record or response over the size limit."""
    found = f"{size_text(size)}, " if size else ""
    return skip(origin, "too large", f"too large ({found}over the {size_text(limit)} limit)")
