"""Full-text search, keyset cursors and cached counts of the store, alike on both databases."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from willay.errors import ConfigError
from willay.model import Document, EventDate
from willay.store import EventFilter, Store
from willay.store.testing import clear_tables, report, temporary_postgres_database

# Fictional places and groups: (text, trigger, place, region, actor1, actor2, day)
ITEMS = [
    ("Miners marched in Puerto Lumen.", "Miners marched", "Puerto Lumen", "Lumen",
     "Miners (Lumen)", "Police Forces of Xland", 1),
    ("Teachers rallied in San Cárdeno.", "Teachers rallied", "San Cárdeno", "Sur",
     "Teachers Union of Xland", None, 3),
    ("Farmers blocked the Old Coast Road.", "Farmers blocked", "Villa Sur", "Sur",
     "Farmers (Sur)", None, 5),
    ("Students protested in Lumen Alto.", "Students protested", "Lumen Alto", "Lumen",
     "Students (Lumen)", "Police Forces of Xland", 7),
    ("Dockers struck at Puerto Viejo.", "Dockers struck", "Puerto Viejo", "Costa",
     "Dockers Guild", None, 9),
]


def _doc(i: int) -> Document:
    text, trigger, place, region, actor1, actor2, day = ITEMS[i]
    doc = Document(id=f"doc-{i}", text=text, published=dt.date(2031, 6, day), language="en")
    doc.reports = [report(text, doc.id, "e1", trigger, date=EventDate.day(
        dt.date(2031, 6, day)), country="XL", admin1=region, location=place, actor1=actor1,
        actor2=actor2, latitude=-10.0 - i, longitude=-70.0, geo_precision=1)]
    return doc


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with temporary_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'search.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        Store(url).close()
        clear_tables(url)
    with Store(url) as opened:
        for i in range(len(ITEMS)):
            opened.add_document(_doc(i))
        yield opened


def places(store: Store, *, in_memory: bool = True, **kw: object) -> set[str]:
    flt = EventFilter(**kw)  # type: ignore[arg-type]
    found = store.list_events(flt)
    assert store.count_events(flt) == len(found)
    if in_memory:  # the in-memory meaning of the filter agrees with the database
        assert {e.location for e in found} == {e.location for e in store.list_events()
                                               if flt.matches(e)}
    return {e.location or "" for e in found}


def test_text_search_words_begin_words(store: Store) -> None:
    assert places(store, text="puerto") == {"Puerto Lumen", "Puerto Viejo"}
    assert places(store, text="PUERTO lum") == {"Puerto Lumen"}
    assert places(store, text="lumen puerto") == {"Puerto Lumen"}  # any order
    assert places(store, text="cardeno") == {"San Cárdeno"}  # accents ignored
    assert places(store, text="San Cárdeno") == {"San Cárdeno"}
    # the trigger words, which only the stored search text holds
    assert places(store, text="rallied", in_memory=False) == {"San Cárdeno"}
    assert places(store, text="umen") == set()  # a word's middle is not a word
    assert places(store, text="puer lumen") == set()  # only the last word may be cut
    assert places(store, text="100%_") == set()
    assert places(store, text="'\"*:!&|") == set()  # search syntax is never passed on
    assert places(store, text="lumen", admin1="Sur") == set()


def test_searches_with_many_hits_walk_the_date_order(store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The other SQLite plan (a search with FTS_DRIVE hits or more) finds the same."""
    from willay.store import repository

    expected = [e.id for e in store.list_events(EventFilter(text="xl"))]
    monkeypatch.setattr(repository, "FTS_DRIVE", 2)
    if store.backend == "sqlite":
        assert "ix_events_sort" in " ".join(store.query_plans(EventFilter(text="xl"))["list"])
    assert [e.id for e in store.list_events(EventFilter(text="xl"))] == expected
    assert len(expected) == len(ITEMS)
    assert places(store, text="puerto lumen") == {"Puerto Lumen"}
    assert places(store, actor="police", text="lumen") == {"Puerto Lumen", "Lumen Alto"}


