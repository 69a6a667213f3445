"""One way to print a view: a rich table, JSON, CSV or Markdown."""
from __future__ import annotations

import csv
import io
import json
import sys

import click
from rich.table import Table
from rich.text import Text

from bilat.cli.common import console
from bilat.serialize import to_dict

FORMATS = click.Choice(["table", "json", "csv", "md"])


def format_option(fn):
    return click.option("--format", "fmt", type=FORMATS, default="table", show_default=True,
                        help="table, json, csv or md.")(fn)


def render(rows: list[dict], items: list, fmt: str, title: str) -> None:
    """`rows` are the flat columns shown; `items` the full objects written as JSON."""
    if fmt == "json":
        sys.stdout.write(json.dumps(to_dict(items), ensure_ascii=False, indent=1) + "\n")
    elif fmt == "csv":
        sys.stdout.write(_csv(rows))
    elif fmt == "md":
        sys.stdout.write(_markdown(rows))
    else:
        console.print(_table(rows, title))
        console.print(f"{len(rows)} {title}")


def _csv(rows: list[dict]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out.getvalue()


def _markdown(rows: list[dict]) -> str:
    if not rows:
        return ""
    head = list(rows[0])
    clean = lambda v: str(v).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(clean(r[h]) for h in head) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def _table(rows: list[dict], title: str) -> Table:
    table = Table(*(rows[0] if rows else ["(none)"]), title=title, show_lines=False)
    for r in rows:
        table.add_row(*(Text(str(v)) for v in r.values()))  # document text is never read as markup
    return table
