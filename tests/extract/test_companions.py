"""The people told with one person arrested, hurt or killed ("junto a su esposa y su
hijo") add to the count; other things after a comitative ("avec des tracts") do not."""

from __future__ import annotations

import datetime as dt

import pytest

from willay.extract.pipeline import extract
from willay.model import Document


def _claims(text: str, lang: str, kind: str) -> list[tuple[int | None, str]]:
    doc = extract(Document(id="t", text=text, language=lang, published=dt.date(2024, 5, 13),
                           published_precision="day"))
    return [(c.value, c.qualifier) for r in doc.reports for c in r.claims if c.kind == kind]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Opposition leader Pedro Lirpa was arrested on Tuesday in Havana along with his "
           "wife, Ana Lirpa, his son and several activists."),
    ("es", "El dirigente opositor Pedro Lirpa fue arrestado el martes en La Habana junto a su "
           "esposa, Ana Lirpa, su hijo y varios activistas."),
    ("fr", "Le dirigeant d'opposition Pedro Lirpa a été arrêté mardi à La Havane avec sa "
           "femme, Ana Lirpa, son fils et plusieurs militants."),
    ("pt", "O líder opositor Pedro Lirpa foi preso na terça-feira em Havana junto com a "
           "esposa, Ana Lirpa, o filho e vários ativistas."),
])
def test_a_person_arrested_with_kin_counts_them_and_the_vague_rest_makes_a_floor(
        lang: str, text: str) -> None:
    # the wife's name is her apposition, not a fourth person
    assert _claims(text, lang, "arrested") == [(3, "at_least")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Security forces arrested the opposition leader Pedro Lirpa in Havana on Tuesday. "
           "Pedro Lirpa was arrested along with his wife and his son at his home."),
    ("es", "Las fuerzas de seguridad arrestaron al dirigente opositor Pedro Lirpa el martes en "
           "La Habana. Pedro Lirpa fue arrestado junto a su esposa y su hijo en su casa."),
    ("fr", "Les forces de sécurité ont arrêté le dirigeant d'opposition Pedro Lirpa mardi à La "
           "Havane. Pedro Lirpa a été arrêté avec sa femme et son fils à son domicile."),
    ("pt", "As forças de segurança prenderam o líder opositor Pedro Lirpa na terça-feira em "
           "Havana. Pedro Lirpa foi preso junto com a esposa e o filho em sua casa."),
])
def test_one_person_told_first_is_part_of_the_count_with_companions(
        lang: str, text: str) -> None:
    values = _claims(text, lang, "arrested")
    assert (3, "exact") in values and (1, "exact") not in values


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Activist Pedro Lirpa was arrested on Tuesday in Lagos along with leaflets and a "
           "phone."),
    ("es", "El activista Pedro Lirpa fue arrestado el martes en Lima junto con panfletos."),
    ("fr", "Le militant Pedro Lirpa a été arrêté mardi à Dakar avec des tracts."),
    ("pt", "O ativista Pedro Lirpa foi preso na terça-feira em Luanda junto com panfletos."),
])
def test_things_after_a_comitative_add_no_one(lang: str, text: str) -> None:
    assert _claims(text, lang, "arrested") == [(1, "exact")]
