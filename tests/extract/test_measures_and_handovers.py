"""Event types decided by the object of a verb, from short sentences written for these
tests: a banned gathering is a measure, a bus burnt with no one hurt is property, a person
handed over is no territory (ANNOTATION.md §1.1, §3)."""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract.pipeline import extract
from willay.model import Document

FRIDAY = dt.date(2023, 1, 13)
MEASURE = ("Strategic developments", "Other")
PROPERTY = ("Strategic developments", "Looting/property destruction")
RIOT = ("Riots", "Violent demonstration")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


def types(text: str, lang: str) -> list[tuple[str, str]]:
    doc = extract(Document(id="t", text=text, published=FRIDAY, published_precision="day",
                           language=lang))
    for report in doc.reports:
        for span in report.spans():
            span.verify(doc.text)
    return [(r.event_type, r.sub_event_type) for r in doc.reports]


# banning, prohibiting or outlawing a gathering (any form of the verb, the noun singular or
# plural) is a measure of the state, not a demonstration
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday the authorities in Cochabamba banned the march planned by the coca "
           "growers."),
    ("en", "On Tuesday the city council of Oruro prohibited the rally that teachers had "
           "called."),
    ("en", "On Wednesday the government outlawed all protests in the capital for thirty days."),
    ("es", "El martes la alcaldía prohibió la marcha de los transportistas en Cuenca."),
    ("fr", "Mercredi, le maire a interdit la marche des agriculteurs à Rennes."),
    ("pt", "Na segunda-feira o governo proibiu os protestos no centro de Recife."),
    ("pt", "Na terça-feira a prefeitura proibiu a manifestação dos motoristas em Belém."),
])
def test_a_banned_gathering_is_a_measure(lang: str, text: str) -> None:
    found = types(text, lang)
    assert found == [MEASURE], found


# a bus or a tram set on fire with no one hurt and no doer named is property destroyed;
# burnt by demonstrators it stays their violent demonstration
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Friday a bus was set on fire in the centre of Nairobi."),
    ("es", "El viernes un autobús fue incendiado en el centro de Cali."),
    ("fr", "Vendredi, un bus a été incendié dans le quartier de la Paillade à Montpellier."),
    ("pt", "Na sexta-feira um ônibus foi incendiado no bairro Jardim Ângela, em São Paulo."),
])
def test_a_bus_burnt_with_no_one_hurt_is_property_destruction(lang: str, text: str) -> None:
    assert types(text, lang) == [PROPERTY]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Friday protesters torched a bus in Nairobi."),
    ("es", "El viernes los manifestantes incendiaron un autobús en Cali."),
    ("pt", "Na sexta-feira manifestantes incendiaram um ônibus em Manaus."),
])
def test_a_bus_burnt_by_demonstrators_is_a_violent_demonstration(lang: str,
                                                                 text: str) -> None:
    assert types(text, lang) == [RIOT]


# people handed over (to whom: the Spanish personal "a", "à polícia"; whom: detainees,
# suspects) are no territory changing hands; a town or its control still is
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday police handed over the detainees to prosecutors in Nakuru."),
    ("es", "El martes los pobladores detuvieron a dos hombres y los entregaron a las "
           "autoridades de Tula."),
    ("es", "El martes los militares entregaron a los detenidos a la fiscalía de Piura."),
    ("fr", "Mardi, les habitants ont arrêté deux hommes et les ont remis aux gendarmes à "
           "Nantes."),
    ("pt", "Na terça-feira os moradores detiveram dois homens e os entregaram à polícia de "
           "Natal."),
])
def test_people_handed_over_are_no_territory(lang: str, text: str) -> None:
    assert TRANSFER not in types(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday the rebels handed over the town to the army."),
    ("es", "El martes el grupo armado entregó el control de la ciudad al ejército."),
    ("pt", "Na terça-feira os rebeldes entregaram o controle da cidade ao exército."),
])
def test_a_town_handed_over_is_a_transfer_of_territory(lang: str, text: str) -> None:
    assert TRANSFER in types(text, lang)


# the participle of the ban on its noun names a gathering that was held all the same
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Monday protesters clashed with police during a banned march in Cochabamba."),
    ("es", "El lunes manifestantes se enfrentaron con la policía durante una marcha prohibida "
           "en Cuenca."),
    ("fr", "Lundi, des manifestants se sont heurtés aux policiers lors d'une manifestation "
           "interdite à Rennes."),
    ("pt", "Na segunda-feira manifestantes entraram em confronto com a polícia durante um "
           "protesto proibido em Recife."),
])
def test_a_banned_gathering_held_all_the_same_is_no_measure(lang: str, text: str) -> None:
    found = types(text, lang)
    assert found and MEASURE not in found, found
