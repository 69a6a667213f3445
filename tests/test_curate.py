"""Analyst corrections on facts built by hand: what each does, that automatic fusion never
undoes it, that it finds its target again when ids change, undo, and 'not applied'."""
from dataclasses import replace

import pytest

from bilat.api import record
from bilat.curate import Correction, anchor_of, day_interval, find, log_entry, setting
from bilat.model import (Actor, Commitment, DateInterval, Document, Engagement, Evidence, Facts, Participant,
                         Place, Published)
from bilat.store import open_store

TEXT = "Sanjay Kumar met Cho Tae-yul in Seoul on Monday. S. Kumar signed the pact. They will meet again."


def doc(doc_id: str, day: str = "2024-03-05") -> Document:
    return Document(id=doc_id, source="test", text=TEXT, raw=TEXT, content_hash="h-" + doc_id,
                    published=Published(day, "day", "text"), relevant=True, relevance=0.9)


def person(doc_id: str, name: str, country: str = "IND", quotes=None) -> Actor:
    quotes = quotes or [name]
    return Actor("p:" + name.lower().replace(" ", "-").replace(".", ""), "person", name, country=country,
                 evidence=tuple(Evidence(doc_id, 10 * i, 10 * i + len(q), q) for i, q in enumerate(quotes)))


def meeting(doc_id: str, day: str = "2024-03-05", who=("p:sanjay-kumar", "p:cho-tae-yul"), kind="meeting",
            at=(0, 48), status="held") -> Engagement:
    return Engagement(f"e:{doc_id}-{kind}-{at[0]}", kind, "talks", DateInterval(day, day, "day"), status,
                      Place("Seoul", "KOR"), participants=tuple(Participant(a, a[2:]) for a in who),
                      countries=("IND", "KOR"), documents=(doc_id,), evidence=(Evidence(doc_id, *at, TEXT[slice(*at)]),))


def promise(doc_id: str, action="meet again", at=(74, 96)) -> Commitment:
    return Commitment(f"c:{doc_id}-{at[0]}", TEXT[slice(*at)], action, ("IND", "KOR"), "firm",
                      DateInterval("2024-03-05", "2024-03-05", "day"), documents=(doc_id,),
                      evidence=(Evidence(doc_id, *at, TEXT[slice(*at)]),))


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "bilat.db")) as s:
        yield s


def save(store, doc_id, *facts, day="2024-03-05"):
    kinds = {Actor: "actors", Engagement: "engagements", Commitment: "commitments"}
    grouped = {k: tuple(f for f in facts if kinds[type(f)] == k) for k in kinds.values()}
    store.save(doc(doc_id, day), Facts(**grouped))


def correct(store, action, *targets, **extra) -> int:
    """What `bilat curate` does: find the targets in the current record, anchor them, log it."""
    current = record(store)
    facts = [find(current, what, fact_id) for what, fact_id in targets]
    return store.add_correction(Correction(action, tuple(anchor_of(f) for f in facts), "because", **extra))


def people(store) -> list[list[str]]:
    return sorted(sorted({e.doc for e in a.evidence}) for a in record(store).actors)


# ---------------------------------------------------------------- people
def test_merged_people_stay_merged_and_participants_follow(store):
    save(store, "d1", person("d1", "Sanjay Kumar"), meeting("d1", who=("p:sanjay-kumar",)))
    save(store, "d2", person("d2", "Lee Jae-won", "IND"), meeting("d2", who=("p:lee-jae-won",)))
    assert len(record(store).engagements) == 2
    correct(store, "merge-people", ("person", "p:sanjay-kumar"), ("person", "p:lee-jae-won"))
    after = record(store)
    assert people(store) == [["d1", "d2"]]
    assert len(after.engagements) == 1  # participants follow the merge, so the two reports are one meeting
    save(store, "d3", person("d3", "Lee Jae-won", "IND"))  # a new document
    assert people(store) == [["d1", "d2", "d3"]]


def test_a_split_person_is_never_fused_back_even_when_new_documents_arrive(store):
    save(store, "d1", person("d1", "Cho Tae-yul", "KOR"))
    save(store, "d2", person("d2", "Cho Tae Yul", "KOR"), meeting("d2", who=("p:cho-tae-yul",)))
    assert people(store) == [["d1", "d2"]]  # the machine takes them for one person
    correct(store, "split-person", ("person", "p:cho-tae-yul"), value="Cho Tae Yul")
    assert people(store) == [["d1"], ["d2"]]
    assert record(store).engagements[0].participants[0].actor == "p:cho-tae-yul-2"  # the meeting follows
    save(store, "d3", person("d3", "Cho Tae Yul", "KOR"))
    save(store, "d4", person("d4", "Cho Tae-yul", "KOR"))
    assert people(store) == [["d1", "d4"], ["d2", "d3"]]
    assert {a.name for a in record(store).actors} == {"Cho Tae-yul", "Cho Tae Yul"}


