"""SQLite store: one file, WAL, migrations, one transaction per document."""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from importlib import resources
from typing import Iterator

from bilat.errors import StoreError
from bilat.model import Document, Facts, Published, Segment
from bilat.serialize import from_dict, to_dict
from bilat.store.curation import CurationLog

FACT_KINDS = {"actor": "actors", "engagement": "engagements", "commitment": "commitments", "flag": "flags"}


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("bilat.store").joinpath("migrations")
    scripts = sorted(p for p in folder.iterdir() if p.name.endswith(".sql"))
    return [(int(p.name.split("_")[0]), p.read_text()) for p in scripts]


class SQLiteStore(CurationLog):
    """The record in a SQLite file. Use as a context manager or call close()."""

    def __init__(self, path: str):
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; only the last commit may be lost on power failure
            self.db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path}: cannot open the database ({e})") from e

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        for number, script in _migrations():
            if number > version:
                self.db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # ---------------------------------------------------------------- documents
    def content_hash(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def save(self, doc: Document, facts: Facts | None = None) -> None:
        """Write a document and its facts in one transaction, replacing what was there."""
        with self._transaction():
            self.db.execute("DELETE FROM documents WHERE id = ?", (doc.id,))
            self.db.execute(_INSERT_DOCUMENT, _document_row(doc))
            self._write_facts(doc.id, facts or Facts())

    def save_site_lines(self, site: str, doc_id: str, lines: set[str]) -> None:
        """Remember a document's short lines under its site (replacing what it had)."""
        with self._transaction():
            self.db.execute("DELETE FROM site_lines WHERE doc_id = ?", (doc_id,))
            self.db.executemany("INSERT OR IGNORE INTO site_lines VALUES (?, ?, ?)",
                                [(site, line, doc_id) for line in lines])

    def repeated_lines(self, site: str, min_docs: int = 2) -> frozenset[str]:
        """Short lines found on at least `min_docs` of the site's stored documents."""
        rows = self.db.execute("SELECT line FROM site_lines WHERE site = ? GROUP BY line "
                               "HAVING COUNT(DISTINCT doc_id) >= ?", (site, min_docs))
        return frozenset(r[0] for r in rows)

    def save_facts(self, doc: Document, facts: Facts) -> None:
        """Replace one document's facts (and its topics), e.g. after re-extraction."""
        with self._transaction():
            self.db.execute("UPDATE documents SET topics = ? WHERE id = ?", (json.dumps(list(doc.topics)), doc.id))
            self.db.execute("DELETE FROM facts WHERE doc_id = ?", (doc.id,))
            self._write_facts(doc.id, facts)

    def _write_facts(self, doc_id: str, facts: Facts) -> None:
        rows = [(doc_id, kind, getattr(f, "id", None) or f"{kind}-{i}", json.dumps(to_dict(f)))
                for kind, attr in FACT_KINDS.items() for i, f in enumerate(getattr(facts, attr))]
        self.db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?, ?, ?)", rows)

    def _transaction(self):
        return _Transaction(self.db)

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _document(row) if row else None

    def documents(self, *, relevant: bool | None = None) -> Iterator[Document]:
        """Every stored document, oldest publication first (undated last)."""
        sql = "SELECT * FROM documents" + ("" if relevant is None else " WHERE relevant = ?")
        sql += " ORDER BY published_date IS NULL, published_date, id"
        args = () if relevant is None else (int(relevant),)
        yield from (_document(r) for r in self.db.execute(sql, args))

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM documents ORDER BY id")]

    def search(self, words: str, limit: int = 20) -> list[dict]:
        """Full-text search: [{id, title, published, snippet}], best match first."""
        sql = ("SELECT d.id, d.title, d.published_date, snippet(documents_fts, 1, '[', ']', ' … ', 12) "
               "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
               "WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?")
        try:
            rows = self.db.execute(sql, (_fts_query(words), limit)).fetchall()
        except sqlite3.OperationalError as e:
            raise StoreError(f"search {words!r}: {e}") from e
        return [{"id": r[0], "title": r[1], "published": r[2], "snippet": r[3]} for r in rows]

    # ---------------------------------------------------------------- facts
    def facts(self) -> dict[str, Facts]:
        """Every document's facts, by document id."""
        found: dict[str, dict[str, list]] = {}
        for row in self.db.execute("SELECT doc_id, kind, payload FROM facts ORDER BY doc_id, rowid"):
            found.setdefault(row[0], {a: [] for a in FACT_KINDS.values()})[FACT_KINDS[row[1]]].append(
                json.loads(row[2]))
        return {doc: from_dict(Facts, lists) for doc, lists in found.items()}

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on any error: no half-written document."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *rest):
        self.db.execute("ROLLBACK" if kind else "COMMIT")


_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, source, url, title, published_date, published_precision, published_basis,"
    " published_start, published_end, language, relevant, relevance, topics, content_hash, text, raw,"
    " segments, removed, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _document_row(doc: Document) -> tuple:
    p = doc.published
    return (doc.id, doc.source, doc.url, doc.title, p.date, p.precision, p.basis, p.start, p.end,
            doc.language, int(doc.relevant), doc.relevance, json.dumps(list(doc.topics)),
            doc.content_hash, doc.text, doc.raw, json.dumps(to_dict(doc.segments)),
            json.dumps(to_dict(doc.removed)), datetime.now(timezone.utc).isoformat(timespec="seconds"))


def _document(row: sqlite3.Row) -> Document:
    published = Published(row["published_date"], row["published_precision"], row["published_basis"],
                          row["published_start"], row["published_end"])
    return Document(
        id=row["id"], source=row["source"], text=row["text"], raw=row["raw"],
        content_hash=row["content_hash"], published=published, url=row["url"], title=row["title"],
        language=row["language"], relevant=bool(row["relevant"]), relevance=row["relevance"],
        segments=from_dict(tuple[Segment, ...], json.loads(row["segments"])),
        removed=tuple(tuple(r) for r in json.loads(row["removed"])), topics=tuple(json.loads(row["topics"])))


def _fts_query(words: str) -> str:
    """Plain words become an AND of quoted terms, so punctuation never breaks FTS syntax."""
    terms = [t.replace('"', "") for t in words.split() if t.replace('"', "")]
    return " ".join(f'"{t}"' for t in terms) or '""'
