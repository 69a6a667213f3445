"""The `bilat.export/1` JSON contract (../shared/spec/export-format.md)."""
from __future__ import annotations

from bilat.curate import log_entry
from bilat.model import Document
from bilat.serialize import to_dict

SCHEMA = "bilat.export/1"


def document_record(doc: Document, with_text: bool = False) -> dict:
    p = doc.published
    published = {"date": p.date, "precision": p.precision, "basis": p.basis}
    if p.start or p.end:
        published.update(start=p.start, end=p.end)
    record = {"id": doc.id, "source": doc.source, "url": doc.url, "title": doc.title,
              "published": published, "language": doc.language, "relevant": doc.relevant,
              "relevance": doc.relevance, "topics": list(doc.topics)}
    if with_text:
        record["text"] = doc.text
    return record


def export_record(pair: tuple[str, str], documents, record, with_text: bool = False, corrections=()) -> dict:
    """The whole export: documents, the fused record (actors, engagements, commitments, flags)
    and the analyst's corrections, each saying whether it applies to the record now."""
    return {
        "schema": SCHEMA,
        "pair": list(pair),
        "documents": [document_record(d, with_text) for d in documents],
        "actors": [to_dict(a) for a in record.actors],
        "engagements": [_engagement(e) for e in record.engagements],
        "commitments": [to_dict(c) for c in record.commitments],
        "flags": [to_dict(f) for f in record.flags],
        "corrections": [log_entry(c, record.not_applied) for c in corrections],
    }


def _engagement(e) -> dict:
    out = to_dict(e)
    out["location"] = out["location"] or {"place": None, "country": None}
    return out
