"""SiteFinder: a named square, avenue or airport is a place of its own, inside its town."""

from __future__ import annotations

import re

import pytest

from willay.extract.sites import SiteFinder
from willay.model import Mention, Place, Span
from willay.model.document import Document, Sentence


def _doc(text: str, lang: str, towns: list[str]) -> Document:
    """A document with one sentence per '. ' and the given towns as resolved places."""
    sentences = [Sentence(Span(m.start(), m.end(), m.group()), 0)
                 for m in re.finditer(r"[^.]+\.?", text)]
    mentions = []
    for name in towns:
        start = text.index(name)
        place = Place(name=name, country="XA", feature="populated", admin1="Norvale",
                      latitude=1.5, longitude=2.5)
        mentions.append(Mention("place", Span(start, start + len(name), name), place, {}))
    return Document(id="t", text=text, language=lang, sentences=sentences, mentions=mentions)


def _sites(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(m.span.quote, m.value.name, m.attrs.get("within")) for m in doc.mentions
            if m.kind == "place" and m.attrs.get("site")]


def test_a_romance_site_noun_comes_before_the_name_and_the_site_takes_its_town() -> None:
    text = "Miles marcharon en Velmora hasta la plaza San Telmo del Río el martes."
    doc = SiteFinder()(_doc(text, "es", ["Velmora"]))
    [(quote, name, town)] = _sites(doc)
    assert (quote, name, town) == ("plaza San Telmo del Río", "plaza San Telmo del Río",
                                   "Velmora")
    site = next(m for m in doc.mentions if m.attrs.get("site"))
    assert text[site.start:site.end] == site.span.quote
    assert site.value.admin1 == "Norvale" and site.value.feature == "site"
    assert site.value.geo_precision == 2


def test_an_english_site_noun_follows_the_name() -> None:
    text = "In Velmora, students gathered on Kestrel Square on Monday."
    assert _sites(SiteFinder()(_doc(text, "en", ["Velmora"]))) == [
        ("Kestrel Square", "Kestrel Square", "Velmora")]


def test_the_town_may_come_from_an_earlier_sentence_of_the_paragraph() -> None:
    text = "Unions called a strike in Velmora. Workers rallied at Harlow Bridge at noon."
    assert _sites(SiteFinder()(_doc(text, "en", ["Velmora"]))) == [
        ("Harlow Bridge", "Harlow Bridge", "Velmora")]


def test_a_site_with_no_town_is_left_out() -> None:
    text = "Workers rallied at Harlow Bridge at noon."
    assert _sites(SiteFinder()(_doc(text, "en", []))) == []


def test_a_place_named_inside_the_site_gives_way_to_it() -> None:
    text = "Em Velmora, o protesto seguiu pela avenida Santa Luzia até o centro."
    doc = _doc(text, "pt", ["Velmora", "Santa Luzia"])
    doc = SiteFinder()(doc)
    places = [m.span.quote for m in doc.mentions if m.kind == "place"]
    assert places == ["Velmora", "avenida Santa Luzia"]


def test_a_road_between_towns_is_not_a_site() -> None:
    text = "Des camionneurs ont bloqué l'autoroute Nord près de Velmora."
    assert _sites(SiteFinder()(_doc(text, "fr", ["Velmora"]))) == []


def test_a_capitalised_direction_or_an_acronym_is_no_name() -> None:
    text = "In Velmora, crowds blocked the road North and the OK Avenue."
    quotes = [q for q, _, _ in _sites(SiteFinder()(_doc(text, "en", ["Velmora"])))]
    assert quotes == []


def test_two_named_sites_of_one_town_are_two_events() -> None:
    import willay

    text = ("Milhares de professores protestaram em Curitiba no domingo, na praça Santos "
            "Andrade e na avenida Sete de Setembro, contra a reforma.")
    result = willay.extract_text(text, published="2026-03-02")
    assert sorted(e.location for e in result.events) == [
        "avenida Sete de Setembro", "praça Santos Andrade"]
    assert {e.admin1 for e in result.events} == {"Paraná"}


def _in_paragraphs(doc: Document) -> Document:
    """The same document with each sentence a paragraph of its own."""
    doc.sentences = [Sentence(s.span, k) for k, s in enumerate(doc.sentences)]
    return doc


def test_the_only_town_of_a_story_holds_its_sites() -> None:
    for lang, text in [
        ("en", "Police arrested a student in Velmora. Thousands marched from Freedom Monument."),
        ("es", "La policía detuvo a un estudiante en Velmora. Miles marcharon hasta la plaza Mayor."),
        ("fr", "La police a arrêté un étudiant à Velmora. Des milliers ont défilé place Kossuth."),
        ("pt", "A polícia prendeu um estudante em Velmora. Milhares marcharam até a praça Matriz."),
    ]:
        doc = SiteFinder()(_in_paragraphs(_doc(text, lang, ["Velmora"])))
        assert [town for _, _, town in _sites(doc)] == ["Velmora"], (lang, _sites(doc))


