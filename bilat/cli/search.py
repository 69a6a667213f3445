from __future__ import annotations

import click
from rich.table import Table

from bilat.cli.common import console, store_from


@click.command("search")
@click.argument("words")
@click.option("--limit", default=20, show_default=True)
@click.pass_context
def command(ctx, words, limit):
    """Full-text search over the stored documents, with snippets.

    \b
    Example:
      bilat search "joint commission"
    """
    with store_from(ctx) as store:
        hits = store.search(words, limit)
    table = Table("id", "published", "title", "snippet")
    for h in hits:
        table.add_row(h["id"], h["published"] or "—", (h["title"] or "")[:50], h["snippet"])
    console.print(table)
    console.print(f"{len(hits)} matches")
