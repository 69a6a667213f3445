"""Hand-built inputs for extraction tests: documents, person mentions, time expressions."""
from __future__ import annotations

import re

from bilat.extract.evidence import split_sentences
from bilat.model import DateInterval, Document, Mention, Published, Timex


def document(text: str, published: str | None = "2024-03-15") -> Document:
    dated = Published(published, "day", "text") if published else Published()
    return Document(id="t1", source="test", text=text, raw=text, content_hash="h", published=dated)


def mentions(text: str, people: dict[str, tuple[str, str | None, str | None]]) -> list[Mention]:
    """Every occurrence of each written form: {form: (full name, country, title)}."""
    found = []
    for form, (name, country, title) in people.items():
        for m in re.finditer(rf"\b{re.escape(form)}\b", text):
            if not any(x.start <= m.start() < x.end for x in found):
                found.append(Mention("p:" + name.lower().replace(" ", "-"), name, m.start(), m.end(), title, country))
    return sorted(found, key=lambda m: m.start)


def timexes(text: str, dates: dict[str, tuple[str, str, str] | None]) -> list[Timex]:
    """Time expressions by their words: {words: (start, end, precision) or None for no date}."""
    found = []
    for words, span in dates.items():
        for m in re.finditer(re.escape(words), text):
            found.append(Timex(m.start(), m.end(), words, DateInterval(*span) if span else None))
    return sorted(found, key=lambda t: t.start)


def inputs(text, people=None, dates=None, published="2024-03-15"):
    """(doc, sentences, mentions, timexes) for one invented text."""
    return document(text, published), split_sentences(text), mentions(text, people or {}), timexes(text, dates or {})
