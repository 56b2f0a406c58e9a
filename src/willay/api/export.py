"""Event exports as streams of text: CSV (ACLED-like columns), GeoJSON and JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from willay.api.schemas import EventSummary

#: CSV columns, in order: ACLED's names where one exists.
CSV_COLUMNS = (
    "event_id", "event_date", "date_end", "date_precision", "disorder_type", "event_type",
    "sub_event_type", "tags", "actor1", "actor2", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
    "fatalities_high", "injured", "arrested", "confidence", "n_reports",
)


def _csv_row(e: EventSummary) -> list[Any]:
    fat, inj, arr = e.fatalities, e.injured, e.arrested
    return [
        e.id, e.date, e.date_end if e.date_precision == "range" else None, e.date_precision,
        e.disorder_type, e.event_type, e.sub_event_type, ";".join(e.tags), e.actor1, e.actor2,
        e.country, e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.geo_precision,
        fat.best if fat else None, fat.low if fat else None, fat.high if fat else None,
        inj.best if inj else None, arr.best if arr else None, e.confidence, e.n_reports,
    ]


def _safe_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas: a text cell starting with = + - @ gets a quote."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_lines(events: Iterable[EventSummary]) -> Iterator[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    yield buf.getvalue()
    for e in events:
        buf.seek(0)
        buf.truncate()
        writer.writerow(["" if v is None else _safe_cell(v) for v in _csv_row(e)])
        yield buf.getvalue()


def feature(e: EventSummary) -> dict[str, Any] | None:
    """One GeoJSON Feature, or ``None`` for an event without coordinates."""
    if e.latitude is None or e.longitude is None:
        return None
    props = e.model_dump(exclude={"latitude", "longitude"})
    return {"type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": [e.longitude, e.latitude]},
            "properties": props}


def geojson_chunks(events: Iterable[EventSummary]) -> Iterator[str]:
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for e in events:
        feat = feature(e)
        if feat is None:
            continue
        yield ("" if first else ",\n") + json.dumps(feat, ensure_ascii=False)
        first = False
    yield "]}\n"


def jsonl_lines(events: Iterable[EventSummary]) -> Iterator[str]:
    for e in events:
        yield e.model_dump_json() + "\n"
