"""The evaluation gate: the real extractor on the seed and on ../shared/dev stays above floors.

The floors and the SHA-256 of the gold and corpus files are pinned in
``eval_baseline.json`` beside this file; see :mod:`willay.evaluate.gate` to re-pin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from willay.evaluate.api import evaluate
from willay.evaluate.gate import (
    REPIN_HINT,
    data_dir,
    dataset_files,
    floor_failures,
    hash_mismatches,
    load_baseline,
)

BASELINE = Path(__file__).with_name("eval_baseline.json")
DATASETS = tuple(load_baseline(BASELINE)["datasets"])


@pytest.mark.parametrize("name", DATASETS)
def test_figures_stay_above_pinned_floors(name: str, shared_dir: Path) -> None:
    dataset = load_baseline(BASELINE)["datasets"][name]
    shared_dir = data_dir(dataset, shared_dir, BASELINE)
    changed = hash_mismatches(dataset, shared_dir)
    assert not changed, (f"{name}: evaluation data differs from the baseline: "
                         f"{'; '.join(changed)}; {REPIN_HINT}")
    files = dataset_files(dataset, shared_dir)
    evaluation = evaluate(files[0], files[1:])
    report = evaluation.to_dict()
    broken = [w for w in report["warnings"]
              if "not extracted" in w or "not in the text" in w or "trigger of" in w]
    assert not broken, f"{name}: " + "; ".join(broken[:5])
    assert report["documents"] == len(evaluation.docs) > 0
    failures = floor_failures(report, dataset["floors"])
    assert not failures, (f"{name}: below the pinned floors: {'; '.join(failures)} "
                          f"(if the drop is deliberate, {REPIN_HINT})")
