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


@pytest.mark.parametrize(("lang", "text", "quote"), [
    # "one" as a part of a group told just before, with a verb of dying of its own
    ("fr", "Une grenade a explosé à Rennes, blessant sept personnes, dont une est décédée"
           " plus tard à l'hôpital.", "une est décédée"),
    ("en", "A grenade exploded in Kisumu, injuring seven people, one of whom later died in"
           " hospital.", "one of whom later died"),
    ("es", "Una granada estalló en Tarma e hirió a siete personas, de las cuales una murió"
           " después en el hospital.", "una murió"),
    ("pt", "Uma granada explodiu em Recife e feriu sete pessoas, das quais uma morreu"
           " depois no hospital.", "uma morreu"),
])
def test_one_of_a_group_with_its_own_verb_of_dying(lang: str, text: str, quote: str) -> None:
    found = simple(figures(text, lang))
    assert found[0][:2] == ("injured", 7)
    assert found[1:] == [("fatalities", 1, quote)]


@pytest.mark.parametrize(("text", "expected"), [
    # burning carried on "to ashes" kills, like "to death"
    ("An angry crowd burnt to ashes a suspected cattle thief near Kisumu.",
     [("fatalities", 1, "burnt to ashes a suspected cattle thief")]),
    ("Rioters burned to ashes two suspected thieves in Kisumu.",
     [("fatalities", 2, "burned to ashes two")]),
    ("Three suspected robbers were burnt to ashes in Kisumu.",
     [("fatalities", 3, "Three suspected robbers were burnt to ashes")]),
    # "torched" of one person
    ("Later the young man was torched beside the highway in Kisumu.",
     [("fatalities", 1, "the young man was torched")]),
    # an indefinite article opens one person as the object, like a definite one
    ("Police killed a student in Kisumu.", [("fatalities", 1, "killed a student")]),
    # a person noun in a compound names a building, not a person
    ("Later a police station was torched in Kisumu.", []),
])
def test_burning_a_person_kills(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert simple(figures(text, "en")) == expected


@pytest.mark.parametrize(("lang", "text"), [
    # a vague number followed by a noun of time measures a time, it counts no one
    ("fr", "Transporté à une clinique de Rennes, il est décédé quelques instants après."),
    ("en", "Taken to a clinic in Kisumu, he died a few minutes later."),
    ("es", "Llevado a una clínica de Tarma, murió unos instantes después."),
    ("pt", "Levado a uma clínica do Recife, morreu alguns minutos depois."),
])
def test_a_vague_number_of_time_is_no_count(lang: str, text: str) -> None:
    assert [f for f in figures(text, lang) if f.value.qualifier == "vague"] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Quelques manifestants sont morts à Rennes."),
    ("en", "A few protesters died in Kisumu."),
    ("es", "Varios manifestantes murieron en Tarma."),
    ("pt", "Alguns manifestantes morreram em Recife."),
])
def test_a_vague_number_of_people_still_counts(lang: str, text: str) -> None:
    (fig,) = figures(text, lang)
    assert (fig.value.kind, fig.value.qualifier) == ("fatalities", "vague")
