"""Event filters of the API: the store's one filter type, and the API's page sizes.

:class:`EventFilter` and :class:`BBox` are those of :mod:`willay.store.records`: the API,
the store, the exports and the command line filter with the same type (the API's ``q`` is
the filter's ``text``).
"""

from __future__ import annotations

from willay.store.records import MAX_API_OFFSET, BBox, EventFilter

#: Largest page of events the API returns at once.
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100

__all__ = ["DEFAULT_LIMIT", "MAX_API_OFFSET", "MAX_LIMIT", "BBox", "EventFilter"]
