"""Lines of a plain-text page and the features furniture removal looks at."""
from __future__ import annotations

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_][\w'’`-]*")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


@dataclass(frozen=True)
class Line:
    """One line of the raw body: raw[start:end] is its text, without the line break."""
    number: int                 # 1-based, as an editor (and the gold) counts
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(raw: str) -> list[Line]:
    """The raw body cut into lines with their offsets (same breaks as str.splitlines).

    >>> [l.text for l in split_lines("a\\r\\nb")]
    ['a', 'b']
    """
    lines, offset = [], 0
    for number, piece in enumerate(raw.splitlines(keepends=True), 1):
        text = piece.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append(Line(number, offset, offset + len(text), text))
        offset += len(piece)
    return lines


def words(text: str) -> list[str]:
    """Words made of letters (numbers and punctuation left out)."""
    return WORD.findall(text)


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text))


def continues(line: Line, following: Line, glue: frozenset[str]) -> bool:
    """Does `following` carry on the sentence of `line` (hard-wrapped prose)?"""
    if line.blank or following.blank or ends_sentence(line.text):
        return False
    head = following.text.lstrip()[:1]
    tail = line.text.rstrip()
    last = (words(tail) or [""])[-1].lower()
    return head.islower() or tail.endswith((",", "-", "–")) or last in glue


def paragraphs(lines: list[Line], glue: frozenset[str]) -> list[list[Line]]:
    """Lines grouped into paragraphs, joining hard-wrapped lines; blank lines left out."""
    groups: list[list[Line]] = []
    for i, line in enumerate(lines):
        if line.blank:
            continue
        if groups and i and continues(lines[i - 1], line, glue):
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def is_prose(paragraph: list[Line]) -> bool:
    """Article prose: a finished sentence of some length, a long run of words, or wrapped lines."""
    text = " ".join(l.text.strip() for l in paragraph)
    count = len(words(text))
    return count >= 25 or (count >= 6 and ends_sentence(text)) or (len(paragraph) > 1 and count >= 12)
