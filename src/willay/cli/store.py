"""CLI commands: store (filled by its owner)."""

import click

COMMANDS: list[click.Command] = []
