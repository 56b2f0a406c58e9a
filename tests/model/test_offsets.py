"""Tests of the offset map and of moving a document's spans into its text as given."""

from __future__ import annotations

import pytest

from willay.extract.pipeline import extract
from willay.ingest import document_from_text
from willay.model import Claim, Document, EventReport, Mention, Sentence, Span, Tally
from willay.model.document import content_id
from willay.model.offsets import OffsetMap, clean_view, to_given_text
from willay.text.clean import clean_text

#: A report as a user may paste it: a storage marker, indentation, markdown, Windows line
#: ends, a byline and boilerplate between paragraphs (a real port, fictional people).
RAW = (
    " date 2031-03-14 \r\n"
    "   **Dockworkers** strike in [Callao](https://news.example/callao)\r\n"
    "\r\n"
    "By Ana Lobo\r\n"
    "\r\n"
    "Subscribe to our daily newsletter for every strike in Callao.\r\n"
    "\r\n"
    "    Hundreds of dockworkers went on strike in Callao on Tuesday, the union said.\r\n"
    "\r\n"
    "Police detained *twelve* strikers at the port gate, the **Interior Ministry** said.   \r\n"
)


def test_offset_map_maps_characters_ranges_and_empty_ranges() -> None:
    # clean "abcXYZ" cut from given "..abc--XYZ.." (blocks at 2 and 7)
    omap = OffsetMap([(0, 2, 3), (3, 7, 3)], 6)
    given = "..abc--XYZ.."
    assert [omap.char(i) for i in range(6)] == [2, 3, 4, 7, 8, 9]
    assert omap.range(1, 5) == (3, 9)  # "bcXY" spans the gap: "bc--XY"
    assert omap.span(Span(1, 5, "bcXY"), given) == Span(3, 9, "bc--XY")
    assert omap.range(3, 3) == (7, 7) and omap.range(6, 6) == (10, 10)
    assert omap.range(0, 0) == (2, 2)
    assert not omap.identity and OffsetMap([], 4).identity
    assert OffsetMap([], 4).range(1, 3) == (1, 3)
    with pytest.raises(ValueError, match="outside"):
        omap.range(2, 7)
    with pytest.raises(ValueError, match="covers"):
        OffsetMap([(0, 0, 2)], 5)
    assert clean_view(given, [(3, 7, 3), (0, 2, 3)]) == "abcXYZ"


def test_the_map_keeps_order_and_disjointness() -> None:
    clean = clean_text(RAW)
    omap = OffsetMap(clean.raw_offsets, len(clean.text))
    n = len(clean.text)
    pairs = [(a, b) for a in range(0, n, 7) for b in range(a + 1, min(n, a + 30), 5)]
    for a, b in pairs:
        ga, gb = omap.range(a, b)
        assert RAW[ga] == clean.text[a] and RAW[gb - 1] == clean.text[b - 1]
        for c, d in pairs:
            gc, gd = omap.range(c, d)
            assert (a < d and c < b) == (ga < gd and gc < gb), ((a, b), (c, d))


def test_spans_of_every_kind_move_into_the_text_as_given() -> None:
    raw = "  Intro line.\n\n  Second **bold** line here.\n"
    clean = clean_text(raw)
    assert clean.text == "Intro line.\n\nSecond bold line here."
    doc = Document(id="d", text=clean.text, given_text=raw, raw_offsets=clean.raw_offsets,
                   removed=clean.removed)
    bold = doc.span(clean.text.index("bold"), clean.text.index("bold") + 4)
    second = doc.span(clean.text.index("Second"), len(clean.text))
    claim = Claim("arrested", 2, evidence=bold, reporter_evidence=second)
    doc.sentences = [Sentence(second, 1)]
    doc.mentions = [Mention("figure", bold, claim, {"scope": (second.start, second.end),
                                                    "number_span": (bold.start, bold.end)})]
    doc.reports = [EventReport("d:e1", "d", "Protests", "Peaceful protest", "Demonstrations",
                               trigger=bold, claims=[claim], evidence={"date": [second]})]
    doc.tallies = [Tally("deaths", 3, evidence=second)]
    to_given_text(doc)
    assert doc.text == raw and doc.given_text is None and doc.clean_text == clean.text
    assert doc.clean_view == clean.text
    report = doc.reports[0]
    assert report.trigger.quote == "bold"
    assert report.evidence["date"][0].quote == "Second **bold** line here."
    assert doc.sentences[0].span == report.evidence["date"][0]
    assert report.claims[0].reporter_evidence == report.evidence["date"][0]
    mention = doc.mentions[0]
    assert mention.span.quote == "bold" and mention.value.evidence.quote == "bold"
    assert raw[slice(*mention.attrs["scope"])] == "Second **bold** line here."
    assert raw[slice(*mention.attrs["number_span"])] == "bold"
    assert doc.tallies[0].evidence.quote == "Second **bold** line here."
    assert to_given_text(doc) is doc and doc.text == raw, "a second call changes nothing"


def test_extraction_points_into_the_input_exactly_as_given() -> None:
    doc = document_from_text(RAW, "dock.txt", language="en")
    clean = doc.text
    assert doc.given_text == RAW and "newsletter" not in clean and "**" not in clean
    assert doc.published is not None and doc.published.isoformat() == "2031-03-14"
    extract(doc)
    assert doc.text == RAW, "the text is the input, \\r and markers included"
    assert doc.clean_text == clean and doc.id == content_id(clean)
    assert doc.reports, "the strike is found"
    spans = [s for r in doc.reports for s in r.spans()] + [t.evidence for t in doc.tallies]
    spans += [m.span for m in doc.mentions] + [s.span for s in doc.sentences]
    for span in spans:
        assert RAW[span.start:span.end] == span.quote, span
        assert not any(span.overlaps(cut) for cut in doc.removed), span
    quotes = [s.quote for s in spans]
    assert "detained *twelve* strikers" in quotes, "a quote keeps the markup it spans"
    assert all(not q.startswith(" date") for q in quotes)


def test_a_document_built_from_a_text_is_left_as_it_is() -> None:
    doc = Document(id="x", text="Teachers marched in Brenn on Monday.")
    assert to_given_text(doc).text == "Teachers marched in Brenn on Monday."
    assert doc.clean_text is None and doc.clean_view == doc.text
