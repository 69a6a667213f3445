"""URLs and feed URLs, served by a real HTTP server on 127.0.0.1; nothing leaves the machine."""
import httpx
import pytest

from ingest_helpers import ARTICLE, PAGE, read, skips, sources

FAST = 0.5  # seconds: every network test stays short


def feed_linking_to(*links: str) -> str:
    items = "".join(f"<item><title>Story {n}</title><link>{link}</link>"
                    f"<pubDate>Tue, 0{n} Apr 2025 10:00:00 +0530</pubDate>"
                    f"<description>Summary {n}.</description></item>" for n, link in enumerate(links, 1))
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Desk</title>{items}</channel></rss>"


@pytest.mark.parametrize("path, content_type, body, format", [
    ("/story", "text/html; charset=utf-8", PAGE, "html"),
    ("/story.txt", "text/plain", ARTICLE, "text"),
    ("/download", "application/octet-stream", PAGE, "html"),     # says nothing: sniffed
    ("/latin", "text/plain; charset=iso-8859-1", "Außenminister in Seoul".encode("latin-1"), "text"),
])
def test_a_url_is_read_by_its_content_type(site, path, content_type, body, format):
    url = site.page(path, body, content_type)
    [source] = read(url, timeout=FAST)
    expected = body.decode("latin-1") if isinstance(body, bytes) else body
    assert (source.origin, source.url, source.format, source.body) == (url, url, format, expected)


def test_a_redirect_is_followed_and_the_final_url_kept(site):
    final = site.page("/final", PAGE)
    start = site.page("/old", "", status=301, headers={"Location": final})
    [source] = read(start, timeout=FAST)
    assert (source.origin, source.url) == (start, final)


@pytest.mark.parametrize("status, reason, problem", [
    (404, "HTTP 404", "HTTP 404 Not Found"),
    (503, "HTTP 503", "HTTP 503 Service Unavailable"),
    (410, "HTTP 410", "HTTP 410 Gone"),
])
def test_an_error_status_is_skipped(site, status, reason, problem):
    url = site.page("/page", "<p>no</p>", status=status)
    [skip] = read(url, timeout=FAST)
    assert (skip.reason, skip.message) == (reason, f"{url}: {problem}")


def test_a_slow_server_times_out(site):
    url = site.page("/slow", PAGE, delay=4 * FAST)
    [skip] = read(url, timeout=FAST)
    assert skip.reason == "timeout" and skip.message.startswith(f"{url}: no answer within the time limit")


def test_a_closed_port_is_unreachable(closed_port_url):
    [skip] = read(closed_port_url, timeout=FAST)
    assert skip.reason == "unreachable" and skip.message.startswith(f"{closed_port_url}: cannot connect")


def test_a_response_over_the_size_limit_is_skipped(site):
    url = site.page("/big", PAGE * 100)
    [skip] = read(url, timeout=FAST, max_bytes=1_000)
    assert skip.reason == "too large" and "over the 1.0 kB limit" in skip.message


def test_a_failed_url_does_not_stop_the_next(site, closed_port_url):
    items = read(closed_port_url, site.page("/ok", PAGE), timeout=FAST)
    assert [type(item).__name__ for item in items] == ["Skip", "Source"]


def test_a_feed_url_gives_its_entries(site):
    url = site.page("/feed", feed_linking_to(site.base + "/a", site.base + "/b"), "application/rss+xml")
    items = read(url, timeout=FAST)
    assert [(s.origin, s.body, s.title) for s in items] == [
        (f"{url}#entry-1 ({site.base}/a)", "Summary 1.", "Story 1"),
        (f"{url}#entry-2 ({site.base}/b)", "Summary 2.", "Story 2")]


def test_fetch_links_reads_each_entry_page_instead(site):
    first = site.page("/a", PAGE)
    missing = site.base + "/missing"
    url = site.page("/feed.xml", feed_linking_to(first, missing), "text/xml")
    items = read(url, timeout=FAST, fetch_links=True)
    [page] = sources(items)
    assert (page.origin, page.url, page.format, page.body, page.title, page.published) == (
        first, first, "html", PAGE, "Story 1", "Tue, 01 Apr 2025 10:00:00 +0530")
    assert [(s.origin, s.reason) for s in skips(items)] == [(missing, "HTTP 404")]


def test_a_relative_entry_link_resolves_against_the_feed_url(site):
    site.page("/news/a", PAGE)
    url = site.page("/news/feed", feed_linking_to("a"), "application/rss+xml")
    [page] = read(url, timeout=FAST, fetch_links=True)
    assert page.url == site.base + "/news/a"


def test_a_caller_client_is_used():
    seen = []

    def answer(request):
        seen.append(request.headers["x-desk"])
        return httpx.Response(200, text=PAGE, headers={"content-type": "text/html"})
    client = httpx.Client(transport=httpx.MockTransport(answer), headers={"x-desk": "asia"})
    [source] = read("https://desk.example.org/story", client=client)
    assert (source.format, seen) == ("html", ["asia"])
    assert not client.is_closed  # the caller's client is theirs to close


def test_the_default_client_names_bilat(site):
    read(site.page("/ua", PAGE), timeout=FAST)
    assert site.server.requests[0]["User-Agent"].startswith("bilat/")
