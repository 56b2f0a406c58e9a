"""PlaceFinder on places the gazetteer lacks, on places abroad and on names that are not
places (fictional gazetteer: Norvale and Sudmark in XA, Borland in XB)."""

from __future__ import annotations

import pytest

from willay.extract.places import PlaceFinder
from willay.geo.build import PlaceRow, write_index
from willay.geo.countries import country_words
from willay.geo.index import Gazetteer
from willay.geo.resolver import Resolver
from willay.model import Mention
from willay.model.document import Document


def _town(name: str, admin1: str, pop: int = 0, country: str = "XA") -> PlaceRow:
    return PlaceRow(name, country, "populated", admin1, None, 1.0, 2.0, None, pop, "test")


@pytest.fixture(scope="module")
def finder(tmp_path_factory: pytest.TempPathFactory) -> PlaceFinder:
    rows = [
        PlaceRow("Norvale", "XA", "admin1", "Norvale", None, None, None, 10, 0, "test"),
        PlaceRow("Sudmark", "XA", "admin1", "Sudmark", None, None, None, 11, 0, "test"),
        PlaceRow("Borland", "XB", "admin1", "Borland", None, None, None, 12, 0, "test"),
        _town("Grandport", "Norvale", 2_000_000),
        _town("Esterby", "Norvale", 5_000),
        _town("Velloso", "Sudmark", 2_000),
        _town("Sumor", "Borland", 600, "XB"),
        _town("Kestral", "Borland", 400_000, "XB"),
        _town("Ito", "Borland", 60_000, "XB"),
        _town("Alep", "Sudmark", 3_000),
        _town("Victoria", "Sudmark", 5_000),
    ]
    path = tmp_path_factory.mktemp("gaz") / "fictional.sqlite"
    write_index(rows, path, {})
    return PlaceFinder(Resolver(Gazetteer(path)))


def _places(finder: PlaceFinder, text: str, lang: str = "en") -> list[Mention]:
    doc = Document(id="t", text=text, language=lang)
    finder(doc)
    for m in doc.mentions:
        m.span.verify(text)
    return doc.mentions_of("place")


def _named(mentions: list[Mention], name: str) -> Mention:
    found = [m for m in mentions if m.span.quote == name]
    assert len(found) == 1, [m.span.quote for m in mentions]
    return found[0]


def test_village_named_by_its_noun_lies_in_the_region_named_next_to_it(
        finder: PlaceFinder) -> None:
    text = "Gunmen attacked the village of Karrow in Norvale on Sunday."
    karrow = _named(_places(finder, text), "Karrow")
    place = karrow.value
    assert (place.name, place.country, place.admin1, place.feature) == (
        "Karrow", "XA", "Norvale", "populated")
    assert place.latitude is None and place.longitude is None and place.geonameid is None
    assert place.geo_precision == 2
    assert karrow.attrs["unlisted"] is True and karrow.attrs["designator"] == "village"
    assert karrow.attrs["preposition"] == "of"


def test_noun_after_the_name_and_lists(finder: PlaceFinder) -> None:
    shelled = _places(finder, "Soldiers shelled Dunmere village, in Sudmark, at dawn.")
    assert _named(shelled, "Dunmere").value.admin1 == "Sudmark"
    both = _places(finder, "Airstrikes hit the villages of Karrow and Dunmere in Norvale.")
    first, second = _named(both, "Karrow"), _named(both, "Dunmere")
    assert first.attrs["list_id"] is not None
    assert first.attrs["list_id"] == second.attrs["list_id"]
    assert second.value.admin1 == "Norvale"


def test_spanish_french_and_portuguese_nouns(finder: PlaceFinder) -> None:
    es = _places(finder, "Un policía murió en el caserío El Pinar, en Norvale.", "es")
    assert _named(es, "El Pinar").value.admin1 == "Norvale"
    fr = _places(finder, "Des hommes ont attaqué le village de Karrow, dans le Sudmark.", "fr")
    assert _named(fr, "Karrow").value.admin1 == "Sudmark"
    pt = _places(finder, "Um agente foi morto no bairro de Matanza, cidade de Esterby.", "pt")
    matanza = _named(pt, "Matanza").value
    assert (matanza.admin1, matanza.feature) == ("Norvale", "populated")


def test_no_unlisted_place_without_a_country(finder: PlaceFinder) -> None:
    assert _places(finder, "Rebels seized control of the town of Karrow.") == []


def test_neighbourhood_needs_its_town(finder: PlaceFinder) -> None:
    text = "Police in Esterby said so. Shots were fired in the neighbourhood of Karrow."
    assert [m.span.quote for m in _places(finder, text)] == ["Esterby"]
    text = "Shots were fired in the Karrow neighbourhood of Esterby."
    assert _named(_places(finder, text), "Karrow").value.admin1 == "Norvale"


def test_nouns_and_people_that_are_not_unlisted_places(finder: PlaceFinder) -> None:
    text = "Protests in Esterby. The town council of Esterby met the Korrigan community."
    quotes = [m.span.quote for m in _places(finder, text)]
    assert "council" not in " ".join(quotes)
    text = "Police in Esterby said the Arakanese community was attacked."
    assert [m.span.quote for m in _places(finder, text)] == ["Esterby"]


