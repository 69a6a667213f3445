"""The briefing report: one self-contained HTML file describing the relationship in a period.

Every statement in it cites its sources: numbered notes at the end give the document
(id, title, URL, date) and the quoted evidence. All text is escaped by Jinja's
autoescape; the only markup inserted as is, is the chart matplotlib drew.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from bilat.fuse import Record
from bilat.fuse.engagements import span
from bilat.model import DateInterval, Document, Evidence
from bilat.nlp.countries import country_name
from bilat.query import views
from bilat.query.filters import Period
from bilat.report import sections
from bilat.report.charts import trend_svg

__all__ = ["build_report"]


def build_report(record: Record, documents: dict[str, Document], period: Period, as_of: date,
                 pair: tuple[str, str] | None = None) -> str:
    """The report as an HTML string; `record` must be fused with commitments rated as of `as_of`.

    >>> html = build_report(record, {d.id: d for d in store.documents()},
    ...                     Period.parse("2024-01-01", "2024-12-31"), date(2025, 1, 31))  # doctest: +SKIP
    """
    found = _sections(record, documents, period)
    notes = _distinct([e.evidence for e in found["engagements"]]
                      + [c.evidence for c in found["commitments"] + found["overdue"]]
                      + [c.evidence for c in found["changes"]] + [f.evidence for f in found["flags"]])
    numbers = {_key(ev): n for n, ev in enumerate(notes, 1)}
    return _environment().get_template("brief.html.j2").render(
        **found, pair=pair, period=period, as_of=as_of, documents=documents, notes=notes,
        engagement_by_id={e.id: e for e in found["engagements"]},
        cite=lambda evidence: sorted({numbers[_key(ev)] for ev in evidence}))


def _sections(record: Record, documents: dict[str, Document], period: Period) -> dict:
    topics = sections.topic_counts(record, period)
    trend = sections.topic_trend(record, period, [t.topic for t in topics])
    return {"engagements": views.timeline(record, period),
            "commitments": views.commitments(record, period=period),
            "overdue": sections.overdue(record, period),
            "topics": topics, "chart": _chart(trend),
            "changes": sections.office_changes(record, period),
            "flags": sections.flags_in(record, period, documents)}


def _chart(trend: sections.Trend | None) -> Markup | None:
    if trend is None:
        return None
    series = {topic_name(t): counts for t, counts in trend.series.items()}
    return Markup(trend_svg(trend.starts, trend.labels, series, trend.grain))  # noqa: S704 - matplotlib's own SVG


def _key(ev: Evidence) -> tuple:
    return ev.doc, ev.start, ev.end


def _distinct(groups: list[tuple[Evidence, ...]]) -> list[Evidence]:
    """Each piece of evidence once, in order of first citation: the numbered notes."""
    return list({_key(ev): ev for group in groups for ev in group}.values())  # a dict keeps first positions


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("bilat.report"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(when=when, country=country, topic_name=topic_name, link=link, day=day)
    return env


SHOWN = {"month": "%b %Y", "year": "%Y"}
PARTS = {"quarter": 3, "half": 6}  # months in each part of a year


def when(interval: DateInterval | None) -> str:
    """A date as an analyst writes it ("04 Mar 2024", "Q1 2024", "Mar 2024").

    >>> when(DateInterval("2024-01-01", "2024-03-31", "quarter"))
    'Q1 2024'
    """
    s = span(interval)
    if s is None:
        return "undated"
    first, last = s
    if interval.precision in PARTS:
        return f"{interval.precision[0].upper()}{(first.month - 1) // PARTS[interval.precision] + 1} {first.year}"
    if interval.precision in SHOWN or first == last:
        return first.strftime(SHOWN.get(interval.precision, "%d %b %Y"))
    return f"{day(first)} – {day(last)}"


def day(value: date | str | None) -> str:
    """A day as "04 Mar 2024"; partial ISO dates ("2024-03") are shown as they are."""
    if isinstance(value, str):
        return date.fromisoformat(value).strftime("%d %b %Y") if len(value) == 10 else value
    return value.strftime("%d %b %Y") if value else "?"


def country(iso3: str | None) -> str:
    return country_name(iso3) if iso3 else "—"


def topic_name(topic: str) -> str:
    """'defence_industry' -> 'defence industry'."""
    return topic.replace("_", " ")


def link(url: str | None) -> str | None:
    """The URL when it is a web address; anything else (javascript:, data:) is never a link."""
    return url if url and urlparse(url).scheme in ("http", "https") else None