def test_split_person_takes_out_only_the_mentions_written_with_the_alias(store):
    save(store, "d1", person("d1", "Sanjay Kumar", quotes=["Sanjay Kumar", "Kumar", "S. Kumar"]))
    correct(store, "split-person", ("person", "p:sanjay-kumar"), value="S. Kumar")
    quotes = {a.name: [e.quote for e in a.evidence] for a in record(store).actors}
    assert quotes == {"Sanjay Kumar": ["Sanjay Kumar", "Kumar"], "S. Kumar": ["S. Kumar"]}


# ---------------------------------------------------------------- engagements
def test_a_split_engagement_is_never_fused_back_and_new_reports_still_join(store):
    save(store, "d1", meeting("d1"))
    save(store, "d2", meeting("d2"))
    [fused] = record(store).engagements
    correct(store, "split-engagement", ("engagement", fused.id), value="d2")
    assert sorted(e.documents for e in record(store).engagements) == [("d1",), ("d2",)]
    save(store, "d3", meeting("d3", day="2024-03-06"))
    assert sorted(e.documents for e in record(store).engagements) == [("d1", "d3"), ("d2",)]


def test_a_rejected_engagement_stays_out_and_takes_its_new_reports_with_it(store):
    save(store, "d1", meeting("d1"), meeting("d1", kind="signing", at=(49, 73)))
    signing = next(e for e in record(store).engagements if e.kind == "signing")
    correct(store, "reject-engagement", ("engagement", signing.id))
    save(store, "d2", meeting("d2", kind="signing", at=(49, 73)))
    assert [e.kind for e in record(store).engagements] == ["meeting"]


def test_merged_engagements_stay_merged(store):
    save(store, "d1", meeting("d1"))
    save(store, "d2", meeting("d2", day="2024-07-01", who=("p:someone-else",)))
    first, second = record(store).engagements
    correct(store, "merge-engagements", ("engagement", first.id), ("engagement", second.id))
    [merged] = record(store).engagements
    assert merged.documents == ("d1", "d2") and merged.date.start == "2024-03-05"
    assert any(f.field == "date" for f in record(store).flags)  # the sources still disagree, and say so


@pytest.mark.parametrize("field, value, attribute, expected", [
    ("date", "2024-03", "date", DateInterval("2024-03-01", "2024-03-31", "month")),
    ("date", "2024-02-29", "date", DateInterval("2024-02-29", "2024-02-29", "day")),
    ("place", "Busan", "location", Place("Busan", "KOR")),
    ("place", "India", "location", Place(None, "IND")),
    ("status", "cancelled", "status", "cancelled"),
    ("kind", "visit", "kind", "visit"),
])
def test_set_fixes_a_field_of_the_fused_engagement(store, field, value, attribute, expected):
    save(store, "d1", meeting("d1"))
    [e] = record(store).engagements
    correct(store, "set", ("engagement", e.id), field=field, value=value, setting=setting(field, value))
    assert getattr(record(store).engagements[0], attribute) == expected


def test_setting_the_place_settles_the_place_flag(store):
    save(store, "d1", meeting("d1"))
    save(store, "d2", replace(meeting("d2"), location=Place("Busan", "KOR")))
    assert [f.field for f in record(store).flags] == ["location"]
    e = record(store).engagements[0]
    correct(store, "set", ("engagement", e.id), field="place", value="Busan", setting=setting("place", "Busan"))
    assert record(store).flags == () and record(store).engagements[0].location.place == "Busan"


@pytest.mark.parametrize("value, expected", [
    ("2024-05-14", DateInterval("2024-05-14", "2024-05-14", "day")),
    ("2023-02", DateInterval("2023-02-01", "2023-02-28", "month")),
    ("2025", DateInterval("2025-01-01", "2025-12-31", "year")),
])
def test_iso_days_months_and_years_become_intervals(value, expected):
    assert day_interval(value) == expected


@pytest.mark.parametrize("field, value, says", [
    ("date", "May 14", "YYYY-MM-DD"), ("date", "2024-13", "no such date"),
    ("place", "Qzxville", "not a known city or country"), ("status", "postponed", "held, planned, cancelled"),
    ("kind", "lunch", "summit, meeting"), ("title", "x", "a field is one of"),
])
def test_a_bad_value_says_what_is_expected(field, value, says):
    with pytest.raises(ValueError, match=says):
        setting(field, value)


