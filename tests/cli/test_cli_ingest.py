"""The foundation as a user meets it: ingest, docs, show, search, export, reextract."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilat.cli import cli

EXAMPLES = Path(__file__).parents[2] / "examples"

ARTICLE = """India and South Korea discuss port investment

Mumbai, May 6 (PTI) - India's Shipping Secretary Neha Kulkarni met South Korean Vice Minister of Oceans Yoon Dae-sung in Mumbai on Monday, the ministry said in 2025.

The two sides agreed to set up a working group on green shipping corridors.

Related Articles

Monsoon arrives early in Kerala
Stock markets open flat
"""


def run(db, *args, input=None):
    return CliRunner().invoke(cli, ["--db", str(db), *args], input=input)


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("ex") / "bilat.db"
    first = run(db, "ingest", str(EXAMPLES))
    return db, first


def test_ingesting_the_examples_reports_a_summary_and_exits_1_for_the_skipped_records(examples_db):
    db, first = examples_db
    assert first.exit_code == 1
    assert "ingest summary" in first.output and "relevant to the pair" in first.output
    assert "crawl.warc.gz#record-" in first.output and "HTTP 404" in first.output


def test_ingesting_the_same_content_again_changes_nothing(examples_db):
    db, _ = examples_db
    again = run(db, "ingest", str(EXAMPLES / "records.jsonl"))
    assert again.exit_code == 0
    assert "│ unchanged            │ 3" in again.output


def test_docs_lists_every_example_with_its_date_basis_and_relevance(examples_db):
    db, _ = examples_db
    out = run(db, "docs").output
    assert "statement-2024-03-04-jcm11" in out and "metadata" in out
    assert "no (" in out and "yes (" in out  # the cricket report is not about the pair


def test_a_changed_record_with_the_same_id_is_replaced(tmp_path):
    db = tmp_path / "b.db"
    src = tmp_path / "one.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": ARTICLE}) + "\n")
    assert run(db, "ingest", str(src)).exit_code == 0
    src.write_text(json.dumps({"id": "a1", "text": ARTICLE.replace("Monday", "Tuesday")}) + "\n")
    out = run(db, "ingest", str(src)).output
    assert "│ replaced             │ 1" in out


def test_show_removed_marks_the_headline_list_and_export_points_into_clean_text(tmp_path):
    db = tmp_path / "c.db"
    (tmp_path / "port.txt").write_text(ARTICLE)
    assert run(db, "ingest", str(tmp_path / "port.txt")).exit_code == 0
    doc_id = json.loads(run(db, "export", "--with-text").output)["documents"][0]["id"]
    shown = run(db, "show", doc_id, "--removed").output
    assert "[removed:" in shown and "Monsoon arrives early" in shown
    clean = run(db, "show", doc_id).output
    assert "Monsoon arrives early" not in clean and "green shipping corridors" in clean
    export = json.loads(run(db, "export", "--with-text").output)
    assert export["schema"] == "bilat.export/1" and export["pair"] == ["IND", "KOR"]
    text = export["documents"][0]["text"]
    for kind in ("actors", "engagements", "commitments"):
        for fact in export[kind]:
            for ev in fact["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["quote"]


def test_standard_input_search_and_reextract(tmp_path):
    db = tmp_path / "d.db"
    assert run(db, "ingest", "-", input=ARTICLE).exit_code == 0
    found = run(db, "search", "green shipping").output
    assert "1 matches" in found and "[green]" in found
    assert "re-extracted 1 documents" in run(db, "reextract", "--all").output


def test_unknown_document_and_bad_pair_give_one_line_errors(tmp_path):
    db = tmp_path / "e.db"
    missing = run(db, "show", "nope")
    assert missing.exit_code != 0 and "nope: no such document" in missing.output
    bad = run(db, "ingest", "x.txt", "--pair", "INDIA,KOREA")
    assert bad.exit_code != 0 and "alpha-3" in bad.output


def test_the_same_record_twice_in_one_file_is_stored_once(tmp_path):
    db = tmp_path / "f.db"
    src = tmp_path / "twice.jsonl"
    src.write_text((json.dumps({"id": "t1", "text": ARTICLE}) + "\n") * 2)
    out = run(db, "ingest", str(src)).output
    assert "│ ingested             │ 1" in out and "│ unchanged            │ 1" in out


PAGE = """{headline}

Get the Daily Brief app
Follow us for the latest updates

Seoul, {day} (Yonhap) - {body}

The two sides also discussed trade and investment, officials said.
"""


def test_a_line_the_site_repeats_on_its_other_pages_is_furniture(tmp_path):
    db = tmp_path / "g.db"
    bodies = ["India's Commerce Secretary Ravi Menon met Korea's Trade Minister Ahn Sung-il in Seoul on Monday.",
              "India's Ambassador Asha Rao called on Korea's Foreign Minister Moon Tae-ho in Seoul on Tuesday.",
              "India's Navy chief Admiral Vijay Nair met Korea's Navy chief Admiral Kang Jun-ho on Wednesday."]
    for i, body in enumerate(bodies):
        page = PAGE.format(headline=f"India and Korea talk trade, part {i + 1}", day=f"May {i + 5}", body=body)
        src = tmp_path / f"p{i}.jsonl"
        src.write_text(json.dumps({"id": f"p{i}", "url": f"https://www.news.example.kr/a/{i}", "text": page}) + "\n")
        assert run(db, "ingest", str(src)).exit_code == 0
    first, third = run(db, "show", "p0").output, run(db, "show", "p2").output
    assert "Get the Daily Brief app" in first  # nothing to compare with yet
    assert "Get the Daily Brief app" not in third and "Follow us" not in third
    assert "Admiral Vijay Nair" in third and "[removed: repeated on the site]" in run(db, "show", "p2", "--removed").output


def test_two_workers_give_the_same_record_as_one(tmp_path):
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": f"w{i}", "text": ARTICLE.replace("Monday", day)}) + "\n"
                           for i, day in enumerate(["Monday", "Tuesday", "Wednesday"])))
    exports = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        assert run(db, "ingest", str(src), "--workers", workers).exit_code == 0
        exports.append(json.loads(run(db, "export").output))
    assert exports[0]["engagements"] and exports[0] == exports[1]
