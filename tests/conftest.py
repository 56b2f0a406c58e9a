"""Shared fixtures: paths to the shared evaluation data and hand-built objects."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


def _output_spans(line: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for event in line["events"]:
        for key, value in event["evidence"].items():
            for span in value if isinstance(value, list) else [value]:
                yield f"{event['id']} {key}", span
        for claim in event["claims"]:
            yield f"{event['id']} claim {claim['kind']}", claim["evidence"]
            if claim.get("reporter_evidence"):
                yield f"{event['id']} reporter {claim['kind']}", claim["reporter_evidence"]
    for i, tally in enumerate(line["tallies"]):
        yield f"tally {i}", tally["evidence"]


@pytest.fixture(scope="session")
def output_spans() -> Callable[[dict[str, Any]], Iterator[tuple[str, dict[str, Any]]]]:
    """Every evidence span of one line of the output contract (events: trigger, field
    evidence, claims, reporters; tallies) as ``(where, span dict)``."""
    return _output_spans


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
