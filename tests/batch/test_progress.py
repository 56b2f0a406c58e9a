"""The progress bar counts documents and failures; the summary lists reasons and memory."""

from __future__ import annotations

import io

from rich.console import Console

from willay.batch.plan import Partition, Plan
from willay.batch.progress import RichProgress, summary_table
from willay.batch.runner import BatchSummary
from willay.batch.sinks import Written
from willay.batch.work import Failure, PartitionResult
from willay.model.document import Document


def console() -> Console:
    return Console(file=io.StringIO(), width=200, record=True, force_terminal=False)


def test_progress_counts_documents_and_failures() -> None:
    parts = [Partition(index=i, kind="files", paths=(f"{i}.txt",), size=10, key=str(i))
             for i in range(3)]
    plan = Plan(partitions=parts)
    out = console()
    with RichProgress(out) as progress:
        progress.start(plan, parts[1:])
        result = PartitionResult(
            index=1, key="1",
            documents=[Document(id=str(n), text="Farmers marched in Vado.") for n in range(9)],
            failures=[Failure("1.txt", "empty text")],
        )
        progress.advance(result, Written(new=9))
        task = progress._progress.tasks[0]
        assert task.total == 20
        assert task.completed == 10
        assert task.fields["failed"] == 1
    text = out.export_text()
    assert "resuming: 1 of 3 partitions done" in text
    assert "docs/s" in text


def test_summary_lists_failures_by_reason_and_peak_memory() -> None:
    summary = BatchSummary(
        partitions=4, partitions_skipped=1, documents_read=30, stored=27, reports=12,
        tallies=2, events=9, seconds=3.0, workers=2, first_partition=1.25,
        failures=[Failure("a.html", "empty HTML"), Failure("b.html", "empty HTML"),
                  Failure("c.txt", "binary input")],
        peak_rss={"host:11": 300 * 2**20, "host:12": 280 * 2**20},
    )
    out = console()
    out.print(summary_table(summary))
    text = out.export_text()
    assert "complete" in text
    assert "4 (1 done before)" in text
    assert "failed: empty HTML" in text and "failed: binary input" in text
    assert "peak memory host:11" in text and "300 MiB" in text
    assert "10.0" in text  # documents per second
    assert "first partition after (s)" in text and "1.2" in text
    assert summary.failure_reasons() == {"empty HTML": 2, "binary input": 1}
