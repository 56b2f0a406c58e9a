"""Claims of an event: more victims told as an addition, and breakdowns of a total."""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract.claims import _add_more, _sum_breakdown
from willay.extract.pipeline import extract
from willay.model.claim import Claim
from willay.model.document import Document

TEXT = ("Six people died in Kelo. Five rebels were killed, the army said, "
        "and one soldier died. A driver was also killed.")


def claim(doc: Document, quote: str, value: int, reporter: str | None = None) -> Claim:
    start = doc.text.index(quote)
    return Claim(kind="fatalities", value=value, evidence=doc.span(start, start + len(quote)),
                 reporter=reporter)


@pytest.fixture
def doc() -> Document:
    return Document(id="t", text=TEXT, language="en")


def test_an_added_victim_is_summed_with_the_figure_before_it(doc: Document) -> None:
    five = claim(doc, "Five rebels were killed", 5, "army")
    driver = claim(doc, "A driver was also killed", 1)
    (summed,) = _add_more(doc, [five, driver], {id(driver)})
    assert (summed.value, summed.reporter) == (6, "army")
    assert summed.evidence.quote.startswith("Five rebels") and \
        summed.evidence.quote.endswith("also killed")


def test_an_added_victim_with_nothing_before_it_stands_alone(doc: Document) -> None:
    driver = claim(doc, "A driver was also killed", 1)
    assert _add_more(doc, [driver], {id(driver)}) == [driver]


def test_a_figure_without_an_additive_word_stays_a_rival(doc: Document) -> None:
    six = claim(doc, "Six people died", 6)
    five = claim(doc, "Five rebels were killed", 5, "army")
    assert _add_more(doc, [six, five], set()) == [six, five]


def test_parts_of_distinct_groups_summing_to_the_total_become_one_claim(
        doc: Document) -> None:
    six = claim(doc, "Six people died", 6)
    five = claim(doc, "Five rebels were killed", 5, "army")
    one = claim(doc, "one soldier died", 1, "army")
    victims = {id(six): "people", id(five): "combatants", id(one): "military"}
    got = _sum_breakdown(doc, [six, five, one], victims)
    assert [(c.value, c.reporter) for c in got] == [(6, None), (6, "army")]


@pytest.mark.parametrize(("groups", "values"), [
    (("combatants", "combatants"), (5, 1)),  # one group counted twice: rival figures
    (("combatants", "military"), (4, 1)),    # parts that do not add up to the total
])
def test_no_breakdown_when_groups_repeat_or_sums_differ(
        doc: Document, groups: tuple[str, str], values: tuple[int, int]) -> None:
    six = claim(doc, "Six people died", 6)
    a = claim(doc, "Five rebels were killed", values[0], "army")
    b = claim(doc, "one soldier died", values[1], "army")
    victims = {id(six): "people", id(a): groups[0], id(b): groups[1]}
    assert _sum_breakdown(doc, [six, a, b], victims) == [six, a, b]


def run(lang: str, text: str) -> Document:
    return extract(Document(id="t", text=text, language=lang, published=dt.date(2025, 3, 12)))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed a police officer in Kandahar on Monday, the governor said. "
           "A soldier was also killed."),
    ("es", "Hombres armados mataron a un policía en Tumaco el lunes, informó la Alcaldía. "
           "Un soldado también murió."),
    ("pt", "Homens armados mataram um policial em Altamira na segunda-feira, informou a "
           "Secretaria de Segurança. Um soldado também morreu."),
    ("fr", "Des hommes armés ont tué un gendarme à Kaya lundi, a indiqué le gouverneur. "
           "Un soldat a également été tué."),
])
def test_an_added_victim_raises_the_event_s_toll(lang: str, text: str) -> None:
    (event,) = run(lang, text).reports
    assert event.fatalities is not None and event.fatalities.best == 2
    assert [c.value for c in event.claims if c.kind == "fatalities"] == [2]
    assert all(c.reporter for c in event.claims)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen abducted 12 students in Kaduna on Monday."),
    ("es", "Hombres armados secuestraron a 12 estudiantes en Tumaco el lunes."),
    ("pt", "Homens armados sequestraram 12 estudantes em Altamira na segunda-feira."),
    ("fr", "Des hommes armés ont enlevé 12 élèves à Kaya lundi."),
])
def test_people_abducted_are_no_arrests(lang: str, text: str) -> None:
    (event,) = run(lang, text).reports
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.arrested is None and not [c for c in event.claims if c.kind == "arrested"]


@pytest.mark.parametrize(("lang", "text", "second"), [
    ("en", "Gunmen killed a police officer in Kandahar on Monday, the governor said. "
           "His driver was also killed, a police spokesman said.", "spokesman"),
    ("es", "Hombres armados mataron a un policía en Tumaco el lunes, informó la Alcaldía. "
           "Un soldado también murió, según un vocero de la Policía.", "vocero"),
    ("pt", "Homens armados mataram um policial em Altamira na segunda-feira, informou a "
           "Secretaria de Segurança. O motorista dele também morreu, disse um porta-voz "
           "da polícia.", "porta-voz"),
    ("fr", "Des hommes armés ont tué un gendarme à Kaya lundi, a indiqué le gouverneur. "
           "Un soldat a également été tué, a déclaré un porte-parole de la police.",
     "porte-parole"),
])
def test_an_added_victim_s_own_reporter_vouches_for_the_sum(lang: str, text: str,
                                                            second: str) -> None:
    (event,) = run(lang, text).reports
    assert event.fatalities is not None and event.fatalities.best == 2
    fatal = [c for c in event.claims if c.kind == "fatalities"]
    assert {c.value for c in fatal} == {2}
    assert len(fatal) == 2 and any(second in (c.reporter or "") for c in fatal)


def test_an_added_victim_with_its_own_reporter_states_the_sum_twice(doc: Document) -> None:
    five = claim(doc, "Five rebels were killed", 5, "army")
    driver = claim(doc, "A driver was also killed", 1, "police")
    got = _add_more(doc, [five, driver], {id(driver)})
    assert [(c.value, c.reporter) for c in got] == [(6, "army"), (6, "police")]
