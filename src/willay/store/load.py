"""Loading: documents from readers, through extraction, into the store, with a summary."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from willay.errors import ConfigError, ConflictError, InputError, WillayError
from willay.model import Document
from willay.store.repository import ON_CONFLICT, Store, version_id, with_id

Extractor = Callable[[Document], Document]
#: Called after each input with (source, outcome, reason): outcome is new, present,
#: skipped or failed; reason is the one-line error of a failure or why the document was
#: skipped, else ``None``.
Progress = Callable[[str, str, str | None], None]


@dataclass(slots=True)
class IngestSummary:
    """What an ingest run did; ``failed`` holds (source, reason) pairs."""

    read: int = 0
    new: int = 0
    present: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    #: (source, why) of documents whose id was stored with another text (on_conflict skip)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    reports: int = 0
    tallies: int = 0
    events: int = 0  # events in the store at the end
    event_ids: set[str] = field(default_factory=set)  # events the new documents went into

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {"read": self.read, "new": self.new, "present": self.present,
                "failed": [{"source": s, "reason": r} for s, r in self.failed],
                "skipped": [{"source": s, "reason": r} for s, r in self.skipped],
                "reports": self.reports, "tallies": self.tallies,
                "events_touched": len(self.event_ids), "events": self.events}

    def lines(self) -> list[str]:
        skipped = f"skipped: {len(self.skipped)}, " if self.skipped else ""
        out = [f"documents read: {self.read}, new: {self.new}, already present: "
               f"{self.present}, {skipped}failed: {len(self.failed)}",
               f"reports: {self.reports}, tallies: {self.tallies}, events touched: "
               f"{len(self.event_ids)}, events in the store: {self.events}"]
        out.extend(f"skipped: {source}: {reason}" for source, reason in self.skipped)
        out.extend(f"failed: {source}: {reason}" for source, reason in self.failed)
        return out


def _source(doc: Document) -> str:
    return doc.source or doc.url or doc.id


def ingest(store: Store, items: Iterable[Document | InputError], extract: Extractor, *,
           resolve: bool = True, progress: Progress | None = None,
           on_conflict: str = "fail") -> IngestSummary:
    """Extract each new document and store it; a failing input is recorded, not fatal.

    ``items`` is what :func:`willay.ingest.read_inputs` yields. Documents already in the
    store (same id, same text) are not extracted again. A document whose id is stored
    with another text is, by ``on_conflict``: ``fail`` an error naming both sources,
    ``skip`` left out (listed in ``skipped``), ``new-version`` stored under
    :func:`~willay.store.repository.version_id`.
    """
    if on_conflict not in ON_CONFLICT:
        raise ConfigError(f"on_conflict must be one of {', '.join(ON_CONFLICT)}, "
                          f"not {on_conflict!r}")
    summary = IngestSummary()
    for item in items:
        if isinstance(item, InputError):
            summary.failed.append((item.source, item.reason))
            if progress:
                progress(item.source, "failed", item.reason)
            continue
        summary.read += 1
        source = _source(item)
        reason: str | None = None
        outcome = "failed"
        try:
            conflict = store.conflict(item)
            if conflict is not None and on_conflict == "new-version":
                item, conflict = with_id(item, version_id(item.id, item.text)), None
            if conflict is not None:
                if on_conflict != "skip":
                    raise ConflictError(conflict)
                summary.skipped.append((source, conflict))
                reason, outcome = conflict, "skipped"
            elif store.has_document(item.id):
                summary.present += 1
                outcome = "present"
            else:
                result = store.add_document(extract(item), resolve=resolve,
                                            on_conflict=on_conflict)
                if result.conflict is not None:  # another process stored it meanwhile
                    summary.skipped.append((source, result.conflict))
                    reason, outcome = result.conflict, "skipped"
                elif result.new:
                    summary.new += 1
                    summary.reports += result.reports
                    summary.tallies += result.tallies
                    summary.event_ids.update(result.events)
                    outcome = "new"
                else:  # another process stored it meanwhile
                    summary.present += 1
                    outcome = "present"
        except WillayError as exc:
            reason = str(exc)
        except Exception as exc:  # one bad document must not stop the batch; reason kept
            reason = f"{type(exc).__name__}: {exc}"
        if reason is not None and outcome != "skipped":
            summary.failed.append((source, reason))
            outcome = "failed"
        if progress:
            progress(source, outcome, reason)
    summary.events = store.stats().events
    return summary
