"""Inflected forms of lemmas, read from simplemma's dictionaries and cached on disk.

The lexicons of ``willay/lang/<code>/parts.toml`` list lemmas ("attack", "atacar",
"tuer"); a text says "attacked", "atacaron", "ont tué". simplemma (MIT) ships, for each
language, a dictionary from every inflected form to its lemma; inverting it for the
lemmas we use gives all their forms. The inversion reads a dictionary of ~1 million
entries (about a second per language), so its result is written once to the cache
directory (``WILLAY_CACHE_DIR``) as JSON, keyed by the simplemma version and the lemma
list, and read from there afterwards.

A form whose lemma is itself one of the forms of the lemma asked for is included too
(simplemma often lemmatizes a participle to itself: "tués" -> "tué" -> "tuer").
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from willay.config import Settings
from willay.errors import ConfigError
from willay.lang.loader import library_code

#: Bumped when the way forms are derived changes (old cache files are then ignored).
FORMAT_VERSION = 1


def _simplemma_version() -> str:
    try:
        from importlib.metadata import version

        return version("simplemma")
    except Exception:  # pragma: no cover - metadata missing only in broken installs
        return "unknown"


def _cache_file(lang: str, lemmas: tuple[str, ...]) -> Path:
    digest = hashlib.sha256("\n".join(lemmas).encode("utf-8")).hexdigest()[:16]
    name = f"inflections-v{FORMAT_VERSION}-{lang}-{_simplemma_version()}-{digest}.json"
    return Settings.from_env().cache_dir / "lexicon" / name


def _invert(lang: str, lemmas: tuple[str, ...]) -> dict[str, list[str]]:
    """``{lemma: [forms]}`` from simplemma's dictionary for ``lang``."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import (
            DefaultDictionaryFactory,
        )
    except ImportError as exc:  # pragma: no cover - a required dependency
        raise ConfigError("simplemma is not installed (pip install simplemma)") from exc
    try:
        table = DefaultDictionaryFactory().get_dictionary(lang)
    except Exception:  # a language simplemma does not know: the lemmas stand alone
        return {lemma: [lemma] for lemma in lemmas}
    wanted = set(lemmas)
    by_lemma: dict[str, set[str]] = {lemma: {lemma} for lemma in lemmas}
    # every lemma of the dictionary whose name is a form of a wanted lemma, with its owner
    second: dict[str, set[str]] = {}
    pairs = [(str(form).lower(), str(lemma).lower()) for form, lemma in table.items()]
    for form, lemma in pairs:
        if lemma in wanted:
            by_lemma[lemma].add(form)
    for owner, forms in by_lemma.items():
        for form in forms:
            if form != owner:
                second.setdefault(form, set()).add(owner)
    for form, lemma in pairs:
        for owner in second.get(lemma, ()):
            by_lemma[owner].add(form)
    return {lemma: sorted(forms) for lemma, forms in by_lemma.items()}


@lru_cache(maxsize=32)
def _forms(lang: str, lemmas: tuple[str, ...]) -> dict[str, frozenset[str]]:
    path = _cache_file(lang, lemmas)
    data: dict[str, list[str]] | None = None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or set(data) != set(lemmas):
        data = _invert(lang, lemmas)
        _write(path, data)
    return {lemma: frozenset(forms) for lemma, forms in data.items()}


def _write(path: Path, data: dict[str, list[str]]) -> None:
    """Write atomically; a read-only cache only costs the inversion again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, sort_keys=True)
        os.replace(tmp, path)
    except OSError:
        pass


def inflections(lang: str, lemmas: Iterable[str]) -> dict[str, frozenset[str]]:
    """``{lemma: forms}`` for ``lemmas`` of ``lang``, lower case; each lemma is its own form."""
    key = tuple(sorted({lemma.lower() for lemma in lemmas if lemma}))
    return _forms(library_code(lang, "simplemma"), key)
