"""Every command has help with an example and a place in the README."""
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilat.cli import cli

README = (Path(__file__).parents[1] / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0 and "Example" in result.output


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_documented_in_the_readme(name):
    assert f"bilat {name}" in README


def test_readme_starts_with_the_two_commands():
    head = README.split("```")[1]
    assert "make demo" in head and "make test" in head
