"""The only place with SQL. `open_store(url)` picks the backend from the URL."""
from __future__ import annotations

from bilat.store.sqlite import SQLiteStore

__all__ = ["open_store", "SQLiteStore"]


def open_store(url: str) -> SQLiteStore:
    """Open the record at `url`: a file path (SQLite) or a postgresql:// URL.

    >>> store = open_store(":memory:")
    """
    if url.startswith(("postgresql://", "postgres://")):
        from bilat.errors import StoreError
        raise StoreError(f"{url}: PostgreSQL support is not part of this version; use a SQLite file path")
    return SQLiteStore(url)