# ---------------------------------------------------------------- commitments
def test_fulfil_links_the_commitment_to_the_engagement(store):
    save(store, "d1", promise("d1", action="set up a working group on ports"))
    save(store, "d2", meeting("d2", day="2024-04-02"), day="2024-04-02")
    c, e = record(store).commitments[0], record(store).engagements[0]
    assert c.status != "fulfilled"
    correct(store, "fulfil", ("commitment", c.id), ("engagement", e.id))
    done = record(store).commitments[0]
    assert (done.status, done.fulfilled_by) == ("fulfilled", e.id)


def test_not_fulfilled_overrides_the_automatic_link(store):
    save(store, "d1", replace(promise("d1", action="hold a meeting"), parties=("IND", "KOR")))
    save(store, "d2", meeting("d2", day="2024-04-02"), day="2024-04-02")
    c = record(store).commitments[0]
    assert c.status == "fulfilled"  # the machine links the meeting
    correct(store, "not-fulfilled", ("commitment", c.id))
    assert record(store).commitments[0].status in {"pending", "overdue", "lapsed"}
    assert record(store).commitments[0].fulfilled_by is None


def test_a_statement_that_is_not_a_commitment_leaves_the_board(store):
    save(store, "d1", promise("d1"), promise("d1", action="sign the pact", at=(49, 73)))
    c = next(c for c in record(store).commitments if c.action == "meet again")
    correct(store, "not-commitment", ("commitment", c.id))
    assert [c.action for c in record(store).commitments] == ["sign the pact"]


# ---------------------------------------------------------------- ids that change, targets that vanish, undo
def renumbered(facts: Facts) -> Facts:
    """The same facts under new per-document ids, as a rule change may give them."""
    return Facts(actors=facts.actors, engagements=tuple(replace(e, id=e.id + "-v2") for e in facts.engagements),
                 commitments=tuple(replace(c, id=c.id + "-v2") for c in facts.commitments))


def test_corrections_find_their_targets_again_when_ids_change(store):
    save(store, "d1", meeting("d1"), meeting("d1", kind="signing", at=(49, 73)), promise("d1"))
    signing = next(e for e in record(store).engagements if e.kind == "signing")
    correct(store, "reject-engagement", ("engagement", signing.id))
    correct(store, "not-commitment", ("commitment", record(store).commitments[0].id))
    store.save_facts(doc("d1"), renumbered(store.facts()["d1"]))
    after = record(store)
    assert [e.kind for e in after.engagements] == ["meeting"] and after.engagements[0].id.endswith("-v2")
    assert after.commitments == () and after.not_applied == ()


def test_a_correction_whose_target_vanished_is_kept_and_reported_not_applied(store):
    save(store, "d1", meeting("d1"), person("d1", "Sanjay Kumar"), person("d1", "Cho Tae-yul", "KOR"))
    number = correct(store, "reject-engagement", ("engagement", record(store).engagements[0].id))
    other = correct(store, "merge-people", ("person", "p:sanjay-kumar"), ("person", "p:cho-tae-yul"))
    store.save(doc("d1"), Facts())  # re-extraction finds nothing any more
    after = record(store)
    assert after.not_applied == (number, other)
    assert [log_entry(c, after.not_applied)["applied"] for c in store.corrections()] == [False, False]


def test_undo_returns_the_record_to_the_machines_reading_and_keeps_the_entry(store):
    save(store, "d1", meeting("d1"))
    number = correct(store, "reject-engagement", ("engagement", record(store).engagements[0].id))
    assert record(store).engagements == ()
    assert store.undo_correction(number) and not store.undo_correction(number)
    assert len(record(store).engagements) == 1
    [entry] = store.corrections()
    assert entry.undone and entry.reason == "because"


def test_corrections_apply_in_the_order_made(store):
    save(store, "d1", person("d1", "Cho Tae-yul", "KOR"))
    save(store, "d2", person("d2", "Cho Tae Yul", "KOR"))
    correct(store, "split-person", ("person", "p:cho-tae-yul"), value="Cho Tae Yul")
    correct(store, "merge-people", ("person", "p:cho-tae-yul"), ("person", "p:cho-tae-yul-2"))
    assert people(store) == [["d1", "d2"]]


def test_the_log_round_trips_through_the_store(store):
    save(store, "d1", meeting("d1"))
    e = record(store).engagements[0]
    correct(store, "set", ("engagement", e.id), field="date", value="2024-03", setting=setting("date", "2024-03"))
    [c] = store.corrections()
    assert (c.id, c.action, c.targets, c.field, c.value, c.undone) == (1, "set", (e.id,), "date", "2024-03", None)
    assert c.anchors[0].spans == (("d1", 0, 48),) and c.made
