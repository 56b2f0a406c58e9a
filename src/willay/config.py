"""Settings: the one place where defaults live, each overridable by an environment variable.

Every default is documented here; the CLI flags override them per call.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

from willay.errors import ConfigError

#: Database used when neither ``--db`` nor ``WILLAY_DB`` is given: a SQLite file in the
#: working directory.
DEFAULT_DB_URL = "sqlite:///willay.db"
#: Largest input accepted per document, in bytes (``WILLAY_MAX_BYTES``).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: Events below this confidence are dropped by ``extract --min-confidence`` only when asked.
DEFAULT_MIN_CONFIDENCE = 0.0
#: Longest time, in seconds, that the extraction of one document may take
#: (``WILLAY_TIME_BUDGET``; 0 turns the limit off). Extraction time grows linearly with the
#: text (about 30 s for a 5 MiB text on one busy core); a document over the budget keeps no
#: events and gets a warning instead of holding its worker.
DEFAULT_TIME_BUDGET = 120.0


def _cache_dir() -> Path:
    env = os.environ.get("WILLAY_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "willay"


@dataclass(frozen=True)
class Settings:
    """Resolved settings for one run. Every value is checked: a bad one is a
    :class:`~willay.errors.ConfigError` with a one-line message naming it."""

    db_url: str = DEFAULT_DB_URL
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: Path = field(default_factory=_cache_dir)
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    time_budget: float = DEFAULT_TIME_BUDGET

    def __post_init__(self) -> None:
        if not isinstance(self.db_url, str) or not self.db_url.strip():
            raise ConfigError("the database URL is empty (WILLAY_DB, --db)")
        _check_int("max_bytes", self.max_bytes, minimum=1)
        _check_number("min_confidence", self.min_confidence, low=0.0, high=1.0)
        _check_number("time_budget", self.time_budget, low=0.0, high=None)

    @classmethod
    def from_env(cls) -> Settings:
        """The settings from the environment (defaults for what is unset or empty)."""
        return cls(
            db_url=os.environ.get("WILLAY_DB", "").strip() or DEFAULT_DB_URL,
            max_bytes=_env_int("WILLAY_MAX_BYTES", DEFAULT_MAX_BYTES, minimum=1,
                               unit="a whole number of bytes"),
            cache_dir=_cache_dir(),
            min_confidence=_env_number("WILLAY_MIN_CONFIDENCE", DEFAULT_MIN_CONFIDENCE,
                                       low=0.0, high=1.0, unit="a number from 0 to 1"),
            time_budget=time_budget_from_env(),
        )


def time_budget_from_env() -> float:
    """``WILLAY_TIME_BUDGET`` in seconds (the default when unset; 0 for no limit)."""
    return _env_number("WILLAY_TIME_BUDGET", DEFAULT_TIME_BUDGET, low=0.0, high=None,
                       unit="a number of seconds (0 for no limit)")


def _env_int(name: str, default: int, *, minimum: int, unit: str) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise ConfigError(f"{name}={raw!r}: expected {unit}, at least {minimum}")
    return value


def _env_number(name: str, default: float, *, low: float, high: float | None,
                unit: str) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not _in_range(value, low, high):
        raise ConfigError(f"{name}={raw!r}: expected {unit}")
    return value


def _in_range(value: float, low: float, high: float | None) -> bool:
    return math.isfinite(value) and value >= low and (high is None or value <= high)


def _check_int(name: str, value: object, *, minimum: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ConfigError(f"setting {name}={value!r}: expected a whole number, at least "
                          f"{minimum}")


def _check_number(name: str, value: object, *, low: float, high: float | None) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or \
            not _in_range(float(value), low, high):
        span = f"from {low:g} to {high:g}" if high is not None else f"of at least {low:g}"
        raise ConfigError(f"setting {name}={value!r}: expected a number {span}")