def test_small_places_abroad_need_support_in_their_paragraph(finder: PlaceFinder) -> None:
    text = ("Protests spread from Grandport to Esterby and Velloso. "
            "Police arrested ten people in Sumor.")
    assert "Sumor" not in [m.span.quote for m in _places(finder, text)]
    text = ("Protests spread from Grandport to Esterby and Velloso. "
            "Police arrested ten people in Sumor, in Borland.")
    assert _named(_places(finder, text), "Sumor").value.country == "XB"
    text = ("Protests spread from Grandport to Esterby and Velloso. "
            "Ministers flew to Kestral.")
    assert _named(_places(finder, text), "Kestral").value.country == "XB"  # well known


def test_context_stays_in_its_sentence(finder: PlaceFinder) -> None:
    text = "Marches crossed Norvale and the whole region. Velloso later denied it."
    assert "Velloso" not in [m.span.quote for m in _places(finder, text)]


def test_acronyms_and_abbreviations_are_not_places(finder: PlaceFinder) -> None:
    text = "A protester died in Grandport near ITO on Tuesday."
    assert [m.span.quote for m in _places(finder, text)] == ["Grandport"]
    text = ("La Asamblea Legislativa de Norvale (Alep) votó en Esterby. "
            "Marcharon en Velloso (Sudmark).")
    quotes = [m.span.quote for m in _places(finder, text, "es")]
    assert "Alep" not in quotes and "Sudmark" in quotes


def test_english_designator_needs_of(finder: PlaceFinder) -> None:
    text = "Crowds gathered in Grandport's business area Victoria afternoon."
    assert "Victoria" not in [m.span.quote for m in _places(finder, text)]
    text = "Crowds gathered in Grandport and in the town of Victoria."
    assert "Victoria" in [m.span.quote for m in _places(finder, text)]


def test_demonyms_with_their_plurals() -> None:
    words = country_words()
    assert words["somali"] == ("SO", "demonym")
    assert words["maliennes"] == ("ML", "demonym")
    assert words["afghans"] == ("AF", "demonym")
    assert words["nouvelle caledonie"] == ("NC", "name")


def test_a_noun_with_an_adjective_of_place_is_a_description(finder: PlaceFinder) -> None:
    text = "Hubo protestas en la Velloso norteña y en Esterby."
    assert [m.span.quote for m in _places(finder, text, "es")] == ["Esterby"]
    text = "Des manifestations à Esterby mais aussi à Velloso."
    assert [m.span.quote for m in _places(finder, text, "fr")] == ["Esterby", "Velloso"]
    text = "Hubo protestas en Esterby mientras la policía miraba."
    assert [m.span.quote for m in _places(finder, text, "es")] == ["Esterby"]


def test_a_region_named_as_such_abroad_stays(finder: PlaceFinder) -> None:
    text = ("Protests spread from Grandport to Esterby and Velloso. "
            "Strikers also met in the province of Borland.")
    assert _named(_places(finder, text), "Borland").value.country == "XB"


def test_a_well_known_name_abroad_is_never_an_unlisted_village(finder: PlaceFinder) -> None:
    text = "Protests spread from Grandport to Esterby and the town of Kestral."
    kestral = _named(_places(finder, text), "Kestral")
    assert kestral.value.country == "XB" and not kestral.attrs["unlisted"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Clashes broke out in Grandport, Karrow, Dunmere and Tulvik on Sunday."),
        ("es", "Hubo enfrentamientos en Grandport, Karrow, Dunmere y Tulvik el domingo."),
        ("fr", "Des heurts ont éclaté entre Grandport, Karrow, Dunmere et Tulvik dimanche."),
        ("pt", "Houve confrontos em Grandport, Karrow, Dunmere e Tulvik no domingo."),
    ],
)
def test_names_listed_with_a_place_are_places_of_its_country(finder: PlaceFinder, lang: str,
                                                              text: str) -> None:
    found = _places(finder, text, lang)
    grandport = _named(found, "Grandport")
    for name in ("Karrow", "Dunmere", "Tulvik"):
        member = _named(found, name)
        place = member.value
        # the country of the list; the region is not known, so it is not guessed
        assert (place.name, place.country, place.admin1, place.geo_precision) == (
            name, "XA", None, 3)
        assert place.latitude is None and member.attrs["unlisted"] is True
        assert member.attrs["list_id"] == grandport.attrs["list_id"] is not None


@pytest.mark.parametrize(
    "text",
    [
        # two names only: no list
        "Clashes broke out in Grandport and Karrow on Sunday.",
        # no place preposition opens the list, and one place of the gazetteer only
        "Grandport, Karrow, Dunmere and Tulvik signed the accord.",
        # a list of organisations after a place: words of the language, no names to place
        "In Grandport, Human Rights Watch, Amnesty International and the Red Cross spoke.",
    ],
)
def test_no_list_member_places_without_a_list_of_places(finder: PlaceFinder,
                                                         text: str) -> None:
    found = _places(finder, text)
    assert all(not m.attrs["unlisted"] for m in found), [m.span.quote for m in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The crowd filled the avenues Esterby and Velloso in Grandport on Sunday."),
        ("es", "La multitud llenó las avenidas Esterby y Velloso, en Grandport, el domingo."),
        ("fr", "La foule a rempli les avenues Esterby et Velloso à Grandport dimanche."),
        ("pt", "A multidão tomou as avenidas Esterby e Velloso, em Grandport, no domingo."),
    ],
)
def test_names_after_a_plural_street_noun_are_streets_not_towns(finder: PlaceFinder, lang: str,
                                                                text: str) -> None:
    found = _places(finder, text, lang)
    assert [m.span.quote for m in found] == ["Grandport"]
