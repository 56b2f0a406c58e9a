"""Pairwise merge precision/recall on labelled pairs (dev gold events and our own reports),
with pinned floors: the figures can only go down on purpose."""

from __future__ import annotations

from pathlib import Path

import pytest

from willay.errors import InputError
from willay.resolve.pairs import evaluate_pairs, gold_reports, load_pairs, own_reports

DATA = Path(__file__).resolve().parent / "data"


def test_dev_gold_pairs(dev_dir: Path) -> None:
    refs = gold_reports(dev_dir / "corpus.jsonl", dev_dir / "gold.jsonl")
    pairs = load_pairs(DATA / "dev_pairs.txt")
    assert len(pairs) == 79 and sum(same for _, _, same in pairs) == 2
    scores = evaluate_pairs(refs, pairs)
    assert scores.precision >= 0.99 and scores.recall >= 0.99, scores.errors


def test_own_report_pairs() -> None:
    refs, pairs = own_reports(DATA / "own_reports.jsonl")
    assert len(refs) == 16 and sum(same for _, _, same in pairs) == 14
    scores = evaluate_pairs(refs, pairs)
    assert scores.recall >= 0.95, scores.errors
    assert scores.precision >= 0.70, scores.errors
    # the known hard case: a separate blockade by another group in the same town that day
    assert all("o15" in e for e in scores.errors)


def test_bad_pairs_file(tmp_path: Path) -> None:
    path = tmp_path / "pairs.txt"
    path.write_text("d1 0 d2 maybe\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"pairs\.txt:1"):
        load_pairs(path)
