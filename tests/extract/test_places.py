"""PlaceFinder: place mentions with prepositions, lists, datelines and refusals."""

from __future__ import annotations

import dataclasses

import pytest

from willay.extract import places
from willay.extract.places import PlaceFinder
from willay.geo.build import PlaceRow, write_index
from willay.geo.index import Gazetteer
from willay.geo.resolver import Resolver, default_resolver
from willay.model import Mention, Place
from willay.model.document import Document, Sentence
from willay.model.span import Span


def _town(name: str, admin1: str, pop: int = 0, country: str = "XA",
          source: str = "test") -> PlaceRow:
    return PlaceRow(name, country, "populated", admin1, None, 1.0, 2.0, None, pop, source)


@pytest.fixture(scope="module")
def finder(tmp_path_factory: pytest.TempPathFactory) -> PlaceFinder:
    rows = [
        PlaceRow("Peru", "PE", "country", None, None, None, None, 3, 0, "test", ["Perú"]),
        PlaceRow("Norvale", "XA", "admin1", "Norvale", None, None, None, 10, 0, "test"),
        PlaceRow("Sudmark", "XA", "admin1", "Sudmark", None, None, None, 11, 0, "test"),
        _town("Norvale", "Norvale", 50_000),
        _town("Esterby", "Norvale", 500),
        _town("Esterby", "Sudmark", 400),
        _town("Grandport", "Norvale", 2_000_000),
        _town("Quill", "Sudmark", 800),
        _town("Velloso", "Sudmark", 2_000),
        _town("Tamb", "Sudmark"),
        _town("Ruel", "Sudmark"),
        _town("Voss", "Sudmark"),
        _town("Voss", "Norvale", source="postal"),
        _town("Marta", "Norvale", 1_500),
        PlaceRow("Plaza Libertad", "XA", "site", "Norvale", None, 1.0, 2.0, None, 0, "test"),
    ]
    path = tmp_path_factory.mktemp("gaz") / "fictional.sqlite"
    write_index(rows, path, {})
    return PlaceFinder(Resolver(Gazetteer(path)))


def _places(finder: PlaceFinder, text: str, lang: str = "en",
            sentences: list[tuple[int, int, int]] | None = None) -> list[Mention]:
    doc = Document(id="t", text=text, language=lang)
    if sentences:
        doc.sentences = [Sentence(Span.of(text, s, e), p) for s, e, p in sentences]
    finder(doc)
    for m in doc.mentions:
        m.span.verify(text)
    return doc.mentions_of("place")


def _quotes(mentions: list[Mention]) -> list[str]:
    return [m.span.quote for m in mentions]


def test_place_after_a_preposition(finder: PlaceFinder) -> None:
    [m] = _places(finder, "Hundreds of farmers marched in Grandport on Monday.")
    assert m.span.quote == "Grandport"
    assert isinstance(m.value, Place) and m.value.admin1 == "Norvale"
    assert m.attrs["preposition"] == "in"
    assert m.attrs["list_id"] is None
    assert m.attrs["candidates"] == 1
    assert m.attrs["reasons"]


def test_list_of_places_shares_an_id(finder: PlaceFinder) -> None:
    found = _places(finder, "Farmers blocked the road at Tamb, Ruel and Voss.")
    assert _quotes(found) == ["Tamb", "Ruel", "Voss"]
    assert len({m.attrs["list_id"] for m in found}) == 1
    assert found[0].attrs["list_id"] is not None
    assert found[2].value.admin1 == "Sudmark"  # the village among its neighbours


def test_spanish_list(finder: PlaceFinder) -> None:
    found = _places(finder, "Hubo bloqueos en Tamb, Ruel y Voss.", "es")
    assert _quotes(found) == ["Tamb", "Ruel", "Voss"]
    assert found[0].attrs["preposition"] == "en"


def test_person_names_are_not_places(finder: PlaceFinder) -> None:
    text = "Marta Velloso spoke to reporters. Later, Velloso said the march would go on."
    assert _places(finder, text) == []


def test_common_word_needs_place_context(finder: PlaceFinder) -> None:
    text = "Quill protesters wrote with a quill. Then they met in Quill."
    found = _places(finder, text)
    assert _quotes(found) == ["Quill"]
    assert found[0].start == text.rindex("Quill")


def test_street_is_marked_as_a_site(finder: PlaceFinder) -> None:
    [m] = _places(finder, "They walked along Grandport avenue to the square.")
    assert m.attrs["street"] is True and m.value.feature == "site"


def test_known_square_is_one_site(finder: PlaceFinder) -> None:
    [m] = _places(finder, "The crowd gathered in Plaza Libertad at noon.")
    assert m.span.quote == "Plaza Libertad" and m.value.feature == "site"


def test_dateline(finder: PlaceFinder) -> None:
    found = _places(finder, "GRANDPORT (Reuters) - Police fired tear gas at students.")
    assert [m.attrs["dateline"] for m in found] == [True]
    assert found[0].value.name == "Grandport"


