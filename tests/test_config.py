"""Settings: every value from the environment or the code is checked, in one line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from willay.cli.main import cli, main
from willay.config import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET, Settings
from willay.errors import ConfigError


@pytest.mark.parametrize(("name", "value"), [
    ("WILLAY_MAX_BYTES", "abc"), ("WILLAY_MAX_BYTES", "0"), ("WILLAY_MAX_BYTES", "-1"),
    ("WILLAY_MAX_BYTES", "1.5"), ("WILLAY_MIN_CONFIDENCE", "2"),
    ("WILLAY_MIN_CONFIDENCE", "nan"), ("WILLAY_TIME_BUDGET", "-3"),
    ("WILLAY_TIME_BUDGET", "inf"), ("WILLAY_TIME_BUDGET", "soon"),
])
def test_bad_environment_values_are_one_line_errors(monkeypatch: pytest.MonkeyPatch,
                                                    name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        Settings.from_env()
    assert str(caught.value).startswith(f"{name}={value!r}: expected")
    assert "\n" not in str(caught.value)


def test_unset_or_empty_values_are_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("WILLAY_DB", "WILLAY_MAX_BYTES", "WILLAY_TIME_BUDGET"):
        monkeypatch.setenv(name, "  ")
    settings = Settings.from_env()
    assert settings.max_bytes == DEFAULT_MAX_BYTES
    assert settings.time_budget == DEFAULT_TIME_BUDGET
    assert settings.db_url == "sqlite:///willay.db"
    monkeypatch.setenv("WILLAY_MAX_BYTES", "1_000")
    monkeypatch.setenv("WILLAY_TIME_BUDGET", "0")
    assert (Settings.from_env().max_bytes, Settings.from_env().time_budget) == (1000, 0.0)


def test_settings_built_in_code_are_checked_too() -> None:
    for kwargs in ({"max_bytes": 0}, {"max_bytes": True}, {"min_confidence": -0.1},
                   {"time_budget": float("nan")}, {"db_url": ""}):
        with pytest.raises(ConfigError):
            Settings(**kwargs)  # type: ignore[arg-type]


def test_every_command_reports_a_bad_setting_in_one_line(monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    monkeypatch.setenv("WILLAY_MAX_BYTES", "abc")
    monkeypatch.setattr("sys.argv", ["willay", "extract", "samples"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err == "error: WILLAY_MAX_BYTES='abc': expected a whole number of bytes, at least 1\n"
    result = CliRunner().invoke(cli, ["ingest", "samples", "--db", "sqlite://"])
    assert result.exit_code != 0 and "Traceback" not in result.output
