"""A language is data: a copy of one language's folder under a new code reads as the original.

This follows docs/languages.md ("Adding a language") step by step: copy a data folder
under a new code into a directory named by ``WILLAY_LANG_PATH``, give records that code,
and run ``willay extract``. No code changes, so the output must be the original's but for
the language code, with no "unsupported language" warning.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from willay.lang.loader import LANG_DIR

NEW_CODE = "xx"  # a code that no library (py3langid, text2num, simplemma, CLDR) knows


def _extract(corpus: Path, env: dict[str, str]) -> list[dict[str, object]]:
    run = subprocess.run(
        [sys.executable, "-c", "import sys; from willay.cli.main import main; sys.exit(main())",
         "extract", "--format", "jsonl", str(corpus)],
        capture_output=True, text=True, env=env, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return [json.loads(line) for line in run.stdout.splitlines()]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_a_copied_language_gives_the_original_output(lang: str, shared_dir: Path,
                                                     tmp_path: Path) -> None:
    records = [json.loads(line)
               for name in ("dev", "dev2")
               for line in (shared_dir / name / "corpus.jsonl").read_text("utf-8").splitlines()
               if line.strip()]
    records = [r for r in records if r.get("lang") == lang]
    assert records, f"no {lang} texts in dev and dev2"
    # step 1: the folder, copied as it is under the new code
    langs = tmp_path / "languages"
    shutil.copytree(LANG_DIR / lang, langs / NEW_CODE)
    original, copied = tmp_path / "original.jsonl", tmp_path / "copied.jsonl"
    original.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    copied.write_text("".join(json.dumps({**r, "lang": NEW_CODE}) + "\n" for r in records),
                      "utf-8")
    env = {k: v for k, v in os.environ.items() if k != "WILLAY_LANG_PATH"}
    expected = _extract(original, env)
    # step 2: the directory named in WILLAY_LANG_PATH; step 3: records in the new code
    got = _extract(copied, {**env, "WILLAY_LANG_PATH": str(langs)})
    assert len(got) == len(expected) == len(records)
    assert sum(len(doc["events"]) for doc in expected) > 0  # type: ignore[arg-type]
    for doc, want in zip(got, expected, strict=True):
        meta = doc["doc"]
        assert isinstance(meta, dict) and meta["language"] == NEW_CODE
        assert isinstance(doc["warnings"], list)
        assert not any("unsupported language" in w for w in doc["warnings"])
        assert {**doc, "doc": {**meta, "language": lang}} == want


def test_an_extra_language_directory_adds_a_supported_language(tmp_path: Path) -> None:
    shutil.copytree(LANG_DIR / "es", tmp_path / NEW_CODE)
    code = ("from willay.lang.loader import supported_languages as s, library_code as c;"
            "print(','.join(s()), c('xx', 'text2num'))")
    env = {**os.environ, "WILLAY_LANG_PATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout.split()
    assert out == ["en,es,fr,pt,xx", "es"]


def test_the_docs_page_gives_the_steps_this_test_follows() -> None:
    page = (Path(__file__).resolve().parents[2] / "docs" / "languages.md").read_text("utf-8")
    for step in ("WILLAY_LANG_PATH", '"lang": "<code>"', "willay extract --format jsonl",
                 "language.toml", "tests/lang/test_new_language.py"):
        assert step in page, step
