"""Number expressions: counts, qualifiers, ranges, vague words and what is not a count."""

from __future__ import annotations

import pytest

from willay.errors import ConfigError
from willay.extract.numbers import (
    NumberGrammar,
    NumberMatch,
    digits_value,
    load_grammar,
    parse_numbers,
    tokenize,
)


def numbers(text: str, lang: str) -> list[tuple[str, int | None, int | None, int | None, str]]:
    """(quote, value, low, high, qualifier) of every count in ``text``."""
    out = []
    for m in parse_numbers(text, 0, len(text), lang):
        assert isinstance(m, NumberMatch)
        out.append((text[m.span_start : m.span_end], m.value, m.low, m.high, m.qualifier))
    return out


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # digits and thousands separators of each language
    ("en", "police counted 1,340 marchers", ("1,340", 1340, None, None, "exact")),
    ("en", "some 10,000 farmers", ("some 10,000", 10000, None, None, "about")),
    ("es", "atendió a 1.340 personas", ("1.340", 1340, None, None, "exact")),
    ("es", "marcharon 10.000 personas", ("10.000", 10000, None, None, "exact")),
    ("pt", "foram 2.500 manifestantes", ("2.500", 2500, None, None, "exact")),
    ("fr", "près de 1 340 manifestants", ("près de 1 340", 1340, None, None, "about")),
    ("fr", "10\u00a0000 personnes", ("10\u00a0000", 10000, None, None, "exact")),
    # number words through text2num and our own grammar
    ("en", "three thousand people marched", ("three thousand", 3000, None, None, "exact")),
    ("en", "twenty-one people died", ("twenty-one", 21, None, None, "exact")),
    ("es", "cien personas", ("cien", 100, None, None, "exact")),
    ("es", "veintitrés heridos", ("veintitrés", 23, None, None, "exact")),
    ("pt", "duas pessoas morreram", ("duas", 2, None, None, "exact")),
    ("fr", "dix détenus", ("dix", 10, None, None, "exact")),
    ("fr", "cent blessés", ("cent", 100, None, None, "exact")),
    ("en", "a dozen arrests", ("a dozen", 12, None, None, "exact")),
    ("es", "una docena de heridos", ("una docena", 12, None, None, "exact")),
    ("fr", "une douzaine de blessés", ("une douzaine", 12, None, None, "exact")),
    ("pt", "uma dúzia de feridos", ("uma dúzia", 12, None, None, "exact")),
    ("es", "una decena de detenidos", ("una decena", 10, None, None, "about")),
    ("fr", "une dizaine de blessés", ("une dizaine", 10, None, None, "about")),
    ("en", "4.2 million people", ("4.2 million", 4200000, None, None, "exact")),
    ("es", "10 mil manifestantes", ("10 mil", 10000, None, None, "exact")),
    # qualifiers
    ("en", "at least 17 died", ("at least 17", 17, 17, None, "at_least")),
    ("en", "more than 200 hurt", ("more than 200", 200, 200, None, "at_least")),
    ("en", "over 40 detained", ("over 40", 40, 40, None, "at_least")),
    ("en", "more than a dozen arrests", ("more than a dozen", 12, 12, None, "at_least")),
    ("en", "up to 30 detained", ("up to 30", 30, None, 30, "at_most")),
    ("en", "nearly 50 hurt", ("nearly 50", 50, None, None, "about")),
    ("es", "al menos 17 muertos", ("al menos 17", 17, 17, None, "at_least")),
    ("es", "más de 200 heridos", ("más de 200", 200, 200, None, "at_least")),
    ("es", "cerca de 40 detenidos", ("cerca de 40", 40, None, None, "about")),
    ("es", "unos 48 muertos", ("unos 48", 48, None, None, "about")),
    ("pt", "pelo menos três mortos", ("pelo menos três", 3, 3, None, "at_least")),
    ("pt", "quase 300 presos", ("quase 300", 300, None, None, "about")),
    ("fr", "au moins 8 morts", ("au moins 8", 8, 8, None, "at_least")),
    ("fr", "plus de 100 blessés", ("plus de 100", 100, 100, None, "at_least")),
    ("fr", "environ 60 interpellés", ("environ 60", 60, None, None, "about")),
    # ranges: value is the low end
    ("en", "between 12 and 17 dead", ("between 12 and 17", 12, 12, 17, "range")),
    ("en", "12 to 17 dead", ("12 to 17", 12, 12, 17, "range")),
    ("en", "two or three people", ("two or three", 2, 2, 3, "range")),
    ("es", "entre 12 y 17 muertos", ("entre 12 y 17", 12, 12, 17, "range")),
    ("pt", "entre 5 e 9 feridos", ("entre 5 e 9", 5, 5, 9, "range")),
    ("fr", "entre 20 et 30 blessés", ("entre 20 et 30", 20, 20, 30, "range")),
    # vague words: no value, bounds only
    ("en", "dozens were hurt", ("dozens", None, 24, 99, "vague")),
    ("en", "hundreds of people", ("hundreds", None, 200, 999, "vague")),
    ("en", "tens of thousands marched", ("tens of thousands", None, 20000, 99999, "vague")),
    ("es", "decenas de heridos", ("decenas", None, 20, 99, "vague")),
    ("es", "varios detenidos", ("varios", None, 3, 9, "vague")),
    ("pt", "dezenas de feridos", ("dezenas", None, 20, 99, "vague")),
    ("pt", "centenas de pessoas", ("centenas", None, 200, 999, "vague")),
    ("fr", "des dizaines de blessés", ("des dizaines", None, 20, 99, "vague")),
    ("fr", "plusieurs blessés", ("plusieurs", None, 3, 9, "vague")),
])
def test_counts(lang: str, text: str, expected: tuple[object, ...]) -> None:
    assert numbers(text, lang) == [expected]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "one protester died", 1),
    ("en", "an indigenous protester died", 1),
    ("es", "un muerto", 1),
    ("es", "un herido en el rostro", 1),
    ("pt", "um polícia linchado", 1),
    ("fr", "une manifestante blessée", 1),
])
def test_one_counts_people(lang: str, text: str, value: int) -> None:
    assert [m[1] for m in numbers(text, lang)] == [value]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "a march in the capital"),
    ("es", "un paro en la región"),
    ("pt", "uma greve geral"),
    ("fr", "une grève générale"),
])
def test_articles_are_not_counts(lang: str, text: str) -> None:
    assert numbers(text, lang) == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "In 2019 the strike began"),  # a year
    ("en", "growth of 3.1% this year"),  # a percentage and a decimal
    ("en", "60 percent of the population"),
    ("en", "a 41-year-old man"),  # an age
    ("en", "the 22nd day of the strike"),  # an ordinal
    ("en", "on January 12 the march"),  # a date
    ("en", "on 9 January the march"),
    ("en", "at 7:30 pm the shooting"),  # a time
    ("en", "fuel rose to $700 per barrel"),  # money
    ("en", "Decree 512 was repealed"),  # an article number
    ("en", "cases of COVID-19 rose"),  # an id
    ("es", "el paro subió 3,12 % en marzo"),
    ("es", "el joven de 27 años"),
    ("es", "el 3 de marzo"),
    ("es", "a las 3 de la tarde"),
    ("es", "el Decreto 512, que fijaba"),
    ("pt", "neste domingo (9) na praça"),
    ("pt", "o jovem de 31 anos"),
    ("fr", "le 5 avril, la police"),
    ("fr", "le 2e décès"),
    ("fr", "2,75 visiteur"),
])
def test_not_counts(lang: str, text: str) -> None:
    assert numbers(text, lang) == []


