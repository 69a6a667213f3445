"""`bilat curate` end to end on articles we wrote: every kind of correction survives a re-extraction
that gives every fact a new id, and a new document reporting the same events."""
import json
import shutil

import pytest
from click.testing import CliRunner

import bilat.extract.commitments as commitment_rules
import bilat.extract.engagements as engagement_rules
import bilat.extract.people as people_rules
from bilat.api import record
from bilat.cli import cli
from bilat.store import open_store

ARTICLES = [
    {"id": "a", "published": "2024-05-14", "title": "India and South Korea hold talks on shipbuilding",
     "text": "SEOUL: India and South Korea held talks on shipbuilding. External Affairs Minister Meera Pillai "
             "met South Korean Foreign Minister Yoon Ji-ho in Seoul on Tuesday to review cooperation in "
             "shipbuilding and semiconductors between India and South Korea.\n\n"
             "Pillai and Yoon agreed to hold the fifth Strategic Dialogue in New Delhi by March 2025.\n\n"
             "The two ministers also signed an agreement on customs cooperation."},
    {"id": "b", "published": "2024-05-15", "title": "Pillai, Yoon discuss ships and chips",
     "text": "SEOUL, May 15: Indian External Affairs Minister Meera Pillai held talks with her Korean counterpart "
             "Yoon Ji-ho in Seoul on Tuesday, officials said.\n\nThe ministers discussed semiconductors and "
             "shipbuilding. Yoon said Korea would expand investment in Indian shipyards."},
    {"id": "c", "published": "2025-03-03", "title": "India, South Korea hold fifth Strategic Dialogue",
     "text": "NEW DELHI: India and South Korea held the fifth Strategic Dialogue in New Delhi on Monday. "
             "External Affairs Minister Mira Pilai and Foreign Minister Yoon Ji-ho led the talks."},
]
LATER = {"id": "d", "published": "2024-05-16", "title": "Korea and India to deepen shipbuilding ties",
         "text": "SEOUL: South Korean Foreign Minister Yoon Ji-ho met India's External Affairs Minister Meera "
                 "Pillai in Seoul on Tuesday, May 14, and discussed shipbuilding between India and South Korea, "
                 "the foreign ministry said."}


def invoke(db, *args):
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


def jsonl(path, *articles):
    path.write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    return str(path)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    folder = tmp_path_factory.mktemp("curate")
    assert invoke(folder / "bilat.db", "ingest", jsonl(folder / "a.jsonl", *ARTICLES)).exit_code == 0
    return folder / "bilat.db"


@pytest.fixture
def db(ingested, tmp_path):
    shutil.copy(ingested, tmp_path / "bilat.db")
    return tmp_path / "bilat.db"


def current(db):
    with open_store(str(db)) as store:
        return record(store)


# finders: the id of a fact in the current record, as an analyst reads it off the JSON views
def person(name):
    return lambda r: next(a.id for a in r.actors if a.name == name)


def engagement(kind, doc=None):
    return lambda r: next(e.id for e in r.engagements if e.kind == kind and (doc is None or doc in e.documents))


def commitment(word):
    return lambda r: next(c.id for c in r.commitments if word in c.action)


def held(r, kind, doc):
    return next(e for e in r.engagements if e.kind == kind and doc in e.documents)


CORRECTIONS = [
    ("merge people", [["merge-people", person("Mira Pilai"), person("Meera Pillai")]],
     lambda r: [a.name for a in r.actors if "Pillai" in a.name] == ["Meera Pillai"]),
    ("split person", [["split-person", person("Yoon Ji-ho"), "--alias", "Yoon"]],
     lambda r: "Yoon" in {a.name for a in r.actors}
     and "Yoon" not in {e.quote for a in r.actors if a.name == "Yoon Ji-ho" for e in a.evidence}),
    ("reject engagement", [["reject-engagement", engagement("signing")]],
     lambda r: "signing" not in {e.kind for e in r.engagements}),
    ("merge engagements", [["merge-engagements", engagement("meeting", "a"), engagement("signing")]],
     lambda r: any("signed" in ev.quote for ev in held(r, "meeting", "b").evidence)),
    ("split engagement", [["split-engagement", engagement("dialogue", "c"), "--doc", "c"]],
     lambda r: not any({"a", "c"} <= set(e.documents) for e in r.engagements)),
    ("set fields", [["set", engagement("meeting", "a"), "date", "2024-05-13"],
                    ["set", engagement("meeting", "a"), "place", "Busan"],
                    ["set", engagement("meeting", "a"), "status", "cancelled"],
                    ["set", engagement("meeting", "a"), "kind", "visit"]],
     lambda r: (lambda e: (e.date.start, e.location.place, e.status) == ("2024-05-13", "Busan", "cancelled"))(
         held(r, "visit", "b"))),
    ("fulfil", [["fulfil", commitment("customs"), engagement("signing")]],
     lambda r: next((c.status, c.fulfilled_by) for c in r.commitments if "customs" in c.action)
     == ("fulfilled", held(r, "signing", "a").id)),
    ("not fulfilled", [["not-fulfilled", commitment("Strategic Dialogue")]],
     lambda r: next(c.status for c in r.commitments if "Strategic Dialogue" in c.action) != "fulfilled"),
    ("not a commitment", [["not-commitment", commitment("customs")]],
     lambda r: not any("customs" in c.action for c in r.commitments)),
]