def test_country_name_and_demonym(finder: PlaceFinder) -> None:
    found = _places(finder, "Peruvian police said order returned to Peru's south.")
    assert _quotes(found) == ["Peru"]
    assert found[0].value.feature == "country" and found[0].attrs["country_word"] is True


def test_region_in_the_same_sentence_disambiguates(finder: PlaceFinder) -> None:
    text = "Police cleared a blockade in Esterby, in Sudmark. Another one was in Esterby."
    first_end = text.index(".") + 1
    found = _places(finder, text, sentences=[(0, first_end, 0), (first_end + 1, len(text), 1)])
    # the second Esterby has no region nearby: ambiguous, so no mention (never a guess)
    assert _quotes(found) == ["Esterby", "Sudmark"]
    assert found[0].value.admin1 == "Sudmark"


def test_designator_chooses_town_or_region(finder: PlaceFinder) -> None:
    [town] = _places(finder, "Students marched in the city of Norvale.")
    assert town.value.feature == "populated" and town.attrs["designator"] == "city"
    [region] = _places(finder, "A strike spread across the province of Norvale.")
    assert region.value.feature == "admin1" and region.attrs["designator"] == "province"


def test_empty_text(finder: PlaceFinder) -> None:
    assert _places(finder, "   ") == []


# ---------------------------------------------------------------- real gazetteer


@pytest.fixture(scope="module")
def real() -> PlaceFinder:
    return PlaceFinder(default_resolver())


def _where(mentions: list[Mention]) -> list[tuple[str, str, str | None, str | None]]:
    return [(m.span.quote, m.value.country, m.value.admin1, m.value.location) for m in mentions]


@pytest.mark.slow
def test_real_peruvian_report(real: PlaceFinder) -> None:
    text = ("LIMA (Reuters) - Peruvian police clashed with protesters in the city of Juliaca "
            "in San Román province, a day after Pedro Castillo's supporters met. "
            "An indefinite strike began in Arequipa, Ayacucho, Apurimac, Cusco, Moquegua, "
            "Madre de Dios and Puno. Blockades were reported at Platería, Acora, Ilave, Juli "
            "and Yunguyo. Police tried to reopen a road in Chalhuanca, in Apurímac.")
    found = _where(_places(real, text))
    assert found[0] == ("LIMA", "PE", "Lima", "Lima")
    assert ("Juliaca", "PE", "Puno", "Juliaca") in found
    regions = [f for f in found if f[0] in ("Arequipa", "Ayacucho", "Apurimac", "Cusco",
                                            "Moquegua", "Madre de Dios", "Puno")]
    assert [r[2] for r in regions] == ["Arequipa", "Ayacucho", "Apurímac", "Cusco", "Moquegua",
                                       "Madre de Dios", "Puno"]
    assert all(r[3] is None for r in regions)  # the departments, not their capitals
    villages = [f for f in found if f[0] in ("Platería", "Acora", "Ilave", "Juli", "Yunguyo")]
    assert len(villages) == 5 and {v[2] for v in villages} == {"Puno"}
    assert ("Chalhuanca", "PE", "Apurímac", "Chalhuanca") in found
    assert not any(f[0] == "Castillo" for f in found)


@pytest.mark.slow
def test_real_spanish_and_portuguese(real: PlaceFinder) -> None:
    es = _where(_places(real, "La Paz, 3 ago (EFE).- Vecinos de Senkata, en El Alto, "
                              "marcharon hacia la plaza Murillo.", "es"))
    assert es[0] == ("La Paz", "BO", "La Paz", "La Paz")
    assert ("Senkata", "BO", "La Paz", "Senkata") in es and ("El Alto", "BO", "La Paz",
                                                             "El Alto") in es
    pt = _where(_places(real, "Houve protestos em Pyay e em Twante, subúrbio de Yangon.", "pt"))
    assert ("Pyay", "MM", "Bago", "Pyay") in pt and ("Twante", "MM", "Yangon", "Twante") in pt


def test_a_place_name_with_a_suffix_of_the_language(finder: PlaceFinder,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # Quechua glues case endings to names: "Grandportpi" is "in Grandport"
    assert places.place_words("es").suffixes == ()  # none in the built-in languages
    quechua = dataclasses.replace(places.place_words("es"), suffixes=("manta", "pi"))
    monkeypatch.setattr(places, "place_words", lambda lang: quechua)
    # the ending is cut off: the name is found as it would be if written bare
    bare = "Grandport hatun huñunakuy karqan. Marcharon desde Velloso."
    glued = "Grandportpi hatun huñunakuy karqan. Marcharon desde Vellosomanta."
    found = [(m.span.quote, m.value.name) for m in _places(finder, glued, "es")
             if isinstance(m.value, Place)]
    assert found == [("Grandport", "Grandport"), ("Velloso", "Velloso")]
    assert found == [(m.span.quote, m.value.name) for m in _places(finder, bare, "es")
                     if isinstance(m.value, Place)]
    assert [m.span.start for m in _places(finder, glued, "es")] == [0, glued.index("Velloso")]
