"""Property-based tests of the extractor: any text in any supported language gives events
and tallies whose every evidence span quotes the text, and never an exception."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from willay.extract.pipeline import extract
from willay.model import Document
from willay.model.serialize import document_to_dict

#: Words and shapes the rules react to, in the four languages, mixed with noise.
PIECES = [
    "Protesters marched in Lima on Monday", "police fired tear gas", "12 people were killed",
    "at least 30 injured", "according to the Health Network", "said the ombudsman",
    "La policía detuvo a 15 manifestantes en Cusco el martes", "según la Defensoría",
    "Milhares protestaram em São Paulo", "mortos", "Des milliers de manifestants à Nantes",
    "blessés", "strike", "paro", "bloqueo", "road blockade", "curfew", "state of emergency",
    "between Monday and Wednesday", "on 9 January 2023", "two days later", "last week",
    "dozens", "hundreds", "1,500", "-3", "99999999999999999999", "12-15", "(Reuters) -",
    "LIMA", "Juliaca", "Puno", "Arequipa, Ayacucho and Puno", "“", "”", "\"", "«", "»",
    ":", ";", ".", ",", "\n", "\n\n", " ", "  ", "\t", "—", "(", ")", "Mr.", "U.S.", "N°",
    "__", "**", "é", "ñ", "ç", "ß", "世界", "🙂", "\u200b", "\ufeff", "\u00a0",
]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)),
                 min_size=1, max_size=60).map(" ".join)
languages = st.sampled_from(["en", "es", "pt", "fr", None])
published = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1),
                                          max_value=dt.date(2100, 12, 31)))


def spans_quote_the_text(doc: Document) -> None:
    text = doc.text
    for report in doc.reports:
        for span in report.spans():
            assert text[span.start:span.end] == span.quote, (span, report.id)
    for tally in doc.tallies:
        assert text[tally.evidence.start:tally.evidence.end] == tally.evidence.quote


@given(texts, languages, published)
@example("Police killed 99999999999999999999 protesters in Lima on Monday.", "en", None)
@example("“" * 300 + "Protesters marched in Lima.", "en", None)
@example("Lima. " * 400, "es", dt.date(2023, 1, 13))
def test_any_text_extracts_without_error_and_quotes_its_evidence(
        text: str, language: str | None, day: dt.date | None) -> None:
    doc = Document(id="fuzz", text=text, language=language, published=day)
    doc = extract(doc, time_budget=0)
    spans_quote_the_text(doc)
    document_to_dict(doc)  # the output contract serialises