def test_a_word_repeated_in_digits_is_counted_once() -> None:
    assert numbers("Deux (2) morts", "fr") == [("Deux (2)", 2, None, None, "exact")]


def test_a_number_closing_a_proper_name_is_not_a_count() -> None:
    text = "um polícia no Bairro 5, linchado"
    assert [m[0] for m in numbers(text, "pt")] == ["um"]


def test_several_numbers_and_offsets() -> None:
    text = "Earlier, the report of 6 dead and 21 injured was issued."
    found = parse_numbers(text, 9, len(text), "en")
    assert [(m.span_start, m.span_end, m.value) for m in found] == [(23, 24, 6), (34, 36, 21)]
    assert parse_numbers(text, 0, 20, "en") == []


def test_digits_value() -> None:
    seps = frozenset({",", "."})
    assert digits_value("1.340", seps) == (1340, None)
    assert digits_value("1,340,000", seps) == (1340000, None)
    assert digits_value("2.6", seps) == (None, 2.6)
    assert digits_value("1.340", frozenset({","})) == (None, 1.34)


def test_tokens_keep_offsets() -> None:
    text = "jusqu’à 12"
    toks = tokenize(text)
    assert [t.low for t in toks] == ["jusqu", "'", "à", "12"]
    assert all(text[t.start : t.end] == t.text for t in toks)


