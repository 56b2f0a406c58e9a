"""The same short report in Spanish, Portuguese and French, and an unsupported language.

Issue 4's must-hold: two protesters dead in Juliaca on Monday per the San Román health
network, twelve officers hurt per the police. Documents are built without ``language`` so
that the full pipeline runs, the language identifier included.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract.pipeline import extract
from willay.model import Document

PUBLISHED = dt.date(2023, 1, 13)  # a Friday: "Monday" is 9 January

# (language, report, words of the health network's name as the reporter should carry them)
REPORTS = [
    ("es", "Dos manifestantes murieron el lunes en Juliaca, según la Red de Salud de San "
           "Román; la Policía reportó 12 agentes heridos.", "Red de Salud"),
    ("pt", "Dois manifestantes morreram na segunda-feira em Juliaca, segundo a Rede de "
           "Saúde de San Román; a Polícia informou 12 agentes feridos.", "Rede de Saúde"),
    ("fr", "Deux manifestants sont morts lundi à Juliaca, selon le Réseau de santé de San "
           "Román ; la police a fait état de 12 agents blessés.", "Réseau de santé"),
]


def run(text: str) -> Document:
    doc = Document(id="lang", text=text, published=PUBLISHED, published_precision="day")
    return extract(doc)


@pytest.mark.parametrize(("lang", "text", "network"), REPORTS, ids=[r[0] for r in REPORTS])
def test_the_juliaca_report_in_each_language(lang: str, text: str, network: str) -> None:
    doc = run(text)
    assert doc.language == lang
    assert doc.warnings == []
    assert len(doc.reports) == 1, [(r.location, r.trigger.quote) for r in doc.reports]
    report = doc.reports[0]
    assert (report.country, report.admin1, report.location) == ("PE", "Puno", "Juliaca")
    assert report.date is not None
    assert (report.date.iso(), report.date.precision) == ("2023-01-09", "day")

    assert report.fatalities is not None and report.fatalities.best == 2
    deaths = [c for c in report.claims if c.kind == "fatalities" and c.value == 2]
    assert len(deaths) == 1, report.claims
    assert network.lower() in (deaths[0].reporter or "").lower(), deaths[0]
    assert deaths[0].reporter_class == "health", deaths[0]

    assert report.injured is not None and report.injured.best == 12
    hurt = [c for c in report.claims if c.kind == "injured" and c.value == 12]
    assert len(hurt) == 1, report.claims
    assert hurt[0].reporter_class == "police", hurt[0]
    assert "pol" in (hurt[0].reporter or "").lower(), hurt[0]
    assert doc.tallies == []


def test_a_german_report_is_warned_about_and_not_extracted() -> None:
    doc = run("Zwei Demonstranten sind am Montag in Juliaca bei Zusammenstößen mit der "
              "Polizei ums Leben gekommen, teilte das regionale Gesundheitsnetz mit. Die "
              "Polizei meldete zwölf verletzte Beamte.")
    assert doc.language == "de"
    assert doc.reports == [] and doc.tallies == []
    assert any("unsupported" in w and "de" in w for w in doc.warnings), doc.warnings
