"""The founding article (shared/seeds) through ingest and the default pipeline.

The article is read at run time from ``../shared/seeds`` (the ``seed_path`` fixture) and
never copied into the repository. The checks are the must-holds of issue 2: the Juliaca
massacre with its competing tolls, the strike in seven departments, the funeral march,
the genocide investigation, the Brasília riot, the national toll as a tally, and no
evidence taken from the boilerplate around the article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from willay.config import Settings
from willay.extract.pipeline import extract
from willay.ingest import read_inputs
from willay.model import Document, EventReport

STRIKE_DEPARTMENTS = ("Arequipa", "Ayacucho", "Apurímac", "Cusco", "Moquegua",
                      "Madre de Dios", "Puno")
#: Phrases of the site's boilerplate blocks (newsletter, share, disclaimer, copyright).
BOILERPLATE_WORDS = ("Global Research's Daily Newsletter", "Follow us on", "Disclaimer",
                     "Note to readers", "copyrighted material", "For media inquiries",
                     "Become a Member")


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Document:
    items = list(read_inputs([str(seed_path)], Settings.from_env()))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return extract(items[0])


def summary(doc: Document) -> list[tuple[object, ...]]:
    return [(r.event_type, r.sub_event_type, r.date.iso() if r.date else None, r.country,
             r.admin1, r.location, r.trigger.quote) for r in doc.reports]


def on(doc: Document, day: str, location: str | None = None,
       admin1: str | None = None) -> list[EventReport]:
    return [r for r in doc.reports
            if r.date is not None and r.date.iso() == day
            and (location is None or r.location == location)
            and (admin1 is None or r.admin1 == admin1)]


def juliaca_massacre(doc: Document) -> EventReport:
    found = [r for r in on(doc, "2023-01-09", "Juliaca")
             if r.sub_event_type == "Excessive force against protesters"]
    assert len(found) == 1, summary(doc)
    return found[0]


def test_metadata_of_the_article(seed: Document) -> None:
    assert seed.id == "000_eba4030429a9acda"
    assert (seed.published, seed.published_precision) == (dt.date(2023, 1, 13), "day")
    assert seed.author == "Abayomi Azikiwe"
    assert seed.language == "en"


def test_the_juliaca_massacre_keeps_every_toll(seed: Document) -> None:
    report = juliaca_massacre(seed)
    assert (report.country, report.admin1) == ("PE", "Puno")
    assert (report.event_type, report.sub_event_type) == (
        "Protests", "Excessive force against protesters")
    deaths = [c for c in report.claims if c.kind == "fatalities"]
    own_voice = [c for c in deaths if c.value == 17]
    assert len(own_voice) == 1 and own_voice[0].reporter is None, deaths
    network = [c for c in deaths if c.value == 12]
    assert len(network) == 1, deaths
    assert "Health Network" in (network[0].reporter or "")
    assert "Telesur" in (network[0].via or "")


def test_the_juliaca_massacre_ranges_between_the_two_tolls(seed: Document) -> None:
    fig = juliaca_massacre(seed).fatalities
    assert fig is not None
    assert (fig.low, fig.high) == (12, 17), fig
    assert fig.best == 12


def test_the_juliaca_massacre_has_38_injured_with_a_reporter(seed: Document) -> None:
    report = juliaca_massacre(seed)
    assert report.injured is not None and report.injured.best == 38
    injured = [c for c in report.claims if c.kind == "injured" and c.value == 38]
    assert injured and injured[0].reporter, report.claims


def test_the_strike_gives_one_event_in_each_of_seven_departments(seed: Document) -> None:
    strikes = [r for r in on(seed, "2023-01-04") if "strike" in r.tags]
    counts = {dept: sum(1 for r in strikes if r.admin1 == dept)
              for dept in STRIKE_DEPARTMENTS}
    assert counts == dict.fromkeys(STRIKE_DEPARTMENTS, 1), summary(seed)
    for r in strikes:
        assert r.country == "PE"
        assert (r.event_type, r.sub_event_type) == ("Protests", "Peaceful protest")


def test_the_funeral_march_two_days_later(seed: Document) -> None:
    marches = [r for r in on(seed, "2023-01-11", "Juliaca") if r.event_type == "Protests"]
    assert len(marches) == 1, summary(seed)
    assert marches[0].admin1 == "Puno"
    assert {"funeral", "march"} <= set(marches[0].tags)


def test_the_genocide_investigation(seed: Document) -> None:
    found = [r for r in seed.reports if "investigation" in r.tags]
    assert len(found) == 1, summary(seed)
    report = found[0]
    assert (report.event_type, report.sub_event_type) == ("Strategic developments", "Other")
    assert report.date is not None and report.date.iso() == "2023-01-11"
    assert (report.country, report.admin1, report.location) == ("PE", None, None)


def test_the_brasilia_riot_is_coded_in_brazil(seed: Document) -> None:
    found = on(seed, "2023-01-08")
    assert len(found) == 1, summary(seed)
    assert (found[0].country, found[0].admin1) == ("BR", "Distrito Federal")


def test_the_48_deaths_are_a_tally_and_no_event_figure(seed: Document) -> None:
    deaths = [t for t in seed.tallies if t.kind == "deaths" and t.value == 48]
    assert len(deaths) == 1, seed.tallies
    for r in seed.reports:
        fig = r.fatalities
        if fig is not None:
            assert 48 not in (fig.best, fig.low, fig.high), (r.location, fig)
        assert all(c.value != 48 for c in r.claims), (r.location, r.claims)


def test_no_evidence_comes_from_the_boilerplate(seed: Document) -> None:
    for word in BOILERPLATE_WORDS:
        assert word not in seed.clean_view, word
        assert word in seed.text, "the text as given keeps the boilerplate"
    removed = " ".join(s.quote for s in seed.removed)
    assert "Daily Newsletter" in removed and "Disclaimer" in removed
    assert seed.reports and seed.tallies
    spans = [s for r in seed.reports for s in r.spans()] + [t.evidence for t in seed.tallies]
    for span in spans:
        assert seed.text[span.start:span.end] == span.quote, span
        assert not any(span.overlaps(cut) for cut in seed.removed), span


def test_every_event_is_placed(seed: Document) -> None:
    assert seed.reports
    for r in seed.reports:
        national = r.admin1 is None and r.location is None and r.country is not None
        assert r.admin1 is not None or national, (r.trigger.quote, r.country, r.location)
        if r.location is not None:
            assert r.latitude is not None and r.longitude is not None, r.location
