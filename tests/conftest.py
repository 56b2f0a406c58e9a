"""Shared fixtures: paths to the shared evaluation data and hand-built objects."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The property-based (fuzz) tests run with a fixed seed and a bounded number of examples,
# so that CI is repeatable and quick; WILLAY_FUZZ_EXAMPLES raises the bound for a longer
# hunt on a workstation.
settings.register_profile(
    "willay",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("WILLAY_FUZZ_EXAMPLES", "60")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)
settings.load_profile("willay")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared evaluation data beside the repository; CI always has it."""
    if not SHARED.is_dir():
        pytest.fail(f"shared data not found at {SHARED} (CI always provides it)")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "seeds" / "000_eba4030429a9acda.txt"


@pytest.fixture(scope="session")
def seed_gold_path(shared_dir: Path) -> Path:
    return shared_dir / "seeds" / "000_eba4030429a9acda.gold.jsonl"


@pytest.fixture(scope="session")
def dev_dir(shared_dir: Path) -> Path:
    return shared_dir / "dev"
