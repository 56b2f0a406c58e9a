"""Inflected forms: every written form of a list of lemmas, from simplemma's dictionaries.

The data files name verbs by their lemma ("decir", "indiquer", "dizer", "say") and
:func:`inflected_forms` gives every form that simplemma's dictionary of the language maps
to one of them ("dijo", "dicen", "dirá", "a indiqué" -> "indiqué", "disse", "said"). The
lemma itself is always among the forms, so a lemma the dictionary does not know still
matches as written.

simplemma ships one dictionary per language (form -> lemma); inverting it reads the
whole dictionary, about a second per language, so the result is computed once per
process and lemma list and kept on disk in the cache directory (``WILLAY_CACHE_DIR``,
``forms/``), keyed by simplemma's version and the lemmas; a cache that cannot be written
is simply not kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from willay.config import Settings

#: Bumped when the way forms are computed changes.
FORMS_VERSION = 1


def _cache_file(lang: str, lemmas: tuple[str, ...]) -> Path:
    key = json.dumps([FORMS_VERSION, version("simplemma"), lang, lemmas], ensure_ascii=False)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return Settings.from_env().cache_dir / "forms" / f"{lang}-{digest}.json"


def _invert(lang: str, lemmas: tuple[str, ...]) -> dict[str, list[str]]:
    """Forms of each lemma by reading simplemma's dictionary of ``lang`` once."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    wanted = {lemma.lower(): lemma for lemma in lemmas}
    out: dict[str, set[str]] = {lemma: {lemma.lower()} for lemma in lemmas}
    try:
        dictionary = DefaultDictionaryFactory().get_dictionary(lang)
    except (ValueError, KeyError, OSError):
        return {lemma: sorted(forms) for lemma, forms in out.items()}
    for form, lemma in dictionary.items():
        key = wanted.get(str(lemma).lower())
        if key is not None:
            out[key].add(str(form).lower())
    return {lemma: sorted(forms) for lemma, forms in out.items()}


@lru_cache(maxsize=64)
def inflected_forms(lang: str, lemmas: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Every lowercase form of each lemma of ``lemmas`` in ``lang`` (the lemma included).

    Computed once per process and kept in the cache directory between processes.
    """
    lemmas = tuple(sorted(set(lemmas)))
    if not lemmas:
        return {}
    path = _cache_file(lang, lemmas)
    try:
        data = json.loads(path.read_text("utf-8"))
        if isinstance(data, dict) and set(data) == set(lemmas):
            return {k: tuple(v) for k, v in data.items()}
    except (OSError, ValueError):
        pass
    forms = _invert(lang, lemmas)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(forms, handle, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass
    return {k: tuple(v) for k, v in forms.items()}


def all_forms(lang: str, lemmas: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The union of :func:`inflected_forms` of ``lemmas``, sorted."""
    forms = inflected_forms(lang, tuple(sorted(set(lemmas))))
    return tuple(sorted({f for fs in forms.values() for f in fs}))
