"""EventDate: a date or date range with the precision the text supports."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

#: Precision words used in gold files and in the output.
PRECISIONS = ("day", "range", "month", "year", "approx", "unknown")


@dataclass(frozen=True, slots=True)
class EventDate:
    """``start``..``end`` inclusive; ``precision`` says how much of it the text gives."""

    start: dt.date
    end: dt.date
    precision: str = "day"

    @classmethod
    def day(cls, d: dt.date, precision: str = "day") -> EventDate:
        return cls(d, d, precision)

    @classmethod
    def month(cls, year: int, month: int) -> EventDate:
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), "month")

    @classmethod
    def year(cls, year: int) -> EventDate:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    @classmethod
    def between(cls, start: dt.date, end: dt.date) -> EventDate:
        if end < start:
            start, end = end, start
        if start == end:
            return cls(start, end, "day")
        return cls(start, end, "range")

    def iso(self) -> str:
        """ISO 8601 at this precision: ``2023-01-09``, ``2023-01``, ``2023`` or a range."""
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "year":
            return f"{self.start.year:04d}"
        if self.precision == "range":
            return f"{self.start.isoformat()}/{self.end.isoformat()}"
        return self.start.isoformat()

    @property
    def time_precision(self) -> int:
        """ACLED's time precision: 1 day, 2 within a week, 3 within a month or worse."""
        if self.precision in ("day", "approx"):
            return 1
        if self.precision == "range" and (self.end - self.start).days <= 7:
            return 2
        return 3

    @classmethod
    def parse(cls, value: str | None, precision: str | None = None) -> EventDate | None:
        """Read an ISO value as written by :meth:`iso` (or by a gold file)."""
        if not value:
            return None
        if "/" in value:
            a, b = value.split("/", 1)
            return cls(dt.date.fromisoformat(a), dt.date.fromisoformat(b), "range")
        parts = value.split("-")
        if len(parts) == 1:
            return cls.year(int(parts[0]))
        if len(parts) == 2:
            return cls.month(int(parts[0]), int(parts[1]))
        return cls.day(dt.date.fromisoformat(value), precision if precision == "approx" else "day")
