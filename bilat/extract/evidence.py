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


def _sentence(text: str, start: int, end: int) -> Sentence:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    body = chunk.strip()
    return Sentence(start + lead, start + lead + len(body), body)


def split_sentences_within(text: str, sentence: Sentence) -> list[Sentence]:
    """Line breaks always end a sentence, whatever the parser thought."""
    found, start = [], sentence.start
    for m in re.finditer(r"\n", text[sentence.start:sentence.end]):
        found.append(_sentence(text, start, sentence.start + m.start()))
        start = sentence.start + m.end()
    found.append(_sentence(text, start, sentence.end))
    return [s for s in found if s.text]
