"""Figures as claims: kinds, victims, parts, scope, hedges, reporters and the seed article."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sentence_docs import make_doc

from willay.extract.figures import FigureFinder
from willay.model.claim import Claim
from willay.model.document import Document
from willay.model.mention import Mention
from willay.text.segment import Segmenter


def figures(text: str, lang: str) -> list[Mention]:
    doc = FigureFinder()(make_doc(text, lang))
    found = doc.mentions_of("figure")
    for m in found:  # every piece of evidence quotes the text at its offsets
        m.span.verify(doc.text)
        claim = m.value
        assert isinstance(claim, Claim)
        claim.evidence.verify(doc.text)
        if claim.reporter_evidence is not None:
            claim.reporter_evidence.verify(doc.text)
        a, b = m.attrs["number_span"]
        assert m.span.start <= a < b <= m.span.end
    return found


def simple(found: list[Mention]) -> list[tuple[str, int | None, str]]:
    return [(m.value.kind, m.value.value, m.span.quote) for m in found]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The report of 6 dead and 21 injured was updated.",
     [("fatalities", 6, "6 dead"), ("injured", 21, "21 injured")]),
    ("en", "Two people died in Lirpa.", [("fatalities", 2, "Two people died")]),
    ("en", "The strike killed at least four people.",
     [("fatalities", 4, "killed at least four people")]),
    ("en", "Police detained 30 students.", [("arrested", 30, "detained 30 students")]),
    ("en", "Soldiers fired on the crowd, killing three of them.",
     [("fatalities", 3, "killing three")]),
    ("en", "Of the wounded, at least 23 of them remain hospitalised.",
     [("injured", 23, "at least 23 of them remain hospitalised")]),
    ("en", "An indigenous protester died in Lirpa.",
     [("fatalities", 1, "An indigenous protester died")]),
    ("en", "Clashes left the death toll at five.", [("fatalities", 5, "death toll at five")]),
    ("es", "Dos jóvenes murieron en Lirpa.", [("fatalities", 2, "Dos jóvenes murieron")]),
    ("es", "La represión dejó más de 200 heridos.", [("injured", 200, "más de 200 heridos")]),
    ("es", "Hubo un muerto y una decena de detenidos.",
     [("fatalities", 1, "un muerto"), ("arrested", 10, "una decena de detenidos")]),
    ("es", "La policía aprehendió a 14 comuneros.",
     [("arrested", 14, "aprehendió a 14 comuneros")]),
    ("es", "Para el ministerio, los fallecidos son seis.",
     [("fatalities", 6, "fallecidos son seis")]),
    ("pt", "Três pessoas morreram e 40 ficaram feridas.",
     [("fatalities", 3, "Três pessoas morreram"), ("injured", 40, "40 ficaram feridas")]),
    ("pt", "A polícia fez 25 detenções em Lirpa.", [("arrested", 25, "25 detenções")]),
    ("pt", "Os militares mataram sete pessoas.",
     [("fatalities", 7, "mataram sete pessoas")]),
    ("fr", "Dix détenus ont été libérés.", [("arrested", 10, "Dix détenus")]),
    ("fr", "Trois (3) nouveaux décès ont été enregistrés.",
     [("fatalities", 3, "Trois (3) nouveaux décès")]),
    ("fr", "Au moins 8 manifestants ont été tués et 30 blessés.",
     [("fatalities", 8, "Au moins 8 manifestants ont été tués"), ("injured", 30, "30 blessés")]),
])
def test_kinds(lang: str, text: str, expected: list[tuple[str, int, str]]) -> None:
    assert simple(figures(text, lang)) == expected


@pytest.mark.parametrize(("lang", "text", "kind", "quote"), [
    ("en", "Officials said the young man died in Lirpa.", "fatalities", "the young man died"),
    ("en", "Pedro Lirpa was arrested at dawn.", "arrested", "Pedro Lirpa was arrested"),
    ("es", "La Fiscalía confirmó que el joven de 27 años falleció por un disparo.",
     "fatalities", "el joven de 27 años falleció"),
    ("es", "El dirigente, Pedro Tambo, fue detenido por la Policía.", "arrested",
     "Pedro Tambo, fue detenido"),
    ("pt", "O estudante foi ferido na praça de Lirpa.", "injured", "O estudante foi ferido"),
    ("fr", "Le policier a été tué à Lirpa.", "fatalities", "Le policier a été tué"),
])
def test_one_person_as_subject(lang: str, text: str, kind: str, quote: str) -> None:
    (fig,) = figures(text, lang)
    assert (fig.value.kind, fig.value.value, fig.span.quote) == (kind, 1, quote)


@pytest.mark.parametrize(("lang", "text", "value", "quote"), [
    # a wounding carried on until death is a killing, not an injury ([lethal])
    ("es", "Tres manifestantes fueron golpeados hasta la muerte en Lirpa.", 3,
     "Tres manifestantes fueron golpeados hasta la muerte"),
    ("es", "El joven fue apuñalado hasta morir en Lirpa.", 1,
     "El joven fue apuñalado hasta morir"),
    ("pt", "Três manifestantes foram espancados até a morte em Lirpa.", 3,
     "Três manifestantes foram espancados até a morte"),
    ("pt", "O jovem foi esfaqueado até morrer em Tambo.", 1,
     "O jovem foi esfaqueado até morrer"),
    ("fr", "Le jeune homme a été lapidé à mort à Lirpa.", 1,
     "Le jeune homme a été lapidé à mort"),
    ("fr", "Trois manifestants ont été frappés jusqu'à la mort à Tambo.", 3,
     "Trois manifestants ont été frappés jusqu'à la mort"),
    ("en", "The young man was stabbed to death near Tambo.", 1,
     "The young man was stabbed to death"),
    ("en", "Three traders were stoned to death in Tambo.", 3,
     "Three traders were stoned to death"),
])
def test_wounded_until_death_is_killed(lang: str, text: str, value: int, quote: str) -> None:
    (fig,) = figures(text, lang)
    assert (fig.value.kind, fig.value.value, fig.span.quote) == ("fatalities", value, quote)


@pytest.mark.parametrize(("lang", "text", "kind", "quote"), [
    # one person as the object of a casualty verb, told with a singular article
    ("es", "Dos policías agredieron hasta causarle la muerte al abogado Pedro Lirpa en Tambo.",
     "fatalities", "agredieron hasta causarle la muerte al abogado Pedro Lirpa"),
    ("es", "La policía hirió a la estudiante en Tambo.", "injured", "hirió a la estudiante"),
    ("pt", "Os policiais mataram o estudante em Tambo.", "fatalities",
     "mataram o estudante"),
    ("pt", "Os agressores espancaram até a morte o jovem em Tambo.", "fatalities",
     "espancaram até a morte o jovem"),
    ("fr", "Les policiers ont tué l'avocat Pedro Lirpa à Tambo.", "fatalities",
     "tué l'avocat Pedro Lirpa"),
    ("en", "Police killed the lawyer Pedro Lirpa in Tambo.", "fatalities",
     "killed the lawyer Pedro Lirpa"),
])
def test_one_person_as_object(lang: str, text: str, kind: str, quote: str) -> None:
    (fig,) = figures(text, lang)
    assert (fig.value.kind, fig.value.value, fig.span.quote) == (kind, 1, quote)


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Los manifestantes mataron al perro en Tambo."),  # not a person
    ("en", "Police arrested the leader of the party."),
])
def test_object_that_is_no_person_is_not_counted(lang: str, text: str) -> None:
    assert figures(text, lang) == []


def test_plural_subject_without_number_is_not_counted() -> None:
    assert figures("The protesters died in Lirpa.", "en") == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At least 30 people remained missing on Sunday."),
    ("es", "Unas 30 personas siguen desaparecidas en Lirpa."),
    ("es", "El paro bajó en 12.480 desempleados."),
    ("pt", "Há 21 desaparecidos e 300 desabrigados."),
    ("fr", "Trois personnes sont portées disparues."),
    ("en", "Ten people died in the floods in Lirpa."),  # not unrest
    ("pt", "Dez pessoas morreram por causa das chuvas."),
    ("en", "A protester spoke to 3 reporters on Monday."),  # nothing counted
    ("es", "Dos versiones sobre los muertos de Lirpa."),  # another noun phrase
    ("en", "Two reports about the dead in Lirpa."),
    ("fr", "Deux versions sur les morts de Lirpa."),
])
def test_not_casualties(lang: str, text: str) -> None:
    assert figures(text, lang) == []


def test_the_cause_in_the_previous_sentence_counts() -> None:
    text = "Floods hit Lirpa on Sunday. Officials reported 11 injured and 21 missing."
    assert figures(text, "en") == []


@pytest.mark.parametrize(("lang", "text", "victims"), [
    ("es", "Hubo 55 policías y 20 manifestantes heridos.", ["police", "protesters"]),
    ("pt", "Ficaram 10 policiais e 5 manifestantes feridos.", ["police", "protesters"]),
    ("fr", "On compte 12 policiers et 3 manifestants blessés.", ["police", "protesters"]),
    ("en", "There were 16 police officers and 4 protesters injured.", ["police", "protesters"]),
])
def test_parts_of_a_sum_share_a_group(lang: str, text: str, victims: list[str]) -> None:
    found = figures(text, lang)
    assert [m.value.kind for m in found] == ["injured", "injured"]
    assert [m.attrs["victims"] for m in found] == victims
    groups = {m.attrs["group"] for m in found}
    assert len(groups) == 1 and None not in groups


@pytest.mark.parametrize(("lang", "text", "part"), [
    ("en", "Police arrested 130 people, including 9 foreigners.", 9),
    ("es", "Hubo 240 detenidos, incluidos 12 extranjeros.", 12),
    ("pt", "Foram 90 presos, incluindo 12 estrangeiros.", 12),
    ("fr", "Des dizaines de personnes ont été blessées, dont 9 agents.", 9),
])
def test_components(lang: str, text: str, part: int) -> None:
    whole, comp = figures(text, lang)
    assert comp.value.value == part
    assert comp.value.kind == whole.value.kind
    assert comp.attrs["component_of"] == whole.attrs["number_span"]
    assert whole.attrs["component_of"] is None


def test_components_in_the_next_sentences() -> None:
    text = ("Os militares mataram seis pessoas em Lirpa neste sábado, noticia a AP.\n"
            "Três das mortes ocorreram em Tambo. Duas em Sala e outra em Vira.")
    found = figures(text, "pt")
    assert [(m.value.kind, m.value.value) for m in found] == \
        [("fatalities", 6), ("fatalities", 3), ("fatalities", 2), ("fatalities", 1)]
    six = found[0].attrs["number_span"]
    assert all(m.attrs["component_of"] == six for m in found[1:])
    assert {m.value.reporter for m in found} == {"AP"}


def test_parts_of_a_total_over_places_are_not_cumulative() -> None:
    text = ("Os militares mataram seis pessoas em várias cidades, noticia a AP.\n"
            "Três das mortes ocorreram em Tambo.")
    six, three = figures(text, "pt")
    assert (six.value.scope, three.value.scope) == ("cumulative", "event")
    assert three.attrs["component_of"] == six.attrs["number_span"]


def test_a_list_after_a_colon() -> None:
    text = "O balanço é de três mortos: um jovem em Lirpa e um polícia em Tambo."
    found = figures(text, "pt")
    assert [m.value.value for m in found] == [3, 1, 1]
    assert found[1].attrs["component_of"] == found[0].attrs["number_span"]


@pytest.mark.parametrize(("lang", "text", "cue"), [
    ("en", "Over the last month some 30 people have died.", "Over the last"),
    ("en", "One protester died, bringing the death toll to two.", "bringing the death toll"),
    ("en", "Since December, 60 people have died.", "Since"),
    ("en", "Roadblocks have left 40 people dead.", "have left"),
    ("es", "Los enfrentamientos han dejado 12 heridos.", "han dejado"),
    ("es", "Por el momento hay un muerto y más de 100 heridos.", "Por el momento"),
    ("es", "La Defensoría contabilizó a escala nacional 14 fallecidos.", "a escala nacional"),
    ("pt", "Desde o início dos protestos, 20 pessoas morreram.", "Desde"),
    ("fr", "Au total, 120 manifestants ont été interpellés.", "Au total"),
    ("fr", "30 manifestants ont été interpellés depuis le début du mouvement.", "depuis"),
])
def test_cumulative_scope(lang: str, text: str, cue: str) -> None:
    found = figures(text, lang)
    last = found[-1]
    assert last.value.scope == "cumulative"
    assert cue in last.attrs["scope_cues"]


def test_a_part_of_a_cumulative_total_is_cumulative() -> None:
    whole, part = figures("Since March, 90 people have died. 35 of the deaths were in Lirpa.",
                          "en")
    assert part.attrs["component_of"] == whole.attrs["number_span"]
    assert (whole.value.scope, part.value.scope) == ("cumulative", "cumulative")
    assert part.attrs["scope_cues"] == ["Since"]


def test_a_cue_inside_a_relative_clause_is_not_the_figure_s() -> None:
    (fig,) = figures("Trois (3) décès ont été enregistrés durant les marches "
                     "qui se succèdent depuis lundi à Lirpa.", "fr")
    assert (fig.value.value, fig.value.scope) == (3, "event")


def test_event_scope_beside_a_cumulative_one() -> None:
    text = "On Tuesday, a protester died in clashes, bringing the death toll to two."
    one, two = figures(text, "en")
    assert (one.value.value, one.value.scope, one.attrs["scope_cues"]) == (1, "event", [])
    assert (two.value.value, two.value.scope) == (2, "cumulative")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "It was reported that 9 civilians were massacred in Lirpa."),
    ("es", "Un joven habría fallecido en Lirpa."),
    ("pt", "Um jovem teria falecido em Lirpa."),
    ("fr", "Trois manifestants auraient été tués à Lirpa."),
])
def test_hedged(lang: str, text: str) -> None:
    (fig,) = figures(text, lang)
    assert fig.attrs["hedged"] is True


def test_not_hedged() -> None:
    (fig,) = figures("Three protesters were killed in Lirpa.", "en")
    assert fig.attrs["hedged"] is False


@pytest.mark.parametrize(("lang", "text", "value", "quote"), [
    ("en", "Some 4,000 farmers -according to the authorities- protested in Lirpa.",
     4000, "Some 4,000 farmers"),
    ("es", "Unas 5.000 personas marcharon en Lirpa.", 5000, "Unas 5.000 personas"),
    ("pt", "Cerca de 3 mil pessoas participaram da passeata.", 3000, "Cerca de 3 mil pessoas"),
    ("fr", "Plus de 2 000 manifestants ont défilé à Lirpa.", 2000, "Plus de 2 000 manifestants"),
])
def test_crowd_size(lang: str, text: str, value: int, quote: str) -> None:
    (fig,) = figures(text, lang)
    assert (fig.value.kind, fig.value.value, fig.span.quote) == ("crowd_size", value, quote)


@pytest.mark.parametrize(("lang", "text", "health", "police"), [
    ("es", "Dos manifestantes murieron el lunes en Lirpa, según la Red de Salud de San Tambo; "
           "la Policía reportó 12 agentes heridos.", "Red de Salud de San Tambo", "Policía"),
    ("pt", "Dois manifestantes morreram na segunda-feira em Lirpa, segundo a Rede de Saúde de "
           "San Tambo; a Polícia informou 12 agentes feridos.",
     "Rede de Saúde de San Tambo", "Polícia"),
    ("fr", "Deux manifestants sont morts lundi à Lirpa, selon le réseau de santé de San Tambo ; "
           "la police a fait état de 12 agents blessés.", "réseau de santé de San Tambo",
     "police"),
    ("en", "Two protesters died on Monday in Lirpa, according to the San Tambo Health Network; "
           "police reported 12 officers injured.", "San Tambo Health Network", "police"),
])
def test_two_reporters_in_one_sentence(lang: str, text: str, health: str, police: str) -> None:
    dead, hurt = figures(text, lang)
    assert (dead.value.kind, dead.value.value) == ("fatalities", 2)
    assert (dead.value.reporter, dead.value.reporter_class) == (health, "health")
    assert (hurt.value.kind, hurt.value.value) == ("injured", 12)
    assert (hurt.value.reporter, hurt.value.reporter_class) == (police, "police")
    assert hurt.attrs["victims"] == "police"


@pytest.mark.parametrize(("lang", "text", "first", "second"), [
    ("fr", "Selon la préfecture, 6 500 personnes ont défilé à Lirpa ; les syndicats en ont "
           "compté 15 000.", ("préfecture", 6500), ("syndicats", 15000)),
    ("en", "According to the police, 2,000 people marched in Lirpa, while organisers "
           "counted 9,000.", ("police", 2000), ("organisers", 9000)),
    ("es", "Según la Policía, 800 personas marcharon en Lirpa; los organizadores "
           "contabilizaron 3.000.", ("Policía", 800), ("organizadores", 3000)),
])
def test_a_second_count_of_the_same_crowd(lang: str, text: str, first: tuple[str, int],
                                          second: tuple[str, int]) -> None:
    a, b = figures(text, lang)
    assert (a.value.kind, b.value.kind) == ("crowd_size", "crowd_size")
    assert (a.value.reporter, a.value.value) == first
    assert (b.value.reporter, b.value.value) == second


def test_own_voice_has_no_reporter() -> None:
    (fig,) = figures("Seventeen civilians were killed in Lirpa.", "en")
    assert fig.value.reporter is None and fig.value.reporter_evidence is None


def test_relayed_quote_gives_via() -> None:
    text = ("Radio Lirpa noted as the events unfolded that: “The count released by the "
            "Health Network now gives 6 dead and 21 injured.”")
    dead, hurt = figures(text, "en")
    for fig in (dead, hurt):
        assert (fig.value.reporter, fig.value.via) == ("Health Network", "Radio Lirpa")
        assert fig.value.reporter_evidence is not None
        assert fig.value.reporter_evidence.quote == "Health Network"


def test_co_reporters_give_one_claim_each() -> None:
    found = figures("Seis estudiantes resultaron heridos, según vecinos y una oenegé.", "es")
    assert [(m.value.value, m.value.reporter) for m in found] == \
        [(6, "vecinos"), (6, "oenegé")]
    assert [m.attrs["shared_evidence"] for m in found] == [False, True]


def test_language_without_data_is_a_warning() -> None:
    doc = FigureFinder()(make_doc("12 Tote in Lirpa.", "de"))
    assert doc.mentions_of("figure") == []
    assert any("de" in w for w in doc.warnings)
    assert FigureFinder()(make_doc("12 dead.", None)).mentions == []


def test_seed_article(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    doc = Segmenter()(Document(id="seed", text=text, language="en"))
    FigureFinder()(doc)
    found = {(m.value.kind, m.value.value, m.value.reporter, m.value.via, m.value.scope)
             for m in doc.mentions_of("figure")}
    assert ("fatalities", 17, None, None, "event") in found
    assert ("fatalities", 12, "Health Network", "Telesur", "event") in found
    assert ("injured", 38, "Health Network", "Telesur", "event") in found
    assert any(k == "fatalities" and v == 48 and s == "cumulative" for k, v, _, _, s in found)
    for m in doc.mentions_of("figure"):
        m.span.verify(text)


# -- Figures and attribution on new reporting (issue 17) ---------------------------------
# Each failure the issue lists, in four languages, through the segmenter and the figure
# finder: the claims (kind, value, low, high, reporter, via, scope) are asserted.


def claims_of(text: str, lang: str) -> list[tuple[Any, ...]]:
    """``(kind, value, low, high, reporter, via, scope)`` of every figure, in order."""
    doc = FigureFinder()(Segmenter()(Document(id="t", text=text, language=lang)))
    out = []
    for m in doc.mentions_of("figure"):
        c = m.value
        c.evidence.verify(doc.text)
        a, b = m.attrs["number_span"]
        assert c.evidence.start <= a < b <= c.evidence.end  # the quote holds the figure
        out.append((c.kind, c.value, c.low, c.high, c.reporter, c.via, c.scope))
    return out


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Soldiers opened fire on farmers in Kelo on Monday, killing three of them, "
           "according to the Ombudsman. The Interior Ministry put the toll at two."),
    ("es", "Los soldados dispararon contra campesinos en Kelo el lunes y mataron a tres de "
           "ellos, según la Defensoría. El Ministerio del Interior cifró el balance en dos."),
    ("fr", "Des soldats ont tiré sur des paysans à Kelo lundi, tuant trois d'entre eux, selon "
           "le Médiateur. Le ministère de l'Intérieur a fait état d'un bilan de deux."),
    ("pt", "Soldados abriram fogo contra camponeses em Kelo na segunda-feira, matando três "
           "deles, segundo a Defensoria. O Ministério do Interior fixou o saldo em dois."),
])
def test_a_rival_toll_in_its_own_sentence(lang: str, text: str) -> None:
    got = [(k, v, r) for k, v, _lo, _hi, r, _via, _s in claims_of(text, lang)]
    assert [(k, v) for k, v, _ in got] == [("fatalities", 3), ("fatalities", 2)]
    assert got[0][2] in ("Ombudsman", "Defensoría del Pueblo", "Médiateur", "Defensoria")
    assert got[1][2] in ("Interior Ministry", "Ministerio del Interior",
                         "ministère de l'Intérieur", "Ministério do Interior")


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Three protesters died, according to the Ombudsman. On Wednesday the Ombudsman "
           "raised the toll to five.", "fatalities"),
    ("es", "Tres manifestantes resultaron heridos, según la Defensoría. El miércoles la "
           "Defensoría elevó la cifra a cinco.", "injured"),
    ("fr", "Trois manifestants ont été interpellés, selon le Médiateur. Mercredi, le "
           "Médiateur a porté le bilan à cinq.", "arrested"),
    ("pt", "Três manifestantes morreram, segundo a Defensoria. Na quarta-feira, a Defensoria "
           "elevou o balanço para cinco.", "fatalities"),
])
def test_a_revised_figure_is_a_later_claim_of_the_same_reporter(lang: str, text: str,
                                                                  kind: str) -> None:
    got = claims_of(text, lang)
    assert [(k, v) for k, v, *_ in got] == [(kind, 3), (kind, 5)]
    assert got[0][4] == got[1][4] is not None


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fr", "Deux manifestants ont été tués à Kelo, selon l'Association lirpienne des droits "
           "de l'homme.", "Association lirpienne des droits de l'homme"),
    ("es", "Dos manifestantes murieron en Kelo, según la Asociación lirpeña de derechos "
           "humanos.", "Asociación lirpeña de derechos humanos"),
    ("pt", "Dois manifestantes morreram em Kelo, segundo a Associação lirpense de direitos "
           "humanos.", "Associação lirpense de direitos humanos"),
    ("en", "Two protesters were killed in Kelo, according to the Lirpa Association for the "
           "Defence of Human Rights.", "Lirpa Association for the Defence of Human Rights"),
])
def test_an_organisation_keeps_its_complements(lang: str, text: str, name: str) -> None:
    assert [(k, v, r) for k, v, _lo, _hi, r, _via, _s in claims_of(text, lang)] == \
        [("fatalities", 2, name)]


@pytest.mark.parametrize(("lang", "text", "reporter", "via"), [
    ("en", "Four people died when the roof fell in, a rescue worker told Reuters.",
     "rescue worker", "Reuters"),
    ("es", "Cuatro personas murieron al caer el techo, dijo a EFE un socorrista.",
     "socorrista", "EFE"),
    ("fr", "Quatre personnes sont mortes dans l'effondrement, a déclaré à l'AFP un "
           "secouriste.", "secouriste", "AFP"),
    ("pt", "Quatro pessoas morreram no desabamento, disse à Lusa um socorrista.",
     "socorrista", "Lusa"),
    ("en", "Police detained 40 opposition activists in Kelo, the prefect told AFP.",
     "prefect", "AFP"),
    ("es", "La policía detuvo a 40 activistas en Kelo, dijo el prefecto a la AFP.",
     "prefecto", "AFP"),
    ("fr", "La police a interpellé 40 militants à Kelo, a déclaré le préfet à l'AFP.",
     "préfet", "AFP"),
    ("pt", "A polícia deteve 40 ativistas em Kelo, disse o prefeito à AFP.", "prefeito", "AFP"),
    ("en", "A Kelo police officer, in statements to Radio Tambo, said 12 people were detained.",
     "Kelo police officer", "Radio Tambo"),
    ("es", "Un vocero, citado por Radio Tambo, dijo que 12 personas fueron detenidas.",
     "vocero", "Radio Tambo"),
])
def test_a_source_relayed_through_an_outlet(lang: str, text: str, reporter: str,
                                            via: str) -> None:
    got = claims_of(text, lang)
    assert len(got) == 1
    assert (got[0][4], got[0][5]) == (reporter, via)


@pytest.mark.parametrize(("lang", "text", "low", "high"), [
    ("en", "Dozens were hurt in the clashes in Kelo.", 24, 99),
    ("es", "Decenas resultaron heridas en los enfrentamientos en Kelo.", 20, 99),
    ("fr", "Des dizaines de personnes ont été blessées à Kelo.", 20, 99),
    ("pt", "Dezenas ficaram feridas nos confrontos em Kelo.", 20, 99),
])
def test_a_vague_figure_keeps_its_range(lang: str, text: str, low: int, high: int) -> None:
    assert [c[:4] for c in claims_of(text, lang)] == [("injured", None, low, high)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "At least 30 people have died since the protests began in March, the health "
           "ministry said."),
    ("es", "En total, 30 personas han muerto desde que empezaron las protestas, informó el "
           "Ministerio de Salud."),
    ("fr", "À ce jour, 30 personnes sont mortes depuis le début des manifestations, selon le "
           "ministère de la Santé."),
    ("pt", "Até agora, 30 pessoas morreram desde o início dos protestos, segundo o Ministério "
           "da Saúde."),
    ("en", "Six people were killed in Kelo, Tambo and Lirpa on Tuesday."),
    ("es", "Seis personas murieron el martes en Kelo, Tambo y Lirpa."),
    ("fr", "Six personnes ont été tuées mardi à Kelo, Tambo et Lirpa."),
    ("pt", "Seis pessoas morreram na terça-feira em Kelo, Tambo e Lirpa."),
])
def test_a_toll_of_the_whole_crisis_or_of_several_places_is_cumulative(lang: str,
                                                                        text: str) -> None:
    got = claims_of(text, lang)
    assert [(c[0], c[6]) for c in got] == [("fatalities", "cumulative")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Police arrested 12 students in Kelo on Friday. So far 300 people have been "
           "detained across the country."),
    ("es", "La policía detuvo a 12 estudiantes en Kelo el viernes. Hasta ahora 300 personas "
           "han sido detenidas en todo el país."),
    ("fr", "La police a interpellé 12 étudiants à Kelo vendredi. À ce jour, 300 personnes "
           "ont été interpellées dans tout le pays."),
    ("pt", "A polícia prendeu 12 estudantes em Kelo na sexta-feira. Até agora, 300 pessoas "
           "foram detidas em todo o país."),
])
def test_the_event_figure_beside_the_national_tally(lang: str, text: str) -> None:
    got = claims_of(text, lang)
    assert [(c[0], c[1], c[6]) for c in got] == [("arrested", 12, "event"),
                                                 ("arrested", 300, "cumulative")]


@pytest.mark.parametrize(("lang", "text", "reporter"), [
    ("en", "Human Rights Watch (HRW) documented the crackdown in Kelo. HRW said 14 people "
           "were killed.", "Human Rights Watch (HRW)"),
    ("es", "Human Rights Watch (HRW) documentó la represión en Kelo. HRW dijo que 14 "
           "personas murieron.", "Human Rights Watch (HRW)"),
    ("fr", "L'Observatoire lirpien des droits humains (OLDH) suit la crise. Selon l'OLDH, 14 "
           "personnes ont été tuées.", "Observatoire lirpien des droits humains (OLDH)"),
    ("pt", "A Frente Ampla de Kelo (FAK) convocou a marcha. A FAK disse que 14 pessoas foram "
           "presas.", "Frente Ampla de Kelo (FAK)"),
    ("en", "Interior Minister Pérez declared that nine soldiers were killed in Kelo.", "Pérez"),
    ("es", "El ministro del Interior, Luis Pérez, declaró que nueve soldados murieron en "
           "Kelo.", "Luis Pérez"),
    ("fr", "Le ministre de l'Intérieur Luc Pérez a déclaré que neuf soldats ont été tués à "
           "Kelo.", "Luc Pérez"),
    ("pt", "O ministro do Interior Luís Pérez declarou que nove soldados foram mortos em "
           "Kelo.", "Luís Pérez"),
])
def test_acronyms_and_titles_as_reporters(lang: str, text: str, reporter: str) -> None:
    got = claims_of(text, lang)
    assert len(got) == 1
    assert got[0][4] == reporter


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Rebels attacked the base, killing nine soldiers.", ("fatalities", 9)),
    ("en", "Police detained 40 opposition activists in Kelo.", ("arrested", 40)),
    ("en", "Gunmen killed at least 18 people and injured more than 100 in Kelo.",
     ("fatalities", 18)),
    ("es", "La policía detuvo a 40 activistas en Kelo.", ("arrested", 40)),
    ("es", "En Kelo hay 37 manifestantes presos.", ("arrested", 37)),
    ("fr", "La police a interpellé 12 militants à Kelo.", ("arrested", 12)),
    ("fr", "Les rebelles ont abattu cinq soldats près de Kelo.", ("fatalities", 5)),
    ("pt", "A polícia deteve 40 ativistas em Kelo.", ("arrested", 40)),
    ("pt", "Os soldados mataram sete rebeldes em Kelo.", ("fatalities", 7)),
])
def test_the_number_and_the_verb_or_noun_it_counts(lang: str, text: str,
                                                   expected: tuple[str, int]) -> None:
    assert next(c[:2] for c in claims_of(text, lang)) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The second victim died in hospital on Tuesday."),
    ("es", "El segundo herido murió en el hospital."),
    ("fr", "La deuxième victime est morte à l'hôpital."),
    ("pt", "A segunda vítima morreu no hospital."),
])
def test_a_second_victim_is_no_claim_of_one(lang: str, text: str) -> None:
    assert claims_of(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Since March, more than 100 people have been killed, according to the doctors' "
           "union. The government puts the toll at 46."),
    ("es", "Desde marzo, más de 100 personas han muerto, según el sindicato médico. El "
           "gobierno cifra el balance en 46."),
    ("fr", "Depuis mars, plus de 100 personnes ont été tuées, selon le syndicat des médecins. "
           "Faux, assure le gouvernement, avançant un bilan de 46 morts."),
    ("pt", "Desde março, mais de 100 pessoas morreram, segundo o sindicato médico. O governo "
           "fixa o balanço em 46."),
])
def test_a_rival_toll_of_a_cumulative_figure_is_cumulative(lang: str, text: str) -> None:
    got = claims_of(text, lang)
    assert [(c[0], c[1], c[6]) for c in got] == [("fatalities", 100, "cumulative"),
                                                 ("fatalities", 46, "cumulative")]
    assert got[1][4] is not None


# Issue 17, second pass: the shapes of the failures met on new reporting, each in four
# languages, in sentences written for these tests (fictional places).


def mentions_of(text: str, lang: str) -> list[Mention]:
    return FigureFinder()(Segmenter()(Document(id="t", text=text, language=lang))) \
        .mentions_of("figure")


@pytest.mark.parametrize(("lang", "text", "rival"), [
    ("en", "Gunmen shot dead four farmers in Kelo, villagers said. The district police put "
           "the number of dead at one.", 1),
    ("en", "Two marchers died in Kelo, the union said. Police gave a figure of one, while "
           "nurses at the clinic counted five.", 5),
    ("es", "Cuatro comuneros murieron en Kelo, según sus dirigentes. La Prefectura de Tambo "
           "cifró el balance en uno.", 1),
    ("pt", "Cinco camponeses foram mortos em Kelo, segundo a Pastoral da Terra. A polícia, "
           "por sua vez, contabilizou dois.", 2),
    ("pt", "Dois grevistas morreram em Kelo, segundo o sindicato. Fontes médicas apontaram "
           "um número mais alto: seis.", 6),
    ("fr", "Trois paysans ont été tués à Kelo, selon le collectif. La préfecture a avancé "
           "un bilan d'une victime.", 1),
    ("fr", "Deux manifestants sont morts à Kelo, selon le collectif. L'hôpital de Tambo "
           "avance le chiffre de quatre.", 4),
])
def test_a_rival_figure_with_no_verb_of_dying(lang: str, text: str, rival: int) -> None:
    got = claims_of(text, lang)
    assert [c[0] for c in got] == ["fatalities"] * len(got)
    assert rival in [c[1] for c in got[1:]]
    assert all(c[4] is not None for c in got), got  # every figure has its reporter


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("en", "Police fired rubber bullets in Kelo. No injuries were reported.", "injured"),
    ("en", "No one was hurt when the crowd scattered in Kelo.", "injured"),
    ("es", "La policía desalojó la plaza de Kelo. No hubo detenidos.", "arrested"),
    ("pt", "A polícia dispersou o protesto em Kelo. Não houve feridos.", "injured"),
    ("fr", "Une grenade a explosé à Kelo. Aucun décès n'a été signalé.", "fatalities"),
])
def test_a_stated_zero(lang: str, text: str, kind: str) -> None:
    assert [(c[0], c[1]) for c in claims_of(text, lang)] == [(kind, 0)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters set the town hall of Kelo ablaze, but no casualties were reported."),
    ("es", "Los manifestantes incendiaron la alcaldía de Kelo, pero no hubo víctimas."),
    ("fr", "Les manifestants ont incendié la mairie de Kelo, mais aucune victime n'est à "
     "déplorer."),
    ("pt", "Os manifestantes incendiaram a prefeitura de Kelo, mas não houve vítimas."),
])
def test_no_victims_is_no_one_killed_and_no_one_hurt(lang: str, text: str) -> None:
    # a word for victims of either kind after a negative: zero dead and zero hurt
    assert sorted((c[0], c[1]) for c in claims_of(text, lang)) == [("fatalities", 0),
                                                                   ("injured", 0)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gangs and police exchanged fire in Kelo, but there was no word on casualties."),
    ("en", "No serious injuries were reported in Kelo."),
    ("es", "No se reportaron heridos de gravedad en Kelo."),
    ("pt", "Não houve feridos graves em Kelo."),
    ("fr", "Aucun blessé grave n'est à déplorer à Kelo."),
])
def test_no_zero_where_nothing_is_known_or_only_the_serious_are_denied(lang: str,
                                                                       text: str) -> None:
    assert claims_of(text, lang) == []


@pytest.mark.parametrize(("lang", "text", "total", "part"), [
    ("fr", "Trois personnes, dont un gendarme, ont été tuées à Kelo.", 3, 1),
    ("en", "More than 40 people were injured in Kelo, including 12 hospitalisations.", 40, 12),
    ("es", "Unos 30 manifestantes resultaron heridos en Kelo, uno de ellos con una herida "
           "de bala.", 30, 1),
    ("pt", "Cinco pessoas, incluindo um polícia, morreram em Kelo.", 5, 1),
])
def test_a_part_named_inside_or_after_its_total(lang: str, text: str, total: int,
                                               part: int) -> None:
    found = mentions_of(text, lang)
    wholes = [m.value.value for m in found if m.attrs["component_of"] is None]
    parts = [m.value.value for m in found if m.attrs["component_of"] is not None]
    assert (wholes, parts) == ([total], [part])


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Police had arrested 64 looters in Kelo.", ("arrested", 64)),
    ("en", "Police held 63 farmers overnight in Kelo.", ("arrested", 63)),
    ("es", "Los guardias arrestaron en sus casas a 17 sindicalistas de Kelo.", ("arrested", 17)),
    ("es", "Los pobladores lincharon a un hombre en Kelo.", ("fatalities", 1)),
    ("pt", "A polícia prendeu 9 grevistas em Kelo.", ("arrested", 9)),
    ("fr", "Les gendarmes détiennent depuis dimanche trois responsables syndicaux à Kelo.",
     ("arrested", 3)),
    ("fr", "Au moins vingt villageois ont péri dans l'attaque de Kelo.", ("fatalities", 20)),
])
def test_the_count_next_to_its_noun(lang: str, text: str, expected: tuple[str, int]) -> None:
    got = claims_of(text, lang)
    assert [c[:2] for c in got] == [expected]
    assert got[0][6] == "event"


@pytest.mark.parametrize(("lang", "text", "total"), [
    ("en", "Bombs hit a police post on the road to Kelo, injuring two policemen and 14 "
           "pedestrians.", 16),
    ("es", "Según el parte oficial, los lesionados son 11 guardias y 10 agentes.", 21),
    ("pt", "Os feridos são 4 policiais e 6 manifestantes, segundo a polícia.", 10),
    ("fr", "Les blessés sont 3 gendarmes et 7 manifestants, selon la préfecture.", 10),
])
def test_counts_joined_to_a_counted_figure_are_one_sum(lang: str, text: str,
                                                       total: int) -> None:
    found = mentions_of(text, lang)
    groups = {m.attrs["group"] for m in found}
    assert len(found) == 2 and len(groups) == 1 and None not in groups
    assert sum(m.value.value for m in found) == total


@pytest.mark.parametrize(("lang", "text", "alone"), [
    ("es", "Hubo cuatro agentes retenidos y 13 civiles heridos en Kelo.", 13),
    ("pt", "Houve quatro agentes retidos e 13 civis feridos em Kelo.", 13),
    ("fr", "Il y a eu quatre agents retenus et 13 civils blessés à Kelo.", 13),
    ("en", "Four officers were held hostage and 13 civilians injured in Kelo.", 13),
])
def test_a_count_with_a_predicate_of_its_own_is_not_summed(lang: str, text: str,
                                                           alone: int) -> None:
    assert [(m.value.value, m.attrs["group"]) for m in mentions_of(text, lang)] == \
        [(alone, None)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two rebel assaults killed 40 soldiers near Kelo last month."),
    ("es", "Dos ataques rebeldes mataron a 40 soldados cerca de Kelo el mes pasado."),
    ("pt", "Dois ataques rebeldes mataram 40 soldados perto de Kelo no mês passado."),
    ("fr", "Deux attaques rebelles ont tué 40 soldats près de Kelo le mois dernier."),
])
def test_a_figure_over_several_incidents_is_cumulative(lang: str, text: str) -> None:
    assert [(c[0], c[1], c[6]) for c in claims_of(text, lang)] == \
        [("fatalities", 40, "cumulative")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The clashes in Kelo ended at dawn, bringing the death toll from the clashes "
           "to two."),
    ("es", "Veintiocho manifestantes fueron detenidos durante los disturbios del viernes "
           "en Kelo."),
    ("pt", "A polícia deteve 12 manifestantes que bloqueavam desde a madrugada a estrada de "
           "Kelo."),
    ("fr", "Douze manifestants ont été interpellés au cours des heurts de samedi à Kelo."),
    ("es", "Los maestros bloqueaban desde el lunes la carretera; la policía detuvo a 12 "
           "docentes en Kelo."),
])
def test_a_cue_bound_to_one_day_or_one_incident_keeps_the_event_scope(lang: str,
                                                                       text: str) -> None:
    assert [c[6] for c in claims_of(text, lang)] == ["event"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds marched in Kelo demanding justice for the seven miners killed in the "
           "attack on the pit."),
    ("es", "Cientos de mineros bloquearon la ruta en Kelo. Exigen justicia por los siete "
           "trabajadores asesinados en el ataque."),
    ("pt", "Indígenas bloquearam a estrada em Kelo. Eles protestam contra a morte de dois "
           "jovens baleados numa fazenda."),
    ("fr", "Des centaines de personnes ont manifesté à Kelo pour réclamer justice après le "
           "massacre de Tambo, où 23 personnes avaient été tuées."),
])
def test_the_victims_a_protest_is_about_are_its_reason(lang: str, text: str) -> None:
    deaths = [m for m in mentions_of(text, lang) if m.value.kind == "fatalities"]
    assert len(deaths) == 1 and deaths[0].attrs["cause"]


def test_a_protest_s_own_casualties_have_no_reason_cue() -> None:
    found = mentions_of("Hundreds marched in Kelo; police said two marchers died.", "en")
    assert [(m.value.value, m.attrs["cause"]) for m in found] == [(2, None)]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "Two soldiers were killed and another injured when rebels ambushed a convoy "
           "near Kelo.", 1),
    ("en", "A provisional death toll was not given.", None),
])
def test_another_and_compound_heads(lang: str, text: str, value: int | None) -> None:
    injured = [c[1] for c in claims_of(text, lang) if c[0] == "injured"]
    ones = [c for c in claims_of(text, lang) if c[1] == 1 and c[0] == "fatalities"]
    assert ones == []
    assert injured == ([] if value is None else [value])


def test_the_protests_of_one_locality_are_one_event() -> None:
    from willay.extract.figures import _one_locality
    from willay.model import Place

    town = Place("Kelo", "PE", "populated", admin1="Tambo")
    region = Place("Tambo", "PE", "admin1", admin1="Tambo")
    other = Place("Lirpa", "PE", "populated", admin1="Lirpa")
    assert _one_locality([town, region])
    assert not _one_locality([town, other])
    assert not _one_locality([region])
    assert not _one_locality([])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "This brings the number of protesters killed since the coup in Lirpa to 117."),
        ("es", "Con ello, la cifra de manifestantes fallecidos desde el inicio de las protestas asciende a 117."),
        ("pt", "Com isso, o número de manifestantes mortos desde o início dos protestos chegou a 117."),
        ("fr", "Le bilan des manifestants tués depuis le début du mouvement s'élève désormais à 117."),
    ],
)
def test_a_toll_whose_complement_names_the_dead(lang: str, text: str) -> None:
    found = [m for m in figures(text, lang) if m.value.value == 117]
    assert [(m.value.kind, m.value.scope) for m in found] == [("fatalities", "cumulative")], \
        simple(figures(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The number of protesters who gathered in the square since the morning rose to 5000."),
        ("es", "La cifra de manifestantes reunidos en la plaza desde la mañana llegó a 5000."),
    ],
)
def test_a_crowd_count_is_no_toll(lang: str, text: str) -> None:
    assert figures(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Another 11 activists were arrested in other towns."),
        ("es", "Otros 11 activistas fueron detenidos en otras ciudades."),
        ("fr", "Onze autres militants ont été arrêtés dans d'autres villes."),
        ("pt", "Outros 11 ativistas foram presos em outras cidades."),
    ],
)
def test_a_count_over_other_towns_covers_several_places(lang: str, text: str) -> None:
    found = figures(text, lang)
    assert [(m.value.kind, m.value.value, m.value.scope) for m in found] == [
        ("arrested", 11, "cumulative")], simple(found)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Police arrested 40 activists at their homes.", "arrested"),
        ("es", "La policía detuvo a 40 activistas en sus casas.", "arrested"),
        ("fr", "La police a arrêté 40 militants à leurs domiciles.", "arrested"),
        ("pt", "A polícia prendeu 40 ativistas em suas casas.", "arrested"),
    ],
)
def test_people_counted_before_a_word_of_things_are_counted(lang: str, text: str,
                                                            kind: str) -> None:
    # "homes" after the people counted is where they were, not what the number counts
    found = figures(text, lang)
    assert [(m.value.kind, m.value.value) for m in found] == [(kind, 40)], simple(found)


def test_things_counted_are_no_casualties() -> None:
    assert figures("Rebels burned 40 homes and killed nobody.", "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        ("en", "A 19-year-old man died after being shot.", "A 19-year-old man died"),
        ("en", "The 19-year-old student died on Monday.", "The 19-year-old student died"),
        ("fr", "Un étudiant aurait perdu la vie en marge des manifestations.",
         "Un étudiant aurait perdu la vie"),
    ],
)
def test_one_person_with_an_age_or_a_conditional(lang: str, text: str, quote: str) -> None:
    found = figures(text, lang)
    assert [(m.value.kind, m.value.value, m.span.quote) for m in found] == [
        ("fatalities", 1, quote)], simple(found)


@pytest.mark.parametrize(
    ("lang", "text", "quote"),
    [
        ("en", "A soldier was also killed near Kelo.", "A soldier was also killed"),
        ("en", "A policeman was fatally shot in Kelo.", "A policeman was fatally shot"),
        ("es", "Un policía fue asesinado en Kelo.", "Un policía fue asesinado"),
        ("es", "Un soldado fue herido de muerte en Kelo.", "Un soldado fue herido de muerte"),
        ("pt", "Um policial foi assassinado em Kelo.", "Um policial foi assassinado"),
        ("pt", "Um soldado foi baleado mortalmente em Kelo.",
         "Um soldado foi baleado mortalmente"),
        ("fr", "Un soldat a également été tué à Kelo.", "Un soldat a également été tué"),
        ("fr", "Un gendarme a été mortellement blessé à Kelo.",
         "Un gendarme a été mortellement blessé"),
    ],
)
def test_one_person_in_a_passive_of_a_verb_of_killing(lang: str, text: str,
                                                      quote: str) -> None:
    # the auxiliary, an adverb or none, and any form of a casualty verb's lemma; a
    # wound called mortal is a death, not an injury
    found = figures(text, lang)
    assert [(m.value.kind, m.value.value, m.span.quote) for m in found] == [
        ("fatalities", 1, quote)], simple(found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A soldier was also killed near Kelo."),
        ("es", "Otros dos policías también resultaron heridos en Kelo."),
        ("pt", "Dois policiais também ficaram feridos em Kelo."),
        ("fr", "Deux gendarmes ont également été blessés à Kelo."),
    ],
)
def test_an_additive_adverb_marks_more_victims(lang: str, text: str) -> None:
    (found,) = figures(text, lang)
    assert found.attrs["additive"] is True


def test_no_additive_adverb_no_addition() -> None:
    (found,) = figures("Two soldiers were killed near Kelo.", "en")
    assert found.attrs["additive"] is False


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Two suspected members of the Lirpa Valley People's Liberation Front of Tambo died "
     "on Sunday.", ("fatalities", 2)),
    ("es", "Dos presuntos disidentes de las antiguas Fuerzas Armadas Revolucionarias de Lirpa "
     "murieron el domingo.", ("fatalities", 2)),
    ("fr", "Deux membres présumés des anciennes Forces Armées Révolutionnaires du Lirpa ont "
     "été tués dimanche.", ("fatalities", 2)),
    ("pt", "Dois supostos integrantes das antigas Forças Armadas Revolucionárias do Lirpa "
     "morreram no domingo.", ("fatalities", 2)),
])
def test_a_long_proper_name_in_the_count_s_phrase_is_one_word(
        lang: str, text: str, expected: tuple[str, int]) -> None:
    # the name of a group after the counted noun is one constituent: its words do not push
    # the verb out of the count's reach
    assert [(k, v) for k, v, _q in simple(figures(text, lang))] == [expected]


def test_a_title_in_capitals_is_no_proper_name() -> None:
    found = simple(figures("Three Protesters Shot Dead In Lirpa", "en"))
    assert [(k, v) for k, v, _q in found] == [("fatalities", 3)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Seven young men aged between 17 and 27 died in Lirpa."),
    ("es", "Siete jóvenes de entre 17 y 27 años murieron en Lirpa."),
    ("fr", "Sept jeunes âgés de 17 à 27 ans sont morts à Lirpa."),
    ("pt", "Sete jovens de 17 a 27 anos morreram em Lirpa."),
])
def test_an_age_range_in_the_count_s_phrase_is_no_count_and_no_stop(lang: str,
                                                                     text: str) -> None:
    # the ages describe the counted noun: no count of their own, and the verb after
    # them still says what the count counts
    assert [(k, v) for k, v, _q in simple(figures(text, lang))] == [("fatalities", 7)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Four people died in Lirpa and two more in Tambo.",
     [("fatalities", 4), ("fatalities", 2)]),
    ("es", "Detuvieron a 20 personas en Lirpa y a otras cinco en Tambo.",
     [("arrested", 20), ("arrested", 5)]),
    ("fr", "Quatre manifestants ont été blessés à Lirpa et deux autres à Tambo.",
     [("injured", 4), ("injured", 2)]),
    ("pt", "Quatro pessoas morreram em Lirpa e mais duas em Tambo.",
     [("fatalities", 4), ("fatalities", 2)]),
])
def test_a_count_for_another_place_with_its_verb_left_out(
        lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    found = figures(text, lang)
    assert [(k, v) for k, v, _q in simple(found)] == expected
    assert [m.attrs["gapped"] for m in found] == [False, True]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Tension rose with the arrival of two officers, who were also injured."),
    ("es", "La tensión escaló con la llegada de otros dos policías, que también resultaron "
     "heridos."),
    ("fr", "La tension est montée avec l'arrivée de deux policiers, qui ont aussi été blessés."),
    ("pt", "A tensão aumentou com a chegada de dois policiais, que também ficaram feridos."),
])
def test_a_relative_clause_says_what_befell_the_people_counted(lang: str, text: str) -> None:
    found = figures(text, lang)
    assert [(k, v) for k, v, _q in simple(found)] == [("injured", 2)]
    assert found[0].attrs["additive"]  # "also": more victims than a figure told before


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The clashes had thus far left at least seven dead in Kelo."),
    ("es", "Los enfrentamientos habían dejado hasta entonces al menos siete muertos en Kelo."),
    ("fr", "Les affrontements ont jusque-là fait au moins sept morts à Kelo."),
    ("pt", "Os confrontos deixaram até então pelo menos sete mortos em Kelo."),
])
def test_a_toll_up_to_then_is_cumulative(lang: str, text: str) -> None:
    found = figures(text, lang)
    assert [(m.value.kind, m.value.value, m.value.scope) for m in found] == [
        ("fatalities", 7, "cumulative")]


@pytest.mark.parametrize(("lang", "text", "places"), [
    ("en", "At least four workers were killed. One each has been killed in Lirpa, Tambo, Kelo "
     "and Sala, the union said.", ["Lirpa", "Tambo", "Kelo", "Sala"]),
    ("es", "Hubo tres detenidos. Uno en Lirpa, otro en Tambo y otro en Kelo.",
     ["Lirpa", "Tambo", "Kelo"]),
    ("fr", "Trois personnes ont été interpellées. Une à Lirpa, une autre à Tambo et une autre "
     "à Kelo.", ["Lirpa", "Tambo", "Kelo"]),
    ("pt", "Três pessoas foram detidas. Uma em Lirpa, outra em Tambo e outra em Kelo.",
     ["Lirpa", "Tambo", "Kelo"]),
])
def test_the_parts_of_a_total_told_place_by_place(lang: str, text: str,
                                                  places: list[str]) -> None:
    found = figures(text, lang)
    parts = [m for m in found if m.attrs["part_place"] is not None]
    assert [text[m.attrs["part_place"]:].split()[0].strip(",.") for m in parts] == places
    assert all(m.value.value == 1 and m.attrs["component_of"] is not None for m in parts)


def test_parts_that_do_not_add_up_to_the_total_are_not_its_parts() -> None:
    found = figures("Hubo cinco detenidos. Uno en Lirpa, otro en Tambo y otro en Kelo.", "es")
    assert all(m.attrs["part_place"] is None for m in found)


@pytest.mark.parametrize(("lang", "text", "reporter"), [
    ("en", "Four policemen were killed in a roadside bombing in Kelo on Monday, an official "
     "said. The officers were killed at dawn when their vehicle struck the bomb, police "
     "spokesman Ana Lirpa told Radio Kelo.", "Ana Lirpa"),
    ("es", "Cuatro policías murieron en Kelo el lunes. Los agentes fueron asesinados al "
     "amanecer, dijo el portavoz Luis Tambo.", "Luis Tambo"),
    ("fr", "Quatre policiers ont été tués à Kelo lundi. Les agents ont été tués à l'aube, a "
     "précisé le porte-parole Luc Tambo.", "Luc Tambo"),
    ("pt", "Quatro policiais foram mortos em Kelo na segunda-feira. Os agentes foram mortos "
     "de madrugada, disse o porta-voz Luís Tambo.", "Luís Tambo"),
])
def test_a_figure_told_again_with_a_definite_noun_has_that_sentence_s_reporter(
        lang: str, text: str, reporter: str) -> None:
    found = figures(text, lang)
    again = [m for m in found if m.attrs["restates"]]
    assert [(m.value.kind, m.value.value, m.value.reporter) for m in again] == [
        ("fatalities", 4, reporter)]


def test_no_figure_told_again_without_one_told_before() -> None:
    found = figures("The officers were killed at dawn, a spokesman said.", "en")
    assert found == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A video showing his death during a rally in Kelo on Thursday shocked the nation."),
    ("es", "Un video que muestra su muerte durante una marcha en Kelo el jueves conmocionó al "
     "país."),
    ("fr", "Une vidéo montrant sa mort lors d'un rassemblement à Kelo jeudi a choqué le pays."),
    ("pt", "Um vídeo que mostra sua morte durante um protesto em Kelo na quinta-feira chocou o "
     "país."),
])
def test_the_death_of_one_person_told_with_a_possessive(lang: str, text: str) -> None:
    assert [(k, v) for k, v, _q in simple(figures(text, lang))] == [("fatalities", 1)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Students marched in Kelo on Friday against his death."),
    ("es", "Los estudiantes marcharon en Kelo el viernes por su muerte."),
    ("fr", "Les étudiants ont défilé à Kelo vendredi après sa mort."),
    ("pt", "Os estudantes marcharam em Kelo na sexta-feira contra sua morte."),
])
def test_a_death_with_a_possessive_that_a_protest_is_about_is_no_count(lang: str,
                                                                      text: str) -> None:
    assert [m for m in figures(text, lang) if m.value.kind == "fatalities"] == []


@pytest.mark.parametrize(("lang", "text", "quote"), [
    ("en", "Maria Lirpa, 33, a farmer from Tambo, a mother of two, died on Monday.",
     "Maria Lirpa, 33, a farmer from Tambo, a mother of two, died"),
    ("es", "José de la Tambo, de 40 años, vecino de Lirpa, fue asesinado el lunes.",
     "José de la Tambo, de 40 años, vecino de Lirpa, fue asesinado"),
    ("pt", "Fabiana Maria de Lirpa, 33 anos, moradora de Tambo, morreu na segunda-feira.",
     "Fabiana Maria de Lirpa, 33 anos, moradora de Tambo, morreu"),
    ("fr", "Jean de La Lirpa, 40 ans, agriculteur, a été tué lundi.",
     "Jean de La Lirpa, 40 ans, agriculteur, a été tué"),
])
def test_a_named_person_with_particles_and_stacked_appositions_is_one(
        lang: str, text: str, quote: str) -> None:
    found = figures(text, lang)
    assert simple(found) == [("fatalities", 1, quote)]
    assert found[0].attrs["named"] == quote.split(",")[0]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "More than 400 people were arrested in Lirpa and in the provinces on Saturday."),
    ("es", "Más de 400 personas fueron detenidas en Lirpa y en provincias el sábado."),
    ("pt", "Mais de 400 pessoas foram presas em Lirpa e nas províncias no sábado."),
    ("fr", "Plus de 400 personnes ont été arrêtées à Lirpa et en province samedi."),
])
def test_a_count_over_the_capital_and_the_provinces_is_an_aggregate(lang: str,
                                                                    text: str) -> None:
    (found,) = figures(text, lang)
    assert (found.value.kind, found.value.value, found.value.scope) == \
        ("arrested", 400, "cumulative")
