"""Two writer processes on one new database (SQLite and PostgreSQL): nothing lost or doubled."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from willay.store import Store
from willay.store import schema as S
from willay.store.testing import temporary_postgres_database

# Each process opens the (new) database, which migrates it, then ingests documents
# start..end-1 in a shuffled order. Documents 2k and 2k+1 report the same event.
WRITER = r'''
import datetime as dt, random, sys
from willay.model import Document, EventDate
from willay.store import Store
from willay.store.load import ingest
from willay.store.testing import claim, report

url, start, end, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
TOWNS = ["Alta Mira", "Bajo Rio", "Cerro Azul", "Dos Puentes", "El Llano"]

def build(i):
    town = TOWNS[(i // 2) % len(TOWNS)]
    day = dt.date(2032, 1, 1) + dt.timedelta(days=3 * (i // 10))
    text = f"Report {i}: residents of {town} marched; {i % 4 + 1} were injured, medics said."
    doc = Document(id=f"w{i:03d}", text=text, published=day + dt.timedelta(days=1))
    doc.reports = [report(text, doc.id, "e1", "marched", date=EventDate.day(day),
                          country="XW", admin1="Oeste", location=town, actor1="Residents",
                          claims=[claim(text, "injured", i % 4 + 1, f"{i % 4 + 1} were injured",
                                        reporter="medics", reporter_class="health")])]
    return doc

docs = [build(i) for i in range(start, end)]
random.Random(seed).shuffle(docs)
with Store(url) as store:
    summary = ingest(store, docs, lambda d: d)
assert not summary.failed, summary.failed
'''


@pytest.fixture(params=["sqlite", "postgresql"])
def urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """(shared database, reference database), both new and empty."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shared.db'}", f"sqlite:///{tmp_path / 'ref.db'}"
        return
    with temporary_postgres_database() as shared, temporary_postgres_database() as ref:
        yield shared, ref


def _writer(url: str, start: int, end: int, seed: int) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", WRITER, url, str(start), str(end), str(seed)],
                            stderr=subprocess.PIPE)


def _events(url: str) -> set[tuple[str, int, str]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {(r.id, r.n_reports, r.location) for r in conn.execute(sa.select(S.events))}
    finally:
        engine.dispose()


def test_two_writers_lose_and_duplicate_nothing(urls: tuple[str, str]) -> None:
    shared, ref = urls
    first, second = _writer(shared, 0, 30, 1), _writer(shared, 10, 40, 2)
    errors = [p.communicate()[1].decode() for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, errors
    reference = _writer(ref, 0, 40, 3)
    assert reference.wait() == 0
    with Store(shared) as store:
        stats = store.stats()
        assert (stats.documents, stats.reports, stats.claims, stats.pending) == (40, 40, 40, 0)
        assert stats.events == 20  # documents 2k and 2k+1 are one event
        engine = sa.create_engine(shared)
        with engine.connect() as conn:
            orphans = conn.execute(sa.select(sa.func.count()).select_from(S.reports)
                                   .where(S.reports.c.event_id.not_in(
                                       sa.select(S.events.c.id)))).scalar_one()
        engine.dispose()
        assert orphans == 0
    # the same events as one process ingesting everything in another order
    assert _events(shared) == _events(ref)


CITIES = ["Cusco", "Juliaca", "Arequipa", "Ayacucho", "Huancayo", "Tacna", "Puno", "Abancay"]


def _records(start: int, end: int) -> list[dict[str, str]]:
    """Our own short reports: records 2k and 2k+1 tell the same march in other words."""
    out = []
    for i in range(start, end):
        city = CITIES[(i // 2) % len(CITIES)]
        day = 3 + (i // 16)
        if i % 2 == 0:
            text = (f"Hundreds of teachers marched in {city} on Tuesday, March {day}, 2025, "
                    f"demanding higher wages (record {i}).")
        else:
            text = (f"Teachers marched through {city} on March {day}, 2025, to demand better "
                    f"pay, local radio said (record {i}).")
        out.append({"id": f"c{i:03d}", "text": text, "published": f"2025-03-{day + 1:02d}",
                    "lang": "en"})
    return out


def _jsonl(path: Path, records: list[dict[str, str]]) -> Path:
    import json

    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _cli_ingest(path: Path, url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "willay.cli.main", "ingest", str(path),
                             "--db", url], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)


def test_two_ingest_commands_at_once(urls: tuple[str, str], tmp_path: Path) -> None:
    shared, ref = urls
    first = _jsonl(tmp_path / "first.jsonl", _records(0, 24))
    second = _jsonl(tmp_path / "second.jsonl", list(reversed(_records(8, 32))))
    runs = [_cli_ingest(first, shared), _cli_ingest(second, shared)]
    errors = [p.communicate()[1].decode() for p in runs]
    assert [p.returncode for p in runs] == [0, 0], errors
    everything = _jsonl(tmp_path / "all.jsonl", _records(0, 32))
    reference = _cli_ingest(everything, ref)
    assert reference.wait() == 0
    with Store(shared) as store, Store(ref) as single:
        got, expected = store.stats(), single.stats()
    assert got.documents == 32 and got.pending == 0
    assert expected.reports > 0  # the extractor found the marches
    assert (got.reports, got.claims, got.tallies, got.events) == \
        (expected.reports, expected.claims, expected.tallies, expected.events)
    assert _events(shared) == _events(ref)
