"""CSV export: one table per file, read back with the csv module."""
import csv

import pytest
from export_records import DOCUMENT, RECORD

from bilat.export.csv import COLUMNS, write_csv
from bilat.fuse import Record


def read(folder, table):
    with (folder / f"{table}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def folder(tmp_path):
    write_csv(tmp_path / "tables", [DOCUMENT], RECORD)
    return tmp_path / "tables"


@pytest.mark.parametrize("table, count", [
    ("documents", 1), ("actors", 3), ("roles", 3), ("engagements", 4), ("participants", 8),
    ("commitments", 1), ("evidence", 3 + 4 + 1 + 1), ("flags", 1),
])
def test_each_table_has_one_row_per_fact(folder, table, count):
    assert len(read(folder, table)) == count


@pytest.mark.parametrize("table, row_id, expected", [
    ("engagements", "e:1", {"mechanism": "Joint Commission", "ordinal": "10", "date_start": "2023-03-01",
                            "place": "Seoul", "countries": "IND;KOR", "topics": "trade", "status": "held"}),
    ("engagements", "e:4", {"date_start": "", "date_precision": "unknown", "status": "planned"}),
    ("actors", "p:kim-ji-ho", {"name": "Kim Ji-ho", "aliases": "Ji-ho", "country": "KOR", "mentions": "1"}),
    ("commitments", "c:1", {"parties": "IND;KOR", "due_start": "2025-01-01", "due_text": "next year",
                            "made_start": "2024-05-02", "status": "pending"}),
    ("documents", "d1", {"published_date": "2024-05-02", "published_basis": "metadata",
                         "topics": "trade;investment", "url": "https://news.example.org/d1"}),
])
def test_rows_are_flat_and_readable(folder, table, row_id, expected):
    row = next(r for r in read(folder, table) if r["id"] == row_id)
    assert {k: row[k] for k in expected} == expected


def test_ids_link_the_tables(folder):
    actors = {r["id"] for r in read(folder, "actors")}
    engagements = {r["id"] for r in read(folder, "engagements")}
    participants = read(folder, "participants")
    assert {p["actor_id"] for p in participants} <= actors
    assert {p["engagement_id"] for p in participants} == engagements
    assert {r["actor_id"] for r in read(folder, "roles")} == actors
    subjects = {r["subject_id"] for r in read(folder, "evidence")}
    assert engagements | actors | {"c:1"} <= subjects


def test_an_empty_record_still_writes_every_header(tmp_path):
    write_csv(tmp_path, [], Record((), (), (), ()))
    for table, columns in COLUMNS.items():
        with (tmp_path / f"{table}.csv").open(encoding="utf-8") as f:
            assert f.read().strip() == ",".join(columns)
