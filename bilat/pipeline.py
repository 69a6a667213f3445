"""Composes the stages: read -> clean -> date -> relevance -> extract -> store. Nothing else."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable

from bilat.clean import clean
from bilat.errors import BilatError
from bilat.sources import read_sources
from bilat.model import Document, Facts, Skip, Source
from bilat.nlp.language import detect_language
from bilat.nlp.published import date_document
from bilat.nlp.relevance import relevance

Pair = tuple[str, str]


@dataclass
class IngestReport:
    """What one `ingest` run did; `skipped` holds the one-line messages."""
    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    relevant: list[str] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)

    def skip_reasons(self) -> Counter:
        return Counter(s.reason for s in self.skipped)


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


def build_document(source: Source, pair: Pair) -> Document:
    """Clean, date, identify the language of and score one source (no extraction yet)."""
    cleaned = clean(source)
    digest = content_hash(source.body)
    published = date_document(cleaned.text, raw=source.body, url=source.url,
                              metadata=source.published, cleaned_meta=cleaned.published)
    score, is_relevant = relevance(cleaned.text, pair, title=source.title or cleaned.title)
    return Document(
        id=source.id or digest[:16], source=source.origin, text=cleaned.text, raw=source.body,
        content_hash=digest, published=published, url=source.url,
        title=source.title or cleaned.title or _first_line(cleaned.text),
        language=detect_language(cleaned.text), relevant=is_relevant, relevance=round(score, 3),
        segments=cleaned.segments, removed=cleaned.removed)


def extract_facts(doc: Document, pair: Pair) -> tuple[Document, Facts]:
    """Facts of a relevant English document; other documents keep no facts."""
    if not doc.relevant or (doc.language or "en") != "en":
        return doc, Facts()
    from bilat.extract import extract
    facts = extract(doc, pair)
    return replace(doc, topics=facts.topics), facts


def ingest(store, inputs: Iterable[str], pair: Pair, *, progress: Callable[[str], None] = lambda _: None,
           **read_options) -> IngestReport:
    """Read every input and store each document with its facts, one transaction per document."""
    report = IngestReport()
    for item in read_sources(inputs, **read_options):
        if isinstance(item, Skip):
            report.skipped.append(item)
        else:
            _ingest_one(store, item, pair, report)
        progress(item.origin)
    store.set_meta("pair", ",".join(pair))
    return report


def _ingest_one(store, source: Source, pair: Pair, report: IngestReport) -> None:
    digest = content_hash(source.body)
    doc_id = source.id or digest[:16]
    previous = store.content_hash(doc_id)
    if previous == digest:
        report.unchanged.append(doc_id)
        return
    try:
        doc, facts = extract_facts(build_document(source, pair), pair)
    except BilatError as e:
        report.skipped.append(Skip(source.origin, getattr(e, "reason", "unreadable"), str(e)))
        return
    except Exception as e:  # a bug in one stage must not abort the batch; the message names the record
        report.skipped.append(Skip(source.origin, "internal error", f"{source.origin}: {type(e).__name__}: {e}"))
        return
    store.save(doc, facts)
    (report.replaced if previous else report.ingested).append(doc.id)
    if doc.relevant:
        report.relevant.append(doc.id)


def reextract(store, doc_ids: Iterable[str], pair: Pair) -> list[str]:
    """Run extraction again on stored documents, without re-reading their sources."""
    done = []
    for doc_id in doc_ids:
        doc = store.document(doc_id)
        if doc is None:
            raise BilatError(f"{doc_id}: no such document (see `bilat docs`)")
        doc, facts = extract_facts(doc, pair)
        store.save_facts(doc, facts)
        done.append(doc_id)
    return done


def _first_line(text: str) -> str | None:
    """The first line that reads like a headline (four words or more), as a stand-in title."""
    line = next((l.strip() for l in text.splitlines() if len(l.split()) >= 4), "")
    return line[:160] or None
