"""Every CLI command and each of its long options is documented in its topic's docs page."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from willay.cli.main import commands

DOCS = Path(__file__).resolve().parents[2] / "docs"
#: The docs page of each top-level command.
HOME = {
    "extract": "extraction.md", "ingest": "store.md", "events": "store.md", "show": "store.md",
    "datasette-metadata": "store.md",
    "evaluate": "evaluation.md", "geocode": "geo.md", "gazetteer": "geo.md",
    "resolve": "resolve.md", "merge": "resolve.md", "split": "resolve.md",
    "export": "export.md", "serve": "dashboard.md", "fetch": "sources.md",
    "watch": "sources.md", "batch": "batch.md",
}


def _commands() -> list[tuple[str, click.Command]]:
    out: list[tuple[str, click.Command]] = []
    for name, command in commands().items():
        if isinstance(command, click.Group):
            out.extend((f"{name} {sub}", c) for sub, c in command.commands.items())
        else:
            out.append((name, command))
    return out


def test_every_command_has_a_docs_page() -> None:
    assert sorted(HOME) == sorted(commands())


@pytest.mark.parametrize(("name", "command"), _commands(), ids=[n for n, _ in _commands()])
def test_every_command_and_option_is_documented(name: str, command: click.Command) -> None:
    doc = (DOCS / HOME[name.split()[0]]).read_text("utf-8")
    assert f"willay {name}" in doc, name
    for param in command.params:
        for opt in param.opts:
            if opt.startswith("--"):
                assert opt in doc, f"{name} {opt}"
