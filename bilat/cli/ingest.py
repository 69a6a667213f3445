from __future__ import annotations

import click
from rich.progress import BarColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn
from rich.text import Text
from rich.table import Table

from bilat.cli.common import console, errors, parse_pair, store_from
from bilat.pipeline import IngestReport, ingest


@click.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--pair", default="IND,KOR", show_default=True, help="The two countries, ISO alpha-3.")
@click.option("--max-mb", default=20.0, show_default=True, help="Skip files larger than this.")
@click.option("--fetch-links", is_flag=True, help="For feeds, fetch each entry's linked page.")
@click.option("--timeout", default=10.0, show_default=True, help="Seconds to wait for a URL.")
@click.option("--workers", default=1, show_default=True,
              help="Processes for the statistical model (2 uses both cores of a two-core machine).")
@click.pass_context
def command(ctx, inputs, pair, max_mb, fetch_links, timeout, workers):
    """Ingest files, folders, URLs, feeds or - (standard input).

    \b
    Example:
      bilat ingest examples/ https://example.org/feed.xml --pair IND,KOR
    Exits 1 when anything was skipped; each skip is one line naming the file.
    """
    pair = parse_pair(pair)
    with store_from(ctx) as store, _progress() as bar:
        task = bar.add_task("ingesting", total=None)
        report = ingest(store, inputs, pair, progress=lambda _: bar.advance(task),
                        max_bytes=int(max_mb * 1_000_000), fetch_links=fetch_links, timeout=timeout,
                        workers=workers)
    for skip in report.skipped:
        errors.print(f"skipped: {skip.message}", markup=False, highlight=False)
    console.print(summary(report))
    ctx.exit(1 if report.skipped else 0)


class _Rate(ProgressColumn):
    """Documents per second so far."""

    def render(self, task) -> Text:
        return Text(f"{task.speed or 0:.1f} docs/s")


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
                    _Rate(), TimeElapsedColumn(), console=errors, transient=True)


def summary(report: IngestReport) -> Table:
    table = Table(title="ingest summary", show_header=False)
    for label, items in (("ingested", report.ingested), ("unchanged", report.unchanged),
                         ("replaced", report.replaced), ("relevant to the pair", report.relevant)):
        table.add_row(label, str(len(items)))
    table.add_row("skipped", str(len(report.skipped)))
    for reason, n in sorted(report.skip_reasons().items()):
        table.add_row(f"  {reason}", str(n))
    return table
