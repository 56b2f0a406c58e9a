"""PLOVER JSON lines (the format of the POLECAT data set): who did what to whom, one per line.

Field names follow the PLOVER specification's "JSON Data Fields" (``id``, ``date``,
``enddate``, ``source``, ``recipient``, ``event``, ``mode``, ``context``, ``event_loc``,
``event_text``, ``quad_code``, ``cite_info``, ``coder``, ``comment``) with its size fields
``dead``, ``injured``, ``arrested`` and ``size``; the specification suggests one JSON object
per line. Rules:

- ``source`` acted on ``recipient`` (:mod:`willay.export.roles`): in one-sided violence the
  perpetrator is the source and the victims the recipient (police firing on demonstrators:
  Security forces ASSAULT Protesters); in a demonstration the crowd is the source; when both
  sides fight, both are sources. Each actor object has ``code`` (ISO alpha-3 of the event's
  country), ``sector`` where the name says it (COP, MIL, JUD, GOV, REB, CVL, UAF), ``actor_text``
  (willay's name) and ``acled_type``;
- ``event`` and ``mode`` come from the ACLED sub-type and willay's tags (:data:`EVENTS`,
  :data:`TAG_MODES`): a strike tag gives ``strike-lim`` (willay does not tell a general strike
  from a sectoral one), a road blockade or occupation ``obstruct``, a hunger strike
  ``strike-hun``, a march, funeral or vigil ``demo``, a curfew ``curfew``, a state of
  emergency ``martial-law``, a resignation ``resign``;
- ``context``: ``future`` for planned events, ``cbrn`` for chemical weapons;
- ``event_text``: the sentence of each report's trigger (the event told in one sentence
  when the article's text is not at hand), never the trigger word alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from willay import __version__
from willay.export.roles import Party
from willay.export.view import EventView

#: ACLED sub-event type -> (PLOVER event, fixed modes).
EVENTS: Mapping[str, tuple[str, tuple[str, ...]]] = MappingProxyType({
    "Peaceful protest": ("PROTEST", ()),
    "Protest with intervention": ("PROTEST", ()),
    "Excessive force against protesters": ("ASSAULT", ()),
    "Violent demonstration": ("PROTEST", ("riot",)),
    "Mob violence": ("ASSAULT", ()),
    "Armed clash": ("ASSAULT", ()),
    "Government regains territory": ("ASSAULT", ()),
    "Non-state actor overtakes territory": ("ASSAULT", ()),
    "Attack": ("ASSAULT", ()),
    "Abduction/forced disappearance": ("ASSAULT", ("abduct",)),
    "Sexual violence": ("ASSAULT", ("sexual",)),
    "Looting/property destruction": ("ASSAULT", ("destroy",)),
    "Air/drone strike": ("ASSAULT", ("heavy-weapons",)),
    "Shelling/artillery/missile attack": ("ASSAULT", ("heavy-weapons",)),
    "Remote explosive/landmine/IED": ("ASSAULT", ("explosives",)),
    "Grenade": ("ASSAULT", ("explosives",)),
    "Suicide bomb": ("ASSAULT", ("suicide-attack",)),
    "Chemical weapon": ("ASSAULT", ()),
    "Arrests": ("COERCE", ("arrest",)),
    "Agreement": ("AGREE", ()),
    "Change to group/activity": ("RETREAT", ()),
    "Non-violent transfer of territory": ("RETREAT", ("withdraw",)),
    "Headquarters or base established": ("MOBILIZE", ()),
    "Disrupted weapons use": ("COERCE", ()),
})
#: willay tag -> (the PLOVER events it applies to, mode).
TAG_MODES: Mapping[str, tuple[frozenset[str], str]] = MappingProxyType({
    "march": (frozenset({"PROTEST"}), "demo"),
    "funeral": (frozenset({"PROTEST"}), "demo"),
    "vigil": (frozenset({"PROTEST"}), "demo"),
    "strike": (frozenset({"PROTEST"}), "strike-lim"),
    "hunger_strike": (frozenset({"PROTEST"}), "strike-hun"),
    "road_blockade": (frozenset({"PROTEST"}), "obstruct"),
    "occupation": (frozenset({"PROTEST"}), "obstruct"),
    "curfew": (frozenset({"COERCE"}), "curfew"),
    "state_of_emergency": (frozenset({"COERCE"}), "martial-law"),
    "resignation": (frozenset({"RETREAT"}), "resign"),
})
#: Strategic developments "Other": the event its tag names (checked in this order).
OTHER_BY_TAG = (("curfew", "COERCE"), ("state_of_emergency", "COERCE"),
                ("investigation", "ACCUSE"), ("resignation", "RETREAT"))
#: PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal
#: conflict, 4 material conflict.
QUAD: Mapping[str, int] = MappingProxyType({
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
})


def event_and_modes(sub_event_type: str, tags: list[str]) -> tuple[str, list[str]]:
    """The PLOVER event and modes of an ACLED sub-type with willay's tags."""
    if sub_event_type in EVENTS:
        event, fixed = EVENTS[sub_event_type]
    else:  # Strategic developments "Other" and anything new: by tag, else COERCE
        event = next((ev for tag, ev in OTHER_BY_TAG if tag in tags), "COERCE")
        fixed = ()
    modes = list(fixed)
    for tag in tags:
        applies, mode = TAG_MODES.get(tag, (frozenset(), ""))
        if event in applies and mode not in modes:
            modes.append(mode)
    if "riot" in modes and "demo" in modes:
        modes.remove("demo")  # a violent demonstration is a riot, not a peaceful one
    if event == "PROTEST" and not modes:
        modes.append("demo")
    return event, modes


