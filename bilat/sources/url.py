"""Fetching http(s) URLs with httpx: status, timeout and connection problems become Skips."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from bilat import __version__
from bilat.sources.formats import format_of_media_type, format_of_name
from bilat.sources.route import Items, Options, read_bytes
from bilat.sources.skip import skip, too_large
from bilat.model import Skip

USER_AGENT = f"bilat/{__version__} (news reader for bilateral-relations research)"
# Most specific first: a timeout is also a transport error
NETWORK_PROBLEMS = (
    (httpx.TimeoutException, "timeout", "no answer within the time limit"),
    (httpx.ConnectError, "unreachable", "cannot connect"),
    (httpx.TooManyRedirects, "too many redirects", "too many redirects"),
    (httpx.UnsupportedProtocol, "bad URL", "not an http(s) URL"),
    (httpx.InvalidURL, "bad URL", "not a valid URL"),
    (httpx.HTTPError, "unreachable", "network error"),
)


def is_url(given: str) -> bool:
    """True for http:// and https:// inputs.

    >>> is_url("https://example.org/feed.rss")
    True
    """
    return given.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Fetched:
    url: str                    # after redirects
    data: bytes
    media_type: str | None      # the Content-Type header as sent
    charset: str | None


class Web:
    """The HTTP client for URL inputs: the caller's, or one made on first use and closed at the end."""

    def __init__(self, client: httpx.Client | None, timeout: float):
        self._client, self._owned, self.timeout = client, client is None, timeout

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout, follow_redirects=True,
                                        headers={"User-Agent": USER_AGENT})
        return self._client

    def close(self) -> None:
        if self._owned and self._client is not None:
            self._client.close()


def fetch(url: str, client: httpx.Client, max_bytes: int) -> Fetched | Skip:
    """The body of `url`, or a Skip naming the status or network problem."""
    try:
        with client.stream("GET", url) as response:
            return _received(url, response, max_bytes)
    except httpx.HTTPError as error:
        return _network_skip(url, error)


def _network_skip(url: str, error: httpx.HTTPError) -> Skip:
    reason, problem = next((reason, problem) for kind, reason, problem in NETWORK_PROBLEMS if isinstance(error, kind))
    detail = str(error) or type(error).__name__
    return skip(url, reason, f"{problem} ({detail})")


def _received(url: str, response: httpx.Response, max_bytes: int) -> Fetched | Skip:
    if response.status_code >= 400:
        return skip(url, f"HTTP {response.status_code}", f"HTTP {response.status_code} {response.reason_phrase}")
    if int(response.headers.get("content-length") or 0) > max_bytes:
        return too_large(url, int(response.headers["content-length"]), max_bytes)
    data = bytearray()
    for chunk in response.iter_bytes():
        data += chunk
        if len(data) > max_bytes:
            return too_large(url, None, max_bytes)
    return Fetched(str(response.url), bytes(data), response.headers.get("content-type"), response.charset_encoding)


def read_url(url: str, web: Web, options: Options) -> Items:
    """Sources from one URL: by its Content-Type, else the URL's extension, else the content."""
    fetched = fetch(url, web.client, options.max_bytes)
    if isinstance(fetched, Skip):
        yield fetched
        return
    format = format_of_media_type(fetched.media_type) or format_of_name(urlsplit(fetched.url).path)
    yield from read_bytes(url, fetched.data, format, options, url=fetched.url, charset=fetched.charset)
