"""One person killed: the subject past an apposition, the subject after its verb, a name
of one word, a shot fired fatally at someone."""

from __future__ import annotations

import pytest
from sentence_docs import make_doc
from test_events import only, run, summary

from willay.extract.figures import FigureFinder
from willay.model.claim import Claim


def simple(text: str, lang: str) -> list[tuple[str, int | None, str]]:
    doc = FigureFinder()(make_doc(text, lang))
    out = []
    for m in doc.mentions_of("figure"):
        m.span.verify(doc.text)
        assert isinstance(m.value, Claim)
        out.append((m.value.kind, m.value.value, m.span.quote))
    return out


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "An officer from the Tambo customs post (TCP), in plain clothes, was killed by a "
     "mob on Sunday.", "An officer from the Tambo customs post (TCP), in plain clothes, was "
     "killed"),
    ("es", "Un agente de la Guardia Municipal de Lirpa (GML), vestido de civil, fue asesinado "
     "por la turba.", "Un agente de la Guardia Municipal de Lirpa (GML), vestido de civil, "
     "fue asesinado"),
    ("fr", "Un policier de la brigade de Lirpa (BL), en civil, a été tué par la foule.",
     "Un policier de la brigade de Lirpa (BL), en civil, a été tué"),
    ("pt", "Um agente da Guarda Municipal de Tambo (GMT), à paisana, foi morto pela multidão.",
     "Um agente da Guarda Municipal de Tambo (GMT), à paisana, foi morto"),
])
def test_one_person_past_an_apposition(lang: str, text: str, quote: str) -> None:
    # the subject's phrase and an apposition between commas before its verb
    assert simple(text, lang) == [("fatalities", 1, quote)]


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("es", "Durante el desalojo murió un poblador de Lirpa.", "murió un poblador"),
    ("es", "En la emboscada también fue asesinado el chofer Rubén Tambo.",
     "también fue asesinado el chofer Rubén Tambo"),
    ("fr", "Lors de la fusillade est mort un habitant du quartier.", "est mort un habitant"),
    ("pt", "Durante o tiroteio morreu um motorista de ônibus.", "morreu um motorista"),
    ("pt", "Na emboscada também morreu Rubens Tambo, que dirigia o carro.",
     "também morreu Rubens Tambo"),
])
def test_one_person_after_the_verb(lang: str, text: str, quote: str) -> None:
    assert simple(text, lang) == [("fatalities", 1, quote)]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Un vendedor murió baleado por un policía en la plaza."),
    ("pt", "Um vendedor morreu atingido por um policial na praça."),
    ("pt", "O vendedor morreu em São Tambo."),
])
def test_no_person_after_the_verb_beyond_an_agent(lang: str, text: str) -> None:
    # the agent of the shot is no second victim; a place is no person
    found = simple(text, lang)
    assert [(k, v) for k, v, _ in found] in ([("fatalities", 1)], []), found
    assert all("policía" not in q and "policial" not in q and "Tambo" not in q
               for _, _, q in found)


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "Our reporters say that Okwarabe was shot dead on the bridge.",
     "Okwarabe was shot dead"),
    ("es", "Según testigos, Yorleidis fue asesinada frente a su casa.",
     "Yorleidis fue asesinada"),
    ("fr", "Selon ses proches, Oumoulkhaïr est morte à l'hôpital.", "Oumoulkhaïr est morte"),
    ("pt", "Segundo vizinhos, Jurandyra foi assassinada na porta de casa.",
     "Jurandyra foi assassinada"),
])
def test_a_name_of_one_word(lang: str, text: str, quote: str) -> None:
    assert simple(text, lang) == [("fatalities", 1, quote)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Nobody was killed."),
    ("es", "Nadie murió en la protesta."),
    ("pt", "Ninguém foi morto."),
])
def test_a_known_word_is_no_name(lang: str, text: str) -> None:
    assert all(v == 0 for _, v, _ in simple(text, lang))


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "A guard fired fatally at a teenager near the market.",
     "fired fatally at a teenager"),
    ("en", "Soldiers fatally shot a farmer near the market.", "fatally shot a farmer"),
    ("es", "Un guardia disparó mortalmente contra un adolescente cerca del mercado.",
     "disparó mortalmente contra un adolescente"),
    ("fr", "Un garde a tiré mortellement sur un adolescent près du marché.",
     "tiré mortellement sur un adolescent"),
    ("pt", "Um guarda atirou fatalmente contra um adolescente perto do mercado.",
     "atirou fatalmente contra um adolescente"),
])
def test_a_shot_fired_fatally_at_one_person(lang: str, text: str, quote: str) -> None:
    assert ("fatalities", 1, quote) in simple(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Yorleidis Tambo, concejal de Lirpa, fue asesinada a tiros el miércoles por la "
     "noche en Medellín. Además de la concejal, también murió en el ataque Rubén Lirpa, "
     "que conducía el auto."),
    ("pt", "Jurandyra Tambo, vereadora de Lirpa, foi assassinada a tiros na noite de "
     "quarta-feira em Belo Horizonte. Além da vereadora, também morreu no ataque Rubens "
     "Lirpa, que dirigia o carro."),
])
def test_one_more_victim_after_the_verb_adds_to_the_toll(lang: str, text: str) -> None:
    # "também morreu ... Rubens Lirpa": a second person killed, added to the first
    doc = run(text, lang=lang)
    report = only(doc)
    assert report.fatalities is not None and report.fatalities.best == 2, summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A police officer in plain clothes was killed by a mob in Ibadan on Monday. "
     "Witnesses said the officer had fatally shot a young man."),
    ("es", "Un policía vestido de civil fue linchado por la multitud en Medellín el lunes, "
     "luego de que el agente disparara mortalmente contra un joven, según testigos."),
    ("fr", "Un policier en civil a été tué par la foule à Lyon lundi. Selon des témoins, le "
     "policier avait tiré mortellement sur un jeune."),
    ("pt", "Um policial à paisana foi morto pela multidão em Belo Horizonte na segunda-feira. "
     "Segundo testemunhas, o policial tinha disparado fatalmente contra um jovem."),
])
def test_one_officer_and_one_civilian_are_two_dead(lang: str, text: str) -> None:
    # a member of the security forces and a person outside them, each told with an
    # indefinite "one", are two people
    doc = run(text, lang=lang)
    report = only(doc)
    assert report.fatalities is not None and report.fatalities.best == 2, summary(doc)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A young man was killed by police in Ibadan on Monday. A young man of 20 died "
     "in hospital."),
    ("pt", "Um jovem foi morto pela polícia em Belo Horizonte na segunda-feira. Um jovem de "
     "20 anos morreu no hospital."),
])
def test_one_person_told_twice_on_one_side_stays_one(lang: str, text: str) -> None:
    doc = run(text, lang=lang)
    report = only(doc)
    assert report.fatalities is not None and report.fatalities.best == 1, summary(doc)
