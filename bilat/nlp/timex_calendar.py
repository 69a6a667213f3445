"""Calendar arithmetic for time expressions: the anchor window, months, weeks, thirds."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from bilat.model import DateInterval, Published


@dataclass(frozen=True)
class Anchor:
    """What is known of the document date: the window [lo, hi] (equal for a known day)."""
    lo: date | None = None
    hi: date | None = None

    @property
    def day_known(self) -> bool:
        return self.lo is not None and self.lo == self.hi

    @property
    def month_known(self) -> bool:
        return self.year_known and self.lo.month == self.hi.month

    @property
    def year_known(self) -> bool:
        return self.lo is not None and self.lo.year == self.hi.year


def parse_iso(value: str | None, last: bool = False) -> date | None:
    """"2023-08-22", "2023-08" or "2023" -> its first (or last) day; None when unreadable."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        year, month = parts[0], parts[1] if len(parts) > 1 else (12 if last else 1)
        if len(parts) > 2:
            return date(year, month, parts[2])
        return date(year, month, month_length(year, month) if last else 1)
    except (ValueError, IndexError):
        return None


def anchor_of(published: Published | None) -> Anchor:
    """The window a document date stands for: a day, a month, a year or an inferred span."""
    if published is None:
        return Anchor()
    lo = parse_iso(published.start or published.date)
    hi = parse_iso(published.end or published.date, last=True)
    if lo is None or hi is None or lo > hi:
        return Anchor()
    return Anchor(lo, hi)


def month_length(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, month_length(year, month))


def add_months(year: int, month: int, offset: int) -> tuple[int, int]:
    """(2023, 12) + 1 -> (2024, 1)."""
    index = year * 12 + month - 1 + offset
    return index // 12, index % 12 + 1


def shift_months(day: date, offset: int) -> date:
    """The same day `offset` months later, clipped to the month's end."""
    year, month = add_months(day.year, day.month, offset)
    return date(year, month, min(day.day, month_length(year, month)))


def week_span(day: date) -> tuple[date, date]:
    """Monday..Sunday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def third(start: date, end: date, which: int) -> tuple[date, date]:
    """The early (0), middle (1) or late (2) third of a span; a year splits Jan-Apr / May-Aug / Sep-Dec."""
    if start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31 and start.year == end.year:
        first, _ = month_span(start.year, 1 + 4 * which)
        return first, month_span(start.year, 4 + 4 * which)[1]
    cuts = [start, start + timedelta(days=10), start + timedelta(days=20), end + timedelta(days=1)]
    return cuts[which], min(end, cuts[which + 1] - timedelta(days=1))


def interval(start: date | None, end: date | None, precision: str) -> DateInterval:
    return DateInterval(start.isoformat() if start else None, end.isoformat() if end else None, precision)


def distance(span: tuple[date, date], anchor: Anchor) -> int:
    """Days between a span and the anchor window (0 when they overlap)."""
    if span[1] < anchor.lo:
        return (anchor.lo - span[1]).days
    return max(0, (span[0] - anchor.hi).days)


def pick_year(spans: dict[int, tuple[date, date]], anchor: Anchor, future: bool | None) -> tuple[date, date]:
    """Past: the latest span starting by the anchor; future: the earliest ending on or after it; else the nearest."""
    years = sorted(spans)
    if future is False:
        return next((spans[y] for y in reversed(years) if spans[y][0] <= anchor.hi), spans[years[0]])
    if future is True:
        return next((spans[y] for y in years if spans[y][1] >= anchor.lo), spans[years[-1]])
    return min((spans[y] for y in years), key=lambda s: (distance(s, anchor), s[0].year != anchor.hi.year))
