"""Name keys for matching one person written several ways."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz


def tokens(name: str) -> tuple[str, ...]:
    """Lower-case ASCII tokens; initials keep their letter ("S. Jaishankar" -> ("s", "jaishankar"))."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return tuple(t for t in re.split(r"[^a-z0-9\-]+", ascii_name) if t.strip("-"))


def compact(name: str) -> str:
    """Order-free, spacing-free key: "Cho Tae-yul" and "Cho Tae Yul" give the same string."""
    return "".join(sorted("".join(t.replace("-", "") for t in tokens(name)).split()))


def joined(name: str) -> str:
    return "".join(t.replace("-", "") for t in tokens(name))


def parts(name: str) -> set[str]:
    """Tokens with hyphenated parts also split and joined ("yoon-joo" -> yoon, joo, yoonjoo)."""
    out = set()
    for t in tokens(name):
        out |= {t.replace("-", "")} | set(t.split("-"))
    return {p for p in out if p}


@lru_cache(maxsize=1)
def common_family_names() -> frozenset[str]:
    """Family names too common to identify a person alone (Kim, Lee, Park...)."""
    try:
        text = resources.files("bilat.extract").joinpath("data/korean_surnames.txt").read_text()
    except (FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    return frozenset(w.lower() for line in text.splitlines() if not line.startswith("#")
                     for w in re.split(r"[\s,/]+", line) if w)


def _covers(short: set[str], long: set[str]) -> bool:
    """Every token of `short` is in `long`, an initial matching a token that starts with it."""
    return all(t in long or (len(t) == 1 and any(x.startswith(t) for x in long)) for t in short)


def same_name(a: str, b: str) -> bool:
    """Two written names that can be the same person (countries and roles are checked elsewhere).

    >>> same_name("S. Jaishankar", "Subrahmanyam Jaishankar"), same_name("Park Jin", "Park Yoon-joo")
    (True, False)
    """
    if joined(a) == joined(b) or compact(a) == compact(b):
        return True
    pa, pb = parts(a), parts(b)
    for short, long in ((pa, pb), (pb, pa)):  # either may be the shorter form ("S. Kumar" / "Sanjay Kumar")
        named = {t for t in short if len(t) > 1}
        if len(named) == 1 and next(iter(named)) in common_family_names():
            continue  # "Kim" alone never identifies a person
        if named and _covers(short, long):
            return True
    return len(joined(a)) >= 8 and fuzz.ratio(joined(a), joined(b)) >= 92
