"""The analyst's corrections in SQLite: a log kept beside the facts, mixed into SQLiteStore."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from datetime import datetime, timezone

from bilat.curate import Correction, anchor_from_dict


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class CurationLog:
    """add_correction, corrections, undo_correction: the store side of `bilat curate`."""
    db: sqlite3.Connection

    def add_correction(self, correction: Correction) -> int:
        """Keep a correction in the log; returns its id.

        >>> store.add_correction(Correction("reject-engagement", (Anchor("e:1"),), "not an event"))  # doctest: +SKIP
        1
        """
        row = (_now(), correction.action, json.dumps([asdict(a) for a in correction.anchors]), correction.field,
               correction.value, json.dumps(correction.setting), correction.reason)
        return self.db.execute(_INSERT, row).lastrowid

    def corrections(self) -> list[Correction]:
        """Every correction, in the order made, undone ones included (they carry `undone`)."""
        return [_correction(r) for r in self.db.execute("SELECT * FROM corrections ORDER BY id")]

    def undo_correction(self, correction_id: int) -> bool:
        """Mark a correction undone; False when there is no such live correction."""
        sql = "UPDATE corrections SET undone_at = ? WHERE id = ? AND undone_at IS NULL"
        return self.db.execute(sql, (_now(), correction_id)).rowcount == 1


_INSERT = ("INSERT INTO corrections (made_at, action, anchors, field, value, setting, reason)"
           " VALUES (?, ?, ?, ?, ?, ?, ?)")


def _correction(row: sqlite3.Row) -> Correction:
    return Correction(row["action"], tuple(anchor_from_dict(a) for a in json.loads(row["anchors"])), row["reason"],
                      field=row["field"], value=row["value"], setting=json.loads(row["setting"] or "null"),
                      id=row["id"], made=row["made_at"], undone=row["undone_at"])
