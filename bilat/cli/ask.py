"""ask: a question in plain English, answered from the record with citations."""
from __future__ import annotations

import json
import sys
from datetime import date

import click

from bilat.cli.common import console, store_from
from bilat.query.ask import ask
from bilat.serialize import to_dict


@click.command("ask")
@click.argument("question")
@click.option("--as-of", help="Answer as of this date (YYYY-MM-DD; default today).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text, or json with the rows, citations and how the question was read.")
@click.pass_context
def command(ctx, question, as_of, fmt):
    """Answer a question from the record; every fact comes with its document id and quote.

    When the structured record holds no answer, the passages of stored documents that
    mention the question's words are shown instead; when none do, it says so.

    \b
    Example:
      bilat ask "When did the two defence ministers last meet?"
      bilat ask "Which commitments from 2023 are overdue?" --as-of 2024-06-30
    """
    try:
        day = date.fromisoformat(as_of) if as_of else None
    except ValueError as e:
        raise click.BadParameter(f"{as_of!r}: give a date as YYYY-MM-DD", param_hint="--as-of") from e
    with store_from(ctx) as store:
        answer = ask(store, question, day)
    if fmt == "json":
        sys.stdout.write(json.dumps(to_dict(answer), ensure_ascii=False, indent=1) + "\n")
    else:
        console.print(answer.text, markup=False, highlight=False)
