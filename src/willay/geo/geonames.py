"""GeoNames dump import: turn full GeoNames files into a gazetteer extension in the cache.

Accepted inputs (recognised by file name, each a ``.txt`` or a ``.zip`` holding one):
a place dump (``allCountries``, or a country file such as ``PE``), ``admin1CodesASCII.txt``,
``admin2Codes.txt`` and, optionally, ``alternateNamesV2`` (or ``alternateNames``). The
import writes one TSV file per place dump to ``<cache>/geonames/``; every later build of
the index reads those files, and their places replace the packaged ones with the same
GeoNames id.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from willay.errors import InputError
from willay.geo.build import PlaceRow
from willay.geo.normalize import display_name, is_latin
from willay.geo.sources import read_csv
from willay.lang.language import alternate_name_languages

#: GeoNames feature codes kept, and the feature they become.
FEATURES = MappingProxyType({"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3",
                             "SQR": "site", "PPLX": "populated"})
#: Alternate-name languages kept: those the supported languages ask for (``language.toml``,
#: ``[gazetteer]``: Spanish adds Quechua and Aymara), a name with no language ("") and
#: abbreviations.
LANGUAGES = frozenset({"", "abbr"}) | alternate_name_languages()
_COLUMNS = ("name", "country", "feature", "admin1", "admin2", "latitude", "longitude",
            "geonameid", "population", "aliases")


@dataclass(slots=True)
class ImportSummary:
    """What one import wrote."""

    places: int
    aliases: int
    outputs: list[Path]


@contextmanager
def _open_text(path: Path) -> Iterator[io.TextIOBase]:
    """A GeoNames ``.txt`` file, or the ``.txt`` member of a ``.zip`` of the same stem."""
    if not path.is_file():
        raise InputError(str(path), "file not found")
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise InputError(str(path), "not a zip archive") from exc
        with archive:
            members = [n for n in archive.namelist() if n.endswith(".txt")
                       and not n.lower().startswith("readme")]
            if not members:
                raise InputError(str(path), "no .txt file inside the archive")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    else:
        with path.open(encoding="utf-8", newline="\n") as handle:
            yield handle


def _kind(path: Path) -> str:
    stem = path.name.split(".")[0].lower()
    if stem.startswith("admin1codes"):
        return "admin1"
    if stem.startswith("admin2codes"):
        return "admin2"
    if stem.startswith("alternatenames"):
        return "alternates"
    return "places"


def _read_codes(path: Path) -> dict[str, str]:
    codes = {}
    with _open_text(path) as handle:
        for line in handle:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 2 and row[0]:
                codes[row[0]] = row[1]
    return codes


def _read_places(path: Path, admin1: dict[str, str], admin2: dict[str, str]) -> list[PlaceRow]:
    overrides = {row["code"]: row["name"] for row in read_csv("admin1_names.csv")}
    rows = []
    with _open_text(path) as handle:
        for number, line in enumerate(handle, start=1):
            row = line.rstrip("\n").split("\t")
            if len(row) < 15:
                raise InputError(f"{path}:{number}", "not a GeoNames place dump (19 columns)")
            fclass, fcode = row[6], row[7]
            if fclass == "P":
                feature = FEATURES.get(fcode, "populated")
            elif fcode in FEATURES:
                feature = FEATURES[fcode]
            else:
                continue
            country = row[8]
            code1 = f"{country}.{row[10]}"
            a1 = overrides.get(code1) or admin1.get(code1)
            a2 = admin2.get(f"{code1}.{row[11]}") if row[11] else None
            name = row[1]
            if feature == "admin1":
                name = overrides.get(code1) or name
                a1 = name
            elif feature == "admin2":
                name = display_name(name)
            try:
                lat, lon = float(row[4]), float(row[5])
            except ValueError:
                lat = lon = None  # type: ignore[assignment]
            rows.append(PlaceRow(name, country, feature, a1, display_name(a2) if a2 else None,
                                 lat, lon, int(row[0]), int(row[14] or 0), "geonames",
                                 [a for a in row[3].split(",") if a and is_latin(a)][:50]))
    return rows


def _add_alternates(path: Path, rows: list[PlaceRow]) -> int:
    by_id = {r.geonameid: r for r in rows}
    added = 0
    with _open_text(path) as handle:
        for line in handle:
            row = line.rstrip("\n").split("\t")
            if len(row) < 4 or row[2] not in LANGUAGES:
                continue
            if len(row) > 7 and row[7] == "1":  # historic
                continue
            target = by_id.get(int(row[1])) if row[1].isdigit() else None
            if target is not None and is_latin(row[3]) and row[3] not in target.aliases:
                target.aliases.append(row[3])
                added += 1
    return added


def import_dumps(paths: Sequence[Path], cache_dir: Path) -> ImportSummary:
    """Convert GeoNames dumps into extension files under ``<cache>/geonames/``."""
    by_kind: dict[str, list[Path]] = {}
    for path in paths:
        by_kind.setdefault(_kind(path), []).append(path)
    if not by_kind.get("places"):
        raise InputError(", ".join(str(p) for p in paths), "no GeoNames place dump given "
                         "(allCountries.zip or a country file such as PE.zip)")
    admin1: dict[str, str] = {}
    admin2: dict[str, str] = {}
    for path in by_kind.get("admin1", []):
        admin1.update(_read_codes(path))
    for path in by_kind.get("admin2", []):
        admin2.update(_read_codes(path))
    target = cache_dir / "geonames"
    target.mkdir(parents=True, exist_ok=True)
    places = aliases = 0
    outputs = []
    for path in by_kind["places"]:
        rows = _read_places(path, admin1, admin2)
        for alt in by_kind.get("alternates", []):
            aliases += _add_alternates(alt, rows)
        out = target / f"{path.name.split('.')[0]}.tsv"
        write_extension(rows, out)
        places += len(rows)
        outputs.append(out)
    return ImportSummary(places, aliases, outputs)


def write_extension(rows: Sequence[PlaceRow], path: Path) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(_COLUMNS)
        for r in sorted(rows, key=lambda r: r.geonameid or 0):
            writer.writerow([r.name, r.country, r.feature, r.admin1 or "", r.admin2 or "",
                             "" if r.latitude is None else r.latitude,
                             "" if r.longitude is None else r.longitude,
                             r.geonameid or "", r.population, "|".join(r.aliases)])
    tmp.replace(path)


def read_extension(path: Path) -> Iterator[PlaceRow]:
    """Places of an extension file written by :func:`write_extension`."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            yield PlaceRow(
                row["name"], row["country"], row["feature"], row["admin1"] or None,
                row["admin2"] or None,
                float(row["latitude"]) if row["latitude"] else None,
                float(row["longitude"]) if row["longitude"] else None,
                int(row["geonameid"]) if row["geonameid"] else None,
                int(row["population"] or 0), "geonames",
                [a for a in row["aliases"].split("|") if a])
