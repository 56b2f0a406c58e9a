"""Event filters of the API: parsing and checking of query parameters, and matching in memory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from willay.api.schemas import EventSummary
from willay.errors import ConfigError

#: Largest page of events the API returns at once.
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100


@dataclass(frozen=True, slots=True)
class BBox:
    """A bounding box in degrees: west, south, east, north (east < west crosses 180°)."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, value: str) -> BBox:
        """``"-80,-20,-65,-5"`` -> BBox; a clear error naming the value otherwise."""
        parts = value.split(",")
        try:
            west, south, east, north = (float(p) for p in parts)
        except ValueError:
            raise ConfigError(
                f"bbox {value!r}: expected west,south,east,north in degrees") from None
        if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
            raise ConfigError(f"bbox {value!r}: out of range or south > north")
        return cls(west, south, east, north)

    def contains(self, lon: float, lat: float) -> bool:
        if not self.south <= lat <= self.north:
            return False
        if self.west <= self.east:
            return self.west <= lon <= self.east
        return lon >= self.west or lon <= self.east


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the events endpoint, the exports and the dashboard filter on.

    Types and places match exactly (``country`` as an ISO code, any case); ``actor`` and
    ``q`` are case-insensitive substrings (``q`` over location, admin1, actors and types);
    dates select events whose date range overlaps ``[date_from, date_to]``.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: BBox | None = None
    actor: str | None = None
    q: str | None = None
    min_confidence: float | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ConfigError(f"date_from {self.date_from} is after date_to {self.date_to}")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise ConfigError(f"min_confidence {self.min_confidence}: expected 0..1")

    def matches(self, event: EventSummary) -> bool:
        """The in-memory meaning of the filter (the store query implements the same)."""
        checks = (
            self._dates_match(event),
            not self.event_type or event.event_type == self.event_type,
            not self.sub_event_type or event.sub_event_type == self.sub_event_type,
            not self.country or (event.country or "").upper() == self.country.upper(),
            not self.admin1 or event.admin1 == self.admin1,
            self.bbox is None or (event.latitude is not None and event.longitude is not None
                                  and self.bbox.contains(event.longitude, event.latitude)),
            not self.actor or _contains(self.actor, event.actor1, event.actor2),
            not self.q or _contains(self.q, event.location, event.admin1, event.actor1,
                                    event.actor2, event.event_type, event.sub_event_type),
            self.min_confidence is None
            or (event.confidence is not None and event.confidence >= self.min_confidence),
        )
        return all(checks)

    def _dates_match(self, event: EventSummary) -> bool:
        if self.date_from is None and self.date_to is None:
            return True
        if event.date_start is None:
            return False
        start = dt.date.fromisoformat(event.date_start)
        end = dt.date.fromisoformat(event.date_end or event.date_start)
        if self.date_from and end < self.date_from:
            return False
        return not (self.date_to and start > self.date_to)


def _contains(needle: str, *haystacks: str | None) -> bool:
    low = needle.casefold()
    return any(h is not None and low in h.casefold() for h in haystacks)

