"""GeoJSON (RFC 7946): a FeatureCollection of Points with flat properties GIS tools can style.

Every property is a string, a number, a boolean or null (QGIS, ArcGIS and geopandas style and
filter on them without flattening): figures as ``fatalities_best``, ``fatalities_low``,
``fatalities_high``, ..., tags and sources joined by ``; ``. Coordinates are
``[longitude, latitude]`` in WGS 84 as RFC 7946 requires; events without coordinates are
left out (:func:`keep`).
"""

from __future__ import annotations

from typing import Any

from willay.export.view import EventView
from willay.model.event import FIGURE_KINDS

#: Why events are left out of this format.
LEFT_OUT = "no coordinates"


def keep(view: EventView) -> bool:
    return view.summary.latitude is not None and view.summary.longitude is not None


def properties(view: EventView) -> dict[str, Any]:
    """The flat properties of an event's Feature."""
    e = view.summary
    first, second = view.roles.acled_pair
    out: dict[str, Any] = {
        "id": e.id, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
        "disorder_type": e.disorder_type, "tags": "; ".join(e.tags) or None,
        "date": e.date.iso() if e.date else None,
        "date_start": e.date.start.isoformat() if e.date else None,
        "date_end": e.date.end.isoformat() if e.date else None,
        "date_precision": e.date.precision if e.date else "unknown",
        "time_precision": e.date.time_precision if e.date else None,
        "country": e.country, "country_name": view.country.acled_name if view.country else None,
        "admin1": e.admin1, "admin2": e.admin2, "location": e.location,
        "geo_precision": e.geo_precision,
        "actor1": e.actor1, "actor1_type": e.actor1_type,
        "actor2": e.actor2, "actor2_type": e.actor2_type,
        "acled_actor1": first.acled_name if first else None,
        "acled_actor2": second.acled_name if second else None,
    }
    for kind in FIGURE_KINDS:
        fig = e.figure(kind)
        out[f"{kind}_best"] = fig.best if fig else None
        out[f"{kind}_low"] = fig.low if fig else None
        out[f"{kind}_high"] = fig.high if fig else None
        out[f"{kind}_conservative"] = fig.conservative if fig else None
        out[f"{kind}_disputed"] = bool(fig and fig.disputed)
    out.update({
        "confidence": round(e.confidence, 3), "n_reports": e.n_reports,
        "n_documents": e.n_documents, "sources": "; ".join(view.source_names) or None,
        "urls": " ".join(view.urls) or None, "notes": view.notes,
        "updated_at": e.updated_at.isoformat(),
    })
    return out


def feature(view: EventView) -> dict[str, Any]:
    """One Feature (only for events that :func:`keep` keeps)."""
    e = view.summary
    return {"type": "Feature", "id": e.id,
            "geometry": {"type": "Point", "coordinates": [e.longitude, e.latitude]},
            "properties": properties(view)}
