"""Behaviour of the extraction pipeline on short reports written by the team.

Each test runs the default pipeline (``willay.extract.pipeline.extract``) on a Document
built by hand and checks one rule of ANNOTATION.md: lists of places, routes, tallies,
competing figures, hedges, plans, negations, report dates, relative dates, loaded words,
evidence offsets, non-unrest texts and boilerplate.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract.pipeline import extract
from willay.extract.taxonomy import event_types
from willay.geo.normalize import fold
from willay.ingest import document_from_text
from willay.model import Document, EventReport

FRIDAY = dt.date(2023, 1, 13)
MONDAY = dt.date(2023, 1, 16)


def run(text: str, published: dt.date = FRIDAY, lang: str = "en") -> Document:
    doc = Document(id="t", text=text, published=published, published_precision="day",
                   language=lang)
    return extract(doc)


def summary(doc: Document) -> list[tuple[object, ...]]:
    """A compact view of the reports, printed by pytest when an assertion fails."""
    return [(r.event_type, r.sub_event_type, r.date.iso() if r.date else None, r.admin1,
             r.location, r.trigger.quote, r.modality) for r in doc.reports]


def only(doc: Document) -> EventReport:
    assert len(doc.reports) == 1, summary(doc)
    return doc.reports[0]


# --------------------------------------------------------------------------- places


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Workers held a strike in Arequipa, Cusco and Puno on Wednesday."),
    ("es", "Los trabajadores realizaron una huelga en Arequipa, Cusco y Puno el miércoles."),
])
def test_a_list_of_places_gives_one_event_per_place(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert sorted(r.admin1 or "" for r in doc.reports) == ["Arequipa", "Cusco", "Puno"], \
        summary(doc)
    for r in doc.reports:
        assert r.country == "PE"
        assert r.date is not None and r.date.iso() == "2023-01-11"
        assert "strike" in r.tags


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Farmers kept up a blockade between Puno and Arequipa on Tuesday."),
    ("es", "Los manifestantes bloquearon la carretera entre Puno y Arequipa el martes."),
])
def test_a_route_gives_one_event_in_the_region_named_first(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert (report.country, report.admin1) == ("PE", "Puno")
    assert "road_blockade" in report.tags
    assert report.date is not None and report.date.iso() == "2023-01-10"



@pytest.mark.parametrize(("lang", "text", "towns"), [
    ("en", "Teachers marched in Kaolack, Fatick and Kolda on Wednesday.",
     ["Fatick", "Kaolack", "Kolda"]),
    ("es", "Los docentes marcharon el miércoles en Mendoza, Salta y Jujuy.",
     ["Jujuy", "Mendoza", "Salta"]),
    ("fr", "Des manifestants ont été dispersés mercredi à Kindia, Mamou et Kankan.",
     ["Kankan", "Kindia", "Mamou"]),
    ("pt", "Os professores marcharam na quarta-feira em Évora, Faro e Beja.",
     ["Beja", "Evora", "Faro"]),
])
def test_a_list_of_regions_that_each_name_their_seat_names_the_towns(
        lang: str, text: str, towns: list[str]) -> None:
    doc = run(text, lang=lang)
    assert sorted(fold(r.location or "").title() for r in doc.reports) == towns, summary(doc)
    assert all(fold(r.admin1 or "") == fold(r.location or "") for r in doc.reports)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Teachers marched in Zacatecas, Chiapas and Durango on Wednesday."),
    ("es", "Los maestros marcharon el miércoles en Zacatecas, Chiapas y Durango."),
    ("fr", "Des enseignants ont défilé mercredi à Zacatecas, Chiapas et Durango."),
    ("pt", "Professores marcharam na quarta-feira em Zacatecas, Chiapas e Durango."),
])
def test_a_list_with_a_region_that_names_no_town_names_regions(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert sorted(r.admin1 or "" for r in doc.reports) == ["Chiapas", "Durango", "Zacatecas"], \
        summary(doc)
    assert [r.location for r in doc.reports] == [None, None, None], summary(doc)


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "Rebels took control of Gao on Tuesday after heavy fighting.", "Gao"),
    ("es", "El ejército retomó el martes el control de Arauca tras intensos combates.", "Arauca"),
    ("fr", "L'armée s'est emparée mardi de Tombouctou après de violents combats.", "Tombouctou"),
    ("pt", "Os rebeldes tomaram o controle de Gao na terça-feira após intensos combates.", "Gao"),
    ("pt", "Milhares de pessoas marcharam no sábado em Lisboa.", "Lisboa"),
    ("en", "Thousands marched in Gomel on Sunday.", "Gomel"),
])
def test_a_bare_region_name_after_any_preposition_is_its_seat(lang: str, text: str,
                                                              town: str) -> None:
    report = only(run(text, lang=lang))
    assert (report.admin1, report.location) == (town, town), summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "town_first", "site_first", "town", "site"), [
    ("en", "In Nairobi, hundreds of traders marched along Moi Avenue on Tuesday.",
     "Hundreds of traders marched along Moi Avenue in Nairobi on Tuesday.",
     "Nairobi", "Moi Avenue"),
    ("es", "En Medellín, cientos de manifestantes marcharon el martes por la avenida Oriental.",
     "Cientos de manifestantes marcharon el martes por la avenida Oriental, en Medellín.",
     "Medellín", "avenida Oriental"),
    ("fr", "À Abidjan, des centaines d'enseignants ont marché mardi sur le boulevard Latrille.",
     "Des centaines d'enseignants ont marché mardi sur le boulevard Latrille, à Abidjan.",
     "Abidjan", "boulevard Latrille"),
    ("pt", "Em Belo Horizonte, centenas de professores marcharam na terça-feira pela avenida "
     "Afonso Pena.", "Centenas de professores marcharam na terça-feira pela avenida Afonso "
     "Pena, em Belo Horizonte.", "Belo Horizonte", "avenida Afonso Pena"),
])
def test_a_site_named_after_its_town_is_a_detail_of_the_town_s_event(
        lang: str, town_first: str, site_first: str, town: str, site: str) -> None:
    assert only(run(town_first, lang=lang)).location == town, summary(run(town_first, lang=lang))
    assert only(run(site_first, lang=lang)).location == site, summary(run(site_first, lang=lang))


@pytest.mark.parametrize(("lang", "text", "region"), [
    ("en", "Soldiers clashed with rebels in Arauca on Tuesday. The department of Arauca has "
     "seen fighting for weeks.", "Arauca"),
    ("es", "Soldados se enfrentaron con rebeldes en Arauca el martes. El departamento de "
     "Arauca vive combates desde hace semanas.", "Arauca"),
    ("fr", "Des soldats ont affronté des rebelles mardi à Kidal. La région de Kidal connaît "
     "des combats depuis des semaines.", "Kidal"),
    ("pt", "Soldados enfrentaram rebeldes em Kidal na terça-feira. A região de Kidal vive "
     "combates há semanas.", "Kidal"),
])
def test_a_region_the_text_names_as_such_elsewhere_stays_the_region(lang: str, text: str,
                                                                    region: str) -> None:
    report = only(run(text, lang=lang))
    assert (report.admin1, report.location) == (region, None), summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Soldiers burned dozens of homes in the village of Kin Seik on Monday, residents "
     "said. Fighting between the army and the rebels has displaced thousands around Sittwe "
     "since November."),
    ("es", "Militares quemaron decenas de casas en la aldea de Kin Seik el lunes, según "
     "vecinos. Los combates entre el ejército y los rebeldes han desplazado a miles de "
     "personas en torno a Sittwe desde noviembre."),
    ("fr", "Des soldats ont incendié des dizaines de maisons lundi dans le village de Kin "
     "Seik, selon des habitants. Les combats entre l'armée et les rebelles ont déplacé des "
     "milliers de personnes autour de Sittwe depuis novembre."),
    ("pt", "Soldados incendiaram dezenas de casas na aldeia de Kin Seik na segunda-feira, "
     "segundo moradores. Os combates entre o exército e os rebeldes deslocaram milhares de "
     "pessoas em torno de Sittwe desde novembro."),
])
def test_a_village_the_gazetteer_lacks_lies_in_the_story_s_one_region(
        lang: str, text: str) -> None:
    # every place the story names in the country is in Rakhine: so is the village, with
    # the place that says so as the evidence of the region
    doc = run(text, lang=lang)
    report = next(r for r in doc.reports if r.location == "Kin Seik")
    assert (report.country, report.admin1) == ("MM", "Rakhine"), summary(doc)
    [span] = report.evidence["admin1"]
    assert doc.text[span.start:span.end] == span.quote == "Sittwe"


def test_a_village_in_a_story_of_several_regions_keeps_no_region() -> None:
    doc = run("Soldiers burned dozens of homes in the village of Kin Seik on Monday, residents "
              "said. Fighting has displaced thousands around Sittwe and Mandalay.")
    report = next(r for r in doc.reports if r.location == "Kin Seik")
    assert report.admin1 is None and "admin1" not in report.evidence, summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rebels, who Kinshasa says are backed by Rwanda, seized the town of Rutshuru "
     "on Monday."),
    ("es", "Los rebeldes, que Kinshasa acusa de estar respaldados por Ruanda, tomaron el lunes "
     "la ciudad de Rutshuru."),
    ("fr", "Les rebelles, que Kinshasa accuse d'être soutenus par le Rwanda, ont pris lundi la "
     "ville de Rutshuru."),
    ("pt", "Os rebeldes, que Kinshasa acusa de serem apoiados por Ruanda, tomaram na "
     "segunda-feira a cidade de Rutshuru."),
])
def test_a_capital_that_speaks_is_its_government_not_a_place(lang: str, text: str) -> None:
    # "Kinshasa says" is the government speaking: the town taken is the one place
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.admin1, report.location) == (
        "Non-state actor overtakes territory", "Nord-Kivu", "Rutshuru")


@pytest.mark.parametrize(("lang", "text", "verb"), [
    ("en", "Teachers across the country took to the streets on Monday in protest. They also "
     "rejected the cut in salary bonuses. In the city of Caracas, teachers gathered outside "
     "the Education Ministry.", "gathered outside"),
    ("es", "Docentes de todo el país salieron este lunes a las calles en protesta. Además, "
     "rechazaron la reducción de las primas salariales. En la ciudad de Caracas, los "
     "maestros se concentraron frente al Ministerio de Educación.", "se concentraron"),
    ("fr", "Des enseignants de tout le pays sont descendus lundi dans la rue pour protester. "
     "Ils ont aussi rejeté la baisse des primes. Dans la ville de Caracas, les enseignants "
     "se sont rassemblés devant le ministère de l'Éducation.", "se sont rassemblés"),
    ("pt", "Professores de todo o país saíram às ruas nesta segunda-feira em protesto. Eles "
     "também rejeitaram o corte dos bônus salariais. Na cidade de Caracas, os professores se "
     "concentraram em frente ao Ministério da Educação.", "se concentraram"),
])
def test_the_sentence_a_place_is_read_from_two_sentences_on_joins_the_event(
        lang: str, text: str, verb: str) -> None:
    # the lede has no place; the place comes from the sentence after the next one, whose
    # own telling of the gathering is part of the same event (not lost)
    report = only(run(text, lang=lang))
    assert report.location == "Caracas"
    assert verb in [s.quote for s in report.evidence["triggers"]], summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text", "towns"), [
    ("en", "Youths clashed with police in Nanterre on Tuesday night. Clashes were also "
     "reported in Colombes, Suresnes and Rueil-Malmaison.",
     ["Colombes", "Nanterre", "Rueil-Malmaison", "Suresnes"]),
    ("es", "Jóvenes se enfrentaron con la policía en Getafe el martes por la noche. "
     "También se registraron enfrentamientos en Leganés, Alcorcón y Fuenlabrada.",
     ["Alcorcón", "Fuenlabrada", "Getafe", "Leganés"]),
    ("pt", "Jovens entraram em confronto com a polícia em Santo André na terça-feira à "
     "noite. Também houve confrontos em São Caetano do Sul, Diadema e São Bernardo do "
     "Campo.", ["Diadema", "Santo André", "São Bernardo do Campo", "São Caetano do Sul"]),
    ("fr", "Des jeunes se sont affrontés aux policiers mardi soir à Nanterre. Des "
     "affrontements ont aussi été signalés à Colombes, Suresnes et Rueil-Malmaison.",
     ["Colombes", "Nanterre", "Rueil-Malmaison", "Suresnes"]),
])
def test_neighbouring_towns_named_in_a_list_are_separate_events(
        lang: str, text: str, towns: list[str]) -> None:
    # the towns lie a few kilometres apart, close enough to pass for one place; the
    # writer listing them says they are the places of separate events
    doc = run(text, lang=lang)
    assert sorted(r.location or "" for r in doc.reports) == towns, summary(doc)
    assert {r.date.iso() if r.date else None for r in doc.reports} == {"2023-01-10"}

# --------------------------------------------------------------------------- figures


def test_a_cumulative_toll_is_a_tally_not_an_event_figure() -> None:
    doc = run("Police shot at protesters in Juliaca on Monday, killing six people. "
              "At least 48 people have died since December, the Ombudsman said.")
    report = only(doc)
    assert report.location == "Juliaca"
    assert report.fatalities is not None and report.fatalities.best == 6
    assert report.fatalities.high == 6
    assert all(c.value != 48 for c in report.claims)
    assert [(t.kind, t.value) for t in doc.tallies] == [("deaths", 48)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police shot dead three protesters in Juliaca on Monday. A video showing his death "
     "shocked the nation."),
    ("es", "La policía mató a tres manifestantes en Juliaca el lunes. Un video que muestra su "
     "muerte conmocionó al país."),
    ("fr", "La police a tué trois manifestants à Juliaca lundi. Une vidéo montrant sa mort a "
     "choqué le pays."),
    ("pt", "A polícia matou três manifestantes em Juliaca na segunda-feira. Um vídeo que "
     "mostra sua morte chocou o país."),
])
def test_his_death_beside_a_stated_toll_is_one_of_its_victims(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert report.fatalities is not None
    assert (report.fatalities.best, report.fatalities.low, report.fatalities.high) == (3, 3, 3)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed 22 villagers in Juliaca on Monday. A local official said the 22 "
     "victims killed by the gunmen were farmers."),
    ("es", "Hombres armados mataron a 22 campesinos en Juliaca el lunes. Un funcionario local "
     "dijo que los 22 muertos eran agricultores."),
    ("fr", "Des hommes armés ont tué 22 villageois à Juliaca lundi. Un responsable local a "
     "indiqué que les 22 victimes tuées par les assaillants étaient des agriculteurs."),
    ("pt", "Homens armados mataram 22 camponeses em Juliaca na segunda-feira. Um funcionário "
     "local disse que as 22 vítimas mortas pelos atacantes eram agricultores."),
])
def test_the_known_total_told_again_with_its_article_is_no_tally(lang: str, text: str) -> None:
    # "the 22 victims": a total the reader already knows, the event's own
    doc = run(text, lang=lang)
    report = only(doc)
    assert report.fatalities is not None and report.fatalities.best == 22
    assert doc.tallies == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands of separatists besieged El Prat airport, in Barcelona, on Monday and "
     "clashed with police.\n\nThe regional president thanked them.\n\nIn El Prat, the chaos "
     "left about a hundred injured."),
    ("es", "Miles de independentistas asediaron el aeropuerto de El Prat, en Barcelona, el "
     "lunes y se enfrentaron a la policía.\n\nEl presidente regional les dio las gracias.\n\n"
     "En El Prat, el caos dejó cerca de un centenar de heridos."),
    ("fr", "Des milliers d'indépendantistes ont assiégé l'aéroport de El Prat, à Barcelone, "
     "lundi et se sont heurtés à la police.\n\nLe président régional les a remerciés.\n\nÀ "
     "El Prat, le chaos a fait une centaine de blessés."),
    ("pt", "Milhares de separatistas cercaram o aeroporto de El Prat, em Barcelona, na "
     "segunda-feira e entraram em confronto com a polícia.\n\nO presidente regional "
     "agradeceu.\n\nEm El Prat, o caos deixou cerca de cem feridos."),
])
def test_a_toll_told_for_the_town_a_site_is_named_after_joins_its_event(lang: str,
                                                                       text: str) -> None:
    # the airport is named after El Prat: a toll told for El Prat is the airport's
    report = only(run(text, lang=lang))
    assert report.injured is not None and report.injured.best == 100


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters blocked the roads of Juliaca on Monday and police charged them. Three "
     "people were detained. One in Juliaca, another in Puno and another in Ayaviri."),
    ("es", "Manifestantes bloquearon las calles de Juliaca el lunes y la policía cargó contra "
     "ellos. Hubo tres detenidos. Uno en Juliaca, otro en Puno y otro en Ayaviri."),
    ("fr", "Des manifestants ont bloqué les rues de Juliaca lundi et la police les a chargés. "
     "Trois personnes ont été interpellées. Une à Juliaca, une autre à Puno et une autre à "
     "Ayaviri."),
    ("pt", "Manifestantes bloquearam as ruas de Juliaca na segunda-feira e a polícia avançou "
     "contra eles. Três pessoas foram detidas. Uma em Juliaca, outra em Puno e outra em "
     "Ayaviri."),
])
def test_a_total_told_again_place_by_place_is_a_tally_and_each_part_its_place_s(
        lang: str, text: str) -> None:
    # "three detained: one in Juliaca, another in Puno and another in Ayaviri": the event
    # in Juliaca has its one arrest; the three are a count over three places
    doc = run(text, lang=lang)
    report = only(doc)
    assert report.arrested is not None and report.arrested.best == 1, summary(doc)
    assert [(t.kind, t.value) for t in doc.tallies] == [("arrested", 3)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The day of protests against fuel prices took place in 19 states of Mexico and "
     "left at least 392 people detained."),
    ("es", "La jornada de protestas contra el alza de los combustibles se registró en 19 "
     "estados de México y dejó al menos 392 detenidos."),
    ("fr", "La journée de manifestations contre la hausse des carburants a touché des "
     "rassemblements dans 19 villes du Mexique et s'est soldée par au moins 392 "
     "interpellations."),
    ("pt", "O dia de protestos contra a alta dos combustíveis foi registrado em 19 estados do "
     "México e deixou pelo menos 392 detidos."),
])
def test_a_count_over_a_number_of_states_or_cities_is_a_tally(lang: str, text: str) -> None:
    # "in 19 states": a sum over as many places, not the figure of one event
    doc = run(text, lang=lang)
    assert all(r.arrested is None for r in doc.reports), summary(doc)
    assert [(t.kind, t.value) for t in doc.tallies] == [("arrested", 392)]


@pytest.mark.parametrize(("lang", "text"), [
    # (en: the English site "Juliaca Square" is placed in Juliaca too, but a toll sentence
    # naming the town opens an event of its own there, before and after this rule)
    ("es", "Manifestantes incendiaron la estación de Policía de Juliaca el miércoles por la "
     "noche.\n\nEl alcalde condenó la violencia.\n\nSolamente en Juliaca, hubo 37 heridos."),
    ("fr", "Des émeutiers ont incendié des bus sur la place de Juliaca mercredi soir.\n\nLe "
     "maire a condamné les violences.\n\nRien qu'à Juliaca, on compte 37 blessés."),
    ("pt", "Manifestantes incendiaram ônibus na praça de Juliaca na quarta-feira à noite.\n\n"
     "O prefeito condenou a violência.\n\nSó em Juliaca, houve 37 feridos."),
])
def test_a_toll_told_for_the_town_of_an_event_at_a_site_in_it_joins_it(lang: str,
                                                                      text: str) -> None:
    # the event is placed at a site the gazetteer puts in Juliaca; a later toll for
    # Juliaca names the same place
    report = only(run(text, lang=lang))
    assert report.injured is not None and report.injured.best == 37


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "During clashes with police on Monday, seven protesters died in Juliaca and three "
     "more in Ayacucho."),
    ("es", "El lunes, en choques con la policía, siete manifestantes murieron en Juliaca y "
     "tres más en Ayacucho."),
    ("fr", "Lors des affrontements avec la police lundi, sept manifestants sont morts à "
     "Juliaca et trois autres à Ayacucho."),
    ("pt", "Durante os confrontos com a polícia na segunda-feira, sete manifestantes "
     "morreram em Juliaca e mais três em Ayacucho."),
])
def test_a_count_told_with_its_verb_left_out_is_the_next_place_s(lang: str,
                                                                 text: str) -> None:
    # "and three more in Ayacucho": the verb of the figure before is left out; the count
    # is Ayacucho's, and the first is Juliaca's alone
    doc = run(text, lang=lang)
    got = sorted((r.location, r.fatalities.best if r.fatalities else None)
                 for r in doc.reports)
    assert got == [("Ayacucho", 3), ("Juliaca", 7)], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Transport workers began a strike in Huancayo on Monday. Soon the protests turned "
     "violent, with looting and riots, and the final toll of the unrest was four dead and 22 "
     "detained."),
    ("es", "Los transportistas iniciaron un paro en Huancayo el lunes. Pronto las protestas "
     "derivaron en actos de violencia, con saqueos y desmanes, cuyo saldo final fue de cuatro "
     "fallecidos y 22 detenidos."),
    ("fr", "Les transporteurs ont commencé une grève à Huancayo lundi. Vite, les manifestations "
     "ont dégénéré en pillages et en émeutes, dont le bilan final est de quatre morts et 22 "
     "interpellés."),
    ("pt", "Os caminhoneiros iniciaram uma greve em Huancayo na segunda-feira. Logo os "
     "protestos se transformaram em saques e tumultos, cujo saldo final foi de quatro mortos "
     "e 22 detidos."),
])
def test_the_protests_of_a_sentence_that_names_no_place_are_those_of_the_one_before(
        lang: str, text: str) -> None:
    # "the protests" of a sentence with no place of its own are those of the town named
    # just before in the paragraph: one town's protests, whose toll is the event's
    doc = run(text, lang=lang)
    report = only(doc)
    assert report.fatalities is not None and report.fatalities.best == 4, summary(doc)
    assert report.arrested is not None and report.arrested.best == 22
    assert doc.tallies == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen attacked an army post in Juliaca on Monday, killing three soldiers.\n\n"
     "On Tuesday the town was calm.\n\nAccording to the army, the provisional toll is "
     "three dead and two hospitalised."),
    ("es", "Hombres armados atacaron un puesto del ejército en Juliaca el lunes y mataron a "
     "tres soldados.\n\nEl martes la ciudad estaba en calma.\n\nSegún el ejército, el "
     "balance provisional es de tres muertos y dos hospitalizados."),
    ("fr", "Des hommes armés ont attaqué un poste de l'armée à Juliaca lundi, tuant trois "
     "soldats.\n\nMardi, la ville était calme.\n\nSelon l'armée, le bilan provisoire fait "
     "état de trois morts et deux blessés."),
    ("pt", "Homens armados atacaram um posto do exército em Juliaca na segunda-feira e "
     "mataram três soldados.\n\nNa terça-feira a cidade estava calma.\n\nSegundo o "
     "exército, o balanço provisório é de três mortos e dois feridos."),
])
def test_a_toll_two_sentences_after_its_event_joins_it_across_short_paragraphs(
        lang: str, text: str) -> None:
    # wire copy sets each sentence in a paragraph of its own: a toll two sentences after
    # the attack, with nothing between that tells another event, is the attack's
    doc = run(text, lang=lang)
    report = only(doc)
    assert report.injured is not None and report.injured.best == 2, summary(doc)
    assert doc.tallies == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The clashes left at least seven people dead on Monday between Juliaca, Ayacucho "
     "and Andahuaylas."),
    ("es", "Los enfrentamientos dejaron al menos siete muertos el lunes entre Juliaca, "
     "Ayacucho y Andahuaylas."),
    ("fr", "Les affrontements ont fait au moins sept morts lundi entre Juliaca, Ayacucho et "
     "Andahuaylas."),
    ("pt", "Os confrontos deixaram pelo menos sete mortos na segunda-feira entre Juliaca, "
     "Ayacucho e Andahuaylas."),
])
def test_one_toll_over_a_list_of_three_places_is_a_tally(lang: str, text: str) -> None:
    # "between" with three places or more lists them (a route has two ends); the one
    # toll before the list counts over all of them, and the clashes type every event
    doc = run(text, lang=lang)
    assert sorted(r.admin1 or "" for r in doc.reports) == ["Apurímac", "Ayacucho", "Puno"], \
        summary(doc)
    assert {r.sub_event_type for r in doc.reports} == {"Violent demonstration"}
    assert all(r.fatalities is None for r in doc.reports), summary(doc)
    assert [(t.kind, t.value) for t in doc.tallies] == [("deaths", 7)]


def test_a_toll_on_its_own_gives_a_tally_and_no_event() -> None:
    doc = run("At least 48 people have died since December in the protests, "
              "the Ombudsman said.")
    assert doc.reports == [], summary(doc)
    assert [(t.kind, t.value) for t in doc.tallies] == [("deaths", 48)]
    assert doc.tallies[0].reporter is not None and "Ombudsman" in doc.tallies[0].reporter


@pytest.mark.parametrize(("text", "preferred", "other"), [
    # an official reporter gives the higher figure: best stays the lowest stated figure
    # (ANNOTATION.md section 7), the official one is the high end of the range
    ("Police fired on protesters in Ayacucho on Thursday. The police said two people "
     "died, while the Ombudsman's Office counted four dead.", "Ombudsman", "police"),
    ("Two protesters were killed in clashes in Juliaca on Wednesday, according to local "
     "radio. The regional health department said four protesters died.",
     "health department", "local radio"),
])
def test_two_reporters_give_a_range_and_best_is_the_lowest(
        text: str, preferred: str, other: str) -> None:
    report = only(run(text))
    fig = report.fatalities
    assert fig is not None
    assert (fig.low, fig.high, fig.best) == (2, 4, 2)
    by_value = {c.value: c for c in report.claims if c.kind == "fatalities"}
    assert set(by_value) == {2, 4}
    assert preferred in (by_value[4].reporter or "")
    assert other.lower() in (by_value[2].reporter or "").lower()


def test_the_worked_example_of_a_blockade_cleared_with_tear_gas() -> None:
    # the case of ANNOTATION.md section 13, example 1, in our words: a blockade met with
    # tear gas and detentions is one Protest with intervention, not a separate arrest
    doc = run("Hundreds of herders blocked the main highway outside Ilave on Tuesday until "
              "police fired tear gas to clear it and detained five of them.",
              published=dt.date(2023, 2, 1))
    report = only(doc)
    assert (report.event_type, report.sub_event_type) == ("Protests",
                                                          "Protest with intervention")
    assert report.date is not None and report.date.iso() == "2023-01-31"
    assert (report.country, report.admin1, report.location) == ("PE", "Puno", "Ilave")
    assert report.arrested is not None and report.arrested.best == 5


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police fired on protesters in Juliaca on Monday."),
    ("es", "La policía disparó contra los manifestantes en Juliaca el lunes."),
])
def test_police_shooting_at_protesters_is_excessive_force(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert (report.event_type, report.sub_event_type) == (
        "Protests", "Excessive force against protesters")
    assert (report.admin1, report.location) == ("Puno", "Juliaca")
    assert report.date is not None and report.date.iso() == "2023-01-09"


# --------------------------------------------------------------------------- modality


@pytest.mark.parametrize(("lang", "text", "modality"), [
    ("en", "It was reported that police fired tear gas at protesters in Cusco on "
           "Wednesday.", "reported"),
    ("en", "Soldiers allegedly beat protesters during a march in Ayacucho on Wednesday.",
     "alleged"),
    ("es", "Según reportes, los manifestantes marcharon en Juliaca el lunes.", "reported"),
    ("es", "Presuntamente, la policía golpeó a los manifestantes en una marcha en Ayacucho "
           "el miércoles.", "alleged"),
])
def test_a_hedged_event_is_an_event_with_its_modality(lang: str, text: str,
                                                      modality: str) -> None:
    report = only(run(text, lang=lang))
    assert report.modality == modality


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Farmers will march on Monday in Puno."),
    ("en", "Teachers plan to hold a strike in Cusco next week."),
    ("en", "The union called for a strike in Arequipa on Thursday."),
    ("es", "Los gremios convocaron a un paro en Puno para el lunes."),
])
def test_a_plan_or_a_call_is_not_an_event(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Bus drivers in Arequipa threatened an indefinite strike."),
    ("en", "Nurses in Cusco are threatening with new protests over unpaid wages."),
    ("es", "Los mototaxistas de Juliaca amenazaban con un paro de 48 horas."),
    ("es", "Los cocaleros amenazan un bloqueo de la carretera en el Cusco."),
    ("fr", "Les dockers de Dakar menaçaient d'une grève illimitée."),
    ("fr", "Les routiers menacent d'un blocage des accès de Marseille."),
    ("pt", "Os motoristas de aplicativo de Curitiba ameaçam entrar em greve."),
    ("pt", "Os garimpeiros ameaçavam com bloqueios na rodovia em Itaituba."),
])
def test_a_threatened_action_is_not_an_event(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The miners' federation announced an indefinite strike in Oruro."),
    ("es", "Los maestros rurales anunciaron una huelga indefinida en Ayacucho."),
    ("fr", "Les enseignants ont annoncé une grève illimitée à Dakar."),
    ("pt", "Os petroleiros anunciaram uma greve nacional em Macaé."),
])
def test_an_announced_demonstration_is_not_an_event(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "After threatening a strike for weeks, dock workers in Callao walked out on "
           "Tuesday.", "walked out"),
    ("en", "The miners' federation announced an indefinite strike in Oruro on Wednesday.",
     "strike"),
    ("es", "Tras amenazar con un paro durante semanas, los estibadores de Paita paralizaron "
           "el puerto el martes.", "paralizaron"),
    ("fr", "Après avoir menacé d'une grève pendant des semaines, les dockers de Douala ont "
           "cessé le travail mardi.", "cessé le travail"),
    ("pt", "Depois de ameaçar com uma greve durante semanas, os portuários de Santos "
           "cruzaram os braços na terça-feira.", "cruzaram os braços"),
])
def test_a_strike_held_after_a_threat_or_dated_announcement_is_an_event(
        lang: str, text: str, word: str) -> None:
    report = only(run(text, lang=lang))
    assert report.event_type == "Protests"
    assert word in text


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lawmakers in Lima debated on Tuesday a bill to restrict street protests."),
    ("es", "El Senado votó el miércoles en Bogotá una ley que sanciona los bloqueos de vías."),
    ("fr", "Les députés ont débattu mardi à Dakar d'une proposition de loi sur les "
           "manifestations."),
    ("pt", "Os deputados votaram na terça-feira em Brasília o projeto de lei sobre as "
           "manifestações."),
])
def test_a_demonstration_a_law_or_a_vote_is_about_is_not_an_event(lang: str,
                                                                   text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Thousands marched in Lima on Tuesday against a bill to restrict street protests.",
     "marched"),
    ("en", "The pension reform on Monday sparked protests in Lima.", "protests"),
    ("es", "Cientos de camioneros bloquearon el miércoles las vías de Bogotá contra una ley "
           "que sanciona los bloqueos.", "bloquearon"),
    ("fr", "Des milliers de personnes ont manifesté mardi à Dakar contre une proposition de "
           "loi sur les manifestations.", "manifesté"),
    ("pt", "Milhares de pessoas protestaram na terça-feira em Brasília contra o projeto de lei "
           "sobre as manifestações.", "protestaram"),
])
def test_a_protest_against_a_law_on_protests_is_an_event(lang: str, text: str,
                                                          word: str) -> None:
    report = only(run(text, lang=lang))
    assert report.trigger.quote == word


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Teachers did not march in Cusco on Wednesday."),
    ("en", "The strike did not take place in Arequipa on Wednesday."),
    ("en", "There were no protests in Cusco on Wednesday."),
    ("es", "Los maestros no marcharon en Cusco el miércoles."),
])
def test_a_negated_event_is_not_an_event(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police shot dead a demonstrator in Cochabamba on Thursday."),
    ("es", "La policía mató de un disparo a una manifestante en Cochabamba el jueves."),
    ("fr", "Un manifestant a été abattu jeudi par la police à Cochabamba."),
    ("pt", "Um manifestante foi morto a tiro pela polícia na quinta-feira em Cochabamba."),
])
def test_one_demonstrator_killed_by_police_is_excessive_force(lang: str, text: str) -> None:
    # a single demonstrator is a demonstrator: the killing is force against a protest,
    # not an attack on a civilian (ANNOTATION.md section 3)
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == (
        "Excessive force against protesters", "Cochabamba"), summary(run(text, lang=lang))
    assert report.fatalities is not None and report.fatalities.best == 1


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Un manifestante murió el jueves en Cochabamba por un disparo de la policía."),
    ("fr", "Un manifestant est mort jeudi à Cochabamba, touché par un tir des gendarmes."),
    ("pt", "Um manifestante morreu na quinta-feira em Cochabamba atingido por uma bala da "
     "polícia."),
])
def test_the_police_named_after_a_shot_fired_it(lang: str, text: str) -> None:
    # "un disparo de la policía": the genitive after the shot names who fired, not the
    # demonstrator who is the subject of the clause (no violence of the crowd)
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Excessive force against protesters", \
        summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A marcher died after being hit by a police bullet while a rally was being "
     "dispersed in Xanadu Springs, witnesses said."),
    ("es", "Un manifestante murió tras ser alcanzado por una bala policial durante la "
     "dispersión de una marcha en Villa Fantasía, según testigos."),
    ("fr", "Un manifestant est mort touché par une balle de la police lors de la dispersion "
     "d'une marche à Fantasville, selon des témoins."),
    ("pt", "Um manifestante morreu atingido por uma bala da polícia durante a dispersão de "
     "uma marcha em Vila Fantasia, segundo testemunhas."),
])
def test_a_lede_death_at_a_march_is_an_event_without_date_or_known_place(
        lang: str, text: str) -> None:
    # the town is not in the gazetteer and no day is given: still an event, its place
    # fields null (ANNOTATION.md section 1.3)
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Excessive force against protesters", \
        summary(run(text, lang=lang))
    assert report.location is None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday in Conakry, the protesters were violently repressed by police."),
    ("es", "El lunes, en Cochabamba, los manifestantes fueron reprimidos violentamente por la "
     "policía."),
    ("fr", "Lundi, à Conakry, les manifestants ont été violemment réprimés par la police."),
    ("pt", "Na segunda-feira, em Nampula, os manifestantes foram reprimidos violentamente pela "
     "polícia."),
])
def test_demonstrators_repressed_is_excessive_force(lang: str, text: str) -> None:
    # "repressed" (any form of the verb) is force against the crowd (ANNOTATION.md
    # section 3), and the violence "violently" qualifies is the police's, not the crowd's
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Excessive force against protesters", \
        summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday soldiers were clearing mines in a field near Saraqib."),
    ("es", "El lunes, militares desminaron un campo cerca de Saraqib."),
    ("fr", "Lundi, des soldats ont déminé un champ près de Saraqib."),
    ("pt", "Na segunda-feira, soldados removeram minas de um campo perto de Saraqib."),
])
def test_clearing_mines_is_disrupted_weapons_use(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == ("Disrupted weapons use", "Saraqib")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Seven young men died in Soacha on Wednesday night, the authorities said. Clashes "
     "between residents and riot police went on until dawn. Rioters set fire to two police "
     "posts."),
    ("es", "Siete jóvenes murieron en Soacha el miércoles por la noche, según las autoridades. "
     "Los enfrentamientos entre vecinos y antidisturbios siguieron hasta el amanecer. Los "
     "manifestantes incendiaron dos puestos de policía."),
    ("fr", "Sept jeunes hommes sont morts mercredi soir à Soacha, selon les autorités. Les "
     "affrontements entre habitants et policiers antiémeutes ont duré jusqu'à l'aube. Des "
     "émeutiers ont incendié deux postes de police."),
    ("pt", "Sete jovens morreram em Soacha na quarta-feira à noite, segundo as autoridades. Os "
     "confrontos entre moradores e a tropa de choque continuaram até o amanhecer. "
     "Manifestantes incendiaram dois postos policiais."),
])
def test_deaths_in_a_lede_belong_to_the_unrest_told_after_it(lang: str, text: str) -> None:
    # the lede names no crowd; the sentences after it tell the clashes it sums up
    doc = run(text, lang=lang)
    deadly = [r for r in doc.reports if r.fatalities is not None]
    assert len(deadly) == 1, summary(doc)
    assert (deadly[0].sub_event_type, deadly[0].location, deadly[0].fatalities.best) == (
        "Violent demonstration", "Soacha", 7)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen kidnapped 14 people in Kauru, Kaduna State, on Thursday. Among those "
     "kidnapped are two labourers who had travelled from Jigawa State."),
    ("es", "Hombres armados secuestraron a 14 personas en Kauru, estado de Kaduna, el jueves. "
     "Los secuestrados, entre ellos dos jornaleros, venían del estado de Jigawa."),
    ("fr", "Des hommes armés ont enlevé 14 personnes jeudi à Kauru, dans l'État de Kaduna. "
     "Parmi ceux enlevés figurent deux ouvriers venus de l'État de Jigawa."),
    ("pt", "Homens armados sequestraram 14 pessoas na quinta-feira em Kauru, no estado de "
     "Kaduna. Os sequestrados, entre eles dois trabalhadores, vinham do estado de Jigawa."),
])
def test_the_victims_named_by_a_participle_are_no_second_event(lang: str, text: str) -> None:
    # "those kidnapped", "los secuestrados": the victims of the abduction told before
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Farmers broke through several layers of police barricades in Delhi on Tuesday."),
    ("en", "Protesters stood behind burning barricades in Tehran on Tuesday."),
    ("es", "Los manifestantes que marchaban en Lima derribaron las vallas policiales el martes."),
    ("es", "Los manifestantes levantaron barricadas en llamas en Quito el martes."),
    ("fr", "Les manifestants ont forcé les barrages de police devant la préfecture à Conakry "
     "mardi."),
    ("fr", "Des manifestants se tenaient derrière une barricade en flammes à Téhéran mardi."),
    ("pt", "Manifestantes ergueram barricadas em chamas em Belém na terça-feira."),
])
def test_forcing_police_lines_or_burning_barricades_is_violent(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Violent demonstration", summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A man was beaten to death by protesters in Nakuru on Monday."),
    ("es", "Un hombre fue asesinado a golpes por manifestantes en Cochabamba el lunes."),
    ("fr", "Un homme a été tué à coups de pierres par des manifestants à Conakry lundi."),
    ("pt", "Um homem foi morto a pedradas por manifestantes em Matante na segunda-feira."),
])
def test_someone_killed_by_demonstrators_is_their_violence(lang: str, text: str) -> None:
    # the crowd named after "by" did the killing: a violent demonstration, not force
    # used against the crowd
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.fatalities.best if report.fatalities else None) \
        == ("Violent demonstration", 1), summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "Three supermarkets were looted in Durban on Thursday.", "Durban"),
    ("es", "En el municipio de Macuspana fueron saqueados tres supermercados el jueves.",
     "Macuspana"),
    ("fr", "Trois supermarchés ont été pillés jeudi à Abidjan.", "Abidjan"),
    ("pt", "Três supermercados foram saqueados em Belém na quinta-feira.", "Belém"),
])
def test_looting_with_no_doer_named_is_mob_violence(lang: str, text: str, town: str) -> None:
    # crowd looting is mob violence (ANNOTATION.md section 3); armed men looting a clinic
    # stays property destruction
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == ("Mob violence", town)


def test_armed_men_looting_is_property_destruction() -> None:
    report = only(run("Gunmen looted a clinic in Djibo on Thursday."))
    assert report.sub_event_type == "Looting/property destruction"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The health ministry said on Saturday that three protesters died in clashes in "
           "Juliaca on Thursday."),
    ("es", "El Ministerio de Salud informó el sábado que tres manifestantes murieron en "
           "enfrentamientos en Juliaca el jueves."),
])
def test_a_report_date_is_not_the_event_date(lang: str, text: str) -> None:
    report = only(run(text, published=MONDAY, lang=lang))
    assert report.location == "Juliaca"
    assert report.date is not None
    assert (report.date.iso(), report.date.precision) == ("2023-01-12", "day")
    assert report.fatalities is not None and report.fatalities.best == 3


@pytest.mark.parametrize(("published", "text", "expected"), [
    (MONDAY, "Farmers protested in Puno on Sunday.", "2023-01-15"),
    (MONDAY, "Teachers marched in Cusco on Saturday.", "2023-01-14"),
    (FRIDAY, "Miners blocked the road in Ilave on Tuesday.", "2023-01-10"),
    (FRIDAY, "Students protested in Arequipa on Monday.", "2023-01-09"),
])
def test_a_weekday_is_anchored_on_the_publication_date(published: dt.date, text: str,
                                                      expected: str) -> None:
    report = only(run(text, published=published))
    assert report.date is not None
    assert (report.date.iso(), report.date.precision) == (expected, "day")


def test_two_days_later_counts_from_the_previous_event() -> None:
    doc = run("Police clashed with protesters in Juliaca on 4 January. Just two days "
              "later, farmers blocked the road in Ilave.")
    dates = {r.location: r.date.iso() if r.date else None for r in doc.reports}
    # 6 January, not two days after the publication date
    assert dates == {"Juliaca": "2023-01-04", "Ilave": "2023-01-06"}, summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "As every weekend since 9 August, huge rallies took place in Minsk to demand the "
     "president's departure. Tens of thousands of people rallied in Minsk on Sunday."),
    ("es", "Como cada fin de semana desde el 9 de agosto, hubo grandes concentraciones en "
     "Minsk para exigir la salida del presidente. Decenas de miles de personas se "
     "concentraron el domingo en Minsk."),
    ("fr", "Comme chaque week-end depuis le 9 août, des rassemblements monstres ont eu lieu à "
     "Minsk pour exiger le départ du président. Des dizaines de milliers de personnes se "
     "sont rassemblées ce dimanche à Minsk."),
    ("pt", "Como em todos os fins de semana desde 9 de agosto, houve grandes manifestações em "
     "Minsk para exigir a saída do presidente. Dezenas de milhares de pessoas se reuniram "
     "no domingo em Minsk."),
])
def test_a_day_inside_a_period_dates_the_event_told_with_both(lang: str, text: str) -> None:
    # "every weekend since 9 August" frames the rally; "on Sunday" is its day
    report = only(run(text, published=dt.date(2020, 9, 21), lang=lang))
    assert report.date is not None and report.date.iso() == "2020-09-20", \
        summary(run(text, published=dt.date(2020, 9, 21), lang=lang))


# --------------------------------------------------------------------------- actors

LOADED_TEXTS = [
    ("en", "Protesters clashed with the regime's police in Juliaca on Monday."),
    ("en", "Supporters of the coup-President clashed with golpista forces in Cusco on "
           "Tuesday."),
    ("en", "Regime forces shot at demonstrators in Puno on Tuesday, killing two."),
    ("en", "Golpista police dispersed a march of coup-President opponents in Lima on "
           "Wednesday with tear gas."),
    ("en", "Hundreds of students protested in Lima on Tuesday against the regime."),
    ("es", "La policía de la dictadura reprimió a los manifestantes en Puno el martes. "
           "Los golpistas dispararon contra una marcha en Cusco el miércoles."),
]
LOADED_WORDS = ("regime", "coup-president", "coup president", "golpista", "dictadura",
                "régimen")


@pytest.mark.parametrize(("lang", "text"), LOADED_TEXTS)
def test_loaded_words_never_become_actor_labels(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports, "each of these texts reports an event"
    for r in doc.reports:
        for label in (r.actor1, r.actor2, *r.assoc_actors):
            lowered = (label or "").lower()
            assert not any(word in lowered for word in LOADED_WORDS), (label, text)


# --------------------------------------------------------------------------- invariants

INVARIANT_TEXTS = [
    ("en", "Workers held a strike in Arequipa, Cusco and Puno on Wednesday."),
    ("en", "Police shot at protesters in Juliaca on Monday, killing six people. "
           "At least 48 people have died since December, the Ombudsman said."),
    ("en", "Police fired on protesters in Ayacucho on Thursday. The police said two people "
           "died, while the Ombudsman's Office counted four dead."),
    ("en", "It was reported that police fired tear gas at protesters in Cusco on Wednesday."),
    ("en", "On Tuesday, hundreds of farmers blocked the highway near Ilave; police cleared "
           "the road with tear gas and detained five. Just two days later, 55 police and "
           "20 protesters were injured in clashes in Juliaca, the regional health office "
           "said."),
    ("en", "The government declared a state of emergency in Lima, Cusco and Puno on "
           "Saturday. Prosecutors opened an investigation into the deaths on Sunday."),
    ("es", "Dos manifestantes murieron el lunes en Juliaca, según la Red de Salud; la "
           "Policía reportó 12 agentes heridos. La Defensoría del Pueblo cuenta 48 muertos "
           "desde diciembre."),
]


@pytest.mark.parametrize(("lang", "text"), INVARIANT_TEXTS + LOADED_TEXTS)
def test_every_evidence_span_quotes_the_text(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports or doc.tallies
    for r in doc.reports:
        for span in r.spans():
            assert doc.text[span.start:span.end] == span.quote, (r.id, span)
    for t in doc.tallies:
        assert doc.text[t.evidence.start:t.evidence.end] == t.evidence.quote


@pytest.mark.parametrize(("lang", "text"), INVARIANT_TEXTS + LOADED_TEXTS)
def test_every_report_has_a_bounded_confidence_and_a_valid_type(lang: str,
                                                               text: str) -> None:
    doc = run(text, lang=lang)
    types = event_types()
    assert doc.reports
    for r in doc.reports:
        assert 0.0 <= r.confidence <= 1.0, r.confidence
        assert r.sub_event_type in types.get(r.event_type, []), (r.event_type,
                                                                 r.sub_event_type)


# --------------------------------------------------------------------------- negatives


@pytest.mark.parametrize("text", [
    "Alianza Lima lodged a formal protest with the league on Sunday over the referee's "
    "decisions in its match against Sporting Cristal in Lima.",
    "The government declared a state of emergency in Piura and Tumbes on Tuesday after "
    "floods caused by heavy rains swept away hundreds of homes.",
    "Investors in Lima bought call options with a strike price of 40 dollars on Tuesday.",
])
def test_a_text_outside_unrest_gives_no_events(text: str) -> None:
    doc = run(text)
    assert doc.reports == [], summary(doc)
    assert doc.tallies == []


BOILERPLATE_FILE = """\
Farmers block the highway at Ilave

