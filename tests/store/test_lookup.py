"""Tests of ``willay.store.lookup`` and the store's lookups behind it (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from willay.errors import (
    AmbiguousIdError,
    ConfigError,
    NotFoundError,
    StoreError,
    UnknownValueError,
)
from willay.model import Document, EventDate
from willay.store import EventFilter, Store
from willay.store.location import database_url, require_database, sqlite_file
from willay.store.lookup import country_code, resolve_event_id, resolve_filter, resolve_value
from willay.store.testing import report, temporary_postgres_database, twin_doc_ids

#: Fictional regions (the logic), in a real country code.
TOWNS = {"n1": ("Östervik", "Nordmark"), "n2": ("Lindå", "Sudmark"), "n3": ("Brunn", "Sudmark")}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('lookup') / 'l.db'}"
        with Store(url) as s:
            _fill(s)
            yield s
    else:
        with temporary_postgres_database() as url, Store(url) as s:
            _fill(s)
            yield s


def _fill(store: Store) -> None:
    for doc_id, (town, region) in TOWNS.items():
        text = f"Workers marched in {town} on 2 May 2031."
        doc = Document(id=doc_id, text=text)
        doc.reports = [report(text, doc_id, "e1", "marched", country="SE", admin1=region,
                              location=town, date=EventDate.day(dt.date(2031, 5, 2)))]
        store.add_document(doc)


def test_distinct_values(store: Store) -> None:
    assert store.distinct_values("admin1") == ["Nordmark", "Sudmark"]
    assert store.distinct_values("country") == ["SE"]
    with pytest.raises(StoreError, match="not one of"):
        store.distinct_values("text")


def test_filter_values_resolved(store: Store) -> None:
    flt = resolve_filter(store, EventFilter(admin1="sudmark", country="Sweden",
                                            event_type="PROTESTS"))
    assert (flt.admin1, flt.country, flt.event_type) == ("Sudmark", "SE", "Protests")
    assert store.count_events(flt) == 2
    with pytest.raises(UnknownValueError, match="known: Sudmark, Nordmark") as info:
        resolve_filter(store, EventFilter(admin1="Sudmarken"))  # the closest comes first
    assert info.value.field == "admin1" and info.value.known == ["Nordmark", "Sudmark"]


def test_event_id_prefixes(store: Store) -> None:
    ids = sorted(e.id for e in store.list_events())
    assert resolve_event_id(store, ids[0]) == ids[0]
    n = next(k for k in range(7, 20) if not any(i.startswith(ids[0][:k]) for i in ids[1:]))
    assert resolve_event_id(store, ids[0][:n]) == ids[0]
    assert resolve_event_id(store, ids[0][3:n]) == ids[0]
    assert resolve_event_id(store, "ev-" + ids[0][3:6]) == "ev-" + ids[0][3:6]  # too short
    twins = []
    for doc_id in twin_doc_ids(4):
        text = f"Miners marched in Tarn Vale on 2 June 2033 ({doc_id})."
        doc = Document(id=doc_id, text=text)
        doc.reports = [report(text, doc_id, "e1", "marched", location=doc_id)]
        twins.extend(store.add_document(doc).events)
    with pytest.raises(AmbiguousIdError) as info:
        resolve_event_id(store, twins[0][:7])
    assert info.value.candidates == sorted(twins)
    assert resolve_event_id(store, "ev-nothing") == "ev-nothing"
    assert store.event_ids_starting("ev-%") == []  # wildcards are escaped


def test_values_ignore_case_accents_and_affixes() -> None:
    known = ["Apurímac", "Lima", "Puno"]
    assert resolve_value("admin1", "apurimac", known) == "Apurímac"
    assert resolve_value("admin1", "Departamento de Lima", known) == "Lima"
    assert resolve_value("admin1", "Puno Region", known) == "Puno"
    with pytest.raises(ConfigError, match="several"):
        resolve_value("admin1", "apurimac", ["Apurímac", "Apurimac "])
    with pytest.raises(UnknownValueError, match=r"no admin1 'Cuzco' in the database; known: "):
        resolve_value("admin1", "Cuzco", known)


def test_country_codes_and_names() -> None:
    for given in ("pe", "PE", "Peru", "Perú", "PER", "Pérou", " peru "):
        assert country_code(given) == "PE", given
    assert country_code("Brasil") == "BR" and country_code("Narnia") is None


def test_database_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert database_url("crisis.db") == "sqlite:///crisis.db"
    assert database_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"
    url = "postgresql+psycopg://u@127.0.0.1/db"
    assert database_url(url) == url
    monkeypatch.setenv("WILLAY_DB", str(tmp_path / "env.db"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert sqlite_file("sqlite://") is None and sqlite_file(url) is None
    with pytest.raises(NotFoundError, match=r"no database at .*missing\.db; run `willay ingest"):
        require_database(f"sqlite:///{tmp_path / 'missing.db'}")
    assert not (tmp_path / "missing.db").exists()
    require_database("sqlite://")
