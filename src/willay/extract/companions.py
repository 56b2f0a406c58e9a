"""Companions: the people told as arrested, hurt or killed along with one person.

"Pedro Lirpa fue arrestado junto a su esposa y su hijo" tells three arrests, not one.
After the casualty verb of one person, a comitative ("along with", "junto a", "avec",
"junto com") and a list of people add one each: a possessive or an article with a person
noun ("his wife", "un voisin"), or a name that is not the apposition of the noun before it
("su esposa, Nelva Lirpa, su hijo": two people). A vague plural among them ("and several
activists") makes the count a floor. The words are the ``[companions]`` table of each
language's ``figures.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from willay.extract.numbers import Token

if TYPE_CHECKING:
    from willay.extract.figures import FigureLexicon

#: Tokens between the verb and the comitative ("was arrested on Tuesday along with").
REACH = 8


@dataclass(frozen=True, slots=True)
class Companions:
    """``extra`` people told with the one person, the list's last token, and whether a
    vague plural among them makes the count a floor."""

    extra: int
    last: int
    floor: bool


def companions(toks: list[Token], after: int, lex: FigureLexicon) -> Companions | None:
    """The people told with the one person whose casualty verb ends before token
    ``after``, or None when no comitative list follows it."""
    start = _comitative(toks, after, lex)
    if start is None:
        return None
    extra, last, floor, j = 0, -1, False, start
    noun_before = False
    while j < len(toks):
        if toks[j].low in lex.companion_determiners:
            head = next((h for h in range(j + 1, min(j + 4, len(toks)))
                         if toks[h].low in lex.companion_people), None)
            if head is None:
                break
            extra, last, noun_before, j = extra + 1, head, True, head + 1
        elif toks[j].low in lex.companion_vague and j + 1 < len(toks) \
                and toks[j + 1].kind == "word":
            floor, last, noun_before, j = True, j + 1, False, j + 2
        else:
            end = _name_end(toks, j)
            if end is None:
                break
            if not (noun_before and toks[j - 1].text == ","):
                extra += 1  # a name of its own, not the apposition of the noun before
            last, noun_before, j = end, False, end + 1
        if j < len(toks) and (toks[j].text == "," or toks[j].low in lex.companion_joiners):
            j += 1
            continue
        break
    if extra == 0 and not floor:
        return None
    return Companions(extra, last, floor)


def _comitative(toks: list[Token], after: int, lex: FigureLexicon) -> int | None:
    """The token after a comitative within reach of token ``after``."""
    for k in range(after, min(after + REACH, len(toks))):
        if toks[k].text in ".;:":
            return None
        n = lex.comitatives.match_at(toks, k)
        if n:
            return k + n
    return None


def _name_end(toks: list[Token], j: int) -> int | None:
    """The last token of a name of two capitalised words or more at token ``j``."""
    k = j
    while k < len(toks) and toks[k].kind == "word" and toks[k].text[:1].isupper():
        k += 1
    return k - 1 if k - j >= 2 else None
