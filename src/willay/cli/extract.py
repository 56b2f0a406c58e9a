"""CLI commands: ``willay extract`` (print the output contract or a table, no database)."""

from __future__ import annotations

import json
import sys

import click
from rich.console import Console
from rich.table import Table

from willay.config import Settings
from willay.extract.run import RunSummary, extract_inputs
from willay.model import Document
from willay.model.serialize import document_to_dict


def _figure(value: object) -> str:
    if value is None:
        return ""
    best, low, high = value.best, value.low, value.high  # type: ignore[attr-defined]
    if low is not None and high is not None and low != high:
        return f"{best} ({low}-{high})"
    return str(best)


def print_table(docs: list[Document], console: Console) -> None:
    table = Table(title="events", show_lines=False, expand=True)
    for col in ("doc", "date", "type", "place", "actors", "killed", "injured", "arrested",
                "evidence"):
        table.add_column(col, overflow="fold")
    tallies = Table(title="tallies", expand=True)
    for col in ("doc", "kind", "value", "as of", "reporter", "evidence"):
        tallies.add_column(col, overflow="fold")
    for doc in docs:
        for r in doc.reports:
            place = ", ".join(p for p in (r.location, r.admin1, r.country) if p)
            actors = " vs ".join(a for a in (r.actor1, r.actor2) if a)
            table.add_row(doc.id[:12], r.date.iso() if r.date else "",
                          f"{r.event_type} / {r.sub_event_type}", place, actors,
                          _figure(r.fatalities), _figure(r.injured), _figure(r.arrested),
                          r.trigger.quote)
        for t in doc.tallies:
            tallies.add_row(doc.id[:12], t.kind, str(t.value),
                            t.as_of.iso() if t.as_of else "", t.reporter or "",
                            t.evidence.quote)
    console.print(table)
    console.print(tallies)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="jsonl: one output-contract line per document.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop events whose confidence is below this value.")
def extract_command(paths: tuple[str, ...], fmt: str, min_confidence: float) -> None:
    """Extract events from PATHS (files, directories, .jsonl, .html, or - for stdin).

    Prints the output contract (DESIGN.md) one JSON line per document, or a table.
    Unreadable inputs get a one-line error on stderr; the others are still processed.
    """
    summary = RunSummary()
    err = Console(stderr=True)

    def on_error(source: str, reason: str) -> None:
        click.echo(f"error: {source}: {reason}", err=True)

    def on_warning(source: str, message: str) -> None:
        click.echo(f"warning: {source}: {message}", err=True)

    docs = extract_inputs(paths, settings=Settings.from_env(), min_confidence=min_confidence,
                          summary=summary, on_error=on_error, on_warning=on_warning)
    if fmt == "jsonl":
        for doc in docs:
            sys.stdout.write(json.dumps(document_to_dict(doc), ensure_ascii=False) + "\n")
    else:
        print_table(list(docs), Console())
    err.print(summary.line(), highlight=False)
    if summary.failed:
        sys.exit(1)


COMMANDS: list[click.Command] = [extract_command]
