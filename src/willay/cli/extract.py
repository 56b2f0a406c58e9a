"""CLI commands: ``willay extract`` (print the output contract or a table, no database)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from willay.config import Settings
from willay.extract.run import RunSummary, extract_inputs
from willay.model import Document
from willay.model.serialize import document_to_dict, parse_published

F = TypeVar("F", bound=Callable[..., Any])


def _check_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and parse_published(value)[0] is None:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def input_meta_options(command: F) -> F:
    """``--published`` and ``--url``: metadata of plain-text and HTML inputs."""
    command = click.option(
        "--url", metavar="URL", default=None,
        help="URL of the article of each plain-text or HTML input (file or stdin); "
             "JSONL records keep their own 'url' and take this one only when they have "
             "none.")(command)
    command = click.option(
        "--published", metavar="DATE", default=None, callback=_check_published,
        help="Publication date (YYYY-MM-DD, YYYY-MM or YYYY) of each plain-text or HTML "
             "input (file or stdin): it anchors relative dates ('on Monday', 'ayer') and "
             "wins over a date read from the text or the page. JSONL records keep their own "
             "'published' and take this one only when they have none.")(command)
    return command


def input_meta(published: str | None, url: str | None) -> dict[str, str]:
    """The ``meta`` argument of :func:`willay.ingest.read_inputs` for these options."""
    return {k: v for k, v in (("published", published), ("url", url)) if v}


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
@click.option("--no-text", is_flag=True,
              help="Leave doc.text out of the JSONL. For plain text and JSONL 'text' it is "
                   "the input as given; for HTML it is the extracted main text, which the "
                   "offsets then point into without the output holding it.")
@input_meta_options
def extract_command(paths: tuple[str, ...], fmt: str, min_confidence: float, no_text: bool,
                    published: str | None, url: str | None) -> None:
    """Extract events from PATHS (files, directories, .jsonl, .html, or - for stdin).

    Prints the output contract (DESIGN.md) one JSON line per document, or a table. Each
    line carries doc.text, the text every evidence offset points into: the input exactly
    as given (plain text, stdin, a JSONL 'text'), or the main text extracted from HTML.
    Unreadable inputs get a one-line error on stderr; the others are still processed.
    """
    summary = RunSummary()
    err = Console(stderr=True)

    def on_error(source: str, reason: str) -> None:
        click.echo(f"error: {source}: {reason}", err=True)

    def on_warning(source: str, message: str) -> None:
        click.echo(f"warning: {source}: {message}", err=True)

    docs = extract_inputs(paths, settings=Settings.from_env(), min_confidence=min_confidence,
                          summary=summary, on_error=on_error, on_warning=on_warning,
                          meta=input_meta(published, url))
    if fmt == "jsonl":
        for doc in docs:
            line = document_to_dict(doc, text=not no_text)
            sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    else:
        print_table(list(docs), Console())
    err.print(summary.line(), highlight=False)
    if summary.failed:
        sys.exit(1)


COMMANDS: list[click.Command] = [extract_command]