def test_a_site_far_from_two_towns_named_once_is_left_out() -> None:
    text = "Police came from Velmora. Trucks came from Ostrel. Thousands marched from Freedom Monument."
    doc = SiteFinder()(_in_paragraphs(_doc(text, "en", ["Velmora", "Ostrel"])))
    assert _sites(doc) == []


def test_the_only_town_does_not_take_sites_when_another_site_has_its_town_nearby() -> None:
    text = "Thousands met in Velmora at Freedom Square. Later they reached Union Avenue."
    doc = SiteFinder()(_in_paragraphs(_doc(text, "en", ["Velmora"])))
    assert [quote for quote, _, _ in _sites(doc)] == ["Freedom Square"]


def test_the_only_town_must_lie_in_the_country_the_story_names_most() -> None:
    text = "Borland police came. Velmora officials spoke. Borland crowds marched from Freedom Monument."
    doc = _in_paragraphs(_doc(text, "en", ["Velmora"]))
    for k in (0, text.rindex("Borland")):
        place = Place(name="Borland", country="XB", feature="country")
        doc.mentions.append(Mention("place", Span(k, k + 7, "Borland"), place, {}))
    doc.mentions.sort(key=lambda m: m.start)
    assert _sites(SiteFinder()(doc)) == []


def test_named_sites_of_one_town_told_in_two_sentences_stay_two_events() -> None:
    """A site has its town's coordinates, so two sites of one town are not one place
    because they lie 0 km apart."""
    import willay

    for text, town in [
        ("On Monday, thousands of teachers rallied at Kestrel Square in Nairobi. On Monday, "
         "hundreds of nurses protested at Harlow Avenue in Nairobi.", "Nairobi"),
        ("El lunes, miles de docentes protestaron en la plaza San Telmo, en Montevideo. El "
         "lunes, cientos de enfermeras protestaron en la avenida Belgrano Sur, en Montevideo.",
         "Montevideo"),
        ("Lundi, des milliers d'enseignants ont manifesté place Kossuth, à Lyon. Lundi, des "
         "centaines d'infirmières ont manifesté avenue Berthelot, à Lyon.", "Lyon"),
        ("Na segunda-feira, milhares de professores protestaram na praça Santos Andrade, em "
         "Curitiba. Na segunda-feira, centenas de enfermeiras protestaram na avenida Sete de "
         "Setembro, em Curitiba.", "Curitiba"),
    ]:
        result = willay.extract_text(text, published="2026-03-04")
        assert len(result.events) == 2, (town, [e.location for e in result.events])
        assert len({e.location for e in result.events}) == 2


def test_a_march_from_one_site_to_another_is_one_event() -> None:
    import willay

    for text in [
        "On Monday, thousands marched from Kestrel Square in Nairobi. On Monday, the march "
        "reached Harlow Avenue in Nairobi.",
        "El lunes, miles marcharon desde la plaza San Telmo, en Montevideo. El lunes, la "
        "marcha llegó a la avenida Belgrano Sur, en Montevideo.",
        "Lundi, des milliers ont défilé depuis la place Kossuth, à Lyon. Lundi, la marche a "
        "atteint l'avenue Berthelot, à Lyon.",
        "Na segunda-feira, milhares marcharam desde a praça Santos Andrade, em Curitiba. Na "
        "segunda-feira, a marcha chegou à avenida Sete de Setembro, em Curitiba.",
    ]:
        result = willay.extract_text(text, published="2026-03-04")
        assert len(result.events) == 1, [e.location for e in result.events]


def test_two_names_of_one_site_are_one_site() -> None:
    from willay.extract.sites import same_site

    assert same_site("Ben-Gurion Airport", "Ben-Gurion International Airport")
    assert same_site("plaza de Mayo", "Plaza de Mayo")
    assert not same_site("Avenida Paulista", "avenida Ipiranga")
    assert not same_site("place de la Bastille", "place de la République")


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Cortaron calles de Velmora y sitiaron el aeropuerto de Castrelo el martes."),
    ("fr", "Ils ont bloqué des rues de Velmora puis assiégé l'aéroport de Castrelo mardi."),
    ("pt", "Bloquearam ruas de Velmora e cercaram o aeroporto do Castrelo na terça."),
])
def test_a_town_that_ends_the_site_name_is_its_town(lang: str, text: str) -> None:
    # "el aeropuerto de Castrelo" lies in Castrelo, not in the town named before it
    doc = SiteFinder()(_doc(text, lang, ["Velmora", "Castrelo"]))
    assert [town for _, _, town in _sites(doc)] == ["Castrelo"]
