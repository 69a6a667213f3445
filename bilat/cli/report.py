"""`bilat report`: the briefing report for a period, one self-contained HTML file."""
from __future__ import annotations

import sys
from datetime import date

import click

from bilat.cli.common import parse_pair, store_from
from bilat.query import views
from bilat.query.filters import Period
from bilat.report import build_report


def _day(ctx, param, value: str | None) -> str | None:
    """Check a YYYY-MM-DD option early, so a typo is a usage error and not a traceback."""
    try:
        return value and date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: write YYYY-MM-DD, e.g. 2024-03-31") from None


@click.command("report")
@click.option("--from", "start", callback=_day, help="First day of the period (YYYY-MM-DD); default: the start.")
@click.option("--to", "end", callback=_day, help="Last day of the period (YYYY-MM-DD); default: the latest.")
@click.option("--as-of", callback=_day, help="Rate commitments as of this day (default today).")
@click.option("-o", "--output", default="brief.html", show_default=True, type=click.Path(dir_okay=False),
              help="HTML file to write; - for standard output.")
@click.pass_context
def command(ctx, start, end, as_of, output):
    """Briefing report: engagements, commitments, topic trends, office changes, contradictions, all cited.

    One HTML file that opens offline (styles and chart inline) and prints well.

    \b
    Example:
      bilat report --from 2024-01-01 --to 2024-12-31 --as-of 2025-01-31 -o brief-2024.html
    """
    if start and end and start > end:
        raise click.UsageError(f"--from {start} is after --to {end}")
    day = date.fromisoformat(as_of) if as_of else date.today()
    with store_from(ctx) as store:
        pair = store.meta("pair")
        html = build_report(views.load(store, day), {d.id: d for d in store.documents()},
                            Period.parse(start, end), day, parse_pair(pair) if pair else None)
    _write(html, output)


def _write(html: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(html)
        return
    with open(output, "w", encoding="utf-8") as f:
        f.write(html)
    click.echo(f"wrote {output}", err=True)
