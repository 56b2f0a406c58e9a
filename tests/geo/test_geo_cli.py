"""The geocode and gazetteer commands, over a fictional gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from willay.cli.main import cli
from willay.geo import resolver as resolver_module
from willay.geo.build import PlaceRow, write_index
from willay.geo.index import Gazetteer
from willay.geo.resolver import Resolver


@pytest.fixture()
def fictional(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Resolver:
    rows = [
        PlaceRow("Esterby", "XA", "populated", "Norvale", None, 1.0, 2.0, 5, 500, "test"),
        PlaceRow("Esterby", "XA", "populated", "Sudmark", None, 3.0, 4.0, 6, 400, "test"),
        PlaceRow("Sudmark", "XA", "admin1", "Sudmark", None, None, None, 7, 0, "test"),
    ]
    path = tmp_path / "g.sqlite"
    write_index(rows, path, {"build_version": "test"})
    res = Resolver(Gazetteer(path))
    monkeypatch.setattr(resolver_module, "default_resolver", lambda: res)
    return res


def test_geocode_table_shows_candidates_and_reasons(fictional: Resolver) -> None:
    out = CliRunner().invoke(cli, ["geocode", "Esterby"])
    assert out.exit_code == 0, out.output
    assert "2 candidate(s); chosen: none (ambiguous" in out.output
    assert "Esterby [populated] Norvale, XA" in out.output
    assert "main name +0.5" in out.output


def test_geocode_json_with_context(fictional: Resolver) -> None:
    out = CliRunner().invoke(cli, ["geocode", "Esterby", "--context", "Sudmark",
                                   "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["chosen"]["admin1"] == "Sudmark"
    assert data["candidates"][0]["reasons"][-1].startswith("region named nearby")


def test_geocode_unknown_name_exits_non_zero(fictional: Resolver) -> None:
    out = CliRunner().invoke(cli, ["geocode", "Atlantis"])
    assert out.exit_code == 1 and "not in the gazetteer" in out.stderr and not out.stdout
    as_json = CliRunner().invoke(cli, ["geocode", "Atlantis", "--format", "json"])
    assert as_json.exit_code == 1 and json.loads(as_json.stdout)["candidates"] == []


def test_geocode_country_by_name_or_code(fictional: Resolver) -> None:
    by_code = CliRunner().invoke(cli, ["geocode", "Esterby", "--country", "pe", "--format",
                                       "json"])
    by_name = CliRunner().invoke(cli, ["geocode", "Esterby", "--country", "Perú", "--format",
                                       "json"])
    assert by_code.exit_code == by_name.exit_code
    assert json.loads(by_code.stdout) == json.loads(by_name.stdout)
    bad = CliRunner().invoke(cli, ["geocode", "Esterby", "--country", "Narnia"])
    assert bad.exit_code == 2 and "not a country code or name" in bad.stderr


def test_gazetteer_info(fictional: Resolver) -> None:
    out = CliRunner().invoke(cli, ["gazetteer", "info"])
    assert out.exit_code == 0 and "build_version: test" in out.output


def test_gazetteer_import_reports_a_bad_file(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WILLAY_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "admin1CodesASCII.txt"
    bad.write_text("XA.07\tCumbre\tCumbre\t900\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["gazetteer", "import", str(bad)])
    assert out.exit_code == 1
    assert "no GeoNames place dump given" in out.output
