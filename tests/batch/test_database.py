"""Batch into the store: SQLite and PostgreSQL agree, 1 and 2 workers agree, kill and resume."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from batch_corpus import write_warc

from willay.batch.runner import BatchOptions, run_batch
from willay.store import EventFilter, Store

PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
ARTICLES = 240
BROKEN = (17, 200)
SIZE = 10


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("warc") / "andes-big.warc.gz"
    write_warc(path, ARTICLES, broken=BROKEN)
    return path


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database, dropped afterwards."""
    name = f"willay_batch_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def dump(url: str) -> dict[str, Any]:
    """Everything a user sees of the database: counts, documents and events with their fields."""
    with Store(url) as store:
        stats = store.stats()
        events = []
        for summary in store.list_events(EventFilter(limit=10_000, order="date_asc")):
            row = summary.to_dict()
            row.pop("updated_at", None)
            events.append(row)
        docs = sorted(d.id for d in store.list_documents(limit=10_000))
    events.sort(key=lambda e: str(e["id"]))
    return {"documents": docs, "events": events, "reports": stats.reports,
            "claims": stats.claims, "tallies": stats.tallies, "n_events": stats.events}


def ledger_count(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("SELECT count(*) FROM batch_partitions")).scalar_one())
    except sa.exc.OperationalError:
        return 0  # tables not created yet
    except sa.exc.ProgrammingError:
        return 0
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.postgres
def test_sqlite_postgresql_one_and_two_workers_and_a_killed_run_agree(
    archive: Path, tmp_path: Path, pg_url: str
) -> None:
    partitions = -(-ARTICLES // SIZE)
    # 1. The reference: SQLite, one worker.
    reference_url = f"sqlite:///{tmp_path / 'reference.db'}"
    first = run_batch([str(archive)], BatchOptions(workers=1, db_url=reference_url,
                                                   partition_size=SIZE))
    assert not first.interrupted
    assert first.documents_read == ARTICLES
    assert sorted(f.source for f in first.failures) == sorted(
        f"http://andes-news.test/{n}" for n in BROKEN)
    assert first.stored == ARTICLES - len(BROKEN)
    reference = dump(reference_url)
    assert len(reference["documents"]) == ARTICLES - len(BROKEN)
    assert reference["n_events"] > 0 and reference["events"]

    # 2. PostgreSQL with two workers gives the same database.
    second = run_batch([str(archive)], BatchOptions(workers=2, db_url=pg_url,
                                                    partition_size=SIZE))
    assert second.workers == 2
    assert dump(pg_url) == reference

    # 3. Two workers on SQLite, killed (SIGKILL, the whole process group) midway.
    killed_url = f"sqlite:///{tmp_path / 'killed.db'}"
    command = [sys.executable, "-m", "willay.cli.main", "batch", str(archive), "--workers", "2",
               "--db", killed_url, "--partition-size", str(SIZE), "--quiet"]
    proc = subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while ledger_count(killed_url) < 3 and proc.poll() is None:
            assert time.monotonic() < deadline, "the batch wrote nothing in 300 s"
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    done_before = ledger_count(killed_url)
    assert 3 <= done_before < partitions, "the run was not stopped midway"

    third = run_batch([str(archive)], BatchOptions(workers=2, db_url=killed_url,
                                                   partition_size=SIZE))
    assert third.partitions_skipped >= done_before
    assert third.documents_read <= ARTICLES - SIZE * done_before
    assert dump(killed_url) == reference

    # 4. Running once more does nothing.
    fourth = run_batch([str(archive)], BatchOptions(workers=0, db_url=killed_url,
                                                    partition_size=SIZE))
    assert fourth.partitions_skipped == partitions and fourth.documents_read == 0
    assert dump(killed_url) == reference
