from __future__ import annotations

import click

from bilat.cli.common import console, store_from, stored_pair
from bilat.pipeline import reextract


@click.command("reextract")
@click.argument("doc_ids", nargs=-1)
@click.option("--all", "everything", is_flag=True, help="Every stored document.")
@click.pass_context
def command(ctx, doc_ids, everything):
    """Run extraction again on stored documents after a rule change (no re-reading of sources).

    \b
    Example:
      bilat reextract --all
    """
    if not doc_ids and not everything:
        raise click.UsageError("give document ids or --all")
    with store_from(ctx) as store:
        done = reextract(store, store.document_ids() if everything else doc_ids, stored_pair(store, None))
    console.print(f"re-extracted {len(done)} documents")
