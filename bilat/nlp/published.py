"""When was a document published, and how do we know?

Sources are tried from the most to the least trustworthy: metadata given with
the document, a date header or byline in the text, a dateline ("New Delhi,
February 14") whose year comes from the URL or the rest of the text, the URL
path, and finally a window inferred from the content (`bilat.nlp.inferdate`).
A guess is never presented as a day: each answer carries its precision and basis.
"""
from __future__ import annotations

import json
import re
import warnings
from datetime import date, datetime
from functools import lru_cache
from importlib import resources

import dateparser
from dateutil import parser as dateutil_parser

from bilat.model import Published

__all__ = ["date_document", "find_full_dates", "find_dateline", "is_date_line", "parse_date"]

UNKNOWN = Published(None, "unknown", "none")
ISO_PARTS = re.compile(r"^\s*((?:19|20)\d{2})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ].*)?\s*$")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("bilat.nlp").joinpath("data/published.json").read_text())


@lru_cache(maxsize=1)
def _month() -> str:
    names = sorted(_data()["months"], key=len, reverse=True)
    return r"(?i:%s)\.?" % "|".join(names)


@lru_cache(maxsize=1)
def _full_date() -> re.Pattern:
    m, d, y = _month(), r"\d{1,2}(?:st|nd|rd|th)?", r"(?:19|20)\d{2}"
    # "14 October 2016", "14-Oct-2016", "14.10.2016": a release line may join a month name with dashes too
    forms = [rf"{m}\s+{d},?\s+{y}", rf"{d}(?:\s+(?:of\s+)?|-){m}(?:,?\s+|-){y}", rf"{y}[-./]\d{{1,2}}[-./]\d{{1,2}}",
             rf"\d{{1,2}}[-./]\d{{1,2}}[-./]{y}"]
    return re.compile(r"(?<![\w/.-])(?:%s)(?![\w/-])" % "|".join(forms), re.IGNORECASE)


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    m, d = _month(), r"\d{1,2}(?:st|nd|rd|th)?"
    place = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*[(\[][^)\]\n]{1,30}[)\]])?"
    tail = r"\s*(?:\([^)\n]{1,30}\))?\s*(?:[-–—:]|$)"
    md = rf"{m}\s+{d}|{d}\s+{m}"   # "May 14" and "14 May"
    with_place = rf"^[ \t•]*{place}\s*,\s*(?P<md>{md})(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?(?={tail})"
    agency_only = rf"^[ \t]*(?P<md2>{m}\s+{d})(?=\s*\([A-Z][^)\n]{{1,30}}\)\s*[-–—:])"
    return re.compile(f"{with_place}|{agency_only}", re.MULTILINE)


def _iso(d: date, precision: str) -> str:
    return {"day": d.isoformat(), "month": d.isoformat()[:7], "year": d.isoformat()[:4]}[precision]


def parse_date(value: str) -> tuple[date, str] | None:
    """An absolute date string -> (date, precision); None when it is not one.

    >>> parse_date("Mar 28, 2021, 8:45 PM IST")
    (datetime.date(2021, 3, 28), 'day')
    """
    iso = ISO_PARTS.match(value)
    if iso:
        return _from_parts(*iso.groups())
    quick = _dateutil(value)
    if quick:
        return quick
    for precision, parts in (("day", ["day", "month", "year"]), ("month", ["month", "year"])):
        settings = {"REQUIRE_PARTS": parts, "PREFER_DAY_OF_MONTH": "first"}
        # English first: naming the language skips dateparser's costly detection
        found = dateparser.parse(value, languages=["en"], settings=settings) or dateparser.parse(value, settings=settings)
        if found:
            return found.date(), precision
    return None


_DEFAULTS = (datetime(1900, 1, 1), datetime(1904, 2, 2))


