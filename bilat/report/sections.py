"""What each section of the briefing report holds, chosen from the fused record for a period."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from bilat.fuse import Record
from bilat.fuse.engagements import span
from bilat.model import Actor, DateInterval, Document, Evidence, Flag
from bilat.query import views
from bilat.query.filters import Period

TOP_TOPICS = 5


@dataclass(frozen=True)
class OfficeChange:
    """A person seen in a new office during the period, and the office seen before it."""
    person: Actor
    before: views.Office
    after: views.Office
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class TopicCount:
    topic: str
    engagements: int
    commitments: int

    @property
    def total(self) -> int:
        return self.engagements + self.commitments


def _day(value: str | None) -> DateInterval | None:
    return DateInterval(value, value, "day") if value else None


def office_changes(record: Record, period: Period) -> list[OfficeChange]:
    """People whose next office was first seen inside the period.

    >>> office_changes(record, Period.parse("2025-01-01", "2025-12-31"))  # doctest: +SKIP
    """
    found = []
    for person in views.people(record):
        held = views.offices(person)
        for before, after in zip(held, held[1:]):
            if before.first_seen and after.first_seen and after.first_seen > before.first_seen \
                    and period.holds(_day(after.first_seen)):
                found.append(OfficeChange(person, before, after, _office_evidence(person, before, after)))
    return sorted(found, key=lambda c: (c.after.first_seen, c.person.name))


def _office_evidence(person: Actor, *held: views.Office) -> tuple[Evidence, ...]:
    titles = {o.title.lower() for o in held}
    return tuple(ev for r in person.roles if r.title.lower() in titles for ev in r.evidence)


def overdue(record: Record, period: Period) -> list:
    """Commitments made before the period ends and overdue as of the record's date."""
    return views.commitments(record, "overdue", Period(None, period.end))


def flags_in(record: Record, period: Period, documents: dict[str, Document]) -> list[Flag]:
    """Contradictions about an engagement of the period, or reported by a document of the period."""
    shown = {e.id for e in views.timeline(record, period)}
    known = {e.id for e in record.engagements}
    published = lambda doc: documents[doc].published.date if doc in documents else None  # noqa: E731
    return [f for f in views.flags(record) if f.subject in shown or (
        f.subject not in known and any(period.holds(_day(published(ev.doc))) for ev in f.evidence))]


def topic_counts(record: Record, period: Period) -> list[TopicCount]:
    """The most active topics: engagements and commitments of the period carrying each."""
    engaged = Counter(t for e in views.timeline(record, period) for t in e.topics)
    promised = Counter(t for c in views.commitments(record, period=period) for t in c.topics)
    counts = [TopicCount(t, engaged[t], promised[t]) for t in engaged | promised]
    return sorted(counts, key=lambda c: (-c.total, c.topic))[:TOP_TOPICS]


def topic_days(record: Record, period: Period, topics: list[str]) -> list[tuple[str, date]]:
    """(topic, day) for each dated engagement and commitment of the period, clipped to the period."""
    dated = [(e.topics, e.date) for e in views.timeline(record, period)]
    dated += [(c.topics, c.made) for c in views.commitments(record, period=period)]
    clip = lambda d: max(d, period.start) if period.start else d  # noqa: E731
    return [(t, clip(s[0])) for found, when in dated if (s := span(when)) for t in found if t in topics]


@dataclass(frozen=True)
class Trend:
    """Counts per topic in each year or quarter of the period."""
    grain: str                  # "year" | "quarter"
    starts: list[date]          # first day of each bin, the x axis
    labels: list[str]           # "2024" or "2024 Q3"
    series: dict[str, list[int]]


def topic_trend(record: Record, period: Period, topics: list[str]) -> Trend | None:
    """Quarters when the period spans three years or less, else years; None with nothing to count."""
    days = topic_days(record, period, topics)
    if not days:
        return None
    first, last = period.start or min(d for _, d in days), period.end or max(d for _, d in days)
    grain = "quarter" if (last - first).days <= 3 * 366 else "year"
    starts = _bins(first, last, grain)
    counts = Counter((t, _bin_start(d, grain)) for t, d in days)
    series = {t: [counts[t, s] for s in starts] for t in topics}
    return Trend(grain, starts, [_bin_label(s, grain) for s in starts], series)


def _bin_start(day: date, grain: str) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1) if grain == "quarter" else date(day.year, 1, 1)


def _bins(first: date, last: date, grain: str) -> list[date]:
    starts, at = [], _bin_start(first, grain)
    while at <= last:
        starts.append(at)
        month = at.month + (3 if grain == "quarter" else 12)
        at = date(at.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return starts


def _bin_label(start: date, grain: str) -> str:
    return f"{start.year} Q{(start.month - 1) // 3 + 1}" if grain == "quarter" else str(start.year)
