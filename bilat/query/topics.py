"""Topic trends: documents and engagements per topic and period, and which topics are rising.

Rising: the latest period's count (documents + engagements) is at least RISING_RATIO times
the mean of all earlier periods in range (periods with nothing count as zero) and at
least RISING_MIN, so one stray mention is not a trend.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bilat.fuse.engagements import span
from bilat.model import DateInterval, Document
from bilat.query.filters import Period

RISING_RATIO = 1.5
RISING_MIN = 2
# A date placed in a month bucket must be at least month-precise; a year bucket takes anything dated.
_FINE_ENOUGH = {"year": {"day", "week", "month", "quarter", "half", "year"}, "month": {"day", "week", "month"}}


@dataclass(frozen=True)
class TopicCount:
    period: str                 # "2024" or "2024-03"
    documents: int
    engagements: int


@dataclass(frozen=True)
class TopicTrend:
    topic: str
    counts: tuple[TopicCount, ...]  # every period in range, zeros included
    latest: int                     # documents + engagements in the latest period
    earlier_mean: float             # their mean over the earlier periods
    rising: bool
    trend: str                      # "rising", "new", "falling" or "" (steady, or too little data)


def period_of(interval: DateInterval | None, by: str) -> str | None:
    """'2024-03-05' -> '2024' (by year) or '2024-03' (by month); None when too vague for the bucket."""
    s = span(interval)
    if s is None or interval.precision not in _FINE_ENOUGH[by]:
        return None
    return f"{s[0]:%Y}" if by == "year" else f"{s[0]:%Y-%m}"


def periods_between(first: str, last: str, by: str) -> list[str]:
    """Every period from first to last inclusive, so silent years count as zero."""
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    (y, m), (y2, m2) = map(int, first.split("-")), map(int, last.split("-"))
    return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(y * 12 + m - 1, y2 * 12 + m2)]


def _published(doc: Document) -> DateInterval | None:
    p = doc.published
    return DateInterval(p.date, p.date, p.precision) if p.date else None


def tallies(record, documents: list[Document], by: str, period: Period) -> tuple[Counter, Counter]:
    """(topic, period) -> number of relevant documents; and of held engagements."""
    docs, engagements = Counter(), Counter()
    for doc in (d for d in documents if d.relevant):
        if (when := _published(doc)) and period.holds(when) and (p := period_of(when, by)):
            docs.update((t, p) for t in doc.topics)
    # planned talks are dated by when they may happen, not by when the topic was discussed
    for e in (e for e in record.engagements if e.status == "held" and e.date and period.holds(e.date)):
        if p := period_of(e.date, by):
            engagements.update((t, p) for t in e.topics)
    return docs, engagements


def trend(latest: int, earlier_mean: float, has_earlier: bool) -> str:
    """How the latest period compares with the mean of the earlier ones."""
    if not has_earlier or (latest < RISING_MIN and earlier_mean < RISING_MIN):
        return ""
    if latest >= RISING_MIN and earlier_mean == 0:
        return "new"
    if latest >= RISING_MIN and latest >= RISING_RATIO * earlier_mean:
        return "rising"
    return "falling" if latest * RISING_RATIO <= earlier_mean else ""


def topic_trends(record, documents: list[Document], by: str = "year", period: Period = Period()) -> list[TopicTrend]:
    """Counts per topic and period, rising topics first.

    >>> [t.topic for t in topic_trends(record, docs) if t.rising]  # doctest: +SKIP
    ['semiconductors']
    """
    docs, engagements = tallies(record, documents, by, period)
    seen = sorted({p for _, p in docs | engagements})
    if not seen:
        return []
    periods = periods_between(seen[0], seen[-1], by)
    found = []
    for topic in sorted({t for t, _ in docs | engagements}):
        counts = tuple(TopicCount(p, docs[topic, p], engagements[topic, p]) for p in periods)
        totals = [c.documents + c.engagements for c in counts]
        mean = sum(totals[:-1]) / len(totals[:-1]) if len(totals) > 1 else 0.0
        label = trend(totals[-1], mean, len(totals) > 1)
        found.append(TopicTrend(topic, counts, totals[-1], round(mean, 2), label in ("rising", "new"), label))
    return sorted(found, key=lambda t: (not t.rising, -sum(c.documents + c.engagements for c in t.counts), t.topic))
