"""Evidence spans: every fact points at the exact text it came from."""
from __future__ import annotations

import re

from bilat.model import Document, Evidence, Sentence

_BREAK = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z\"“'‘(\d])|\n\s*\n|\n(?=\s*[•◦\-\*\d]\s)|\n")


def evidence(doc: Document, start: int, end: int) -> Evidence:
    """The Evidence for doc.text[start:end], trimmed of surrounding blanks.

    >>> evidence(doc, 0, 12).quote == doc.text[0:12].strip()
    True
    """
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return Evidence(doc.id, start, end, doc.text[start:end])


def split_sentences(text: str) -> list[Sentence]:
    """A plain sentence splitter, used when the parser is not available.

    >>> [s.text for s in split_sentences("They met. He left.")]
    ['They met.', 'He left.']
    """
    found, start = [], 0
    for m in _BREAK.finditer(text):
        if "\n" not in m.group() and _after_initial(text, m.start()):
            continue
        found.append(_sentence(text, start, m.start()))
        start = m.end()
    found.append(_sentence(text, start, len(text)))
    return [s for s in found if s.text]


def _after_initial(text: str, end: int) -> bool:
    """'P. Kumaran', 'Mr. Park', 'Dr. Rao': a full stop that ends no sentence."""
    word = text[:end].split()[-1] if text[:end].split() else ""
    return bool(re.fullmatch(r"[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Smt|Shri|St|Gen|Lt|Col|Adm|Prof|No|Vol)\.", word))


def joined_after_titles(text: str, sentences: list[Sentence]) -> list[Sentence]:
    """'… called on Minister Smt. | Kamala Rao on Monday.': a cut after a title or initial is one sentence.

    >>> [s.text for s in joined_after_titles("He met Smt. Rao.", [Sentence(0, 11, "He met Smt."), Sentence(12, 16, "Rao.")])]
    ['He met Smt. Rao.']
    """
    found: list[Sentence] = []
    for s in sentences:
        last = found[-1] if found else None
        if last and _after_initial(text, last.end) and "\n" not in text[last.end:s.start]:
            found[-1] = _sentence(text, last.start, s.end)
        else:
            found.append(s)
    return found


def _sentence(text: str, start: int, end: int) -> Sentence:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    return Sentence(start + lead, start + lead + len(body), body)


def split_sentences_within(text: str, sentence: Sentence) -> list[Sentence]:
    """Line breaks end a sentence, whatever the parser thought, unless the line is wrapped mid-sentence."""
    found, start = [], sentence.start
    for m in re.finditer(r"\n", text[sentence.start:sentence.end]):
        if is_wrapped(text, sentence.start + m.start()):
            continue
        found.append(_sentence(text, start, sentence.start + m.start()))
        start = sentence.start + m.end()
    found.append(_sentence(text, start, sentence.end))
    return [s for s in found if s.text]


def is_wrapped(text: str, newline: int) -> bool:
    """A long line cut after a word or comma and followed by more text is one sentence hard-wrapped.

    >>> is_wrapped("India's Commerce Minister will visit Seoul next week to sign a trade\npact.", 68)
    True
    """
    line = text[text.rfind("\n", 0, newline) + 1:newline]
    end = text.find("\n", newline + 1)
    following = text[newline + 1:end if end >= 0 else len(text)]
    return (len(line.strip()) >= 50 and bool(re.search(r"[a-z,]$", line.rstrip(" ")))
            and _is_prose(line) and _is_prose(following))


def _is_prose(line: str) -> bool:
    """Most words of running text start in lower case; headlines and menus do not."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", line)
    return len(words) >= 3 and sum(w[0].islower() for w in words) >= len(words) / 2
