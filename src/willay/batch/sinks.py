"""Batch outputs: the store (with a ledger of finished partitions) or JSONL/Parquet partitions.

Both know which partitions a previous run finished, so that a re-run skips them, and
both write a partition all at once, so that an interrupted run leaves no half partition.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from willay.batch.plan import Partition
from willay.batch.work import Failure, PartitionResult
from willay.errors import ConfigError, ConflictError, StoreError, WillayError
from willay.model.serialize import document_to_dict

if TYPE_CHECKING:
    from willay.store import Store

FORMATS = ("jsonl", "parquet")

_META = sa.MetaData()

#: One row per finished partition (its key is stable across runs of the same input).
PARTITIONS = sa.Table(
    "batch_partitions",
    _META,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("documents", sa.Integer, nullable=False),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("finished_at", sa.DateTime, nullable=False),
)

#: The documents a batch could not process, with the reason (one line each).
FAILURES = sa.Table(
    "batch_failures",
    _META,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("partition_key", sa.String(64), nullable=False, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
)


@dataclass
class Written:
    """What writing one partition did."""

    new: int = 0
    existing: int = 0
    reports: int = 0
    tallies: int = 0
    failures: list[Failure] = field(default_factory=list)


class Sink(Protocol):
    """Where a batch puts its results."""

    def done_keys(self) -> set[str]: ...

    def write(self, part: Partition, result: PartitionResult) -> Written: ...

    def finish(self) -> int: ...

    def close(self) -> None: ...


def engine_url(url: str) -> str:
    """``postgresql://`` URLs are driven by psycopg 3."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


