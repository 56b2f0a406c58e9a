"""Store: the repository over the schema (the only code that reads or writes the tables)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect

from willay.config import Settings
from willay.errors import (
    ConfigError,
    ConflictError,
    InputError,
    NotFoundError,
    StoreError,
    WillayError,
)
from willay.model import Document, Event, Span
from willay.model.event import FIGURE_KINDS
from willay.model.offsets import to_given_text
from willay.resolve.cluster import cluster_reports, event_id_for
from willay.resolve.config import ResolveConfig
from willay.resolve.matching import ReportRef, block_key
from willay.resolve.reconcile import build_event, claim_refs
from willay.store import rows as R
from willay.store import schema as S
from willay.store.engine import PG_RESOLVE_LOCK, create_engines, migrate, safe_url
from willay.store.records import (
    MAX_LIMIT,
    MAX_OFFSET,
    ORDERS,
    AddResult,
    Decision,
    DocumentInfo,
    EventDetail,
    EventFilter,
    EventSummary,
    EvidenceSpan,
    FigurePoint,
    Revision,
    StoredDocument,
    StoreStats,
    TallyPoint,
    TallySeries,
    parse_cursor,
    text_words,
    words_of,
)

_log = logging.getLogger("willay.resolve")

#: Fields compared between an event's old and new state to describe a revision.
_TRACKED = ("event_type", "sub_event_type", "date_start", "date_end", "date_precision",
            "country", "admin1", "admin2", "location", "geo_precision", "actor1", "actor2",
            "fatalities_best", "fatalities_low", "fatalities_high", "injured_best",
            "arrested_best", "crowd_size_best", "n_reports")


@dataclass(slots=True)
class ResolveResult:
    """What one :meth:`Store.resolve` run changed."""

    reports: int = 0
    blocks: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    unchanged: int = 0
    #: report key -> event id, for the reports this run placed (pending or moved)
    assigned: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"reports": self.reports, "blocks": self.blocks, "created": len(self.created),
                "updated": len(self.updated), "retired": len(self.retired),
                "unchanged": self.unchanged}


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


class Store:
    """Documents, reports, claims, tallies, merged events and their revisions in one database.

    ``url`` is a SQLAlchemy URL (``sqlite:///willay.db``, ``postgresql+psycopg://...``);
    ``None`` takes :attr:`willay.config.Settings.db_url`. The schema is migrated on open.
    """

    def __init__(self, url: str | None = None, *,
                 resolve_config: ResolveConfig | None = None) -> None:
        self._url_text = url or Settings.from_env().db_url
        self._writer, self._reader = create_engines(self._url_text)
        self.config = resolve_config or ResolveConfig()
        #: filter -> (revision the count was made at, count): see count_events
        self._counts: OrderedDict[EventFilter, tuple[int | None, int]] = OrderedDict()
        try:
            migrate(self._writer)
        except Exception:
            self.close()
            raise

    # -- lifecycle ---------------------------------------------------------------------
    @property
    def url(self) -> str:
        return safe_url(self._writer.url)

    @property
    def backend(self) -> str:
        return self._writer.dialect.name

    def close(self) -> None:
        self._writer.dispose()
        if self._reader is not self._writer:
            self._reader.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        try:
            with self._writer.begin() as conn:
                yield conn
        except WillayError:
            raise
        except (sa.exc.SQLAlchemyError, OverflowError, ValueError, TypeError) as exc:
            # database errors and values the driver cannot store: nothing was committed
            raise StoreError(f"{self.url}: write failed ({_first_line(exc)})") from exc

    @contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        try:
            with self._reader.connect() as conn:
                yield conn
        except WillayError:
            raise
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: read failed ({_first_line(exc)})") from exc

    def _insert_ignore(self, table: sa.Table) -> Any:
        if self.backend == "postgresql":
            return pg_dialect.insert(table).on_conflict_do_nothing()
        return sqlite_dialect.insert(table).on_conflict_do_nothing()

    # -- writing -----------------------------------------------------------------------
    def add_document(self, doc: Document, *, resolve: bool = True,
                     on_conflict: str = "fail") -> AddResult:
        """Store a processed document with its reports, claims, evidence and tallies.

        One transaction; re-adding a stored id with the same text changes nothing
        (``new`` is ``False``). A stored id with another text is a conflict, never a
        silent loss: ``on_conflict="fail"`` raises :class:`~willay.errors.ConflictError`
        naming both sources, ``"skip"`` keeps the stored document (``conflict`` says why),
        ``"new-version"`` stores this one under :func:`version_id`. A document whose spans
        still point into its clean view is first moved into its text as given
        (:func:`~willay.model.offsets.to_given_text`), which the store keeps.
        """
        if on_conflict not in ON_CONFLICT:
            raise ConfigError(f"on_conflict must be one of {', '.join(ON_CONFLICT)}, "
                              f"not {on_conflict!r}")
        doc = to_given_text(doc)
        if on_conflict == "new-version" and self.conflict(doc) is not None:
            doc = with_id(doc, version_id(doc.id, doc.clean_view))
        self._check(doc)
        at = R.now()
        keys = [R.report_key(doc.id, r.id) for r in doc.reports]
        if len(set(keys)) != len(keys):
            raise StoreError(f"{doc.id}: two reports share an id")
        with self._write() as conn:
            inserted = conn.execute(self._insert_ignore(S.documents).values(
                R.document_row(doc, at)).returning(S.documents.c.id)).first()
            if inserted is None:
                conflict = self._conflict(conn, doc)
                if conflict is None:
                    return AddResult(doc.id, new=False)
                if on_conflict == "skip":
                    return AddResult(doc.id, new=False, conflict=conflict)
                raise ConflictError(conflict)
            report_rows, claims, evidence = [], [], []
            for i, (key, report) in enumerate(zip(keys, doc.reports, strict=True)):
                block = block_key(ReportRef(key, report), self.config)
                report_rows.append(R.report_row(doc, report, i, key, block))
                claims.extend(R.claim_rows(doc, report, key))
                evidence.extend(R.evidence_rows(doc, report, key))
            for i, tally in enumerate(doc.tallies):
                evidence.append({"doc_id": doc.id, "report_key": None, "field": "tally",
                                 "start": tally.evidence.start, "end": tally.evidence.end,
                                 "quote": tally.evidence.quote})
                del i
            if report_rows:
                conn.execute(S.reports.insert(), report_rows)
            if claims:
                conn.execute(S.claims.insert(), claims)
            if evidence:
                conn.execute(S.evidence.insert(), evidence)
            if doc.tallies:
                conn.execute(S.tallies.insert(),
                             [R.tally_row(doc, t, i) for i, t in enumerate(doc.tallies)])
            events: list[str] = []
            resolve_error: str | None = None
            if resolve and keys:
                try:  # a failure here keeps the document, its reports left pending
                    with conn.begin_nested():
                        placed = self._resolve_locked(conn, full=False).assigned
                    events = sorted({placed[k] for k in keys if k in placed})
                except (sa.exc.SQLAlchemyError, WillayError, ValueError, TypeError) as exc:
                    resolve_error = f"resolution postponed ({_first_line(exc)})"
        return AddResult(doc.id, True, len(keys), sum(len(r.claims) for r in doc.reports),
                         len(doc.tallies), events, resolve_error)

    def stored_version(self, doc_id: str) -> tuple[str, str | None] | None:
        """``(content hash, source)`` of the stored document ``doc_id``, or None."""
        with self._read() as conn:
            row = conn.execute(sa.select(S.documents.c.content_hash, S.documents.c.source)
                               .where(S.documents.c.id == doc_id)).first()
        return None if row is None else (row.content_hash, row.source)

    def conflict(self, doc: Document) -> str | None:
        """Why ``doc`` cannot be stored under its id (stored with another text), or None."""
        with self._read() as conn:
            return self._conflict(conn, doc)

    @staticmethod
    def _conflict(conn: sa.Connection, doc: Document) -> str | None:
        row = conn.execute(sa.select(S.documents.c.content_hash, S.documents.c.source)
                           .where(S.documents.c.id == doc.id)).first()
        if row is None or row.content_hash == R.text_hash(doc.clean_view):
            return None
        return (f"id {doc.id!r} is already stored from {row.source or 'an earlier input'} "
                f"with another text than {doc.source or 'this input'} "
                "(--on-conflict new-version keeps both, skip keeps the stored one)")

    @staticmethod
    def _check(doc: Document) -> None:
        """Every evidence span must quote the document's text (the core invariant), and
        every figure must fit the stores' 64-bit integers (an InputError: a figure such as
        99999999999999999999 is the document's, the same refusal on SQLite and
        PostgreSQL)."""
        figures = [(c.kind, v) for r in doc.reports for c in r.claims
                   for v in (c.value, c.low, c.high)]
        figures += [(t.kind, v) for t in doc.tallies for v in (t.value, t.low, t.high)]
        for kind, value in figures:
            if value is not None and not -(2**63) <= value < 2**63:
                raise InputError(doc.source or doc.id,
                                 f"a {kind} figure of {value} is too large to store")
        try:
            for report in doc.reports:
                for span in report.spans():
                    span.verify(doc.text)
            for tally in doc.tallies:
                tally.evidence.verify(doc.text)
        except ValueError as exc:
            raise StoreError(f"{doc.id}: evidence does not match the text ({exc})") from exc

    # -- seen? -------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.seen(doc_id=doc_id)

    def has_url(self, url: str) -> bool:
        return self.seen(url=url)

    def has_content_hash(self, content_hash: str) -> bool:
        return self.seen(content_hash=content_hash)

    def seen(self, *, doc_id: str | None = None, url: str | None = None,
             content_hash: str | None = None) -> bool:
        """True when a document with any of these keys is stored."""
        conds = []
        if doc_id:
            conds.append(S.documents.c.id == doc_id)
        if url:
            conds.append(S.documents.c.url_hash == R.url_hash(url))
        if content_hash:
            conds.append(S.documents.c.content_hash == content_hash)
        if not conds:
            return False
        with self._read() as conn:
            found = conn.execute(sa.select(S.documents.c.id).where(sa.or_(*conds)).limit(1))
            return found.first() is not None

    # -- documents ---------------------------------------------------------------------
    @staticmethod
    def _doc_info(row: Any) -> DocumentInfo:
        return DocumentInfo(row.id, row.url, row.title, row.publisher, row.author,
                            row.published, row.language, row.source, row.ingested_at,
                            row.n_reports, row.n_tallies)

    _INFO_COLS = (S.documents.c.id, S.documents.c.url, S.documents.c.title,
                  S.documents.c.publisher, S.documents.c.author, S.documents.c.published,
                  S.documents.c.language, S.documents.c.source, S.documents.c.ingested_at,
                  S.documents.c.n_reports, S.documents.c.n_tallies)

    def list_documents(self, *, limit: int = 100, offset: int = 0) -> list[DocumentInfo]:
        """Stored documents, most recently ingested first."""
        query = (sa.select(*self._INFO_COLS)
                 .order_by(S.documents.c.ingested_at.desc(), S.documents.c.id)
                 .limit(max(0, min(limit, MAX_LIMIT))).offset(max(0, min(offset, MAX_OFFSET))))
        with self._read() as conn:
            return [self._doc_info(r) for r in conn.execute(query)]

    def get_document(self, doc_id: str) -> StoredDocument:
        """A stored document with its text, reports, tallies and evidence spans."""
        with self._read() as conn:
            row = conn.execute(sa.select(S.documents).where(S.documents.c.id == doc_id)).first()
            if row is None:
                raise NotFoundError(f"document {doc_id}: not in {self.url}")
            doc = R.document_from_row(row)
            report_rows = conn.execute(sa.select(S.reports).where(S.reports.c.doc_id == doc_id)
                                       .order_by(S.reports.c.position)).all()
            doc.reports = [R.report_from_row(r) for r in report_rows]
            doc.tallies = [R.tally_from_row(t) for t in conn.execute(
                sa.select(S.tallies).where(S.tallies.c.doc_id == doc_id)
                .order_by(S.tallies.c.position))]
            ev_rows = conn.execute(sa.select(S.evidence).where(S.evidence.c.doc_id == doc_id)
                                   .order_by(S.evidence.c.start, S.evidence.c.id)).all()
        evidence = [EvidenceSpan(e.report_key, e.field, Span(e.start, e.end, e.quote))
                    for e in ev_rows]
        events = {r.key: r.event_id for r in report_rows}
        return StoredDocument(doc, self._doc_info(row), evidence, events)

    # -- events ------------------------------------------------------------------------
    def _conditions(self, conn: sa.Connection, f: EventFilter) -> list[Any]:
        """The WHERE clause of a filter; every filter can be served by an index (the tests
        in tests/store/test_query_plans.py check each plan on both databases)."""
        e = S.events.c
        conds: list[Any] = []
        if f.date_from is not None:
            # an event starting on or after date_from ends after it too: date_end (outside
            # the indexes) is read only for the events that start before
            conds.append(sa.or_(e.sort_date >= f.date_from, e.date_end >= f.date_from))
            # no event starts earlier than its longest span before date_from: with this
            # bound the dates are a sort_date range on both sides
            span = conn.execute(sa.select(sa.func.max(e.date_span))).scalar()
            if span is not None:
                earliest = f.date_from - dt.timedelta(days=min(int(span), 3_000_000))
                if earliest > dt.date.min:
                    conds.append(e.sort_date >= earliest)
        if f.date_to is not None:  # sort_date == date_start when dated: lets the index help
            conds.append(e.date_start <= f.date_to)
            conds.append(e.sort_date <= f.date_to)
        if f.event_type:
            conds.append(e.event_type == f.event_type)
        if f.sub_event_type:
            conds.append(e.sub_event_type == f.sub_event_type)
        if f.country:
            conds.append(e.country == f.country.upper())
        if f.admin1:
            conds.append(e.admin1 == f.admin1)
        if f.bbox is not None:
            west, south, east, north = f.bbox
            conds.append(e.latitude.between(south, north))
            if west <= east:
                conds.append(e.longitude.between(west, east))
            else:  # the box crosses the antimeridian
                conds.append(sa.or_(e.longitude >= west, e.longitude <= east))
        if f.actor or f.text:
            conds.append(self._full_text(conn, f))
        if f.min_confidence is not None:
            conds.append(e.confidence >= f.min_confidence)
        if f.event_ids is not None:
            conds.append(e.id.in_(list(f.event_ids)))
        return conds

    def _full_text(self, conn: sa.Connection, f: EventFilter) -> Any:
        """Events matching ``text`` and ``actor``: every word but the last is a word of the
        search column (or of the actors), the last begins one. PostgreSQL: the GIN indexes of
        to_tsvector. SQLite: the FTS5 table; a search with few hits drives the query (its
        events are read by rowid and sorted), one with many is checked while the date
        index is walked, which stops after ``limit`` events."""
        searches = [(words, actors) for given, words, actors in (
            (f.text, text_words(f.text), False), (f.actor, words_of(f.actor), True)) if given]
        if any(not words for words, _ in searches):
            return sa.false()  # no word to look for (only punctuation): nothing matches
        if self.backend == "postgresql":
            from willay.store.migrations.versions.r0004_search_and_indexes import (
                PG_ACTORS,
                PG_SEARCH,
            )

            conds = []
            for words, actors in searches:  # the words are letters and digits only
                query = " & ".join([*words[:-1], f"{words[-1]}:*"])
                vector: Any = sa.literal_column(PG_ACTORS if actors else PG_SEARCH)
                conds.append(vector.op("@@")(sa.func.to_tsquery(
                    sa.literal_column("'simple'"), sa.bindparam(None, query, sa.String))))
            return sa.and_(*conds)
        match = self._fts_match(f)
        probe = sa.select(sa.func.count()).select_from(
            sa.select(_FTS.c.rowid).where(_fts_matches(match)).limit(FTS_DRIVE).subquery())
        few = conn.execute(probe).scalar_one() < FTS_DRIVE
        rowid: Any = sa.literal_column("events.rowid" if few else "+events.rowid")
        return rowid.in_(sa.select(_FTS.c.rowid).where(_fts_matches(match)).scalar_subquery())

    @staticmethod
    def _fts_match(f: EventFilter) -> str:
        """The FTS5 query of a filter's ``text`` and ``actor``: quoted words of letters and
        digits only, so no search syntax of the user's reaches FTS5."""
        parts = []
        for words, columns in ((text_words(f.text) if f.text else [], "search"),
                               (words_of(f.actor) if f.actor else [], "{actor1 actor2}")):
            parts += [f'{columns} : "{w}"' for w in words[:-1]]
            parts += [f'{columns} : "{w}"*' for w in words[-1:]]
        return " AND ".join(parts)

    @staticmethod
    def _summary(row: Any) -> EventSummary:
        figs = R.figures_of(row)
        return EventSummary(
            id=row.id, event_type=row.event_type, sub_event_type=row.sub_event_type,
            disorder_type=row.disorder_type, tags=list(row.tags or []),
            date=R.event_date_of(row), country=row.country, admin1=row.admin1,
            admin2=row.admin2, location=row.location, latitude=row.latitude,
            longitude=row.longitude, geo_precision=row.geo_precision, actor1=row.actor1,
            actor1_type=row.actor1_type, actor2=row.actor2, actor2_type=row.actor2_type,
            fatalities=figs["fatalities"], injured=figs["injured"], arrested=figs["arrested"],
            crowd_size=figs["crowd_size"], confidence=row.confidence,
            n_reports=row.n_reports, n_documents=row.n_documents, updated_at=row.updated_at)

    def list_events(self, filters: EventFilter | None = None) -> list[EventSummary]:
        """Events matching the filters, one page (``limit``/``offset``, or ``after`` a
        cursor from :meth:`next_cursor`), in ``order``."""
        f = filters or EventFilter()
        if f.order not in ORDERS:
            raise StoreError(f"order {f.order!r}: use one of {', '.join(ORDERS)}")
        with self._read() as conn:
            return [self._summary(r) for r in conn.execute(self._list_query(conn, f))]

    def _list_query(self, conn: sa.Connection, f: EventFilter) -> Any:
        order = self._order_by(f.order)
        columns = [S.events.c[name] for name in _SUMMARY_COLS]
        conds = self._conditions(conn, f)
        if f.after is not None:
            conds.append(self._after(f))
        return (sa.select(*columns).where(*conds)
                .order_by(*order).limit(max(0, min(f.limit, MAX_LIMIT)))
                .offset(max(0, min(f.offset, MAX_OFFSET))))

    def _count_query(self, conn: sa.Connection, f: EventFilter) -> Any:
        searched = bool(f.text or f.actor)
        words = (not f.text or text_words(f.text)) and (not f.actor or words_of(f.actor))
        others = replace(f.matching(), text=None, actor=None)
        if self.backend == "sqlite" and searched and words and others == _NO_FILTER:
            # only a full-text search: the index counts its own hits (one per event)
            return (sa.select(sa.func.count()).select_from(_FTS)
                    .where(_fts_matches(self._fts_match(f))))
        return (sa.select(sa.func.count()).select_from(S.events)
                .where(*self._conditions(conn, f)))

    def query_plans(self, filters: EventFilter, *,
                    prefer_indexes: bool = False) -> dict[str, list[str]]:
        """The database's plans of the page query (``"list"``) and the count (``"count"``)
        of a filter, one line per step (``EXPLAIN QUERY PLAN`` on SQLite, ``EXPLAIN`` on
        PostgreSQL): to check that each filter is served by an index. ``prefer_indexes``
        (PostgreSQL): plan with sequential scans turned off, which shows the index that
        serves the filter where a small table would rather be read whole."""
        explain = "EXPLAIN QUERY PLAN " if self.backend == "sqlite" else "EXPLAIN "
        out: dict[str, list[str]] = {}
        with self._read() as conn, conn.begin():
            if prefer_indexes and self.backend == "postgresql":
                conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            for name, query in (("list", self._list_query(conn, filters)),
                                ("count", self._count_query(conn, filters.matching()))):
                sql = str(query.compile(dialect=conn.dialect,
                                        compile_kwargs={"literal_binds": True}))
                rows = conn.exec_driver_sql(explain + sql).all()
                out[name] = [str(r[-1]) for r in rows]
        return out

    @staticmethod
    def _after(f: EventFilter) -> Any:
        if f.order not in ("date", "date_asc"):
            raise ConfigError("a cursor (after) continues date-ordered lists only")
        day, event_id = parse_cursor(f.after or "")
        key = sa.tuple_(S.events.c.sort_date, S.events.c.id)
        bound = sa.tuple_(sa.literal(day, sa.Date), sa.literal(event_id, sa.String))
        return key < bound if f.order == "date" else key > bound

    @staticmethod
    def next_cursor(page: Sequence[EventSummary]) -> str | None:
        """The cursor that continues a date-ordered list after ``page`` (``None`` if empty)."""
        if not page:
            return None
        last = page[-1]
        day = last.date.start if last.date else R.UNDATED
        return f"{day.isoformat()}~{last.id}"

    @staticmethod
    def _order_by(name: str) -> list[Any]:
        """The ORDER BY of one of :data:`ORDERS`; ties go newest first."""
        e = S.events.c
        if name == "date":  # both date orders follow the (sort_date, id) index
            return [e.sort_date.desc(), e.id.desc()]
        if name == "date_asc":
            return [e.sort_date.asc(), e.id.asc()]
        key = name.removesuffix("_asc")
        column: Any
        if key == "source":
            column = (sa.select(sa.func.min(S.documents.c.publisher))
                      .select_from(S.reports.join(S.documents,
                                                  S.documents.c.id == S.reports.c.doc_id))
                      .where(S.reports.c.event_id == e.id).scalar_subquery())
        else:
            column = {"confidence": e.confidence, "fatalities": e.fatalities_best,
                      "injured": e.injured_best, "arrested": e.arrested_best,
                      "reports": e.n_reports}[key]
        first = column.asc() if name.endswith("_asc") else column.desc()
        return [first.nulls_last(), e.sort_date.desc(), e.id.desc()]

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many events match (the page fields are ignored). Counts are kept per filter
        until the events change (any change writes a revision), so the pages of one
        listing, and the same filter asked again, count once."""
        f = (filters or EventFilter()).matching()
        with self._read() as conn:
            version = conn.execute(sa.select(sa.func.max(S.revisions.c.id))).scalar()
            cached = self._counts.get(f)
            if cached is not None and cached[0] == version:
                self._counts.move_to_end(f)
                return cached[1]
            total = int(conn.execute(self._count_query(conn, f)).scalar_one())
        self._counts[f] = (version, total)
        while len(self._counts) > COUNT_CACHE_SIZE:
            self._counts.popitem(last=False)
        return total

    def facets(self) -> dict[str, Any]:
        """Distinct event types, sub-types, countries and regions (each a sorted list) and
        the first and last event date, for filter lists (each from an index)."""
        e = S.events.c
        lists = {"event_types": "event_type", "sub_event_types": "sub_event_type",
                 "countries": "country", "admin1": "admin1"}
        out: dict[str, Any] = {key: self.distinct_values(col, limit=5000)
                               for key, col in lists.items()}
        with self._read() as conn:
            lo = conn.execute(sa.select(e.date_start).where(e.date_start.is_not(None))
                              .order_by(e.date_start).limit(1)).scalar()
            hi = conn.execute(sa.select(e.date_start).where(e.date_start.is_not(None))
                              .order_by(e.date_start.desc()).limit(1)).scalar()
        out.update(date_min=lo, date_max=hi)
        return out

    def _refs(self, conn: sa.Connection, where: Any) -> list[ReportRef]:
        query = (sa.select(S.reports.c.key, S.reports.c.doc_id, S.reports.c.data,
                           S.reports.c.published, S.documents.c.publisher)
                 .join(S.documents, S.documents.c.id == S.reports.c.doc_id).where(where))
        return [ReportRef(r.key, R.report_from_row(r), r.published, r.publisher)
                for r in conn.execute(query)]

    def get_event(self, event_id: str) -> EventDetail:
        """An event with its reports, claims, evidence, revisions and decisions."""
        with self._read() as conn:
            row = conn.execute(sa.select(S.events).where(S.events.c.id == event_id)).first()
            if row is None:
                raise NotFoundError(self._missing_event(conn, event_id))
            return self._detail(conn, row)

    def _missing_event(self, conn: sa.Connection, event_id: str) -> str:
        last = conn.execute(sa.select(S.revisions).where(S.revisions.c.event_id == event_id)
                            .order_by(S.revisions.c.id.desc()).limit(1)).first()
        if last is not None and last.data.get("into"):
            return f"event {event_id}: merged into {last.data['into']}"
        return f"event {event_id}: not in {self.url}"

    def _detail(self, conn: sa.Connection, row: Any) -> EventDetail:
        refs = sorted(self._refs(conn, S.reports.c.event_id == row.id), key=lambda r: r.key)
        summary = self._summary(row)
        provenance = {name: (rid, [Span.from_dict(s) for s in spans])
                      for name, (rid, spans) in (row.data or {}).get("provenance", {}).items()}
        event = Event(
            id=row.id, reports=[r.report for r in refs], event_type=row.event_type,
            sub_event_type=row.sub_event_type, disorder_type=row.disorder_type,
            tags=list(row.tags or []), date=summary.date, country=row.country,
            admin1=row.admin1, admin2=row.admin2, location=row.location,
            latitude=row.latitude, longitude=row.longitude, geo_precision=row.geo_precision,
            actor1=row.actor1, actor1_type=row.actor1_type, actor2=row.actor2,
            actor2_type=row.actor2_type, fatalities=summary.fatalities,
            injured=summary.injured, arrested=summary.arrested,
            crowd_size=summary.crowd_size, confidence=row.confidence, provenance=provenance)
        figures = {
            kind: [FigurePoint(kind, c.claim.value, c.claim.low, c.claim.high,
                               c.claim.qualifier, c.claim.reporter, c.claim.reporter_class,
                               c.claim.via, c.report_key, c.doc_id, c.publisher, c.published,
                               c.claim.as_of, c.claim.evidence)
                   for c in claim_refs(refs, kind)]
            for kind in FIGURE_KINDS
        }
        keys = [r.key for r in refs]
        revisions = self._revisions(conn, row.id)
        decisions = [Decision(d.report_key, d.event_id, d.candidate, d.decision, d.score,
                              list(d.reasons or []), d.at)
                     for d in conn.execute(sa.select(S.decisions)
                                           .where(S.decisions.c.report_key.in_(keys))
                                           .order_by(S.decisions.c.id))]
        doc_ids = sorted({r.doc_id for r in refs})
        documents = [self._doc_info(d) for d in conn.execute(
            sa.select(*self._INFO_COLS).where(S.documents.c.id.in_(doc_ids))
            .order_by(S.documents.c.published, S.documents.c.id))]
        return EventDetail(event, summary, figures, revisions, decisions, documents, keys)

    def iter_events(self, filters: EventFilter | None = None, *,
                    batch: int = 500) -> Iterator[EventDetail]:
        """Every matching event with its details, in date order (for exports)."""
        f = filters or EventFilter()
        last: tuple[dt.date, str] | None = None
        e = S.events.c
        while True:
            with self._read() as conn:
                query = sa.select(S.events).where(*self._conditions(conn, f))
            if last is not None:
                query = query.where(sa.or_(e.sort_date > last[0],
                                           sa.and_(e.sort_date == last[0], e.id > last[1])))
            query = query.order_by(e.sort_date, e.id).limit(batch)
            with self._read() as conn:
                found = conn.execute(query).all()
                details = [self._detail(conn, r) for r in found]
            yield from details
            if len(found) < batch:
                return
            tail = found[-1]
            last = (tail.sort_date, tail.id)

    def _revisions(self, conn: sa.Connection, event_id: str) -> list[Revision]:
        return [Revision(r.id, r.event_id, r.at, r.action, r.summary, dict(r.data or {}))
                for r in conn.execute(sa.select(S.revisions)
                                      .where(S.revisions.c.event_id == event_id)
                                      .order_by(S.revisions.c.id))]

    def event_revisions(self, event_id: str) -> list[Revision]:
        with self._read() as conn:
            return self._revisions(conn, event_id)

    # -- tallies -----------------------------------------------------------------------
    def list_tallies(self, *, kind: str | None = None, country: str | None = None,
                     admin1: str | None = None) -> list[TallySeries]:
        """Cumulative tallies grouped by scope into dated series."""
        t = S.tallies.c
        conds = []
        if kind:
            conds.append(t.kind == kind)
        if country:
            conds.append(t.country == country.upper())
        if admin1:
            conds.append(t.admin1 == admin1)
        query = sa.select(S.tallies).where(*conds).order_by(
            t.series, t.as_of_date.asc().nulls_last(), t.published.asc().nulls_last(), t.id)
        series: dict[str, list[Any]] = {}
        with self._read() as conn:
            for row in conn.execute(query):
                series.setdefault(row.series, []).append(row)
        out = []
        for key, rows in series.items():
            first = rows[0]
            points = [TallyPoint(r.value, r.low, r.high, r.qualifier, r.as_of, r.since,
                                 r.reporter, r.reporter_class, r.via, r.doc_id, r.published,
                                 Span(r.ev_start, r.ev_end, r.ev_quote)) for r in rows]
            out.append(TallySeries(key, first.kind, first.country, first.admin1, first.scope,
                                   points))
        return out

    def stats(self) -> StoreStats:
        def count(table: sa.Table, *where: Any) -> Any:
            return sa.select(sa.func.count()).select_from(table).where(*where).scalar_subquery()

        query = sa.select(count(S.documents), count(S.reports), count(S.claims),
                          count(S.tallies), count(S.events),
                          count(S.reports, S.reports.c.pending.is_(True)))
        with self._read() as conn:
            row = conn.execute(query).one()
        return StoreStats(*(int(v) for v in row))

    # -- resolution --------------------------------------------------------------------
    def resolve(self, *, full: bool = False) -> ResolveResult:
        """Merge pending reports into events (``full``: re-cluster every block).

        Idempotent and incremental: only blocks with pending reports are re-clustered,
        over the connected date segment around them, so that the events do not depend on
        the order in which reports arrived.
        """
        with self._write() as conn:
            return self._resolve_locked(conn, full=full)

    def _resolve_locked(self, conn: sa.Connection, *, full: bool) -> ResolveResult:
        """The body of :meth:`resolve`, inside the caller's write transaction."""
        result = ResolveResult()
        if self.backend == "postgresql":
            conn.execute(sa.select(sa.func.pg_advisory_xact_lock(PG_RESOLVE_LOCK)))
        r = S.reports.c
        where = sa.true() if full else r.pending.is_(True)
        seeds = conn.execute(sa.select(r.key, r.block, r.date_start, r.date_end)
                             .where(where).order_by(r.block, r.key)).all()
        if not seeds:
            return result
        overrides = conn.execute(sa.select(S.overrides)).all()
        must = [(o.a, o.b) for o in overrides if o.kind == "must_link"]
        cannot = [(o.a, o.b) for o in overrides if o.kind == "cannot_link"]
        pins = {o.a: o.b for o in sorted(overrides, key=lambda o: o.id)
                if o.kind == "event_id"}
        done: set[str] = set()
        by_block: dict[str, list[Any]] = {}
        for s in seeds:
            by_block.setdefault(s.block, []).append(s)
        for block, items in by_block.items():
            segments = (self._segments_of_block(conn, block, items, must)
                        if len(items) > _MANY_SEEDS else None)
            for seed in items:
                if seed.key in done:
                    continue
                if segments is not None:
                    segment = self._load(conn, segments[seed.key])
                else:
                    segment = self._segment(conn, block, seed, must)
                done.update(ref.key for ref in segment)
                self._resolve_segment(conn, block, segment, must, cannot, result,
                                      log_all=full, pins=pins)
                result.blocks += 1
        return result

    def _segments_of_block(self, conn: sa.Connection, block: str, seeds: Sequence[Any],
                           must: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
        """Segments of a whole block at once (when many of its reports are pending):
        report key -> the keys of its segment, for every seed."""
        r = S.reports.c
        rows = conn.execute(sa.select(r.key, r.event_id, r.date_start, r.date_end)
                            .where(r.block == block)).all()
        parent = {row.key: row.key for row in rows}

        def find(key: str) -> str:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        window = dt.timedelta(days=self.config.date_window_days)
        dated = sorted((row for row in rows if row.date_start is not None),
                       key=lambda row: (row.date_start, row.key))
        reach: dt.date | None = None
        previous: str | None = None
        for row in dated:
            if previous is not None and reach is not None and row.date_start <= reach:
                union(previous, row.key)
            end = (row.date_end or row.date_start) + window
            reach = end if reach is None or previous is None or row.date_start > reach \
                else max(reach, end)
            previous = row.key
        first_of_event: dict[str, str] = {}
        for row in rows:
            if row.event_id:
                union(first_of_event.setdefault(row.event_id, row.key), row.key)
        for a, b in must:
            if a in parent and b in parent:
                union(a, b)
        groups: dict[str, list[str]] = {}
        for key in parent:
            groups.setdefault(find(key), []).append(key)
        linked_out = {b for a, b in must if a in parent and b not in parent} | \
            {a for a, b in must if b in parent and a not in parent}
        if linked_out:  # a human link leaves the block: fall back to the window queries
            return {s.key: [ref.key for ref in self._segment(conn, block, s, must)]
                    for s in seeds}
        return {s.key: groups[find(s.key)] for s in seeds}

    def _load(self, conn: sa.Connection, keys: Sequence[str]) -> list[ReportRef]:
        r = S.reports.c
        ordered = sorted(keys)
        refs: list[ReportRef] = []
        for i in range(0, len(ordered), 500):
            refs.extend(self._refs(conn, r.key.in_(ordered[i:i + 500])))
        return refs

    def _segment(self, conn: sa.Connection, block: str, seed: Any,
                 must: Sequence[tuple[str, str]]) -> list[ReportRef]:
        """The seed's block reports, closed over date chains, events and human links."""
        r = S.reports.c
        window = dt.timedelta(days=self.config.date_window_days)
        if seed.date_start is None:
            return self._refs(conn, r.block == block)
        lo, hi = seed.date_start - window, seed.date_end + window
        dates: dict[str, tuple[dt.date | None, dt.date | None]] = {}
        cols = (r.key, r.event_id, r.date_start, r.date_end)
        while True:
            found = conn.execute(sa.select(*cols).where(
                r.block == block, r.date_start <= hi, r.date_end >= lo)).all()
            dates.update((f.key, (f.date_start, f.date_end)) for f in found)
            event_ids = {f.event_id for f in found if f.event_id}
            linked = {b for a, b in must if a in dates} | {a for a, b in must if b in dates}
            conds = []
            if event_ids:
                conds.append(r.event_id.in_(event_ids))
            if linked - dates.keys():
                conds.append(r.key.in_(linked - dates.keys()))
            new = 0
            if conds:
                for f in conn.execute(sa.select(*cols).where(sa.or_(*conds))):
                    if f.key not in dates:
                        dates[f.key] = (f.date_start, f.date_end)
                        new += 1
            starts = [a for a, _ in dates.values() if a is not None]
            ends = [b or a for a, b in dates.values() if (b or a) is not None]
            new_lo = min(starts) - window if starts else lo
            new_hi = max(e for e in ends if e is not None) + window if ends else hi
            if not new and new_lo >= lo and new_hi <= hi:
                break
            lo, hi = min(lo, new_lo), max(hi, new_hi)
        return self._load(conn, sorted(dates))

    def _resolve_segment(self, conn: sa.Connection, block: str, refs: list[ReportRef],
                         must: Sequence[tuple[str, str]], cannot: Sequence[tuple[str, str]],
                         result: ResolveResult, *, log_all: bool,
                         pins: dict[str, str] | None = None) -> None:
        r = S.reports.c
        keys = [ref.key for ref in refs]
        state = {row.key: (row.event_id, row.pending) for row in conn.execute(
            sa.select(r.key, r.event_id, r.pending).where(r.key.in_(keys)))}
        clusters, decisions = cluster_reports(refs, self.config, must, cannot)
        at = R.now()
        new_of: dict[str, str] = {}
        new_rows: dict[str, dict[str, Any]] = {}
        for cluster in clusters:
            eid = _cluster_id(cluster.keys, pins or {}, new_rows)
            event = build_event(eid, cluster.refs, self.config)
            new_rows[eid] = R.event_row(event, block, cluster.keys)
            for key in cluster.keys:
                new_of[key] = eid
        old_ids = {eid for eid, _ in state.values() if eid}
        old_rows = {row.id: row._asdict() for row in conn.execute(
            sa.select(S.events).where(S.events.c.id.in_(old_ids | set(new_rows))))}
        old_members: dict[str, set[str]] = {}
        for key, (eid, _) in state.items():
            if eid:
                old_members.setdefault(eid, set()).add(key)
        revisions: list[dict[str, Any]] = []
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for eid, row in sorted(new_rows.items()):
            members = set(row["data"]["reports"])
            before = old_rows.get(eid)
            if before is None:
                row.update(created_at=at, updated_at=at)
                inserts.append(row)
                result.created.append(eid)
                sources = sorted({e for k in members for e in [state[k][0]] if e})
                revisions.append(self._rev(eid, at, "create",
                                           f"created from {len(members)} report(s)",
                                           {"reports": sorted(members), "from": sources,
                                            "state": _state(row)}))
                continue
            if all(before[k] == row[k] for k in row):
                result.unchanged += 1
                continue
            changed = {k: [_jsonable(before[k]), _jsonable(row[k])] for k in _TRACKED
                       if before[k] != row[k]}
            row["updated_at"] = at
            updates.append({**row, "b_id": eid})
            result.updated.append(eid)
            added = sorted(members - old_members.get(eid, set()))
            removed = sorted(old_members.get(eid, set()) - members)
            revisions.append(self._rev(eid, at, "update",
                                       _update_summary(added, removed, changed),
                                       {"added": added, "removed": removed,
                                        "changed": changed, "state": _state(row)}))
        retired = sorted(old_ids - set(new_rows))
        for eid in retired:
            members = old_members.get(eid, set())
            into = sorted({new_of[k] for k in members if k in new_of})
            result.retired.append(eid)
            if len(into) == 1:
                revisions.append(self._rev(eid, at, "absorbed", f"merged into {into[0]}",
                                           {"into": into[0], "reports": sorted(members)}))
            else:
                revisions.append(self._rev(eid, at, "retire",
                                           f"reports regrouped into {', '.join(into)}",
                                           {"into_events": into, "reports": sorted(members)}))
        if retired:
            conn.execute(S.events.delete().where(S.events.c.id.in_(retired)))
        if inserts:
            conn.execute(S.events.insert(), inserts)
        if updates:
            conn.execute(S.events.update().where(S.events.c.id == sa.bindparam("b_id")),
                         updates)
        if revisions:
            conn.execute(S.revisions.insert(), revisions)
        # reports: new event ids, no longer pending; decisions for what changed
        log = []
        moved = []
        for d in decisions:
            old_eid, pending = state[d.report_key]
            eid = new_of[d.report_key]
            if log_all or pending or old_eid != eid:
                _log.debug("%s %s -> %s (score %s): %s", d.decision, d.report_key, eid,
                           d.score, "; ".join(d.reasons))
                log.append({"report_key": d.report_key, "event_id": eid,
                            "candidate": d.candidate, "decision": d.decision,
                            "score": d.score, "reasons": d.reasons, "at": at})
            if pending or old_eid != eid:
                moved.append({"b_key": d.report_key, "b_event": eid})
                result.assigned[d.report_key] = eid
        if moved:
            conn.execute(S.reports.update().where(r.key == sa.bindparam("b_key"))
                         .values(event_id=sa.bindparam("b_event"), pending=False), moved)
            result.reports += len(moved)
        if log:
            conn.execute(S.decisions.insert(), log)

    @staticmethod
    def _rev(event_id: str, at: dt.datetime, action: str, summary: str,
             data: dict[str, Any]) -> dict[str, Any]:
        return {"event_id": event_id, "at": at, "action": action, "summary": summary,
                "data": data}

    # -- human corrections -------------------------------------------------------------
    def _members(self, conn: sa.Connection, event_id: str) -> list[str]:
        keys = sorted(conn.execute(sa.select(S.reports.c.key)
                                   .where(S.reports.c.event_id == event_id)).scalars())
        if not keys:
            raise NotFoundError(self._missing_event(conn, event_id))
        return keys

    def merge_events(self, a: str, b: str, *, note: str | None = None) -> str:
        """Record that events ``a`` and ``b`` are one; returns the merged event's id."""
        if a == b:
            raise StoreError(f"event {a}: cannot merge an event with itself")
        at = R.now()
        with self._write() as conn:
            keys_a, keys_b = self._members(conn, a), self._members(conn, b)
            block = conn.execute(sa.select(S.events.c.block)
                                 .where(S.events.c.id == a)).scalar_one()
            anchor = min(keys_a + keys_b)
            links = [{"kind": "must_link", "a": anchor, "b": k, "note": note, "at": at}
                     for k in sorted(set(keys_a + keys_b)) if k != anchor]
            conn.execute(S.overrides.delete().where(
                S.overrides.c.kind == "cannot_link",
                sa.or_(sa.and_(S.overrides.c.a.in_(keys_a), S.overrides.c.b.in_(keys_b)),
                       sa.and_(S.overrides.c.a.in_(keys_b), S.overrides.c.b.in_(keys_a)))))
            conn.execute(S.overrides.insert(), links)
            conn.execute(S.reports.update().where(S.reports.c.key.in_(keys_a + keys_b))
                         .values(pending=True, block=block))
        self.resolve()
        with self._read() as conn:
            merged = conn.execute(sa.select(S.reports.c.event_id)
                                  .where(S.reports.c.key == anchor)).scalar_one()
        with self._write() as conn:
            text = f"merged {a} and {b} by hand" + (f": {note}" if note else "")
            conn.execute(S.revisions.insert(), [
                self._rev(merged, at, "merge", text, {"events": [a, b], "note": note,
                                                      "reports": sorted(keys_a + keys_b)}),
            ] + [self._rev(old, at, "absorbed", f"merged by hand into {merged}",
                           {"into": merged, "note": note})
                 for old in (a, b) if old != merged])
        return str(merged)

    def split_report(self, event_id: str, report_id: str, *, note: str | None = None) -> str:
        """Record that a report is not part of an event; returns the report's new event id."""
        at = R.now()
        with self._write() as conn:
            keys = self._members(conn, event_id)
            key = report_id if report_id in keys else None
            if key is None:
                matches = [k for k in keys if k.endswith(f":{report_id}")]
                if len(matches) != 1:
                    raise NotFoundError(f"report {report_id}: not in event {event_id}")
                key = matches[0]
            if len(keys) == 1:
                raise StoreError(f"event {event_id}: has only report {key}, nothing to split")
            o = S.overrides.c
            # the other reports a hand merge joined stay joined without this one
            links = [(a, b) for a, b in conn.execute(
                sa.select(o.a, o.b).where(o.kind == "must_link")).all()]
            rest = sorted(_linked(key, links) - {key})
            conn.execute(S.overrides.delete().where(
                o.kind == "must_link", sa.or_(o.a == key, o.b == key)))
            kept = {frozenset(pair) for pair in links if key not in pair}
            relinks = [{"kind": "must_link", "a": rest[0], "b": k, "note": note, "at": at}
                       for k in rest[1:] if frozenset((rest[0], k)) not in kept]
            # the event keeps its id; the report split off gets a new one
            new_id = _split_id(key, event_id)
            others = [k for k in keys if k != key]
            conn.execute(S.overrides.delete().where(
                o.kind == "event_id",
                sa.or_(o.a.in_(keys), o.b.in_([event_id, new_id]))))
            conn.execute(S.overrides.insert(), [
                {"kind": "cannot_link", "a": key, "b": k, "note": note, "at": at}
                for k in others] + relinks + [
                {"kind": "event_id", "a": min(others), "b": event_id, "note": note, "at": at},
                {"kind": "event_id", "a": key, "b": new_id, "note": note, "at": at}])
            conn.execute(S.reports.update().where(S.reports.c.key.in_(keys))
                         .values(pending=True))
        self.resolve()
        with self._read() as conn:
            new_id = conn.execute(sa.select(S.reports.c.event_id)
                                  .where(S.reports.c.key == key)).scalar_one()
            rest = sorted({e for e in conn.execute(
                sa.select(S.reports.c.event_id).where(S.reports.c.key.in_(keys),
                                                      S.reports.c.key != key)).scalars()})
        with self._write() as conn:
            text = f"report {key} split off by hand" + (f": {note}" if note else "")
            conn.execute(S.revisions.insert(), [
                self._rev(e, at, "split", text, {"report": key, "from": event_id,
                                                 "to": new_id, "note": note})
                for e in sorted({event_id, new_id, *rest})])
        return str(new_id)

    # -- lookups (forgiving filters and id prefixes: willay.store.lookup) --------------
    #: Event columns whose distinct values :meth:`distinct_values` lists.
    DISTINCT_FIELDS = ("event_type", "sub_event_type", "disorder_type", "country", "admin1",
                       "admin2", "location")

    def distinct_values(self, field: str, *, limit: int = 10_000) -> list[str]:
        """The distinct non-null values of one event column (see ``DISTINCT_FIELDS``), sorted."""
        if field not in self.DISTINCT_FIELDS:
            raise StoreError(f"{field}: not one of {', '.join(self.DISTINCT_FIELDS)}")
        col = S.events.c[field]
        query: Any
        if field in _LEADING_INDEXED:
            # one index probe per distinct value (the next value above the last one), not a
            # read of the whole index: a handful of values among a million events
            first = sa.select(sa.func.min(col).label("v"), sa.literal(1).label("n"))
            walk = first.cte("walk", recursive=True)
            following = sa.select(sa.func.min(col)).where(col > walk.c.v).scalar_subquery()
            walk = walk.union_all(sa.select(following, walk.c.n + 1)
                                  .where(walk.c.v.is_not(None), walk.c.n < limit))
            query = sa.select(walk.c.v).where(walk.c.v.is_not(None)).order_by(walk.c.n)
        else:
            query = sa.select(col).where(col.is_not(None)).distinct().order_by(col).limit(limit)
        with self._read() as conn:
            return [str(v) for v in conn.scalars(query)]

    #: Event columns that :meth:`facet_counts` counts (the dashboard's filter lists).
    FACET_FIELDS = ("event_type", "sub_event_type", "country", "admin1")

    def facet_counts(self, filters: EventFilter | None = None,
                     fields: Sequence[str] = FACET_FIELDS, *, limit: int = 5_000
                     ) -> dict[str, list[tuple[str, int]]]:
        """For each field, its values with their numbers of matching events, most first.

        A value's count is what :meth:`count_events` answers for the filters with that value
        chosen for its field in place of the field's own filter (Datasette's facets, but a
        chosen value leaves the other values of its field counted): one GROUP BY per field.
        """
        f = filters or EventFilter()
        out: dict[str, list[tuple[str, int]]] = {}
        with self._read() as conn:
            for name in fields:
                if name not in self.FACET_FIELDS:
                    raise StoreError(f"{name}: not one of {', '.join(self.FACET_FIELDS)}")
                col = S.events.c[name]
                n = sa.func.count().label("n")
                cleared: dict[str, Any] = {name: None}
                query = (sa.select(col, n)
                         .where(col.is_not(None), *self._conditions(conn, replace(f, **cleared)))
                         .group_by(col).order_by(n.desc(), col).limit(limit))
                out[name] = [(str(v), int(c)) for v, c in conn.execute(query)]
        return out

    def event_sources(self, event_ids: Sequence[str]) -> dict[str, list[str]]:
        """The publishers of each event's articles, sorted (events without any are left out)."""
        r, d = S.reports.c, S.documents.c
        out: dict[str, list[str]] = {}
        ids = list(dict.fromkeys(event_ids))
        with self._read() as conn:
            for start in range(0, len(ids), 500):
                query = (sa.select(r.event_id, d.publisher).distinct()
                         .select_from(S.reports.join(S.documents, d.id == r.doc_id))
                         .where(r.event_id.in_(ids[start:start + 500]), d.publisher.is_not(None))
                         .order_by(r.event_id, d.publisher))
                for event_id, publisher in conn.execute(query):
                    out.setdefault(str(event_id), []).append(str(publisher))
        return out

    def event_ids_starting(self, prefix: str, *, limit: int = 20) -> list[str]:
        """Ids of stored events that start with ``prefix`` (at most ``limit``), sorted."""
        col = S.events.c.id
        query = (sa.select(col).where(col.startswith(prefix, autoescape=True))
                 .order_by(col).limit(limit))
        with self._read() as conn:
            return [str(v) for v in conn.scalars(query)]


def _linked(key: str, links: Sequence[tuple[str, str]]) -> set[str]:
    """The reports joined to ``key`` through human must-link pairs (``key`` included)."""
    neighbours: dict[str, set[str]] = {}
    for a, b in links:
        neighbours.setdefault(a, set()).add(b)
        neighbours.setdefault(b, set()).add(a)
    seen = {key}
    todo = [key]
    while todo:
        for other in neighbours.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def _split_id(key: str, event_id: str) -> str:
    """The id of the event that report ``key`` forms once split off ``event_id``."""
    return "ev-" + hashlib.sha256(f"{key}\n{event_id}".encode()).hexdigest()[:16]


def _cluster_id(keys: Sequence[str], pins: dict[str, str], taken: dict[str, Any]) -> str:
    """The id of a cluster: the id pinned to its smallest pinned report (a split keeps the
    event's id for the reports that stay), else the hash of its smallest report key;
    never an id already given to another cluster of the segment."""
    pinned = sorted(k for k in keys if k in pins)
    for eid in [*(pins[k] for k in pinned), event_id_for(keys)]:
        if eid not in taken:
            return eid
    return "ev-" + hashlib.sha256(("\n".join(sorted(keys))).encode()).hexdigest()[:16]


#: What :meth:`Store.add_document` does with an id stored with another text.
ON_CONFLICT = ("fail", "skip", "new-version")


def version_id(doc_id: str, text: str) -> str:
    """The id of another version of document ``doc_id``: ``<id>~<12 hex digits of the
    text's SHA-256>`` (the id cut so that the whole fits in 64 characters)."""
    suffix = "~" + R.text_hash(text)[:12]
    return doc_id[:64 - len(suffix)] + suffix


def with_id(doc: Document, new_id: str) -> Document:
    """``doc`` and its reports and tallies under the id ``new_id``."""
    old = doc.id

    def moved(report_id: str) -> str:
        return new_id + report_id[len(old):] if report_id.startswith(f"{old}:") else report_id

    reports = [replace(r, id=moved(r.id), doc_id=new_id) for r in doc.reports]
    tallies = [replace(t, doc_id=new_id) for t in doc.tallies]
    return replace(doc, id=new_id, reports=reports, tallies=tallies)


#: Event columns that lead an index (distinct values are found by probing it).
_LEADING_INDEXED = ("event_type", "sub_event_type", "country", "admin1")

#: The FTS5 table beside ``events`` on SQLite (made by migration r0004).
_FTS = sa.table("events_fts", sa.column("rowid"))
#: A full-text search with at least this many hits is checked while the date index is
#: walked (SQLite) instead of driving the query: its first page is met within a few rows.
FTS_DRIVE = 2000
_NO_FILTER = EventFilter().matching()


def _fts_matches(match: str) -> Any:
    return sa.literal_column("events_fts").op("MATCH")(sa.bindparam(None, match, sa.String))


#: Filters whose counts a store keeps (the least recently asked go first).
COUNT_CACHE_SIZE = 512

#: Above this many pending reports in a block, its segments are computed in one pass.
_MANY_SEEDS = 20

_SUMMARY_COLS = ("id", "event_type", "sub_event_type", "disorder_type", "tags", "date_start",
                 "date_end", "date_precision", "country", "admin1", "admin2", "location",
                 "latitude", "longitude", "geo_precision", "actor1", "actor1_type", "actor2",
                 "actor2_type", "figures", "confidence", "n_reports", "n_documents",
                 "updated_at")


def _state(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _jsonable(row[k]) for k in _TRACKED}


def _update_summary(added: Iterable[str], removed: Iterable[str],
                    changed: dict[str, list[Any]]) -> str:
    parts = []
    added, removed = list(added), list(removed)
    if added:
        parts.append(f"{len(added)} report(s) attached")
    if removed:
        parts.append(f"{len(removed)} report(s) detached")
    for name, (old, new) in changed.items():
        if name != "n_reports":
            parts.append(f"{name} {old} -> {new}")
    return "; ".join(parts) or "recomputed"