def curate(db, steps):
    before = current(db)
    for action, *args in steps:
        given = [a(before) if callable(a) else a for a in args]
        result = invoke(db, "curate", action, *given, "--reason", "checked against the ministry's release")
        assert result.exit_code == 0, result.output


def new_ids(monkeypatch):
    """A rule change that gives every person, engagement and commitment a new per-document id."""
    for module, name in ((engagement_rules, "engagement_id"), (commitment_rules, "commitment_id"),
                         (people_rules, "slug")):
        rule = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *args, rule=rule: rule(*args) + "-v2")


def applied(db) -> list[bool]:
    return [entry["applied"] for entry in json.loads(invoke(db, "curate", "log", "--format", "json").output)]


def test_the_machine_reading_the_corrections_start_from(db):
    r = current(db)
    assert next(c.status for c in r.commitments if "Strategic Dialogue" in c.action) == "fulfilled"
    assert held(r, "dialogue", "c").documents == ("a", "c") and {"Mira Pilai", "Meera Pillai"} <= {a.name for a in r.actors}


@pytest.mark.parametrize("label, steps, holds", CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_a_correction_survives_reextraction_under_new_ids(db, monkeypatch, label, steps, holds):
    curate(db, steps)
    assert holds(current(db))
    old = {f.id for f in current(db).engagements + current(db).commitments}
    new_ids(monkeypatch)
    assert invoke(db, "reextract", "--all").exit_code == 0
    after = current(db)
    assert not old & {f.id for f in after.engagements + after.commitments}  # every id changed
    assert holds(after) and all(applied(db))


@pytest.mark.parametrize("label, steps, holds", CORRECTIONS, ids=[c[0] for c in CORRECTIONS])
def test_a_correction_survives_a_new_document_about_the_same_events(db, tmp_path, label, steps, holds):
    curate(db, steps)
    assert invoke(db, "ingest", jsonl(tmp_path / "later.jsonl", LATER)).exit_code == 0
    after = current(db)
    assert "d" in {d for e in after.engagements for d in e.documents}
    assert holds(after) and all(applied(db))


def test_undo_brings_back_the_machine_reading_and_the_log_says_so(db):
    curate(db, [["reject-engagement", engagement("signing")]])
    assert "signing" not in {e.kind for e in current(db).engagements}
    assert invoke(db, "curate", "undo", "1").output.strip() == "correction 1 undone"
    assert "signing" in {e.kind for e in current(db).engagements}
    [entry] = json.loads(invoke(db, "curate", "log", "--format", "json").output)
    assert entry["undone"] and not entry["applied"] and entry["reason"] == "checked against the ministry's release"
    assert invoke(db, "curate", "undo", "1").exit_code == 1


def test_the_log_lists_each_correction_and_says_when_its_target_is_gone(db, tmp_path):
    curate(db, [["reject-engagement", engagement("signing")], ["merge-people", person("Mira Pilai"),
                                                                person("Meera Pillai")]])
    gone = dict(ARTICLES[0], text=ARTICLES[0]["text"].replace("The two ministers also signed", "They welcomed"))
    assert invoke(db, "ingest", jsonl(tmp_path / "edited.jsonl", gone)).exit_code == 0  # the signing is gone
    table = invoke(db, "curate", "log", "--format", "csv").output.splitlines()
    assert table[0] == "id,when,what,target,value,reason,state"
    assert [row.split(",")[2] + " " + row.rsplit(",", 1)[1] for row in table[1:]] == [
        "reject-engagement not applied", "merge-people applied"]


def test_the_export_carries_the_corrections(db):
    curate(db, [["set", engagement("meeting", "a"), "place", "Busan"]])
    [entry] = json.loads(invoke(db, "export").output)["corrections"]
    assert (entry["action"], entry["field"], entry["value"], entry["applied"]) == ("set", "place", "Busan", True)
    assert entry["anchors"][0]["spans"]


@pytest.mark.parametrize("args, says", [
    (["merge-people", "p:nobody", "p:meera-pillai"], "p:nobody: no such person; find person ids with "
                                                     "`bilat people --format json`"),
    (["reject-engagement", "e:000000000000"], "`bilat timeline --format json`"),
    (["not-commitment", "c:000000000000"], "`bilat commitments --format json`"),
    (["split-person", "p:meera-pillai", "--alias", "Dr. Pillai"], "is not written so"),
    (["merge-people", "p:meera-pillai", "p:meera-pillai"], "two or more different person ids"),
    (["set", "e:000000000000", "date", "14 May"], "YYYY-MM-DD"),
])
def test_a_wrong_correction_gets_one_line_saying_how_to_fix_it(db, args, says):
    result = CliRunner().invoke(cli, ["--db", str(db), "curate", *args, "--reason", "r"])
    assert result.exit_code in (1, 2) and says in " ".join(result.output.split())
    assert json.loads(invoke(db, "curate", "log", "--format", "json").output) == []


def test_a_correction_without_a_reason_is_refused(db):
    result = CliRunner().invoke(cli, ["--db", str(db), "curate", "reject-engagement", "e:1"])
    assert result.exit_code == 2 and "--reason" in result.output


@pytest.mark.parametrize("name", sorted(cli.commands["curate"].commands))
def test_every_curate_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, ["curate", name, "--help"])
    assert result.exit_code == 0 and "Example" in result.output and f"bilat curate {name}" in result.output
