"""A database opened for research: forgiving event queries as lists or pandas DataFrames.

``willay.open(db)`` returns a :class:`Database`: the :class:`~willay.store.Store` (every
store method is reachable on it) plus ``events(...)``, which takes filter values as people
type them (``country="Peru"``, ``admin1="apurimac"``) and returns an :class:`EventList`
whose ``to_frame()`` is a pandas DataFrame (pandas is optional: ``pip install
'willay[frames]'``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from types import TracebackType
from typing import Any

from willay.errors import ConfigError
from willay.model import Figure
from willay.store.records import MAX_LIMIT, EventFilter, EventSummary
from willay.store.repository import Store

#: The columns of one event row (``willay events --format csv``, ``EventList.to_frame()``).
SUMMARY_COLUMNS = (
    "id", "date", "date_end", "date_precision", "event_type", "sub_event_type",
    "disorder_type", "tags", "country", "admin1", "admin2", "location", "latitude",
    "longitude", "geo_precision", "actor1", "actor1_type", "actor2", "actor2_type",
    "fatalities", "fatalities_low", "fatalities_high", "injured", "arrested", "crowd_size",
    "disputed", "confidence", "n_reports", "n_documents",
)


def summary_row(e: EventSummary) -> dict[str, Any]:
    """One event as a flat row of :data:`SUMMARY_COLUMNS` (best figures, ISO dates)."""
    def best(fig: Figure | None) -> int | None:
        return fig.best if fig else None

    return {
        "id": e.id, "date": e.date.iso() if e.date else None,
        "date_end": e.date.end.isoformat() if e.date else None,
        "date_precision": e.date.precision if e.date else "unknown",
        "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "disorder_type": e.disorder_type, "tags": ";".join(e.tags), "country": e.country,
        "admin1": e.admin1, "admin2": e.admin2, "location": e.location,
        "latitude": e.latitude, "longitude": e.longitude, "geo_precision": e.geo_precision,
        "actor1": e.actor1, "actor1_type": e.actor1_type, "actor2": e.actor2,
        "actor2_type": e.actor2_type, "fatalities": best(e.fatalities),
        "fatalities_low": e.fatalities.low if e.fatalities else None,
        "fatalities_high": e.fatalities.high if e.fatalities else None,
        "injured": best(e.injured), "arrested": best(e.arrested),
        "crowd_size": best(e.crowd_size),
        "disputed": any(f is not None and f.disputed
                        for f in (e.fatalities, e.injured, e.arrested, e.crowd_size)),
        "confidence": round(e.confidence, 3), "n_reports": e.n_reports,
        "n_documents": e.n_documents,
    }


class EventList(list[EventSummary]):
    """Events as typed :class:`~willay.store.EventSummary` objects, with table views."""

    def to_dicts(self) -> list[dict[str, Any]]:
        """Each event's ``to_dict()`` (figures as ``{best, low, high, ...}``)."""
        return [e.to_dict() for e in self]

    def to_rows(self) -> list[dict[str, Any]]:
        """Each event as a flat row of :data:`SUMMARY_COLUMNS`."""
        return [summary_row(e) for e in self]

    def to_frame(self) -> Any:
        """A pandas DataFrame, one row per event: :data:`SUMMARY_COLUMNS` plus
        ``date_start`` as a date, indexed by nothing (``id`` is a column)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise ConfigError("to_frame() needs pandas, which is not installed: "
                              "pip install 'willay[frames]' (or pip install pandas)") from exc
        rows = self.to_rows()
        for row, e in zip(rows, self, strict=True):
            row["date_start"] = e.date.start if e.date else None
        frame = pd.DataFrame(rows, columns=[*SUMMARY_COLUMNS, "date_start"])
        frame["date_start"] = pd.to_datetime(frame["date_start"])
        return frame


class Database:
    """A store opened for research (see the module docstring); a context manager."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __getattr__(self, name: str) -> Any:  # every Store method, on the database
        return getattr(self.store, name)

    def __repr__(self) -> str:
        return f"<willay database {self.store.url}>"

    def __enter__(self) -> Database:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.store.close()

    def close(self) -> None:
        self.store.close()

    def events(self, *, country: str | None = None, admin1: str | None = None,
               event_type: str | None = None, sub_event_type: str | None = None,
               date_from: dt.date | str | None = None, date_to: dt.date | str | None = None,
               actor: str | None = None, text: str | None = None,
               min_confidence: float | None = None,
               bbox: tuple[float, float, float, float] | None = None,
               limit: int | None = None, order: str = "date") -> EventList:
        """Events matching the filters (all of them unless ``limit``), newest first.

        ``country`` is a code or a name; ``admin1``, ``event_type`` and ``sub_event_type``
        ignore case and accents; a value the database does not hold raises
        :class:`~willay.errors.UnknownValueError`, whose ``known`` lists the values it holds.
        Dates are ``datetime.date`` or ISO text; ``date_from``/``date_to`` select events whose
        dates overlap them.
        """
        from willay.store.lookup import resolve_filter

        def day(value: dt.date | str | None) -> dt.date | None:
            if value is None or isinstance(value, dt.date):
                return value
            try:
                return dt.date.fromisoformat(value)
            except ValueError as exc:
                raise ConfigError(f"{value!r}: expected a date as YYYY-MM-DD") from exc

        flt = resolve_filter(self.store, EventFilter(
            date_from=day(date_from), date_to=day(date_to), event_type=event_type,
            sub_event_type=sub_event_type, country=country, admin1=admin1, bbox=bbox,
            actor=actor, text=text, min_confidence=min_confidence, order=order))
        out = EventList()
        page = MAX_LIMIT if limit is None else min(limit, MAX_LIMIT)
        while limit is None or len(out) < limit:
            want = page if limit is None else min(page, limit - len(out))
            batch = self.store.list_events(replace(flt, limit=want, offset=len(out)))
            out.extend(batch)
            if len(batch) < want:
                break
        return out


def open_database(db: str | None = None, *, create: bool = False) -> Database:
    """The database at ``db`` (a SQLite path such as ``"willay.db"`` or a URL; ``None``:
    ``WILLAY_DB`` or ``willay.db``). Unless ``create``, a SQLite file that does not exist
    raises :class:`~willay.errors.NotFoundError` instead of creating an empty one."""
    from willay.store.location import database_url, require_database

    url = database_url(db)
    if not create:
        require_database(url)
    return Database(Store(url))
