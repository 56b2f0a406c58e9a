"""Tests of the API's filters, exports, and of its documentation covering every endpoint."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from willay.api.app import create_app
from willay.api.query import BBox, EventFilter
from willay.api.reader import MemoryReader
from willay.api.schemas import EventSummary
from willay.errors import ConfigError

DOCS = Path(__file__).resolve().parents[2] / "docs" / "dashboard.md"


def summary(**fields: object) -> EventSummary:
    base: dict[str, object] = {"id": "e1", "event_type": "Protests",
                               "sub_event_type": "Peaceful protest"}
    base.update(fields)
    return EventSummary.model_validate(base)


def test_bbox_across_the_antimeridian() -> None:
    box = BBox.parse("170,-20,-170,-10")
    assert box.contains(175.0, -15.0)
    assert box.contains(-175.0, -15.0)
    assert not box.contains(0.0, -15.0)
    assert not box.contains(175.0, 0.0)


@pytest.mark.parametrize("value", ["", "1,2,3,x", "0,-95,10,10", "200,0,210,10"])
def test_bad_bbox_names_the_value(value: str) -> None:
    with pytest.raises(ConfigError, match="bbox"):
        BBox.parse(value)


def test_date_overlap_uses_the_whole_range() -> None:
    week = summary(date_start="2031-03-01", date_end="2031-03-07")
    assert EventFilter(date_from=dt.date(2031, 3, 7)).matches(week)
    assert EventFilter(date_to=dt.date(2031, 3, 1)).matches(week)
    assert not EventFilter(date_from=dt.date(2031, 3, 8)).matches(week)
    assert not EventFilter(date_from=dt.date(2031, 3, 1)).matches(summary())


def test_filter_rejects_inverted_dates_and_bad_confidence() -> None:
    with pytest.raises(ConfigError, match="after"):
        EventFilter(date_from=dt.date(2031, 3, 2), date_to=dt.date(2031, 3, 1))
    with pytest.raises(ConfigError, match="min_confidence"):
        EventFilter(min_confidence=1.5)


def test_docs_cover_every_endpoint() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    schema = create_app("memory://", reader=MemoryReader()).openapi()
    for path, methods in schema["paths"].items():
        for method in methods:
            written = f"{method.upper()} {path}"
            assert written in docs, f"{written} is not documented in docs/dashboard.md"
    for option in ("--db", "--host", "--port", "--ingest-token-env", "--tile-url"):
        assert option in docs
