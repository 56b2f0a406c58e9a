"""UCDP GED CSV: the Georeferenced Event Dataset's columns, for fatal events only.

GED holds events of organised violence with at least one death (in the best, low or high
estimate); willay exports only events with a reported death and leaves the others out
(:func:`keep`). Column by column against the GED codebook:

- ``id``: willay's event id; ``year``; ``type_of_violence``: 1 state-based (state forces
  against an organised armed group), 2 non-state (organised armed groups only), 3 one-sided
  violence (against civilians; also state forces in a demonstration with deaths, as GED
  codes the killing of demonstrators), empty when the event fits none of them;
- ``side_a``/``side_b``: the government (``Government of Peru``) or the perpetrator first;
  ``Civilians`` as side B of one-sided violence; ``dyad_name`` both joined by `` - ``;
- ``number_of_sources`` (documents), ``source_article`` (publisher, date and headline of
  each), ``source_office`` (publishers), ``source_date``, ``source_headline``,
  ``source_original`` (who gave the death figures, e.g. ``Defensoría del Pueblo``);
- ``where_prec`` 1 exact place, 2 within about 25 km, 3 second-order region, 4 first-order
  region, 6 country; ``where_coordinates`` the place the coordinates stand for,
  ``where_description``, ``adm_1``, ``adm_2``, ``latitude``, ``longitude``, ``geom_wkt``;
- ``country`` (GED's Gleditsch-Ward name), ``region`` (Africa, Americas, Asia, Europe,
  Middle East); ``event_clarity`` 1 one incident, 2 a summary over a longer period;
  ``date_prec`` 1 day, 2 within 2-6 days, 3 a week, 4 within a month, 5 longer;
  ``date_start``, ``date_end``;
- ``deaths_a``, ``deaths_b``, ``deaths_civilians``, ``deaths_unknown``: willay does not
  record who died, so every death is ``deaths_unknown`` except in violence against
  civilians (``deaths_civilians``); ``best``/``low``/``high`` sum them, ``low <= best <=
  high``.

Left empty, because only UCDP can assign them: ``relid``, ``active_year``, ``code_status``,
the conflict, dyad and side ids, ``conflict_name``, ``priogrid_gid``, ``country_id``,
``gwnoa``, ``gwnob``.
"""

from __future__ import annotations

from typing import Any

from willay.export.roles import Party
from willay.export.view import EventView
from willay.model import EventDate

COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence",
    "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
    "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id",
    "side_b_new_id", "side_b", "number_of_sources", "source_article", "source_office",
    "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
    "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown",
    "best", "high", "low", "gwnoa", "gwnob",
    # willay's
    "willay_event_type", "willay_sub_event_type", "willay_fatalities_disputed",
    "willay_fatalities_rule", "willay_n_reports", "willay_confidence", "willay_urls",
)

#: Why events are left out of this format.
LEFT_OUT = "no death reported, and UCDP GED holds only fatal events"

_ARMED = frozenset({2, 3, 4, 8})


def keep(view: EventView) -> bool:
    """GED holds only fatal events."""
    return view.fatal


def date_prec(date: EventDate | None) -> int | None:
    """GED's date precision: 1 day, 2 within 2-6 days, 3 a week, 4 within a month, 5 longer."""
    if date is None or date.precision == "unknown":
        return None
    if date.precision == "day":
        return 1
    if date.precision == "approx":
        return 2
    if date.precision == "year":
        return 5
    if date.precision == "month":
        return 4
    days = (date.end - date.start).days + 1
    if days == 1:
        return 1
    if days <= 6:
        return 2
    if days == 7:
        return 3
    return 4 if days <= 31 else 5


def where_prec(view: EventView) -> int | None:
    """GED's location precision from willay's place and ``geo_precision``."""
    e = view.summary
    if e.location and e.geo_precision == 1:
        return 1
    if e.location and e.geo_precision == 2:
        return 2
    if e.admin2:
        return 3
    if e.admin1:
        return 4
    if e.country:
        return 6
    return None


