"""Load the per-language rule files (``<data dir>/<code>/<name>.toml``).

Every rules component reads its words and phrases through :func:`load_lang_data`, so
adding a language means adding a directory of TOML files, not code. The set of supported
languages is the set of such directories (:func:`supported_languages`). The built-in
languages live in ``src/willay/lang/<code>/``; the environment variable
``WILLAY_LANG_PATH`` (directories separated by ``os.pathsep``, each holding ``<code>/``
sub-directories) adds languages kept outside the package, and a directory there takes
precedence over a built-in one of the same code. Files are parsed on first use and cached
(one parse per ``(lang, name)`` per process), so the variable is read once per process.
"""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from willay.errors import ConfigError

#: Directory of the built-in languages (one sub-directory per code) and of the files
#: shared by all languages (``taxonomy.toml``, ``frames.toml``, ``armed_groups.toml``).
LANG_DIR = Path(__file__).resolve().parent
#: Environment variable naming extra directories of languages (``os.pathsep``-separated).
LANG_PATH_ENV = "WILLAY_LANG_PATH"


@lru_cache(maxsize=1)
def lang_dirs() -> tuple[Path, ...]:
    """Directories searched for ``<code>/`` folders: ``WILLAY_LANG_PATH``'s, then the built-in."""
    extra = os.environ.get(LANG_PATH_ENV, "")
    return (*(Path(p) for p in extra.split(os.pathsep) if p.strip()), LANG_DIR)


def _is_lang_dir(path: Path) -> bool:
    return path.is_dir() and not path.name.startswith(("_", ".")) and any(path.glob("*.toml"))


def lang_dir(lang: str) -> Path | None:
    """The data directory of language ``lang``, or None when no directory has it."""
    for base in lang_dirs():
        if _is_lang_dir(base / lang):
            return base / lang
    return None


def lang_path(lang: str, name: str) -> Path:
    """Path of the data file ``name`` (without ``.toml``) for language ``lang``."""
    return (lang_dir(lang) or LANG_DIR / lang) / f"{name}.toml"


@lru_cache(maxsize=256)
def _load(lang: str, name: str) -> dict[str, Any]:
    if not lang or not lang.isidentifier() or not name or not name.replace("-", "_").isidentifier():
        raise ConfigError(f"bad language data name: lang={lang!r} name={name!r}")
    if lang_dir(lang) is None:
        raise ConfigError(f"unsupported language {lang!r}: no directory {lang}/ in willay.lang"
                          f" or {LANG_PATH_ENV}")
    return _read_toml(lang_path(lang, name), f"language data {lang}/{name}.toml")


def _read_toml(path: Path, label: str) -> dict[str, Any]:
    """A data file's contents; a missing or malformed file is a ConfigError naming it."""
    if not path.is_file():
        raise ConfigError(f"{label} not found")
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label} is not valid TOML: {exc}") from exc


def load_lang_data(lang: str, name: str) -> dict[str, Any]:
    """The parsed contents of ``lang/<lang>/<name>.toml`` (cached; do not mutate it).

    Raises :class:`~willay.errors.ConfigError` naming the file when the language or the
    file does not exist or is not valid TOML.
    """
    return _load(lang, name)


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Language codes that have a data directory, sorted (``("en", "es", "fr", "pt")`` plus
    those of ``WILLAY_LANG_PATH``): the one list of supported languages."""
    return tuple(sorted({p.name for base in lang_dirs() if base.is_dir()
                         for p in base.iterdir() if _is_lang_dir(p)}))


def library_code(lang: str, library: str) -> str:
    """The code under which ``library`` (``"text2num"``, ``"simplemma"``) knows ``lang``.

    ``[libraries]`` of ``<code>/language.toml`` names it; without that file or key it is
    ``lang`` itself. A language copied from another under a new code keeps the libraries
    of the original, so it reads number words and inflections as the original does.
    """
    if lang_dir(lang) is None or not lang_path(lang, "language").is_file():
        return lang
    value = load_lang_data(lang, "language").get("libraries", {}).get(library, lang)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"language data {lang}/language.toml: libraries.{library} "
                          f"must be a language code, not {value!r}")
    return value


@lru_cache(maxsize=32)
def load_shared_data(name: str) -> dict[str, Any]:
    """The parsed contents of the cross-language file ``willay/lang/<name>.toml`` (cached;
    do not mutate it), such as ``admin_units.toml``.

    Raises :class:`~willay.errors.ConfigError` naming the file when it does not exist or
    is not valid TOML.
    """
    if not name or not name.replace("-", "_").isidentifier():
        raise ConfigError(f"bad shared data name: {name!r}")
    return _read_toml(LANG_DIR / f"{name}.toml", f"shared language data {name}.toml")