class DatabaseSink:
    """Writes documents through ``willay.store.Store`` from the client, in partition order.

    Each document goes in with the store's own transaction (re-adding an id changes
    nothing); the partition is then recorded as finished in ``batch_partitions``. A run
    killed between the two only re-does that partition, and its documents are found by
    id. Reports are merged into events once, at the end (``Store.resolve``), so that the
    events do not depend on how the work was spread over workers.
    """

    def __init__(self, db_url: str) -> None:
        from willay.store import Store

        self.store: Store = Store(db_url)
        self._engine = sa.create_engine(engine_url(db_url))
        try:
            with self._engine.begin() as conn:
                _META.create_all(conn)
        except SQLAlchemyError as exc:
            self.store.close()
            raise StoreError(f"{self.store.url}: cannot create the batch tables ({exc})") from exc

    def done_keys(self) -> set[str]:
        with self._engine.connect() as conn:
            return {row[0] for row in conn.execute(sa.select(PARTITIONS.c.key))}

    def write(self, part: Partition, result: PartitionResult) -> Written:
        written = Written()
        for doc in result.documents:
            try:
                conflict = self.store.conflict(doc)  # same id, another text: not dropped
                if conflict is not None:
                    raise ConflictError(conflict)
                if self.store.has_document(doc.id):
                    written.existing += 1
                    continue
                added = self.store.add_document(doc, resolve=False)
            except WillayError as exc:  # nothing of it was written (one transaction)
                written.failures.append(Failure(doc.source or doc.id, str(exc)))
                continue
            written.new += int(added.new)
            written.existing += int(not added.new)
            written.reports += added.reports
            written.tallies += added.tallies
        failures = [*result.failures, *written.failures]
        row = {
            "key": part.key,
            "label": part.label,
            "documents": len(result.documents) - len(written.failures),
            "failures": len(failures),
            "finished_at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        }
        try:
            with self._engine.begin() as conn:
                conn.execute(FAILURES.delete().where(FAILURES.c.partition_key == part.key))
                if failures:
                    conn.execute(
                        FAILURES.insert(),
                        [
                            {"partition_key": part.key, "source": f.source, "reason": f.reason}
                            for f in failures
                        ],
                    )
                conn.execute(PARTITIONS.insert().values(**row))
        except IntegrityError:
            pass  # another run finished this partition first
        return written

    def finish(self) -> int:
        """Merge the new reports into events; returns the number of events in the store."""
        self.store.resolve()
        return int(self.store.stats().events)

    def failures(self) -> list[tuple[str, str]]:
        with self._engine.connect() as conn:
            rows = conn.execute(sa.select(FAILURES.c.source, FAILURES.c.reason))
            return [(r[0], r[1]) for r in rows]

    def close(self) -> None:
        self._engine.dispose()
        self.store.close()


class DirectorySink:
    """Writes ``part-NNNNN.jsonl`` (or ``.parquet``) per partition, then ``part-NNNNN.done``.

    A partition file is written to a temporary name and renamed, and its done-marker
    (JSON with the partition key and counts) is written last: a partition with a marker
    is complete, one without is redone. Failures go to ``part-NNNNN.failures.jsonl``.
    """

    def __init__(self, out_dir: str | Path, fmt: str = "jsonl") -> None:
        if fmt not in FORMATS:
            raise ConfigError(f"{fmt}: unknown format (choose jsonl or parquet)")
        if fmt == "parquet":
            try:
                import pyarrow  # noqa: F401
            except ImportError as exc:
                raise ConfigError(
                    "parquet: needs pyarrow (pip install 'willay[parquet]')"
                ) from exc
        self.out_dir = Path(out_dir)
        self.fmt = fmt
        try:
            self.out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"{out_dir}: cannot create the output directory ({exc})") from exc
        self._reports = 0

    def _stem(self, part: Partition) -> Path:
        return self.out_dir / f"part-{part.index:05d}"

    def done_keys(self) -> set[str]:
        keys: set[str] = set()
        for marker in self.out_dir.glob("part-*.done"):
            try:
                keys.add(str(json.loads(marker.read_text("utf-8"))["key"]))
            except (OSError, ValueError, KeyError):
                continue  # a damaged marker: the partition is redone
        return keys

    def write(self, part: Partition, result: PartitionResult) -> Written:
        stem = self._stem(part)
        rows = [document_to_dict(doc) for doc in result.documents]
        target = stem.with_suffix(f".{self.fmt}")
        tmp = stem.with_suffix(f".{self.fmt}.tmp")
        if self.fmt == "jsonl":
            with open(tmp, "w", encoding="utf-8") as out:
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            _write_parquet(tmp, rows, result)
        os.replace(tmp, target)
        failures = stem.with_suffix(".failures.jsonl")
        if result.failures:
            with open(failures, "w", encoding="utf-8") as out:
                for f in result.failures:
                    out.write(json.dumps({"source": f.source, "reason": f.reason}) + "\n")
        elif failures.exists():
            failures.unlink()
        reports = sum(len(r["events"]) for r in rows)
        tallies = sum(len(r["tallies"]) for r in rows)
        marker = {"key": part.key, "label": part.label, "documents": len(rows),
                  "failures": len(result.failures), "events": reports, "tallies": tallies}
        stem.with_suffix(".done").write_text(json.dumps(marker) + "\n", encoding="utf-8")
        self._reports += reports
        return Written(new=len(rows), reports=reports, tallies=tallies)

    def finish(self) -> int:
        return self._reports

    def close(self) -> None:
        return None


def _write_parquet(path: Path, rows: list[dict[str, Any]], result: PartitionResult) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sources = [doc.source for doc in result.documents]
    table = pa.table(
        {
            "id": [r["doc"]["id"] for r in rows],
            "url": [r["doc"]["url"] for r in rows],
            "title": [r["doc"]["title"] for r in rows],
            "publisher": [r["doc"]["publisher"] for r in rows],
            "published": [r["doc"]["published"] for r in rows],
            "language": [r["doc"]["language"] for r in rows],
            "text": [r["doc"].get("text") for r in rows],
            "source": sources,
            "n_events": [len(r["events"]) for r in rows],
            "n_tallies": [len(r["tallies"]) for r in rows],
            "events": [json.dumps(r["events"], ensure_ascii=False) for r in rows],
            "tallies": [json.dumps(r["tallies"], ensure_ascii=False) for r in rows],
            "warnings": [json.dumps(r["warnings"], ensure_ascii=False) for r in rows],
        }
    )
    pq.write_table(table, path)
