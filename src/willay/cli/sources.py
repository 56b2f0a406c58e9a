"""CLI commands for live sources and batches: ``fetch``, ``watch`` and ``batch``."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from willay.config import Settings
from willay.errors import WillayError
from willay.store.location import database_url

if TYPE_CHECKING:
    from willay.sources.fetch import FetchPolicy

_FETCH_OPTIONS = (
    click.option("--allow-private", is_flag=True,
                 help="Also fetch hosts on private, loopback or link-local addresses "
                      "(every host: prefer --allow-host)."),
    click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST",
                 help="Fetch from HOST even if it resolves to a private or loopback "
                      "address; other hosts stay checked. Repeatable."),
    click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=20.0,
                 show_default=True, help="Seconds per network wait (connect, each read)."),
    click.option("--deadline", type=click.FloatRange(min=0, min_open=True), default=60.0,
                 show_default=True,
                 help="Seconds for the whole fetch of one URL (redirects, retries, body)."),
    click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
                 help="Retries after a timeout, 429 or 5xx (exponential backoff)."),
    click.option("--max-bytes", type=click.IntRange(min=1), default=None,
                 help="Largest body accepted [default: WILLAY_MAX_BYTES or 5 MB]."),
)


def _fetch_options(func: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(_FETCH_OPTIONS):
        func = option(func)
    return func


def _policy(
    allow_private: bool, allow_hosts: tuple[str, ...], timeout: float, deadline: float,
    retries: int, max_bytes: int | None,
) -> FetchPolicy:
    from willay.sources.fetch import FetchPolicy

    return FetchPolicy(
        timeout=timeout,
        deadline=deadline,
        retries=retries,
        max_bytes=max_bytes or Settings.from_env().max_bytes,
        allow_private=allow_private,
        allow_hosts=frozenset(allow_hosts),
    )


def _fail(exc: WillayError) -> NoReturn:
    click.echo(f"error: {exc}", err=True)
    sys.exit(1)


@click.command("fetch")
@click.argument("urls", nargs=-1, required=True)
@click.option("--db", "db_url", default=None,
              metavar="PATH|URL",
              help="Store the articles in this database (file path or URL) instead of "
              "printing JSONL.")
@_fetch_options
def fetch_command(
    urls: tuple[str, ...],
    db_url: str | None,
    allow_private: bool,
    allow_hosts: tuple[str, ...],
    timeout: float,
    deadline: float,
    retries: int,
    max_bytes: int | None,
) -> None:
    """Fetch article URLS, extract their events and print JSONL (or store them with --db)."""
    from willay.extract.pipeline import extract
    from willay.model.serialize import document_to_dict
    from willay.sources.fetch import Fetcher
    from willay.sources.pages import fetch_document

    failed = 0
    store = None
    try:
        if db_url is not None:
            from willay.store import Store

            store = Store(database_url(db_url))
        with Fetcher(_policy(allow_private, allow_hosts, timeout, deadline, retries,
                             max_bytes)) as fetcher:
            for url in urls:
                try:
                    doc = extract(fetch_document(url, fetcher))
                    if store is not None:
                        added = store.add_document(doc)
                        state = "stored" if added.new else "already stored"
                        click.echo(f"{url}: {state} {added.doc_id} ({added.reports} reports)")
                    else:
                        click.echo(json.dumps(document_to_dict(doc), ensure_ascii=False))
                except WillayError as exc:
                    failed += 1
                    click.echo(f"error: {exc}", err=True)
    except WillayError as exc:
        _fail(exc)
    finally:
        if store is not None:
            store.close()
    if failed:
        click.echo(f"{failed} of {len(urls)} URLs failed", err=True)
        sys.exit(1)


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default="15m", show_default=True,
              help="Time between polls: 90s, 15m, 2h.")
@click.option("--db", "db_url", default=None,
              metavar="PATH|URL",
              help="Database file path or URL [default: WILLAY_DB or willay.db].")
@click.option("--once", is_flag=True, help="Poll once and stop.")
@_fetch_options
def watch_command(
    feeds: tuple[str, ...],
    every: str,
    db_url: str | None,
    once: bool,
    allow_private: bool,
    allow_hosts: tuple[str, ...],
    timeout: float,
    deadline: float,
    retries: int,
    max_bytes: int | None,
) -> None:
    """Poll RSS/Atom FEEDS and ingest their new articles until Ctrl-C.

    An article is skipped when the database already holds its URL or its text.
    """
    from willay.sources.fetch import Fetcher
    from willay.sources.watch import Watcher, parse_interval
    from willay.store import Store

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log = logging.getLogger("willay.sources")
    log.setLevel(logging.INFO)
    log.handlers[:] = [handler]
    try:
        seconds = parse_interval(every)
        with Store(database_url(db_url)) as store, Fetcher(
            _policy(allow_private, allow_hosts, timeout, deadline, retries, max_bytes)
        ) as fetcher:
            polls = Watcher(feeds, store, fetcher).run(seconds, once=once)
    except WillayError as exc:
        _fail(exc)
    click.echo(f"stopped after {polls} polls", err=True)


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--workers", type=int, default=2, show_default=True,
              help="Worker processes of the local Dask cluster (1 thread each); "
                   "0 = in this process, without Dask.")
@click.option("--scheduler", default=None,
              help="Address of a running Dask scheduler (tcp://host:8786) to use instead.")
@click.option("--db", "db_url", default=None,
              metavar="PATH|URL",
              help="Database file path or URL [default: WILLAY_DB or willay.db, unless --out].")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write partitioned files to this directory instead of a database.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="jsonl",
              show_default=True, help="File format with --out.")
@click.option("--partition-size", type=int, default=25, show_default=True,
              help="Documents per partition.")
@click.option("--quiet", is_flag=True, help="No progress bar, only the summary.")
def batch_command(
    inputs: tuple[str, ...],
    workers: int,
    scheduler: str | None,
    db_url: str | None,
    out_dir: Path | None,
    fmt: str,
    partition_size: int,
    quiet: bool,
) -> None:
    """Run the extraction pipeline over INPUTS (files, directories, WARC archives) on Dask.

    Finished partitions are skipped when the same command runs again, so an
    interrupted run resumes where it stopped.
    """
    from rich.console import Console

    from willay.batch.progress import RichProgress, summary_table
    from willay.batch.runner import BatchOptions, run_batch

    settings = Settings.from_env()
    if out_dir is None or db_url is not None:
        db_url = database_url(db_url)
    options = BatchOptions(
        workers=workers, scheduler=scheduler, db_url=db_url, out_dir=out_dir, fmt=fmt,
        partition_size=partition_size, settings=settings,
    )
    console = Console(stderr=True)
    try:
        if quiet:
            summary = run_batch(inputs, options)
        else:
            with RichProgress(console) as progress:
                summary = run_batch(inputs, options, progress)
    except WillayError as exc:
        _fail(exc)
    Console().print(summary_table(summary))
    if summary.interrupted:
        sys.exit(130)


COMMANDS: list[click.Command] = [fetch_command, watch_command, batch_command]
