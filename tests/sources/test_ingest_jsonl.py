"""JSON Lines records: one Source per line, a Skip naming each bad line, the rest still read."""
import json

import pytest

from ingest_helpers import ARTICLE, PAGE, read, skips, sources

GOOD = json.dumps({"id": "seoul-talks", "url": "https://desk.example.org/seoul", "title": "Talks in Seoul",
                   "published": "2024-10-08", "text": ARTICLE})


def test_a_record_keeps_its_id_url_title_and_date(write):
    path = write("news.jsonl", GOOD + "\n")
    [source] = read(path)
    assert (source.origin, source.id, source.url, source.title, source.published, source.format, source.body) == (
        f"{path}:1", "seoul-talks", "https://desk.example.org/seoul", "Talks in Seoul", "2024-10-08", "text", ARTICLE)


@pytest.mark.parametrize("record, expected", [
    ({"id": 42, "html": PAGE}, ("42", "html", PAGE)),                        # a numeric id is kept as text
    ({"text": ARTICLE, "html": PAGE}, (None, "text", ARTICLE)),             # text wins when both are given
    ({"text": "", "html": PAGE}, (None, "html", PAGE)),                     # an empty text falls back to html
    ({"id": "  ", "title": None, "text": ARTICLE}, (None, "text", ARTICLE)),  # blank metadata is no metadata
])
def test_a_record_gives_text_or_html(write, record, expected):
    [source] = read(write("news.jsonl", json.dumps(record)))
    assert (source.id, source.format, source.body) == expected


@pytest.mark.parametrize("line, reason, problem", [
    ('{"id": "a" "text": "x"}', "malformed record", "malformed JSON (Expecting ',' delimiter, column 12)"),
    ('{"id": "a", "text": "unfinished', "malformed record", "malformed JSON (Unterminated string"),
    ('["a list", "not an object"]', "malformed record", "not a JSON object but list"),
    ('"just a string"', "malformed record", "not a JSON object but str"),
    ('{"id": "a", "title": "No body"}', "malformed record", 'record has neither "text" nor "html"'),
    ('{"id": "a", "text": ["para one"]}', "malformed record", '"text" is list, not a string'),
    ('{"id": "a", "text": "   "}', "empty", '"text" is empty'),
])
def test_a_bad_line_is_skipped_by_line_number_and_the_rest_is_read(write, line, reason, problem):
    path = write("feeds/news.jsonl", "\n".join([GOOD, line, GOOD.replace("seoul-talks", "third")]) + "\n")
    items = read(path)
    [skip] = skips(items)
    assert (skip.reason, skip.origin) == (reason, f"{path}:2")
    assert skip.message.startswith(f"{path}:2: {problem}")
    assert [s.id for s in sources(items)] == ["seoul-talks", "third"]


def test_a_line_that_is_not_utf8_is_skipped_alone(write):
    path = write("news.jsonl", GOOD.encode() + b'\n{"text": "Caf\xe9"}\n' + GOOD.encode() + b"\n")
    items = read(path)
    assert [item.origin for item in items] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert skips(items)[0].reason == "undecodable"


def test_a_line_over_the_size_limit_is_skipped_without_holding_it(write):
    huge = json.dumps({"id": "huge", "text": ARTICLE * 50})
    path = write("news.jsonl", "\n".join([GOOD, huge, GOOD]) + "\n")
    items = read(path, max_bytes=len(GOOD) + 10)
    assert [(type(item).__name__, item.origin) for item in items] == [
        ("Source", f"{path}:1"), ("Skip", f"{path}:2"), ("Source", f"{path}:3")]
    assert skips(items)[0].reason == "too large"


def test_blank_lines_are_passed_over_and_line_numbers_stay_true(write):
    path = write("news.jsonl", "\n" + GOOD + "\n\n   \n" + GOOD + "\n")
    assert [s.origin for s in read(path)] == [f"{path}:2", f"{path}:5"]


@pytest.mark.parametrize("content", ["\n\n", "   "])
def test_a_file_with_no_records_is_empty(write, content):
    path = write("news.jsonl", content)
    [skip] = read(path)
    assert (skip.reason, skip.origin) == ("empty", str(path))
