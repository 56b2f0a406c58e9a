"""Gazetteer index: read-only lookups of folded names in the SQLite file that the build writes."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from willay.errors import GazetteerError
from willay.geo.normalize import fold


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the index as found under a lookup key (``main``: the key is its main name)."""

    id: int
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
    capital: bool
    main: bool


_COLUMNS = ("p.id, p.name, p.country, p.feature, p.admin1, p.admin2, p.latitude, p.longitude, "
            "p.geonameid, p.population, p.source, p.capital")


def _entry(row: tuple[Any, ...], *, main: bool) -> Entry:
    return Entry(id=row[0], name=row[1], country=row[2], feature=row[3], admin1=row[4],
                 admin2=row[5], latitude=row[6], longitude=row[7], geonameid=row[8],
                 population=row[9], source=row[10], capital=bool(row[11]), main=main)


class Gazetteer:
    """Read-only view of one index file; lookups are cached on the instance."""

    def __init__(self, path: Path, *, cache_size: int = 65536) -> None:
        if not path.is_file():
            raise GazetteerError(f"{path}: gazetteer index not found")
        self.path = path
        try:
            self._connection = self._connect()
            self._connection.execute("SELECT 1 FROM name LIMIT 1").fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: not a gazetteer index ({exc})") from exc
        self._pid = os.getpid()
        self.lookup_key = lru_cache(maxsize=cache_size)(self._lookup_key)
        self.has_key = lru_cache(maxsize=cache_size)(self._has_key)
        self.country = lru_cache(maxsize=512)(self._country)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    @property
    def _con(self) -> sqlite3.Connection:
        """The connection of this process: a process forked from the one that opened the
        index (a batch worker) opens its own, as SQLite asks, and keeps the cached
        lookups it inherited."""
        if self._pid != os.getpid():
            self._connection = self._connect()
            self._pid = os.getpid()
        return self._connection

    def _lookup_key(self, key: str) -> tuple[Entry, ...]:
        rows = self._con.execute(
            f"SELECT {_COLUMNS}, n.main FROM name n JOIN place p ON p.id = n.place "
            "WHERE n.key = ? ORDER BY p.id", (key,)).fetchall()
        seen: dict[int, Entry] = {}
        for row in rows:
            entry = _entry(row, main=bool(row[12]))
            if entry.id not in seen or (entry.main and not seen[entry.id].main):
                seen[entry.id] = entry
        return tuple(seen.values())

    def _has_key(self, key: str) -> bool:
        row = self._con.execute("SELECT 1 FROM name WHERE key = ? LIMIT 1", (key,)).fetchone()
        return row is not None

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Entries whose name or alternate name folds to the same key as ``name``."""
        return self.lookup_key(fold(name))

    def _country(self, code: str) -> Entry | None:
        row = self._con.execute(
            f"SELECT {_COLUMNS}, 1 FROM place p WHERE p.feature = 'country' AND p.country = ? "
            "ORDER BY p.id LIMIT 1", (code.upper(),)).fetchone()
        return _entry(row, main=True) if row else None

    def meta(self) -> dict[str, str]:
        return dict(self._con.execute("SELECT key, value FROM meta").fetchall())

    def close(self) -> None:
        self._connection.close()
