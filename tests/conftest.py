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


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with the sample reports of ``samples/`` ingested and resolved.

    Sources are recorded relative to the repository (``samples/lima_march.txt``), so that
    what is exported from it does not depend on where the repository lies.
    """
    from willay.extract.pipeline import extract
    from willay.ingest import read_inputs
    from willay.model import Document
    from willay.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}"
    with Store(url) as store:
        for doc in read_inputs([str(REPO / "samples")]):
            assert isinstance(doc, Document), doc
            if doc.source:
                doc.source = doc.source.replace(str(REPO) + "/", "")
            store.add_document(extract(doc))
    return url
