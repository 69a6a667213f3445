from __future__ import annotations

import click

from bilat.cli.common import console, store_from
from bilat.query.documents import marked_removed


@click.command("show")
@click.argument("doc_id")
@click.option("--removed", is_flag=True, help="Show the raw text with the dropped parts marked.")
@click.pass_context
def command(ctx, doc_id, removed):
    """Print a document's clean text (or, with --removed, what cleaning dropped).

    \b
    Example:
      bilat show s003 --removed
    """
    with store_from(ctx) as store:
        doc = store.document(doc_id)
    if doc is None:
        raise click.ClickException(f"{doc_id}: no such document (see `bilat docs`)")
    console.print(f"[bold]{doc.title or doc.id}[/bold]  ({doc.published.date or 'undated'}, {doc.source})")
    console.print(marked_removed(doc) if removed else doc.text, markup=False, highlight=False)
