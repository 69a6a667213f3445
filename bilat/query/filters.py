"""Filters shared by the views: date ranges and plain matching."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bilat.fuse.engagements import span
from bilat.model import DateInterval


@dataclass(frozen=True)
class Period:
    """An inclusive date range; either end may be open."""
    start: date | None = None
    end: date | None = None

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> "Period":
        as_span = lambda v, last: span(DateInterval(v, v, "day"))[1 if last else 0] if v else None  # noqa: E731
        return cls(as_span(start, False), as_span(end, True))

    def holds(self, interval: DateInterval | None) -> bool:
        """True when the interval overlaps the period (undated facts only when the period is open)."""
        s = span(interval)
        if s is None:
            return self.start is None and self.end is None
        return (self.start is None or s[1] >= self.start) and (self.end is None or s[0] <= self.end)


def matches(value: str | None, wanted: str | None) -> bool:
    """Case-insensitive containment; no wish matches anything."""
    return not wanted or (value is not None and wanted.lower() in value.lower())
