"""The `bilat` command line: a thin layer over the Python API."""
import click


@click.group()
@click.version_option(package_name="bilat")
@click.option("--db", envvar="BILAT_DB", default="bilat.db", show_default=True,
              help="SQLite file (or postgresql:// URL) holding the record.")
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    """bilat: turn news and official statements about two countries into a cited record."""
    ctx.obj = {"db": db}


def main() -> None:
    cli()