Hundreds of farmers blocked the road in Ilave on Tuesday to demand early elections.

Subscribe to our daily newsletter for every protest in Lima and Cusco.

Follow us on Twitter for live coverage of the strike in Arequipa.

Disclaimer: our reporters covered the march in Ayacucho on Monday; views are the author's.
"""


def test_boilerplate_lines_give_no_events_and_no_evidence() -> None:
    doc = document_from_text(BOILERPLATE_FILE, "ilave.txt", published="2023-01-13",
                             language="en")
    assert doc.removed, "the newsletter, follow-us and disclaimer lines are boilerplate"
    for word in ("newsletter", "Follow us", "Disclaimer"):
        assert word not in doc.text
    extract(doc)
    assert doc.text == BOILERPLATE_FILE, "after extraction the text is the input as given"
    assert [(r.admin1, r.location) for r in doc.reports] == [("Puno", "Ilave")], summary(doc)
    for r in doc.reports:
        for span in r.spans():
            assert doc.text[span.start:span.end] == span.quote
            assert not in_removed(doc, span.start, span.end), span
    for t in doc.tallies:
        assert doc.text[t.evidence.start:t.evidence.end] == t.evidence.quote
        assert not in_removed(doc, t.evidence.start, t.evidence.end), t.evidence


def in_removed(doc: Document, start: int, end: int) -> bool:
    """Whether the range overlaps text that cleaning dropped as boilerplate (the spans of an
    extracted document and ``doc.removed`` both point into the text as given)."""
    return any(s.start < end and start < s.end for s in doc.removed)


def test_a_hyphenated_noun_is_not_read_as_an_infinitive() -> None:
    # "couvre-feu" begins with "couvre", which ends like an infinitive; it is a noun
    doc = run("Le préfet a instauré mercredi un couvre-feu à Bordeaux.", lang="fr")
    report = only(doc)
    assert (report.event_type, report.sub_event_type) == ("Strategic developments", "Other")
    assert report.location == "Bordeaux"
    assert report.date is not None and report.date.iso() == "2023-01-11"


def test_an_undated_emergency_in_the_lede_is_the_story_s_own_measure() -> None:
    doc = run("Kenya's government has declared a nationwide state of emergency.\n\n"
              "Shops stayed shut across the capital.")
    report = only(doc)
    assert (report.country, report.admin1, report.sub_event_type) == ("KE", None, "Other")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ecuador imposes emergency after riots\n\nFull screen\n\n(AFP photo)\n\nThe "
     "government of Ecuador has declared a nationwide state of emergency following days "
     "of riots and protests.\n\nSchools were closed."),
    ("es", "Ecuador decreta la excepción tras disturbios\n\nPantalla completa\n\n(Foto EFE)"
     "\n\nEl gobierno de Ecuador ha decretado el estado de excepción en todo el país tras "
     "varios días de disturbios y protestas.\n\nLas escuelas cerraron."),
    ("pt", "Equador decreta emergência após distúrbios\n\nTela cheia\n\n(Foto Reuters)"
     "\n\nO governo do Equador decretou estado de emergência em todo o país após dias de "
     "distúrbios e protestos.\n\nAs escolas fecharam."),
    ("fr", "L'Équateur décrète l'urgence après des émeutes\n\nPlein écran\n\n(Photo AFP)"
     "\n\nLe gouvernement équatorien a décrété l'état d'urgence dans tout le pays après "
     "plusieurs jours d'émeutes et de manifestations.\n\nLes écoles ont fermé."),
])
def test_page_lines_above_the_lede_do_not_make_its_measure_background(
        lang: str, text: str) -> None:
    # a title, a viewer button and a photo credit come before the lede: the lede is
    # still the first sentence of the body, and its undated measure is the story's
    report = only(run(text, lang=lang))
    assert (report.country, report.admin1, report.sub_event_type) == ("EC", None, "Other")


def test_an_undated_emergency_deep_in_the_story_is_background() -> None:
    doc = run("Farmers marched in Nakuru on Thursday against new taxes. The crowd was calm. "
              "Police watched from a distance. Organisers thanked the marchers. "
              "The government has declared a state of emergency.")
    assert [r.sub_event_type for r in doc.reports] == ["Peaceful protest"], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Des violences ont éclaté jeudi soir à Nantes après l'annonce du verdict."),
    ("es", "La violencia estalló el jueves en Medellín tras el anuncio del fallo."),
])
def test_violence_breaking_out_is_a_riot(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert only(doc).event_type == "Riots", summary(doc)


def test_a_town_back_under_the_control_of_the_army_is_regained() -> None:
    # "est repassée sous le contrôle de": the holder follows the phrase, auxiliary or not
    doc = run("La ville de Kidal est repassée mardi sous le contrôle de l'armée malienne.",
              lang="fr")
    assert [r.sub_event_type for r in doc.reports] == ["Government regains territory"], \
        summary(doc)


def test_armed_men_looting_with_no_one_harmed_destroy_property() -> None:
    doc = run("Des hommes armés ont pillé mardi une pharmacie à Dori, sans faire de victimes.",
              lang="fr")
    assert [r.sub_event_type for r in doc.reports] == ["Looting/property destruction"], \
        summary(doc)


def test_a_ransacked_office_with_no_crowd_is_property_destruction() -> None:
    doc = run("Le siège du syndicat a été saccagé mardi à Kankan par des inconnus.", lang="fr")
    assert [r.sub_event_type for r in doc.reports] == ["Looting/property destruction"], \
        summary(doc)


def test_a_region_in_brackets_does_not_break_a_list_of_towns() -> None:
    doc = run("Mercredi soir, des émeutiers ont incendié des voitures à Créteil, Bobigny "
              "(Seine-Saint-Denis) et Argenteuil (Val-d'Oise).", lang="fr")
    assert sorted(r.location or "" for r in doc.reports) == [
        "Argenteuil", "Bobigny", "Créteil"], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Miles de jubilados participaron el jueves en la Marcha Federal de Jubilados en "
           "Montevideo."),
    ("pt", "A Marcha das Mulheres Negras reuniu milhares de pessoas em Belo Horizonte na quinta-feira."),
])
def test_a_capitalised_march_that_opens_a_name_is_a_march(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Peaceful protest"
    assert "march" in report.tags


def test_a_capitalised_action_word_inside_another_name_is_no_event() -> None:
    doc = run("Residents said the Golden Strike restaurant in Kisumu reopened on Thursday "
              "after weeks of repairs to its kitchen.")
    assert doc.reports == [], summary(doc)


def test_the_language_of_a_placeless_brief_narrows_an_ambiguous_town() -> None:
    # "Vigo" alone is also a county of Indiana; a Spanish brief names the Spanish city
    report = only(run("Los estibadores cumplieron el martes su tercer día de huelga en Vigo.",
                      lang="es"))
    assert (report.country, report.admin1, report.location) == ("ES", "Galicia", "Vigo")


def test_the_language_does_not_choose_between_two_countries_that_speak_it() -> None:
    # "Santa Catarina" is a state of Brazil and an island of Cape Verde, both Portuguese
    doc = run("Caminhoneiros bloquearam na terça-feira rodovias em Santa Catarina.", lang="pt")
    assert [r.admin1 for r in doc.reports] == [], summary(doc)


def test_a_sizeable_town_as_a_sentence_s_first_word_is_its_place() -> None:
    doc = run("Bunia was back under army control on Tuesday after CODECO fighters fled "
              "the town, officials said.")
    report = only(doc)
    assert (report.country, report.location) == ("CD", "Bunia"), summary(doc)


def test_a_word_of_the_language_opening_a_sentence_is_no_place() -> None:
    doc = run("Police fired tear gas at students marching in Nairobi on Tuesday.")
    assert [r.location for r in doc.reports] == ["Nairobi"], summary(doc)


def test_detentions_told_among_demonstrations_are_an_intervention() -> None:
    doc = run("Thousands marched in Nairobi on Tuesday against the finance bill. Police "
              "dispersed the crowd with tear gas. Rights groups said 30 people were detained "
              "in Kisumu and Mombasa on Tuesday.")
    kinds = {r.location: r.sub_event_type for r in doc.reports}
    assert kinds.get("Kisumu") == "Protest with intervention", summary(doc)
    assert kinds.get("Mombasa") == "Protest with intervention", summary(doc)


def test_detentions_at_home_are_arrests_even_in_a_protest_story() -> None:
    doc = run("Des milliers de personnes ont manifesté mardi à Dakar. Le lendemain, une "
              "dizaine de militants ont été interpellés à leur domicile à Thiès.", lang="fr")
    kinds = {r.location: r.sub_event_type for r in doc.reports}
    assert kinds.get("Thiès") == "Arrests", summary(doc)


def test_police_breaking_up_a_protest_is_an_intervention() -> None:
    doc = run("Police moved in to break up a student protest in Eldoret on Tuesday.")
    assert only(doc).sub_event_type == "Protest with intervention", summary(doc)


def test_forces_opening_fire_on_a_crowd_is_excessive_force() -> None:
    # "opened fire on" is a verb and its object, not a headline's participle
    report = only(run("Soldiers opened fire on a crowd protesting fuel prices in Kano on Monday, "
                      "killing four people, witnesses said."))
    assert report.sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Guerrilleros del ELN entraron sin combates el lunes en Tibú tras la salida del "
           "Ejército."),
    ("pt", "Rebeldes entraram sem combates em Mocímboa da Praia na segunda-feira, após a "
           "saída do exército."),
])
def test_a_fight_the_text_denies_is_no_battle(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert only(doc).sub_event_type == "Non-violent transfer of territory", summary(doc)


def test_a_past_causative_faire_did_the_action() -> None:
    report = only(run("Un kamikaze a fait exploser lundi sa charge devant une caserne à Maroua.",
                      lang="fr"))
    assert report.sub_event_type == "Suicide bomb"


def test_a_political_party_is_no_football_match() -> None:
    report = only(run("Desconocidos incendiaron el lunes la sede del partido de gobierno en "
                      "Cusco.", lang="es"))
    assert report.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds held a vigil in memory of a murdered journalist in Mombasa on Sunday."),
    ("pt", "Centenas fizeram uma vigília em memória do jornalista assassinado em Nampula "
           "no domingo."),
])
def test_a_death_remembered_by_a_gathering_is_not_its_toll(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert only(doc).sub_event_type == "Peaceful protest", summary(doc)


def test_a_brief_with_no_knowable_place_is_still_an_event_with_null_place() -> None:
    doc = run("Gunmen attacked a gendarmerie post overnight in Tarvolo, killing two gendarmes, "
              "a security source said.")
    report = only(doc)
    assert report.event_type == "Battles", summary(doc)
    assert (report.country, report.admin1, report.location) == (None, None, None)
    assert report.latitude is None and report.longitude is None
    placed = only(run("Gunmen attacked a gendarmerie post overnight in Djibo, killing two "
                      "gendarmes, a security source said."))
    assert report.confidence < placed.confidence  # lower: nothing says where


def test_a_placeless_sentence_with_no_actor_gives_no_event() -> None:
    assert run("The stadium exploded with joy after the late goal.").reports == []


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Cientos de campesinos bloquearon el lunes la carretera a la altura de Huánuco para "
           "exigir justicia por los tres comuneros asesinados en el ataque a su comunidad."),
    ("fr", "Des centaines de personnes ont manifesté samedi à Ségou pour réclamer justice pour "
           "les six bergers tués la semaine dernière."),
])
def test_deaths_a_protest_asks_justice_for_are_its_reason(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert [r.event_type for r in doc.reports] == ["Protests"], summary(doc)
    assert doc.reports[0].sub_event_type == "Peaceful protest", summary(doc)


def test_a_brief_told_according_to_local_sources_is_still_an_event() -> None:
    report = only(run("Une quinzaine de villageois ont été tués par des hommes armés à Tarvolo, "
                      "selon des sources locales.", lang="fr"))
    assert report.sub_event_type == "Attack"
    assert report.fatalities is not None and report.fatalities.best == 15


def test_an_n_apostrophe_before_a_capital_is_part_of_a_town_s_name() -> None:
    report = only(run("La police a dispersé mardi une marche de l'opposition à N'Djamena.",
                      lang="fr"))
    assert (report.country, report.location) == ("TD", "N'Djamena")


def test_a_dated_crowd_brief_with_no_knowable_place_is_an_event_with_null_place() -> None:
    report = only(run("Two protesters died on Saturday in clashes with police in Tarvolo, "
                      "the prefect said."))
    assert report.event_type == "Riots" and report.country is None


def test_affronter_a_force_is_a_clash() -> None:
    report = only(run("Des jeunes ont affronté mardi les forces de l'ordre à Kankan.", lang="fr"))
    assert report.event_type == "Riots"


def test_an_attack_that_left_dead_is_violence_against_civilians() -> None:
    doc = run("Un ataque de hombres armados contra una aldea de Chilapa dejó cuatro "
              "muertos el lunes.", lang="es")
    assert only(doc).sub_event_type == "Attack", summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The attack took place weeks after the expiration of a ceasefire between the ELN "
     "and the army in Arauca."),
    ("es", "El ataque ocurrió semanas después del fin de la tregua entre el ELN y el ejército "
     "en Arauca."),
    ("fr", "L'attaque a eu lieu quelques semaines après la fin du cessez-le-feu entre l'ELN "
     "et l'armée à Arauca."),
    ("pt", "O ataque ocorreu semanas depois do fim da trégua entre o ELN e o exército em "
     "Arauca."),
])
def test_a_truce_named_with_no_verb_of_making_it_is_no_agreement(lang: str, text: str) -> None:
    # the noun alone refers to a deal made before (here one that expired)
    assert run(text, lang=lang).reports == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two militias declared a truce in Bankass on Tuesday."),
    ("en", "A ceasefire was signed in Bankass on Tuesday between the communities of the area."),
    ("es", "Las dos milicias acordaron una tregua el martes en Bankass."),
    ("es", "Una tregua fue firmada el martes en Bankass entre las comunidades de la zona."),
    ("fr", "Les deux milices ont conclu une trêve mardi à Bankass."),
    ("pt", "As duas milícias anunciaram uma trégua na terça-feira em Bankass."),
    ("pt", "Um cessar-fogo foi assinado na terça-feira em Bankass entre as comunidades da "
     "região."),
])
def test_a_truce_made_is_an_agreement(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == ("Agreement", "Bankass")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two militias signed a truce in Bankass on Tuesday. \"A truce has been signed,\" "
     "a mediator told reporters on Tuesday."),
    ("es", "Las dos milicias firmaron una tregua el martes en Bankass. \"La tregua fue "
     "firmada\", dijo el martes un mediador."),
    ("fr", "Les deux milices ont signé une trêve mardi à Bankass. « Une trêve a été signée », a "
     "déclaré mardi un médiateur."),
    ("pt", "As duas milícias assinaram uma trégua na terça-feira em Bankass. \"A trégua foi "
     "assinada\", disse um mediador na terça-feira."),
])
def test_a_deal_restated_by_its_country_only_is_the_same_deal(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == ("Agreement", "Bankass")


def test_a_ceasefire_between_communities_is_an_agreement() -> None:
    doc = run("Un cessez-le-feu a été signé mardi à Bankass entre les communautés de la zone.",
              lang="fr")
    assert [r.sub_event_type for r in doc.reports] == ["Agreement"], summary(doc)


def test_a_curfew_after_the_riots_is_one_event_a_curfew_after_crowds_looted_is_two() -> None:
    told = run("Las autoridades decretaron el martes un toque de queda en Tumbes tras los "
               "disturbios.", lang="es")
    assert [r.sub_event_type for r in told.reports] == ["Other"], summary(told)
    narrated = run("The governor imposed a curfew in Kano on Tuesday after crowds looted shops.")
    assert sorted(r.event_type for r in narrated.reports) == ["Riots", "Strategic developments"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Hundreds of protesters halted traffic in Arequipa on Monday."),
        ("es", "Un grupo de manifestantes interrumpió el tránsito en la carretera de Arequipa el lunes."),
        ("pt", "Manifestantes interromperam o trânsito na avenida principal de Arequipa na segunda-feira."),
        ("fr", "Des manifestants ont paralysé la circulation dans le centre d'Arequipa lundi."),
    ],
)
def test_demonstrators_halting_traffic_block_the_road(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    report = only(doc)
    assert report.event_type == "Protests"
    assert "road_blockade" in report.tags, summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Heavy snow disrupted traffic in Arequipa on Monday."),
        ("es", "Un deslizamiento de tierra interrumpió el tránsito en Arequipa el lunes."),
        ("pt", "A chuva forte interrompeu o trânsito em Arequipa na segunda-feira."),
        ("fr", "La neige a paralysé la circulation à Arequipa lundi."),
    ],
)
def test_traffic_halted_by_no_crowd_is_no_event(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Protesters broke into the police station in Arequipa on Monday."),
        ("es", "Los manifestantes tomaron por asalto la alcaldía de Arequipa el lunes."),
        ("pt", "Os manifestantes tomaram de assalto a prefeitura de Arequipa na segunda-feira."),
        ("fr", "Les manifestants ont pris d'assaut plusieurs bâtiments officiels à Arequipa lundi."),
        ("fr", "Les manifestants ont envahi le siège de la radio à Arequipa lundi."),
        ("pt", "Manifestantes invadiram o prédio da Assembleia em Arequipa na segunda-feira."),
    ],
)
def test_demonstrators_breaking_in_riot(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    report = only(doc)
    assert (report.event_type, report.sub_event_type, report.location) == (
        "Riots", "Violent demonstration", "Arequipa"), summary(doc)


def test_crowds_filling_the_streets_break_into_nothing() -> None:
    doc = run("Des milliers de manifestants ont envahi les rues d'Arequipa lundi.",
              published=dt.date(2023, 1, 17), lang="fr")
    assert only(doc).sub_event_type == "Peaceful protest", summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Arequipa paused on Thursday to mark the tenth anniversary of the 2013 massacre in "
               "which more than forty farmers, most of them from the highlands, were killed."),
        ("es", "Arequipa recordó el jueves el décimo aniversario de la masacre de 2013 en la que "
               "más de cuarenta campesinos fueron asesinados."),
        ("fr", "Arequipa a célébré jeudi le dixième anniversaire du massacre de 2013 au cours "
               "duquel plus de quarante paysans ont été tués."),
        ("pt", "Arequipa lembrou na quinta-feira o décimo aniversário do massacre de 2013, em que "
               "mais de quarenta camponeses foram mortos."),
    ],
)
def test_a_killing_whose_anniversary_is_marked_is_no_event(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Military intelligence dismantled an armed cell in Arequipa on Monday."),
        ("es", "La inteligencia militar desarticuló una célula armada en Arequipa el lunes."),
        ("fr", "Le renseignement militaire a démantelé une cellule armée à Arequipa lundi."),
        ("pt", "A inteligência militar desarticulou uma célula armada em Arequipa na segunda-feira."),
    ],
)
def test_dismantling_a_cell_is_an_arrest(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert only(doc).sub_event_type == "Arrests", summary(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Security forces closed the Tarvo Bridge in Arequipa on Monday as protests spread.",
        "Administrators closed the main campus in Arequipa on Monday as protests spread.",
    ],
)
def test_closing_a_named_bridge_or_campus_is_a_measure(text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17))
    assert [(r.event_type, r.sub_event_type) for r in doc.reports].count(
        ("Strategic developments", "Other")) == 1, summary(doc)


def test_close_to_a_place_closes_nothing() -> None:
    doc = run("Clashes broke out close to the airport in Arequipa on Monday.",
              published=dt.date(2023, 1, 17))
    assert only(doc).event_type == "Riots", summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A woman was abducted and raped by militiamen in Arequipa on Monday."),
        ("es", "Una mujer fue secuestrada y violada por milicianos en Arequipa el lunes."),
        ("fr", "Une femme a été enlevée et violée par des miliciens à Arequipa lundi."),
        ("pt", "Uma mulher foi sequestrada e estuprada por milicianos em Arequipa na segunda-feira."),
    ],
)
def test_sexual_violence_comes_before_abduction(lang: str, text: str) -> None:
    # ANNOTATION §3.1: "Sexual violence, else Abduction/forced disappearance, else Attack"
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert only(doc).sub_event_type == "Sexual violence", summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The president suspended on Friday the constitutional guarantees in Arequipa."),
        ("es", "El presidente suspendió este viernes las garantías constitucionales en Arequipa."),
        ("fr", "Le président a suspendu vendredi les libertés de réunion à Arequipa."),
        ("pt", "O presidente suspendeu na sexta-feira as garantias constitucionais em Arequipa."),
    ],
)
def test_suspending_freedoms_is_an_emergency_measure(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert only(doc).sub_event_type == "Other", summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Dos manifestantes han muerto en Arequipa este lunes, según la Defensoría."),
        ("es", "Dos manifestantes habrían muerto en Arequipa el lunes, según la Defensoría."),
        ("fr", "Deux manifestants seraient morts à Arequipa lundi, selon une ONG."),
        ("pt", "Dois manifestantes teriam morrido em Arequipa na segunda-feira, segundo uma ONG."),
        ("en", "Two protesters have died in Arequipa on Monday, a rights group said."),
    ],
)
def test_deaths_told_in_compound_tenses(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    report = only(doc)
    assert report.sub_event_type == "Excessive force against protesters", summary(doc)
    assert report.fatalities is not None and report.fatalities.best == 2, summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police fired tear gas at a student sit-in in Arequipa on Monday. So far in the "
               "strike 46 people have died, the Ombudsman said."),
        ("es", "La policía dispersó con gases lacrimógenos un plantón en Arequipa el lunes. En lo "
               "que va del paro han muerto 46 personas, según la Defensoría del Pueblo."),
        ("fr", "La police a dispersé au gaz lacrymogène un sit-in à Arequipa lundi. Depuis le "
               "début de la grève, 46 personnes sont mortes, selon le médiateur."),
        ("pt", "A polícia dispersou com gás lacrimogêneo um protesto em Arequipa na segunda-feira. "
               "Desde o início da greve, 46 pessoas morreram, segundo a Defensoria."),
    ],
)
def test_deaths_counted_since_the_start_do_not_type_the_event(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert only(doc).sub_event_type == "Protest with intervention", summary(doc)
    assert [(t.kind, t.value) for t in doc.tallies] == [("deaths", 46)]


def test_an_attempt_is_not_the_act() -> None:
    doc = run("Over the last month 48 people have died as the president has attempted to end "
              "protests in Arequipa.", published=dt.date(2023, 1, 17))
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Five police officers were injured during a protest in Arequipa on Monday."),
        ("es", "Cinco policías resultaron heridos durante una protesta en Arequipa el lunes."),
        ("fr", "Cinq policiers ont été blessés lors d'une manifestation à Arequipa lundi."),
        ("pt", "Cinco policiais ficaram feridos durante um protesto em Arequipa na segunda-feira."),
    ],
)
def test_police_hurt_at_a_demonstration_make_it_violent(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert only(doc).sub_event_type == "Violent demonstration", summary(doc)



@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The government imposed a curfew in Arequipa amid the raging fuel protests."),
        ("es", "El gobierno decretó el toque de queda en Arequipa en medio de las protestas."),
        ("fr", "Le gouvernement a décrété un couvre-feu à Arequipa sur fond de manifestations."),
        ("pt", "O governo decretou toque de recolher em Arequipa em meio aos protestos."),
    ],
)
def test_protests_a_measure_is_taken_amid_are_its_setting(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert [r.sub_event_type for r in doc.reports] == ["Other"], summary(doc)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Peru imposes state of emergency in Arequipa to end riots"),
        ("es", "Perú decreta el estado de emergencia en Arequipa para frenar los disturbios"),
        ("fr", "Le Pérou décrète l'état d'urgence à Arequipa pour mettre fin aux émeutes"),
        ("pt", "Peru decreta estado de emergência em Arequipa para conter os distúrbios"),
    ],
)
def test_the_unrest_a_measure_should_end_is_its_cause(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert [r.sub_event_type for r in doc.reports] == ["Other"], summary(doc)



@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The military has clashed with fighters from a militia in the Amhara region, "
               "residents said on Wednesday, in fighting that a doctor said had injured 12 people."
               "\n\nMilitia fighters and soldiers clashed near Debre Tabor on Tuesday and "
               "Wednesday, residents said."),
        ("es", "El ejército se enfrentó a combatientes de una milicia en la región de Amhara, "
               "dijeron vecinos el miércoles, en combates que según un médico dejaron 12 heridos."
               "\n\nMilicianos y soldados combatieron cerca de Debre Tabor el martes y el "
               "miércoles, dijeron vecinos."),
        ("fr", "L'armée a affronté des combattants d'une milice dans la région Amhara, ont dit "
               "des habitants mercredi, lors de combats qui ont fait 12 blessés selon un médecin."
               "\n\nMiliciens et soldats se sont affrontés près de Debre Tabor mardi et mercredi, "
               "selon des habitants."),
        ("pt", "O exército enfrentou combatentes de uma milícia na região de Amhara, disseram "
               "moradores na quarta-feira, em combates que deixaram 12 feridos, segundo um médico."
               "\n\nMilicianos e soldados se enfrentaram perto de Debre Tabor na terça e na "
               "quarta-feira, disseram moradores."),
    ],
)
def test_a_region_summary_joins_the_one_event_told_inside_it(lang: str, text: str) -> None:
    doc = run(text, published=dt.date(2023, 8, 6), lang=lang)
    report = only(doc)
    assert (report.sub_event_type, report.location) == ("Armed clash", "Debre Tabor"), summary(doc)
    assert report.injured is not None and report.injured.best == 12


@pytest.mark.parametrize(
    ("lang", "text", "sub_type"),
    [
        ("pt", "Soldados e rebeldes enfrentaram-se em Mocímboa da Praia no sábado.", "Armed clash"),
        ("pt", "Os manifestantes enfrentaram-se com a polícia em Luanda no sábado.",
         "Violent demonstration"),
        ("es", "Cientos de manifestantes salieron a las calles de Cusco el lunes, enfrentándose a "
               "la policía.", "Violent demonstration"),
    ],
)
def test_clashes_told_with_an_enclitic_pronoun(lang: str, text: str, sub_type: str) -> None:
    doc = run(text, published=dt.date(2023, 1, 17), lang=lang)
    assert only(doc).sub_event_type == sub_type, summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands of protesters occupied Central Avenue on Sunday against the pension "
           "reform."),
    ("es", "Miles de manifestantes ocupan la Avenida Central este domingo contra la reforma "
           "de las pensiones."),
    ("pt", "Manifestantes ocupam a Avenida Central neste domingo contra a reforma da "
           "previdência."),
    ("fr", "Des milliers de manifestants ont occupé l'avenue Centrale dimanche contre la "
           "réforme des retraites."),
])
def test_a_dated_opening_sentence_is_an_event_without_a_place(lang: str, text: str) -> None:
    # ANNOTATION: an event with no place is still an event; what a story opens with,
    # dated, is its event even when no gazetteer knows the street it names
    event = only(run(text, lang=lang))
    assert (event.event_type, event.location, event.admin1) == ("Protests", None, None)
    assert event.date is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The strike by dock workers in Bilbao ended on Wednesday with an agreement."),
    ("es", "La huelga de los trabajadores del metal en Cádiz terminó el miércoles con un "
           "acuerdo."),
    ("pt", "A greve dos metroviários em Brasília terminou na quarta-feira com um acordo."),
    ("fr", "La grève des dockers de Marseille s'est terminée mercredi par un accord."),
])
def test_a_strike_that_ends_with_an_agreement_is_an_agreement(lang: str, text: str) -> None:
    event = only(run(text, lang=lang))
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Agreement")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Truck drivers blocked the highway near Bilbao on Monday. Ministers reached an "
           "agreement with the drivers' union."),
    ("es", "Los camioneros bloquearon la carretera cerca de Bilbao el lunes. Los ministros "
           "llegaron a un acuerdo con el sindicato de los camioneros."),
    ("pt", "Os caminhoneiros bloquearam a rodovia perto de Curitiba na segunda-feira. Os "
           "ministros chegaram a um acordo com o sindicato dos caminhoneiros."),
    ("fr", "Les routiers ont bloqué l'autoroute près de Lyon lundi. Les ministres sont "
           "parvenus à un accord avec le syndicat des routiers."),
])
def test_a_deal_told_after_the_protest_it_ends_is_its_own_event_there(lang: str,
                                                                       text: str) -> None:
    doc = run(text, lang=lang)
    assert [r.sub_event_type for r in doc.reports] == ["Peaceful protest", "Agreement"], \
        summary(doc)
    assert doc.reports[0].admin1 == doc.reports[1].admin1 is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two companies reached an agreement on prices in Bilbao."),
    ("es", "Las dos empresas llegaron a un acuerdo sobre los precios en Bilbao."),
])
def test_a_deal_that_ends_no_unrest_is_no_event(lang: str, text: str) -> None:
    assert run(text, lang=lang).reports == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A shoot-out between soldiers and rebels left three dead near Beni on Thursday."),
    ("es", "Una balacera entre la Guardia Nacional y hombres armados dejó tres muertos en "
           "Culiacán el jueves."),
    ("pt", "Um tiroteio entre policiais e traficantes deixou dois mortos em Niterói na "
           "quinta-feira."),
    ("fr", "Un accrochage entre soldats et jihadistes a fait deux morts près de Kidal jeudi."),
])
def test_a_shootout_noun_between_armed_sides_is_a_clash(lang: str, text: str) -> None:
    # balacera, tiroteio, accrochage, shoot-out: an exchange of fire, not one side's
    # shooting at a crowd
    event = only(run(text, lang=lang))
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.fatalities is not None and event.fatalities.best in (2, 3)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The government of Ethiopia has declared a nationwide state of emergency following "
           "days of riots and protests."),
    ("es", "El gobierno de Ecuador decretó el estado de excepción en todo el país tras varios "
           "días de protestas y disturbios."),
    ("pt", "O governo da Bolívia decretou estado de emergência em todo o país após dias de "
           "protestos e distúrbios."),
    ("fr", "Le gouvernement du Tchad a décrété l'état d'urgence dans tout le pays après "
           "plusieurs jours d'émeutes et de manifestations."),
])
def test_a_national_measure_stands_beside_the_unrest_it_answers(lang: str,
                                                                text: str) -> None:
    # the unrest after the measure is its reason, told as an aggregate: no event of its
    # own, and no reason to drop the measure
    event = only(run(text, lang=lang))
    assert (event.sub_event_type, event.admin1) == ("Other", None)
    assert event.country is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Since the coup six weeks ago, Myanmar has been under a nationwide state of "
           "emergency."),
    ("es", "Desde el golpe de hace seis semanas, el país sigue bajo estado de excepción."),
    ("pt", "Desde o golpe, há seis semanas, o país continua sob estado de emergência."),
    ("fr", "Depuis le coup d'État il y a six semaines, le pays reste sous état d'urgence."),
])
def test_a_measure_in_force_already_is_no_new_event(lang: str, text: str) -> None:
    assert run(text, lang=lang).reports == []


# ------------------------------------------------------- generalisation, sixth pass


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Demonstrators blocked the Bolognesi Bridge and Ejército Avenue in Arequipa on "
     "Monday."),
    ("es", "Los manifestantes bloquearon el puente Bolognesi y la avenida Ejército en Arequipa "
     "el lunes."),
    ("fr", "Les manifestants ont bloqué le pont Bolognesi et l'avenue Ejército à Arequipa "
     "lundi."),
    ("pt", "Os manifestantes bloquearam a ponte Bolognesi e a avenida Ejército em Arequipa na "
     "segunda-feira."),
])
def test_blockades_at_named_sites_of_a_town_stay_apart(lang: str, text: str) -> None:
    # a list of places gives one event per place (ANNOTATION.md section 2): a bridge and an
    # avenue blocked the same day are two events, not one blockade of the region (that
    # merging is for points along one route)
    doc = run(text, lang=lang)
    assert len(doc.reports) == 2, summary(doc)
    assert {r.location for r in doc.reports} != {None}, summary(doc)
    assert all(r.admin1 == "Arequipa" for r in doc.reports)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thousands of opposition supporters rioted in Karachi on Tuesday after the arrest "
     "of their leader. The leader was flown to the capital by helicopter. His lawyers said "
     "the case was political. The government has denied the charge. One man was killed in "
     "Hyderabad, a party spokesman said."),
    ("es", "Miles de simpatizantes de la oposición protagonizaron disturbios en Karachi el "
     "martes tras la detención de su líder. El líder fue trasladado a la capital en "
     "helicóptero. Sus abogados dijeron que el caso era político. El gobierno ha negado la "
     "acusación. Un hombre murió en Hyderabad, dijo un portavoz del partido."),
    ("fr", "Des milliers de partisans de l'opposition ont manifesté violemment à Karachi mardi "
     "après l'arrestation de leur chef. Le chef a été transféré dans la capitale en "
     "hélicoptère. Ses avocats ont dit que l'affaire était politique. Le gouvernement a "
     "démenti l'accusation. Un homme a été tué à Hyderabad, a dit un porte-parole du parti."),
    ("pt", "Milhares de apoiadores da oposição protestaram com violência em Karachi na "
     "terça-feira após a prisão de seu líder. O líder foi levado para a capital de "
     "helicóptero. Seus advogados disseram que o caso era político. O governo negou a "
     "acusação. Um homem foi morto em Hyderabad, disse um porta-voz do partido."),
])
def test_a_death_in_the_body_of_a_story_of_unrest_is_an_event_of_it(lang: str,
                                                                    text: str) -> None:
    # the lede tells the unrest; a death told sentences later, with no armed group named,
    # is one of its events, not a death outside any crowd. "en Hyderabad, dijo un
    # portavoz": the verb after the comma attributes the sentence, Hyderabad is a place
    doc = run(text, lang=lang)
    dead = [r for r in doc.reports if r.location == "Hyderabad"]
    assert len(dead) == 1, summary(doc)
    assert dead[0].fatalities is not None and dead[0].fatalities.best == 1
    assert dead[0].event_type in ("Protests", "Riots")


@pytest.mark.parametrize(("lang", "text", "shares"), [
    ("en", "Police arrested three protesters in Catalonia on Monday. One in Barcelona, "
     "another in Girona and another in Lleida.", ["One", "another", "another"]),
    ("es", "La policía detuvo a tres manifestantes en Cataluña el lunes. Uno en Barcelona, "
     "otro en Girona y otro en Lleida.", ["Uno", "otro", "otro"]),
    ("fr", "La police a arrêté trois manifestants en Catalogne lundi. Un à Barcelone, un "
     "autre à Gérone et un autre à Lleida.", ["Un", "un", "un"]),
    ("pt", "A polícia prendeu três manifestantes na Catalunha na segunda-feira. Um em "
     "Barcelona, outro em Girona e outro em Lleida.", ["Um", "outro", "outro"]),
])
def test_a_count_shared_out_over_places_gives_one_event_per_place(
        lang: str, text: str, shares: list[str]) -> None:
    # a sentence with no verb that shares the arrests out over three towns places the
    # event told just before in each of them; each event's trigger is its share
    doc = run(text, lang=lang)
    found = sorted((r.admin2 or r.location or "", r.trigger.quote) for r in doc.reports)
    assert [loc for loc, _ in found] == ["Barcelona", "Girona", "Lleida"], summary(doc)
    assert sorted(q for _, q in found) == sorted(shares)
    for r in doc.reports:
        assert r.sub_event_type == "Protest with intervention", summary(doc)
        assert r.date is not None and r.date.iso() == "2023-01-09"
        assert text[r.trigger.start:r.trigger.end] == r.trigger.quote
        # each place's share is its arrested figure, its evidence starting at the share
        assert r.arrested is not None and r.arrested.best == 1, summary(doc)
        [claim] = [c for c in r.claims if c.kind == "arrested"]
        assert claim.evidence.start == r.trigger.start
        assert claim.evidence.quote.startswith(r.trigger.quote)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Jihadists have stepped up their raids in central Mali this year. On Sunday, a "
     "group of herders was attacked near Douentza, a local official said."),
    ("es", "Los yihadistas han intensificado sus incursiones en el centro de Malí este año. "
     "El domingo, un grupo de pastores fue atacado cerca de Douentza, dijo un funcionario "
     "local."),
    ("fr", "Les djihadistes ont multiplié leurs incursions dans le centre du Mali cette année. "
     "Dimanche, un groupe de bergers a été attaqué près de Douentza, a indiqué un élu local."),
    ("pt", "Os jihadistas intensificaram suas incursões no centro do Mali este ano. No domingo, "
     "um grupo de pastores foi atacado perto de Douentza, disse um funcionário local."),
])
def test_an_attack_told_without_its_doer_in_a_story_of_armed_groups(lang: str,
                                                                   text: str) -> None:
    # the passive names no attacker; the sentence before names the armed group of the
    # story: an attack on civilians at Douentza ("funcionario local" is no premises)
    doc = run(text, lang=lang)
    attacks = [r for r in doc.reports if r.location == "Douentza"]
    assert len(attacks) == 1, summary(doc)
    assert (attacks[0].sub_event_type, attacks[0].date and attacks[0].date.iso()) == (
        "Attack", "2023-01-08"), summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two policemen, who have not been named, beat a street vendor in Cusco on Monday."),
    ("es", "Dos policías, que no han sido identificados, golpearon a un vendedor ambulante en "
     "Cusco el lunes."),
    ("fr", "Deux policiers, qui n'ont pas été identifiés, ont frappé un vendeur ambulant à "
     "Cusco lundi."),
    ("pt", "Dois policiais, que não foram identificados, espancaram um vendedor ambulante em "
     "Cusco na segunda-feira."),
])
def test_a_relative_clause_between_commas_keeps_its_passive_and_negation(lang: str,
                                                                        text: str) -> None:
    # "who have not been named" is a clause of its own: neither its auxiliary nor its
    # negation reaches the verb after the comma; the police beat a civilian
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == ("Attack", "Cusco"), \
        summary(run(text, lang=lang))
    assert report.actor1 == "Police", summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Demonstrators marched in Recife on Saturday against the handling of the covid "
     "pandemic and police fired rubber bullets at them."),
    ("es", "Los manifestantes marcharon en Recife el sábado contra la gestión de la pandemia de "
     "covid y la policía les disparó balas de goma."),
    ("fr", "Des manifestants ont défilé à Recife samedi contre la gestion de la pandémie de "
     "covid et la police a tiré des balles en caoutchouc."),
    ("pt", "Manifestantes marcharam no Recife no sábado contra a gestão da pandemia de covid e "
     "a polícia disparou balas de borracha."),
])
def test_demonstrators_protesting_about_an_epidemic_are_a_demonstration(lang: str,
                                                                        text: str) -> None:
    # an epidemic or a flood makes a measure or a death no unrest; demonstrators who
    # march about one are a demonstration all the same
    report = only(run(text, lang=lang))
    assert (report.event_type, report.location) == ("Protests", "Recife"), \
        summary(run(text, lang=lang))
    assert report.sub_event_type != "Peaceful protest"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Residents gathered in Nampula on Sunday to demand justice and were beaten by the "
     "police."),
    ("es", "Los vecinos se concentraron en Nampula el domingo para exigir justicia y fueron "
     "golpeados por la policía."),
    ("fr", "Les habitants se sont rassemblés à Nampula dimanche pour exiger justice et ont été "
     "frappés par la police."),
    ("pt", "Os moradores concentraram-se em Nampula no domingo para exigir justiça e foram "
     "espancados pela polícia."),
])
def test_what_is_demanded_does_not_reach_across_a_clause(lang: str, text: str) -> None:
    # "to demand justice" is the aim, but "and were beaten" is a clause of its own: the
    # beating happened (neither an aim nor a tribute), so the police intervened
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == (
        "Protest with intervention", "Nampula"), summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Party supporters marched in Rawalpindi and threw stones at police in Lahore on "
     "Tuesday."),
    ("es", "Simpatizantes del partido marcharon en Rawalpindi y lanzaron piedras a la policía en "
     "Lahore el martes."),
    ("fr", "Des partisans du parti ont défilé à Rawalpindi et lancé des pierres sur la police à "
     "Lahore mardi."),
    ("pt", "Apoiadores do partido marcharam em Rawalpindi e atiraram pedras na polícia em Lahore "
     "na terça-feira."),
])
def test_two_towns_of_one_region_far_apart_are_two_places(lang: str, text: str) -> None:
    # Rawalpindi and Lahore are both in Punjab but 270 km apart, each named after its own
    # preposition of place: two events, not one event at the finer of two places
    doc = run(text, lang=lang)
    assert sorted(r.location or "" for r in doc.reports) == ["Lahore", "Rawalpindi"], \
        summary(doc)
    [lahore] = [r for r in doc.reports if r.location == "Lahore"]
    # stones thrown at the police are violence
    assert lahore.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Angry at the verdict against their leader, his supporters stormed the army "
     "headquarters in Rawalpindi on Tuesday."),
    ("es", "Furiosos por la condena de su líder, sus simpatizantes asaltaron el cuartel general "
     "del ejército en Rawalpindi el martes."),
    ("fr", "Furieux de la condamnation de leur chef, ses partisans ont attaqué le quartier "
     "général de l'armée à Rawalpindi mardi."),
    ("pt", "Furiosos com a condenação do seu líder, os seus apoiadores atacaram o "
     "quartel-general do exército em Rawalpindi na terça-feira."),
])
def test_a_leaders_supporters_storming_a_base_riot(lang: str, text: str) -> None:
    # "his supporters" are a crowd; "o quartel do exército": the army owns the barracks
    # attacked, it is not the attacker
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == ("Violent demonstration", "Rawalpindi"), \
        summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police arrested the opposition leader in Santiago de Cuba on Tuesday for alleged "
     "violations of the conditions of his parole."),
    ("es", "La policía arrestó al líder opositor en Santiago de Cuba el martes por presuntas "
     "violaciones de las condiciones de su libertad condicional."),
    ("fr", "La police a arrêté le chef de l'opposition à Santiago de Cuba mardi, l'accusant "
     "d'avoir violé les conditions de sa libération conditionnelle."),
    ("pt", "A polícia prendeu o líder da oposição em Santiago de Cuba na terça-feira por suposta "
     "violação das condições da sua liberdade condicional."),
])
def test_breaching_a_rule_is_no_sexual_violence(lang: str, text: str) -> None:
    # "violación de las condiciones", "violé les conditions": a breach of a rule or a
    # deal, not a rape; the only event is the arrest
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Arrests", summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Rebels have been active around Buthidaung for weeks. On Sunday, troops clashed with "
     "them near Buthidaung, an army officer said."),
    ("es", "Los rebeldes llevan semanas activos en torno a Buthidaung. El domingo, las tropas se "
     "enfrentaron con ellos cerca de Buthidaung, dijo un oficial del ejército."),
    ("fr", "Les rebelles sont actifs autour de Buthidaung depuis des semaines. Dimanche, les "
     "troupes se sont affrontées avec eux près de Buthidaung, a indiqué un officier de "
     "l'armée."),
    ("pt", "Os rebeldes estão ativos em torno de Buthidaung há semanas. No domingo, as tropas "
     "entraram em confronto com eles perto de Buthidaung, disse um oficial do exército."),
    ("en", "Six people were killed in an encounter between soldiers and rebels near Bulalacao "
     "on Thursday, the army said."),
])
def test_a_clash_with_the_armed_group_of_the_story_is_a_battle(lang: str, text: str) -> None:
    # troops clashing "with them" in a story of rebels fight the rebels (no crowd named);
    # "an encounter between soldiers and rebels" is a clash
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Armed clash", summary(run(text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Truckers blocked the highway in Huancayo on Monday to demand lower fuel prices. "
     "Police fired tear gas at them. On Tuesday, five ministers travelled to the area and "
     "reached an agreement with the truckers' leaders."),
    ("es", "Los camioneros bloquearon la carretera en Huancayo el lunes para exigir combustible "
     "más barato. La policía les lanzó gases lacrimógenos. El martes, cinco ministros "
     "viajaron a la zona y llegaron a un acuerdo con los dirigentes de los camioneros."),
    ("fr", "Les camionneurs ont bloqué la route à Huancayo lundi pour réclamer un carburant "
     "moins cher. La police a tiré des gaz lacrymogènes. Mardi, cinq ministres se sont rendus "
     "dans la zone et ont conclu un accord avec les dirigeants des camionneurs."),
    ("pt", "Os caminhoneiros bloquearam a estrada em Huancayo na segunda-feira para exigir "
     "combustível mais barato. A polícia lançou gás lacrimogêneo. Na terça-feira, cinco "
     "ministros viajaram para a zona e chegaram a um acordo com os líderes dos "
     "caminhoneiros."),
])
def test_the_area_refers_to_the_place_of_the_event_told_before(lang: str, text: str) -> None:
    # "travelled to the area", "viajaron a la zona": the place of the blockade
    doc = run(text, lang=lang)
    [deal] = [r for r in doc.reports if r.sub_event_type == "Agreement"]
    assert (deal.location, deal.date and deal.date.iso()) == ("Huancayo", "2023-01-10"), \
        summary(doc)


def test_the_city_after_a_portuguese_contraction_refers_back() -> None:
    # "da cidade", "na cidade": the article is fused with its preposition in Portuguese
    doc = run("Professores marcharam em Curitiba na segunda-feira. Os sindicatos pedem reajuste. "
              "Na terça-feira, estudantes entraram em confronto com a polícia em vários pontos "
              "da cidade.", lang="pt")
    [clash] = [r for r in doc.reports if r.event_type == "Riots"]
    assert (clash.location, clash.date and clash.date.iso()) == ("Curitiba", "2023-01-10"), \
        summary(doc)


_PAGES = {
"en": "NEWS\n\nCrowds block roads in Basra\n\nThe unrest is the latest since protests resumed last week.\n\nA protester waves a flag in Basra. / AFP\n\nBy Ana Writer\n\nProtesters blocked the main roads of Basra on Thursday, police said.\n\nElsewhere, hundreds of demonstrators burned tyres in Amara and Kut.",
"es": "NOTICIAS\n\nManifestantes bloquean vías en Basora\n\nLos disturbios son los últimos desde que las protestas se reanudaron la semana pasada.\n\nUn manifestante agita una bandera en Basora. / AFP\n\nPor Ana Redactora\n\nLos manifestantes bloquearon las principales vías de Basora el jueves, dijo la policía.\n\nEn otros lugares, cientos de manifestantes quemaron neumáticos en Amara y Kut.",
"fr": "ACTUALITÉS\n\nDes manifestants bloquent les routes à Bassora\n\nLes troubles sont les derniers depuis la reprise des manifestations la semaine dernière.\n\nUn manifestant agite un drapeau à Bassora. / AFP\n\nPar Ana Rédactrice\n\nDes manifestants ont bloqué les principales routes de Bassora jeudi, a indiqué la police.\n\nAilleurs, des centaines de manifestants ont brûlé des pneus à Amara et Kout.",
"pt": "NOTÍCIAS\n\nManifestantes bloqueiam vias em Basra\n\nA agitação é a mais recente desde que os protestos recomeçaram na semana passada.\n\nUm manifestante agita uma bandeira em Basra. / AFP\n\nPor Ana Redatora\n\nManifestantes bloquearam as principais vias de Basra na quinta-feira, disse a polícia.\n\nEm outros lugares, centenas de manifestantes queimaram pneus em Amara e Kut.",
}


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_the_story_day_is_read_from_the_lede_past_titles_and_credits(lang: str) -> None:
    # the lede's "last week" is background; the first dated body sentence past the
    # rubric, the title, the photo credit and the byline gives the story's day, which
    # dates the undated events told after it
    doc = run(_PAGES[lang], lang=lang)
    [amara] = [r for r in doc.reports if r.location == "Amara"]
    assert amara.date is not None and amara.date.iso() == "2023-01-12", summary(doc)

# --------------------------------------------------------------------------- landmarks


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Arsonists burned two trucks on Monday 600 km south of Lima, in the region of "
           "Arequipa."),
    ("es", "Desconocidos quemaron dos camiones el lunes a 600 kilómetros al sur de Lima, en la "
           "región de Arequipa."),
    ("fr", "Des inconnus ont incendié deux camions lundi à 600 kilomètres au sud de Lima, dans "
           "la région d'Arequipa."),
    ("pt", "Desconhecidos incendiaram dois caminhões na segunda-feira a 600 quilômetros ao sul "
           "de Lima, na região de Arequipa."),
])
def test_a_place_named_first_as_a_bearing_is_a_landmark(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert report.admin1 == "Arequipa"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Farmers clashed with police near Juliaca on Monday, then marched on to Puno."),
    ("es", "Campesinos se enfrentaron a la policía cerca de Juliaca el lunes, y luego marcharon "
           "hacia Puno."),
    ("fr", "Des paysans ont affronté la police près de Juliaca lundi, puis ont marché vers "
           "Puno."),
    ("pt", "Camponeses entraram em confronto com a polícia perto de Juliaca na segunda-feira, "
           "depois marcharam até Puno."),
])
def test_a_place_named_first_after_near_is_where_the_event_is(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert report.location == "Juliaca"


# --------------------------------------------------------------------------- campaigns


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Militants have attacked police posts in Tillabéri since 2019."),
    ("en", "The rebels took up arms in 2021 and have since seized villages around Goma."),
    ("es", "Los disidentes han atacado puestos policiales en el Cauca desde 2019."),
    ("fr", "Les jihadistes ont depuis attaqué plusieurs postes de police à Tillabéri."),
    ("pt", "Os traficantes têm atacado postos policiais no Rio de Janeiro desde 2019."),
])
def test_a_campaign_in_the_perfect_since_a_year_is_not_an_event(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters have blocked the highway near Juliaca since Monday."),
    ("es", "Los manifestantes han bloqueado la carretera en Juliaca desde el lunes."),
    ("fr", "Les jihadistes ont depuis attaqué un poste de police à Tillabéri lundi."),
    ("pt", "Os manifestantes têm bloqueado a rodovia em Juliaca desde segunda-feira."),
])
def test_an_action_in_the_perfect_since_a_recent_day_is_an_event(lang: str, text: str) -> None:
    only(run(text, lang=lang))


# --------------------------------------------------------------------------- background


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Teachers in Cusco met on Monday to discuss wages. Years ago, police killed three "
           "protesters in the city during a similar dispute."),
    ("es", "Los docentes de Cusco se reunieron el lunes con el ministro. Hace años, la policía "
           "mató a tres manifestantes en la ciudad durante un conflicto similar."),
    ("fr", "Les enseignants de Dakar ont rencontré lundi le ministre. Il y a des années, la "
           "police avait tué trois manifestants dans la ville lors d'un conflit similaire."),
    ("pt", "Os professores de São Paulo reuniram-se na segunda-feira com o ministro. Há anos, a "
           "polícia matou três manifestantes em Campinas durante um protesto."),
])
def test_an_event_of_an_undated_distant_past_is_background(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Teachers in Cusco met on Monday to discuss wages. Two years ago, police killed "
           "three protesters in the city during a similar dispute."),
    ("es", "Los docentes de Cusco se reunieron el lunes con el ministro. Hace dos años, la "
           "policía mató a tres manifestantes en la ciudad durante un conflicto similar."),
    ("fr", "Les enseignants de Dakar ont rencontré lundi le ministre. Il y a deux ans, la "
           "police avait tué trois manifestants dans la ville lors d'un conflit similaire."),
    ("pt", "Os professores de São Paulo reuniram-se na segunda-feira com o ministro. Há dois "
           "anos, a polícia matou três manifestantes em Campinas durante um protesto."),
])
def test_an_event_dated_some_years_ago_is_still_an_event(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert report.date is not None and report.date.start.year == 2021


# --------------------------------------------------------------------------- requests


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor requested the telecom regulator to suspend mobile services in "
           "Lahore."),
    ("es", "Los dirigentes animaron a los mineros de Arequipa a sumarse a la huelga indefinida "
           "el lunes."),
    ("fr", "Les syndicats ont appelé les salariés de Marseille à rejoindre la grève jeudi."),
    ("pt", "Os sindicatos de São Paulo chamaram os trabalhadores a aderir à greve geral na "
           "quinta-feira."),
])
def test_what_someone_is_asked_or_urged_to_do_is_not_an_event(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "The mayor asked employers in Lima to allow remote work as bus drivers began a "
           "strike on Thursday.", "strike"),
    ("es", "El alcalde pidió a los comercios de Lima cerrar sus puertas mientras los "
           "transportistas marchaban el jueves.", "marchaban"),
    ("fr", "Le préfet a invité les commerçants de Marseille à fermer leurs boutiques alors que "
           "les dockers entamaient une grève jeudi.", "grève"),
    ("pt", "O prefeito pediu às empresas de São Paulo que liberassem os funcionários enquanto "
           "os motoristas iniciavam uma greve na quinta-feira.", "greve"),
])
def test_a_request_does_not_reach_into_the_next_clause(lang: str, text: str, word: str) -> None:
    report = only(run(text, lang=lang))
    assert report.trigger.quote == word


# --------------------------------------------------------------------------- series


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Pensioners in Lima have protested every Wednesday since March."),
    ("es", "Los jubilados de Lima marchan todos los miércoles frente al Congreso."),
    ("fr", "À Dakar, des manifestations se tiennent chaque vendredi devant l'Assemblée."),
    ("pt", "Os aposentados de São Paulo protestam toda quarta-feira em frente à Assembleia."),
])
def test_demonstrations_held_every_week_are_a_series(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Pensioners, who rally in Lima every Wednesday, blocked the Congress entrance on "
           "Monday.", "blocked the Congress entrance"),
    ("es", "Los jubilados, que marchan cada miércoles, bloquearon el lunes la entrada del "
           "Congreso en Lima.", "bloquearon"),
    ("fr", "Les retraités, qui défilent chaque mercredi, ont bloqué lundi l'entrée de "
           "l'Assemblée à Dakar.", "bloqué"),
    ("pt", "Os aposentados, que protestam toda quarta-feira, bloquearam na segunda-feira a "
           "entrada da Assembleia em São Paulo.", "bloquearam"),
])
def test_one_action_of_those_who_march_every_week_is_an_event(lang: str, text: str,
                                                              word: str) -> None:
    report = only(run(text, lang=lang))
    assert report.trigger.quote == word


# --------------------------------------------------------------------------- measures told again


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor imposed a curfew in Arequipa on Monday. Analysts said the curfew was "
           "the first in the country since 1992."),
    ("es", "El gobernador impuso el lunes un toque de queda en Arequipa. Según analistas, el "
           "toque de queda es el primero en el país desde 1992."),
    ("fr", "Le gouverneur a imposé lundi un couvre-feu à Dakar. Selon des analystes, le "
           "couvre-feu est le premier dans le pays depuis 1992."),
    ("pt", "O governador impôs na segunda-feira um toque de recolher em Curitiba. Segundo "
           "analistas, o toque de recolher é o primeiro no país desde 1992."),
])
def test_a_measure_named_again_with_the_refers_back_to_it(lang: str, text: str) -> None:
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Other" and report.location is not None


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "The mayor said he would impose a curfew. On Monday the curfew took effect in "
           "Arequipa.", "Arequipa"),
    ("es", "El alcalde dijo que impondrá un toque de queda. El lunes el toque de queda entró "
           "en vigor en Arequipa.", "Arequipa"),
    ("fr", "Le maire prévoit d'imposer un couvre-feu. Lundi, le couvre-feu est entré en "
           "vigueur à Dakar.", "Dakar"),
    ("pt", "O prefeito planeja impor um toque de recolher. Na segunda-feira o toque de "
           "recolher entrou em vigor em Curitiba.", "Curitiba"),
])
def test_a_measure_named_again_with_a_place_of_its_own_is_still_placed(
        lang: str, text: str, town: str) -> None:
    doc = run(text, lang=lang)
    assert town in [r.location for r in doc.reports], summary(doc)


# --------------------------------------------------------------------------- "strike" as an attack


@pytest.mark.parametrize("text", [
    "Mortar strikes on Sittwe on Sunday.",
    "Residents of Sittwe fled after artillery strikes on Sunday.",
])
def test_a_weapon_before_strikes_makes_them_shelling_not_a_walkout(text: str) -> None:
    # English only: "strike" names both a walkout and an attack; huelga, grève and greve
    # name only the walkout.
    report = only(run(text))
    assert report.sub_event_type == "Shelling/artillery/missile attack"


def test_a_strike_held_by_workers_stays_a_protest() -> None:
    report = only(run("Port workers in Callao held a strike on Monday."))
    assert report.sub_event_type == "Peaceful protest"


# --------------------------------------------------------------------------- deliberations


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lawmakers in Lima debated the teachers' strike on Tuesday."),
    ("en", "Parliament in Nairobi voted on Tuesday a motion condemning the protests."),
    ("es", "El Congreso debatió el martes en Lima las protestas de los maestros."),
    ("es", "El Senado aprobó el martes en Bogotá una moción de rechazo a los bloqueos."),
    ("fr", "Les députés ont débattu mardi à Paris des manifestations contre la réforme."),
    ("fr", "L'Assemblée a voté mardi à Paris une résolution condamnant les violences lors des "
           "manifestations."),
    ("pt", "Os deputados debateram na terça-feira em Brasília os protestos dos professores."),
    ("pt", "A Câmara aprovou na terça-feira em Brasília uma moção de repúdio aos bloqueios."),
])
def test_what_a_legislature_debates_or_votes_on_is_not_an_event(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("en", "Lawmakers in Lima debated the bill on Tuesday as thousands of teachers marched "
           "outside Congress.", "marched"),
    ("es", "El Congreso debatió el martes en Lima el proyecto mientras miles de maestros "
           "marchaban frente al edificio.", "marchaban"),
    ("fr", "Les députés ont débattu mardi à Paris du texte alors que des milliers "
           "d'enseignants manifestaient devant l'Assemblée.", "manifestaient"),
    ("pt", "Os deputados debateram na terça-feira em Brasília o projeto enquanto milhares de "
           "professores protestavam em frente ao Congresso.", "protestavam"),
])
def test_a_march_while_a_legislature_debates_is_an_event(lang: str, text: str,
                                                         word: str) -> None:
    report = only(run(text, lang=lang))
    assert report.trigger.quote == word


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The movement against the rise in fuel prices began on Saturday in Almaty."),
    ("es", "El movimiento contra el alza del precio del combustible empezó el sábado en Almaty."),
    ("fr", "Le mouvement contre la hausse du prix du carburant a commencé samedi à Almaty."),
    ("pt", "O movimento contra o aumento do preço do combustível começou no sábado em Almaty."),
    ("es", "Los ferroviarios cumplieron el jueves en Sevilla su primer día de paro."),
])
def test_a_protest_movement_and_a_day_of_strike_are_demonstrations(lang: str,
                                                                  text: str) -> None:
    # "the movement against ... began" names a protest that began that day; "día de
    # paro" is a day of strike (a bare "paro" may also be unemployment)
    report = only(run(text, lang=lang))
    assert report.event_type == "Protests", summary(run(text, lang=lang))


def test_a_transit_network_shut_down_after_riots_is_a_closure() -> None:
    # "shut down" and the network it stops may stand several words apart ("almost its
    # whole streetcar network")
    doc = run("Rioters smashed shop windows in Minneapolis on Wednesday night. On Thursday the "
              "city shut down almost its whole streetcar network.")
    [closure] = [r for r in doc.reports if r.event_type == "Strategic developments"]
    assert (closure.sub_event_type, closure.location, closure.date and closure.date.iso()) == (
        "Other", "Minneapolis", "2023-01-12"), summary(doc)


@pytest.mark.parametrize(("lang", "text", "sub_type"), [
    ("en", "Suspected jihadists attacked a school near Douentza on Monday.",
     "Looting/property destruction"),
    ("es", "Presuntos yihadistas atacaron una escuela cerca de Douentza el lunes.",
     "Looting/property destruction"),
    ("fr", "Des jihadistes présumés ont attaqué une école près de Douentza lundi.",
     "Looting/property destruction"),
    ("pt", "Supostos jihadistas atacaram uma escola perto de Douentza na segunda-feira.",
     "Looting/property destruction"),
    ("en", "Suspected jihadists attacked a school near Douentza on Monday, killing two "
     "teachers.", "Attack"),
])
def test_an_attack_on_a_school_with_no_one_harmed_is_property_destruction(
        lang: str, text: str, sub_type: str) -> None:
    # a school is a building: an armed group's attack on it that harms no one destroys
    # property; the same attack that kills is an attack on civilians
    report = only(run(text, lang=lang))
    assert report.sub_event_type == sub_type, summary(run(text, lang=lang))


def test_each_place_of_a_total_told_again_is_an_event_with_its_part() -> None:
    # "one each has been killed in A, B, C and D": the parts of a total counted so far are
    # each place's own toll (they do not make the deaths a tally): one event per place
    doc = run("Opposition supporters protested across Punjab on Tuesday after their leader "
              "was arrested. At least four party workers have been killed so far in "
              "different parts of the province. One each has been killed in Lahore, "
              "Faisalabad, Multan and Sialkot, a party leader said.")
    dead = {r.location: r.fatalities.best if r.fatalities else None for r in doc.reports}
    assert dead == {"Lahore": 1, "Faisalabad": 1, "Multan": 1, "Sialkot": 1}, summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Government negotiators reached an agreement with rebel groups in Bangui on Sunday, "
     "officials said."),
    ("es", "Los negociadores del gobierno alcanzaron un acuerdo con los grupos rebeldes en "
     "Bangui el domingo, dijeron funcionarios."),
    ("fr", "Les négociateurs du gouvernement ont conclu un accord avec les groupes rebelles à "
     "Bangui dimanche, ont indiqué des responsables."),
    ("pt", "Os negociadores do governo chegaram a um acordo com os grupos rebeldes em Bangui no "
     "domingo, disseram autoridades."),
])
def test_a_deal_with_rebel_groups_is_an_agreement(lang: str, text: str) -> None:
    # "rebel groups", "grupos rebeldes": an armed side, so the deal ends armed conflict
    report = only(run(text, lang=lang))
    assert (report.sub_event_type, report.location) == ("Agreement", "Bangui"), \
        summary(run(text, lang=lang))


# --------------------------------------------------------------------------- merging


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("en", "Looting was reported in Guerrero, Chiapas and Hidalgo on Wednesday. In "
     "Tlahuelilpan, in Hidalgo, a crowd looted a department store on {day}.", "Wednesday"),
    ("es", "Se registraron saqueos en Guerrero, Chiapas e Hidalgo el miércoles. En "
     "Tlahuelilpan, Hidalgo, una turba saqueó una tienda departamental el {day}.", "miércoles"),
    ("fr", "Des pillages ont été signalés mercredi à Guerrero, Chiapas et Hidalgo. À "
     "Tlahuelilpan, dans l'Hidalgo, une foule a pillé un grand magasin {day}.", "mercredi"),
    ("pt", "Saques foram registrados em Guerrero, Chiapas e Hidalgo na quarta-feira. Em "
     "Tlahuelilpan, no Hidalgo, uma multidão saqueou uma loja de departamentos na {day}.",
     "quarta-feira"),
])
def test_a_listed_region_covered_by_a_finer_event_of_its_day_is_skipped(
        lang: str, text: str, day: str) -> None:
    # ANNOTATION.md 2, lists: a place already covered by a more specific event of the
    # same day in the same text is skipped; the other listed regions stay
    doc = run(text.format(day=day), lang=lang)
    assert sorted((r.admin1 or "", r.location or "") for r in doc.reports) == [
        ("Chiapas", ""), ("Guerrero", ""), ("Hidalgo", "Tlahuelilpan")], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Looting was reported in Guerrero, Chiapas and Hidalgo on Wednesday. In "
     "Tlahuelilpan, in Hidalgo, a crowd looted a department store on Monday."),
    ("es", "Se registraron saqueos en Guerrero, Chiapas e Hidalgo el miércoles. En "
     "Tlahuelilpan, Hidalgo, una turba saqueó una tienda departamental el lunes."),
])
def test_a_listed_region_with_a_finer_event_of_another_day_stays(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert sorted((r.admin1 or "", r.location or "") for r in doc.reports) == [
        ("Chiapas", ""), ("Guerrero", ""), ("Hidalgo", ""), ("Hidalgo", "Tlahuelilpan")], \
        summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Clashes broke out between residents and police in Nanterre on Tuesday evening. "
     "The clashes went on in Nanterre and in several towns of the region {when}."),
    ("es", "Se produjeron enfrentamientos entre vecinos y policías en Nanterre el martes por "
     "la tarde. Los enfrentamientos continuaron en Nanterre y en varias ciudades de la "
     "región {when}."),
    ("fr", "Des affrontements ont éclaté entre habitants et policiers à Nanterre mardi soir. "
     "Les affrontements se sont poursuivis à Nanterre et dans plusieurs villes de la "
     "région {when}."),
    ("pt", "Confrontos entre moradores e policiais eclodiram em Nanterre na terça-feira à "
     "noite. Os confrontos continuaram em Nanterre e em várias cidades da região {when}."),
])
@pytest.mark.parametrize(("night", "count"), [(True, 1), (False, 2)])
def test_a_place_of_an_aggregate_over_a_night_is_its_event_told_that_evening(
        lang: str, text: str, night: bool, count: int) -> None:
    # "went on in Nanterre and in several towns" over the night that holds Tuesday
    # evening tells Nanterre's clashes again; on Thursday, it is another day's event
    when = {"en": ("on the night from Tuesday to Wednesday", "on Thursday"),
            "es": ("en la noche del martes al miércoles", "el jueves"),
            "fr": ("dans la nuit de mardi à mercredi", "jeudi"),
            "pt": ("na noite de terça para quarta-feira", "na quinta-feira")}[lang]
    doc = run(text.format(when=when[0] if night else when[1]), lang=lang)
    assert len(doc.reports) == count, summary(doc)
    assert all(r.location == "Nanterre" for r in doc.reports), summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed six villagers in an attack on Maru in Zamfara State on Saturday. "
     "This attack, police said on Sunday in Abuja, was carried out by bandits."),
    ("es", "Hombres armados mataron a seis aldeanos en un ataque contra Maru, en el estado de "
     "Zamfara, el sábado. Este ataque, dijo la policía el domingo en Abuja, fue perpetrado "
     "por bandidos."),
    ("fr", "Des hommes armés ont tué six villageois lors d'une attaque contre Maru, dans "
     "l'État de Zamfara, samedi. Cette attaque, a indiqué la police dimanche à Abuja, a été "
     "menée par des bandits."),
    ("pt", "Homens armados mataram seis aldeões num ataque contra Maru, no estado de "
     "Zamfara, no sábado. Esse ataque, disse a polícia no domingo em Abuja, foi cometido "
     "por bandidos."),
])
def test_an_event_named_with_a_demonstrative_is_the_one_told_before(
        lang: str, text: str) -> None:
    # "this attack" names the attack told before: the reporter's place and day named
    # with it make no second event, and do not move the first
    report = only(run(text, lang=lang))
    assert (report.admin1, report.location) == ("Zamfara", "Maru"), summary(run(text, lang=lang))
    assert report.date is not None and report.date.iso() == "2023-01-07"
    assert report.event_type == "Violence against civilians"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed six villagers in an attack on Maru in Zamfara State on Saturday. "
     "This Sunday, an attack by bandits killed three people in Abuja."),
    ("es", "Hombres armados mataron a seis aldeanos en un ataque contra Maru, en el estado de "
     "Zamfara, el sábado. Este domingo, un ataque de bandidos mató a tres personas en Abuja."),
    ("fr", "Des hommes armés ont tué six villageois lors d'une attaque contre Maru, dans "
     "l'État de Zamfara, samedi. Ce dimanche, une attaque de bandits a tué trois personnes "
     "à Abuja."),
    ("pt", "Homens armados mataram seis aldeões num ataque contra Maru, no estado de "
     "Zamfara, no sábado. Este domingo, um ataque de bandidos matou três pessoas em Abuja."),
])
def test_a_demonstrative_day_before_an_attack_names_no_attack_told_before(
        lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert sorted(r.location or "" for r in doc.reports) == ["Abuja", "Maru"], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor imposed a 24-hour curfew in Lagos on Friday. \"I hereby impose a "
     "24-hour curfew on all parts of the State from 4pm today,\" he said."),
    ("es", "El gobernador impuso un toque de queda de 24 horas en Lagos el viernes. \"Impongo "
     "un toque de queda de 24 horas en todo el estado a partir de las 16:00 de hoy\", dijo."),
    ("fr", "Le gouverneur a imposé un couvre-feu de 24 heures à Lagos vendredi. « J'impose un "
     "couvre-feu de 24 heures sur tout l'État à partir de 16 heures aujourd'hui », a-t-il "
     "déclaré."),
    ("pt", "O governador impôs um toque de recolher de 24 horas em Lagos na sexta-feira. "
     "\"Imponho um toque de recolher de 24 horas em todo o estado a partir das 16h de hoje\", "
     "disse ele."),
])
def test_a_measure_placed_nowhere_is_the_one_told_with_its_place(lang: str, text: str) -> None:
    # the decree quoted, placed only by the story, is the Lagos curfew told before it
    report = only(run(text, lang=lang))
    assert (report.admin1, report.location) == ("Lagos", "Lagos")
    assert report.date is not None and report.date.iso() == "2023-01-13"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor imposed a 24-hour curfew in Lagos on Friday. The federal government "
     "imposed a curfew across Nigeria on Friday."),
    ("es", "El gobernador impuso un toque de queda de 24 horas en Lagos el viernes. El "
     "gobierno federal impuso un toque de queda en todo Nigeria el viernes."),
])
def test_a_national_measure_named_with_its_country_stays_apart(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert sorted(r.location or "" for r in doc.reports) == ["", "Lagos"], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed five villagers in Maru district of Zamfara State on Tuesday. The "
     "attackers stormed the village of Dan Gulbi at dawn, residents said."),
    ("es", "Hombres armados mataron a cinco aldeanos en el distrito de Maru, en el estado de "
     "Zamfara, el martes. Los atacantes irrumpieron en la aldea de Dan Gulbi al amanecer, "
     "dijeron vecinos."),
    ("fr", "Des hommes armés ont tué cinq villageois dans le district de Maru, dans l'État "
     "de Zamfara, mardi. Les assaillants ont attaqué le village de Dan Gulbi à l'aube, "
     "selon des habitants."),
    ("pt", "Bandidos armados mataram cinco aldeões no distrito de Maru, no estado de "
     "Zamfara, na terça-feira. Os bandidos atacaram a aldeia de Dan Gulbi ao amanhecer, "
     "disseram moradores."),
])
def test_the_lede_s_attack_is_the_one_the_body_details_next(lang: str, text: str) -> None:
    # the lede sums up the attack by its district; the next paragraph tells it at the
    # village: one event, at the village
    report = only(run(text, lang=lang))
    assert (report.admin1, report.location) == ("Zamfara", "Dan Gulbi")
    assert report.date is not None and report.date.iso() == "2023-01-10"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed five villagers in Maru district of Zamfara State on Tuesday. In a "
     "separate attack, gunmen killed three people in the village of Dan Gulbi on Tuesday."),
    ("es", "Hombres armados mataron a cinco aldeanos en el distrito de Maru, en el estado de "
     "Zamfara, el martes. En otro ataque, hombres armados mataron a tres personas en la "
     "aldea de Dan Gulbi el martes."),
    ("fr", "Des hommes armés ont tué cinq villageois dans le district de Maru, dans l'État "
     "de Zamfara, mardi. Dans une autre attaque, des hommes armés ont tué trois personnes "
     "dans le village de Dan Gulbi mardi."),
    ("pt", "Bandidos armados mataram cinco aldeões no distrito de Maru, no estado de "
     "Zamfara, na terça-feira. Em outro ataque, bandidos armados mataram três pessoas na "
     "aldeia de Dan Gulbi na terça-feira."),
])
def test_a_separate_attack_after_the_lede_s_stays_apart(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert sorted(r.location or "" for r in doc.reports) == ["Dan Gulbi", "Maru"], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Firefights between soldiers and cartel gunmen and road blockades spread across "
     "Culiacán on Thursday. The first firefight between soldiers and cartel gunmen broke out "
     "at 1 pm in Culiacán, and the clashes went on all afternoon."),
    ("es", "Balaceras entre soldados y pistoleros del cártel y bloqueos se extendieron por todo "
     "Culiacán el jueves. La primera balacera entre soldados y pistoleros del cártel se "
     "registró a las 13 horas en Culiacán, y los enfrentamientos siguieron toda la tarde."),
    ("fr", "Des combats entre soldats et hommes armés du cartel et des barrages routiers se "
     "sont multipliés dans tout Culiacán jeudi. Les premiers combats entre soldats et hommes "
     "armés du cartel ont éclaté à 13 heures à Culiacán, et les affrontements ont duré tout "
     "l'après-midi."),
    ("pt", "Combates entre soldados e pistoleiros do cartel e bloqueios se espalharam por "
     "Culiacán na quinta-feira. Os primeiros combates entre soldados e pistoleiros do cartel "
     "começaram às 13 horas em Culiacán, e os confrontos continuaram a tarde toda."),
])
def test_a_battle_with_roads_blocked_is_no_blockade_apart_from_the_battle(
        lang: str, text: str) -> None:
    # the lede's gunfights "and road blockades" and the first gunfight told next are one
    # battle: the roads it closed do not make it a crowd's blockade
    report = only(run(text, lang=lang))
    assert report.sub_event_type == "Armed clash"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Truckers blocked the highway in Culiacán on Thursday. Rioters clashed with police "
     "in Culiacán on Thursday."),
    ("es", "Transportistas bloquearon la carretera en Culiacán el jueves. Manifestantes se "
     "enfrentaron con la policía en Culiacán el jueves."),
])
def test_a_crowd_s_blockade_and_a_riot_at_one_place_stay_apart(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert sorted(r.sub_event_type for r in doc.reports) == [
        "Peaceful protest", "Violent demonstration"], summary(doc)


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "A mob burned two men alive in Acatlán de Osorio, Puebla, on Wednesday.",
     "Acatlán de Osorio"),
    ("es", "Una turba quemó vivos a dos hombres en Acatlán de Osorio, Puebla, el miércoles.",
     "Acatlán de Osorio"),
    ("fr", "Une foule a brûlé vifs deux hommes à Acatlán de Osorio, Puebla, mercredi.",
     "Acatlán de Osorio"),
    ("pt", "Uma multidão queimou vivos dois homens em Guarujá, São Paulo, na quarta-feira.",
     "Guarujá"),
])
def test_a_town_and_after_a_comma_its_region_are_one_place(
        lang: str, text: str, town: str) -> None:
    # "Acatlán de Osorio, Puebla": the state of Puebla, not a second town named Puebla
    assert only(run(text, lang=lang)).location == town


@pytest.mark.parametrize(("lang", "text", "towns"), [
    ("en", "Residents lynched two men in Acatlán de Osorio and in Puebla on Wednesday.",
     ["Acatlán de Osorio", "Puebla"]),
    ("es", "Vecinos lincharon a dos hombres en Acatlán de Osorio y en Puebla el miércoles.",
     ["Acatlán de Osorio", "Puebla"]),
    ("pt", "Multidões lincharam dois homens em Guarujá e em São Paulo na quarta-feira.",
     ["Guarujá", "São Paulo"]),
])
def test_a_town_and_the_city_of_its_region_listed_are_two_places(
        lang: str, text: str, towns: list[str]) -> None:
    doc = run(text, lang=lang)
    assert sorted(r.location or "" for r in doc.reports) == towns, summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Farm workers blocked the Pan-American Highway in La Libertad on Thursday. At Chao, "
     "police clashed with the workers who blocked the highway, and a young man was killed."),
    ("es", "Trabajadores agrícolas bloquearon la Panamericana Norte en La Libertad el jueves. "
     "En Chao, la policía se enfrentó a los trabajadores que bloqueaban la vía y murió un "
     "joven."),
    ("fr", "Des ouvriers agricoles ont bloqué la route panaméricaine dans la région de La "
     "Libertad jeudi. À Chao, la police s'est heurtée aux ouvriers qui bloquaient la route et "
     "un jeune homme a été tué."),
    ("pt", "Trabalhadores agrícolas bloquearam a rodovia Pan-Americana em La Libertad na "
     "quinta-feira. Em Chao, a polícia entrou em confronto com os trabalhadores que "
     "bloqueavam a estrada e um jovem morreu."),
])
def test_a_region_s_blockade_is_the_blockade_told_at_a_town_of_it_that_turned_violent(
        lang: str, text: str) -> None:
    # the region's blockade, told again at Chao where it met the police: one event there
    report = only(run(text, lang=lang))
    assert (report.admin1, report.location) == ("La Libertad", "Chao")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Farm workers blocked the Pan-American Highway in La Libertad on Thursday. In Chao, "
     "rioters clashed with police on Thursday."),
    ("es", "Trabajadores agrícolas bloquearon la Panamericana Norte en La Libertad el jueves. "
     "En Chao, manifestantes se enfrentaron con la policía el jueves."),
])
def test_a_region_s_blockade_and_a_riot_without_one_in_a_town_stay_apart(
        lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    assert sorted(r.location or "" for r in doc.reports) == ["", "Chao"], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A clash erupted between the army and the rebels near Kyauktaw on Sunday, residents "
     "said.\n\n13 January 2023, Sittwe\n\n\"The fighting broke out near Kyauktaw, north of "
     "the army base{again},\" a resident said."),
    ("es", "Soldados y rebeldes se enfrentaron cerca de Kyauktaw el domingo, dijeron vecinos."
     "\n\n13 de enero de 2023, Sittwe\n\n\"Los combates empezaron cerca de Kyauktaw, al norte "
     "de la base militar{again}\", dijo un vecino."),
    ("fr", "Un affrontement a éclaté entre l'armée et les rebelles près de Kyauktaw dimanche, "
     "selon des habitants.\n\n13 janvier 2023, Sittwe\n\n« Les combats ont éclaté près de "
     "Kyauktaw, au nord de la base militaire{again} », a déclaré un habitant."),
    ("pt", "Um confronto eclodiu entre o exército e os rebeldes perto de Kyauktaw no domingo, "
     "disseram moradores.\n\n13 de janeiro de 2023, Sittwe\n\n\"Os combates começaram perto "
     "de Kyauktaw, ao norte da base militar{again}\", disse um morador."),
])
@pytest.mark.parametrize("again", [False, True])
def test_an_event_dated_only_by_the_story_at_the_place_of_one_told_before_is_that_one(
        lang: str, text: str, again: bool) -> None:
    # the quote, dated only by the page's date line, tells Sunday's clash again; with a
    # day of its own ("on Thursday") it is another clash
    day = {"en": " on Thursday", "es": " el jueves", "fr": " jeudi", "pt": " na quinta-feira"}
    doc = run(text.format(again=day[lang] if again else ""), lang=lang)
    assert len(doc.reports) == (2 if again else 1), summary(doc)
    assert doc.reports[0].date is not None and doc.reports[0].date.iso() == "2023-01-08"


@pytest.mark.parametrize(("text", "sub_type"), [
    # the -ing form of an action verb, which the lemma dictionary files as a noun
    ("Residents blamed soldiers for the beating of a trader in Bamenda on Tuesday.",
     "Attack"),
    ("Police were accused of setting fire to homes in Kisumu on Monday.",
     "Looting/property destruction"),
    ("The burning of two buses by rioters in Kisumu on Monday angered residents.",
     "Mob violence"),
])
def test_the_ing_form_of_an_action_verb_states_its_event(text: str, sub_type: str) -> None:
    assert only(run(text)).sub_event_type == sub_type, summary(run(text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Maria Lirpa, 33, died in Kelo on Monday because of a rumour.\n"
           "A video shows the attack.\n"
           "Maria was beaten by a mob of residents in Kelo on Saturday."),
    ("es", "Marta Lirpa, de 33 años, murió en Tambo el lunes por un rumor.\n"
           "Un video muestra el ataque.\n"
           "Marta fue golpeada por una turba de vecinos en Tambo el sábado."),
    ("pt", "Fabiana Lirpa, 33 anos, morreu em Tambo na segunda-feira por causa de um "
           "boato.\nUm vídeo mostra o ataque.\n"
           "Fabiana foi espancada por um grupo de moradores em Tambo no sábado."),
    ("fr", "Marie Lirpa, 33 ans, est morte à Kelo lundi à cause d'une rumeur.\n"
           "Une vidéo montre l'attaque.\n"
           "Marie a été lynchée par une foule d'habitants à Kelo samedi."),
])
def test_a_death_told_by_name_joins_the_event_that_names_the_person(
        lang: str, text: str) -> None:
    # the death is told before the attack, on another day (she died later): the same
    # person named twice links the toll to the attack
    report = only(run(text, MONDAY, lang))
    assert report.fatalities is not None and report.fatalities.best == 1


@pytest.mark.parametrize(("lang", "text", "city"), [
    ("en", (
        "Thousands of people answered the call of a collective, blocked streets "
        "in the centre of Leeds and then laid siege to the Manchester airport "
        "for 10 hours.\n\n"
        "The protests in York were peaceful and police detained one protester.\n\n"
        "The chaos at the Manchester airport left about a hundred people "
        "injured.\n\n"
        "After the charges, there were only three arrests. One in Leeds, "
        "another in Manchester and another in York."
     ), "Manchester"),
    ("es", (
        "A las manifestaciones, convocadas por un colectivo, han acudido miles "
        "de personas, que han comenzado a cortar calles del centro de Zaragoza, "
        "para después iniciar su asedio al aeropuerto de Huesca, que han "
        "intentado tomar durante 10 horas.\n\n"
        "Las protestas en Teruel fueron pacíficas y la policía detuvo a un "
        "manifestante.\n\n"
        "El caos generado en el aeropuerto de Huesca ha provocado cerca de un "
        "centenar de heridos.\n\n"
        "Tras las cargas, tan solo ha habido tres detenidos. Uno en Zaragoza, "
        "otro en Huesca y otro en Teruel."
     ), "Huesca"),
    ("pt", (
        "Às manifestações, convocadas por um coletivo, acudiram milhares de "
        "pessoas, que começaram a bloquear ruas do centro de Braga, para depois "
        "iniciar o cerco ao aeroporto do Porto, que tentaram tomar durante 10 "
        "horas.\n\n"
        "Os protestos em Faro foram pacíficos e a polícia deteve um "
        "manifestante.\n\n"
        "O caos no aeroporto do Porto provocou cerca de uma centena de feridos.\n\n"
        "Depois das cargas, houve apenas três detidos. Um em Braga, outro no "
        "Porto e outro em Faro."
     ), "Porto"),
    ("fr", (
        "Des milliers de personnes ont répondu à l'appel d'un collectif, ont "
        "bloqué des rues du centre de Rennes, puis ont assiégé l'aéroport de "
        "Nantes pendant 10 heures.\n\n"
        "Les manifestations à Brest ont été pacifiques et la police a "
        "interpellé un manifestant.\n\n"
        "Le chaos à l'aéroport de Nantes a fait une centaine de blessés.\n\n"
        "Après les charges, il n'y a eu que trois interpellations. Une à "
        "Rennes, une autre à Nantes et une autre à Brest."
     ), "Nantes"),
])
def test_a_toll_amid_several_events_joins_the_one_whose_place_its_sentence_names(
        lang: str, text: str, city: str) -> None:
    # the arrests in other towns are told around the toll: it is the airport's
    reports = run(text, MONDAY, lang).reports
    hurt = [r for r in reports if r.injured is not None and r.injured.best == 100]
    assert len(hurt) == 1 and city in (hurt[0].location or "")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The clashes began on Tuesday morning and went on on Wednesday. Residents were "
     "attacked with stones."),
    ("es", "Los enfrentamientos comenzaron la mañana del martes y continuaron el miércoles. "
     "Pobladores fueron atacados con piedras."),
    ("fr", "Les affrontements ont commencé mardi matin et se sont poursuivis mercredi. Des "
     "habitants ont été attaqués à coups de pierres."),
    ("pt", "Os confrontos começaram na terça-feira de manhã e continuaram na quarta-feira. "
     "Moradores foram atacados com pedras."),
])
def test_the_days_an_event_went_on_over_date_the_paragraph(lang: str, text: str) -> None:
    # "began on Tuesday and went on on Wednesday" is the period of the paragraph's events,
    # as an explicit day would be
    intro = {"en": "Potosí, 11 June 2031 - Llallagua lived through a second day of "
                   "violence on Wednesday.\n\n",
             "es": "Potosí, 11 junio 2031 - Llallagua vivió su segunda jornada de violencia "
                   "el miércoles.\n\n",
             "fr": "Potosí, 11 juin 2031 - Llallagua a vécu mercredi une deuxième journée de "
                   "violences.\n\n",
             "pt": "Potosí, 11 junho 2031 - Llallagua viveu na quarta-feira o segundo dia de "
                   "violência.\n\n"}[lang]
    doc = run(intro + text, published=dt.date(2031, 6, 11), lang=lang)
    dated = [r for r in doc.reports if r.trigger.start > len(intro)]
    assert dated and all(r.date is not None and r.date.iso() == "2031-06-10/2031-06-11"
                         for r in dated), summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Residents clashed with police in Nanterre on Tuesday evening.\n\nDuring the night "
     "from Tuesday to Wednesday, youths burned cars in several towns of the region. Footage "
     "showed the burning of a town hall in Mantes-la-Jolie."),
    ("es", "Vecinos se enfrentaron con la policía en Nanterre el martes por la tarde.\n\nEn la "
     "noche del martes al miércoles, jóvenes quemaron coches en varias ciudades de la región. "
     "Manifestantes atacaron el ayuntamiento de Mantes-la-Jolie con cócteles molotov."),
    ("fr", "Des habitants se sont affrontés avec la police à Nanterre mardi soir.\n\nDans la "
     "nuit de mardi à mercredi, des jeunes ont incendié des voitures dans plusieurs villes de "
     "la région. Des images montraient l’incendie d’une mairie à Mantes-la-Jolie."),
    ("pt", "Moradores entraram em confronto com a polícia em Nanterre na terça-feira à noite."
     "\n\nNa noite de terça para quarta-feira, jovens incendiaram carros em várias cidades da "
     "região. As imagens mostravam o incêndio de uma prefeitura em Mantes-la-Jolie."),
])
def test_a_night_named_by_its_two_days_dates_the_paragraph(lang: str, text: str) -> None:
    # "during the night from Tuesday to Wednesday" dates the undated events after it in
    # its paragraph as a day would, not the story's Tuesday evening
    doc = run(text, published=dt.date(2023, 6, 28), lang=lang)
    later = [r for r in doc.reports if r.location == "Mantes-la-Jolie"]
    assert later and all(r.date is not None and r.date.iso() == "2023-06-27/2023-06-28"
                         for r in later), summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Clashes broke out between residents and police in Nanterre on Tuesday evening. "
     "The clashes went on in Nanterre and in several towns of the region on the night from "
     "Tuesday to Wednesday."),
    ("es", "Se produjeron enfrentamientos entre vecinos y policías en Nanterre el martes por "
     "la tarde. Los enfrentamientos continuaron en Nanterre y en varias ciudades de la "
     "región en la noche del martes al miércoles."),
    ("fr", "Des affrontements ont éclaté entre habitants et policiers à Nanterre mardi soir. "
     "Les affrontements se sont poursuivis à Nanterre et dans plusieurs villes de la région "
     "dans la nuit de mardi à mercredi."),
    ("pt", "Confrontos entre moradores e policiais eclodiram em Nanterre na terça-feira à "
     "noite. Os confrontos continuaram em Nanterre e em várias cidades da região na noite "
     "de terça para quarta-feira."),
])
def test_an_event_told_going_on_over_a_night_lasts_that_night(lang: str, text: str) -> None:
    # "the clashes went on in Nanterre ... overnight": Tuesday evening's clashes in
    # Nanterre lasted the night (ANNOTATION.md §14, multi-day activity is one range)
    report = only(run(text, published=dt.date(2023, 6, 28), lang=lang))
    assert report.date is not None and report.date.iso() == "2023-06-27/2023-06-28"


@pytest.mark.parametrize("text", [
    "On Monday, demonstrators clashed with police in KwaZulu-Natal province. On Monday, "
    "hundreds of teachers protested in Durban.",
    "El lunes, manifestantes se enfrentaron con la policía en el departamento de Puno. El "
    "lunes, cientos de docentes protestaron en Juliaca.",
    "Lundi, des manifestants ont affronté la police en Bretagne. Lundi, des centaines "
    "d'enseignants ont manifesté à Rennes.",
    "Na segunda-feira, manifestantes entraram em confronto com a polícia no estado da Bahia. "
    "Na segunda-feira, centenas de professores protestaram em Feira de Santana.",
])
def test_a_regions_violent_crowd_is_not_covered_by_a_peaceful_protest_in_one_town(
        text: str) -> None:
    import willay

    result = willay.extract_text(text, published="2026-03-04")
    # the region's clashes stand beside the town's protest; a finer event of the same
    # day covers its region only when it tells the region's violence too
    assert sorted(e.event_type for e in result.events) == ["Protests", "Riots"]
    [riots] = [e for e in result.events if e.event_type == "Riots"]
    assert riots.location is None and riots.admin1 is not None


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Four people were hurt on Thursday when a gas explosion tore through a bakery in "
     "Lyon.\n\nFirefighters worked through the night.\n\nThe blast also set fire to two "
     "flats, and a neighbour was injured by the explosion."),
    ("es", "Cuatro personas resultaron heridas el jueves por una explosión de gas en una "
     "panadería de Lyon.\n\nLos bomberos trabajaron toda la noche.\n\nLa explosión también "
     "incendió dos pisos, y un vecino fue herido por la explosión."),
    ("fr", "Quatre personnes ont été blessées jeudi par une explosion de gaz dans une "
     "boulangerie de Lyon.\n\nLes pompiers ont travaillé toute la nuit.\n\nL'explosion a "
     "aussi incendié deux appartements, et un voisin a été blessé par l'explosion."),
    ("pt", "Quatro pessoas ficaram feridas na quinta-feira numa explosão de gás numa padaria "
     "de Lyon.\n\nOs bombeiros trabalharam a noite toda.\n\nA explosão também incendiou dois "
     "apartamentos, e um vizinho foi ferido pela explosão."),
])
def test_an_accident_told_in_the_lede_is_the_story_of_the_body(lang: str, text: str) -> None:
    # the lede tells a gas explosion and no unrest: "the explosion" the body tells again,
    # with no armed group or force named, is that accident, not a bombing, and its
    # injured are no unrest tally
    doc = run(text, lang=lang)
    assert doc.reports == [] and doc.tallies == [], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A gas explosion hurt two people in Lyon on Thursday.\n\nOn Friday, protesters "
     "clashed with police in Lyon."),
    ("es", "Una explosión de gas hirió a dos personas en Lyon el jueves.\n\nEl viernes, los "
     "manifestantes se enfrentaron con la policía en Lyon."),
    ("fr", "Une explosion de gaz a blessé deux personnes à Lyon jeudi.\n\nVendredi, des "
     "manifestants ont affronté la police à Lyon."),
    ("pt", "Uma explosão de gás feriu duas pessoas em Lyon na quinta-feira.\n\nNa sexta-feira, "
     "manifestantes entraram em confronto com a polícia em Lyon."),
])
def test_demonstrators_in_an_accident_story_are_still_a_demonstration(lang: str,
                                                                        text: str) -> None:
    report = only(run(text, lang=lang))
    assert (report.event_type, report.location) == ("Riots", "Lyon"), \
        summary(run(text, lang=lang))


@pytest.mark.parametrize("text", [
    "Police in Lyon arrested three protest leaders on Thursday.",
    "Police in Lyon arrested two march organisers on Thursday.",
    "Police in Lyon arrested the strike leaders on Thursday.",
])
def test_an_action_noun_before_a_noun_of_persons_names_them(text: str) -> None:
    # English: "protest leaders", "march organisers" are people named by what they lead,
    # not a protest; the arrest is the event (Romance says "los líderes de la protesta",
    # where the protest is a noun of its own)
    report = only(run(text))
    assert (report.event_type, report.sub_event_type) == (
        "Strategic developments", "Arrests"), summary(run(text))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police said there was no record of a kidnapping by gunmen in Guarujá on Saturday."),
    ("es", "La policía dijo que no había ninguna denuncia de secuestro por hombres armados en "
     "Guarujá el sábado."),
    ("fr", "La police a dit qu'il n'y avait aucune plainte pour enlèvement par des hommes armés "
     "à Guarujá samedi."),
    ("pt", "A polícia disse que não havia nenhum registro de sequestro por homens armados no "
     "Guarujá no sábado."),
])
def test_no_record_of_an_act_is_no_act(lang: str, text: str) -> None:
    # a negative determiner with a noun of record or evidence governs what it is the
    # record of: as far as the text knows, the kidnapping did not happen
    doc = run(text, lang=lang)
    assert doc.reports == [], summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At least three protesters were killed so far in the unrest. One each has been "
     "killed in Juliaca, Cusco and Arequipa, a union leader said."),
    ("es", "Al menos tres manifestantes murieron hasta el momento en las protestas. Uno murió "
     "en Juliaca, otro en Cusco y otro en Arequipa, dijo un dirigente sindical."),
    ("fr", "Au moins trois manifestants ont été tués jusqu'à présent dans les troubles. Un a "
     "été tué à Juliaca, un à Cusco et un à Arequipa, a dit un syndicaliste."),
    ("pt", "Pelo menos três manifestantes morreram até agora nos protestos. Um morreu em "
     "Juliaca, outro em Cusco e outro em Arequipa, disse um sindicalista."),
])
def test_a_count_told_up_to_now_runs_from_the_story_day_to_publication(
        lang: str, text: str) -> None:
    # "killed so far" counts from the day of the story (Wednesday) up to publication
    # (Friday): the deaths it breaks down by town are dated by that period, not by its
    # first day; the clash the lede dates keeps its day
    intro = {"en": "Protesters clashed with police in Lima on Wednesday.\n\n",
             "es": "Manifestantes se enfrentaron con la policía en Lima el miércoles.\n\n",
             "fr": "Des manifestants se sont heurtés à la police à Lima mercredi.\n\n",
             "pt": "Manifestantes entraram em confronto com a polícia em Lima na "
                   "quarta-feira.\n\n"}[lang]
    doc = run(intro + text, lang=lang)
    dates = {r.location: r.date.iso() if r.date else None for r in doc.reports}
    assert dates.get("Lima") == "2023-01-11", summary(doc)
    assert all(dates.get(town) == "2023-01-11/2023-01-13"
               for town in ("Juliaca", "Cusco", "Arequipa")), summary(doc)


def test_a_count_up_to_now_in_another_paragraph_leaves_the_towns_day() -> None:
    # the count closes its paragraph: the deaths told in the next one keep the story's day
    doc = run("Protesters clashed with police in Lima on Wednesday.\n\nAt least three "
              "protesters were killed so far in the unrest.\n\nOne each has been killed in "
              "Juliaca, Cusco and Arequipa, a union leader said.")
    dated = [r for r in doc.reports if r.location in ("Juliaca", "Cusco", "Arequipa")]
    assert dated and all(r.date is not None and r.date.iso() == "2023-01-11"
                         for r in dated), summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed at least twelve people in Djibo on Friday.\n\nDozens of gunmen on "
     "motorbikes attacked the village of Djibo. The attack took place in the night from "
     "Thursday 12 to Friday 13 January."),
    ("es", "Hombres armados mataron al menos a doce personas en Djibo el viernes.\n\nDecenas de "
     "hombres armados en motos atacaron la localidad de Djibo. El ataque tuvo lugar en la "
     "noche del jueves al viernes."),
    ("fr", "Des hommes armés ont tué au moins douze personnes à Djibo vendredi.\n\nDes dizaines "
     "d'hommes armés à moto ont attaqué le village de Djibo. L'attaque a eu lieu dans la "
     "nuit de jeudi à vendredi."),
    ("pt", "Homens armados mataram pelo menos doze pessoas em Djibo na sexta-feira.\n\nDezenas "
     "de homens armados em motos atacaram a aldeia de Djibo. O ataque ocorreu na noite de "
     "quinta-feira 12 para sexta-feira 13 de janeiro."),
])
def test_a_night_named_by_its_two_days_dates_the_event_told_by_one_of_them(
        lang: str, text: str) -> None:
    # the lede's "Friday" is one day of the night the body names for the same attack
    # ("in the night from Thursday to Friday"): the night is the attack's period
    report = only(run(text, lang=lang))
    assert report.date is not None and report.date.iso() == "2023-01-12/2023-01-13", \
        summary(run(text, lang=lang))


def test_a_night_guessed_from_publication_leaves_the_event_its_day() -> None:
    # "overnight" names no day: it does not stretch the day the lede gives the attack
    report = only(run("Gunmen killed at least twelve people in Djibo on Friday.\n\nDozens "
                      "of gunmen on motorbikes attacked the village of Djibo overnight."))
    assert report.date is not None and report.date.iso() == "2023-01-13", \
        summary(run("Gunmen killed at least twelve people in Djibo on Friday."))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Residents clashed with police in Vénissieux on Tuesday evening.\n\nDuring the night "
     "from Tuesday to Wednesday, youths set cars on fire in Bron.\n\nLater, rioters looted "
     "shops in Villeurbanne."),
    ("es", "Vecinos se enfrentaron con la policía en Vénissieux el martes por la tarde.\n\nEn "
     "la noche del martes al miércoles, jóvenes se enfrentaron con la policía en Bron.\n\nMás tarde, "
     "alborotadores saquearon tiendas en Villeurbanne."),
    ("fr", "Des habitants se sont affrontés avec la police à Vénissieux mardi soir.\n\nDans "
     "la nuit de mardi à mercredi, des jeunes ont incendié des voitures à Bron.\n\nPlus tard, "
     "des émeutiers ont pillé des magasins à Villeurbanne."),
    ("pt", "Moradores entraram em confronto com a polícia em Vénissieux na terça-feira à "
     "tarde.\n\nNa noite de terça para quarta-feira, jovens queimaram carros em Bron.\n\n"
     "Mais tarde, saqueadores saquearam lojas em Villeurbanne."),
])
def test_an_undated_paragraph_goes_on_from_the_night_the_one_before_closed_on(
        lang: str, text: str) -> None:
    # the third paragraph states no day: the narrative goes on in the night the second
    # one told, not on the story's Tuesday
    doc = run(text, published=dt.date(2023, 6, 28), lang=lang)
    later = [r for r in doc.reports if r.location == "Villeurbanne"]
    assert later and all(r.date is not None and r.date.iso() == "2023-06-27/2023-06-28"
                         for r in later), summary(doc)


# ------------------------------------------- a measure told again with its day dates it
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ecuador imposes curfew to end unrest\n\nThe government of Ecuador has imposed a "
           "nationwide curfew following days of riots and looting.\n\nInterior Minister Pedro "
           "Lirpa announced Sunday that the curfew was effective immediately."),
    ("es", "Ecuador impone un toque de queda\n\nEl gobierno de Ecuador ha impuesto un toque de "
           "queda en todo el país tras varios días de disturbios y saqueos.\n\nEl ministro del "
           "Interior, Pedro Lirpa, anunció el domingo que el toque de queda entraba en vigor "
           "de inmediato."),
    ("fr", "L'Équateur impose un couvre-feu\n\nLe gouvernement de l'Équateur a imposé un "
           "couvre-feu national après plusieurs jours d'émeutes et de pillages.\n\nLe ministre "
           "de l'Intérieur, Pedro Lirpa, a annoncé dimanche que le couvre-feu entrait en "
           "vigueur immédiatement."),
    ("pt", "Equador impõe toque de recolher\n\nO governo do Equador impôs um toque de recolher "
           "em todo o país após vários dias de distúrbios e saques.\n\nO ministro do Interior, "
           "Pedro Lirpa, anunciou no domingo que o toque de recolher entrava em vigor "
           "imediatamente."),
])
def test_a_measure_told_again_with_its_day_takes_that_day(lang: str, text: str) -> None:
    # published on a Monday: "Sunday" is the day before; the first telling has no day
    doc = extract(Document(id="t", text=text, language=lang, published=dt.date(2024, 5, 13),
                           published_precision="day"))
    assert [(r.sub_event_type, r.date.start, r.date.end, r.date.precision)
            for r in doc.reports if r.date is not None] == [
        ("Other", dt.date(2024, 5, 12), dt.date(2024, 5, 12), "day")]
