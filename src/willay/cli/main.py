"""The ``willay`` command group: collects the commands of each CLI module."""

from __future__ import annotations

import importlib
import sys

import click

from willay import __version__

#: Modules whose ``COMMANDS`` list is added to the group, in help order.
COMMAND_MODULES = (
    "willay.cli.extract",
    "willay.cli.store",
    "willay.cli.evaluate",
    "willay.cli.geo",
    "willay.cli.resolve",
    "willay.cli.serve",
    "willay.cli.sources",
)


class _Group(click.Group):
    """The command group; its commands are imported on first use, not at import time."""

    _loaded = False

    def _load(self) -> None:
        if not self._loaded:
            self._loaded = True
            for name in COMMAND_MODULES:
                module = importlib.import_module(name)
                for command in getattr(module, "COMMANDS", []):
                    self.add_command(command)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load()
        return list(self.commands)  # keep registration order

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._load()
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="willay")
def cli() -> None:
    """willay: protest and political-violence events from news reports, with evidence.

    Every coded value points to the words of the article that support it.
    """


def commands() -> dict[str, click.Command]:
    """Every registered command by name (loads the command modules)."""
    cli._load()
    return dict(cli.commands)


def main() -> None:
    from willay.errors import WillayError

    try:
        cli(standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except WillayError as exc:  # a bad setting or input no command caught: one line
        click.echo(f"error: {' '.join(str(exc).split())}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
