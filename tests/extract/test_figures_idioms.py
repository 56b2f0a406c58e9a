"""Fatality figures told without a number: idioms of a life taken, parts with a verb of
dying of their own, verbs of burning a person, and vague numbers of time."""
from __future__ import annotations

import pytest
from test_figures import figures, simple


@pytest.mark.parametrize(("lang", "text", "quote"), [
    # a life taken, told with a pronoun of the one victim
    ("es", "Un disparo de la policía le costó la vida durante la marcha en Tarma.",
     "le costó la vida"),
    ("es", "El balazo que recibió en Tarma terminó con su vida dos días después.",
     "terminó con su vida"),
    ("en", "A police bullet cost him his life during the march in Kisumu.",
     "cost him his life"),
    ("fr", "Une grenade lancée par les gendarmes lui a coûté la vie à Rennes.",
     "lui a coûté la vie"),
    ("pt", "Um disparo da polícia custou-lhe a vida durante o ato em Recife.",
     "custou-lhe a vida"),
    # the same idiom with the one victim as its object
    ("es", "La represión costó la vida a un estudiante en Tarma.",
     "costó la vida a un estudiante"),
    ("en", "The crackdown claimed the life of a student in Kisumu.",
     "claimed the life of a student"),
    ("fr", "La charge a coûté la vie à un manifestant à Rennes.",
     "coûté la vie à un manifestant"),
    ("pt", "A repressão tirou a vida de um estudante em Recife.",
     "tirou a vida de um estudante"),
])
def test_a_life_taken_is_one_death(lang: str, text: str, quote: str) -> None:
    assert simple(figures(text, lang)) == [("fatalities", 1, quote)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The strike cost him his job in Kisumu."),
    ("es", "La huelga le costó el puesto en Tarma."),
    ("fr", "La grève lui a coûté son emploi à Rennes."),
    ("pt", "A greve custou-lhe o emprego em Recife."),
])
def test_something_else_taken_is_no_death(lang: str, text: str) -> None:
    assert figures(text, lang) == []
