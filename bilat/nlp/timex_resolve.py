"""Turn the named parts of a found time expression into (start, end, precision).

Each resolver takes the match's parts, the anchor window and the tense, and
returns None when the expression cannot be placed with what the anchor tells.
"""
from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from bilat.nlp.timex_calendar import (Anchor, add_months, distance, month_span, pick_year, shift_months, third,
                                      week_span)
from bilat.nlp.timex_patterns import words

Span = tuple  # (start: date | None, end: date, precision: str)
ONE_DAY = timedelta(days=1)
TEN_MONTHS = 300


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    data = words()
    return {k.lower(): v for table in ("months", "month_abbreviations") for k, v in data[table].items()}


def month_of(name: str) -> int:
    return month_numbers()[name.rstrip(".").lower()]


def year_of(text: str) -> int:
    """ "2024" -> 2024; "'24" -> 2024."""
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def offset_of(word: str) -> int:
    return words()["relative_offsets"].get(word.lower(), 0)


def count_of(word: str | None) -> int:
    if not word:
        return 1
    return int(word) if word.isdigit() else words()["numbers"].get(word.lower(), 1)


def with_part(span: tuple[date, date], part: str | None) -> tuple[date, date]:
    """ "early 2014" -> Jan..Apr; "mid-March" -> 11..20; no part -> the whole span."""
    if not part:
        return span
    key = words()["parts"].get(" ".join(part.lower().split()), "")
    which = words()["part_thirds"].get(key)
    return span if which is None else third(span[0], span[1], which)


def around(anchor: Anchor) -> range:
    """Candidate years for an expression without one."""
    return range(anchor.lo.year - 1, anchor.hi.year + 2)


