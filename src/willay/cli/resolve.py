"""CLI commands of resolution: ``resolve``, ``merge``, ``split`` and ``export`` (thin wrappers)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from willay.cli.store import (
    DB_OPTION,
    build_filter,
    filter_options,
    full_event_id,
    open_store,
    resolved_filter,
    store_session,
)
from willay.errors import WillayError


@click.command("resolve")
@DB_OPTION
@click.option("--full", is_flag=True, help="Re-cluster every block, not only pending reports.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def resolve_command(db: str | None, full: bool, as_json: bool) -> None:
    """Merge pending reports into events (incremental and idempotent)."""
    with store_session(db) as store:
        result = store.resolve(full=full)
        stats = store.stats()
    data = {**result.to_dict(), "events": stats.events}
    if as_json:
        click.echo(json.dumps(data))
        return
    click.echo(f"reports resolved: {data['reports']}, blocks: {data['blocks']}, events created: "
               f"{data['created']}, updated: {data['updated']}, retired: {data['retired']}, "
               f"unchanged: {data['unchanged']}; events in the store: {data['events']}")


@click.command("merge")
@click.argument("event_a")
@click.argument("event_b")
@DB_OPTION
@click.option("--note", help="Why (kept in the revision).")
def merge_command(event_a: str, event_b: str, db: str | None, note: str | None) -> None:
    """Merge two events into one (a human correction, kept as a revision).

    Event ids may be given by any unique start (``ev-`` optional).
    """
    with store_session(db) as store:
        merged = store.merge_events(full_event_id(store, event_a),
                                    full_event_id(store, event_b), note=note)
    click.echo(merged)


@click.command("split")
@click.argument("event_id")
@click.argument("report_id")
@DB_OPTION
@click.option("--note", help="Why (kept in the revision).")
def split_command(event_id: str, report_id: str, db: str | None, note: str | None) -> None:
    """Take REPORT_ID (as `willay show` lists it) out of EVENT_ID (kept as a revision).

    EVENT_ID may be given by any unique start (``ev-`` optional).
    """
    with store_session(db) as store:
        new_id = store.split_report(full_event_id(store, event_id), report_id, note=note)
    click.echo(new_id)


@click.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["acled", "ucdp", "plover", "geojson",
                                                    "jsonl", "polecat"]), default="acled",
              show_default=True,
              help="acled: ACLED's CSV columns, then willay's; ucdp: UCDP GED's CSV columns, "
              "fatal events only; plover: PLOVER JSON lines, one event per line (polecat is "
              "its older name); geojson: a FeatureCollection of points with flat "
              "properties, events with coordinates only; jsonl: everything, one event per "
              "line.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
@filter_options
def export_command(db: str | None, fmt: str, output: Path | None, **filters: Any) -> None:
    """Export merged events as ACLED or UCDP GED CSV, PLOVER JSON, GeoJSON or JSONL.

    What each format leaves out: ucdp writes only events with at least one reported death
    (UCDP GED holds only fatal events); geojson only events with coordinates; the others
    write every matching event. The count of events written and left out is printed on
    standard error. Text cells of the CSV formats that begin with = + - @ get a leading '
    so that spreadsheets do not run them as formulas.
    """
    from willay.export import export_events

    store = open_store(db)
    try:
        query = resolved_filter(store, build_filter(filters))
        if output is None:
            result = export_events(store, fmt, sys.stdout, query)
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                result = export_events(store, fmt, out, query)
    except (WillayError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    click.echo(result.message(), err=True)


COMMANDS: list[click.Command] = [resolve_command, merge_command, split_command, export_command]
