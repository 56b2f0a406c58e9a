"""Tests of willay.store.Store on SQLite and PostgreSQL: writing, reading, filters, tallies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from willay.errors import NotFoundError, StoreError
from willay.model import Document, EventDate, Tally
from willay.store import EventFilter, Store, text_hash
from willay.store.testing import (
    claim,
    clear_tables,
    report,
    span_of,
    temporary_postgres_database,
)

# Fictional places: the logic is tested, not the world.
TEXT_A = ("Marchers filled Puerto Lumen on Monday. Police fired tear gas and detained 14, "
          "the Lumen Health Office said. Two people were killed, the Ombudsman reported. "
          "Some 31 people have died since the unrest began in May, according to the Ombudsman.")
TEXT_B = "Farmers blocked the Old Coast Road near Villa Sur on Tuesday, demanding water rights."


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with temporary_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        if _migrated(url):
            clear_tables(url)
    with Store(url) as opened:
        yield opened


def _migrated(url: str) -> bool:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        return sa.inspect(engine).has_table("documents")
    finally:
        engine.dispose()


def doc_a() -> Document:
    doc = Document(id="doc-a", text=TEXT_A, url="https://example.org/a", publisher="Lumen Daily",
                   published=dt.date(2031, 5, 20), language="en")
    doc.reports = [report(
        TEXT_A, doc.id, "e1", "Marchers filled Puerto Lumen",
        sub_event_type="Protest with intervention", date=EventDate.day(dt.date(2031, 5, 19)),
        country="XL", admin1="Lumen", location="Puerto Lumen", latitude=-10.0,
        longitude=-70.0, geo_precision=1, actor1="Protesters (Lumen)", actor2="Police Forces",
        tags=["march", "tear_gas"],
        claims=[claim(TEXT_A, "arrested", 14, "detained 14", reporter="Lumen Health Office",
                      reporter_class="health"),
                claim(TEXT_A, "fatalities", 2, "Two people were killed", reporter="Ombudsman",
                      reporter_class="ombudsman")],
        evidence={"date": "on Monday", "location": "Puerto Lumen", "actor2": "Police"})]
    doc.tallies = [Tally(kind="deaths", value=31, evidence=span_of(TEXT_A, "Some 31 people"),
                         as_of=EventDate.day(dt.date(2031, 5, 20)),
                         since=EventDate.month(2031, 5), country="XL",
                         scope="deaths since the unrest began", reporter="Ombudsman",
                         reporter_class="ombudsman")]
    return doc


def doc_b() -> Document:
    doc = Document(id="doc-b", text=TEXT_B, publisher="Sur Radio",
                   published=dt.date(2031, 5, 22), language="en")
    doc.reports = [report(
        TEXT_B, doc.id, "e1", "Farmers blocked the Old Coast Road",
        date=EventDate.day(dt.date(2031, 5, 20)), country="XL", admin1="Sur",
        location="Villa Sur", latitude=-15.0, longitude=-72.0, geo_precision=2,
        actor1="Farmers (Sur)", tags=["road_blockade"], confidence=0.4)]
    return doc


def test_add_and_read_back_with_evidence(store: Store) -> None:
    result = store.add_document(doc_a())
    assert result.new and result.reports == 1 and result.claims == 2 and result.tallies == 1
    assert len(result.events) == 1
    stored = store.get_document("doc-a")
    assert stored.document.text == TEXT_A
    assert stored.document.published == dt.date(2031, 5, 20)
    assert stored.document.reports[0].claims[0].reporter == "Lumen Health Office"
    assert stored.document.tallies[0].value == 31
    for ev in stored.evidence:  # the core invariant survives the database
        assert TEXT_A[ev.span.start:ev.span.end] == ev.span.quote
    fields = {ev.field for ev in stored.evidence}
    assert {"trigger", "date", "location", "claim:arrested", "tally"} <= fields
    assert stored.events["doc-a:e1"] == result.events[0]


def test_reingest_changes_nothing(store: Store) -> None:
    store.add_document(doc_a())
    before = store.stats()
    revisions = store.event_revisions(store.list_events()[0].id)
    again = store.add_document(doc_a())
    assert not again.new
    assert store.stats() == before
    assert store.event_revisions(store.list_events()[0].id) == revisions


def test_failure_midway_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import willay.store.rows as rows

    claim_rows = rows.claim_rows

    def broken(*args: object, **kwargs: object) -> list[dict[str, object]]:
        out = claim_rows(*args, **kwargs)  # type: ignore[arg-type]
        out[-1]["kind"] = None  # a NOT NULL column: the claims insert fails, after the others
        return out

    monkeypatch.setattr(rows, "claim_rows", broken)
    with pytest.raises(StoreError, match="write failed"):
        store.add_document(doc_a())
    assert store.stats().documents == 0 and store.stats().reports == 0
    assert store.stats().claims == 0


def test_a_figure_too_large_for_any_store_is_the_documents_error(store: Store) -> None:
    from willay.errors import InputError

    doc = doc_a()
    doc.reports[0].claims.append(claim(TEXT_A, "injured", 2**70, "Two people"))
    with pytest.raises(InputError, match="injured figure of 1180591620717411303424"):
        store.add_document(doc)
    assert store.stats().documents == 0


def test_broken_evidence_is_refused(store: Store) -> None:
    doc = doc_b()
    doc.text = doc.text.replace("Farmers", "Herders")
    with pytest.raises(StoreError, match="doc-b: evidence does not match"):
        store.add_document(doc)
    assert store.stats().documents == 0


def test_seen_by_id_url_and_hash(store: Store) -> None:
    store.add_document(doc_a(), resolve=False)
    assert store.has_document("doc-a") and not store.has_document("doc-z")
    assert store.has_url("https://example.org/a") and not store.has_url("https://example.org/b")
    assert store.has_content_hash(text_hash(TEXT_A))
    assert not store.has_content_hash(text_hash(TEXT_B))
    assert store.seen(doc_id="nope", url="https://example.org/a")
    assert store.stats().pending == 1


def test_event_filters(store: Store) -> None:
    store.add_document(doc_a())
    store.add_document(doc_b())

    def ids(**kw: object) -> set[str]:
        found = store.list_events(EventFilter(**kw))  # type: ignore[arg-type]
        assert store.count_events(EventFilter(**kw)) == len(found)  # type: ignore[arg-type]
        return {e.location or "" for e in found}

    assert ids() == {"Puerto Lumen", "Villa Sur"}
    assert ids(date_from=dt.date(2031, 5, 20)) == {"Villa Sur"}
    assert ids(date_to=dt.date(2031, 5, 19)) == {"Puerto Lumen"}
    assert ids(sub_event_type="Protest with intervention") == {"Puerto Lumen"}
    assert ids(event_type="Protests") == {"Puerto Lumen", "Villa Sur"}
    assert ids(event_type="Riots") == set()
    assert ids(country="xl", admin1="Sur") == {"Villa Sur"}
    assert ids(bbox=(-71.0, -11.0, -69.0, -9.0)) == {"Puerto Lumen"}
    assert ids(actor="police") == {"Puerto Lumen"}
    assert ids(text="OLD COAST") == {"Villa Sur"}
    assert ids(text="100%_") == set()  # wildcards are literal
    assert ids(min_confidence=0.5) == {"Puerto Lumen"}
    page = store.list_events(EventFilter(limit=1, order="date_asc"))
    assert [e.location for e in page] == ["Puerto Lumen"]
    page = store.list_events(EventFilter(limit=1, offset=1, order="date_asc"))
    assert [e.location for e in page] == ["Villa Sur"]
    with pytest.raises(StoreError, match="order"):
        store.list_events(EventFilter(order="sideways"))


def test_event_detail(store: Store) -> None:
    store.add_document(doc_a())
    summary = store.list_events()[0]
    assert summary.fatalities is not None and summary.fatalities.best == 2
    assert summary.arrested is not None and summary.arrested.best == 14
    detail = store.get_event(summary.id)
    assert detail.event.provenance["location"][1][0].quote == "Puerto Lumen"
    assert [p.value for p in detail.figures["fatalities"]] == [2]
    assert detail.revisions[0].action == "create"
    assert detail.decisions[0].decision == "new"
    assert detail.documents[0].id == "doc-a"
    data = detail.to_dict()
    assert data["reports"][0]["report_id"] == "doc-a:e1"
    with pytest.raises(NotFoundError, match="event ev-nothing"):
        store.get_event("ev-nothing")
    with pytest.raises(NotFoundError, match="document nothing"):
        store.get_document("nothing")


def test_tallies_form_series_and_stay_out_of_events(store: Store) -> None:
    store.add_document(doc_a())
    later = Document(id="doc-c", text="By Friday the Ombudsman counted 35 deaths since May.",
                     published=dt.date(2031, 5, 24))
    later.tallies = [Tally(kind="deaths", value=35, evidence=span_of(later.text, "35 deaths"),
                           as_of=EventDate.day(dt.date(2031, 5, 23)),
                           since=EventDate.month(2031, 5), country="XL",
                           reporter="Ombudsman", reporter_class="ombudsman")]
    store.add_document(later)
    series = store.list_tallies(kind="deaths", country="XL")
    assert len(series) == 1
    assert [p.value for p in series[0].points] == [31, 35]
    assert series[0].points[1].reporter == "Ombudsman"
    event = store.list_events()[0]
    assert event.fatalities is not None and event.fatalities.best == 2


def test_list_documents(store: Store) -> None:
    store.add_document(doc_a())
    store.add_document(doc_b())
    docs = store.list_documents()
    assert {d.id for d in docs} == {"doc-a", "doc-b"}
    assert store.list_documents(limit=1, offset=1)[0].id in {"doc-a", "doc-b"}


# ----------------------------------------------------------------- id collisions
def test_an_id_stored_with_another_text_is_never_dropped_silently(store: Store) -> None:
    from willay.errors import ConflictError
    from willay.store.repository import version_id

    first = Document(id="7", text=TEXT_B, source="a/batch.jsonl:1", language="en")
    other = Document(id="7", text=TEXT_A, source="b/batch.jsonl:4", language="en")
    assert store.add_document(first).new
    assert not store.add_document(Document(id="7", text=TEXT_B)).new  # the same text again
    with pytest.raises(ConflictError) as caught:
        store.add_document(other)
    message = str(caught.value)
    assert "a/batch.jsonl:1" in message and "b/batch.jsonl:4" in message
    assert "\n" not in message
    skipped = store.add_document(other, on_conflict="skip")
    assert not skipped.new and skipped.conflict is not None
    added = store.add_document(doc_a_as("7", other.source), on_conflict="new-version")
    assert added.new and added.doc_id == version_id("7", TEXT_A) == "7~" + text_hash(TEXT_A)[:12]
    assert store.get_document(added.doc_id).document.text == TEXT_A
    assert store.get_document("7").document.text == TEXT_B
    assert store.get_document(added.doc_id).events
    assert all(k.startswith(added.doc_id + ":") for k in store.get_document(added.doc_id).events)
    again = store.add_document(doc_a_as("7", other.source), on_conflict="new-version")
    assert not again.new  # the same new version is present already
    long_id = "x" * 64
    assert len(version_id(long_id, TEXT_A)) == 64
    with pytest.raises(Exception, match="on_conflict"):
        store.add_document(other, on_conflict="overwrite")


def doc_a_as(doc_id: str, source: str | None) -> Document:
    doc = doc_a()
    doc.id, doc.source = doc_id, source
    for r in doc.reports:
        r.id, r.doc_id = f"{doc_id}:{r.id.split(':')[-1]}", doc_id
    return doc
