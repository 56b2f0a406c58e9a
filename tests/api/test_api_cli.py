"""Tests of ``willay serve``: options, token checks, and a real server answering on a port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from willay.api.server import token_from_env
from willay.cli.main import cli
from willay.errors import ConfigError


def test_serve_is_registered_with_its_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0, result.output
    for option in ("--db", "--host", "--port", "--ingest-token-env", "--tile-url"):
        assert option in result.output


def test_token_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    assert token_from_env(None) is None
    monkeypatch.setenv("WILLAY_TEST_TOKEN", "short")
    with pytest.raises(ConfigError, match="WILLAY_TEST_TOKEN"):
        token_from_env("WILLAY_TEST_TOKEN")
    monkeypatch.delenv("WILLAY_TEST_TOKEN")
    with pytest.raises(ConfigError, match="unset"):
        token_from_env("WILLAY_TEST_TOKEN")
    monkeypatch.setenv("WILLAY_TEST_TOKEN", "0123456789abcdef")
    assert token_from_env("WILLAY_TEST_TOKEN") == "0123456789abcdef"


def test_missing_token_is_a_one_line_error() -> None:
    env = {k: v for k, v in os.environ.items() if k != "WILLAY_NO_SUCH_TOKEN"}
    result = CliRunner(env=env).invoke(cli, ["serve", "--ingest-token-env",
                                             "WILLAY_NO_SUCH_TOKEN"])
    assert result.exit_code != 0
    assert "WILLAY_NO_SUCH_TOKEN" in result.output


def test_serve_answers_on_its_port(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = f"sqlite:///{tmp_path / 'served.db'}"
    env = dict(os.environ, WILLAY_SERVE_TOKEN="0123456789abcdef0123")
    proc = subprocess.Popen(
        [sys.executable, "-m", "willay.cli.main", "serve", "--db", db, "--port", str(port),
         "--ingest-token-env", "WILLAY_SERVE_TOKEN"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(base + "/api/health", timeout=2)
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"willay serve did not start: {out[-2000:]}")
                time.sleep(0.2)
        assert r.json() == {"status": "ok"}
        assert httpx.get(base + "/api/events").json()["total"] == 0
        assert httpx.get(base + "/api/config").json()["ingest_enabled"] is True
        assert "Content-Security-Policy" in httpx.get(base + "/").headers
    finally:
        proc.terminate()
        proc.wait(timeout=20)
