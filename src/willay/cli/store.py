"""CLI commands of the store: ``ingest``, ``events`` and ``show`` (thin wrappers)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from willay.cli.extract import input_meta, input_meta_options
from willay.errors import AmbiguousIdError, UnknownValueError, WillayError
from willay.model import Figure
from willay.store import EventDetail, EventFilter, EventSummary, Store
from willay.store.records import MAX_LIMIT, MAX_OFFSET, ORDERS
from willay.store.research import SUMMARY_COLUMNS as SUMMARY_CSV_COLUMNS
from willay.store.research import summary_row as summary_csv_row

DB_OPTION = click.option("--db", "db", envvar="WILLAY_DB", default=None, metavar="PATH|URL",
                         help="Database: a SQLite file path or a URL (env WILLAY_DB; default "
                         "willay.db in the working directory).")
INPUT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl")


def open_store(db: str | None, *, create: bool = False) -> Store:
    """The store at ``db`` (a path or URL). Unless ``create``, a missing SQLite file is an
    error: commands that read never leave an empty database behind."""
    from willay.store.location import database_url, require_database

    url = database_url(db)
    try:
        if not create:
            require_database(url)
        return Store(url)
    except WillayError as exc:
        raise click.ClickException(str(exc)) from exc


@contextmanager
def store_session(db: str | None, *, create: bool = False) -> Iterator[Store]:
    """The store for one command, closed afterwards; its errors become one-line CLI errors."""
    store = open_store(db, create=create)
    try:
        yield store
    except WillayError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


def _estimate_total(paths: tuple[str, ...]) -> int | None:
    """Documents the inputs hold (JSONL lines count), or ``None`` when unknown (stdin)."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        path = Path(raw)
        files = ([p for p in sorted(path.rglob("*")) if p.is_file()
                  and p.suffix.lower() in INPUT_SUFFIXES] if path.is_dir() else [path])
        for file in files:
            if file.suffix.lower() == ".jsonl":
                try:
                    with file.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def _one_line(source: str, reason: str | None) -> str:
    text = reason or "failed"
    if not text.startswith(source):
        text = f"{source}: {text}"
    return " ".join(text.split())


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--no-resolve", is_flag=True, help="Store reports without merging them into "
              "events (run `willay resolve` later).")
@input_meta_options
@click.option("--on-conflict", type=click.Choice(["fail", "skip", "new-version"]),
              default="fail", show_default=True,
              help="A document whose id is stored with another text: fail (an error naming "
                   "both sources), skip it, or store it as a new version (<id>~<hash>).")
def ingest_command(paths: tuple[str, ...], db: str | None, no_resolve: bool,
                   published: str | None, url: str | None, on_conflict: str) -> None:
    """Extract files, directories and JSONL (or - for stdin) into the database.

    Re-ingesting a document changes nothing. Each bad input gets a one-line error and the
    others are still processed; the exit code is 1 when anything failed.
    """
    from willay.config import Settings
    from willay.store.load import ingest

    try:
        from willay.extract.pipeline import extract
        from willay.ingest import read_inputs
    except ImportError as exc:
        raise click.ClickException(f"the extraction pipeline is not available ({exc})") from exc

    settings = Settings.from_env()
    meta = input_meta(published, url)
    store = open_store(db, create=True)
    total = _estimate_total(paths)
    try:
        if sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            console = Console(stderr=True)
            columns = (TextColumn("[progress.description]{task.description}"), BarColumn(),
                       MofNCompleteColumn(),
                       TextColumn("{task.fields[rate]:.1f} docs/s"), TimeRemainingColumn())
            with Progress(*columns, console=console) as bar:
                task = bar.add_task("ingest", total=total, rate=0.0)

                def tick(source: str, outcome: str, reason: str | None) -> None:
                    if outcome == "failed":
                        bar.console.print(f"error: {_one_line(source, reason)}", markup=False)
                    elapsed = bar.tasks[0].elapsed or 0.0
                    done = bar.tasks[0].completed + 1
                    bar.update(task, advance=1, rate=done / elapsed if elapsed else 0.0)

                summary = ingest(store, read_inputs(list(paths), settings, meta=meta), extract,
                                 resolve=not no_resolve, progress=tick,
                                 on_conflict=on_conflict)
        else:
            def report(source: str, outcome: str, reason: str | None) -> None:
                if outcome == "failed":
                    click.echo(f"error: {_one_line(source, reason)}", err=True)

            summary = ingest(store, read_inputs(list(paths), settings, meta=meta), extract,
                             resolve=not no_resolve, progress=report,
                             on_conflict=on_conflict)
    finally:
        store.close()
    for line in summary.lines():
        click.echo(" ".join(line.split()) if line.startswith(("failed:", "skipped:")) else line,
                   err=True)
    if not summary.ok:
        sys.exit(1)


