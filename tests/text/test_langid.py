"""Tests of language identification (texts written here) and its accuracy on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from willay.ingest import document_from_record
from willay.model.document import Document
from willay.text.langid import LanguageIdentifier, unsupported_warning


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thousands of teachers marched through the capital on Tuesday to demand higher "
         "wages, and police said the protest ended peacefully.", "en"),
        ("Miles de docentes marcharon el martes por la capital para exigir mejores sueldos, "
         "y la policía informó que la protesta terminó sin incidentes.", "es"),
        ("Milhares de professores marcharam na terça-feira pela capital para exigir salários "
         "melhores, e a polícia disse que o protesto terminou sem incidentes.", "pt"),
        ("Des milliers d'enseignants ont défilé mardi dans la capitale pour réclamer de "
         "meilleurs salaires, et la police a indiqué que la manifestation s'est bien passée.",
         "fr"),
    ],
)
def test_supported_languages(identifier: LanguageIdentifier, text: str, lang: str) -> None:
    doc = identifier(Document(id="x", text=text))
    assert doc.language == lang
    assert doc.language_score is not None and 0.5 < doc.language_score <= 1.0
    assert doc.warnings == []


def test_confident_unsupported_language_is_stored_with_a_warning(
    identifier: LanguageIdentifier,
) -> None:
    text = ("Tausende Lehrer sind am Dienstag durch die Hauptstadt gezogen, um höhere Löhne zu "
            "fordern, und die Polizei sagte, der Protest sei friedlich verlaufen.")
    doc = identifier(Document(id="x", text=text))
    assert doc.language == "de"
    assert doc.warnings == [unsupported_warning("de")] == ["unsupported language 'de'"]


def test_declared_language_is_kept(identifier: LanguageIdentifier) -> None:
    doc = Document(id="x", text="Thousands of teachers marched.", language="pt-BR")
    identifier(doc)
    assert (doc.language, doc.language_score, doc.warnings) == ("pt", None, [])
    doc = Document(id="y", text="Thousands of teachers marched.", language="qu")
    identifier(doc)
    assert doc.language == "qu" and doc.warnings == ["unsupported language 'qu'"]


def test_short_text_gets_no_language(identifier: LanguageIdentifier) -> None:
    doc = identifier(Document(id="x", text="Lima, 2024"))
    assert doc.language is None
    assert doc.warnings == ["language not identified (text too short)"]


def test_restriction_picks_a_supported_language_when_unsure() -> None:
    only_en_es = LanguageIdentifier(supported=("en", "es"), threshold=1.01)
    doc = only_en_es(Document(id="x", text="Os manifestantes bloquearam a estrada no domingo."))
    assert doc.language in ("en", "es")
    assert doc.warnings == []


def test_dev_set_accuracy_without_the_declared_language(
    identifier: LanguageIdentifier, dev_dir: Path
) -> None:
    lines = (dev_dir / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    right = 0
    for number, line in enumerate(lines, start=1):
        record = json.loads(line)
        gold = record.pop("lang")
        doc = identifier(document_from_record(record, f"corpus.jsonl:{number}"))
        right += doc.language == gold
    assert right / len(lines) >= 0.95
