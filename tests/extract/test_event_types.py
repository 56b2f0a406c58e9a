"""Event types of crowd events and of arrests, from short sentences written by the team
(ANNOTATION.md §3: the decision order for a crowd event)."""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract.pipeline import extract
from willay.model import Document

FRIDAY = dt.date(2023, 1, 13)


def types(text: str, lang: str) -> list[tuple[str, str]]:
    doc = extract(Document(id="t", text=text, published=FRIDAY, published_precision="day",
                           language=lang))
    return [(r.event_type, r.sub_event_type) for r in doc.reports]


EXCESSIVE = ("Protests", "Excessive force against protesters")


# "repression" named as a noun, a critical condition, an eye or the head hit: the text
# calls the force used repression, or a demonstrator was seriously hurt (§3)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Wednesday teachers marched in Arequipa; the union denounced the repression "
           "of the march."),
    ("es", "El miércoles los docentes marcharon en Arequipa; el sindicato denunció la "
           "represión de la marcha."),
    ("fr", "Mercredi, les enseignants ont manifesté à Rennes ; le syndicat a dénoncé la "
           "répression du cortège."),
    ("pt", "Na quarta-feira, professores protestaram em Curitiba; o sindicato denunciou a "
           "repressão ao ato."),
    ("en", "On Wednesday teachers marched in Arequipa. One teacher was hit in the eye by a "
           "rubber bullet."),
    ("es", "El miércoles los docentes marcharon en Arequipa. Un docente está en estado "
           "crítico tras el impacto de una bomba lacrimógena en la cabeza."),
    ("fr", "Mercredi, les enseignants ont manifesté à Rennes. Un manifestant a été touché "
           "à l'œil par un tir de balle de défense."),
    ("pt", "Na quarta-feira, professores protestaram em Curitiba. Um professor perdeu um "
           "olho, ferido por estilhaços de uma bomba de efeito moral."),
])
def test_repression_or_a_serious_injury_is_excessive_force(lang: str, text: str) -> None:
    assert types(text, lang) == [EXCESSIVE]


PEACEFUL = ("Protests", "Peaceful protest")


# tyres burnt on a road are how a blockade is held, not violence against anyone or
# anything: with no other violence told, the blockade is a peaceful protest
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday farmers burned tyres and blocked the highway near Ilave."),
    ("es", "El martes los campesinos prendieron fuego a llantas y bloquearon la carretera "
           "cerca de Ilave."),
    ("fr", "Mardi, des agriculteurs ont brûlé des pneus et bloqué la route près de Rennes."),
    ("pt", "Na terça-feira, caminhoneiros puseram fogo em pneus e fecharam as principais "
           "rodovias de acesso a Curitiba."),
])
def test_tyres_burnt_at_a_blockade_are_no_violence(lang: str, text: str) -> None:
    assert types(text, lang) == [PEACEFUL]


ARRESTS = ("Strategic developments", "Arrests")


# arrests told with force named as a noun but no demonstration ("a new wave of
# repression") are arrests, not the intervention at a protest
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday police arrested the opposition leader Juan Quispe in Arequipa, in a "
           "new crackdown on dissent."),
    ("es", "El martes la policía arrestó al líder opositor Juan Quispe en Arequipa, en una "
           "nueva ola de represión."),
    ("fr", "Mardi, la police a arrêté l'opposant Jean Dupont à Rennes, dans une nouvelle "
           "vague de répression."),
    ("pt", "Na terça-feira, a polícia prendeu o líder opositor João Silva em Curitiba, numa "
           "nova onda de repressão."),
])
def test_arrests_amid_repression_are_arrests(lang: str, text: str) -> None:
    assert types(text, lang) == [ARRESTS]


# with no road named, burning tyres is still how demonstrators block one: a protest, not
# nothing (the burning verb takes no tyres, the blockade does)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday hundreds of demonstrators burned tyres in Ilave."),
    ("es", "El martes cientos de manifestantes quemaron neumáticos en Ilave."),
    ("fr", "Mardi, des centaines de manifestants ont brûlé des pneus à Rennes."),
    ("pt", "Na terça-feira, centenas de manifestantes queimaram pneus em Curitiba."),
])
def test_tyres_burnt_by_demonstrators_are_a_blockade(lang: str, text: str) -> None:
    assert types(text, lang) == [PEACEFUL]


VIOLENT = ("Riots", "Violent demonstration")


# demonstrators who stone the police use violence, whatever the verb's form ("ont
# caillassé", "apedreando", "apedrejando", "stoned"): a violent demonstration
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday miners blocked the highway near Ilave and stoned the police."),
    ("es", "El martes los mineros bloquearon la carretera cerca de Ilave, apedreando a "
           "los policías que llegaron al lugar."),
    ("fr", "Mardi, des mineurs ont bloqué la route près de Rennes et ont caillassé les "
           "gendarmes."),
    ("pt", "Na terça-feira, mineiros bloquearam a rodovia perto de Curitiba, apedrejando "
           "os policiais."),
])
def test_stoning_the_police_is_a_violent_demonstration(lang: str, text: str) -> None:
    assert types(text, lang) == [VIOLENT]


# marchers attacking vehicles, police or shops on their way use violence, even when the
# police answer with tear gas and the verb stands far from the crowd it belongs to (§3,
# decision order step 1)
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Tuesday police fired tear gas at a crowd of some 5,000 people that kept "
           "growing as it marched through the centre of Arequipa shouting slogans against "
           "the government and at times attacking police vehicles."),
    ("es", "El martes la policía lanzó gases lacrimógenos contra una multitud de unas 5.000 "
           "personas que iba creciendo a medida que marchaba por el centro de Arequipa "
           "lanzando gritos contra el gobierno y atacando a veces a vehículos."),
    ("fr", "Mardi, la police a tiré des gaz lacrymogènes sur une foule de quelque 5 000 "
           "personnes qui grossissait à mesure qu'elle défilait dans le centre de Rennes en "
           "criant des slogans contre le gouvernement et en attaquant parfois des voitures."),
    ("pt", "Na terça-feira, a polícia lançou gás lacrimogêneo contra uma multidão de cerca de "
           "5.000 pessoas que crescia à medida que marchava pelo centro de Curitiba gritando "
           "palavras de ordem contra o governo e atacando às vezes carros."),
])
def test_marchers_attacking_vehicles_are_a_violent_demonstration(lang: str,
                                                                 text: str) -> None:
    assert types(text, lang) == [VIOLENT]


TRANSFER = ("Strategic developments", "Non-violent transfer of territory")


# a town taken after its defenders withdrew, with no fighting told, changes hands without
# a fight (§3.1): not a battle
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "On Sunday the town of Mopti fell to the rebels after the soldiers withdrew."),
    ("es", "El domingo los rebeldes tomaron el control de Mopti después de que los soldados "
           "se retiraran."),
    ("fr", "Dimanche, les rebelles ont pris le contrôle de Mopti après le retrait des "
           "soldats."),
    ("pt", "No domingo, os rebeldes tomaram o controle de Mopti depois da retirada dos "
           "soldados."),
])
def test_a_town_taken_after_a_withdrawal_changes_hands_without_a_fight(lang: str,
                                                                       text: str) -> None:
    assert types(text, lang) == [TRANSFER]