def type_of_violence(view: EventView) -> int | None:
    e = view.summary
    parties = [*view.roles.source, *view.roles.target]
    codes = {p.inter for p in parties}
    if e.event_type == "Violence against civilians":
        return 3
    if view.roles.one_sided and view.roles.source and view.roles.target and all(
            p.inter in (5, 6, 7) for p in view.roles.target):
        return 3
    if e.event_type in ("Protests", "Riots") and 1 in codes and codes & {5, 6}:
        return 3
    others = codes - {1}
    if len(parties) >= 2 and others and others <= _ARMED:
        return 1 if 1 in codes else 2
    return None


def _side(p: Party | None, view: EventView) -> str | None:
    if p is None:
        return None
    if p.inter == 1 and view.country is not None:
        return f"Government of {view.country.ucdp_name}"
    return p.acled_name


def sides(view: EventView, violence: int | None) -> tuple[str | None, str | None]:
    parties = [*view.roles.source, *view.roles.target]
    state = next((p for p in parties if p.inter == 1), None)
    if violence == 3:
        perpetrator = state or next(iter(view.roles.source), None)
        return _side(perpetrator, view), "Civilians"
    if violence == 1 and state is not None:
        other = next((p for p in parties if p is not state), None)
        return _side(state, view), _side(other, view)
    first, second = view.roles.acled_pair
    return _side(first, view), _side(second, view)


def row(view: EventView) -> dict[str, Any]:
    """One GED row of a fatal event."""
    e = view.summary
    fig = e.fatalities
    best = None
    low = high = None
    if fig is not None:
        best = fig.best if fig.best is not None else fig.conservative
        if best is None:
            best = next(v for v in (fig.low, fig.high) if v is not None)
        low = min(fig.low, best) if fig.low is not None else best
        high = max(fig.high, best) if fig.high is not None else best
    violence = type_of_violence(view)
    side_a, side_b = sides(view, violence)
    civilians = best if e.event_type == "Violence against civilians" else 0
    unknown = (best or 0) - (civilians or 0)
    docs = [s.info for s in view.sources]
    articles = []
    for s in view.sources:
        parts = [s.name, s.info.published.isoformat() if s.info.published else None,
                 f'"{s.info.title}"' if s.info.title else None]
        articles.append(" ".join(p for p in parts if p))
    reporters = list(dict.fromkeys(who for p in view.detail.figures.get("fatalities", [])
                                   if (who := p.reporter or p.via)))
    place = e.location or e.admin2 or e.admin1 or (view.country.acled_name
                                                    if view.country else None)
    description = [e.location, e.admin2 if e.admin2 != e.location else None, e.admin1,
                   view.country.acled_name if view.country else e.country]
    has_point = e.latitude is not None and e.longitude is not None
    return {
        "id": e.id, "year": e.date.start.year if e.date else None,
        "type_of_violence": violence,
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else None,
        "side_a": side_a, "side_b": side_b,
        "number_of_sources": len(docs),
        "source_article": "; ".join(a for a in articles if a) or None,
        "source_office": "; ".join(view.source_names) or None,
        "source_date": "; ".join(d.published.isoformat() for d in docs if d.published) or None,
        "source_headline": "; ".join(d.title for d in docs if d.title) or None,
        "source_original": "; ".join(reporters) or None,
        "where_prec": where_prec(view), "where_coordinates": place,
        "where_description": ", ".join(dict.fromkeys(p for p in description if p)) or None,
        "adm_1": e.admin1, "adm_2": e.admin2, "latitude": e.latitude,
        "longitude": e.longitude,
        "geom_wkt": f"POINT ({e.longitude} {e.latitude})" if has_point else None,
        "country": view.country.ucdp_name if view.country else e.country,
        "region": view.country.ucdp_region if view.country else None,
        "event_clarity": 1 if date_prec(e.date) in (1, 2) else 2,
        "date_prec": date_prec(e.date),
        "date_start": e.date.start.isoformat() if e.date else None,
        "date_end": e.date.end.isoformat() if e.date else None,
        "deaths_a": 0, "deaths_b": 0, "deaths_civilians": civilians,
        "deaths_unknown": unknown, "best": best, "high": high, "low": low,
        "willay_event_type": e.event_type, "willay_sub_event_type": e.sub_event_type,
        "willay_fatalities_disputed": bool(fig and fig.disputed),
        "willay_fatalities_rule": fig.rule if fig else None,
        "willay_n_reports": e.n_reports, "willay_confidence": round(e.confidence, 3),
        "willay_urls": " ".join(view.urls) or None,
    }