def test_unknown_language_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="xx"):
        parse_numbers("12 dead", 0, 7, "xx")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a number word after a weekday is a count; digits after one are a date
    ("fr", "Les gendarmes détiennent depuis dimanche trois responsables.", [3]),
    ("es", "La policía retiene desde el lunes a cuatro dirigentes.", [4]),
    ("pt", "Na segunda-feira (2) quatro jovens foram presos.", [4]),
    ("en", "On Sunday 14 the march went ahead.", []),
    # "a" before a word of a compound noun counts no one
    ("en", "A death toll was not given, and a death threat was reported.", []),
    ("en", "A death was reported.", [1]),
    # distances and clock times
    ("en", "Shopian is 52 kms from the city; the blast came around 1340 IST.", []),
    # a range of ages: the unit or the word before it covers both ends
    ("en", "Three young men aged between 17 and 27 died; two aged 18 to 20 were held.", [3, 2]),
    ("es", "Siete jóvenes de entre 17 y 27 años y dos de 18 a 20 años murieron.", [7, 2]),
    ("fr", "Trois jeunes âgés de 17 à 27 ans sont morts ; de 20 à 30 personnes blessées.",
     [3, 20]),
    ("pt", "Três jovens de 17 a 27 anos morreram; entre 5 e 9 ficaram feridos.", [3, 5]),
])
def test_counts_of_issue_17(lang: str, text: str, expected: list[int]) -> None:
    assert [n[1] for n in numbers(text, lang)] == expected


def _grammar_as(lang: str, data: dict[str, object], code: str | None) -> NumberGrammar:
    return NumberGrammar.from_data(lang, data, code)


def test_number_words_of_a_language_text2num_does_not_know_use_its_values_table() -> None:
    data = {"cardinals": ["iskay", "chunka", "waranqa"], "joiners": ["y"],
            "scales": {"waranqa": 1000},
            "values": {"iskay": 2, "chunka": 10, "waranqa": 1000}}
    g = _grammar_as("qx", data, None)
    assert g.words_value(["iskay"]) == 2
    assert g.words_value(["iskay", "waranqa", "chunka"]) == 2010
    with pytest.raises(ValueError):
        g.words_value(["pichqa"])


def test_a_language_text2num_does_not_know_without_values_is_a_config_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from willay.extract import numbers

    monkeypatch.setattr(numbers, "library_code", lambda lang, library: "zz")
    class _Words:  # a language whose number words have no values of their own
        @staticmethod
        def table(name: str) -> dict[str, list[str]]:
            return {"cardinals": ["dos"]}

    monkeypatch.setattr(numbers, "language", lambda code: _Words())
    numbers.load_grammar.cache_clear()
    try:
        with pytest.raises(ConfigError, match="text2num does not know the language 'zz'"):
            numbers.load_grammar("es")
    finally:
        numbers.load_grammar.cache_clear()


def test_text2num_reads_each_language_under_the_code_of_its_language_toml() -> None:
    for lang in ("en", "es", "fr", "pt"):
        assert load_grammar(lang).text2num_lang == lang