# -- events -------------------------------------------------------------------------------
def _figure_text(fig: Figure | None) -> str:
    if fig is None:
        return ""
    best = "?" if fig.best is None else str(fig.best)
    if fig.low is not None and fig.high is not None and fig.low != fig.high:
        best += f" ({fig.low}-{fig.high})"
    if fig.disputed:
        best += "*"
    return best


def _place_text(e: EventSummary) -> str:
    return ", ".join(p for p in (e.location, e.admin1, e.country) if p)


def _parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        west, south, east, north = (float(v) for v in value.split(","))
    except ValueError as exc:
        raise click.BadParameter(f"{value!r}: expected WEST,SOUTH,EAST,NORTH") from exc
    return west, south, east, north


def filter_options(func: Any) -> Any:
    """The event filters shared by ``events`` and ``export``."""
    options = [
        click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]),
                     help="Events on or after this day (YYYY-MM-DD)."),
        click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]),
                     help="Events on or before this day."),
        click.option("--type", "event_type",
                     help="ACLED event type, e.g. protests (case and accents ignored)."),
        click.option("--sub-type", "sub_event_type", help="ACLED sub-event type (any case)."),
        click.option("--country", help="Country code or name, e.g. PE, pe, Peru or Perú."),
        click.option("--admin1", help="First-level region, e.g. Puno or apurimac (case and "
                     "accents ignored)."),
        click.option("--bbox", help="WEST,SOUTH,EAST,NORTH in degrees."),
        click.option("--actor", help="Words of actor1 or actor2, the last may be cut (any case)."),
        click.option("--text", "-q", "text", help="Words in place, actors, types or triggers "
                     "(full text: the last word may be cut)."),
        click.option("--min-confidence", type=float, help="Minimum event confidence."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def build_filter(kw: dict[str, Any], *, limit: int = 100, offset: int = 0,
                 order: str = "date") -> EventFilter:
    def day(value: dt.datetime | None) -> dt.date | None:
        return value.date() if value else None

    return EventFilter(
        date_from=day(kw.get("date_from")), date_to=day(kw.get("date_to")),
        event_type=kw.get("event_type"), sub_event_type=kw.get("sub_event_type"),
        country=kw.get("country"), admin1=kw.get("admin1"), bbox=_parse_bbox(kw.get("bbox")),
        actor=kw.get("actor"), text=kw.get("text"), min_confidence=kw.get("min_confidence"),
        limit=limit, offset=offset, order=order)


#: The option of each filter field whose value is resolved against the stored values.
_FILTER_OPTIONS = {"event_type": "--type", "sub_event_type": "--sub-type",
                   "country": "--country", "admin1": "--admin1"}


def resolved_filter(store: Store, flt: EventFilter) -> EventFilter:
    """``flt`` with the values typed by the user replaced by the stored spellings; a value
    the database does not hold is a usage error that lists the values it holds."""
    from willay.store.lookup import resolve_filter

    try:
        return resolve_filter(store, flt)
    except UnknownValueError as exc:
        raise click.BadParameter(str(exc), param_hint=f"'{_FILTER_OPTIONS[exc.field]}'"
                                 ) from exc


def _cell(value: Any) -> str:
    """A value as one plain cell: no tabs or line breaks, ``None`` as empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split())


def plain_table(headers: list[str], rows: list[list[str]]) -> Iterator[str]:
    """Columns aligned with spaces, one line per row, nothing cut or wrapped."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for line in [headers, *rows]:
        yield "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()


TABLE_COLUMNS = ["id", "date", "type", "place", "actors", "killed", "injured", "arrested",
                 "reports"]


def _table_row(e: EventSummary) -> list[str]:
    actors = " / ".join(a for a in (e.actor1, e.actor2) if a)
    return [_cell(x) for x in (e.id, e.date.iso() if e.date else "?",
                               f"{e.event_type}: {e.sub_event_type}", _place_text(e), actors,
                               _figure_text(e.fatalities), _figure_text(e.injured),
                               _figure_text(e.arrested), e.n_reports)]


@click.command("events")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "tsv", "jsonl", "csv"]),
              default="table", show_default=True,
              help="table: boxed in a terminal, plain aligned lines (never cut) when piped; "
              "tsv: the csv columns separated by tabs.")
