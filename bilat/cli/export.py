from __future__ import annotations

import json
import sys

import click

from bilat.api import export_json
from bilat.cli.common import store_from, stored_pair


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
@click.option("--with-text", is_flag=True, help="Include each document's clean text.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@click.option("--pair", help="Override the pair the record was ingested with.")
@click.pass_context
def command(ctx, fmt, with_text, output, pair):
    """Export the record in the bilat.export/1 JSON contract.

    \b
    Example:
      bilat export --format json --with-text -o kb.json
    """
    with store_from(ctx) as store:
        record = export_json(store, stored_pair(store, pair), with_text=with_text)
    text = json.dumps(record, ensure_ascii=False, indent=1)
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text + "\n")
