"""PlaceEchoes: an introduced unlisted place recurs; a capitalised common word is no place."""

from __future__ import annotations

from willay.extract.echoes import PlaceEchoes
from willay.model import Mention, Place, Span
from willay.model.document import Document


def _unlisted(text: str, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    place = Place(name=name, country="XA", feature="populated", admin1="Norvale")
    return Mention("place", Span(start, start + len(name), name), place,
                   {"unlisted": True, "designator": "village"})


def _places(doc: Document) -> list[tuple[int, str]]:
    return [(m.start, m.span.quote) for m in doc.mentions if m.kind == "place"]


def test_an_introduced_name_is_a_place_where_it_recurs_before_and_after() -> None:
    text = ("Gunmen killed nine in Tarvo on Friday. They raided the village of Tarvo at dawn. "
            "Tarvo had been calm.")
    doc = Document(id="t", text=text, mentions=[_unlisted(text, "Tarvo", 1)])
    doc = PlaceEchoes()(doc)
    assert [q for _, q in _places(doc)] == ["Tarvo", "Tarvo", "Tarvo"]
    echoes = [m for m in doc.mentions if m.attrs.get("echo")]
    assert len(echoes) == 2
    assert all(m.value.admin1 == "Norvale" for m in echoes)
    assert all(text[m.start:m.end] == "Tarvo" for m in echoes)


def test_a_longer_name_holding_it_is_not_an_echo() -> None:
    text = "Troops left the village of Tarvo. The Tarvo Dam was closed; Tarvo Road too."
    doc = PlaceEchoes()(Document(id="t", text=text, mentions=[_unlisted(text, "Tarvo")]))
    assert len(_places(doc)) == 1


def test_a_word_the_text_writes_in_lower_case_is_no_place() -> None:
    text = "Rebels hold the south. This region is poor, and this matters."
    doc = PlaceEchoes()(Document(id="t", text=text, mentions=[_unlisted(text, "This")]))
    assert _places(doc) == []
