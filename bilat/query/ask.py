"""`ask`: a question in plain English answered from the record, every fact cited, never invented.

A question is read into a query (ask_read), matched against the fused record
(ask_match) and answered by the engagement, commitment or who's-who views
(ask_answer). When the structured record holds no answer, a full-text search
over the documents shows the passages that mention the question's words; when
that finds nothing either, the answer says so.
"""
from __future__ import annotations

import re
from datetime import date

from bilat.extract.evidence import evidence, split_sentences
from bilat.model import DateInterval, Document, Evidence
from bilat.query.ask_answer import NOTHING, PASSAGES, Answer, answer, cite
from bilat.query.ask_read import Reading, read
from bilat.query.views import load

__all__ = ["ask", "Answer", "passages"]


def ask(store, question: str, as_of: date | None = None) -> Answer:
    """Answer `question` from the record in `store`, as of a date (default today).

    >>> ask(store, "When was the last Strategic Dialogue?", date(2025, 6, 1)).text  # doctest: +SKIP
    'The most recent: 2024-03-07 — 5th Strategic Dialogue (dialogue, New Delhi) ...'
    """
    reading = read(question, as_of or date.today())
    found = answer(load(store, reading.as_of), reading)
    return found if found.found else passages(store, reading)


def passages(store, reading: Reading, limit: int = 5) -> Answer:
    """The fallback: sentences of stored documents that hold the question's words (in its period)."""
    words = reading.search_words
    hits = store.search(" ".join(words), limit * 4) if words else []
    found = []
    for hit in hits:
        doc = store.document(hit["id"])
        if doc is not None and _in_period(doc, reading):
            found.append(best_sentence(doc, words))
    found = found[:limit]
    if not found:
        return Answer(NOTHING, interpretation=reading.as_dict())
    text = "\n".join([PASSAGES] + [cite(ev) for ev in found])
    rows = tuple({"doc": ev.doc, "quote": ev.quote} for ev in found)
    return Answer(text, rows, tuple(found), False, reading.as_dict())


def _in_period(doc: Document, reading: Reading) -> bool:
    """A document can speak for a period only when it was published in it (undated: only without one)."""
    period = reading.period
    if period.start is None and period.end is None:
        return True
    day = doc.published.date
    return bool(day) and period.holds(_interval(day))


def _interval(day: str) -> DateInterval:
    return DateInterval(day, day, "day")


def best_sentence(doc: Document, words: tuple[str, ...]) -> Evidence:
    """The sentence of `doc` holding the most of `words` (whole words, any case)."""
    patterns = [re.compile(rf"(?<!\w){re.escape(w)}", re.IGNORECASE) for w in words]
    sentences = split_sentences(doc.text) or []
    best = max(sentences, key=lambda s: sum(bool(p.search(s.text)) for p in patterns), default=None)
    if best is None:
        return Evidence(doc.id, 0, 0, "")
    return evidence(doc, best.start, best.end)
