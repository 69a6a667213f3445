"""mechanisms, topics, person and the extra export formats, end to end on articles written for the test."""
import csv
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from bilat.cli import cli

ARTICLES = {
    "jc9.txt": "India and Korea hold 9th Joint Commission in New Delhi\n\n"
               "New Delhi, March 12, 2019 – External Affairs Minister Anita Rao and South Korean Foreign Minister "
               "Kim Ji-ho co-chaired the 9th India–Republic of Korea Joint Commission in New Delhi on Tuesday.\n\n"
               "The two ministers reviewed trade and investment flows and agreed to deepen cooperation on "
               "semiconductors.\n",
    "jc10.txt": "Rao and Kim meet in Seoul for 10th Joint Commission\n\n"
                "Seoul, June 4, 2024 – External Affairs Minister Anita Rao held talks with South Korean Foreign "
                "Minister Kim Ji-ho in Seoul on Tuesday at the 10th India–Republic of Korea Joint Commission.\n\n"
                "Both sides said semiconductors and critical minerals supply chains would be the focus of the "
                "partnership, and they welcomed new investment in chip plants.\n",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    path = str(tmp_path_factory.mktemp("db") / "record.db")
    result = CliRunner().invoke(cli, ["--db", path, "ingest", str(folder), "--pair", "IND,KOR"])
    assert result.exit_code == 0, result.output
    return path


def run(db, *args, ok=True):
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert (result.exit_code == 0) == ok, result.output
    return result.output


def test_mechanisms_shows_sessions_and_the_gap(db):
    (jc,) = json.loads(run(db, "mechanisms", "--format", "json"))
    assert jc["name"] == "Joint Commission" and [s["ordinal"] for s in jc["sessions"]] == [9, 10]
    assert [g["message"] for g in jc["gaps"]] == ["no session between the 9th in 2019 and the 10th in 2024 (5.2 years)"]
    assert run(db, "mechanisms", "--gap-years", "6", "--format", "csv").strip().endswith("—")


def test_topics_counts_every_year_in_range(db):
    rows = list(csv.DictReader(run(db, "topics", "--format", "csv").splitlines()))
    semiconductors = next(r for r in rows if r["topic"] == "semiconductors")
    # each session discussed chips (the sentence after the meeting says so): one document, one engagement a year
    assert semiconductors["2019"] == "1/1" and semiconductors["2022"] == "0/0" and semiconductors["2024"] == "1/1"
    assert "2019" not in run(db, "topics", "--from", "2024-01-01", "--format", "md")


def test_person_shows_offices_engagements_and_cited_sentences(db):
    view = json.loads(run(db, "person", "rao", "--format", "json"))
    assert view["name"] == "Anita Rao" and view["offices"][0]["title"] == "External Affairs Minister"
    assert [e["mechanism"]["ordinal"] for e in view["engagements"] if e["mechanism"]] == [9, 10]
    assert any("co-chaired the 9th" in q["quote"] for q in view["quotes"])


@pytest.mark.parametrize("name, message", [
    ("Anita Roa", "no person named 'Anita Roa'; did you mean Anita Rao?"),
    ("Zorawar Singh", "no person named 'Zorawar Singh'"),
])
def test_unknown_person_is_one_line_with_close_names(db, name, message):
    output = run(db, "person", name, ok=False)
    assert message in output and "Traceback" not in output


def test_export_csv_writes_a_folder_of_tables(db, tmp_path):
    run(db, "export", "--format", "csv", "-o", str(tmp_path / "tables"))
    with (tmp_path / "tables" / "engagements.csv").open(encoding="utf-8") as f:
        ordinals = sorted(r["ordinal"] for r in csv.DictReader(f) if r["mechanism"])
    assert ordinals == ["10", "9"]
    assert "give a folder with -o FOLDER" in run(db, "export", "--format", "csv", ok=False)


def test_export_graphml_joins_the_two_ministers(db, tmp_path):
    run(db, "export", "--format", "graphml", "-o", str(tmp_path / "actors.graphml"))
    graph = nx.read_graphml(tmp_path / "actors.graphml")
    edge = graph.edges["p:anita-rao", "p:kim-ji-ho"]
    assert edge["relation"] == "met" and edge["weight"] >= 2 and edge["first"] == "2019-03-12"
    assert graph.nodes["c:KOR"]["kind"] == "country"


def test_export_plover_is_json_lines_to_standard_output(db):
    events = [json.loads(line) for line in run(db, "export", "--format", "plover").splitlines()]
    jc9 = next(e for e in events if e["mechanism"] and e["mechanism"]["ordinal"] == 9)
    assert (jc9["event_type"], jc9["actor"]["country"], jc9["recipient"]["country"]) == ("CONSULT", "IND", "KOR")
    assert jc9["event_date"] == "2019-03-12" and jc9["sources"][0]["quotes"]


def test_export_json_is_still_the_default(db):
    assert json.loads(run(db, "export"))["schema"] == "bilat.export/1"
