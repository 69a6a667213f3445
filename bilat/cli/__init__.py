"""The `bilat` command line: a thin layer over the Python API, one module per command."""
from __future__ import annotations

import click

from bilat.cli import ask, docs, export, ingest, reextract, search, show, views
from bilat.cli import curate
from bilat.cli import explore
from bilat.cli import report


@click.group()
@click.version_option(package_name="bilat")
@click.option("--db", envvar="BILAT_DB", default="bilat.db", show_default=True,
              help="SQLite file holding the record (or set BILAT_DB).")
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    """bilat: turn news and official statements about two countries into a cited record.

    \b
    Example:
      bilat ingest examples --pair IND,KOR
      bilat docs
    """
    ctx.obj = {"db": db}


for module in (ingest, docs, show, search, export, reextract, ask):
    cli.add_command(module.command)
for view in (views.timeline, views.people, views.commitments, views.flags):
    cli.add_command(view)
for view in (explore.mechanisms, explore.topics, explore.person):
    cli.add_command(view)

cli.add_command(report.command)
cli.add_command(curate.group)


def main() -> None:
    cli()
