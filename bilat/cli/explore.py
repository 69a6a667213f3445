"""mechanisms, topics, person: views that explore the record across time."""
from __future__ import annotations

import click

from bilat.cli.common import store_from
from bilat.cli.render import format_option, render
from bilat.cli.views import when
from bilat.errors import BilatError
from bilat.query import views
from bilat.query.filters import Period
from bilat.query.mechanisms import mechanisms as find_mechanisms, ordinal
from bilat.query.person import person as person_view
from bilat.query.topics import RISING_MIN, RISING_RATIO, topic_trends


def _record_and_documents(ctx):
    with store_from(ctx) as store:
        return views.load(store), list(store.documents())


@click.command("mechanisms")
@click.option("--name", help="Part of a mechanism's name, e.g. 'Joint Commission'.")
@click.option("--gap-years", type=float, default=2.0, show_default=True,
              help="Flag a silence longer than this between two sessions.")
@format_option
@click.pass_context
def mechanisms(ctx, name, gap_years, fmt):
    """Recurring mechanisms: sessions by ordinal and date, missing ordinals and long gaps.

    \b
    Example:
      bilat mechanisms --name "Joint Commission"
    """
    record, _ = _record_and_documents(ctx)
    found = find_mechanisms(record, name, round(gap_years * 365.25))
    rows = [{"mechanism": m.name,
             "sessions": "; ".join(f"{ordinal(s.ordinal) if s.ordinal else '?'} {when(s.date)}"
                                   + (f" ({s.status})" if s.status != "held" else "") for s in m.sessions),
             "gaps": "; ".join(g.message for g in m.gaps) or "—"} for m in found]
    render(rows, found, fmt, "mechanisms")


@click.command("topics")
@click.option("--by", type=click.Choice(["year", "month"]), default="year", show_default=True)
@click.option("--from", "start", help="Earliest date (YYYY-MM-DD).")
@click.option("--to", "end", help="Latest date (YYYY-MM-DD).")
@format_option
@click.pass_context
def topics(ctx, by, start, end, fmt):
    """Topic trends: relevant documents / held engagements per topic and period, and which are rising.

    A topic is rising when its count in the latest period is at least 1.5 times the mean
    of the earlier periods (and at least 2); "new" when it had none before.

    \b
    Example:
      bilat topics --by year --from 2020-01-01
    """
    record, documents = _record_and_documents(ctx)
    found = topic_trends(record, documents, by, Period.parse(start, end))
    rows = [{"topic": t.topic, **{c.period: f"{c.documents}/{c.engagements}" for c in t.counts},
             "trend": t.trend or "—"} for t in found]
    render(rows, found, fmt, f"topics (documents/engagements per {by}; rising = latest ≥ "
                             f"{RISING_RATIO}× earlier mean and ≥ {RISING_MIN})")


def _seen(office) -> str:
    if office.first_seen == office.last_seen:
        return office.first_seen or "—"
    return f"{office.first_seen or '?'}..{office.last_seen or '?'}"


def _person_rows(view, dated: dict[str, str | None]) -> list[dict]:
    rows = [{"when": _seen(o), "what": "office",
             "detail": ", ".join(filter(None, [o.title, o.organization, o.country])),
             "sources": ", ".join(o.documents)} for o in view.offices]
    rows += [{"when": when(e.date), "what": f"{e.kind} ({e.status})", "detail": e.title,
              "sources": ", ".join(e.documents)} for e in view.engagements]
    return rows + [{"when": dated.get(q.doc) or "—", "what": "quote", "detail": q.quote,
                    "sources": f"{q.doc}:{q.start}-{q.end}"} for q in view.quotes]


@click.command("person")
@click.argument("name")
@format_option
@click.pass_context
def person(ctx, name, fmt):
    """One person: offices over time, engagements attended, and the sentences naming them, cited.

    \b
    Example:
      bilat person "Cho Tae-yul" --format md
    """
    record, documents = _record_and_documents(ctx)
    try:
        view = person_view(record, name, documents)
    except BilatError as e:
        raise click.ClickException(str(e)) from e
    dated = {d.id: d.published.date for d in documents}
    render(_person_rows(view, dated), view, fmt, f"{view.name} ({view.country or '?'})")
