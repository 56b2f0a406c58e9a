"""Who acted on whom: ACLED's actor types and names, and the source and target of an event.

willay's events carry ``actor1``/``actor2`` with an actor type as the extractor found them
(``Protesters``, ``State forces``, ...; the order follows the text). The formats ask more:

- ACLED codes each actor's type as one of its eight ``inter`` codes, and the type depends on
  the event: demonstrators are *Protesters* (6) in Protests events and *Rioters* (5) in
  Riots events. Crowds are named by type and country (``Protesters (Peru)``) and the group
  that made up the crowd moves to the associated actor (``Students``); ``Police`` and
  ``Military`` become ``Police Forces of Peru`` and ``Military Forces of Peru``.
- In one-sided violence (excessive force against protesters, attacks on civilians,
  abductions, sexual violence, mob violence, arrests) the perpetrator is the source and
  the victims are the target, whatever the order in the text; in a demonstration the
  crowd is the source; in an armed clash both sides act.

Everything here reads the coded fields only, never the extractor's rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from willay.export.tables import country

#: ACLED's eight actor types and their ``inter`` codes (ACLED codebook, "Actors").
INTER_CODES: Mapping[str, int] = MappingProxyType({
    "state forces": 1,
    "rebel groups": 2,
    "political militias": 3,
    "identity militias": 4,
    "rioters": 5,
    "protesters": 6,
    "protestors": 6,
    "civilians": 7,
    "external/other forces": 8,
    "other forces": 8,
})
ACTOR_TYPES: Mapping[int, str] = MappingProxyType({
    1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
    5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces",
})
#: Names that only repeat an actor type: the ACLED name is the type with the country.
_GENERIC = frozenset({"protesters", "protestors", "demonstrators", "rioters", "civilians",
                      "crowd", "residents"})
#: State forces named by their branch only, and the ACLED name for them.
_STATE_NAMES: Mapping[str, str] = MappingProxyType({
    "police": "Police Forces of {country}",
    "military": "Military Forces of {country}",
    "army": "Military Forces of {country}",
})
#: Sub-event types of one-sided violence, with the inter codes of the victims.
_VICTIMS: Mapping[str, frozenset[int]] = MappingProxyType({
    "Excessive force against protesters": frozenset({5, 6, 7}),
    "Attack": frozenset({5, 6, 7}),
    "Abduction/forced disappearance": frozenset({5, 6, 7}),
    "Sexual violence": frozenset({5, 6, 7}),
    "Mob violence": frozenset({7}),
    "Arrests": frozenset({2, 3, 4, 5, 6, 7, 8}),
})
#: Sub-event types where the crowd (inter 5 or 6) is the one acting.
_CROWD_ACTS = frozenset({"Peaceful protest", "Protest with intervention",
                         "Violent demonstration"})
#: Sub-event types where both sides use force (PLOVER codes both as sources).
_BOTH_ACT = frozenset({"Armed clash"})


@dataclass(frozen=True, slots=True)
class Party:
    """One actor of an event as the exports code it."""

    name: str  # willay's name
    actor_type: str | None  # willay's type label
    inter: int | None  # ACLED's code for this event, None when the type is not one of the eight
    acled_name: str  # ACLED-style name
    assoc: tuple[str, ...]  # associated actors (the group that formed a crowd)

    @property
    def acled_type(self) -> str | None:
        return ACTOR_TYPES.get(self.inter) if self.inter is not None else None


@dataclass(frozen=True, slots=True)
class Roles:
    """The actors of an event by what they did: ``source`` acted on ``target``."""

    source: tuple[Party, ...]
    target: tuple[Party, ...]
    one_sided: bool

    @property
    def acled_pair(self) -> tuple[Party | None, Party | None]:
        """ACLED's actor1 and actor2: the perpetrator first in one-sided violence."""
        ordered = [*self.source, *self.target]
        return (ordered[0] if ordered else None, ordered[1] if len(ordered) > 1 else None)


def inter_code(actor_type: str | None, event_type: str) -> int | None:
    """ACLED's inter code of an actor of ``actor_type`` in an event of ``event_type``.

    Demonstrators are Protesters (6) in Protests and Rioters (5) in Riots; an actor whose
    type is none of the eight (an organisation) is the crowd in a demonstration event and
    unknown (``None``) elsewhere.
    """
    code = INTER_CODES.get((actor_type or "").strip().casefold())
    if code in (5, 6, None) and event_type in ("Protests", "Riots"):
        return 6 if event_type == "Protests" else 5
    return code


def party(name: str, actor_type: str | None, event_type: str, country_code: str | None,
          extra_assoc: Sequence[str] = ()) -> Party:
    """An actor with its ACLED type and ACLED-style name (see the module docstring)."""
    inter = inter_code(actor_type, event_type)
    found = country(country_code)
    where = found.acled_name if found else None
    acled_name = name
    assoc: list[str] = []
    if inter in (5, 6, 7):
        label = ACTOR_TYPES[inter]
        acled_name = f"{label} ({where})" if where else label
        if name.strip().casefold() not in _GENERIC:
            assoc.append(name)
    elif inter == 1 and where and name.strip().casefold() in _STATE_NAMES:
        acled_name = _STATE_NAMES[name.strip().casefold()].format(country=where)
    for extra in extra_assoc:
        if extra not in assoc and extra != name:
            assoc.append(extra)
    return Party(name, actor_type, inter, acled_name, tuple(assoc))


def roles(sub_event_type: str, event_type: str, actors: Sequence[tuple[str, str | None]],
          country_code: str | None, assoc_actors: Sequence[str] = ()) -> Roles:
    """Source and target of an event from its actors ``[(name, type), ...]`` in text order.

    ``assoc_actors`` (the reports' associated actors) go with the first actor.
    """
    parties = [party(name, kind, event_type, country_code, assoc_actors if i == 0 else ())
               for i, (name, kind) in enumerate(actors) if name]
    if sub_event_type in _BOTH_ACT:
        return Roles(tuple(parties), (), False)
    victims_codes = _VICTIMS.get(sub_event_type)
    if victims_codes is not None:
        victims = [p for p in parties if p.inter in victims_codes]
        others = [p for p in parties if p.inter not in victims_codes]
        if sub_event_type in ("Excessive force against protesters", "Arrests") and not victims:
            victims = [p for p in parties if p.inter != 1]
            others = [p for p in parties if p.inter == 1]
        if victims and (others or len(parties) == 1):
            return Roles(tuple(others), tuple(victims), True)
        return Roles(tuple(parties[:1]), tuple(parties[1:]), True)
    if sub_event_type in _CROWD_ACTS:
        crowd = [p for p in parties if p.inter in (5, 6)]
        rest = [p for p in parties if p.inter not in (5, 6)]
        if crowd:
            return Roles(tuple(crowd), tuple(rest), False)
    return Roles(tuple(parties[:1]), tuple(parties[1:]), False)


def interaction(first: Party | None, second: Party | None) -> int | None:
    """ACLED's two-digit interaction code: the two inter codes, lower first; ``X0`` alone.

    ``None`` when an actor's type is unknown (not one of the eight).
    """
    present = [p for p in (first, second) if p is not None]
    if not present or any(p.inter is None for p in present):
        return None
    codes = sorted(p.inter for p in present if p.inter is not None)
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]
