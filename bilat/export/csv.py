"""CSV tables: one file per table, flat columns, ids linking the tables (for pandas or a spreadsheet).

Lists inside a cell (aliases, topics, documents) are joined with ";".
"""
from __future__ import annotations

import csv
from pathlib import Path

from bilat.model import DateInterval, Document, Evidence

# Each table's columns, so an empty table still gets its header.
COLUMNS = {
    "documents": ["id", "source", "url", "title", "published_date", "published_precision", "published_basis",
                  "language", "relevant", "relevance", "topics"],
    "actors": ["id", "kind", "name", "aliases", "country", "mentions"],
    "roles": ["actor_id", "title", "organization", "country", "as_of", "documents"],
    "engagements": ["id", "kind", "title", "mechanism", "ordinal", "date_start", "date_end", "date_precision",
                    "date_basis", "place", "location_country", "status", "countries", "topics", "documents"],
    "participants": ["engagement_id", "actor_id", "name", "role", "country"],
    "commitments": ["id", "statement", "action", "parties", "strength", "made_start", "made_end",
                    "made_precision", "due_start", "due_end", "due_precision", "due_text", "status",
                    "fulfilled_by", "superseded_by", "topics", "documents"],
    "evidence": ["subject_id", "subject_kind", "doc", "start", "end", "quote"],
    "flags": ["subject_id", "kind", "field", "message"],
}


def joined(values) -> str:
    return ";".join(v for v in values if v)


def interval(prefix: str, d: DateInterval | None) -> dict:
    """{"date_start": ..., "date_end": ..., "date_precision": ...}, blanks when undated."""
    d = d or DateInterval(None, None, "unknown")
    return {f"{prefix}_start": d.start, f"{prefix}_end": d.end, f"{prefix}_precision": d.precision}


def document_rows(documents: list[Document]) -> list[dict]:
    return [{"id": d.id, "source": d.source, "url": d.url, "title": d.title, "published_date": d.published.date,
             "published_precision": d.published.precision, "published_basis": d.published.basis,
             "language": d.language, "relevant": d.relevant, "relevance": d.relevance,
             "topics": joined(d.topics)} for d in documents]


def actor_rows(record) -> list[dict]:
    return [{"id": a.id, "kind": a.kind, "name": a.name, "aliases": joined(a.aliases), "country": a.country,
             "mentions": len(a.evidence)} for a in record.actors]


def role_rows(record) -> list[dict]:
    return [{"actor_id": a.id, "title": r.title, "organization": r.organization, "country": r.country,
             "as_of": r.as_of, "documents": joined(dict.fromkeys(ev.doc for ev in r.evidence))}
            for a in record.actors for r in a.roles]


def engagement_rows(record) -> list[dict]:
    return [{"id": e.id, "kind": e.kind, "title": e.title, "mechanism": e.mechanism.name if e.mechanism else None,
             "ordinal": e.mechanism.ordinal if e.mechanism else None, **interval("date", e.date),
             "date_basis": e.date_basis, "place": e.location.place, "location_country": e.location.country, "status": e.status,
             "countries": joined(e.countries), "topics": joined(e.topics), "documents": joined(e.documents)}
            for e in record.engagements]


def participant_rows(record) -> list[dict]:
    return [{"engagement_id": e.id, "actor_id": p.actor, "name": p.name, "role": p.role, "country": p.country}
            for e in record.engagements for p in e.participants]


def commitment_rows(record) -> list[dict]:
    return [{"id": c.id, "statement": c.statement, "action": c.action, "parties": joined(c.parties),
             "strength": c.strength, **interval("made", c.made), **interval("due", c.due), "due_text": c.due_text,
             "status": c.status, "fulfilled_by": c.fulfilled_by, "superseded_by": c.superseded_by,
             "topics": joined(c.topics), "documents": joined(c.documents)} for c in record.commitments]


def _evidence(subject_id: str, kind: str, evidence: tuple[Evidence, ...]) -> list[dict]:
    return [{"subject_id": subject_id, "subject_kind": kind, "doc": ev.doc, "start": ev.start, "end": ev.end,
             "quote": ev.quote} for ev in evidence]


def evidence_rows(record) -> list[dict]:
    """Every piece of evidence, keyed by the actor, engagement, commitment or flag it supports."""
    rows = [r for a in record.actors for r in _evidence(a.id, "actor", a.evidence)]
    rows += [r for e in record.engagements for r in _evidence(e.id, "engagement", e.evidence)]
    rows += [r for c in record.commitments for r in _evidence(c.id, "commitment", c.evidence)]
    return rows + [r for f in record.flags for r in _evidence(f.subject, "flag", f.evidence)]


def flag_rows(record) -> list[dict]:
    return [{"subject_id": f.subject, "kind": f.kind, "field": f.field, "message": f.message} for f in record.flags]


def csv_tables(documents: list[Document], record) -> dict[str, list[dict]]:
    """Table name -> rows, ready to write.

    >>> csv_tables([], record)["engagements"][0]["date_start"]  # doctest: +SKIP
    '2024-03-04'
    """
    return {"documents": document_rows(documents), "actors": actor_rows(record), "roles": role_rows(record),
            "engagements": engagement_rows(record), "participants": participant_rows(record),
            "commitments": commitment_rows(record), "evidence": evidence_rows(record), "flags": flag_rows(record)}


def write_csv(folder: str | Path, documents: list[Document], record) -> list[Path]:
    """Write documents.csv, actors.csv, ... into `folder` (created if missing); return the paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in csv_tables(documents, record).items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS[name])
            writer.writeheader()
            writer.writerows(rows)
        written.append(path)
    return written
