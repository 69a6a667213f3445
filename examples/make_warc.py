"""Write examples/crawl.warc.gz: a small crawl of invented pages, the way a news crawler stores them.

Run from the repository root:  python examples/make_warc.py
Records: a request and its HTML response, a second HTML response (off-topic),
an image response and a 404 response. Dates and record ids are fixed so the file is reproducible.
"""
from __future__ import annotations

import io
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SITE = "https://news.example.net"
DIALOGUE_URL = f"{SITE}/india/2024/11/19/india-korea-defence-policy-dialogue"
MISSILE_URL = f"{SITE}/world/2025/01/14/north-korea-missile-launch"

DIALOGUE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>India, South Korea hold fifth Defence Policy Dialogue in Seoul | Northern Post</title>
<meta property="article:published_time" content="2024-11-19T17:20:00+09:00">
</head><body>
<nav><a href="/">Home</a> <a href="/india">India</a> <a href="/world">World</a></nav>
<article>
<h1>India, South Korea hold fifth Defence Policy Dialogue in Seoul</h1>
<p class="dateline">Seoul, November 19</p>
<p>India and the Republic of Korea held the fifth round of their Defence Policy Dialogue in Seoul on Tuesday,
fulfilling an understanding reached by the two defence ministers during a telephone call in June.</p>
<p>Defence Secretary Vivek Chandra led the Indian delegation, while the Korean side was headed by
Vice Minister of National Defense Oh Kyung-soo. The two sides reviewed the co-production of K9 Vajra howitzers,
maritime security cooperation and joint research on unmanned systems.</p>
<p>They agreed to conduct the first bilateral exercise between the Indian Navy and the Republic of Korea Navy
in the second half of 2025 and to sign an agreement on mutual logistics support "as soon as possible".</p>
<p>Chandra also visited the Defense Acquisition Program Administration (DAPA) and a shipyard in Geoje.</p>
</article>
<footer>&copy; 2024 Northern Post | <a href="/terms">Terms</a></footer>
</body></html>
"""

MISSILE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>North Korea fires ballistic missile into the sea | Northern Post</title>
<meta property="article:published_time" content="2025-01-14T09:05:00+09:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>North Korea fires ballistic missile into the sea</h1>
<p>North Korea launched a short-range ballistic missile towards the sea off its east coast on Tuesday morning,
the Joint Chiefs of Staff in Seoul said, the first such launch this year.</p>
<p>The missile flew about 300 kilometres before falling outside Japan's exclusive economic zone, according to
Japan's defence ministry. Pyongyang's state media did not immediately comment.</p>
<p>Analysts said the launch was likely meant as a signal ahead of annual military drills on the Korean Peninsula.</p>
</article>
<footer>&copy; 2025 Northern Post</footer>
</body></html>
"""

# The smallest valid PNG: a 1x1 transparent pixel
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def http_headers(status: str, content_type: str) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def record_headers(number: int, date: str) -> dict:
    """Fixed WARC-Record-ID and WARC-Date, so that each run writes the same file."""
    return {"WARC-Record-ID": f"<urn:uuid:{uuid.UUID(int=number)}>", "WARC-Date": date}


def write_crawl(path: Path) -> None:
    with path.open("wb") as output:
        writer = WARCWriter(output, gzip=True)
        for number, (uri, kind, payload, headers, date) in enumerate(crawl(), 1):
            record = writer.create_warc_record(uri, kind, payload=io.BytesIO(payload), http_headers=headers,
                                               warc_headers_dict=record_headers(number, date))
            writer.write_record(record)


def crawl() -> list[tuple]:
    """(uri, record type, payload, HTTP headers, WARC date) for each record, in file order."""
    request = StatusAndHeaders("GET /india/2024/11/19/india-korea-defence-policy-dialogue HTTP/1.1",
                               [("Host", "news.example.net"), ("User-Agent", "example-crawler/1.0")],
                               is_http_request=True)
    return [
        (DIALOGUE_URL, "request", b"", request, "2024-11-19T10:02:11Z"),
        (DIALOGUE_URL, "response", DIALOGUE_PAGE.encode(), http_headers("200 OK", "text/html; charset=utf-8"),
         "2024-11-19T10:02:12Z"),
        (f"{SITE}/static/pixel.png", "response", PIXEL, http_headers("200 OK", "image/png"), "2024-11-19T10:02:13Z"),
        (f"{SITE}/india/2024/11/20/page-moved", "response", b"<html><body>Not found</body></html>",
         http_headers("404 Not Found", "text/html"), "2024-11-20T08:00:00Z"),
        (MISSILE_URL, "response", MISSILE_PAGE.encode(), http_headers("200 OK", "text/html; charset=utf-8"),
         "2025-01-14T02:30:00Z"),
    ]


if __name__ == "__main__":
    write_crawl(Path(__file__).with_name("crawl.warc.gz"))
