"""Load the per-language rule files (``src/willay/lang/<code>/<name>.toml``).

Every rules component reads its words and phrases through :func:`load_lang_data`, so
adding a language means adding a directory of TOML files, not code. Files are parsed
on first use and cached (one parse per ``(lang, name)`` per process).
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from willay.errors import ConfigError

#: Directory holding one sub-directory per language code.
LANG_DIR = Path(__file__).resolve().parent


def lang_path(lang: str, name: str) -> Path:
    """Path of the data file ``name`` (without ``.toml``) for language ``lang``."""
    return LANG_DIR / lang / f"{name}.toml"


@lru_cache(maxsize=256)
def _load(lang: str, name: str) -> dict[str, Any]:
    if not lang or not lang.isidentifier() or not name or not name.replace("-", "_").isidentifier():
        raise ConfigError(f"bad language data name: lang={lang!r} name={name!r}")
    path = lang_path(lang, name)
    if not (LANG_DIR / lang).is_dir():
        raise ConfigError(f"unsupported language {lang!r}: no directory {lang}/ in willay.lang")
    if not path.is_file():
        raise ConfigError(f"language data {lang}/{name}.toml not found")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"language data {lang}/{name}.toml is not valid TOML: {exc}") from exc


def load_lang_data(lang: str, name: str) -> dict[str, Any]:
    """The parsed contents of ``lang/<lang>/<name>.toml`` (cached; do not mutate it).

    Raises :class:`~willay.errors.ConfigError` naming the file when the language or the
    file does not exist or is not valid TOML.
    """
    return _load(lang, name)


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Language codes that have a data directory, sorted (``("en", "es", "fr", "pt")``)."""
    return tuple(
        sorted(
            p.name
            for p in LANG_DIR.iterdir()
            if p.is_dir() and not p.name.startswith(("_", ".")) and any(p.glob("*.toml"))
        )
    )