@filter_options
@click.option("--limit", type=click.IntRange(0, MAX_LIMIT), default=100, show_default=True)
@click.option("--offset", type=click.IntRange(0, MAX_OFFSET), default=0)
@click.option("--order", type=click.Choice(ORDERS), default="date", show_default=True)
def events_command(db: str | None, fmt: str, limit: int, offset: int, order: str,
                   **filters: Any) -> None:
    """List merged events (newest first), filtered.

    Type, sub-type, region and country are matched without regard to case or accents
    (countries by code or name); a value the database does not hold is an error that
    lists the values it holds.
    """
    with store_session(db) as store:
        query = resolved_filter(store, build_filter(filters, limit=limit, offset=offset,
                                                    order=order))
        events = store.list_events(query)
        total = store.count_events(query)
    if fmt == "jsonl":
        for e in events:
            click.echo(json.dumps(e.to_dict(), ensure_ascii=False))
        return
    if fmt == "csv":
        from willay.export.csvsafe import csv_chunks

        for chunk in csv_chunks(SUMMARY_CSV_COLUMNS, (summary_csv_row(e) for e in events)):
            sys.stdout.write(chunk)
        return
    if fmt == "tsv":
        from willay.export.csvsafe import safe_cell

        click.echo("\t".join(SUMMARY_CSV_COLUMNS))
        for e in events:
            row = summary_csv_row(e)
            click.echo("\t".join(_cell(safe_cell(row[c])) for c in SUMMARY_CSV_COLUMNS))
        return
    title = f"{len(events)} of {total} events"
    if not sys.stdout.isatty():
        click.echo(title)
        for line in plain_table(TABLE_COLUMNS, [_table_row(e) for e in events]):
            click.echo(line)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, show_lines=False)
    for name in TABLE_COLUMNS:
        table.add_column(name, overflow="fold")
    for e in events:
        table.add_row(*_table_row(e))
    Console().print(table)


# -- show ---------------------------------------------------------------------------------
def _quote(span: dict[str, Any] | Any, doc_id: str | None = None) -> str:
    data = span if isinstance(span, dict) else span.to_dict()
    where = f" [{doc_id} {data['start']}-{data['end']}]" if doc_id else \
        f" [{data['start']}-{data['end']}]"
    return f'"{data["quote"]}"{where}'


def _figure_detail(fig: Figure) -> str:
    """``best 12, low 12, high 17, conservative 12, DISPUTED  [rule]``; unknown parts are
    left out, and a figure without a best value says so instead of printing ``None``."""
    parts = [f"{name} {value}" for name, value in (
        ("best", fig.best), ("low", fig.low), ("high", fig.high),
        ("conservative", fig.conservative)) if value is not None]
    if fig.best is None:
        parts.insert(0, "best unknown")
    text = ", ".join(parts) + (", DISPUTED" if fig.disputed else "")
    return text + (f"  [{fig.rule}]" if fig.rule else "")


