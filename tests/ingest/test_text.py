"""Tests of plain text to Document and of metadata guessed from text (texts written here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from willay.errors import EmptyInputError, InputError
from willay.ingest import document_from_text
from willay.ingest.meta import date_finder, text_metadata
from willay.ingest.text import id_from_source
from willay.model.document import content_id

REPORT = """\
Dockworkers Walk Out in Port of Valdora

By Mara Telling

Northern Courier, March 4, 2024

Share | Tweet | Email

Dockworkers in Valdora stopped work on Sunday to demand safer cranes. The union said
about 300 members joined.
"""


def test_title_author_publisher_date_from_the_text() -> None:
    doc = document_from_text(REPORT, "report.txt")
    assert doc.title == "Dockworkers Walk Out in Port of Valdora"
    assert doc.author == "Mara Telling"
    assert doc.publisher == "Northern Courier"
    assert doc.published == dt.date(2024, 3, 4)
    assert doc.published_precision == "day"
    assert doc.text.startswith("Dockworkers Walk Out in Port of Valdora\n\nDockworkers in")
    assert "By Mara" not in doc.text and "March 4" not in doc.text and "Tweet" not in doc.text
    assert [s.quote for s in doc.removed] == [
        "By Mara Telling",
        "Northern Courier, March 4, 2024",
        "Share | Tweet | Email",
    ]
    assert doc.id == content_id(doc.text)
    assert doc.source == "report.txt"


def test_given_metadata_wins_over_guesses() -> None:
    doc = document_from_text(
        REPORT, "x", id="r1", title="Given", author="Someone", publisher="P",
        published="2024-03", lang="EN", url="https://example.org/a",
    )
    assert (doc.id, doc.title, doc.author, doc.publisher) == ("r1", "Given", "Someone", "P")
    assert doc.published == dt.date(2024, 3, 1)
    assert doc.published_precision == "month"
    assert doc.language == "en"
    assert doc.url == "https://example.org/a"


def test_same_input_same_id() -> None:
    assert document_from_text(REPORT, "a").id == document_from_text(REPORT, "b").id


@pytest.mark.parametrize(
    ("lines", "author", "published", "publisher"),
    [
        ("Por Lucía Vargas\nLima, 3 de agosto de 2023", "Lucía Vargas", dt.date(2023, 8, 3), None),
        ("Par Jean Morel, 25 mars 2024", "Jean Morel", dt.date(2024, 3, 25), None),
        ("Sun 29th September 2019 | 12:00 PM", None, dt.date(2019, 9, 29), None),
        ("Jun 30, 2022, 1:59 PM | Updated: 4:15 pm", None, dt.date(2022, 6, 30), None),
        ("Monday, January 10, 2022, p. 24", None, dt.date(2022, 1, 10), None),
        ("Diário do Sertão, 12 de maio de 2021", None, dt.date(2021, 5, 12), "Diário do Sertão"),
        ("2020-02-29", None, dt.date(2020, 2, 29), None),
    ],
)
def test_byline_and_date_lines(
    lines: str, author: str | None, published: dt.date, publisher: str | None
) -> None:
    raw = f"A Headline About a March\n{lines}\nThe march went ahead on Friday in the centre."
    meta = text_metadata(raw)
    assert (meta.author, meta.published, meta.publisher) == (author, published, publisher)
    assert meta.title == "A Headline About a March"


@pytest.mark.parametrize(
    ("first", "place", "agency"),
    [
        ("LIMA (Reuters) - Thousands marched on Thursday.", "LIMA", "Reuters"),
        ("La Paz, 3 ago (EFE).- Vecinos bloquearon la carretera.", "La Paz", "EFE"),
        ("QUITO, Jan 9 (AP) — Students clashed with police.", "QUITO", "AP"),
        ("Tarma, 2 de mayo de 2024 (Agencia X).- Hubo un paro.", "Tarma", "Agencia X"),
    ],
)
def test_dateline_gives_place_and_agency(first: str, place: str, agency: str) -> None:
    meta = text_metadata(first + "\nMore text follows here.")
    assert (meta.dateline_place, meta.publisher) == (place, agency)
    assert meta.consumed == []  # the dateline stays in the text
    assert meta.published == (dt.date(2024, 5, 2) if place == "Tarma" else None)


def test_dateline_day_refines_a_given_month() -> None:
    raw = "La Paz, 3 ago (EFE).- Vecinos de El Alto bloquearon la carretera."
    doc = document_from_text(raw, "s", published="2020-08")
    assert (doc.published, doc.published_precision) == (dt.date(2020, 8, 3), "day")
    doc = document_from_text(raw, "s", published="2020-09")
    assert (doc.published, doc.published_precision) == (dt.date(2020, 9, 1), "month")


def test_date_line_in_the_body_is_not_metadata() -> None:
    raw = (
        "A long opening paragraph that is clearly part of the body, since it runs on for well "
        "over one hundred characters without stopping.\n— Some Account (@acct) May 2, 2020\n"
    )
    meta = text_metadata(raw)
    assert meta.published is None and meta.consumed == []


def test_sentence_first_line_is_not_a_title() -> None:
    meta = text_metadata("Police fired tear gas in the square. Many fled.\nMore.")
    assert meta.title is None


def test_storage_marker_gives_the_month() -> None:
    meta = text_metadata(" date 2019-06 Le 3 juin, la police a dispersé le sit-in.")
    assert (meta.published, meta.published_precision) == (dt.date(2019, 6, 1), "month")


def test_date_finder_rejects_impossible_dates() -> None:
    assert date_finder().find("February 30, 2023") is None
    hit = date_finder().find("on 9 de enero de 2023 in")
    assert hit is not None and hit[0] == dt.date(2023, 1, 9)


def test_empty_and_all_boilerplate_inputs() -> None:
    with pytest.raises(EmptyInputError, match=r"^e\.txt: empty input$"):
        document_from_text(" \n\n", "e.txt")
    with pytest.raises(EmptyInputError, match="no article text left"):
        document_from_text("Follow us on Twitter\nCopyright © X, 2020\n", "b.txt")


def test_bad_published_value_names_the_source() -> None:
    with pytest.raises(InputError, match=r"^r\.jsonl:2: bad published date 'yesterday'"):
        document_from_text("Some text here.", "r.jsonl:2", published="yesterday")


def test_unknown_metadata_key_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="colour"):
        document_from_text("Some text.", "x", colour="red")


def test_id_from_source() -> None:
    assert id_from_source("a/b/000_eba4030429a9acda.txt") == "000_eba4030429a9acda"
    assert id_from_source("0123456789abcdef.html") == "0123456789abcdef"
    assert id_from_source("lima-march.txt") is None


def test_seed_metadata_and_clean_body(seed_path: Path) -> None:
    raw = seed_path.read_text(encoding="utf-8")
    doc = document_from_text(raw, str(seed_path))
    assert doc.title == "Unrest Spreads Across Peru After Massacre of Civilians"
    assert doc.author == "Abayomi Azikiwe"
    assert doc.publisher == "Global Research"
    assert doc.published == dt.date(2023, 1, 13)
    assert "Calls for the prosecution" in doc.text
    assert "meaningful measures" in doc.text
    assert "Global Research, January 13, 2023" not in doc.text
    for span in doc.removed:
        assert raw[span.start : span.end] == span.quote
    for clean_start, raw_start, length in doc.raw_offsets:
        assert doc.text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
