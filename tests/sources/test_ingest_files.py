"""Files by extension and by sniffing, folders, standard input."""
import io

import pytest

from ingest_helpers import ARTICLE, PAGE, html_records, read, skips, sources, warc_bytes

FEED = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title>"
        "<item><title>Talks in Seoul</title><link>https://desk.example.org/a</link>"
        f"<description>{ARTICLE}</description></item></channel></rss>")
RECORD = '{"id": "d-7", "title": "Talks", "text": "%s"}\n' % ARTICLE


@pytest.mark.parametrize("name, content, format", [
    ("report.txt", ARTICLE, "text"),
    ("notes.md", "# Talks\n\n" + ARTICLE, "text"),
    ("REPORT", ARTICLE, "text"),                     # no extension: text
    ("page.html", PAGE, "html"),
    ("page.htm", PAGE, "html"),
    ("page.aspx", PAGE, "html"),                     # unknown extension, HTML tags: sniffed
    ("story.dat", ARTICLE, "text"),                  # unknown extension, no tags: text
])
def test_a_file_is_read_in_the_format_its_name_or_content_says(write, name, content, format):
    [source] = read(write(name, content))
    assert (source.format, source.body, source.origin) == (format, content, str(write(name, content)))


def test_a_broken_html_page_is_still_read_as_html(write):
    [source] = read(write("broken.html", "<html><body><div><p>" + ARTICLE + "<p><b>unclosed"))
    assert source.format == "html"


@pytest.mark.parametrize("name, content, expected", [
    ("feed.rss", FEED, [("html", "Talks in Seoul")]),
    ("feed.xml", FEED, [("html", "Talks in Seoul")]),
    ("unknown.dat", FEED, [("html", "Talks in Seoul")]),  # sniffed as a feed
    ("records.jsonl", RECORD, [("text", "Talks")]),
    ("records.ndjson", RECORD, [("text", "Talks")]),
    ("dump.data", RECORD, [("text", "Talks")]),            # sniffed as JSON Lines
])
def test_feeds_and_records_give_one_source_each(write, name, content, expected):
    assert [(s.format, s.title) for s in read(write(name, content))] == expected


def test_a_caller_given_id_is_kept(write):
    [source] = read(write("records.jsonl", RECORD))
    assert source.id == "d-7"


def test_a_folder_is_walked_in_sorted_order_without_hidden_files_or_code(write, tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.html", "sub/deeper/d.txt", ".hidden.txt", ".git/config",
                 "tools/make.py", "img/logo.png"]:
        write(name, PAGE if name.endswith(".html") else ARTICLE)
    origins = [s.origin for s in read(tmp_path)]
    assert [o.removeprefix(str(tmp_path) + "/") for o in origins] == [
        "a.txt", "b.txt", "sub/c.html", "sub/deeper/d.txt"]


def test_an_empty_folder_is_reported(tmp_path):
    [skip] = read(tmp_path)
    assert skip.reason == "empty" and str(tmp_path) in skip.message


def test_one_bad_file_in_a_folder_does_not_stop_the_others(write, tmp_path):
    write("a.txt", ARTICLE), write("b.txt", b""), write("c.txt", ARTICLE)
    items = read(tmp_path)
    assert [type(item).__name__ for item in items] == ["Source", "Skip", "Source"]


def test_inputs_are_read_in_the_order_given(write):
    first, second = write("z.txt", ARTICLE), write("a.html", PAGE)
    assert [s.origin for s in read(first, second)] == [str(first), str(second)]


@pytest.mark.parametrize("content, expected", [
    (ARTICLE.encode(), [("text", "<stdin>")]),
    (PAGE.encode(), [("html", "<stdin>")]),
    (RECORD.encode(), [("text", "<stdin>:1")]),
    (FEED.encode(), [("html", "<stdin>#entry-1 (https://desk.example.org/a)")]),
    (warc_bytes(html_records(2)), [("html", "<stdin>#record-1 (https://news.example.net/1)"),
                                   ("html", "<stdin>#record-2 (https://news.example.net/2)")]),
])
def test_standard_input_is_sniffed(content, expected):
    items = read("-", stdin=io.BytesIO(content))
    assert [(s.format, s.origin) for s in sources(items)] == expected and not skips(items)


@pytest.mark.parametrize("content, reason", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (ARTICLE.encode() * 10, "too large"),
])
def test_bad_standard_input_is_skipped(content, reason):
    [skip] = read("-", stdin=io.BytesIO(content), max_bytes=1000)
    assert skip.reason == reason and skip.message.startswith("<stdin>: ")
