"""Exports of merged events: ACLED-style and UCDP-style CSV, PLOVER/POLECAT JSON, GeoJSON, JSONL."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, TextIO

from willay.model import Figure
from willay.store import EventDetail, EventFilter, Store

FORMATS = ("acled", "ucdp", "polecat", "geojson", "jsonl")

#: ACLED's columns, in ACLED's order, then ours (prefixed ``willay_`` when ACLED has a twin).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
    # ours
    "willay_id", "date_end", "date_precision", "fatalities_best", "fatalities_low",
    "fatalities_high", "fatalities_disputed", "injured", "injured_low", "injured_high",
    "arrested", "arrested_low", "arrested_high", "crowd_size", "n_reports", "n_documents",
    "confidence", "urls",
)

UCDP_COLUMNS = (
    "id", "year", "side_a", "side_b", "source_article", "where_coordinates", "adm_1", "adm_2",
    "latitude", "longitude", "country", "date_start", "date_end", "date_prec", "best", "high",
    "low", "injured_best", "injured_low", "injured_high", "arrested_best", "arrested_low",
    "arrested_high", "disputed", "event_type", "sub_event_type",
)

#: ACLED sub-event type -> PLOVER (event type, mode); ``None`` mode when PLOVER has none.
PLOVER: Mapping[str, tuple[str, str | None]] = MappingProxyType({
    "Peaceful protest": ("PROTEST", "demonstrate"),
    "Protest with intervention": ("PROTEST", "demonstrate"),
    "Excessive force against protesters": ("ASSAULT", None),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("ASSAULT", "primitive"),
    "Armed clash": ("FIGHT", "firearms"),
    "Attack": ("ASSAULT", None),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Arrests": ("COERCE", "arrest"),
    "Agreement": ("AGREE", None),
    "Other": ("COERCE", None),
    "Looting/property destruction": ("ASSAULT", None),
    "Change to group/activity": ("RETREAT", None),
})
#: PLOVER modes read from our tags for Strategic developments / Other.
TAG_MODES = MappingProxyType({"curfew": "curfew", "state_of_emergency": "state-of-emergency",
                              "investigation": "investigate"})


def _fig(fig: Figure | None) -> tuple[int | None, int | None, int | None]:
    return (fig.best, fig.low, fig.high) if fig else (None, None, None)


def _urls(detail: EventDetail) -> list[str]:
    return [d.url for d in detail.documents if d.url]


def _sources(detail: EventDetail) -> str:
    names = [d.publisher or d.url or d.id for d in detail.documents]
    return "; ".join(dict.fromkeys(n for n in names if n))


def acled_row(detail: EventDetail) -> dict[str, Any]:
    e = detail.summary
    fat, inj, arr, crowd = (_fig(e.fatalities), _fig(e.injured), _fig(e.arrested),
                            _fig(e.crowd_size))
    conservative = e.fatalities.conservative if e.fatalities else None
    notes = " | ".join(f"{r.trigger.quote}" for r in detail.event.reports)
    return {
        "event_id_cnty": e.id, "event_date": e.date.start.isoformat() if e.date else None,
        "year": e.date.start.year if e.date else None,
        "time_precision": e.date.time_precision if e.date else None,
        "disorder_type": e.disorder_type, "event_type": e.event_type,
        "sub_event_type": e.sub_event_type, "actor1": e.actor1,
        "assoc_actor_1": "; ".join(a for r in detail.event.reports for a in r.assoc_actors),
        "inter1": e.actor1_type, "actor2": e.actor2, "assoc_actor_2": None,
        "inter2": e.actor2_type, "interaction": None, "civilian_targeting": None,
        "iso": None, "region": None, "country": e.country, "admin1": e.admin1,
        "admin2": e.admin2, "admin3": None, "location": e.location, "latitude": e.latitude,
        "longitude": e.longitude, "geo_precision": e.geo_precision,
        "source": _sources(detail), "source_scale": None, "notes": notes,
        "fatalities": conservative if conservative is not None else (fat[0] or 0),
        "tags": "; ".join(e.tags),
        "timestamp": int(e.updated_at.timestamp()),
        "willay_id": e.id, "date_end": e.date.end.isoformat() if e.date else None,
        "date_precision": e.date.precision if e.date else "unknown",
        "fatalities_best": fat[0], "fatalities_low": fat[1], "fatalities_high": fat[2],
        "fatalities_disputed": bool(e.fatalities and e.fatalities.disputed),
        "injured": inj[0], "injured_low": inj[1], "injured_high": inj[2],
        "arrested": arr[0], "arrested_low": arr[1], "arrested_high": arr[2],
        "crowd_size": crowd[0], "n_reports": e.n_reports, "n_documents": e.n_documents,
        "confidence": round(e.confidence, 3), "urls": " ".join(_urls(detail)),
    }


def ucdp_row(detail: EventDetail) -> dict[str, Any]:
    e = detail.summary
    fat, inj, arr = _fig(e.fatalities), _fig(e.injured), _fig(e.arrested)
    prec = {"day": 1, "approx": 2, "range": 3, "month": 4, "year": 5}
    return {
        "id": e.id, "year": e.date.start.year if e.date else None, "side_a": e.actor1,
        "side_b": e.actor2, "source_article": "; ".join(_urls(detail)) or _sources(detail),
        "where_coordinates": e.location or e.admin1, "adm_1": e.admin1, "adm_2": e.admin2,
        "latitude": e.latitude, "longitude": e.longitude, "country": e.country,
        "date_start": e.date.start.isoformat() if e.date else None,
        "date_end": e.date.end.isoformat() if e.date else None,
        "date_prec": prec.get(e.date.precision) if e.date else None,
        "best": fat[0], "high": fat[2], "low": fat[1],
        "injured_best": inj[0], "injured_low": inj[1], "injured_high": inj[2],
        "arrested_best": arr[0], "arrested_low": arr[1], "arrested_high": arr[2],
        "disputed": any(f is not None and f.disputed for f in (e.fatalities, e.injured,
                                                                 e.arrested)),
        "event_type": e.event_type, "sub_event_type": e.sub_event_type,
    }


def polecat_record(detail: EventDetail) -> dict[str, Any]:
    e = detail.summary
    plover, mode = PLOVER.get(e.sub_event_type, ("PROTEST" if e.event_type == "Protests"
                                                 else "COERCE", None))
    if mode is None:
        mode = next((TAG_MODES[t] for t in e.tags if t in TAG_MODES), None)
    context = ["protest"] if e.disorder_type == "Demonstrations" else []

    def count(fig: Figure | None) -> int | None:
        return fig.best if fig else None

    return {
        "event_id": e.id,
        "event_date": e.date.start.isoformat() if e.date else None,
        "event_date_end": e.date.end.isoformat() if e.date else None,
        "event_type": plover, "event_mode": mode, "context": context,
        "actor": e.actor1, "actor_type": e.actor1_type,
        "recipient": e.actor2, "recipient_type": e.actor2_type,
        "location": {"country": e.country, "admin1": e.admin1, "admin2": e.admin2,
                     "name": e.location, "lat": e.latitude, "lon": e.longitude,
                     "geo_precision": e.geo_precision},
        "fatalities": count(e.fatalities), "injuries": count(e.injured),
        "arrests": count(e.arrested), "crowd_size": count(e.crowd_size),
        "acled": {"event_type": e.event_type, "sub_event_type": e.sub_event_type,
                  "disorder_type": e.disorder_type, "tags": list(e.tags)},
        "event_text": [r.trigger.quote for r in detail.event.reports],
        "sources": [{"doc_id": d.id, "url": d.url, "publisher": d.publisher,
                     "published": d.published.isoformat() if d.published else None}
                    for d in detail.documents],
        "confidence": round(e.confidence, 3),
    }


def geojson_feature(detail: EventDetail) -> dict[str, Any]:
    e = detail.summary
    geometry = None
    if e.latitude is not None and e.longitude is not None:
        geometry = {"type": "Point", "coordinates": [e.longitude, e.latitude]}
    return {"type": "Feature", "id": e.id, "geometry": geometry, "properties": e.to_dict()}


def write_export(details: Iterable[EventDetail], fmt: str, out: TextIO) -> int:
    """Write events in ``fmt`` (one of :data:`FORMATS`) to ``out``; returns how many."""
    n = 0
    if fmt in ("acled", "ucdp"):
        columns, row = (ACLED_COLUMNS, acled_row) if fmt == "acled" else (UCDP_COLUMNS, ucdp_row)
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for detail in details:
            writer.writerow(row(detail))
            n += 1
        return n
    if fmt == "jsonl":
        for detail in details:
            out.write(json.dumps(detail.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt in ("geojson", "polecat"):
        make = geojson_feature if fmt == "geojson" else polecat_record
        if fmt == "geojson":
            out.write('{"type": "FeatureCollection", "features": [')
        else:
            out.write("[")
        for detail in details:
            out.write(("," if n else "") + "\n" + json.dumps(make(detail), ensure_ascii=False))
            n += 1
        out.write("\n]}\n" if fmt == "geojson" else "\n]\n")
        return n
    raise ValueError(f"export format {fmt!r}: use one of {', '.join(FORMATS)}")


def export_events(store: Store, fmt: str, out: TextIO,
                  filters: EventFilter | None = None) -> int:
    """Export every event matching ``filters`` from ``store``; returns how many."""
    if fmt not in FORMATS:
        from willay.errors import ConfigError

        raise ConfigError(f"export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return write_export(store.iter_events(filters), fmt, out)

