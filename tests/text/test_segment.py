"""Tests of the sentence segmenter (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from willay.model.document import Document
from willay.text.segment import Segmenter


def sentences(text: str) -> list[str]:
    return [s.text for s in Segmenter().segment(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police arrived at 9 a.m. on Monday. Marchers left.",
            ["Police arrived at 9 a.m. on Monday.", "Marchers left."],
        ),
        (
            "Gen. Castro and Dr. Ruiz met Mr. Lopez. They talked.",
            ["Gen. Castro and Dr. Ruiz met Mr. Lopez.", "They talked."],
        ),
        (
            "The march began on Jan. 9 in Puno. It ended on Dec. 12.",
            ["The march began on Jan. 9 in Puno.", "It ended on Dec. 12."],
        ),
        (
            "Washington and the U.S. State Department agreed. Nobody else did.",
            ["Washington and the U.S. State Department agreed.", "Nobody else did."],
        ),
        (
            "Los EE.UU. condenaron la represión. El Sr. Mamani y la Sra. Quispe marcharon.",
            ["Los EE.UU. condenaron la represión.", "El Sr. Mamani y la Sra. Quispe marcharon."],
        ),
        (
            "Unos 1.340 docentes y 2,000 mineros marcharon. La inflación fue 3.47 % en mayo.",
            ["Unos 1.340 docentes y 2,000 mineros marcharon.", "La inflación fue 3.47 % en mayo."],
        ),
        (
            "J. R. Tupa spoke first. Then the crowd left.",
            ["J. R. Tupa spoke first.", "Then the crowd left."],
        ),
        (
            "Ils ont crié « assassins ! » devant la préfecture. M. Durand a répondu.",
            ["Ils ont crié « assassins ! » devant la préfecture.", "M. Durand a répondu."],
        ),
        (
            "He said: “They fired at us.” The police denied it.",
            ["He said: “They fired at us.”", "The police denied it."],
        ),
        (
            "The strike (the third this year.) went on. Buses stopped.",
            ["The strike (the third this year.) went on.", "Buses stopped."],
        ),
        (
            "Wait... the crowd grew. Then... Silence fell.",
            ["Wait... the crowd grew.", "Then...", "Silence fell."],
        ),
        (
            "¿Quién disparó? Nadie lo sabe. ¡Justicia! gritaban.",
            ["¿Quién disparó?", "Nadie lo sabe.", "¡Justicia! gritaban."],
        ),
        (
            "A greve afetou a Av. Paulista. O metrô parou.",
            ["A greve afetou a Av. Paulista.", "O metrô parou."],
        ),
        (
            "Art. 5 and No. 12 were cited. Case closed.",
            ["Art. 5 and No. 12 were cited.", "Case closed."],
        ),
        (
            "Seventeen people died. 38 were injured.",
            ["Seventeen people died.", "38 were injured."],
        ),
        (
            # Spanish doubled initials with a space: CC. OO., EE. UU., FF. AA.
            "Los sindicatos CC. OO. y UGT convocaron la huelga. Los viajeros de EE. UU. "
            "esperaron. Las FF. AA. patrullaron.",
            ["Los sindicatos CC. OO. y UGT convocaron la huelga.",
             "Los viajeros de EE. UU. esperaron.", "Las FF. AA. patrullaron."],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_line_break_without_punctuation_ends_a_sentence() -> None:
    text = "Strike in Tacna\nTransport workers stopped work on Monday.\n- Lima\n- Cusco\n"
    assert sentences(text) == [
        "Strike in Tacna",
        "Transport workers stopped work on Monday.",
        "- Lima",
        "- Cusco",
    ]


def test_blank_lines_start_paragraphs_and_offsets_are_exact() -> None:
    text = "  Title line\n\nFirst one. Second one.\n\n\nThird one.  "
    sents = Segmenter().segment(text)
    assert [s.paragraph for s in sents] == [0, 1, 1, 2]
    for s in sents:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_lowercase_continuation_after_a_stray_blank_line_is_joined() -> None:
    text = "The crowd marched to the square\n\nand sang until dusk. Police watched."
    sents = Segmenter().segment(text)
    assert [s.text for s in sents] == [
        "The crowd marched to the square\n\nand sang until dusk.",
        "Police watched.",
    ]
    assert {s.paragraph for s in sents} == {0}


def test_lowercase_line_after_final_punctuation_is_not_joined() -> None:
    text = "The crowd marched.\n\nand then nothing."
    assert sentences(text) == ["The crowd marched.", "and then nothing."]


def test_crlf_line_breaks() -> None:
    text = "Headline\r\nFirst sentence. Second.\r\n"
    assert sentences(text) == ["Headline", "First sentence.", "Second."]


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert sentences("") == []
    assert sentences(" \n\n \t") == []


def test_component_sets_doc_sentences() -> None:
    doc = Document(id="d", text="One. Two.")
    assert Segmenter()(doc) is doc
    assert [s.text for s in doc.sentences] == ["One.", "Two."]
    assert doc.sentence_at(5) is doc.sentences[1]


def test_restricting_languages_changes_the_abbreviations() -> None:
    text = "Vio a la Sra. Quispe. Nada más."
    assert Segmenter(("es",)).segment(text)[0].text == "Vio a la Sra. Quispe."
    assert Segmenter(("en",)).segment(text)[0].text == "Vio a la Sra."


def test_seed_sentences_are_exact_and_keep_quoted_continuations(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    sents = Segmenter().segment(text)
    assert len(sents) > 50
    for s in sents:
        assert text[s.start : s.end] == s.text
    joined = [s for s in sents if "\n\nto chant" in s.text]
    assert len(joined) == 1
    assert any(s.text.startswith("“The first death was recorded") for s in sents)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scraped text that lost the space of a paragraph break
        ("Les heurts ont repris à Tarvo.Les gendarmes sont arrivés.",
         ["Les heurts ont repris à Tarvo.", "Les gendarmes sont arrivés."]),
        ('Dijo que no cederá "a las provocaciones".Un periodista resultó herido.',
         ['Dijo que no cederá "a las provocaciones".', "Un periodista resultó herido."]),
        ("Os grevistas ficaram na praça.Testemunhas relataram tiros.",
         ["Os grevistas ficaram na praça.", "Testemunhas relataram tiros."]),
        # not a glued sentence end: acronyms, titles, decimals, links and addresses
        ("The U.S.Army came. It cost S/39.19 in all.", ["The U.S.Army came.", "It cost S/39.19 in all."]),
        ("La Sra.Pérez habló.", ["La Sra.Pérez habló."]),
        ("See lirpa.com.Later text and www.Lirpa.Org here.",
         ["See lirpa.com.Later text and www.Lirpa.Org here."]),
        ("Write to desk@lirpa.Net today.", ["Write to desk@lirpa.Net today."]),
    ],
)
def test_a_full_stop_glued_to_the_next_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
