"""The batch run: plan partitions, run them on a Dask cluster, write results in order, summarise."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from willay.batch.plan import DEFAULT_PARTITION_SIZE, Partition, Plan, plan_partitions
from willay.batch.sinks import DatabaseSink, DirectorySink, Sink, Written
from willay.batch.work import Failure, PartitionResult, Process, run_partition, warm_up
from willay.config import Settings
from willay.errors import ConfigError
from willay.sources.warc import WarcCounts


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch.

    ``workers``: worker processes of the local cluster (1 thread each); 0 runs the
    partitions in this process, one after the other (same functions, no Dask).
    ``scheduler``: address of an existing Dask scheduler (``tcp://host:8786``); its
    workers are used and ``workers`` is ignored. Exactly one of ``db_url`` and
    ``out_dir`` says where results go.
    """

    workers: int = 2
    scheduler: str | None = None
    db_url: str | None = None
    out_dir: Path | None = None
    fmt: str = "jsonl"
    partition_size: int = DEFAULT_PARTITION_SIZE
    settings: Settings = field(default_factory=Settings.from_env)
    process: Process | None = None


@dataclass
class BatchSummary:
    """The end of a batch: documents read, stored, skipped and failed, events and tallies."""

    partitions: int = 0
    partitions_skipped: int = 0
    documents_expected: int = 0
    documents_read: int = 0
    stored: int = 0
    already_stored: int = 0
    reports: int = 0
    tallies: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    warc: WarcCounts = field(default_factory=WarcCounts)
    seconds: float = 0.0
    worker_seconds: float = 0.0
    peak_rss: dict[str, int] = field(default_factory=dict)
    #: the most memory each worker held alone (its pages not shared with other processes)
    unique: dict[str, int] = field(default_factory=dict)
    #: Seconds from the start of the run to the first partition written (None: none was).
    first_partition: float | None = None
    workers: int = 0
    interrupted: bool = False
    started: float = field(default=0.0, repr=False)  # perf_counter() at the start

    @property
    def docs_per_second(self) -> float:
        return self.documents_read / self.seconds if self.seconds > 0 else 0.0

    def failure_reasons(self) -> dict[str, int]:
        """Failures grouped by reason (the part of the message after the source)."""
        counts: dict[str, int] = {}
        for failure in self.failures:
            counts[failure.reason] = counts.get(failure.reason, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


class BatchProgress(Protocol):
    """Told how a batch advances (the CLI draws a rich progress bar from it)."""

    def start(self, plan: Plan, todo: list[Partition]) -> None: ...

    def advance(self, result: PartitionResult, written: Written) -> None: ...


def make_sink(options: BatchOptions) -> Sink:
    if (options.db_url is None) == (options.out_dir is None):
        raise ConfigError("batch: give either a database (--db) or an output directory (--out)")
    if options.db_url is not None:
        return DatabaseSink(options.db_url)
    assert options.out_dir is not None
    return DirectorySink(options.out_dir, options.fmt)


def _client(options: BatchOptions) -> Any:
    from distributed import Client, LocalCluster

    if options.scheduler:
        try:
            return Client(options.scheduler, timeout=30)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(
                f"{options.scheduler}: cannot reach the Dask scheduler ({exc})"
            ) from exc
    if options.workers < 1:
        raise ConfigError(f"{options.workers}: --workers must be at least 1 for a cluster")
    import dask

    settings: dict[str, Any] = {}
    if _can_fork() and options.process is None and options.db_url is None:
        # Load the pipeline here once, then fork the workers from this process: they start
        # in a fraction of a second with the language data already loaded, and share
        # those pages with each other (copy-on-write) instead of each holding its own
        # copy. Not with a database sink: its connections would be inherited. The
        # gazetteer reopens its read-only SQLite connection in each forked worker.
        warm_up()
        settings["distributed.worker.multiprocessing-method"] = "fork"
    with dask.config.set(settings):
        cluster = LocalCluster(
            n_workers=options.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",  # a free local port: never clashes, never exposed
            silence_logs=40,  # logging.ERROR
        )
    return Client(cluster)


def _can_fork() -> bool:
    """Whether worker processes may be forked from this one (Linux: fork is the
    platform's own way; macOS and Windows spawn fresh interpreters)."""
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _record(summary: BatchSummary, result: PartitionResult, written: Written) -> None:
    if summary.first_partition is None:
        summary.first_partition = time.perf_counter() - summary.started
    summary.documents_read += result.read
    summary.failures.extend(result.failures)
    summary.failures.extend(written.failures)
    summary.stored += written.new
    summary.already_stored += written.existing
    summary.reports += written.reports
    summary.tallies += written.tallies
    summary.worker_seconds += result.seconds
    summary.peak_rss[result.worker] = max(summary.peak_rss.get(result.worker, 0), result.peak_rss)
    summary.unique[result.worker] = max(summary.unique.get(result.worker, 0), result.unique)


def run_batch(
    inputs: Sequence[str], options: BatchOptions, progress: BatchProgress | None = None
) -> BatchSummary:
    """Run the extraction pipeline over ``inputs`` and write the results; resumable.

    Partitions already finished by an earlier run are skipped. Results are written by
    this process (the client) in partition order, whatever order the workers finish
    in, so the output does not depend on the number of workers. Ctrl-C stops the run
    cleanly: finished partitions stay written, and the summary says ``interrupted``.
    """
    started = time.perf_counter()
    plan = plan_partitions(inputs, options.partition_size)
    sink = make_sink(options)
    summary = BatchSummary(partitions=len(plan.partitions), warc=plan.warc, started=started)
    summary.documents_expected = plan.documents
    summary.failures.extend(Failure(e.source, e.reason) for e in plan.unreadable)
    try:
        done = sink.done_keys()
        todo = [p for p in plan.partitions if p.key not in done]
        summary.partitions_skipped = len(plan.partitions) - len(todo)

        def ready() -> None:  # the clock of the progress bar starts with the workers
            if progress is not None:
                progress.start(plan, todo)

        try:
            if options.workers == 0 and not options.scheduler:
                summary.workers = 1
                ready()
                for part in todo:
                    result = run_partition(part, options.settings, options.process)
                    written = sink.write(part, result)
                    _record(summary, result, written)
                    if progress is not None:
                        progress.advance(result, written)
            else:
                _run_on_dask(todo, options, sink, summary, progress, ready)
        except KeyboardInterrupt:
            summary.interrupted = True
        if not summary.interrupted:
            summary.events = sink.finish()
    finally:
        sink.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _run_on_dask(
    todo: list[Partition],
    options: BatchOptions,
    sink: Sink,
    summary: BatchSummary,
    progress: BatchProgress | None,
    on_ready: Callable[[], None],
) -> None:
    from distributed import as_completed

    client = _client(options)
    try:
        if options.process is None:
            # Every worker loads the pipeline at once (caches that are missing are built
            # under a lock or written atomically, so concurrent warm-ups are safe); one
            # worker first and then the others cost a second warm-up on the clock.
            client.run(warm_up)
        on_ready()
        summary.workers = len(client.scheduler_info(n_workers=-1).get("workers", {})) or max(
            options.workers, 1
        )
        window = max(4, 3 * summary.workers)
        queue = list(reversed(todo))
        ready: dict[int, tuple[Partition, PartitionResult]] = {}
        order = [p.index for p in todo]
        next_pos = 0
        running = as_completed()
        by_future: dict[Any, Partition] = {}

        def submit() -> None:
            part = queue.pop()
            future = client.submit(
                run_partition, part, options.settings, options.process,
                key=f"willay-partition-{part.index}-{part.key[:12]}", pure=False,
            )
            by_future[future] = part
            running.add(future)

        while queue and len(by_future) < window:
            submit()
        for future in running:
            part = by_future.pop(future)
            try:
                result = future.result()
            except Exception as exc:  # a lost worker or a task error: record it, go on
                reason = f"partition failed: {type(exc).__name__}: {exc}".splitlines()[0]
                summary.failures.append(Failure(part.label, reason))
                order.remove(part.index)  # not marked done: a re-run tries it again
            else:
                ready[part.index] = (part, result)
            future.release()
            while next_pos < len(order) and order[next_pos] in ready:
                done_part, done_result = ready.pop(order[next_pos])
                next_pos += 1
                written = sink.write(done_part, done_result)
                _record(summary, done_result, written)
                if progress is not None:
                    progress.advance(done_result, written)
            # Results wait in ``ready`` until the partitions before them are written;
            # bound that buffer so that one slow partition cannot fill the memory.
            while queue and len(by_future) < window and len(ready) < 4 * window:
                submit()
    finally:
        client.close()
        cluster = getattr(client, "cluster", None)
        if cluster is not None and not options.scheduler:
            cluster.close()
