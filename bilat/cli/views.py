"""timeline, people, commitments, flags: views over the fused record."""
from __future__ import annotations

from datetime import date

import click

from bilat.cli.common import store_from
from bilat.cli.render import format_option, render
from bilat.model import DateInterval
from bilat.query import views
from bilat.query.filters import Period


def when(d: DateInterval | None) -> str:
    if d is None or not d.start:
        return "—"
    return d.start if d.end in (None, d.start) else f"{d.start}..{d.end}"


def _record(ctx, as_of: date | None = None):
    with store_from(ctx) as store:
        return views.load(store, as_of)


@click.command("timeline")
@click.option("--from", "start", help="Earliest date (YYYY-MM-DD).")
@click.option("--to", "end", help="Latest date (YYYY-MM-DD).")
@click.option("--kind", help="summit, meeting, dialogue, visit, call, signing, exercise, event.")
@click.option("--country", help="ISO alpha-3 code of a side taking part.")
@click.option("--topic", help="A topic id, e.g. semiconductors.")
@click.option("--person", help="Part of a participant's name.")
@click.option("--mechanism", help="Part of a mechanism's name, e.g. 'Joint Commission'.")
@click.option("--status", type=click.Choice(["held", "planned", "cancelled"]))
@format_option
@click.pass_context
def timeline(ctx, start, end, kind, country, topic, person, mechanism, status, fmt):
    """Engagements in date order: date, kind, title, place, participants, status, sources.

    \b
    Example:
      bilat timeline --from 2023-01-01 --kind dialogue --format md
    """
    found = views.timeline(_record(ctx), Period.parse(start, end), kind, country, topic, person, mechanism, status)
    rows = [{"date": when(e.date), "kind": e.kind, "title": e.title,
             "place": e.location.place or e.location.country or "—",
             "participants": "; ".join(p.name for p in e.participants), "status": e.status,
             "sources": ", ".join(e.documents)} for e in found]
    render(rows, found, fmt, "engagements")


@click.command("people")
@click.option("--country", help="ISO alpha-3 code.")
@click.option("--as-of", help="Only people seen in office on or before this date.")
@click.option("--office", help="Holders of an office, latest first, e.g. 'foreign minister'.")
@format_option
@click.pass_context
def people(ctx, country, as_of, office, fmt):
    """Who's who: each person's country and offices with the dates sources show them.

    \b
    Example:
      bilat people --country KOR
      bilat people --country KOR --office "foreign minister" --as-of 2023-12-31
    """
    found = views.people(_record(ctx), country, as_of, office)
    rows = [{"name": a.name, "country": a.country or "—",
             "offices": "; ".join(f"{o.title} ({o.first_seen or '?'}..{o.last_seen or '?'})"
                                  for o in views.offices(a)) or "—",
             "sources": len({ev.doc for ev in a.evidence})} for a in found]
    render(rows, found, fmt, "people")


@click.command("commitments")
@click.option("--status", type=click.Choice(["fulfilled", "in_progress", "pending", "overdue", "lapsed",
                                             "broken", "superseded", "unrated"]))
@click.option("--as-of", help="Rate status as of this date (default today).")
@click.option("--from", "start", help="Made on or after this date.")
@click.option("--to", "end", help="Made on or before this date.")
@click.option("--party", help="ISO alpha-3 code of a committed side.")
@click.option("--topic", help="A topic id.")
@format_option
@click.pass_context
def commitments(ctx, status, as_of, start, end, party, topic, fmt):
    """The commitments board: what was promised, how firmly, when due, and its status.

    \b
    Example:
      bilat commitments --status overdue --as-of 2024-06-30
    """
    day = date.fromisoformat(as_of) if as_of else date.today()
    found = views.commitments(_record(ctx, day), status, Period.parse(start, end), party, topic)
    rows = [{"made": when(c.made), "parties": ",".join(c.parties), "action": c.action[:80],
             "strength": c.strength, "due": when(c.due) if c.due else (c.due_text or "—"),
             "status": f"{c.status} as of {day}", "sources": ", ".join(c.documents)} for c in found]
    render(rows, found, fmt, "commitments")


@click.command("flags")
@click.option("--field", help="date, location, ordinal, role...")
@format_option
@click.pass_context
def flags(ctx, field, fmt):
    """Contradictions between (or within) sources, with both values and their evidence.

    \b
    Example:
      bilat flags --field location
    """
    found = views.flags(_record(ctx), field)
    rows = [{"subject": f.subject, "field": f.field, "values": f.message,
             "evidence": " | ".join(f"{e.doc}: {e.quote[:60]}" for e in f.evidence)} for f in found]
    render(rows, found, fmt, "flags")
