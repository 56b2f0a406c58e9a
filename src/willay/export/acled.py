"""ACLED CSV: one row per event with ACLED's columns filled as ACLED fills them, then ours.

Column by column against ACLED's codebook ("ACLED Data Columns at a Glance"):

- ``event_id_cnty``: willay's event id (ACLED's own ids are country letters and a number
  that only ACLED can give);
- ``event_date`` (YYYY-MM-DD, the first day), ``year``, ``time_precision`` (1 day, 2 week,
  3 month or worse);
- ``disorder_type``, ``event_type``, ``sub_event_type``: ACLED's taxonomy, unchanged;
- ``actor1``/``actor2``: the perpetrator first in one-sided violence, ACLED-style names;
  ``assoc_actor_1``/``assoc_actor_2`` the group behind a crowd; ``inter1``/``inter2``
  ACLED's numeric actor types (1-8); ``interaction`` the two codes, lower first (``16``,
  ``60`` for protesters alone); ``civilian_targeting`` "Civilian targeting" when civilians
  are the target of political violence (see :mod:`willay.export.roles`);
- ``iso`` (ISO 3166-1 numeric), ``region`` (ACLED's region), ``country`` (its name),
  ``admin1``, ``admin2``, ``admin3`` (never known: empty), ``location``, ``latitude``,
  ``longitude``, ``geo_precision``;
- ``source``: the publishers' names joined by ``; `` (see :func:`willay.export.view.source_of`),
  ``source_scale`` (only when every source's reach is known, from ``data/outlets.csv``);
- ``notes``: the event in one English sentence with its figures;
- ``fatalities``: ACLED's conservative figure (the lowest credible, vague words read as
  ACLED does), 0 when no death is reported;
- ``tags``: ACLED's tags; willay sets ``crowd size=...`` on demonstration events;
- ``timestamp``: when the event last changed (Unix seconds, UTC).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from willay.export.roles import interaction
from willay.export.view import EventView
from willay.model import Figure

#: ACLED's columns in ACLED's order, then willay's.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp",
)
WILLAY_COLUMNS = (
    "willay_id", "willay_tags", "willay_actor1", "willay_actor1_type", "willay_actor2",
    "willay_actor2_type", "date_end", "date_precision", "fatalities_best", "fatalities_low",
    "fatalities_high", "fatalities_disputed", "injured", "injured_low", "injured_high",
    "arrested", "arrested_low", "arrested_high", "crowd_size", "crowd_size_low",
    "crowd_size_high", "n_reports", "n_documents", "confidence", "urls",
)
COLUMNS = ACLED_COLUMNS + WILLAY_COLUMNS

#: Event types whose victims ACLED marks with ``civilian_targeting`` when they are civilians.
_POLITICAL_VIOLENCE = frozenset({"Violence against civilians", "Explosions/Remote violence",
                                 "Battles", "Riots"})


def crowd_tag(fig: Figure | None) -> str:
    """ACLED's ``crowd size=`` tag: the reported size, a range, or ``no report``."""
    if fig is None:
        return "crowd size=no report"
    if fig.low is not None and fig.high is not None and fig.low != fig.high:
        return f"crowd size=between {fig.low} and {fig.high}"
    if fig.best is not None:
        return f"crowd size={fig.best}"
    if fig.conservative is not None:
        return f"crowd size=at least {fig.conservative}"
    return "crowd size=no report"


def civilian_targeting(view: EventView) -> str | None:
    e = view.summary
    if e.event_type == "Violence against civilians":
        return "Civilian targeting"
    if e.event_type in _POLITICAL_VIOLENCE and any(p.inter == 7 for p in view.roles.target):
        return "Civilian targeting"
    return None


def _timestamp(at: dt.datetime) -> int:
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return int(at.timestamp())


def _triple(fig: Figure | None) -> tuple[int | None, int | None, int | None]:
    return (fig.best, fig.low, fig.high) if fig else (None, None, None)


def row(view: EventView) -> dict[str, Any]:
    """One ACLED row of an event."""
    e = view.summary
    first, second = view.roles.acled_pair
    where = view.country
    fat, inj, arr, crowd = (_triple(e.fatalities), _triple(e.injured), _triple(e.arrested),
                            _triple(e.crowd_size))
    conservative = e.fatalities.conservative if e.fatalities else None
    fatalities = conservative if conservative is not None else fat[0]
    return {
        "event_id_cnty": e.id,
        "event_date": e.date.start.isoformat() if e.date else None,
        "year": e.date.start.year if e.date else None,
        "time_precision": e.date.time_precision if e.date else None,
        "disorder_type": e.disorder_type, "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": first.acled_name if first else None,
        "assoc_actor_1": "; ".join(first.assoc) if first else None,
        "inter1": first.inter if first else None,
        "actor2": second.acled_name if second else None,
        "assoc_actor_2": "; ".join(second.assoc) if second else None,
        "inter2": second.inter if second else None,
        "interaction": interaction(first, second),
        "civilian_targeting": civilian_targeting(view),
        "iso": where.numeric if where else None,
        "region": where.acled_region if where else None,
        "country": where.acled_name if where else e.country,
        "admin1": e.admin1, "admin2": e.admin2, "admin3": None, "location": e.location,
        "latitude": e.latitude, "longitude": e.longitude, "geo_precision": e.geo_precision,
        "source": "; ".join(view.source_names) or None,
        "source_scale": view.source_scale,
        "notes": view.notes,
        "fatalities": fatalities if fatalities is not None else 0,
        "tags": crowd_tag(e.crowd_size) if e.disorder_type == "Demonstrations" else None,
        "timestamp": _timestamp(e.updated_at),
        "willay_id": e.id, "willay_tags": "; ".join(e.tags) or None,
        "willay_actor1": e.actor1, "willay_actor1_type": e.actor1_type,
        "willay_actor2": e.actor2, "willay_actor2_type": e.actor2_type,
        "date_end": e.date.end.isoformat() if e.date else None,
        "date_precision": e.date.precision if e.date else "unknown",
        "fatalities_best": fat[0], "fatalities_low": fat[1], "fatalities_high": fat[2],
        "fatalities_disputed": bool(e.fatalities and e.fatalities.disputed),
        "injured": inj[0], "injured_low": inj[1], "injured_high": inj[2],
        "arrested": arr[0], "arrested_low": arr[1], "arrested_high": arr[2],
        "crowd_size": crowd[0], "crowd_size_low": crowd[1], "crowd_size_high": crowd[2],
        "n_reports": e.n_reports, "n_documents": e.n_documents,
        "confidence": round(e.confidence, 3), "urls": " ".join(view.urls) or None,
    }
