"""Gazetteer coverage: how many gold event locations resolve to the gold country and admin1."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from willay.errors import InputError
from willay.geo.normalize import fold
from willay.geo.resolver import Resolver


@dataclass(slots=True)
class CoverageReport:
    """Counts over the gold events that have a non-null ``location``."""

    total: int = 0
    country_ok: int = 0
    admin1_ok: int = 0
    misses: list[dict[str, str | None]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"total": self.total, "country_ok": self.country_ok, "admin1_ok": self.admin1_ok,
                "misses": self.misses}


def location_coverage(gold_path: Path, resolver: Resolver, *,
                      use_country: bool = True) -> CoverageReport:
    """Resolve each gold ``location`` (with the gold country as a hint when ``use_country``)
    and count the events whose country, and country and admin1, come out right.

    A gold admin1 of ``null`` counts as right when the resolved place has the right country.
    """
    report = CoverageReport()
    try:
        lines = gold_path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(gold_path), f"cannot read gold file ({exc.strerror})") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{gold_path}:{number}", f"not JSON ({exc.msg})") from exc
        for event in record.get("events", []):
            location = event.get("location")
            if not location:
                continue
            report.total += 1
            country = event.get("country")
            place = resolver.resolve(location, country=country if use_country else None)
            got_country = place.country if place else None
            got_admin1 = place.admin1 if place else None
            if place is not None and got_country == country:
                report.country_ok += 1
                gold_admin1 = event.get("admin1")
                if gold_admin1 is None or (got_admin1 and fold(got_admin1) == fold(gold_admin1)):
                    report.admin1_ok += 1
                    continue
            report.misses.append({"id": record.get("id"), "location": location,
                                  "country": country, "admin1": event.get("admin1"),
                                  "got_country": got_country, "got_admin1": got_admin1})
    return report
