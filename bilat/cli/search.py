from __future__ import annotations

import click
from rich.table import Table
from rich.text import Text

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
        table.add_row(Text(h["id"]), h["published"] or "—", Text((h["title"] or "")[:50]), _marked(h["snippet"]))
    console.print(table)
    console.print(f"{len(hits)} matches")


def _marked(snippet: str) -> Text:
    """The snippet as plain text (never markup), with the matched words in bold."""
    text = Text(snippet)
    text.highlight_regex(r"\[[^\]]+\]", "bold")
    return text
