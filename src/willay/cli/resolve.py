"""CLI commands: resolve (filled by its owner)."""

import click

COMMANDS: list[click.Command] = []
