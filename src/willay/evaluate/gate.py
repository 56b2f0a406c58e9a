"""The evaluation gate: pinned floors and data hashes in a baseline file, and re-pinning them.

The baseline (``tests/evaluate/eval_baseline.json``) names, per dataset, its gold and
corpus files relative to the shared data folder, their SHA-256, and floors for dotted
metric paths of the JSON report (``detection.f1``, ``fields.date.accuracy``,
``by_lang.es.detection.f1``). Re-pin after a deliberate change with::

    python -m willay.evaluate.gate tests/evaluate/eval_baseline.json --shared ../shared \
        [--floors] [--margin 0.02]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from willay.errors import ConfigError

#: How to re-pin, quoted by every gate failure.
REPIN_HINT = ("re-pin with: python -m willay.evaluate.gate tests/evaluate/eval_baseline.json "
              "--shared ../shared --floors (then review and commit the new baseline)")


def file_sha256(path: str | Path) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def load_baseline(path: str | Path) -> dict[str, Any]:
    """Read a baseline file; raises :class:`ConfigError` naming it when it is malformed."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the evaluation baseline ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("datasets"), dict):
        raise ConfigError(f"{path}: the evaluation baseline needs a 'datasets' object")
    return data


def data_dir(dataset: dict[str, Any], shared_dir: Path, baseline_path: str | Path) -> Path:
    """Where a dataset's files are: the shared folder, or the repository when the dataset
    says ``"root": "repo"`` (the team's own set, which lives in ``benchmarks/``)."""
    if dataset.get("root") == "repo":
        return Path(baseline_path).resolve().parent.parent.parent
    return shared_dir


def dataset_files(dataset: dict[str, Any], shared_dir: Path) -> list[Path]:
    """The gold file and corpus files of a baseline dataset, resolved under ``shared_dir``."""
    return [shared_dir / dataset["gold"], *(shared_dir / c for c in dataset["corpus"])]


def hash_mismatches(dataset: dict[str, Any], shared_dir: Path) -> list[str]:
    """One message per file whose SHA-256 differs from the pinned one (or is missing)."""
    pinned: dict[str, str] = dataset.get("sha256") or {}
    problems = []
    for rel in [dataset["gold"], *dataset["corpus"]]:
        path = shared_dir / rel
        if not path.is_file():
            problems.append(f"{rel}: missing under {shared_dir}")
        elif pinned.get(rel) != file_sha256(path):
            problems.append(f"{rel}: SHA-256 {file_sha256(path)[:12]}… differs from the "
                            f"pinned {str(pinned.get(rel))[:12]}…")
    return problems


def metric(report: dict[str, Any], dotted: str) -> float | None:
    """The value at a dotted path of a JSON report (``fields.date.accuracy``), or None."""
    node: Any = report
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def floor_failures(report: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One message per metric below its floor; a missing metric fails any floor above 0."""
    failures = []
    for name, floor in floors.items():
        value = metric(report, name)
        if value is None:
            if floor > 0:
                failures.append(f"{name}: no value (floor {floor})")
        elif value < floor:
            failures.append(f"{name}: {value:.4f} < floor {floor}")
    return failures


def floors_below(report: dict[str, Any], names: list[str], margin: float) -> dict[str, float]:
    """New floors just below the measured values (``value - margin``, two decimals, >= 0)."""
    out = {}
    for name in names:
        value = metric(report, name)
        out[name] = 0.0 if value is None else max(0.0, math.floor((value - margin) * 100) / 100)
    return out


def repin(baseline_path: str | Path, shared_dir: str | Path,
          measure: Callable[[dict[str, Any], Path], dict[str, Any]] | None = None,
          margin: float = 0.02) -> dict[str, Any]:
    """Rewrite the baseline's hashes, and its floors when ``measure`` gives reports.

    ``measure(dataset, shared_dir)`` returns the JSON report of one dataset.
    """
    baseline = load_baseline(baseline_path)
    for dataset in baseline["datasets"].values():
        shared = data_dir(dataset, Path(shared_dir), baseline_path)
        dataset["sha256"] = {rel: file_sha256(shared / rel)
                             for rel in [dataset["gold"], *dataset["corpus"]]}
        if measure is not None:
            report = measure(dataset, shared)
            dataset["floors"] = floors_below(report, list(dataset.get("floors") or {}), margin)
    Path(baseline_path).write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return baseline


def measure_with_extractor(dataset: dict[str, Any], shared_dir: Path) -> dict[str, Any]:
    """Run the default extractor on a baseline dataset and return its JSON report."""
    from willay.evaluate.api import evaluate

    files = dataset_files(dataset, shared_dir)
    return evaluate(files[0], files[1:]).to_dict()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m willay.evaluate.gate",
                                     description="Re-pin the evaluation baseline.")
    parser.add_argument("baseline", help="baseline JSON file to rewrite")
    parser.add_argument("--shared", required=True, help="folder holding the gold and corpora")
    parser.add_argument("--floors", action="store_true",
                        help="also re-measure with the extractor and reset the floors")
    parser.add_argument("--margin", type=float, default=0.02,
                        help="how far below the measured value a floor is set")
    args = parser.parse_args(argv)
    baseline = repin(args.baseline, args.shared,
                     measure_with_extractor if args.floors else None, args.margin)
    for name, dataset in baseline["datasets"].items():
        floors = ", ".join(f"{k} {v}" for k, v in (dataset.get("floors") or {}).items())
        print(f"{name}: {len(dataset['sha256'])} files hashed; floors: {floors}")
    print(f"written {args.baseline}")


if __name__ == "__main__":
    main()
