"""Tests of HTML to Document: charset, trafilatura metadata, readability fallback."""

from __future__ import annotations

import datetime as dt

import pytest

from willay.errors import EmptyInputError, EncodingError, InputError
from willay.ingest import document_from_html
from willay.ingest.html import declared_charset, extract_html

BODY = (
    "<p>Cientos de agricultores marcharon el martes por la plaza mayor de Vellora para "
    "exigir precios justos para la papa y el maíz de la región.</p>"
    "<p>La policía cerró dos calles del centro y no hubo detenidos, según los organizadores "
    "de la movilización.</p>"
)

PAGE = f"""<!DOCTYPE html>
<html lang="es-PE"><head><meta charset="utf-8">
<title>Agricultores marchan en Vellora | Diario del Valle</title>
<meta property="og:title" content="Agricultores marchan en Vellora">
<meta name="author" content="Rosa Condori">
<meta property="article:published_time" content="2024-05-14T09:30:00-05:00">
<meta property="og:site_name" content="Diario del Valle">
<link rel="canonical" href="https://diario.example/agricultores">
</head><body><nav><a href="/">Inicio</a> | <a href="/pais">País</a></nav>
<article><h1>Agricultores marchan en Vellora</h1>{BODY}</article>
<footer>Todos los derechos reservados</footer></body></html>"""


def test_main_text_and_meta_tags() -> None:
    doc = document_from_html(PAGE.encode("utf-8"), "page.html")
    assert doc.title == "Agricultores marchan en Vellora"
    assert doc.author == "Rosa Condori"
    assert doc.publisher == "Diario del Valle"
    assert doc.published == dt.date(2024, 5, 14)
    assert doc.url == "https://diario.example/agricultores"
    assert doc.language == "es"
    assert "Cientos de agricultores marcharon" in doc.text
    assert "no hubo detenidos" in doc.text
    assert "Inicio" not in doc.text and "derechos reservados" not in doc.text


def test_given_url_and_metadata_win() -> None:
    doc = document_from_html(
        PAGE.encode("utf-8"), "p.html", url="https://other.example/x", title="T", id="h1"
    )
    assert (doc.url, doc.title, doc.id) == ("https://other.example/x", "T", "h1")


def test_declared_latin1_charset_is_honoured() -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"')
    doc = document_from_html(page.encode("latin-1"), "latin.html")
    assert "maíz" in doc.text
    assert declared_charset(page.encode("latin-1")) == "iso8859-1"


def test_bytes_invalid_in_the_declared_charset() -> None:
    raw = PAGE.encode("utf-8").replace("maíz".encode(), "ma\xedz".encode("latin-1"))
    with pytest.raises(EncodingError, match=r"^bad\.html: not valid utf-8 .* at byte \d+"):
        document_from_html(raw, "bad.html")


def test_truncated_html_without_text_is_an_empty_input_error() -> None:
    with pytest.raises(EmptyInputError, match=r"^cut\.html: no article text"):
        document_from_html(b"<html><head><title>Cut</title></head><body><div cla", "cut.html")


def test_parser_failure_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import willay.ingest.html as html_module

    def broken(html: str, url: str | None) -> tuple[str, html_module.PageMeta]:
        raise ValueError("bad tree")

    monkeypatch.setattr(html_module, "_trafilatura", broken)
    with pytest.raises(InputError, match=r"^odd\.html: cannot parse the HTML \(ValueError: bad"):
        document_from_html(PAGE.encode("utf-8"), "odd.html")


def test_readability_fallback_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import willay.ingest.html as html_module

    monkeypatch.setattr(html_module, "_trafilatura", lambda html, url: ("", html_module.PageMeta()))
    text, meta = extract_html(PAGE)
    assert "Cientos de agricultores marcharon" in text
    assert meta.title is not None and "Vellora" in meta.title
    assert meta.language == "es"


@pytest.mark.parametrize("depth", [300, 1500])
def test_html_nested_deeper_than_the_parser_default_keeps_its_text(depth: int) -> None:
    page = ("<html><body>" + "<div>" * depth + BODY + "</div>" * depth + "</body></html>")
    doc = document_from_html(page.encode("utf-8"), "deep.html")
    assert "agricultores marcharon" in doc.text


def test_html_nested_past_what_can_be_read_says_so() -> None:
    page = "<html><body>" + "<div>" * 5000 + BODY + "</div>" * 5000 + "</body></html>"
    with pytest.raises(InputError, match="nested more than 2000 deep"):
        document_from_html(page.encode("utf-8"), "deeper.html")
