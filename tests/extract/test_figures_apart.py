"""Figures told apart from their event, and single people hit by gunfire.

- a count in a sentence that names only the region of the event's town (in the title of
  the official who gives it) is the event's (merging._same_place);
- in an article of one event, a count "so far" is that event's running count, unless a
  wider frame follows the cue ("so far in the strike") or the article tells several events;
- one named person hit by gunfire is one injured, unless a death is told of him; a
  parenthesis after a name ("(PDT-CE)") does not hide the verb;
- the place in the title of the person a figure is credited to ("the governor of Cauca,
  Octavio Lirpa") is no event's place; explosives that go off on their handlers (a
  disrupted weapons use) carry the people they wounded.

Sentences written for these tests; places are real, people fictional.
"""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract.pipeline import extract
from willay.model import Document, EventReport


def _run(lang: str, text: str) -> Document:
    return extract(Document(id="t", text=text, published=dt.date(2024, 3, 8), language=lang))


def _value(report: EventReport, kind: str) -> int | None:
    figure = getattr(report, kind)
    return None if figure is None else figure.best


def _summary(doc: Document) -> str:
    return "; ".join(f"{r.event_type}/{r.sub_event_type} {r.location} inj={_value(r, 'injured')} "
                     f"arr={_value(r, 'arrested')} fat={_value(r, 'fatalities')}"
                     for r in doc.reports) + f" tallies={[(t.kind, t.value) for t in doc.tallies]}"


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "Protesters clashed with police in Durban on Thursday.\n\nShops stayed closed.\n\n"
           "The police commissioner of KwaZulu-Natal, John Lirpa, said 12 people were injured.",
     "Durban"),
    ("es", "Manifestantes y policías se enfrentaron el jueves en Culiacán.\n\nLos comercios "
           "cerraron sus puertas.\n\nEl secretario de Seguridad de Sinaloa, Juan Pérez Lirpa, "
           "dijo que hay 12 lesionados.", "Culiacán"),
    ("fr", "Des manifestants se sont affrontés aux policiers jeudi à Toulouse.\n\nLes commerces "
           "sont restés fermés.\n\nLe directeur de la police d'Occitanie, Marc Delcourt, a "
           "indiqué que 12 personnes ont été blessées.", "Toulouse"),
    ("pt", "Manifestantes entraram em confronto com a polícia na quinta-feira em Feira de "
           "Santana.\n\nO comércio fechou as portas.\n\nO secretário de Segurança da Bahia, João "
           "Tavares, disse que 12 pessoas ficaram feridas.", "Feira de Santana"),
])
def test_a_count_naming_only_the_region_of_the_event_is_the_events(
        lang: str, text: str, town: str) -> None:
    doc = _run(lang, text)
    events = [r for r in doc.reports if r.location == town]
    assert len(events) == 1, _summary(doc)
    assert _value(events[0], "injured") == 12, _summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Farmers clashed with police in Nakuru on Monday.\n\nRoads were blocked with burning "
           "tyres.\n\nPolice said 15 people had been arrested so far."),
    ("es", "Campesinos se enfrentaron con la policía el lunes en Huancayo.\n\nLas carreteras "
           "quedaron bloqueadas.\n\nLa policía informó que hasta el momento hay 15 personas "
           "detenidas."),
    ("fr", "Des agriculteurs se sont affrontés aux gendarmes lundi à Rennes.\n\nLes routes ont "
           "été bloquées.\n\nLa police a indiqué que 15 personnes ont été interpellées jusqu'à "
           "présent."),
    ("pt", "Agricultores entraram em confronto com a polícia na segunda-feira em Londrina.\n\n"
           "As estradas foram bloqueadas.\n\nA polícia informou que até o momento 15 pessoas "
           "foram presas."),
])
def test_a_count_so_far_in_an_article_of_one_event_is_its_running_count(
        lang: str, text: str) -> None:
    doc = _run(lang, text)
    assert len(doc.reports) == 1, _summary(doc)
    assert _value(doc.reports[0], "arrested") == 15, _summary(doc)
    assert not doc.tallies, _summary(doc)


def test_a_count_so_far_in_an_article_of_several_events_stays_a_tally() -> None:
    doc = _run("en", "Farmers clashed with police in Nakuru on Monday. Students marched "
                     "peacefully in Eldoret on Tuesday.\n\nPolice said 15 people had been "
                     "arrested so far.")
    assert [(t.kind, t.value) for t in doc.tallies] == [("arrested", 15)], _summary(doc)
    assert all(r.arrested is None for r in doc.reports), _summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters clashed with police in Nakuru on Monday. The opposition senator Peter "
           "Kamau (ODM) was hit by a bullet while he addressed the crowd."),
    ("es", "Manifestantes se enfrentaron con la policía el lunes en Huancayo. El congresista "
           "Pedro Quispe (APP) fue alcanzado por dos perdigones cuando hablaba a la multitud."),
    ("fr", "Des manifestants se sont affrontés aux policiers lundi à Bouaké. Le député Paul "
           "Kouassi (PDCI) a été touché par une balle alors qu'il parlait à la foule."),
    ("pt", "Manifestantes entraram em confronto com a polícia na segunda-feira em Londrina. O "
           "deputado Paulo Tavares (PSB-PR) foi atingido por dois tiros quando falava à "
           "multidão."),
])
def test_one_person_hit_by_gunfire_is_one_injured(lang: str, text: str) -> None:
    doc = _run(lang, text)
    assert len(doc.reports) == 1, _summary(doc)
    assert _value(doc.reports[0], "injured") == 1, _summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters clashed with police in Nakuru on Monday. The student Peter Kamau was "
           "shot and died later in hospital."),
    ("fr", "Des manifestants se sont affrontés aux policiers lundi à Bouaké. Le jeune Paul "
           "Kouassi a été touché par une balle. Il est décédé quelques instants après."),
])
def test_one_person_hit_by_gunfire_who_died_is_no_injured(lang: str, text: str) -> None:
    doc = _run(lang, text)
    assert all(r.injured is None for r in doc.reports), _summary(doc)


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("en", "Two rebels were handling explosives on Saturday in Guapi to attack a police "
           "station. The device exploded prematurely. Two police officers were injured, said "
           "the governor of Cauca, Octavio Lirpa.", "Guapí"),
    ("fr", "Deux rebelles manipulaient des explosifs samedi à Kidal pour attaquer un poste de "
           "police. L'engin a explosé prématurément. Deux policiers ont été blessés, a précisé "
           "le gouverneur de Gao, Moussa Lirpa.", "Kidal"),
])
def test_explosives_gone_off_on_their_handlers_carry_the_wounded(
        lang: str, text: str, town: str) -> None:
    doc = _run(lang, text)
    disrupted = [r for r in doc.reports if r.sub_event_type == "Disrupted weapons use"]
    assert len(disrupted) == 1, _summary(doc)
    assert disrupted[0].location == town, _summary(doc)
    assert _value(disrupted[0], "injured") == 2, _summary(doc)
