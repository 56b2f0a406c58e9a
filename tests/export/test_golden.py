"""Golden files: every export of the sample reports, compared byte for byte after masking times.

A change in any export (a column, a rule, a figure from the extractor) fails here, so that it
is made on purpose. To accept a change, regenerate and review the diff:

    WILLAY_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/export/test_golden.py
    git diff tests/export/golden/

(the run that rewrites the files still fails, so that a rewrite is never mistaken for a pass).
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from willay.export import MEDIA_TYPES, export_events
from willay.store import Store

GOLDEN = Path(__file__).resolve().parent / "golden"
#: Fields that hold the time of ingestion or resolution, masked before comparing.
TIME_KEYS = frozenset({"updated_at", "ingested_at", "at", "timestamp"})
HOW_TO = ("regenerate on purpose with WILLAY_UPDATE_GOLDEN=1 .venv/bin/python -m pytest "
          "tests/export/test_golden.py, then review git diff tests/export/golden/")


def _mask(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: "<time>" if k in TIME_KEYS and v is not None else _mask(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_mask(v) for v in value]
    return value


def masked(fmt: str, text: str) -> str:
    """The export with every time of ingestion or resolution replaced by ``<time>``."""
    if fmt in ("acled", "ucdp"):
        rows = list(csv.reader(io.StringIO(text)))
        header = rows[0]
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        for row in rows[1:]:
            writer.writerow(["<time>" if name in TIME_KEYS and cell else cell
                             for name, cell in zip(header, row, strict=True)])
        return out.getvalue()
    if fmt == "geojson":
        return json.dumps(_mask(json.loads(text)), ensure_ascii=False, indent=1) + "\n"
    return "".join(json.dumps(_mask(json.loads(line)), ensure_ascii=False) + "\n"
                   for line in text.splitlines())


@pytest.mark.parametrize("fmt", ["acled", "ucdp", "plover", "geojson", "jsonl"])
def test_export_of_the_samples_matches_its_golden_file(samples_store: str, fmt: str) -> None:
    out = io.StringIO()
    with Store(samples_store) as store:
        export_events(store, fmt, out)
    got = masked(fmt, out.getvalue())
    path = GOLDEN / f"events.{MEDIA_TYPES[fmt][1]}"
    if os.environ.get("WILLAY_UPDATE_GOLDEN") == "1":
        path.write_text(got, encoding="utf-8")
        pytest.fail(f"{path.name} rewritten: review git diff tests/export/golden/ and run "
                    "again without WILLAY_UPDATE_GOLDEN")
    assert path.is_file(), f"{path} is missing: {HOW_TO}"
    want = path.read_text(encoding="utf-8")
    if got != want:
        diff = "".join(list(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                 f"golden/{path.name}", "export now"))[:60])
        pytest.fail(f"the {fmt} export of samples/ changed; if on purpose, {HOW_TO}\n{diff}")
