"""The extraction output on the evaluation and sample texts is pinned, byte for byte.

``output_digest.json`` beside this file holds, per corpus, the SHA-256 of its input files
and of what ``willay extract --format jsonl`` prints for them. A change of the extractor
that was meant to leave its output alone (a faster algorithm, a refactoring) must keep
every digest; a change meant to alter the output is re-pinned on purpose with::

    .venv/bin/python tests/extract/test_output_unchanged.py --repin

Only digests are stored: no text or output of ``../shared`` enters the repository.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

from willay.config import Settings
from willay.extract.run import RunSummary, extract_inputs
from willay.model.serialize import document_to_dict

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
PINNED = Path(__file__).with_name("output_digest.json")
REPIN = "re-pin with: .venv/bin/python tests/extract/test_output_unchanged.py --repin"
#: corpus name -> its input files (a directory stands for the files under it)
CORPORA: dict[str, list[Path]] = {
    "samples": [REPO / "samples"],
    "seed": sorted((SHARED / "seeds").glob("*.txt")),
    "dev": [SHARED / "dev" / "corpus.jsonl"],
    "dev2": [SHARED / "dev2" / "corpus.jsonl"],
    "team_set": [REPO / "benchmarks" / "team_set" / "corpus.jsonl"],
    "team_set2": [REPO / "benchmarks" / "team_set2" / "corpus.jsonl"],
    "team_set3": [REPO / "benchmarks" / "team_set3" / "corpus.jsonl"],
}


def _files(paths: list[Path]) -> list[Path]:
    return sorted(f for p in paths for f in ([p] if p.is_file() else p.rglob("*"))
                  if f.is_file())


def input_digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for f in _files(paths):
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()


def output_digest(paths: list[Path]) -> tuple[str, int]:
    """SHA-256 of the JSONL that ``willay extract`` prints for ``paths``, and its lines."""
    digest = hashlib.sha256()
    summary = RunSummary()
    lines = 0
    for doc in extract_inputs([str(p) for p in paths], settings=Settings(),
                              summary=summary):
        digest.update((json.dumps(document_to_dict(doc), ensure_ascii=False) + "\n").encode())
        lines += 1
    assert not summary.failed, summary.failed
    return digest.hexdigest(), lines


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CORPORA))
def test_extraction_output_is_unchanged(name: str, shared_dir: Path) -> None:
    pinned = json.loads(PINNED.read_text(encoding="utf-8"))[name]
    paths = CORPORA[name]
    assert input_digest(paths) == pinned["input_sha256"], \
        f"{name}: the input files changed; {REPIN}"
    output, lines = output_digest(paths)
    assert lines == pinned["documents"]
    assert output == pinned["output_sha256"], \
        f"{name}: the extraction output changed; if that is meant, {REPIN}"


if __name__ == "__main__" and sys.argv[1:] == ["--repin"]:
    table = {}
    for corpus, corpus_paths in CORPORA.items():
        out, count = output_digest(corpus_paths)
        table[corpus] = {"input_sha256": input_digest(corpus_paths), "output_sha256": out,
                         "documents": count}
        print(corpus, count, out[:16])
    PINNED.write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