def _dateutil(value: str) -> tuple[date, str] | None:
    """dateutil's fast parser; a part missing from the string shows as a difference between two defaults."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names such as "IST" do not matter for the day
            a, b = (dateutil_parser.parse(value, default=d) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if a.year != b.year or a.month != b.month:
        return None
    return (a.date(), "day") if a.day == b.day else (a.date().replace(day=1), "month")


def _from_parts(year: str, month: str | None, day: str | None) -> tuple[date, str] | None:
    try:
        found = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return found, "day" if day else "month" if month else "year"


def find_full_dates(text: str) -> list[tuple[int, int, date]]:
    """Every absolute day-precision date written in `text`, as (start, end, date).

    >>> find_full_dates("Updated: 12 Jan 2022")[0][2]
    datetime.date(2022, 1, 12)
    """
    found = []
    for m in _full_date().finditer(text):
        parsed = parse_date(m.group())
        if parsed and parsed[1] == "day":
            found.append((m.start(), m.end(), parsed[0]))
    return found


def is_date_line(line: str) -> bool:
    """A byline or date line: a full date with few other words ("Team X, Mar 28, 2021, 8:45 PM IST")."""
    dates = find_full_dates(line)
    if not dates:
        return False
    rest = line[:dates[0][0]] + " " + line[dates[0][1]:]
    words = re.findall(r"[^\W\d_]{2,}", rest)
    cue = words and words[0].lower() in _data()["byline_cues"]
    return bool(cue) or len(words) <= _data()["max_other_words"]


def _date_header(text: str) -> Published | None:
    # converted feeds put " date 2023-08-22" before the article text
    m = re.match(r"\s*(?:date|published|posted)\s*:?\s*((?:19|20)\d{2}-\d{2}-\d{2})\b", text, re.IGNORECASE)
    parsed = parse_date(m.group(1)) if m else None
    return Published(_iso(*parsed), parsed[1], "text") if parsed else None


def _byline_places(text: str) -> list[str]:
    """Lines where a byline date sits: above and below the story, or anywhere after a cue ("Updated:")."""
    lines = [l for l in text.splitlines() if l.strip()]
    head, tail = _data()["byline_window"]
    cued = [l for l in lines[head:-tail] if (re.findall(r"[^\W\d_]+", l) or [""])[0].lower() in _data()["byline_cues"]]
    return lines[:head] + cued + lines[head:][-tail:]


def _byline(text: str) -> Published | None:
    for line in _byline_places(text):
        if is_date_line(line):
            return Published(find_full_dates(line)[0][2].isoformat(), "day", "text")
    return None


def find_dateline(text: str) -> re.Match | None:
    """The first dateline ("SEOUL, July 24 (Yonhap) --", "New Delhi, February 14") in `text`."""
    return _dateline().search(text)


def _dateline_date(text: str, url: str | None) -> Published | None:
    m = find_dateline(text)
    if not m:
        return None
    month_day = m.group("md") or m.group("md2")
    year = m.group("year") or _url_year(url) or _text_year(text, month_day)
    parsed = parse_date(f"{month_day} {year}") if year else None
    return Published(parsed[0].isoformat(), "day", "text") if parsed and parsed[1] == "day" else None


def _url_year(url: str | None) -> str | None:
    found = _url_date(url)
    return found.date[:4] if found else None


def _years(text: str) -> list[int]:
    """Years mentioned as such, leaving out targets ("by 2030") and range ends ("2015-2017")."""
    low, high = _data()["year_range"]
    targets = set(_data()["target_words"])
    years = []
    for m in re.finditer(r"(?<![\w$₹.,-])((?:19|20)\d{2})(?![\w%])", text):
        before = text[:m.start()].rstrip().split()
        if (before[-1].lower() if before else "") in targets or text[:m.start()].endswith(("-", "–")):
            continue
        if low <= int(m.group(1)) <= high:
            years.append(int(m.group(1)))
    return years


def _text_year(text: str, month_day: str) -> str | None:
    """The latest year the text mentions, unless the text dates something later that year."""
    years = _years(text)
    if not years:
        return None
    year = max(years)
    dated = parse_date(f"{month_day} {year}")
    later = [m for m in re.finditer(rf"{_month()}\s+({year})\b", text, re.IGNORECASE)
             if (p := parse_date(m.group())) and dated and p[0] > dated[0]]
    # a dated reference later in that year: the dateline may belong to the next year, so no answer
    return None if later else str(year)


URL_FORMS = (
    (re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/([0-3]\d)(?:/|$)"), "day"),
    (re.compile(r"(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-([0-3]\d)(?!\d)"), "day"),
    (re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)(?=\d{0,9}(?!\d))"), "day"),   # 'AEN20190905004700315'
    (re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])(?:/|$)"), "month"),
)


def _url_date(url: str | None) -> Published | None:
    """Dates written in URL paths: /2019/11/, /2017/03/29/, ud=20170329000239, AEN20190905004700315."""
    for pattern, precision in URL_FORMS:
        for m in pattern.finditer(url or ""):
            parsed = _from_parts(*m.groups()) if precision == "day" else _from_parts(*m.groups(), None)
            if parsed:
                return Published(_iso(parsed[0], precision), precision, "url")
    return None


def _metadata(value: str | None) -> Published | None:
    parsed = parse_date(value) if value and value.strip() else None
    return Published(_iso(*parsed), parsed[1], "metadata") if parsed else None


def _inferred(text: str) -> Published | None:
    try:
        from bilat.nlp.inferdate import infer_published
    except ImportError:  # the content-based window lands separately
        return None
    return infer_published(text)


def date_document(text: str, *, raw: str | None = None, url: str | None = None,
                  metadata: str | None = None, cleaned_meta: str | None = None) -> Published:
    """The document's publication date, its precision and how it was found.

    >>> date_document("New Delhi, February 14\\nThe talks in 2026 ...")
    Published(date='2026-02-14', precision='day', basis='text', start=None, end=None)
    """
    body = raw if raw is not None else text
    for find in (lambda: _metadata(metadata), lambda: _metadata(cleaned_meta),
                 lambda: _date_header(body), lambda: _byline(body),
                 lambda: _dateline_date(body, url), lambda: _url_date(url), lambda: _inferred(text)):
        found = find()
        if found:
            return found
    return UNKNOWN