def resolve_date(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "28 March 2021", "February 12-13", "30 March to 2 April 2024", "Aug. 6"."""
    first = (month_of(parts.get("m1") or parts["m"]), int(parts["d"]))
    second = (month_of(parts.get("m2") or parts["m"]), int(parts["d2"])) if parts.get("d2") else first
    try:
        if parts.get("y"):
            year = int(parts["y"])
            start = date(year - (first > second), *first)
            return start, date(year, *second), "day"
        if not anchor.year_known:
            return None
        spans = {y: (date(y - (first > second), *first), date(y, *second)) for y in around(anchor)}
    except ValueError:
        return None
    start, end = pick_year(spans, anchor, future)
    if distance((start, end), anchor) > TEN_MONTHS:
        start, end = pick_year(spans, anchor, None)  # a yearless day this far off means the tense was misread
    return start, end, "day"


def resolve_numeric(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "2021-03-28", "28/03/2021" (day first, the usage of this genre's sources)."""
    day, month = int(parts["d"]), int(parts["m"])
    if parts["s"] == "/" and month > 12 >= day:
        day, month = month, day  # "03/28/2021" can only be month first
    try:
        value = date(int(parts["y"]), month, day)
    except ValueError:
        return None
    return value, value, "day"


def resolve_month(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "September 2023", "in September", "this August", "October last year", "early next month" is elsewhere."""
    month = month_of(parts["m"])
    if parts.get("y"):
        return (*with_part(month_span(int(parts["y"]), month), parts.get("part")), "month")
    if not anchor.year_known:
        return None
    if parts.get("yrel"):
        span = month_span(anchor.hi.year + offset_of(parts["yrel"]), month)
    else:
        span = _relative_month(month, parts.get("rel") or parts.get("rel2"), anchor, future)
    return (*with_part(span, parts.get("part")), "month")


def _relative_month(month: int, rel: str | None, anchor: Anchor, future: bool | None) -> tuple[date, date]:
    spans = {y: month_span(y, month) for y in around(anchor)}
    if rel == "this":
        return spans[anchor.hi.year]
    if rel in ("last", "past", "the past"):
        return next(spans[y] for y in sorted(spans, reverse=True) if spans[y][1] < anchor.lo)
    if rel in ("next", "coming", "the coming"):
        return next(spans[y] for y in sorted(spans) if spans[y][0] > anchor.hi)
    return pick_year(spans, anchor, future)


def resolve_year(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "in 2015", "2015-2017", "2007-08", "early 2014", "by the end of 2025"."""
    year = int(parts["y"])
    last = year
    if parts.get("y2"):
        last = year_of(parts["y2"]) if len(parts["y2"]) == 4 else year // 100 * 100 + int(parts["y2"])
        if last <= year:
            return None
    span = with_part((date(year, 1, 1), date(last, 12, 31)), parts.get("part"))
    return (*span, "year")


def resolve_fiscal(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "FY2025-26", "fiscal year 2025-2026": the twelve months from the fiscal year's first month."""
    year, last = int(parts["y"]), year_of(parts["y2"]) if len(parts["y2"]) == 4 else int(parts["y"]) // 100 * 100 + int(parts["y2"])
    if last != year + 1:
        return None
    return (*months_from(year, words()["fiscal_year_start_month"], 12), "year")


def months_from(year: int, month: int, count: int) -> tuple[date, date]:
    """The `count` whole months starting with `month` of `year`."""
    return date(year, month, 1), month_span(*add_months(year, month, count - 1))[1]


def resolve_month_range(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "between July and September next year" -> Jul 1..Sep 30, a quarter; a stated year is the last month's."""
    first, last = month_of(parts["m"]), month_of(parts["m2"])
    if first == last:
        return None
    count, wraps = (last - first) % 12 + 1, int(first > last)
    if parts.get("y") or parts.get("yrel"):
        if not parts.get("y") and not anchor.year_known:
            return None
        end_year = int(parts["y"]) if parts.get("y") else anchor.hi.year + offset_of(parts["yrel"])
        return (*months_from(end_year - wraps, first, count), range_precision(first, count))
    if not anchor.year_known:
        return None
    spans = {y: months_from(y, first, count) for y in around(anchor)}
    return (*pick_year(spans, anchor, future), range_precision(first, count))


def range_precision(first: int, count: int) -> str:
    """Three months from January, April, July or October are a quarter; six from January or July a half."""
    if count == 3 and first % 3 == 1:
        return "quarter"
    if count == 6 and first in (1, 7):
        return "half"
    return "year" if count == 12 and first == 1 else "month"


def resolve_decade(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    year = int(parts["y"])
    return date(year, 1, 1), date(year + 9, 12, 31), "year"


def resolve_period(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "first quarter of 2024", "second half of next year", "Q1 2024", "H2 2025"."""
    unit = parts.get("unit") or ("quarter" if parts["q"][0] == "Q" else "half")
    number = int(parts["q"][1]) if parts.get("q") else words()["ordinals"][parts["ord"].lower()]
    if unit == "half" and parts.get("ord", "").lower() in ("last", "final"):
        number = 2
    size = 3 if unit == "quarter" else 6
    if number * size > 12:
        return None
    spans = _period_spans(number, size, parts, anchor)
    if not spans:
        return None
    return (*pick_year(spans, anchor, future), unit) if len(spans) > 1 else (*next(iter(spans.values())), unit)


def _period_spans(number: int, size: int, parts: dict, anchor: Anchor) -> dict[int, tuple[date, date]]:
    """The period in its stated year, or in the candidate years around the anchor."""
    def span(y):
        return month_span(y, number * size - size + 1)[0], month_span(y, number * size)[1]
    stated = parts.get("y") or "".join(c for c in parts.get("yr", "") if c.isdigit() or c == "'")
    if stated:
        return {0: span(year_of(stated))}
    if not anchor.year_known:
        return {}
    yr = parts.get("yr", "").split()
    relative = next((offset_of(w) for w in yr if w.lower() in ("next", "last", "previous", "coming")), None)
    if relative is not None or yr:
        return {0: span(anchor.hi.year + (relative or 0))}
    return {y: span(y) for y in around(anchor)}


def resolve_weekday(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "on Tuesday" (past: on or before the anchor), "last Friday", "Thursday last", "next Monday"."""
    if not anchor.day_known:
        return None
    weekday, today = words()["weekdays"][parts["wd"]], anchor.hi
    if parts.get("wk"):
        monday = week_span(today)[0] + timedelta(weeks=offset_of(parts["wk"]))
        day = monday + timedelta(days=weekday)
        return day, day, "day"
    rel = (parts.get("rel") or parts.get("rel2") or "").lower()
    back = (today.weekday() - weekday) % 7
    ahead = (weekday - today.weekday()) % 7
    if rel in ("last", "past"):
        day = today - timedelta(days=back or 7)
    elif rel in ("next", "coming", "this coming"):
        day = today + timedelta(days=ahead or 7)
    elif future or (rel == "this" and future is None):
        day = today + timedelta(days=ahead)
    else:
        day = today - timedelta(days=back)
    return day, day, "day"


def resolve_day(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "today", "yesterday", "tomorrow"."""
    if not anchor.day_known:
        return None
    day = anchor.hi + timedelta(days=words()["relative_days"].get(" ".join(parts["rd"].lower().split()), 0))
    return day, day, "day"


def resolve_on_the_day(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "on the 21st": that day of the anchor's month (or the month before / after, by tense)."""
    if not anchor.day_known:
        return None
    spans = {}
    for offset in (-1, 0, 1):
        year, month = add_months(anchor.hi.year, anchor.hi.month, offset)
        try:
            spans[offset] = (date(year, month, int(parts["d"])),) * 2
        except ValueError:
            continue
    start, end = pick_year(spans, anchor, False if future is None else future)
    return start, end, "day"


def resolve_relative(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "last month", "next year", "the previous year", "early next year", "later this year", "this week"."""
    unit, offset = parts["unit"], offset_of(parts["rel"])
    known = {"week": anchor.day_known, "month": anchor.month_known, "quarter": anchor.month_known,
             "year": anchor.year_known}[unit]
    if not known:
        return None
    span = _unit_span(unit, anchor.hi, offset)
    part = (parts.get("part") or "").lower()
    if part in ("earlier", "later"):
        span = _before_or_after(span, anchor, part == "earlier")
    else:
        span = with_part(span, part)
    return (*span, unit)


def _unit_span(unit: str, day: date, offset: int) -> tuple[date, date]:
    """The week, month, quarter or year holding `day`, moved by `offset` units."""
    if unit == "week":
        monday = week_span(day)[0] + timedelta(weeks=offset)
        return monday, monday + timedelta(days=6)
    if unit == "year":
        return date(day.year + offset, 1, 1), date(day.year + offset, 12, 31)
    size = 3 if unit == "quarter" else 1
    year, month = add_months(day.year, (day.month - 1) // size * size + 1, offset * size)
    return month_span(year, month)[0], month_span(*add_months(year, month, size - 1))[1]


def _before_or_after(span: tuple[date, date], anchor: Anchor, before: bool) -> tuple[date, date]:
    """ "earlier this month" ends the day before the anchor; "later this year" starts the day after."""
    if not anchor.day_known or not span[0] <= anchor.hi <= span[1]:
        return span
    if before:
        return span[0], max(span[0], anchor.hi - ONE_DAY)
    return min(span[1], anchor.hi + ONE_DAY), span[1]


def resolve_year_end(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    if not anchor.year_known:
        return None
    return (*third(date(anchor.hi.year, 1, 1), date(anchor.hi.year, 12, 31), 2), "year")


def resolve_ago(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "two years ago" -> the year two before the anchor's."""
    unit, count = parts["unit"], count_of(parts.get("n"))
    if unit in ("day", "week") and not anchor.day_known or not anchor.year_known:
        return None
    if unit == "day":
        day = anchor.hi - timedelta(days=count)
        return day, day, "day"
    if unit == "month" and not anchor.month_known:
        return None
    return (*_unit_span(unit, anchor.hi, -count), unit)


def resolve_within(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "within a month" -> from the anchor to a month later."""
    unit, count = parts["unit"], count_of(parts.get("n"))
    if not anchor.day_known or parts.get("event"):
        return None
    if unit in ("day", "week"):
        return anchor.hi, anchor.hi + timedelta(days=count * (7 if unit == "week" else 1)), unit
    return anchor.hi, shift_months(anchor.hi, count * (12 if unit == "year" else 1)), unit


def resolve_shift(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "the previous day", "two days later": days from the anchor (the caller passes the date told just before)."""
    if not anchor.day_known:
        return None
    if parts.get("shift"):
        offset = words()["day_shifts"][" ".join(parts["shift"].lower().split())]
    else:
        offset = count_of(parts["n"]) * (-1 if parts["dir"].lower() == "earlier" else 1)
    day = anchor.hi + timedelta(days=offset)
    return day, day, "day"


def resolve_nothing(parts: dict, anchor: Anchor, future: bool | None) -> Span | None:
    """ "at the earliest", "soon": a time expression that names no date."""
    return None


RESOLVERS = {
    "date": resolve_date, "numeric": resolve_numeric, "month": resolve_month, "month_year": resolve_month,
    "year": resolve_year, "decade": resolve_decade, "period": resolve_period, "period_short": resolve_period,
    "weekday": resolve_weekday, "day": resolve_day, "on_the_day": resolve_on_the_day,
    "relative": resolve_relative, "year_end": resolve_year_end, "ago": resolve_ago,
    "within": resolve_within, "vague": resolve_nothing, "fiscal": resolve_fiscal,
    "month_range": resolve_month_range, "shift": resolve_shift,
}
