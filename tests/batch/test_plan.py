"""Partitions: stable keys, sizes, WARC offsets and the inputs that are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from batch_corpus import article, write_warc

from willay.batch.plan import plan_partitions
from willay.errors import ConfigError


def make_tree(root: Path) -> None:
    (root / "a").mkdir(parents=True)
    for n in range(7):
        (root / "a" / f"{n:02d}.html").write_text(article(n)[1], encoding="utf-8")
    (root / "a" / "notes.md").write_text("not an input", encoding="utf-8")
    (root / "b.jsonl").write_text(
        '{"id": "x1", "text": "Farmers marched in Vado."}\n\n{"id": "x2", "text": "Quiet day."}\n',
        encoding="utf-8",
    )
    write_warc(root / "c.warc.gz", 12)


def test_partitions_follow_input_order_and_size(tmp_path: Path) -> None:
    make_tree(tmp_path)
    plan = plan_partitions([str(tmp_path / "a"), str(tmp_path / "b.jsonl"),
                            str(tmp_path / "c.warc.gz")], size=5)
    kinds = [(p.kind, p.size) for p in plan.partitions]
    assert kinds == [("files", 5), ("files", 2), ("files", 2), ("warc", 5), ("warc", 5),
                     ("warc", 2)]
    assert [p.index for p in plan.partitions] == list(range(6))
    assert plan.documents == 21
    assert plan.warc.html == 12 and plan.warc.skipped_type == 1
    assert all(path.endswith(".html") for path in plan.partitions[0].paths)


def test_keys_are_stable_and_distinct(tmp_path: Path) -> None:
    make_tree(tmp_path)
    first = plan_partitions([str(tmp_path)], size=4)
    second = plan_partitions([str(tmp_path)], size=4)
    assert [p.key for p in first.partitions] == [p.key for p in second.partitions]
    assert len({p.key for p in first.partitions}) == len(first.partitions)
    other = plan_partitions([str(tmp_path)], size=3)
    assert {p.key for p in other.partitions} != {p.key for p in first.partitions}


def test_an_unreadable_archive_is_listed_not_fatal(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"garbage")
    (tmp_path / "one.txt").write_text("Farmers marched in Vado.", encoding="utf-8")
    plan = plan_partitions([str(bad), str(tmp_path / "one.txt")])
    assert len(plan.partitions) == 1
    assert [e.source for e in plan.unreadable] == [str(bad)]


@pytest.mark.parametrize(
    ("inputs", "size", "message"),
    [(["-"], 5, "standard input"), (["no/such/file.txt"], 5, "no such file"),
     ([], 0, "at least 1")],
)
def test_refused_inputs(inputs: list[str], size: int, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        plan_partitions(inputs, size=size)
