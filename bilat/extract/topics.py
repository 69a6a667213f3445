"""Topics from the taxonomy in topics.md, recognized by keyword phrases kept as data.

The phrases live in `data/topics.json`; a phrase in capitals ("AI", "UN") must
match case and all, the rest match in any case.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def topic_phrases() -> dict[str, list[str]]:
    """Topic id -> its keyword phrases, as in data/topics.json."""
    data = json.loads(resources.files("bilat.extract").joinpath("data/topics.json").read_text())
    return {topic: phrases for topic, phrases in data.items() if not topic.startswith("_")}


def _phrase_regex(phrase: str) -> str:
    """'semiconductor*' -> a word-bounded regex allowing any word ending."""
    stem = phrase.rstrip("*")
    body = re.escape(stem).replace(r"\ ", r"[\s\-]+")
    tail = r"\w*" if phrase.endswith("*") else ""
    if stem[:1].isalnum() and (tail or stem[-1:].isalnum()):
        return rf"\b{body}{tail}\b"   # \b is far cheaper than lookarounds on every position
    return rf"(?<![\w]){body}{tail}(?![\w])"


def _is_acronym(phrase: str) -> bool:
    # "AI", "UN", "INS", "EV": short capitals that would match ordinary words in any case
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 4


def _needles(phrases: list[str], exact: bool) -> tuple[str, ...]:
    """Plain substrings one of which any hit must contain: a cheap test before the regex."""
    firsts = {re.split(r"[\s\-]+", p.rstrip("*"))[0] for p in phrases}
    return tuple(f if exact else f.lower() for f in firsts if f)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern, tuple[str, ...], bool]]:
    table = []
    for topic, phrases in topic_phrases().items():
        phrases = sorted(phrases, key=len, reverse=True)    # longest first: "cyber security" before "cyber"
        exact = [p for p in phrases if _is_acronym(p)]
        loose = [p for p in phrases if not _is_acronym(p)]
        if exact:
            table.append((topic, re.compile("|".join(map(_phrase_regex, exact))), _needles(exact, True), True))
        if loose:
            table.append((topic, re.compile("|".join(map(_phrase_regex, loose)), re.IGNORECASE),
                          _needles(loose, False), False))
    return table


def topic_hits(text: str) -> list[tuple[str, int, int]]:
    """Every (topic, start, end) keyword hit in `text`, in text order; the longest phrase wins a spot.

    >>> topic_hits("talks on semiconductors")
    [('semiconductors', 9, 23)]
    """
    lower = text.lower()
    hits = [(topic, m.start(), m.end()) for topic, pattern, needles, exact in _patterns()
            if any(n in (text if exact else lower) for n in needles) for m in pattern.finditer(text)]
    kept: list[tuple[str, int, int]] = []
    for hit in sorted(hits, key=lambda h: (h[1], -h[2], h[0])):
        if not (kept and hit[1] < kept[-1][2]) and not in_a_name(text, hit[1], hit[2]):
            kept.append(hit)
    return kept


@lru_cache(maxsize=1)
def _name_head() -> re.Pattern:
    data = json.loads(resources.files("bilat.extract").joinpath("data/topics.json").read_text())
    return re.compile(rf"(?:{'|'.join(data['_name_heads'])})")


def in_a_name(text: str, start: int, end: int) -> bool:
    """'Deputy National Security Advisor', 'Ministry of Shipping': a title or an office, not the subject.

    >>> in_a_name("the National Security Advisor met", 4, 21), in_a_name("national security talks", 0, 17)
    (True, False)
    """
    if not text[start:start + 1].isupper():
        return False
    after = re.match(r"(?:\s+(?:[A-Z][\w’'\-]*|of|and|for|&))*", text[end:]).group().split()
    before = re.search(r"(?:(?:[A-Z][\w’'\-]*|of|and|for|&),?\s+)*$", text[:start]).group().split()
    words = before + text[start:end].split() + after
    return any(_name_head().fullmatch(w.strip(",")) for w in words)


def span_topics(text: str) -> tuple[str, ...]:
    """The topics a sentence or passage touches, in order of first mention.

    >>> span_topics("They discussed green hydrogen and the Indo-Pacific.")
    ('green_hydrogen', 'regional_security')
    """
    return tuple(dict.fromkeys(topic for topic, _, _ in topic_hits(text)))


def document_topics(text: str) -> tuple[str, ...]:
    """The topics of a whole document: every topic with at least one keyword hit.

    >>> document_topics("A pact on civil nuclear cooperation was signed.")
    ('nuclear_energy',)
    """
    return span_topics(text)
