"""What every command shares: opening the store, turning bilat errors into one-line messages."""
from __future__ import annotations

import contextlib
import sys

import click
from rich.console import Console

from bilat.errors import BilatError
from bilat.store import open_store

# Piped output keeps whole rows: a terminal's width only applies when there is a terminal.
console = Console(width=None if sys.stdout.isatty() else 200)
errors = Console(stderr=True, width=None if sys.stderr.isatty() else 200)


@contextlib.contextmanager
def store_from(ctx: click.Context):
    """Open the store named by the global --db option; a BilatError becomes a one-line error."""
    try:
        with open_store(ctx.obj["db"]) as store:
            yield store
    except BilatError as e:
        raise click.ClickException(str(e)) from e


def parse_pair(value: str) -> tuple[str, str]:
    parts = [p.strip().upper() for p in value.split(",") if p.strip()]
    if len(parts) != 2 or not all(len(p) == 3 and p.isalpha() for p in parts):
        raise click.BadParameter(f"{value!r}: give two ISO 3166 alpha-3 codes, e.g. IND,KOR")
    return parts[0], parts[1]


def stored_pair(store, given: str | None) -> tuple[str, str]:
    """The pair given on the command line, else the one the record was ingested with."""
    value = given or store.meta("pair")
    if not value:
        raise click.ClickException("no pair known: ingest documents first, or give --pair IND,KOR")
    return parse_pair(value)