def detail_lines(detail: EventDetail) -> Iterator[str]:
    """The text of ``willay show``: fields with evidence, claims, reports, history."""
    e = detail.summary
    ev = detail.event
    yield f"event {e.id}  ({e.n_reports} report(s) from {e.n_documents} document(s), " \
          f"confidence {e.confidence:.2f})"

    def prov(name: str) -> str:
        if name not in ev.provenance:
            return ""
        rid, spans = ev.provenance[name]
        doc = rid.split(":", 1)[0]
        quotes = "; ".join(_quote(s, doc) for s in spans) or "(no span)"
        return f"  <- {quotes}"

    fields = [
        ("type", f"{e.event_type} / {e.sub_event_type} ({e.disorder_type})", "event_type"),
        ("tags", ", ".join(e.tags) or "-", ""),
        ("date", f"{e.date.iso()} ({e.date.precision})" if e.date else "unknown", "date"),
        ("place", f"{_place_text(e) or '-'}"
                  + (f" ({e.latitude:.4f}, {e.longitude:.4f}, precision {e.geo_precision})"
                     if e.latitude is not None and e.longitude is not None else ""),
         "location"),
        ("actor1", f"{e.actor1 or '-'}" + (f" ({e.actor1_type})" if e.actor1_type else ""),
         "actor1"),
        ("actor2", f"{e.actor2 or '-'}" + (f" ({e.actor2_type})" if e.actor2_type else ""),
         "actor2"),
    ]
    for label, value, key in fields:
        yield f"{label:>10}: {value}{prov(key) if key else ''}"
    for kind in ("fatalities", "injured", "arrested", "crowd_size"):
        fig = e.figure(kind)
        if fig is None and not detail.figures.get(kind):
            continue
        text = "-" if fig is None else _figure_detail(fig)
        yield f"{kind:>10}: {text}{prov(kind)}"
        for point in detail.figures.get(kind, []):
            via = f" via {point.via}" if point.via else ""
            who = point.reporter or "(the article's own voice)"
            yield (f"{'':>12}- {point.label()}: {who}{via}"
                   f" {_quote(point.evidence, point.doc_id)}")
    yield ""
    yield "reports:"
    docs = {d.id: d for d in detail.documents}
    for key, report in zip(detail.report_keys, ev.reports, strict=True):
        info = docs.get(report.doc_id)
        meta = ""
        if info is not None:
            meta = " | ".join(str(x) for x in (info.publisher, info.published, info.title,
                                                info.url) if x)
        yield f"  {key}: {report.event_type} / {report.sub_event_type}, " \
              f"{report.date.iso() if report.date else 'undated'}, " \
              f"{report.location or report.admin1 or report.country or '-'}  {meta}"
        yield f"      trigger: {_quote(report.trigger)}"
        for name, spans in sorted(report.evidence.items()):
            yield f"      {name}: " + "; ".join(_quote(s) for s in spans)
        for c in report.claims:
            via = f" via {c.via}" if c.via else ""
            yield (f"      claim {c.kind} {c.value if c.value is not None else '?'}"
                   f" ({c.qualifier}) by {c.reporter or 'the article'}{via}: "
                   f"{_quote(c.evidence)}")
    yield ""
    yield "history:"
    for rev in detail.revisions:
        yield f"  {rev.at.isoformat(timespec='seconds')} {rev.action}: {rev.summary}"
    if detail.decisions:
        yield ""
        yield "decisions:"
        for d in detail.decisions:
            score = "" if d.score is None else f" score {d.score:.2f}"
            yield f"  {d.report_id}: {d.decision}{score}: {'; '.join(d.reasons)}"


def full_event_id(store: Store, text: str) -> str:
    """The id of the one event whose id starts with ``text``; an ambiguous start is an error
    that lists the candidates."""
    from willay.store.lookup import resolve_event_id

    try:
        return resolve_event_id(store, text)
    except AmbiguousIdError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("show")
@click.argument("event_id")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def show_command(event_id: str, db: str | None, fmt: str) -> None:
    """Show one event: every field with its quoted evidence, every claim, report and revision.

    EVENT_ID may be any unique start of the id, with or without ``ev-`` (``show 3fa2``).
    """
    with store_session(db) as store:
        detail = store.get_event(full_event_id(store, event_id))
    if fmt == "json":
        click.echo(json.dumps(detail.to_dict(), ensure_ascii=False, indent=2))
        return
    for line in detail_lines(detail):
        click.echo(line)


@click.command("datasette-metadata")
@DB_OPTION
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("metadata.json"), show_default=True, help="File to write.")
@click.option("--name", help="Database name in Datasette (default: the file name without "
              "its extension).")
@click.option("--title", help="Title of the published site.")
@click.option("--description", help="Description shown on its front page.")
@click.option("--license", "license_name", help="Licence of the data (default CC BY 4.0, "
              "as the GeoNames data inside asks for attribution).")
@click.option("--license-url", help="Address of the licence text.")
@click.option("--source", help="Where the articles come from.")
@click.option("--source-url", help="Address of the source.")
def datasette_metadata_command(db: str | None, output: Path, name: str | None,
                               title: str | None, description: str | None,
                               license_name: str | None, license_url: str | None,
                               source: str | None, source_url: str | None) -> None:
    """Write a Datasette metadata.json for the database, to publish it in one command.

    Opening the database brings it to the newest schema, which has the readable views
    (events_view, claims_view, documents_view, tallies_view). Then:
    datasette willay.db --metadata metadata.json
    """
    from willay.store.datasette import datasette_metadata
    from willay.store.location import database_url, sqlite_file

    with store_session(db):  # exists, and migrated: the views are there
        pass
    path = sqlite_file(database_url(db))
    db_name = name or (path.stem if path is not None else None)
    if not db_name:
        raise click.UsageError("give --name: Datasette serves SQLite files, named after them")
    meta = datasette_metadata(db_name, title=title, description=description,
                              license=license_name, license_url=license_url, source=source,
                              source_url=source_url)
    try:
        output.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n",
                          encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{output}: {exc.strerror or exc}") from exc
    served = path if path is not None else "DATABASE.db"
    click.echo(f"wrote {output}; publish with: datasette {served} --metadata {output}",
               err=True)


COMMANDS: list[click.Command] = [ingest_command, events_command, show_command,
                                 datasette_metadata_command]
