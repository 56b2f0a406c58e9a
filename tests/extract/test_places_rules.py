"""Place-resolution rules of the event builder, on short reports written for these tests
(real gazetteer): the one place an article names, a namesake inside the unit named right
after a place, and the parts of a town."""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract import places
from willay.extract.pipeline import extract
from willay.geo.normalize import fold
from willay.model import Document

PUBLISHED = dt.date(2024, 5, 10)


def _run(text: str, lang: str) -> Document:
    return extract(Document(id="t", text=text, language=lang, published=PUBLISHED,
                            published_precision="day"))


def _where(doc: Document) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.country, r.admin1, r.location) for r in doc.reports]


# ------------------------------------------------------------- the one place named
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Soldiers accused of killing farmer\n\nTwo soldiers have been accused of beating "
           "a farmer to death, a prosecutor said on Thursday.\n\nThe prosecutor said the "
           "beating happened last week in the town of Juliaca during a search for stolen "
           "cattle."),
    ("es", "Soldados matan a un campesino\n\nDos soldados mataron a tiros a un campesino, dijo "
           "el jueves un fiscal.\n\nEl fiscal dijo que el crimen ocurrió la semana pasada en "
           "la ciudad de Juliaca durante un registro."),
    ("fr", "Des soldats accusés d'avoir tué un paysan\n\nDeux soldats sont accusés d'avoir "
           "battu à mort un paysan, a déclaré jeudi un procureur.\n\nLe procureur a précisé "
           "que les coups ont été portés la semaine dernière dans la ville de Juliaca lors "
           "d'une fouille."),
    ("pt", "Soldados matam camponês\n\nO caso foi denunciado por um promotor na "
           "quinta-feira.\n\nO promotor disse que o crime ocorreu na semana passada na "
           "cidade de Juliaca durante uma busca."),
])
def test_an_event_told_with_no_place_takes_the_one_place_the_article_names(
        lang: str, text: str) -> None:
    assert _where(_run(text, lang)) == [("PE", "Puno", "Juliaca")]


# ------------------------------------------------- a namesake inside the unit named next
@pytest.mark.parametrize(("lang", "text", "where"), [
    ("en", "Farmers blocked the highway near Trujillo, in the state of Trujillo, on Monday.",
     ("VE", "Trujillo", "Trujillo")),
    ("en", "Farmers blocked the highway near León, in the province of León, on Monday.",
     ("NI", "León", "León")),
    ("es", "Los campesinos cortaron la ruta en Trujillo, en el departamento de Colón, el "
           "lunes.", ("HN", "Colón", "Trujillo")),
    ("fr", "Des paysans ont bloqué la route à Trujillo, dans le département de Colón, lundi.",
     ("HN", "Colón", "Trujillo")),
    ("pt", "Camponeses bloquearam a estrada em Trujillo, no departamento de Colón, na "
           "segunda-feira.", ("HN", "Colón", "Trujillo")),
    ("pt", "Camponeses bloquearam a estrada perto de Mérida, no estado de Mérida, na "
           "segunda-feira.", ("VE", "Mérida", "Mérida")),
])
def test_a_place_named_in_a_unit_is_its_namesake_inside_that_unit(
        lang: str, text: str, where: tuple[str, str, str]) -> None:
    assert _where(_run(text, lang)) == [where]


@pytest.mark.parametrize("word", [
    "region", "province", "department", "state", "district",
    "región", "provincia", "departamento", "estado", "municipio",
    "région", "province", "département", "état",
    "região", "província", "estado", "município",
])
def test_each_language_s_unit_words_name_a_unit_before_or_after_the_name(word: str) -> None:
    assert fold(word) in places._ENCLOSING_UNITS


# ------------------------------------------------------------------ parts of a town
@pytest.mark.parametrize(("lang", "text", "name", "admin1"), [
    ("en", "Police clashed with residents in the San Miguel, La Victoria and Santa Rosa "
           "neighbourhoods of Ayacucho on Monday.", "La Victoria", "Ayacucho"),
    ("es", "La policía desalojó a los vecinos de los barrios Petrópolis y Santa Rosa, en "
           "Curitiba, el lunes.", "Petrópolis", "Paraná"),
    ("fr", "La police a affronté des jeunes dans les quartiers de Belleville, Montréal et "
           "Versailles à Dakar lundi.", "Montréal", "Dakar"),
    ("pt", "A polícia reprimiu moradores dos bairros Santa Rosa, Vitória e Petrópolis, em "
           "Curitiba, na segunda-feira.", "Petrópolis", "Paraná"),
])
def test_names_given_as_parts_of_a_town_lie_in_that_town(lang: str, text: str, name: str,
                                                         admin1: str) -> None:
    doc = _run(text, lang)
    found = [m.value for m in doc.mentions_of("place") if m.span.quote == name]
    assert found and all(p.admin1 == admin1 for p in found), found
    spans = [(m.start, m.end) for m in doc.mentions_of("place")]
    assert len(spans) == len(set(spans)), spans  # each name is one mention


