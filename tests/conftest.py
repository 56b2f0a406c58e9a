"""Shared fixtures: paths to the shared evaluation data and hand-built objects."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# The property-based (fuzz) tests run with a fixed seed and a bounded number of examples,
# so that CI is repeatable and quick; WILLAY_FUZZ_EXAMPLES raises the bound for a longer
# hunt on a workstation.
settings.register_profile(
    "willay",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("WILLAY_FUZZ_EXAMPLES", "60")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)
settings.load_profile("willay")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared evaluation data beside the repository; CI always has it."""
    if not SHARED.is_dir():
        pytest.fail(f"shared data not found at {SHARED} (CI always provides it)")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    return shared_dir / "seeds" / "000_eba4030429a9acda.txt"


@pytest.fixture(scope="session")
def seed_gold_path(shared_dir: Path) -> Path:
    return shared_dir / "seeds" / "000_eba4030429a9acda.gold.jsonl"


@pytest.fixture(scope="session")
def dev_dir(shared_dir: Path) -> Path:
    return shared_dir / "dev"


def _output_spans(line: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for event in line["events"]:
        for key, value in event["evidence"].items():
            for span in value if isinstance(value, list) else [value]:
                yield f"{event['id']} {key}", span
        for claim in event["claims"]:
            yield f"{event['id']} claim {claim['kind']}", claim["evidence"]
            if claim.get("reporter_evidence"):
                yield f"{event['id']} reporter {claim['kind']}", claim["reporter_evidence"]
    for i, tally in enumerate(line["tallies"]):
        yield f"tally {i}", tally["evidence"]


@pytest.fixture(scope="session")
def output_spans() -> Callable[[dict[str, Any]], Iterator[tuple[str, dict[str, Any]]]]:
    """Every evidence span of one line of the output contract (events: trigger, field
    evidence, claims, reporters; tallies) as ``(where, span dict)``."""
    return _output_spans


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store with the sample reports of ``samples/`` ingested and resolved.

    Sources are recorded relative to the repository (``samples/lima_march.txt``), so that
    what is exported from it does not depend on where the repository lies.
    """
    from willay.extract.pipeline import extract
    from willay.ingest import read_inputs
    from willay.model import Document
    from willay.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}"
    with Store(url) as store:
        for doc in read_inputs([str(REPO / "samples")]):
            assert isinstance(doc, Document), doc
            if doc.source:
                doc.source = doc.source.replace(str(REPO) + "/", "")
            store.add_document(extract(doc))
    return url


#: The three fictional publishers of :func:`research_documents`, one bulletin each.
RESEARCH_PUBLISHERS = ("Kelm Bulletin", "Andes Courier", "Coastal Post")
#: Two regions in each of three fictional countries.
RESEARCH_REGIONS = {"XA": ("Kelm", "Dorn"), "XB": ("Brenn", "Ostra"), "XC": ("Vale", "Marsh")}
#: (event type, sub-event type) of the events, in turn.
RESEARCH_TYPES = (("Protests", "Peaceful protest"), ("Riots", "Violent demonstration"),
                  ("Protests", "Protest with intervention"))


def _research_document(d: int, per_doc: int) -> Any:
    import datetime as dt

    from willay.model import Claim, Document, EventDate, EventReport, Figure, Span

    publisher = RESEARCH_PUBLISHERS[d]
    lines: list[tuple[int, str, int | None, int | None]] = []
    for k in range(per_doc):
        n = d * per_doc + k
        injured = None if n % 4 == 0 else (n * 7) % 23
        arrested = None if n % 5 == 0 else (n * 3) % 11
        day = dt.date(2035, 1, 1) + dt.timedelta(days=2 * n)
        figures = [f"{injured} people were injured" if injured is not None else "",
                   f"{arrested} were arrested" if arrested is not None else ""]
        said = ", where " + " and ".join(f for f in figures if f) if any(figures) else ""
        lines.append((n, f"On {day.day} {day:%B %Y}, crowds gathered in Town {n}{said}.",
                      injured, arrested))
    text = f"{publisher}, weekly round-up.\n\n" + "\n".join(line for _, line, _, _ in lines)
    doc = Document(id=f"research-{d}", text=text, publisher=publisher,
                   title=f"{publisher}: the week's protests", published=dt.date(2035, 6, 1))

    def span(quote: str, after: int) -> Span:
        i = text.index(quote, after)
        return Span.of(text, i, i + len(quote))

    for n, line, injured, arrested in lines:
        at = text.index(line)
        country = sorted(RESEARCH_REGIONS)[n % 3]
        event_type, sub_type = RESEARCH_TYPES[(n // 3) % 3]
        claims = []
        if injured is not None:
            claims.append(Claim("injured", injured, span(f"{injured} people were injured", at),
                                reporter=publisher))
        if arrested is not None:
            claims.append(Claim("arrested", arrested, span(f"{arrested} were arrested", at),
                                reporter=publisher))
        doc.reports.append(EventReport(
            id=f"research-{d}:{n}", doc_id=doc.id, event_type=event_type,
            sub_event_type=sub_type, disorder_type="Demonstrations",
            trigger=span("crowds gathered", at),
            date=EventDate.day(dt.date(2035, 1, 1) + dt.timedelta(days=2 * n)),
            country=country, admin1=RESEARCH_REGIONS[country][(n // 2) % 2],
            location=f"Town {n}", latitude=-10.0 - n * 0.05, longitude=-70.0 + (n % 7) * 0.4,
            geo_precision=1, confidence=round(0.5 + (n % 5) / 10, 2), claims=claims,
            injured=Figure(injured, injured, injured) if injured is not None else None,
            arrested=Figure(arrested, arrested, arrested) if arrested is not None else None,
            evidence={"location": [span(f"Town {n}", at)]}))
    return doc


def research_documents(per_doc: int = 21) -> list[Any]:
    """Three fictional bulletins of ``per_doc`` events each (63 by default: more than one
    page of the dashboard's table) over three countries, two regions each and three event
    types, with injured and arrested figures (some unknown), confidences and publishers."""
    docs = [_research_document(d, per_doc) for d in range(len(RESEARCH_PUBLISHERS))]
    first = docs[0].reports[min(5, per_doc - 1)]
    return [*docs, _second_report(first, first.id)]


def research_app(kind: str, folder: Path) -> Any:
    """The API and dashboard app over :func:`research_documents`: ``kind`` ``"memory"``
    (the in-memory reader) or ``"sqlite"`` (a store in ``folder``)."""
    from willay.api.app import create_app
    from willay.api.reader import MemoryReader
    from willay.store import Store

    if kind == "memory":
        return create_app("memory://", reader=MemoryReader(research_documents()))
    url = f"sqlite:///{folder / 'research.db'}"
    with Store(url) as store:
        for doc in research_documents():
            store.add_document(doc)
    return create_app(url)


def _second_report(first: Any, of: str) -> Any:
    """Another publisher's report of the event ``first``: a store merges the two."""
    import dataclasses

    from willay.model import Document, Span

    text = (f"Regional Wire. Crowds gathered in {first.location} on {first.date.start.day} "
            f"{first.date.start:%B %Y}.")
    doc = Document(id="research-wire", text=text, publisher="Regional Wire",
                   published=first.date.start)
    trigger = text.index("Crowds gathered")
    place = text.index(first.location)
    doc.reports.append(dataclasses.replace(
        first, id=f"research-wire:{of}", doc_id=doc.id, claims=[],
        trigger=Span.of(text, trigger, trigger + len("Crowds gathered")),
        evidence={"location": [Span.of(text, place, place + len(first.location))]}))
    return doc


@pytest.fixture(scope="session")
def make_research_documents() -> Callable[..., list[Any]]:
    """:func:`research_documents`, for tests that build their own readers or stores."""
    return research_documents
