"""Shared fixtures: paths to the shared evaluation data and hand-built objects."""

from __future__ import annotations

from pathlib import Path

import pytest

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
