"""The data tables of the exports: countries (names, codes, regions) and known news outlets."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit


def _rows(name: str) -> list[dict[str, str]]:
    text = (resources.files("willay.export") / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@dataclass(frozen=True, slots=True)
class Country:
    """One country as ACLED and UCDP GED name it (``data/countries.csv``)."""

    code: str  # ISO 3166-1 alpha-2
    alpha3: str
    numeric: int | None
    acled_name: str
    ucdp_name: str
    acled_region: str
    ucdp_region: str | None


@lru_cache(maxsize=1)
def _countries() -> dict[str, Country]:
    return {r["code"]: Country(r["code"], r["alpha3"],
                               int(r["numeric"]) if r["numeric"] else None, r["acled_name"],
                               r["ucdp_name"], r["acled_region"], r["ucdp_region"] or None)
            for r in _rows("countries.csv")}


def country(code: str | None) -> Country | None:
    """The country of an ISO alpha-2 code, or ``None`` (unknown code or no code)."""
    return _countries().get(code.upper()) if code else None


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news outlet whose reach is known (``data/outlets.csv``)."""

    host: str
    name: str
    country: str | None
    reach: str  # local | subnational | national | regional | international


@lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    by_host: dict[str, Outlet] = {}
    by_name: dict[str, Outlet] = {}
    for r in _rows("outlets.csv"):
        outlet = Outlet(r["host"].lower(), r["name"], r["country"].upper() or None, r["reach"])
        by_host.setdefault(outlet.host, outlet)
        by_name.setdefault(outlet.name.casefold(), outlet)
    return by_host, by_name


def host_of(url: str | None) -> str | None:
    """The host of a web address without ``www.`` (``None`` when there is none)."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def outlet(publisher: str | None, url: str | None) -> Outlet | None:
    """The known outlet named ``publisher`` or serving ``url`` (its host or a parent domain)."""
    by_host, by_name = _outlets()
    if publisher and publisher.casefold() in by_name:
        return by_name[publisher.casefold()]
    host = host_of(url)
    while host:
        if host in by_host:
            return by_host[host]
        _, _, host = host.partition(".")
        if "." not in host:
            return None
    return None
