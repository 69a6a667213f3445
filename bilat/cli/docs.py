from __future__ import annotations

import click
from rich.table import Table
from rich.text import Text

from bilat.cli.common import console, store_from


@click.command("docs")
@click.option("--relevant/--all", "only_relevant", default=False, help="Only documents about the pair.")
@click.pass_context
def command(ctx, only_relevant):
    """List stored documents: id, date and how it was found, relevance, title.

    \b
    Example:
      bilat docs --relevant
    """
    with store_from(ctx) as store:
        docs = list(store.documents(relevant=True if only_relevant else None))
    table = Table("id", "published", "basis", "relevant", "lang", "title")
    table.columns[0].overflow = "fold"
    table.columns[5].max_width = 70
    for d in docs:
        table.add_row(Text(d.id), d.published.date or "—", d.published.basis,
                      f"{'yes' if d.relevant else 'no'} ({d.relevance:.2f})", d.language or "?",
                      Text(d.title or ""))
    console.print(table)
    console.print(f"{len(docs)} documents")
