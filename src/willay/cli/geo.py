"""CLI commands: geo (filled by its owner)."""

import click

COMMANDS: list[click.Command] = []
