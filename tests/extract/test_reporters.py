"""Attribution: reporter phrases, their heads and classes, relayed quotes and governance."""

from __future__ import annotations

import pytest
from sentence_docs import make_doc

from willay.extract.reporters import (
    Attributor,
    find_relays,
    find_reporters,
    normalize_reporter,
    reporter_class,
)


def reporters(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(name, class, name as written) of every reporter phrase of one sentence."""
    out = []
    for m in find_reporters(text, 0, len(text), lang):
        out.append((m.name, m.reporter_class, text[m.span_start : m.span_end]))
    return out


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a cue before the name
    ("en", "According to the Health Network, 12 died.", ("Health Network", "health")),
    ("en", "According to Peru's ombudsman, 5 died.", ("Ombudsman", "ombudsman")),
    ("es", "Según la Defensoría del Pueblo, hubo 8 muertos.",
     ("Defensoría del Pueblo", "ombudsman")),
    ("es", "De acuerdo con la Red de Salud de Lirpa, hubo 3 heridos.",
     ("Red de Salud de Lirpa", "health")),
    ("pt", "De acordo com a AP, sete pessoas morreram.", ("AP", "media")),
    ("pt", "Segundo a polícia, 12 pessoas foram detidas.", ("polícia", "police")),
    ("fr", "Selon le comité central des médecins, 40 personnes ont été tuées.",
     ("comité central des médecins", "health")),
    ("fr", "Selon le ministère de l'Intérieur, 29 manifestants ont été interpellés.",
     ("ministère de l'Intérieur", "government")),
    # a reporting verb after the name
    ("en", "The Ombudsman's office counted 20 injured.", ("Ombudsman", "ombudsman")),
    ("en", "12 dead, the local health department said.",
     ("local health department", "health")),
    ("en", "Official sources indicated that 9 people died.", ("official sources", "government")),
    ("en", "Eyewitnesses at the square said two died.", ("eyewitnesses", "witness")),
    ("en", "Defense Minister Ana Quispe Rojas reported 40 arrests.",
     ("Ana Quispe Rojas", "government")),
    ("es", "La Policía reportó 12 agentes heridos.", ("Policía", "police")),
    ("es", "El diario La Voz informó que hubo tres detenidos.", ("La Voz", "media")),
    ("pt", "A Defesa Civil informou que 3 pessoas morreram.", ("Defesa Civil", "government")),
    ("fr", "La police a déclaré que 16 agents ont été blessés.", ("police", "police")),
    ("fr", "Le journal Tambo a appris que dix personnes ont été interpellées.",
     ("Tambo", "media")),
    # a verb before the name, after a comma
    ("es", "Hubo dos muertos, informó la congresista Rosa Mamani.", ("Rosa Mamani", "government")),
    ("pt", "Mataram sete pessoas, noticia a AP.", ("AP", "media")),
    ("fr", "Le bilan est faux, assure le gouvernement.", ("gouvernement", "government")),
    # apposition after "según un reporte del presidente"
    ("es", "Según un reporte del presidente, José Lirpa, hubo un muerto.",
     ("José Lirpa", "government")),
])
def test_reporter_phrases(lang: str, text: str, expected: tuple[str, str]) -> None:
    found = reporters(text, lang)
    assert found, text
    assert found[0][:2] == expected
    assert found[0][2] in text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police killed 12 protesters in the square."),  # "by"-less agent, no cue
    ("es", "Marcharon para protestar contra el gobierno."),  # "para" is not a cue here
    ("es", "Hubo 5 heridos mientras debatían reformas para el presidente Javier Lirpa."),
    ("fr", "Les manifestants ont été dispersés par la police."),
])
def test_no_reporter(lang: str, text: str) -> None:
    assert reporters(text, lang) == []


def test_two_reporters_with_one_cue() -> None:
    found = reporters("Hubo cinco heridos, según vecinos y una oenegé.", "es")
    assert [f[0] for f in found] == ["vecinos", "oenegé"]
    assert [f[1] for f in found] == ["witness", "ngo"]


@pytest.mark.parametrize(("lang", "phrase", "name"), [
    ("en", "Peru's ombudsman", "Ombudsman"),
    ("en", "the local health department", "local health department"),
    ("en", "the Ombudsman's office", "Ombudsman"),
    ("en", "Reuters press agency", "Reuters"),
    ("es", "la Defensoría de Pueblo", "Defensoría del Pueblo"),
    ("es", "la diputada opositora Rosa Mamani", "Rosa Mamani"),
    ("pt", "a mídia peruana", "mídia"),
    ("fr", "le député Jean Lirpa", "Jean Lirpa"),
])
def test_normalize_reporter(lang: str, phrase: str, name: str) -> None:
    assert normalize_reporter(phrase, lang) == name


@pytest.mark.parametrize(("lang", "phrase", "cls"), [
    ("en", "Ministry of Health", "health"),
    ("en", "Amnesty International", "ngo"),
    ("en", "the prosecutor's office", "judicial"),
    ("es", "Fiscalía", "judicial"),
    ("es", "Fuerzas Armadas", "military"),
    ("pt", "Polícia Militar", "police"),
    ("fr", "ministère de la Santé", "health"),
    ("fr", "Jean Lirpa", "other"),
])
def test_reporter_class(lang: str, phrase: str, cls: str) -> None:
    assert reporter_class(phrase, lang) == cls


def test_relay_with_colon_and_speaker_after_quote() -> None:
    text = ("A report by Radio Lirpa stressed: “The Health Network counted 5 dead.”\n"
            "“We mourn the 9 dead,” said Rosa Mamani, a protester.")
    relays = find_relays(text, "en")
    assert [(r.kind, r.outlet.name) for r in relays] == [("relay", "Radio Lirpa"),
                                                         ("speaker", "Rosa Mamani")]
    assert text[relays[0].start] == "“" and text[relays[0].end - 1] == "”"


def test_attribution_inside_a_relayed_quote() -> None:
    text = ("Radio Lirpa noted that: “The count released by the Health Network now stands "
            "at 4 dead. Roads were blocked with 3 injured.”\n"
            "The march drew 40 people.")
    doc = make_doc(text, "en")
    att = Attributor(doc, "en")
    four = text.index("4 dead")
    three = text.index("3 injured")
    forty = text.index("40 people")
    first = att.attribute(four, four + 6)
    assert (first.reporter, first.reporter_class, first.via) == \
        ("Health Network", "health", "Radio Lirpa")
    assert first.evidence is not None and first.evidence.quote == "Health Network"
    # a sentence of the quote that names nobody: the outlet itself
    second = att.attribute(three, three + 9)
    assert (second.reporter, second.via) == ("Radio Lirpa", "Radio Lirpa")
    # outside the quote: the article's own voice
    assert att.attribute(forty, forty + 9).reporter is None


def test_which_reporter_governs_a_figure() -> None:
    text = "La radio Sur informó que hubo tres detenidos y el canal Tambo TV reportó dos heridos."
    doc = make_doc(text, "es")
    att = Attributor(doc, "es")
    a = text.index("tres")
    b = text.index("dos heridos")
    assert att.attribute(a, a + 14).reporter == "Sur"
    assert att.attribute(b, b + 11).reporter == "Tambo TV"


def test_citing_a_source() -> None:
    text = "20 of the deaths were in Lirpa, local media reported, citing the Ministry of Health."
    doc = make_doc(text, "en")
    got = Attributor(doc, "en").attribute(0, 16)
    assert (got.reporter, got.reporter_class, got.via) == \
        ("Ministry of Health", "health", "local media")


def test_reporter_in_the_next_sentence() -> None:
    text = "Two guards were killed in Lirpa. Governor Tambo reported this, condemning it."
    doc = make_doc(text, "en")
    got = Attributor(doc, "en").attribute(0, 23)
    assert got.reporter == "Tambo"
    assert got.reporter_class == "government"


def test_a_surname_takes_the_full_name_used_before() -> None:
    text = ("La ministra María Paula Lirpa habló ayer. "
            "Lirpa dijo que hubo 240 detenidos.")
    doc = make_doc(text, "es")
    start = text.index("240")
    got = Attributor(doc, "es").attribute(start, start + 13)
    assert got.reporter == "María Paula Lirpa"
    assert got.reporter_class == "government"
    assert got.evidence is not None and got.evidence.quote == "Lirpa"
    assert doc.text[got.evidence.start : got.evidence.end] == got.evidence.quote
