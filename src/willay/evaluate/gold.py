"""Reading gold files: one JSON line per document with its gold events and tallies."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from willay.errors import InputError

#: Keys every gold event carries (ANNOTATION.md section 12); missing ones read as null.
GOLD_EVENT_KEYS = (
    "event_type", "sub_event_type", "tags", "date", "date_precision", "country", "admin1",
    "location", "actor1", "actor2", "fatalities", "fatalities_low", "fatalities_high",
    "injured", "arrested", "attribution", "trigger",
)


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event as a human coder recorded it."""

    event_type: str
    sub_event_type: str
    trigger: str
    tags: tuple[str, ...] = ()
    date: str | None = None
    date_precision: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injured: int | None = None
    arrested: int | None = None
    attribution: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldEvent:
        return cls(
            event_type=str(data["event_type"]),
            sub_event_type=str(data["sub_event_type"]),
            trigger=str(data["trigger"]),
            tags=tuple(data.get("tags") or ()),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            country=data.get("country"),
            admin1=data.get("admin1"),
            location=data.get("location"),
            actor1=data.get("actor1"),
            actor2=data.get("actor2"),
            fatalities=data.get("fatalities"),
            fatalities_low=data.get("fatalities_low"),
            fatalities_high=data.get("fatalities_high"),
            injured=data.get("injured"),
            arrested=data.get("arrested"),
            attribution=tuple(data.get("attribution") or ()),
        )


@dataclass(frozen=True, slots=True)
class GoldTally:
    """One gold tally: a cumulative or multi-place count."""

    kind: str
    value: int | None
    as_of: str | None = None
    scope: str | None = None
    source: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldTally:
        return cls(kind=str(data["kind"]), value=data.get("value"), as_of=data.get("as_of"),
                   scope=data.get("scope"), source=data.get("source"))


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """The gold record of one document."""

    id: str
    events: tuple[GoldEvent, ...] = ()
    tallies: tuple[GoldTally, ...] = ()

    @property
    def is_negative(self) -> bool:
        """A document with no in-scope event and no tally (ANNOTATION.md section 11)."""
        return not self.events and not self.tallies

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GoldDoc:
        return cls(
            id=str(data["id"]),
            events=tuple(GoldEvent.from_dict(e) for e in data.get("events") or ()),
            tallies=tuple(GoldTally.from_dict(t) for t in data.get("tallies") or ()),
        )


@dataclass(slots=True)
class GoldSet:
    """Gold documents by id, in file order."""

    docs: dict[str, GoldDoc] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.docs)


def load_gold(path: str | Path) -> GoldSet:
    """Read a gold JSONL file; raises :class:`InputError` naming the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read gold file ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "gold file is not UTF-8") from exc
    gold = GoldSet()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = GoldDoc.from_dict(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"{path}:{number}", f"bad gold record ({exc})") from exc
        if doc.id in gold.docs:
            raise InputError(f"{path}:{number}", f"duplicate document id {doc.id!r}")
        gold.docs[doc.id] = doc
    if not gold.docs:
        raise InputError(str(path), "gold file has no records")
    return gold
