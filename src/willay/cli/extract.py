"""CLI commands: extract (filled by its owner)."""

import click

COMMANDS: list[click.Command] = []
