"""Batch runs: same results in one process and on Dask, failures recorded, re-runs skip work."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from batch_corpus import write_warc
from click.testing import CliRunner

from willay.batch.runner import BatchOptions, run_batch
from willay.cli.main import cli
from willay.errors import ConfigError
from willay.model.document import Document


def read_parts(out: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for part in sorted(out.glob("part-*.jsonl")):
        if part.name.endswith(".failures.jsonl"):
            continue
        rows.extend(json.loads(line) for line in part.read_text("utf-8").splitlines())
    return rows


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "andes.warc.gz"
    write_warc(path, 40, broken=(5, 31))
    return path


def test_partitions_are_written_with_failures_and_markers(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = run_batch([str(archive)], BatchOptions(workers=0, out_dir=out, partition_size=10))
    assert summary.partitions == 4 and summary.partitions_skipped == 0
    assert summary.documents_read == 40
    assert sorted(f.source for f in summary.failures) == [
        "http://andes-news.test/31", "http://andes-news.test/5"]
    assert summary.stored == 38
    assert summary.warc.skipped_type == 1
    rows = read_parts(out)
    assert len(rows) == 38
    assert sum(len(r["events"]) for r in rows) == summary.reports
    assert summary.reports > 0
    assert len(list(out.glob("part-*.done"))) == 4
    failures = (out / "part-00000.failures.jsonl").read_text("utf-8")
    assert "http://andes-news.test/5" in failures
    marker = json.loads((out / "part-00003.done").read_text("utf-8"))
    assert marker["documents"] == 9 and marker["failures"] == 1


def test_a_rerun_skips_finished_partitions(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = BatchOptions(workers=0, out_dir=out, partition_size=10)
    run_batch([str(archive)], options)
    (out / "part-00002.done").unlink()  # as if the run had stopped during partition 2
    before = (out / "part-00001.jsonl").stat().st_mtime_ns
    again = run_batch([str(archive)], options)
    assert again.partitions_skipped == 3
    assert again.documents_read == 10
    assert (out / "part-00001.jsonl").stat().st_mtime_ns == before
    assert (out / "part-00002.done").exists()


def test_a_failing_document_does_not_stop_its_partition(archive: Path, tmp_path: Path) -> None:
    def pipeline(doc: Document) -> Document:
        from willay.extract.pipeline import extract

        if doc.url == "http://andes-news.test/12":
            raise RuntimeError("component crashed\nwith a second line")
        return extract(doc)

    out = tmp_path / "out"
    summary = run_batch([str(archive)], BatchOptions(workers=0, out_dir=out, partition_size=10,
                                                      process=pipeline))
    reasons = summary.failure_reasons()
    assert reasons["RuntimeError: component crashed"] == 1
    assert summary.stored == 37
    assert len(read_parts(out)) == 37


@pytest.mark.slow
def test_dask_workers_give_the_same_files_as_one_process(archive: Path, tmp_path: Path) -> None:
    local = tmp_path / "local"
    dask = tmp_path / "dask"
    run_batch([str(archive)], BatchOptions(workers=0, out_dir=local, partition_size=7))
    summary = run_batch([str(archive)], BatchOptions(workers=2, out_dir=dask, partition_size=7))
    assert summary.workers == 2
    assert len(summary.peak_rss) == 2
    assert all(peak > 0 for peak in summary.peak_rss.values())
    # forked from the warmed client, a worker holds alone less than its resident peak
    assert all(0 < summary.unique[w] < summary.peak_rss[w] for w in summary.peak_rss)
    assert summary.first_partition is not None
    assert 0 < summary.first_partition <= summary.seconds
    names = sorted(p.name for p in local.iterdir())
    assert names == sorted(p.name for p in dask.iterdir())
    for name in names:
        assert (local / name).read_bytes() == (dask / name).read_bytes(), name


def test_parquet_partitions(archive: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "pq"
    run_batch([str(archive)], BatchOptions(workers=0, out_dir=out, fmt="parquet",
                                           partition_size=20))
    tables = [pq.read_table(p) for p in sorted(out.glob("part-*.parquet"))]
    assert sum(t.num_rows for t in tables) == 38
    row = tables[0].to_pylist()[0]
    assert row["url"] == "http://andes-news.test/0"
    assert isinstance(json.loads(row["events"]), list)


def test_options_must_name_one_output(archive: Path, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="either a database"):
        run_batch([str(archive)], BatchOptions(workers=0))
    with pytest.raises(ConfigError, match="unknown format"):
        run_batch([str(archive)], BatchOptions(workers=0, out_dir=tmp_path, fmt="csv"))


def test_batch_command_prints_a_summary(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli"
    args = ["batch", str(archive), "--workers", "0", "--out", str(out), "--partition-size", "20"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "documents read" in result.output and "40" in result.output
    assert "failed: empty HTML" in result.output
    again = CliRunner().invoke(cli, [*args, "--quiet"])
    assert again.exit_code == 0, again.output
    assert "2 done before" in again.output


def test_a_worker_sends_back_what_the_sinks_read(archive: Path) -> None:
    from willay.batch.plan import plan_partitions
    from willay.batch.work import run_partition
    from willay.config import Settings
    from willay.extract.pipeline import extract
    from willay.model.serialize import document_to_dict

    part = plan_partitions([str(archive)], 5).partitions[0]
    result = run_partition(part, Settings())
    assert result.documents and all(not d.mentions and not d.sentences
                                    for d in result.documents)
    from willay.batch.work import read_partition

    originals = [extract(d) for d in read_partition(part, Settings())
                 if isinstance(d, Document)]
    assert [document_to_dict(d) for d in result.documents] == [
        document_to_dict(d) for d in originals]
