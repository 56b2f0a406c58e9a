"""willay: turn news reports about protest and political violence into evidence-linked events.

The Python API, in two calls (both imported on first use, so ``import willay`` stays light)::

    import willay

    found = willay.extract_text(text, published="2023-01-13")   # -> willay.Extraction
    found.events[0].to_dict()                                    # the output contract
    with willay.open("willay.db") as db:                         # -> willay.Database
        frame = db.events(country="Peru", admin1="puno").to_frame()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public names and the module each is imported from on first use.
_LAZY = {
    "extract_text": ("willay.extract.single", "extract_text"),
    "Extraction": ("willay.extract.single", "Extraction"),
    "open": ("willay.store.research", "open_database"),
    "Database": ("willay.store.research", "Database"),
    "EventList": ("willay.store.research", "EventList"),
}

__all__ = ["Database", "EventList", "Extraction", "__version__", "extract_text", "open"]

if TYPE_CHECKING:
    from willay.extract.single import Extraction, extract_text
    from willay.store.research import Database, EventList
    from willay.store.research import open_database as open


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'willay' has no attribute {name!r}")
    import importlib

    module, attr = _LAZY[name]
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