#: Words of a state actor's name and PLOVER's sector for it (first match wins); a state
#: actor named otherwise ("Security forces") gets no sector.
STATE_SECTORS = (("police", "COP"), ("policía", "COP"), ("polícia", "COP"), ("military", "MIL"),
                 ("army", "MIL"), ("navy", "MIL"), ("militar", "MIL"), ("prosecutor", "JUD"),
                 ("court", "JUD"), ("judge", "JUD"), ("government", "GOV"),
                 ("ministry", "GOV"), ("president", "GOV"))


def _sector(p: Party) -> str | None:
    name = p.name.casefold()
    if p.inter == 1:
        return next((sector for word, sector in STATE_SECTORS if word in name), None)
    if "unidentified armed" in name:
        return "UAF"
    return {2: "REB", 7: "CVL"}.get(p.inter) if p.inter is not None else None


def _actor(p: Party, view: EventView) -> dict[str, Any]:
    return {"code": view.country.alpha3 if view.country else None, "sector": _sector(p),
            "actor_text": p.name, "acled_type": p.acled_type}


def record(view: EventView) -> dict[str, Any]:
    """One PLOVER record of an event."""
    e = view.summary
    event, modes = event_and_modes(e.sub_event_type, list(e.tags))
    context = []
    modalities = {r.modality for r in view.detail.event.reports}
    if modalities == {"planned"}:
        context.append("future")
    if e.sub_event_type == "Chemical weapon":
        context.append("cbrn")
    geonameid = next((r.geonameid for r in view.detail.event.reports
                      if r.geonameid is not None and r.location == e.location
                      and r.latitude == e.latitude and r.longitude == e.longitude), None)
    location = None
    if e.country or e.latitude is not None:
        location = {"geonameid": geonameid, "name": e.location or e.admin2 or e.admin1,
                    "latitude": e.latitude, "longitude": e.longitude,
                    "country code": e.country,
                    "cc3": view.country.alpha3 if view.country else None,
                    "admin1": e.admin1, "admin2": e.admin2, "geo_precision": e.geo_precision}

    def count(kind: str) -> int | None:
        fig = e.figure(kind)
        return fig.best if fig is not None else None

    return {
        "id": e.id,
        "date": e.date.start.isoformat() if e.date else None,
        "enddate": e.date.end.isoformat() if e.date and e.date.end != e.date.start else None,
        "source": [_actor(p, view) for p in view.roles.source],
        "recipient": [_actor(p, view) for p in view.roles.target],
        "event": [event], "mode": modes, "context": context, "quad_code": QUAD.get(event),
        "event_loc": location,
        "event_text": list(view.sentences) or [view.notes],
        "dead": count("fatalities"), "injured": count("injured"),
        "arrested": count("arrested"), "size": count("crowd_size"),
        "cite_info": [{"url": s.info.url, "title": s.info.title,
                       "language": s.info.language, "publication": s.name,
                       "published": s.info.published.isoformat() if s.info.published else None}
                      for s in view.sources],
        "coder": f"willay {__version__}",
        "comment": view.notes,
        "acled": {"disorder_type": e.disorder_type, "event_type": e.event_type,
                  "sub_event_type": e.sub_event_type, "tags": list(e.tags)},
        "confidence": round(e.confidence, 3),
    }
