"""PLOVER-style event records: event type and mode by kind, actor and recipient, cited sources."""
import json

import pytest
from export_records import DOCUMENT, RECORD, engagement

from bilat.export.plover import plover_event, plover_lines
from bilat.model import Place

PAIR = ("IND", "KOR")
DOCS = {"d1": DOCUMENT}


@pytest.mark.parametrize("kind, place, expected_type, expected_mode", [
    ("meeting", Place("Seoul", "KOR"), "CONSULT", None),
    ("dialogue", Place("New Delhi", "IND"), "CONSULT", None),
    ("summit", Place("Singapore", "SGP"), "CONSULT", "third-party"),
    ("call", Place(None, None), "CONSULT", "phone"),
    ("visit", Place("Busan", "KOR"), "CONSULT", "visit"),
    ("signing", Place("Seoul", "KOR"), "AGREE", None),
    ("exercise", Place(None, None), "COOPERATE", "military"),
    ("event", Place("Mumbai", "IND"), "COOPERATE", None),
    ("other", Place(None, None), "CONSULT", None),
])
def test_event_type_and_mode_follow_the_kind(kind, place, expected_type, expected_mode):
    e = engagement("e:9", kind, "2024-05-02", ("p:anita-rao", "p:kim-ji-ho"), place=place)
    event = plover_event(e, DOCS, PAIR)
    assert (event["event_type"], event["mode"]) == (expected_type, expected_mode)


@pytest.mark.parametrize("kind, who, place, actor, recipient", [
    # the visitor acts, the host receives
    ("visit", ("p:kim-ji-ho", "p:anita-rao"), Place("New Delhi", "IND"), "KOR", "IND"),
    ("visit", ("p:anita-rao", "p:kim-ji-ho"), Place("Seoul", "KOR"), "IND", "KOR"),
    # otherwise the pair's first country acts
    ("meeting", ("p:kim-ji-ho", "p:anita-rao"), Place("Seoul", "KOR"), "IND", "KOR"),
    # one side only: no recipient is invented
    ("meeting", ("p:kim-ji-ho",), Place("Seoul", "KOR"), "KOR", None),
])
def test_actor_and_recipient(kind, who, place, actor, recipient):
    event = plover_event(engagement("e:9", kind, "2024-05-02", who, place=place), DOCS, PAIR)
    assert (event["actor"]["country"], event["recipient"]["country"]) == (actor, recipient)


def test_an_event_names_people_and_cites_its_sources():
    event = plover_event(RECORD.engagements[0], DOCS, PAIR)
    assert event["actor"]["names"] == ["Anita Rao"] and event["recipient"]["names"] == ["Kim Ji Ho"]
    assert event["event_date"] == "2023-03-01" and event["bilat_id"] == "e:1"
    assert event["location"] == {"place": "Seoul", "country": "KOR"}
    assert event["context"] == ["economic"] and event["mechanism"] == {"name": "Joint Commission", "ordinal": 10}
    source = event["sources"][0]
    assert source["doc"] == "d1" and source["url"] == "https://news.example.org/d1"
    assert source["quotes"][0]["quote"] == "the dialogue took place"


def test_json_lines_one_event_per_engagement():
    lines = plover_lines(RECORD, [DOCUMENT], PAIR).splitlines()
    events = [json.loads(line) for line in lines]
    assert [e["bilat_id"] for e in events] == ["e:1", "e:2", "e:3", "e:4"]
    assert events[3]["event_date"] is None and events[3]["status"] == "planned"
