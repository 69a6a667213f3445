"""WARC files: HTML responses become Sources; damage keeps what came before it."""
import pytest

from ingest_helpers import html_records, read, skips, sources, warc_bytes

MIXED = [
    ("https://news.example.net/talks", "200 OK", "text/html; charset=utf-8", b"<html><body><p>Talks held.</p></body></html>"),
    ("https://news.example.net/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
    ("https://news.example.net/api", "200 OK", "application/json", b'{"ok": true}'),
    ("https://news.example.net/gone", "404 Not Found", "text/html", b"<p>Not found</p>"),
    ("https://news.example.net/down", "503 Service Unavailable", "text/html", b"<p>Try later</p>"),
    ("https://news.example.net/old", "301 Moved Permanently", "text/html", b""),
]


@pytest.mark.parametrize("name, gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_each_record_is_a_source_or_a_reasoned_skip(write, name, gzip):
    path = write(name, warc_bytes(MIXED, gzip=gzip))
    items = read(path)
    assert [(type(item).__name__, item.reason if hasattr(item, "reason") else item.format) for item in items] == [
        ("Source", "html"), ("Skip", "not HTML"), ("Skip", "not HTML"),
        ("Skip", "HTTP 404"), ("Skip", "HTTP 503"), ("Skip", "HTTP 301")]
    first = items[0]
    assert (first.origin, first.url) == (f"{path}#record-1 (https://news.example.net/talks)",
                                         "https://news.example.net/talks")
    assert skips(items)[0].message == f"{path}#record-2 (https://news.example.net/logo.png): image/png content, not HTML"


def test_a_crawl_with_request_records_reads_only_the_pages(write, tmp_path):
    import examples_crawl
    path = tmp_path / "crawl.warc.gz"
    examples_crawl.write_crawl(path)
    items = read(path)
    assert [s.url.rsplit("/", 1)[1] for s in sources(items)] == [
        "india-korea-defence-policy-dialogue", "north-korea-missile-launch"]
    assert sorted(s.reason for s in skips(items)) == ["HTTP 404", "not HTML"]


def test_warcinfo_and_metadata_records_are_passed_over(write):
    import io
    from warcio.warcwriter import WARCWriter
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "example-crawler/1.0"}))
    writer.write_record(writer.create_warc_record("https://news.example.net/1", "metadata",
                                                  payload=io.BytesIO(b"fetchTimeMs: 120\r\n" * 20)))
    items = read(write("crawl.warc.gz", buffer.getvalue() + warc_bytes(html_records(1))))
    assert [(type(item).__name__, item.origin.rsplit("#", 1)[1]) for item in items] == [
        ("Source", "record-3 (https://news.example.net/1)")]


def cut_inside_record(data: bytes, record: int, count: int) -> bytes:
    """The file cut in the middle of record `record` (1-based) of `count` same-sized records."""
    return data[: int(len(data) * (record - 0.5) / count)]


@pytest.mark.parametrize("name, gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_a_truncated_warc_keeps_the_records_before_the_damage(write, name, gzip):
    path = write(name, cut_inside_record(warc_bytes(html_records(4), gzip=gzip), record=3, count=4))
    items = read(path)
    assert [s.url for s in sources(items)] == ["https://news.example.net/1", "https://news.example.net/2"]
    [skip] = skips(items)
    assert skip.reason == "truncated" and skip.message.startswith(f"{path}: truncated or corrupt after record 2")


def test_a_corrupt_warc_keeps_the_records_before_the_damage(write):
    data = bytearray(warc_bytes(html_records(4)))
    middle = len(data) // 2 + 40
    data[middle:middle + 30] = b"\x00" * 30
    items = read(write("crawl.warc.gz", bytes(data)))
    assert [s.url for s in sources(items)] == ["https://news.example.net/1", "https://news.example.net/2"]
    assert [s.reason for s in skips(items)] == ["truncated"] and "\n" not in skips(items)[0].message


def test_a_file_that_is_not_a_warc_is_skipped(write):
    path = write("crawl.warc", b"This is not a crawl at all.\r\n\r\n")
    [skip] = read(path)
    assert skip.reason == "truncated" and skip.message.startswith(f"{path}: truncated or corrupt at its first record")


def test_a_record_over_the_size_limit_is_skipped_and_the_next_read(write):
    records = html_records(3)
    records[1] = (records[1][0], "200 OK", "text/html", records[1][3] * 10)
    items = read(write("crawl.warc.gz", warc_bytes(records)), max_bytes=len(records[0][3]) + 100)
    assert [(type(item).__name__, getattr(item, "reason", "")) for item in items] == [
        ("Source", ""), ("Skip", "too large"), ("Source", "")]
