from __future__ import annotations

import json
import os
import sys

import click

from bilat.api import export_json, record as fused_record
from bilat.cli.common import store_from, stored_pair
from bilat.export.csv import write_csv
from bilat.export.graphml import write_graphml
from bilat.export.plover import plover_lines


def _write_text(text: str, output: str | None) -> None:
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


def _export(store, fmt: str, pair, output: str | None, with_text: bool, with_engagements: bool) -> None:
    """Write one format; json is the contract, the others are built from the same fused record."""
    if fmt == "json":
        _write_text(json.dumps(export_json(store, pair, with_text=with_text), ensure_ascii=False, indent=1)
                    + ("" if output else "\n"), output)
    elif fmt == "csv":
        write_csv(output, list(store.documents()), fused_record(store))
    elif fmt == "graphml":
        write_graphml(output or sys.stdout.buffer, fused_record(store), with_engagements)
    else:
        _write_text(plover_lines(fused_record(store), list(store.documents()), pair), output)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "graphml", "plover"]), default="json",
              show_default=True, help="json (the contract), csv (a folder of tables), graphml, plover (JSON Lines).")
@click.option("--with-text", is_flag=True, help="json: include each document's clean text.")
@click.option("--with-engagements", is_flag=True, help="graphml: add engagements as nodes.")
@click.option("-o", "--output", type=click.Path(), help="Write here instead of standard output (csv: a folder).")
@click.option("--pair", help="Override the pair the record was ingested with.")
@click.pass_context
def command(ctx, fmt, with_text, with_engagements, output, pair):
    """Export the record: the bilat.export/1 JSON contract, CSV tables, GraphML or PLOVER events.

    \b
    Example:
      bilat export --format json --with-text -o kb.json
      bilat export --format csv -o tables/
      bilat export --format graphml -o actors.graphml
      bilat export --format plover -o events.jsonl
    """
    if fmt == "csv" and not output:
        raise click.UsageError("--format csv writes one file per table: give a folder with -o FOLDER")
    if fmt != "csv" and output and os.path.isdir(output):
        raise click.UsageError(f"{output} is a folder: --format {fmt} writes one file")
    with store_from(ctx) as store:
        _export(store, fmt, stored_pair(store, pair), output, with_text, with_engagements)
