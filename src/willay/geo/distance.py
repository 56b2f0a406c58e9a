"""Distance: the great-circle distance between two points given by latitude and longitude."""

from __future__ import annotations

import math
from typing import Protocol

#: Mean radius of the Earth, in kilometres.
EARTH_RADIUS_KM = 6371.0


class Located(Protocol):
    """Anything with a latitude and a longitude (a Place, an EventReport)."""

    @property
    def latitude(self) -> float | None: ...

    @property
    def longitude(self) -> float | None: ...


def km(a: Located, b: Located) -> float | None:
    """Kilometres between ``a`` and ``b`` (haversine), ``None`` when a coordinate is missing."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (float(a.latitude), float(a.longitude),
                                                float(b.latitude), float(b.longitude)))
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return EARTH_RADIUS_KM * 2 * math.asin(min(1.0, math.sqrt(h)))
