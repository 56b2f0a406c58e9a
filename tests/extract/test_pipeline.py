"""Pipeline: the per-document time budget stops a long extraction with a warning."""

from __future__ import annotations

import itertools
import json

import pytest
from click.testing import CliRunner

import willay.extract.pipeline as pipeline
from willay.cli.main import cli
from willay.errors import ConfigError
from willay.extract.pipeline import BUDGET_WARNING, extract
from willay.model import Document

TEXT = ("LIRPA (Wire) - Hundreds of teachers marched in Lima on Monday, 3 March 2025, "
        "and police arrested 12 of them, the ombudsman said.")


@pytest.fixture
def slow_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock on which every component seems to take ten seconds."""
    ticks = itertools.count(0.0, 10.0)
    monkeypatch.setattr(pipeline.time, "monotonic", lambda: next(ticks))


def test_a_spent_budget_stops_before_the_next_component_and_says_so(slow_clock: None) -> None:
    doc = extract(Document(id="d", text=TEXT, language="en"), time_budget=25)
    assert doc.reports == [] and doc.tallies == []
    (warning,) = [w for w in doc.warnings if w.startswith(BUDGET_WARNING)]
    assert "time budget of 25 s spent" in warning and "WILLAY_TIME_BUDGET" in warning
    assert "stopped before willay.PlaceFinder.v1" in warning  # after three components


def test_no_budget_or_a_large_one_runs_every_component(slow_clock: None) -> None:
    for budget in (0, 1000):
        doc = extract(Document(id="d", text=TEXT, language="en"), time_budget=budget)
        assert doc.reports, budget
        assert not any(w.startswith(BUDGET_WARNING) for w in doc.warnings)


def test_the_budget_comes_from_the_environment(slow_clock: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WILLAY_TIME_BUDGET", "15")
    doc = extract(Document(id="d", text=TEXT, language="en"))
    assert any("time budget of 15 s" in w for w in doc.warnings)
    for bad in ("abc", "-1", "nan", "inf"):
        monkeypatch.setenv("WILLAY_TIME_BUDGET", bad)
        with pytest.raises(ConfigError, match="WILLAY_TIME_BUDGET"):
            extract(Document(id="d", text=TEXT, language="en"))


def test_extract_command_prints_the_budget_warning(slow_clock: None, tmp_path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "long.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("WILLAY_TIME_BUDGET", "5")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "long.txt")])
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "time budget of 5 s" in result.stderr
    line = json.loads(result.stdout)
    assert line["events"] == [] and line["warnings"]
