"""Settings: the one place where defaults live, each overridable by an environment variable.

Every default is documented here; the CLI flags override them per call.
"""

from __future__ import annotations

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
#: text (about 25 s for a 5 MiB text on one core); a document over the budget keeps no
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
    """Resolved settings for one run."""

    db_url: str = DEFAULT_DB_URL
    max_bytes: int = DEFAULT_MAX_BYTES
    cache_dir: Path = field(default_factory=_cache_dir)
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    time_budget: float = DEFAULT_TIME_BUDGET

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            db_url=os.environ.get("WILLAY_DB", DEFAULT_DB_URL),
            max_bytes=int(os.environ.get("WILLAY_MAX_BYTES", DEFAULT_MAX_BYTES)),
            cache_dir=_cache_dir(),
            min_confidence=float(os.environ.get("WILLAY_MIN_CONFIDENCE", DEFAULT_MIN_CONFIDENCE)),
            time_budget=time_budget_from_env(),
        )


def time_budget_from_env() -> float:
    """``WILLAY_TIME_BUDGET`` in seconds (the default when unset; 0 for no limit)."""
    raw = os.environ.get("WILLAY_TIME_BUDGET", "").strip()
    if not raw:
        return DEFAULT_TIME_BUDGET
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise ConfigError(f"WILLAY_TIME_BUDGET={raw!r}: expected a number of seconds "
                          f"(0 for no limit)")
    return value
