"""Composes the stages: read -> clean -> date -> relevance -> extract -> store. Nothing else."""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from bilat.clean import clean, site, site_lines
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


def build_document(source: Source, pair: Pair, seen: frozenset[str] = frozenset()) -> Document:
    """Clean, date, identify the language of and score one source (no extraction yet).

    `seen` are short lines the source's site repeats on its other pages (furniture).
    """
    cleaned = clean(source, seen)
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


@dataclass(frozen=True)
class Built:
    """A cleaned, dated, scored document on its way to extraction and the store."""
    doc: Document
    replacing: bool             # an older version with the same id is in the store
    site: str | None            # web site whose repeated lines it feeds (plain text only)


def needs_extraction(doc: Document) -> bool:
    """Only relevant English documents are read for facts; others are marked, never mis-read."""
    return doc.relevant and (doc.language or "en") == "en"


def extract_facts(doc: Document, pair: Pair, parsed=None) -> tuple[Document, Facts]:
    """Facts of a relevant English document; other documents keep no facts."""
    if not needs_extraction(doc):
        return doc, Facts()
    from bilat.extract import extract
    facts = extract(doc, pair, parsed)
    return replace(doc, topics=facts.topics), facts


def ingest(store, inputs: Iterable[str], pair: Pair, *, progress: Callable[[str], None] = lambda _: None,
           workers: int = 1, **read_options) -> IngestReport:
    """Read every input and store each document with its facts, one transaction per document.

    Documents stream through spaCy in batches; with `workers` > 1 the statistical model runs in
    that many processes while this one cleans, extracts and stores.
    """
    report = IngestReport()
    built = _build_all(store, read_sources(inputs, **read_options), pair, report, progress)
    for item, parsed in _parse_stream(built, workers):
        _save(store, item, pair, report, parsed)
    store.set_meta("pair", ",".join(pair))
    return report


def _build_all(store, items, pair: Pair, report: IngestReport, progress) -> Iterator[Built]:
    this_run: dict[str, str] = {}     # id -> content hash of documents read so far in this run
    for item in items:
        if isinstance(item, Skip):
            report.skipped.append(item)
        else:
            yield from _built(store, item, pair, report, this_run)
        progress(item.origin)


def _guarded(source_origin: str, report: IngestReport, work: Callable):
    """Run one document's stage; a failure becomes that document's one-line skip, never the batch's."""
    try:
        return work()
    except BilatError as e:
        report.skipped.append(Skip(source_origin, getattr(e, "reason", "unreadable"), str(e)))
    except Exception as e:  # a bug in one stage must not abort the batch; the message names the record
        report.skipped.append(Skip(source_origin, "internal error", f"{source_origin}: {type(e).__name__}: {e}"))
    return None


def _built(store, source: Source, pair: Pair, report: IngestReport, this_run: dict[str, str]) -> list[Built]:
    """[the built document], or [] when unchanged or unreadable."""
    digest = content_hash(source.body)
    doc_id = source.id or digest[:16]
    previous = this_run.get(doc_id) or store.content_hash(doc_id)
    if previous == digest:
        report.unchanged.append(doc_id)
        return []
    this_run[doc_id] = digest
    where = site(source) if source.format == "text" else None  # HTML has trafilatura for its chrome
    seen = store.repeated_lines(where) if where else frozenset()
    doc = _guarded(source.origin, report, lambda: build_document(source, pair, seen))
    return [Built(doc, previous is not None, where)] if doc else []


def _parse_stream(built: Iterable[Built], workers: int) -> Iterator[tuple[Built, object]]:
    """Each document with spaCy's Doc of its text (None when it needs no extraction)."""
    from bilat.nlp.parse import parse_stream
    texts = ((b.doc.text if needs_extraction(b.doc) else "", b) for b in built)
    for parsed, b in parse_stream(texts, workers):
        yield b, (parsed if needs_extraction(b.doc) else None)


def _save(store, item: Built, pair: Pair, report: IngestReport, parsed) -> None:
    doc = item.doc
    done = _guarded(doc.source, report, lambda: extract_facts(doc, pair, parsed))
    if done is None:
        return
    store.save(*done)
    if item.site:
        store.save_site_lines(item.site, doc.id, site_lines(doc.raw))
    (report.replaced if item.replacing else report.ingested).append(doc.id)
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
