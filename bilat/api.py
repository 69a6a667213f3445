"""The Python API behind the CLI: open a record, ingest, fuse and export."""
from __future__ import annotations

from bilat.export.json import export_record
from bilat.fuse import fuse
from bilat.pipeline import IngestReport, ingest as _ingest
from bilat.store import open_store


def open(db: str = "bilat.db"):  # noqa: A001 - `bilat.open` reads like the built-in on purpose
    """Open (or create) the record in a SQLite file.

    >>> store = open(":memory:")
    """
    return open_store(db)


def ingest(store, inputs, pair=("IND", "KOR"), **options) -> IngestReport:
    """Ingest paths, folders, URLs or feeds into `store`; see `bilat ingest --help`."""
    return _ingest(store, list(inputs), tuple(pair), **options)


def record(store):
    """The fused record: one actor per person, one engagement per real event, with flags."""
    documents = {d.id: d for d in store.documents()}
    return fuse(store.facts(), documents, corrections=store.corrections())


def export_json(store, pair, with_text: bool = False) -> dict:
    """The bilat.export/1 contract as a dict."""
    return export_record(pair, list(store.documents()), record(store), with_text=with_text,
                         corrections=store.corrections())
