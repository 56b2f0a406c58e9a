"""The store: documents, reports, claims, tallies, events and revisions in SQLite or PostgreSQL.

See ``docs/store.md`` for the method list; :class:`Store` is the entry point.
"""

from willay.store.records import (
    AddResult,
    BBox,
    Decision,
    DocumentInfo,
    EventDetail,
    EventFilter,
    EventSummary,
    EvidenceSpan,
    FigurePoint,
    Revision,
    StoredDocument,
    StoreStats,
    TallyPoint,
    TallySeries,
)
from willay.store.repository import ResolveResult, Store
from willay.store.rows import report_key, text_hash

__all__ = [
    "AddResult",
    "BBox",
    "Decision",
    "DocumentInfo",
    "EventDetail",
    "EventFilter",
    "EventSummary",
    "EvidenceSpan",
    "FigurePoint",
    "ResolveResult",
    "Revision",
    "Store",
    "StoreStats",
    "StoredDocument",
    "TallyPoint",
    "TallySeries",
    "report_key",
    "text_hash",
]