# ------------------------------------------ an undated list of towns beside a dated event
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Clashes between police and protesters have left three people injured so far in "
           "Montreuil, Bagnolet and Pantin. On Friday a police officer was wounded during "
           "clashes in Bobigny."),
    ("es", "Los enfrentamientos entre policías y manifestantes han dejado tres heridos hasta "
           "ahora en Montreuil, Bagnolet y Pantin. El viernes un policía resultó herido "
           "durante enfrentamientos en Bobigny."),
    ("fr", "Les heurts entre policiers et manifestants ont fait jusque-là trois blessés à "
           "Montreuil, Bagnolet et Pantin. Vendredi, un policier a été blessé lors "
           "d'affrontements à Bobigny."),
    ("pt", "Os confrontos entre policiais e manifestantes deixaram até agora três feridos em "
           "Montreuil, Bagnolet e Pantin. Na sexta-feira um policial ficou ferido durante "
           "confrontos em Bobigny."),
])
def test_towns_of_a_list_stay_apart_from_a_nearby_event_when_undated(
        lang: str, text: str) -> None:
    # published with the month only: the listed towns' events have no date, and none of
    # them is the Bobigny event told again (a list names its places apart)
    doc = extract(Document(id="t", text=text, language=lang, published=dt.date(2024, 5, 1),
                           published_precision="month"))
    assert sorted(r.location or "" for r in doc.reports) == [
        "Bagnolet", "Bobigny", "Montreuil", "Pantin"]


# ----------------------------------------- a name of a square's namesake listed among places
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "En Mérida, los maestros se concentraron el lunes en la Plaza Bolívar del "
           "municipio. El sindicato dijo que la manifestación se hizo de manera simultánea "
           "en Sucre, Nueva Esparta, Bolívar y Zulia."),
    ("en", "In Mérida, teachers gathered on Monday in the Plaza Bolívar of the town. The "
           "union said the protest was held at the same time in Sucre, Nueva Esparta, "
           "Bolívar and Zulia."),
])
def test_a_surname_of_the_text_listed_among_regions_is_a_region(lang: str, text: str) -> None:
    assert ("VE", "Bolívar", None) in _where(_run(text, lang))


# ---------------------------------------------------- a word cut off at the text's end
def test_a_name_cut_off_at_the_end_of_the_text_is_no_place() -> None:
    text = "Los maestros protestaron el lunes en Sucre, Nueva Esparta, Zulia, Anzoát"
    assert all(loc != "Anzoát" for _, _, loc in _where(_run(text, "es")))


# ------------------------------------------------------------ the metro is no town
@pytest.mark.parametrize(("lang", "text"), [
    ("pt", "Os metroviários fizeram greve em Brasília na segunda-feira. A assessoria de "
           "imprensa do Metrô disse que os trens voltaram na terça-feira."),
    ("es", "Los trabajadores hicieron huelga en Medellín el lunes. La empresa del Metro "
           "dijo que los trenes volvieron el martes."),
    ("fr", "Les agents ont fait grève à Lyon lundi. La direction du Métro a dit que les "
           "rames ont repris mardi."),
    ("en", "Workers went on strike in Brasília on Monday. A spokesman of the Metro said "
           "trains ran again on Tuesday."),
])
def test_the_metro_is_not_a_town_abroad(lang: str, text: str) -> None:
    found = {fold(m.value.name) for m in _run(text, lang).mentions
             if m.kind == "place" and hasattr(m.value, "name")}
    assert "metro" not in found


# ------------------------------- a measure over a list and a march in a place named apart
@pytest.mark.parametrize(("lang", "text"), [
    ("es", "En Arequipa, donde miles de personas marcharon el lunes contra el Gobierno, el "
           "presidente decretó un toque de queda en todo Cusco y Puno."),
    ("en", "In Arequipa, where thousands of people marched on Monday against the government, "
           "the president imposed a curfew across Cusco and Puno."),
])
def test_a_march_named_apart_from_a_measure_over_regions_keeps_its_place(
        lang: str, text: str) -> None:
    assert ("PE", "Arequipa", "Arequipa") in _where(_run(text, lang))


# ------------------------------------------ an agency's credit names no country of the story
def test_an_agency_credit_in_brackets_is_no_demonym() -> None:
    text = ("Le préfet de Martinique a instauré lundi un couvre-feu après des violences "
            "urbaines nocturnes, a-t-il annoncé dans un communiqué. (Belga)")
    assert [(c, a) for c, a, _ in _where(_run(text, "fr"))][:1] == [("FR", "Martinique")]
