"""Resolution in the store (SQLite and PostgreSQL): one event from many reports, any order,
revisions, human merges and splits, idempotent re-runs."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from willay.errors import NotFoundError
from willay.model import Document, EventDate
from willay.store import Store
from willay.store.testing import claim, clear_tables, report, temporary_postgres_database

# Reports written for these tests: one massacre in the fictional town of San Aurelio
# (region Altiplano Norte, country XQ) told by four outlets in three languages over five
# days, and three other events nearby that must stay apart.
MONDAY = dt.date(2033, 4, 11)
SAN_AURELIO = {"country": "XQ", "admin1": "Altiplano Norte", "location": "San Aurelio",
               "latitude": -15.50, "longitude": -70.13, "geo_precision": 1}
EF = {"sub_event_type": "Excessive force against protesters", "actor1": "Protesters",
      "actor2": "Police"}


def _doc(doc_id: str, text: str, published_days: int, publisher: str, lang: str) -> Document:
    return Document(id=doc_id, text=text, publisher=publisher, language=lang,
                    published=MONDAY + dt.timedelta(days=published_days))


def documents() -> list[Document]:
    docs = []
    t = ("Police opened fire on protesters in San Aurelio on Monday. Twelve people were "
         "killed and 38 injured, according to the regional Health Network.")
    d = _doc("rep-en-1", t, 1, "Altiplano Wire", "en")
    d.reports = [report(t, d.id, "e1", "opened fire on protesters", date=EventDate.day(MONDAY),
                        claims=[claim(t, "fatalities", 12, "Twelve people were killed",
                                      reporter="Health Network", reporter_class="health"),
                                claim(t, "injured", 38, "38 injured", reporter="Health Network",
                                      reporter_class="health")],
                        evidence={"location": "San Aurelio", "date": "on Monday"},
                        **SAN_AURELIO, **EF)]  # type: ignore[arg-type]
    docs.append(d)
    t = "Diecisiete muertos dejó la represión policial del lunes en San Aurelio, informó Radio Sur."
    d = _doc("rep-es-1", t, 1, "Radio Sur", "es")
    d.reports = [report(t, d.id, "e1", "represión policial", date=EventDate.day(MONDAY),
                        claims=[claim(t, "fatalities", 17, "Diecisiete muertos",
                                      reporter="Radio Sur", reporter_class="media")],
                        evidence={"location": "San Aurelio"}, **SAN_AURELIO, **EF)]  # type: ignore[arg-type]
    docs.append(d)
    t = "The Ombudsman raised the toll of Monday's killings in Altiplano Norte to 18."
    d = _doc("rep-en-2", t, 4, "Capital Times", "en")
    d.reports = [report(t, d.id, "e1", "Monday's killings", date=EventDate.day(MONDAY),
                        country="XQ", admin1="Altiplano Norte", geo_precision=3,
                        claims=[claim(t, "fatalities", 18, "to 18", reporter="Ombudsman",
                                      reporter_class="ombudsman")], **EF)]  # type: ignore[arg-type]
    docs.append(d)
    t = "Mais de 100 feridos nos protestos de San Aurelio no início da semana."
    d = _doc("rep-pt-1", t, 3, "Folha do Sul", "pt")
    d.reports = [report(t, d.id, "e1", "protestos de San Aurelio",
                        date=EventDate.between(MONDAY, MONDAY + dt.timedelta(days=1)),
                        claims=[claim(t, "injured", 100, "Mais de 100 feridos",
                                      qualifier="at_least")], **SAN_AURELIO, **EF)]  # type: ignore[arg-type]
    docs.append(d)
    # Other events: the next town the same day, a curfew in the same town, the funeral.
    t = "Protesters clashed with police in Villa Esperanza on Monday; two were hurt."
    d = _doc("other-1", t, 1, "Altiplano Wire", "en")
    d.reports = [report(t, d.id, "e1", "clashed with police", date=EventDate.day(MONDAY),
                        event_type="Riots", sub_event_type="Violent demonstration",
                        country="XQ", admin1="Altiplano Norte", location="Villa Esperanza",
                        latitude=-15.57, longitude=-70.16, geo_precision=1,
                        actor1="Protesters", actor2="Police",
                        claims=[claim(t, "injured", 2, "two were hurt")])]
    docs.append(d)
    t = "The government imposed a curfew on San Aurelio on Monday night."
    d = _doc("other-2", t, 1, "Capital Times", "en")
    d.reports = [report(t, d.id, "e1", "imposed a curfew", date=EventDate.day(MONDAY),
                        event_type="Strategic developments", sub_event_type="Other",
                        tags=["curfew"], **SAN_AURELIO)]  # type: ignore[arg-type]
    docs.append(d)
    t = "On Wednesday thousands marched in San Aurelio behind the coffins of the dead."
    d = _doc("other-3", t, 3, "Radio Sur", "en")
    d.reports = [report(t, d.id, "e1", "thousands marched",
                        date=EventDate.day(MONDAY + dt.timedelta(days=2)), tags=["funeral"],
                        actor1="Protesters", **SAN_AURELIO)]  # type: ignore[arg-type]
    docs.append(d)
    return docs


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with temporary_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def new_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A factory-like URL: each use of ``fresh(url)`` empties it first."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'r.db'}"
    else:
        yield request.getfixturevalue("postgres_url")


def fresh(url: str) -> Store:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    store = Store(url)
    clear_tables(url)
    return store


def signature(store: Store) -> set[tuple[object, ...]]:
    out: set[tuple[object, ...]] = set()
    for summary in store.list_events():
        detail = store.get_event(summary.id)
        figs = tuple((k, f.best, f.low, f.high) for k in ("fatalities", "injured")
                     for f in [summary.figure(k)] if f)
        out.add((summary.id, tuple(detail.report_keys), summary.sub_event_type,
                 summary.location, figs))
    return out


def test_one_event_from_four_reports_with_right_figures(new_url: str) -> None:
    with fresh(new_url) as store:
        for doc in documents():
            store.add_document(doc)
        events = store.list_events()
        assert len(events) == 4
        main = next(e for e in events if e.n_reports == 4)
        assert main.location == "San Aurelio" and main.date == EventDate.day(MONDAY)
        assert main.fatalities is not None and main.injured is not None
        assert (main.fatalities.best, main.fatalities.low, main.fatalities.high) == (18, 12, 18)
        assert main.fatalities.conservative == 12 and main.fatalities.disputed
        assert (main.injured.best, main.injured.low, main.injured.high) == (38, 38, 100)
        detail = store.get_event(main.id)
        assert len(detail.event.claims) == 5  # every claim of every report
        assert [p.label() for p in detail.figures["fatalities"]] == [
            "12 on 2033-04-12 (Health Network)", "17 on 2033-04-12 (Radio Sur)",
            "18 on 2033-04-15 (Ombudsman)"]
        assert detail.event.provenance["fatalities"][1][0].quote == "to 18"
        assert detail.event.provenance["location"][1][0].quote == "San Aurelio"
        assert all(d.reasons for d in detail.decisions)
        attach = [d for d in detail.decisions if d.decision == "attach"]
        assert attach and all(d.score is not None for d in attach)
        others = {e.location or "" for e in events if e.id != main.id}
        assert others == {"Villa Esperanza", "San Aurelio"}


def test_any_order_gives_the_same_events(new_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = None
    for seed in range(4):
        docs = documents()
        random.Random(seed).shuffle(docs)
        with fresh(new_url) as store:
            for doc in docs:
                store.add_document(doc)
            got = signature(store)
        expected = expected or got
        assert got == expected
    for many in (100, 0):  # all at once, resolved at the end: window queries, whole blocks
        monkeypatch.setattr("willay.store.repository._MANY_SEEDS", many)
        with fresh(new_url) as store:
            for doc in documents():
                store.add_document(doc, resolve=False)
            store.resolve()
            assert signature(store) == expected


def test_resolve_is_idempotent_and_revisions_are_never_overwritten(new_url: str) -> None:
    with fresh(new_url) as store:
        for doc in documents():
            store.add_document(doc)
        main = next(e for e in store.list_events() if e.n_reports == 4)
        history = store.event_revisions(main.id)
        assert history[0].action == "create" and len(history) >= 2
        assert store.resolve().to_dict()["reports"] == 0
        full = store.resolve(full=True)
        assert full.created == [] and full.updated == [] and full.retired == []
        assert full.unchanged == 4
        assert store.event_revisions(main.id) == history


def test_split_and_merge_are_revisions_that_last(new_url: str) -> None:
    with fresh(new_url) as store:
        for doc in documents():
            store.add_document(doc)
        main = next(e for e in store.list_events() if e.n_reports == 4)
        new_id = store.split_report(main.id, "rep-pt-1:e1", note="another day")
        assert new_id != main.id
        assert store.get_event(new_id).report_keys == ["rep-pt-1:e1"]
        assert store.get_event(main.id).summary.n_reports == 3
        assert store.event_revisions(main.id)[-1].action == "split"
        store.resolve(full=True)
        assert store.get_event(new_id).report_keys == ["rep-pt-1:e1"]
        funeral = next(e for e in store.list_events() if "funeral" in e.tags)
        merged = store.merge_events(main.id, funeral.id, note="same mobilisation")
        detail = store.get_event(merged)
        assert "other-3:e1" in detail.report_keys and len(detail.report_keys) == 4
        assert any(r.action == "merge" for r in detail.revisions)
        store.resolve(full=True)
        assert store.get_event(merged).report_keys == detail.report_keys
        assert store.count_events() == 4


def test_undated_report_stands_alone_until_a_human_merges_it(new_url: str) -> None:
    with fresh(new_url) as store:
        for doc in documents()[:2]:
            store.add_document(doc)
        t = "Witnesses in San Aurelio described the shooting."
        undated = _doc("undated-1", t, 6, "Blog", "en")
        undated.reports = [report(t, undated.id, "e1", "the shooting", **SAN_AURELIO, **EF)]  # type: ignore[arg-type]
        result = store.add_document(undated)
        assert store.count_events() == 2 and len(result.events) == 1
        main = next(e for e in store.list_events() if e.n_reports == 2)
        merged = store.merge_events(main.id, result.events[0])
        assert store.get_event(merged).summary.n_reports == 3
        store.resolve(full=True)
        assert store.count_events() == 1
        with pytest.raises(NotFoundError, match="merged into"):
            store.get_event(result.events[0] if result.events[0] != merged else main.id)


def test_a_resolution_failure_keeps_the_document_pending(
        new_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("reconciliation broke")

    with fresh(new_url) as store:
        with monkeypatch.context() as patch:
            patch.setattr("willay.store.repository.build_event", broken)
            result = store.add_document(documents()[0])
        assert result.new and result.events == []
        assert result.resolve_error is not None and "reconciliation broke" in result.resolve_error
        assert store.stats().documents == 1 and store.stats().pending == 1
        assert store.stats().events == 0
        assert store.resolve().reports == 1 and store.stats().pending == 0


def _day_reports(day: int, count: int, prefix: str) -> list[Document]:
    """``count`` reports of a march in San Aurelio on one day (fictional place)."""
    out = []
    date = MONDAY + dt.timedelta(days=day)
    for n in range(count):
        t = f"Teachers marched in San Aurelio on day {day}, report {n}."
        d = _doc(f"{prefix}-{n:02d}", t, day + 1, f"Outlet {n}", "en")
        d.reports = [report(t, d.id, "e1", "Teachers marched", date=EventDate.day(date),
                            sub_event_type="Peaceful protest", actor1="Protesters",
                            **SAN_AURELIO)]  # type: ignore[arg-type]
        out.append(d)
    return out


def test_splitting_the_report_that_holds_a_hand_merge_keeps_the_others_merged(
        new_url: str) -> None:
    # two marches on two days never merge by themselves; a human says they are one
    with fresh(new_url) as store:
        for doc in _day_reports(0, 15, "a") + _day_reports(1, 15, "b"):
            store.add_document(doc)
        first, second = sorted(store.list_events(), key=lambda e: e.id)
        merged = store.merge_events(first.id, second.id, note="one mobilisation")
        keys = store.get_event(merged).report_keys
        assert len(keys) == 30
        anchor = min(keys)  # the report every merge link was drawn from
        new_id = store.split_report(merged, anchor, note="a different march")
        assert new_id != merged
        assert store.get_event(new_id).report_keys == [anchor]
        assert sorted(store.get_event(merged).report_keys) == sorted(set(keys) - {anchor})
        assert store.count_events() == 2
        store.resolve(full=True)  # lasting: a full re-clustering keeps both decisions
        assert store.count_events() == 2
        assert len(store.get_event(merged).report_keys) == 29
        # splitting another report later leaves the rest together again
        second_split = store.split_report(merged, min(set(keys) - {anchor}))
        assert store.get_event(second_split).summary.n_reports == 1
        assert store.get_event(merged).summary.n_reports == 28
