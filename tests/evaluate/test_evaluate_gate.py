"""The gate's mechanism: hashes, dotted metrics, floors and re-pinning (on our own files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from willay.errors import ConfigError
from willay.evaluate.gate import (
    file_sha256,
    floor_failures,
    floors_below,
    hash_mismatches,
    load_baseline,
    metric,
    repin,
)

REPORT = {"detection": {"f1": 0.8123}, "fields": {"date": {"accuracy": None}},
          "by_lang": {"es": {"detection": {"f1": 0.5}}}}


def test_metric_reads_dotted_paths() -> None:
    assert metric(REPORT, "detection.f1") == 0.8123
    assert metric(REPORT, "by_lang.es.detection.f1") == 0.5
    assert metric(REPORT, "fields.date.accuracy") is None
    assert metric(REPORT, "tallies.f1") is None


def test_floor_failures() -> None:
    assert floor_failures(REPORT, {"detection.f1": 0.8, "by_lang.es.detection.f1": 0.5}) == []
    failures = floor_failures(REPORT, {"detection.f1": 0.85, "fields.date.accuracy": 0.9,
                                       "tallies.f1": 0.0})
    assert len(failures) == 2
    assert failures[0].startswith("detection.f1: 0.8123 < floor 0.85")
    assert "fields.date.accuracy: no value" in failures[1]


def test_floors_below_measured_values() -> None:
    floors = floors_below(REPORT, ["detection.f1", "fields.date.accuracy"], margin=0.02)
    assert floors == {"detection.f1": 0.79, "fields.date.accuracy": 0.0}


def baseline_in(tmp_path: Path) -> tuple[Path, Path]:
    shared = tmp_path / "shared"
    (shared / "set").mkdir(parents=True)
    (shared / "set" / "gold.jsonl").write_text('{"id": "v1"}\n', encoding="utf-8")
    (shared / "set" / "corpus.jsonl").write_text('{"id": "v1", "text": "x"}\n',
                                                 encoding="utf-8")
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps({"datasets": {"toy": {
        "gold": "set/gold.jsonl", "corpus": ["set/corpus.jsonl"], "sha256": {},
        "floors": {"detection.f1": 0.0}}}}), encoding="utf-8")
    return path, shared


def test_hash_check_and_repin(tmp_path: Path) -> None:
    path, shared = baseline_in(tmp_path)
    dataset = load_baseline(path)["datasets"]["toy"]
    assert len(hash_mismatches(dataset, shared)) == 2  # nothing pinned yet

    def measure(dataset: dict[str, Any], shared_dir: Path) -> dict[str, Any]:
        return {"detection": {"f1": 0.9}}

    repin(path, shared, measure)
    dataset = load_baseline(path)["datasets"]["toy"]
    assert hash_mismatches(dataset, shared) == []
    assert dataset["sha256"]["set/gold.jsonl"] == file_sha256(shared / "set" / "gold.jsonl")
    assert dataset["floors"] == {"detection.f1": 0.88}
    (shared / "set" / "gold.jsonl").write_text('{"id": "v2"}\n', encoding="utf-8")
    problems = hash_mismatches(dataset, shared)
    assert len(problems) == 1 and problems[0].startswith("set/gold.jsonl: SHA-256")
    (shared / "set" / "corpus.jsonl").unlink()
    assert any("missing" in p for p in hash_mismatches(dataset, shared))


def test_bad_baseline_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match="datasets"):
        load_baseline(path)
    with pytest.raises(ConfigError, match="cannot read"):
        load_baseline(tmp_path / "none.json")
