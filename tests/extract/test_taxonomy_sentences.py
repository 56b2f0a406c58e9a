"""Every ACLED sub-event type from a short English and Spanish report written by the team."""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract.pipeline import extract
from willay.extract.taxonomy import event_types
from willay.model import Document

PUB = dt.date(2024, 3, 15)  # a Friday

# (sub_event_type, event_type, English report, Spanish report)
CASES = [
    ("Peaceful protest", "Protests",
     "On Tuesday, about 300 teachers marched peacefully in Arequipa to demand higher wages.",
     "El martes, unos 300 docentes marcharon pacíficamente en Arequipa para exigir mejores salarios."),
    ("Protest with intervention", "Protests",
     "On Wednesday police fired tear gas to disperse farmers who were protesting in Ilave.",
     "El miércoles la policía lanzó gases lacrimógenos para dispersar a los campesinos que protestaban en Ilave."),
    ("Excessive force against protesters", "Protests",
     "On Monday soldiers opened fire on demonstrators in Ayacucho, killing three of them.",
     "El lunes los militares dispararon contra los manifestantes en Ayacucho y mataron a tres de ellos; hubo tres muertos."),
    ("Violent demonstration", "Riots",
     "On Thursday protesters threw stones at police officers and set fire to a bus in Juliaca.",
     "El jueves los manifestantes lanzaron piedras a la policía e incendiaron un bus en Juliaca."),
    ("Mob violence", "Riots",
     "On Tuesday an angry mob lynched a suspected thief in Huancayo.",
     "El martes una turba linchó a un presunto ladrón en Huancayo; el hombre fue linchado."),
    ("Armed clash", "Battles",
     "On Monday soldiers and rebels exchanged fire for hours near Pichari.",
     "El lunes militares y guerrilleros sostuvieron combates durante horas cerca de Pichari."),
    ("Government regains territory", "Battles",
     "On Wednesday the army retook the town of Tumaco from armed dissidents.",
     "El miércoles el ejército recuperó el control de Tumaco tras desalojar a los disidentes."),
    ("Non-state actor overtakes territory", "Battles",
     "On Sunday rebels seized control of the town of Mopti after a short fight.",
     "El domingo los rebeldes tomaron el control de Mopti tras un breve combate."),
    ("Chemical weapon", "Explosions/Remote violence",
     "On Tuesday a chemical attack hit a neighbourhood of Idlib.",
     "El martes un ataque químico alcanzó un barrio de Idlib."),
    ("Air/drone strike", "Explosions/Remote violence",
     "On Thursday a drone strike hit a market in Kidal.",
     "El jueves un ataque con drones alcanzó un mercado de Kidal."),
    ("Suicide bomb", "Explosions/Remote violence",
     "On Monday a suicide bomber blew himself up outside a mosque in Peshawar.",
     "El lunes un atentado suicida sacudió una mezquita de Peshawar."),
    ("Shelling/artillery/missile attack", "Explosions/Remote violence",
     "On Wednesday artillery fire struck the outskirts of Kharkiv.",
     "El miércoles un ataque con misiles alcanzó las afueras de Járkov."),
    ("Remote explosive/landmine/IED", "Explosions/Remote violence",
     "On Tuesday a roadside bomb exploded near a patrol in Kandahar.",
     "El martes un artefacto explosivo estalló junto a una patrulla en Kandahar."),
    ("Grenade", "Explosions/Remote violence",
     "On Thursday a man threw a grenade into a bar in Guayaquil.",
     "El jueves un hombre lanzó una granada contra un bar de Guayaquil."),
    ("Attack", "Violence against civilians",
     "On Sunday gunmen shot and killed four civilians in a village near Bunia.",
     "El domingo sicarios ejecutaron a cuatro civiles en una aldea cerca de Bunia."),
    ("Abduction/forced disappearance", "Violence against civilians",
     "On Monday armed men abducted a community leader in Tumaco.",
     "El lunes hombres armados secuestraron a un líder comunitario en Tumaco."),
    ("Sexual violence", "Violence against civilians",
     "On Friday soldiers raped two women in a village near Goma, witnesses said.",
     "El viernes soldados cometieron violencia sexual contra dos mujeres cerca de Goma."),
    ("Arrests", "Strategic developments",
     "On Wednesday night the union leader was arrested by police at his home in Cusco.",
     "El miércoles por la noche el dirigente sindical fue detenido por la policía en su casa de Cusco."),
    ("Agreement", "Strategic developments",
     "On Thursday the government and the farmers reached an agreement to end the blockade in Puno.",
     "El jueves el gobierno y los agricultores firmaron un acuerdo para levantar el bloqueo en Puno."),
    ("Change to group/activity", "Strategic developments",
     "On Tuesday the miners' union called off the strike in Moquegua.",
     "El martes los mineros levantaron el paro en Moquegua."),
    ("Headquarters or base established", "Strategic developments",
     "On Monday the militia established a base in the hills above Buenaventura.",
     "El lunes la milicia instaló una base en los cerros de Buenaventura."),
    ("Looting/property destruction", "Strategic developments",
     "On Sunday unknown men destroyed the offices of a radio station in Tumbes.",
     "El domingo desconocidos destruyeron las oficinas de una radio en Tumbes."),
    ("Non-violent transfer of territory", "Strategic developments",
     "On Friday the armed group withdrew from the town of Kidal.",
     "El viernes el grupo armado se retiró de Kidal; se retiraron de la ciudad."),
    ("Disrupted weapons use", "Strategic developments",
     "On Wednesday soldiers defused a bomb that was planted under a bridge in Cúcuta.",
     "El miércoles los militares desactivaron un artefacto explosivo bajo un puente en Cúcuta."),
    ("Other", "Strategic developments",
     "On Monday the government declared a state of emergency in Puno.",
     "El lunes el gobierno declaró el estado de emergencia en Puno."),
]


def _doc(text: str, lang: str) -> Document:
    return Document(id=f"t-{lang}-{abs(hash(text)) % 10**8}", text=text, published=PUB,
                    published_precision="day", language=lang)


def test_cases_cover_the_taxonomy() -> None:
    covered = {(etype, sub) for sub, etype, _en, _es in CASES}
    expected = {(etype, sub) for etype, subs in event_types().items() for sub in subs}
    assert covered == expected


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize(("sub_type", "event_type", "en", "es"), CASES,
                         ids=[c[0] for c in CASES])
def test_sub_event_type(sub_type: str, event_type: str, en: str, es: str, lang: str) -> None:
    doc = extract(_doc(en if lang == "en" else es, lang))
    types = [(r.event_type, r.sub_event_type) for r in doc.reports]
    assert (event_type, sub_type) in types, types
    for report in doc.reports:
        for span in report.spans():
            span.verify(doc.text)