def test_actor_search_reads_only_the_actors(store: Store) -> None:
    assert places(store, actor="police forces") == {"Puerto Lumen", "Lumen Alto"}
    assert places(store, actor="lumen") == {"Puerto Lumen", "Lumen Alto"}
    assert places(store, actor="viejo") == set()  # a place, not an actor
    assert places(store, actor="dock") == {"Puerto Viejo"}


def test_the_index_follows_merges_and_splits(store: Store) -> None:
    first = store.list_events(EventFilter(text="miners"))[0].id
    second = store.list_events(EventFilter(text="students"))[0].id
    merged = store.merge_events(first, second)
    assert [e.id for e in store.list_events(EventFilter(text="miners"))] == [merged]
    assert [e.id for e in store.list_events(EventFilter(text="students"))] == [merged]
    assert store.count_events(EventFilter(text="lumen")) == 1


def test_cursor_pages_equal_offset_pages(store: Store) -> None:
    for order in ("date", "date_asc"):
        by_offset = [e.id for e in store.list_events(EventFilter(order=order))]
        walked: list[str] = []
        after = None
        while True:
            page = store.list_events(EventFilter(order=order, limit=2, after=after))
            walked += [e.id for e in page]
            after = store.next_cursor(page)
            if len(page) < 2:
                break
        assert walked == by_offset and len(walked) == len(ITEMS)
    with pytest.raises(ConfigError, match="cursor"):
        store.list_events(EventFilter(after="yesterday"))
    with pytest.raises(ConfigError, match="date-ordered"):
        store.list_events(EventFilter(after="2031-06-01~x", order="confidence"))


def test_counts_are_kept_until_the_events_change(store: Store) -> None:
    flt = EventFilter(country="XL", limit=1)
    assert store.count_events(flt) == len(ITEMS)
    assert store.count_events(dataclasses.replace(flt, offset=3)) == len(ITEMS)  # one entry
    assert len(store._counts) == 1  # the cache itself: one entry per filter
    text = "Nurses marched in Puerto Lumen."
    doc = Document(id="doc-new", text=text, language="en")
    doc.reports = [report(text, doc.id, "e1", "Nurses marched", country="XL",
                          date=EventDate.day(dt.date(2031, 7, 30)), location="Puerto Lumen")]
    store.add_document(doc)  # a new event writes a revision: the count is made again
    assert store.count_events(flt) == len(ITEMS) + 1


def test_an_upgraded_database_is_searchable(tmp_path: Path) -> None:
    """An event stored before revision r0004 is in the full-text index and has a span."""
    from alembic import command

    from willay.store.engine import _alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "r0003")
            now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
            conn.execute(sa.text(
                "INSERT INTO events (id, block, event_type, sub_event_type, disorder_type, "
                "tags, date_start, date_end, sort_date, figures, confidence, n_reports, "
                "n_documents, search, actor1, data, created_at, updated_at) VALUES "
                "('ev-old', 'b', 'Protests', 'Peaceful protest', 'Demonstrations', '[]', "
                ":start, :end, :start, '{}', 0.5, 1, 1, 'villa sur farmers', 'Farmers (Sur)',"
                " '{}', :now, :now)"),
                {"start": dt.date(2030, 5, 1), "end": dt.date(2030, 5, 4), "now": now})
    finally:
        engine.dispose()
    with Store(url) as store:
        assert [e.id for e in store.list_events(EventFilter(text="farm"))] == ["ev-old"]
        assert [e.id for e in store.list_events(EventFilter(actor="farmers"))] == ["ev-old"]
        # the span (3 days) lets a range that starts on the event's last day find it
        assert [e.id for e in store.list_events(
            EventFilter(date_from=dt.date(2030, 5, 4)))] == ["ev-old"]
