"""docs/evaluation.md documents every option, and the baseline's floors name real figures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from willay.cli.evaluate import COMMANDS, evaluate_command
from willay.evaluate.gold import GoldDoc
from willay.evaluate.predictions import PredDoc
from willay.evaluate.score import Evaluation, score_document

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "evaluation.md"
BASELINE = Path(__file__).with_name("eval_baseline.json")


def test_every_option_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    options = [opt for param in evaluate_command.params if isinstance(param, click.Option)
               for opt in param.opts]
    assert len(options) == 8
    missing = [opt for opt in options if f"`{opt}" not in text]
    assert missing == []
    assert [c.name for c in COMMANDS] == ["evaluate"]


def _has_path(report: dict[str, Any], dotted: str) -> bool:
    node: Any = report
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def test_baseline_floors_name_figures_of_the_report() -> None:
    results = [score_document(GoldDoc(f"x{lang}"), PredDoc(f"x{lang}"), "Text.", lang)
               for lang in ("en", "es", "pt", "fr")]
    report = Evaluation(results).to_dict()
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert {"seed", "dev"} <= set(baseline["datasets"])
    for name, dataset in baseline["datasets"].items():
        assert dataset["floors"], name
        unknown = [k for k in dataset["floors"] if not _has_path(report, k)]
        assert unknown == [], name
        assert all(0.0 <= v <= 1.0 for v in dataset["floors"].values()), name
        assert set(dataset["sha256"]) == {dataset["gold"], *dataset["corpus"]}, name
