"""Place: a resolved location with its administrative hierarchy and coordinates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry chosen for a place mention.

    ``feature`` is one of ``country``, ``admin1``, ``admin2``, ``admin3``, ``populated``
    (a city, town, village or neighbourhood) or ``site`` (a square, road, building).
    ``geo_precision`` follows ACLED: 1 the town itself, 2 part of or near a town,
    3 a region only. :data:`NOWHERE` (feature ``unknown``, empty name and country) stands
    for an event whose text gives no place that can be known: it is reported with every
    place field null.
    """

    name: str
    country: str
    feature: str
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    population: int = 0
    geo_precision: int = 1
    reasons: tuple[str, ...] = field(default=(), compare=False)

    @property
    def location(self) -> str | None:
        """Finest named place below the first-level region, or ``None`` for regions."""
        if self.feature in ("country", "admin1", "unknown"):
            return None
        return self.name

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "feature": self.feature,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geonameid": self.geonameid,
            "population": self.population,
            "geo_precision": self.geo_precision,
            "reasons": list(self.reasons),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(
            name=data["name"],
            country=data["country"],
            feature=data["feature"],
            admin1=data.get("admin1"),
            admin2=data.get("admin2"),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            geonameid=data.get("geonameid"),
            population=int(data.get("population") or 0),
            geo_precision=int(data.get("geo_precision") or 1),
            reasons=tuple(data.get("reasons") or ()),
        )


#: The place of an event whose text names no place that can be known (a brief that names
#: neither a country nor a town the gazetteer can tell apart): every place field is null.
NOWHERE = Place(name="", country="", feature="unknown", geo_precision=3)
