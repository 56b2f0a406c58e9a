"""SiteFinder: named sites inside a town (a square, an avenue, a bridge, an airport).

Reports place demonstrations at sites the gazetteer does not hold: "Largo da Batata",
"Avenida Paulista", "la plaza San Martín", "le pont de Normandie", "Tahrir Square", "the
Democracy Monument". A site is a site noun of the language (``lang/<l>/sites.toml``) and a
capitalised name: after the noun in the Romance languages ("avenida Paulista", "aeroporto
Santos Dumont"), before it in English ("Nathan Road"). ANNOTATION.md §2 makes each named
site of a list its own event, so a site is a place of its own, inside a town.

The town is the nearest place the sentence names (before the site first), else the last
place named in the sentences before it in its paragraph, else the document's most named
town. A site with no town is left out (its region would be a guess). The site takes the
town's country, regions and coordinates, with ``feature`` ``"site"`` and ``geo_precision``
2; a place mention inside the site's name ("Santos Dumont", "San Martín") gives way to it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache

from willay.extract.lexicon import data_language
from willay.extract.places import place_words
from willay.geo.normalize import fold
from willay.lang.language import language, languages
from willay.model import Document, Mention, Place, Span

#: Lower-case words allowed inside a site's name ("Largo da Batata", "Plaza de Armas").
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"


@dataclass(frozen=True, slots=True)
class SiteWords:
    """The site nouns and name connectors of one language."""

    before: re.Pattern[str] | None  # noun, then the name
    after: re.Pattern[str] | None   # the name, then the noun


@cache
def site_words(lang: str) -> SiteWords:
    data = language(data_language(lang)).table("sites")
    joins = "|".join(re.escape(w) for w in sorted(data.get("connectors", ()), key=len,
                                                  reverse=True))
    join = rf"(?:\s+(?:{joins}))?" if joins else ""
    name = rf"{_NAME_WORD}(?:{join}\s+{_NAME_WORD}){{0,4}}"

    def nouns(key: str) -> str:
        return "|".join(re.escape(w) for w in sorted(data.get(key, ()), key=len, reverse=True))

    before = after = None
    if data.get("before"):
        before = re.compile(rf"(?<!\w)(?i:{nouns('before')}){join}\s+({name})(?!\w)")
    if data.get("after"):
        after = re.compile(rf"(?<!\w)({name})\s+(?i:{nouns('after')})(?!\w)")
    return SiteWords(before, after)


@cache
def _generic_words() -> frozenset[str]:
    """The site nouns and name connectors of every language, folded: the words that do
    not tell one site from another ("avenida", "airport", "de")."""
    words: set[str] = set()
    for lang in languages():
        data = lang.table("sites")
        for key in ("before", "after", "connectors"):
            words.update(w for item in data.get(key, ()) for w in re.split(r"[\s'’]+", fold(item)))
    return frozenset(words)


def _name_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_][\w'’-]*", fold(name))
            if w not in _generic_words()}


def same_site(a: str, b: str) -> bool:
    """Two site names name one site when they share a word of their own ("Ben-Gurion
    Airport", "Ben-Gurion International Airport"), not just a site noun ("Avenida
    Paulista", "Avenida Ipiranga" are two sites)."""
    return bool(_name_words(a) & _name_words(b))


class SiteFinder:
    """Pipeline component: named sites -> ``place`` mentions of feature ``site``."""

    name = "willay.SiteFinder.v1"

    def __call__(self, doc: Document) -> Document:
        if not doc.sentences:
            return doc
        found = _site_spans(doc)
        if not found:
            return doc
        places = [m for m in doc.mentions if m.kind == "place"]
        main = _main_town(places)
        sites: list[Mention] = []
        inside: set[int] = set()
        spans = sorted(set(found))
        towns = [_town_of(doc, places, start, end) for start, end in spans]
        if main is None and not any(towns):
            # no site has a town near it: the story's only town holds them
            main = _only_town(places)
        for (start, end), near in zip(spans, towns, strict=True):
            if any(s.start < end and start < s.end for s in sites):
                continue
            town = near or main
            if town is None:
                continue
            sites.append(_site(doc, town, start, end))
            inside.update(id(p) for p in places if start <= p.start and p.end <= end)
        if sites:
            doc.mentions = [m for m in doc.mentions if id(m) not in inside]
            doc.mentions.extend(sites)
            doc.mentions.sort(key=lambda m: (m.start, m.end))
        return doc


def _site_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every site the text names: a site noun and a capitalised name."""
    words = site_words(doc.language or "en")
    leading = place_words(doc.language or "en").leading
    found: list[tuple[int, int]] = []
    for pattern in (words.before, words.after):
        for m in pattern.finditer(doc.text) if pattern is not None else ():
            start = m.start()
            if pattern is words.after:  # "In Nathan Road": the name starts at "Nathan"
                start = _after_leading(m, leading)
            name = doc.text[start:m.end(1)] if pattern is words.after else m.group(1)
            if start < m.end(1) and _is_name(name):
                found.append((start, m.end()))
    return found


def _after_leading(m: re.Match[str], leading: frozenset[str]) -> int:
    """Where a name before a site noun starts, past leading words ("In", "The")."""
    start = m.start()
    for word in re.finditer(r"\S+", m.group(1)):
        if fold(word.group()) not in leading:
            break
        start = m.start(1) + word.end() + 1
    return start


def _site(doc: Document, town: Mention, start: int, end: int) -> Mention:
    """The place mention of a site at ``start:end`` inside ``town``."""
    name = doc.text[start:end]
    place = replace(town.value, name=name, feature="site", geo_precision=2, geonameid=None,
                    population=0, reasons=(f"a named site in {town.value.name}",))
    return Mention("place", Span(start, end, name), place, {
        "site": True, "within": town.value.name, "street": False, "preposition": None,
        "list_id": None})


def _is_name(name: str) -> bool:
    """Not a run of words a sentence's capital or a title made look like a name."""
    return fold(name) not in _NOT_NAMES and not name.isupper()


#: Capitalised words after a site noun that are no name ("the road North").
_NOT_NAMES = frozenset({"north", "south", "east", "west", "i", "a"})


def _town_of(doc: Document, places: list[Mention], start: int, end: int) -> Mention | None:
    """The town a site lies in: the nearest place of its sentence (before it first), else
    the last place of the sentences before it in its paragraph."""
    sent_i = doc.sentence_index(start)
    if sent_i is None:
        return None
    sent = doc.sentences[sent_i]
    own = _named_town(doc, places, start, end)
    if own is not None:
        return own
    towns = [p for p in places if _town(p) and not (start <= p.start and p.end <= end)]
    here = [p for p in towns if sent.start <= p.start < sent.end]
    before = [p for p in here if p.end <= start]
    if before:
        return before[-1]
    after = [p for p in here if p.start >= end]
    if after:
        return after[0]
    for j in range(sent_i - 1, max(-1, sent_i - 6), -1):
        prev = doc.sentences[j]
        if prev.paragraph != sent.paragraph:
            break
        earlier = [p for p in towns if prev.start <= p.start < prev.end]
        if earlier:
            return earlier[-1]
    return None


def _named_town(doc: Document, places: list[Mention], start: int,
                end: int) -> Mention | None:
    """A town that ends the site's name after a connector is the site's own town
    ("aeropuerto de Huesca", "aéroport de Nantes", "aeroporto do Porto"), whatever town
    the sentence names before it."""
    connectors = _connectors(doc.language or "en")
    for p in places:
        if start < p.start and p.end == end and _town(p):
            before = doc.text[start:p.start].split()
            if before and fold(before[-1]).rstrip("'’") in connectors:
                return p
    return None


@cache
def _connectors(lang: str) -> frozenset[str]:
    """The last words of the language's site-name connectors, folded ("de", "do", "d")."""
    data = language(data_language(lang)).table("sites")
    return frozenset(fold(c.split()[-1]).rstrip("'’") for c in data.get("connectors", ()))


def _town(m: Mention) -> bool:
    value = m.value
    return isinstance(value, Place) and value.feature in ("populated", "admin3", "admin2",
                                                          "admin1") \
        and not m.attrs.get("street")


def _only_town(places: list[Mention]) -> Mention | None:
    """The one town of a document that names no other, in the country it names most
    (not Beijing named once in a story on Hong Kong)."""
    towns = {m.value.name: m for m in places if _town(m)}
    if len(towns) != 1:
        return None
    town = next(iter(towns.values()))
    countries = Counter(m.value.country for m in places if isinstance(m.value, Place))
    ranked = countries.most_common(2)
    if ranked[0][0] != town.value.country or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return town


def _main_town(places: list[Mention]) -> Mention | None:
    """The town the document names most (twice at least)."""
    counts = Counter(m.value.name for m in places if _town(m))
    if not counts:
        return None
    name, n = counts.most_common(1)[0]
    if n < 2:
        return None
    return next(m for m in places if _town(m) and m.value.name == name)
