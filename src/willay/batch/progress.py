"""Progress of long runs with rich: documents per second, time left, and the final summary."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from willay.batch.plan import Partition, Plan
from willay.batch.runner import BatchSummary
from willay.batch.sinks import Written
from willay.batch.work import PartitionResult


class RateColumn(ProgressColumn):
    """Documents per second since the start of the task."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:6.1f} docs/s", style="progress.data.speed")


class RichProgress:
    """A :class:`~willay.batch.runner.BatchProgress` drawing one bar on stderr."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            RateColumn(),
            TextColumn("failed {task.fields[failed]}"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self._task: TaskID | None = None

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def start(self, plan: Plan, todo: list[Partition]) -> None:
        skipped = len(plan.partitions) - len(todo)
        if skipped:
            self.console.print(f"resuming: {skipped} of {len(plan.partitions)} partitions done")
        self._task = self._progress.add_task(
            "documents", total=sum(p.size for p in todo), failed=0
        )

    def advance(self, result: PartitionResult, written: Written) -> None:
        if self._task is None:
            return
        failed = int(self._progress.tasks[0].fields.get("failed", 0)) + len(result.failures)
        self._progress.update(self._task, advance=result.read, failed=failed)


def summary_table(summary: BatchSummary, max_reasons: int = 10) -> Table:
    """The summary of a batch as a two-column table."""
    table = Table(title="batch summary", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("value", justify="right")
    state = "interrupted (run again to resume)" if summary.interrupted else "complete"
    rows = [
        ("state", state),
        ("partitions", f"{summary.partitions} ({summary.partitions_skipped} done before)"),
        ("documents read", str(summary.documents_read)),
        ("stored (new)", str(summary.stored)),
        ("already stored", str(summary.already_stored)),
        ("failed", str(len(summary.failures))),
        ("event reports", str(summary.reports)),
        ("tallies", str(summary.tallies)),
        ("events (after merging)", str(summary.events)),
        ("workers", str(summary.workers)),
        ("seconds", f"{summary.seconds:.1f}"),
        ("first partition after (s)",
         "-" if summary.first_partition is None else f"{summary.first_partition:.1f}"),
        ("documents per second", f"{summary.docs_per_second:.1f}"),
    ]
    if summary.warc.records:
        warc = summary.warc
        rows.append(
            (
                "WARC records",
                f"{warc.records}: {warc.html} HTML, skipped {warc.skipped_not_response} "
                f"non-response, {warc.skipped_status} non-200, {warc.skipped_type} non-HTML",
            )
        )
    for worker, peak in sorted(summary.peak_rss.items()):
        rows.append((f"peak memory {worker}", f"{peak / 2**20:.0f} MiB"))
    for reason, count in list(summary.failure_reasons().items())[:max_reasons]:
        rows.append((f"failed: {reason}", str(count)))
    for what, value in rows:
        table.add_row(what, value)
    return table
