"""RSS and Atom feeds read from files: one Source per entry."""
import pytest

from ingest_helpers import ARTICLE, read, skips, sources

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk</title>
<item><title>Ministers meet in Seoul</title><link>https://desk.example.org/seoul</link>
<pubDate>Tue, 08 Oct 2024 10:00:00 +0900</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[<p>{article}</p>]]></content:encoded></item>
<item><title>Trade talks resume</title><link>https://desk.example.org/trade</link>
<description>The second round of trade talks opened in New Delhi on Monday.</description></item>
<item><title>Only a headline</title><link>https://desk.example.org/bare</link></item>
</channel></rss>""".replace("{article}", ARTICLE)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Statements</title><id>urn:statements</id>
<updated>2025-04-15T12:00:00Z</updated>
<entry><title>Joint statement issued</title><link href="https://statements.example.org/js-12"/>
<id>urn:js-12</id><updated>2025-04-15T12:00:00Z</updated>
<content type="text">The two ministers agreed to meet again in 2026.</content></entry>
</feed>"""


def test_each_rss_item_is_a_source_with_its_link_title_and_date(write):
    path = write("desk.rss", RSS)
    items = read(path)
    first, second = sources(items)
    assert (first.origin, first.url, first.title, first.published, first.format) == (
        f"{path}#entry-1 (https://desk.example.org/seoul)", "https://desk.example.org/seoul",
        "Ministers meet in Seoul", "Tue, 08 Oct 2024 10:00:00 +0900", "html")
    assert ARTICLE in first.body                                       # content wins over the summary
    assert second.body == "The second round of trade talks opened in New Delhi on Monday."
    [skip] = skips(items)
    assert (skip.reason, skip.origin) == ("empty", f"{path}#entry-3 (https://desk.example.org/bare)")


def test_an_atom_entry_in_plain_text_is_a_text_source(write):
    [source] = read(write("statements.atom", ATOM))
    assert (source.format, source.title, source.published, source.body) == (
        "text", "Joint statement issued", "2025-04-15T12:00:00Z", "The two ministers agreed to meet again in 2026.")


@pytest.mark.parametrize("content, reason, problem", [
    ("<rss version='2.0'><channel><title>Quiet desk</title></channel></rss>", "empty", "feed has no entries"),
    ("<catalog><book>Not a feed</book></catalog>", "malformed feed", "not a readable RSS/Atom feed"),
])
def test_a_feed_without_entries_is_skipped(write, content, reason, problem):
    path = write("desk.xml", content)
    [skip] = read(path)
    assert skip.reason == reason and skip.message.startswith(f"{path}: {problem}")
