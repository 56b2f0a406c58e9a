"""Place mentions: find the places a document names and resolve them with the gazetteer.

The component works in four steps over ``doc.text``:

1. *Spotting*. Runs of capitalised words (with lower-case connectors such as "de" inside,
   as in "Madre de Dios") are matched, longest first, against the gazetteer keys and the
   country words (``geo/data/countries.csv``). A match that covers only part of a run is
   part of a longer proper name ("Pedro Castillo", "Plaza San Martín" when the square is
   unknown) and is dropped. A paragraph that opens with "LIMA (Reuters) -" or
   "La Paz, 3 ago (EFE).-" gives a dateline.
2. *Country of the article*, by votes: country names, demonyms ("Peruvian", "peruano"),
   the dateline and the unambiguous places named.
3. *Acceptance*. A name that is also a common word needs place context: a preposition
   ("in", "en", "à", "em"), a designator ("the city of", "provincia de"), a list with other
   places ("in Arequipa, Ayacucho and Puno"), or being a well-known place that is not at the
   start of a sentence and not written in lower case elsewhere in the document.
4. *Resolution* with :class:`willay.geo.resolver.Resolver`, given the article's country and
   the other places of the paragraph as context; a list of mostly first-level regions makes
   its other members regions too. Unresolved (unknown or ambiguous) names give no mention.
   A small place resolved abroad needs its country or a place in it named in the paragraph.
5. *Unlisted places*: a name the gazetteer lacks, introduced by a noun ("the village of
   Nahuche", "Lekka village", "la localidad de Paquita"), is a place inside the one named
   next to it, without coordinates; so is a name of a list of three or more opened by a
   place preposition, with a place of the gazetteer in it ("entre Bignona, Yeumbeul et
   Keur Massar"), in that place's country with no region. Names after a plural street
   noun ("as avenidas Rio Branco e Presidente Vargas") are streets, not towns.

Each mention is ``Mention(kind="place", span=<the name>, value=<Place>, attrs)`` with attrs
``candidates``, ``preposition``, ``designator``, ``list_id``, ``reasons``, ``dateline``,
``street`` (the name of a street or square: "Arequipa avenue"), ``country_word`` and
``unlisted`` (step 5).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from types import MappingProxyType

from willay.extract.lexicon import FALLBACK_LANGUAGE, data_language
from willay.geo.countries import country_of, country_words, speaking
from willay.geo.normalize import fold, strip_affixes
from willay.geo.resolver import MARGIN, Candidate, Resolver, choose, default_resolver
from willay.lang.language import language
from willay.lang.loader import lang_path, library_code, load_shared_data
from willay.model import Mention, Place
from willay.model.document import Document, Sentence
from willay.model.span import Span

#: A word: letters and digits, with inner hyphens and apostrophes ("Sainte-Soline", "Murang'a").
_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")
_ELISION = re.compile(r"^(?:[lLdDjJnNsS]|[qQ]u)['’](?=\w)")
_POSSESSIVE = re.compile(r"['’]s$")
_ROMAN = re.compile(r"^(?:[IVX]{1,4}|\d{1,3})$")
#: Paragraph opening with a dateline: a place, an optional date, an agency in brackets, a dash.
_DATELINE = re.compile(
    r"(?m)^[ \t\"“]*(?P<name>[A-ZÁÉÍÓÚÑÇÂÊÔÃÕÀÈÎÏ][\w'’.-]*(?:[ ][A-Za-zÁÉÍÓÚÑÇ][\w'’.-]*){0,3}?)"
    r"[ \t]*(?:,[^\n()]{0,40}?)?[ \t]*\((?P<agency>[A-Z][\w .&/-]{1,30})\)[ \t]*(?:\.-|[-–—:.])")
#: Paragraph opening with a place in capitals and a dash: "PARIS - ", "QUITO — ".
_CAPS_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-ZÁÉÍÓÚÑÇÂÊÔÃÕÀÈÎÏ]{3,}(?:[ -][A-ZÁÉÍÓÚÑÇÂÊÔÃÕÀÈÎÏ]{2,}){0,2})"
    r"(?:,[ \t][^\n]{0,30}?)?[ \t]+[-–—][ \t]")
#: Words joining members of a list of places.
_LIST_GAP = r"^\s*(?:[,;/]\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)$"


@lru_cache(maxsize=16)
def _list_gap(list_joiners: tuple[str, ...]) -> re.Pattern[str]:
    """What may stand between two items of a list of places, with a language's joiners."""
    joiners = "|".join(re.escape(j) for j in sorted(list_joiners, key=len, reverse=True))
    return re.compile(_LIST_GAP.format(joiners=joiners or "and"), re.IGNORECASE)
#: A short bracketed aside between two items of a list ("Nanterre (Hauts-de-Seine), ...").
_BRACKETS = re.compile(r"\s*\([^()]{1,60}\)")


def _bracketed(text: str, hit: _Hit) -> bool:
    """The name stands alone in brackets: "(Hauts-de-Seine)"."""
    return text[:hit.start].rstrip().endswith("(") and text[hit.end:].lstrip().startswith(")")

#: The small words of all languages read around a name (``willay/lang/place_rules.toml``).
_RULES = load_shared_data("place_rules")
#: "vecinos de Senkata": a place only when it lies in the article's country.
_WEAK_PREPOSITIONS = frozenset(_RULES["weak_prepositions"])
#: Designators that name a place right before it in English, without "of" ("downtown Lima",
#: "the capital Kabul"); others need "of" ("the city of X"; "business area Thursday" is not).
_ADJACENT_DESIGNATORS = frozenset(_RULES["adjacent_designators"])
#: Between a noun and the name it introduces: nothing, "of", "de", "d'", "de la"...
_NOUN_GAP = re.compile(_RULES["noun_gap"])
#: Lower-case words inside an organisation's name ("Assembleia Legislativa do Paraná").
_NAME_CONNECTORS = frozenset(_RULES["name_connectors"])
#: Articles that may open an unlisted name ("caserío El Carmelo").
_ARTICLES = frozenset(_RULES["articles"])
#: Well-known places: no other context needed (unless the word is common).
SIGNIFICANT_POPULATION = 100_000
#: A town named as a sentence's first word is taken from this size (see ``_accept``).
FIRST_WORD_POPULATION = 10_000
#: Regions named as such (preferred over a town of the same name).
#: Local units ("district", "distrito", "comuna") are towns or parts of towns, not regions.
#: (``willay/lang/admin_units.toml``, ``[places]``)
_REGION_DESIGNATORS = frozenset(
    fold(w) for w in load_shared_data("admin_units")["places"]["region_designators"])
#: Unit words that make a name a unit holding the place named just before it
#: (``willay/lang/admin_units.toml``, ``[places]``).
_ENCLOSING_UNITS = frozenset(
    fold(w) for w in load_shared_data("admin_units")["places"]["enclosing_units"])
#: The most characters between a place and the unit named after it as its container.
_ENCLOSING_GAP = 60


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The words of one language that ``lang/<code>/places.toml`` lists."""

    prepositions: frozenset[str]
    designators: frozenset[str]
    streets: frozenset[str]
    connectors: frozenset[str]
    list_joiners: tuple[str, ...]
    leading: frozenset[str]
    not_places: frozenset[str]
    #: folded noun -> kind of place ("populated", "admin3", "admin2"); see lang/<code>/places.toml
    unlisted_before: Mapping[str, str] = field(default_factory=dict)
    unlisted_after: Mapping[str, str] = field(default_factory=dict)
    #: the language puts "of" between the noun and the name ("the village of ...")
    of_required: bool = False
    #: endings a place name may take in the text ("Limapi": "Lima" + "pi"), longest first
    suffixes: tuple[str, ...] = ()
    #: folded verbs of saying or accusing that make a city before them its government
    #: ("which Kinshasa charges"), with their auxiliary where the language needs one
    speaker_verbs: tuple[str, ...] = ()


@lru_cache(maxsize=8)
def place_words(lang: str) -> PlaceWords:
    """Place words of ``lang`` (``lang/<code>/places.toml``; English's for a language
    without that file)."""
    code = data_language(lang)
    if not lang_path(code, "places").is_file():
        code = FALLBACK_LANGUAGE
    section = language(code).table("places")

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in section.get(key, ()))

    def kinds(key: str) -> Mapping[str, str]:
        return MappingProxyType({fold(w): str(k) for w, k in section.get(key, {}).items()})

    return PlaceWords(words("prepositions"), words("designators"), words("streets"),
                      words("connectors"), tuple(section.get("list_joiners", ())),
                      words("leading"), words("not_places"), kinds("unlisted_before"),
                      kinds("unlisted_after"), bool(section.get("of_required", False)),
                      tuple(sorted(words("suffixes"), key=len, reverse=True)),
                      tuple(sorted(words("speaker_verbs"), key=len, reverse=True)))


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def folded(self) -> str:
        return fold(self.text)

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class _Hit:
    """A spotted name before resolution."""

    start: int
    end: int
    name: str
    sentence: int
    paragraph: int
    first_in_sentence: bool
    tokens: int
    country_code: str | None = None
    preposition: str | None = None
    designator: str | None = None
    street: bool = False
    dateline: bool = False
    list_id: int | None = None
    accepted: bool = False
    ranked: list[Candidate] = field(default_factory=list)
    place: Place | None = None
    unlisted: bool = False
    #: named after a plural street noun ("as avenidas Rio Branco e Presidente Vargas"):
    #: streets, not the towns of the same names
    street_list: bool = False
    #: the subject of a verb of saying ("Kinshasa charges"): a government, not a place
    speaker: bool = False


def _speaker(text: str, hit: _Hit, words: PlaceWords) -> bool:
    """The name is the subject of a verb of saying or accusing right after it ("which
    Kinshasa charges is backed by Rwanda", "Paris a affirmé"): a government speaking. A
    comma first makes the verb an inverted attribution of the whole sentence ("murió en
    Hyderabad, dijo un portavoz"): the name is then a place."""
    raw = text[hit.end : hit.end + 30]
    if raw.lstrip()[:1] in (",", ";", ":"):
        return False
    tail = fold(raw).lstrip(" ")
    return any(tail.startswith(v) and not tail[len(v) : len(v) + 1].isalnum()
               for v in words.speaker_verbs)


def _without_persons_and_short(text: str, hits: list[_Hit], persons: set[str],
                               words: PlaceWords) -> list[_Hit]:
    """The hits less a one-word name that also ends a capitalised run naming no place
    (a surname), one shorter than three letters, or a lone leading word ("La"). A surname
    listed among two or more other places ("en Sucre, Nueva Esparta, Bolívar") is a place
    there."""
    gap = _list_gap(words.list_joiners)

    def surname(k: int) -> bool:
        h = hits[k]
        return h.tokens == 1 and fold(h.name) in persons and not h.dateline \
            and h.country_code is None

    def listed(k: int) -> bool:
        others = 0
        for step in (-1, 1):
            a = k
            while 0 <= a + step < len(hits):
                b = a + step
                lo, hi = sorted((hits[a], hits[b]), key=lambda h: h.start)
                if hits[b].sentence != hits[k].sentence or surname(b) \
                        or not gap.match(text[lo.end:hi.start]):
                    break
                others, a = others + 1, b
        return others >= 2

    hits = [h for k, h in enumerate(hits) if not surname(k) or listed(k)]
    return [h for h in hits if len(fold(h.name)) >= 3 and not (
        h.tokens == 1 and fold(h.name) in words.leading)]


def _as_named(hit: _Hit, place: Place) -> Place:
    """The place of ``hit`` as its mention holds it: a street is a site; a name the text
    spells with more accents keeps that spelling ("Jesús María")."""
    if hit.street:
        place = replace(place, feature="site", geo_precision=2)
    if (place.feature != "country" and fold(hit.name) == fold(place.name)
            and not hit.name.isupper()
            and _accents(hit.name) > _accents(place.name)):
        place = replace(place, name=hit.name)
    return place


def _designated_kind(hit: _Hit) -> str | None:
    """The kind of place the designator before or after ``hit`` asks for ("admin" for a
    region word, "populated" for a village or town word), None when the name says what
    it is ("Kaduna State") or has no designator."""
    if strip_affixes(fold(hit.name)) != fold(hit.name):
        return None
    if hit.designator in _REGION_DESIGNATORS:
        return "admin"
    return "populated" if hit.designator else None


def _regions_in_lists(hits: list[_Hit]) -> None:
    """In a list of mostly first-level regions, its other members are regions too."""
    by_list: dict[int, list[_Hit]] = {}
    for hit in hits:
        if hit.list_id is not None and hit.place is not None:
            by_list.setdefault(hit.list_id, []).append(hit)
    for members in by_list.values():
        regions = [m for m in members if m.place is not None and m.place.feature == "admin1"]
        if len(members) < 2 or len(regions) * 2 < len(members):
            continue
        for m in members:
            if m.place is None or m.place.feature == "admin1":
                continue
            same = [c for c in m.ranked if c.place.feature == "admin1"
                    and c.place.country == m.place.country and c.place.admin1 == m.place.admin1]
            if same:
                place = same[0].place
                m.place = replace(place, reasons=(*place.reasons, "in a list of regions"))


def _region_after_town(text: str, hits: list[_Hit]) -> None:
    """"Acatlán de Osorio, Puebla", "Guarujá, São Paulo": a town and, after a comma, the
    name of its first-level region, which a city of the region also bears, is one place
    (the town in its region), not a list of two towns."""
    by_list: dict[int, list[_Hit]] = {}
    for hit in hits:
        if hit.list_id is not None:
            by_list.setdefault(hit.list_id, []).append(hit)
    for members in by_list.values():
        if len(members) != 2:
            continue
        town, region = members
        if town.place is None or region.place is None or text[town.end:region.start].strip() != ",":
            continue
        if town.place.feature == "admin1" or not town.place.admin1 \
                or fold(region.name) != fold(town.place.admin1):
            continue
        same = [c for c in region.ranked if c.place.feature == "admin1"
                and c.place.country == town.place.country
                and (c.place.admin1 or c.place.name) == town.place.admin1]
        if same:
            place = same[0].place
            region.place = replace(place, reasons=(*place.reasons, "the region of a town"))
            town.list_id = region.list_id = None


def _named_unit(text: str, hit: _Hit) -> bool:
    """The name is given as an administrative unit: a unit word before it ("la provincia
    de Veraguas"), right after it ("the Khyber region", "Mbale district") or inside it
    ("Kaduna State")."""
    if hit.designator in _ENCLOSING_UNITS or strip_affixes(fold(hit.name)) != fold(hit.name):
        return True
    after = re.match(r"[ \t]+(\w+)", text[hit.end:hit.end + 20])
    return after is not None and fold(after.group(1)) in _ENCLOSING_UNITS


def _inside(place: Place, unit: Place) -> bool:
    """``place`` lies in the first- or second-level unit ``unit``."""
    if place.country != unit.country or place.feature in ("country", "admin1"):
        return False
    if unit.feature == "admin1":
        return place.admin1 == (unit.admin1 or unit.name)
    return unit.feature == "admin2" and place.admin1 == unit.admin1 and (
        place.admin2 == unit.name)


def _towns_in_named_units(text: str, hits: list[_Hit]) -> None:
    """"la ciudad de Santiago, cabecera de la provincia de Veraguas", "in Tirah and Rajgal
    in the Khyber region": a unit named as such right after a place (in its sentence,
    with no other place between) holds it, so where the name has a namesake inside that
    unit, the namesake is the place meant, however well known the other one is."""
    placed = sorted((h for h in hits if h.accepted), key=lambda h: h.start)
    for a, unit in itertools.pairwise(placed):
        if a.sentence != unit.sentence or a.country_code or unit.place is None \
                or unit.place.feature not in ("admin1", "admin2") \
                or unit.start - a.end > _ENCLOSING_GAP or not _named_unit(text, unit):
            continue
        members = [a] if a.list_id is None or a.list_id == unit.list_id else [
            h for h in placed if h.list_id == a.list_id]
        for hit in members:
            if hit.place is not None and hit.place.country == unit.place.country and (
                    hit.place.admin1 == (unit.place.admin1 or unit.place.name)):
                continue  # already in the unit's region
            inside = [c.place for c in hit.ranked if _inside(c.place, unit.place)]
            if inside:
                hit.place = replace(inside[0], reasons=(
                    *inside[0].reasons, f"inside {unit.name}, named after it"))


def _town_of_parts(members: list[list[_Token]], hits: list[_Hit]) -> _Hit | None:
    """The town whose parts ``members`` are: the first place after them (it may close the
    last name's run: "los barrios San Miguel y El Carmen de Quito"), else the last before."""
    first, last = members[0][0].start, members[-1][-1].end
    towns = [h for h in hits if h.place is not None and not h.country_code and not h.speaker
             and h.place.feature in ("populated", "admin3", "admin2", "admin1")]
    after = [h for h in towns if h.start >= last or h.start > members[-1][0].start]
    before = [h for h in towns if h.end <= first]
    return after[0] if after else before[-1] if before else None


def _parts_of_town(members: list[list[_Token]], noun: str, hits: list[_Hit]) -> None:
    """"in the Centro, San Miguel and La Victoria neighbourhoods of Ayacucho", "los barrios
    San José y El Carmen de Quito": names given as parts of the town named after them
    (else before them, in the sentence) lie in that town, even where the gazetteer places
    a namesake elsewhere: each such name becomes a part of the town, as an unlisted one
    (named as in the text, in the town's region, with no coordinates). A name the
    gazetteer places in the town's region keeps its place."""
    town = _town_of_parts(members, hits)
    if town is None or town.place is None:
        return
    within = town.place
    region = (within.admin1 or within.name) if within.feature == "admin1" else within.admin1
    admin2 = within.name if within.feature == "admin2" else within.admin2
    if within.feature == "admin1":
        admin2 = None
    for run in members:
        for hit in hits:
            if hit is town or hit.place is None or hit.country_code or not (
                    hit.start < run[-1].end and run[0].start < hit.end):
                continue
            if (hit.place.country, hit.place.admin1) == (within.country, region):
                continue  # already in the town's region
            hit.place = Place(name=hit.name, country=within.country, feature="populated",
                              admin1=region, admin2=admin2, geo_precision=2,
                              reasons=(f"named as a {noun} of {within.name}; its namesakes"
                                       " lie elsewhere", f"within {within.name}"))


#: Words passed over when reading back from a name for its preposition or designator.
_SKIPPED_BEFORE = frozenset(_RULES["skipped_before"])
_DIRECTIONS = tuple(_RULES["directions"])


def _no_place_name(text: str, hit: _Hit, words: PlaceWords) -> bool:
    """The spotted words name no place: a listed common word (unless a dateline or a
    designator says otherwise), a description ("la Bahía gaditana"), an acronym ("ITO",
    "UDO")."""
    folded = fold(hit.name)
    if folded in words.not_places and not (hit.dateline or hit.designator):
        return True
    if _described(text, hit, words):
        return True
    return hit.name.isupper() and len(folded) <= 4 and not hit.dateline


def _noun_before(text: str, tokens: list[_Token], runs: list[list[_Token]], r: int,
                 first: int, words: PlaceWords,
                 gap: re.Pattern[str]) -> tuple[list[list[_Token]], str, str] | None:
    """Run ``r`` (its first token ``first``) and the runs listed after it, named by the
    noun before them: "village of X", "localidad de X", "caserío X"."""
    k = first - 1
    linked = k >= 0 and tokens[k].folded in _WEAK_PREPOSITIONS and not tokens[k].capital
    if linked:
        k -= 1
    if not (k >= 0 and not tokens[k].capital and tokens[k].folded in words.unlisted_before
            and (linked or not words.of_required)
            and _NOUN_GAP.match(text[tokens[k].end:runs[r][0].start])):
        return None
    members = [runs[r]]
    for nxt in runs[r + 1:]:
        if not gap.match(text[members[-1][-1].end:nxt[0].start]):
            break
        members.append(nxt)
    noun = tokens[k].folded
    return members, words.unlisted_before[noun], noun


def _noun_after(text: str, tokens: list[_Token], runs: list[list[_Token]], r: int,
                last: int, words: PlaceWords,
                gap: re.Pattern[str]) -> tuple[list[list[_Token]], str, str] | None:
    """Run ``r`` (its last token ``last``) and the runs listed before it, named by the
    lowercase noun after them: "Tungar Bai and Tungar Kade villages"."""
    run = runs[r]
    nxt_tok = tokens[last + 1] if last + 1 < len(tokens) else None
    if not (nxt_tok is not None and not nxt_tok.capital
            and nxt_tok.folded in words.unlisted_after
            and text[run[-1].end:nxt_tok.start] == " "):
        return None
    members = [run]
    for prev in reversed(runs[:r]):
        if not gap.match(text[prev[-1].end:members[0][0].start]):
            break
        members.insert(0, prev)
    noun = nxt_tok.folded
    return members, words.unlisted_after[noun], noun


def _read_words_before(hit: _Hit, before: list[_Token], words: PlaceWords) -> None:
    """The designator ("the city of X", "downtown X", "ciudad X") and the preposition of
    ``hit`` from the four words before it."""
    weak = None
    linked = False
    for tok in reversed(before[-4:]):
        word = tok.folded
        if word in words.designators and hit.designator is None:
            if linked or not words.of_required or word in _ADJACENT_DESIGNATORS:
                hit.designator = word
            continue
        linked = linked or word in _WEAK_PREPOSITIONS
        if word in words.prepositions:
            hit.preposition = tok.text.lower()
            break
        if word in _WEAK_PREPOSITIONS and weak is None:
            weak = tok.text.lower()
            continue
        if word in _SKIPPED_BEFORE or word in _DIRECTIONS:
            continue
        break
    if hit.preposition is None:
        hit.preposition = weak


def _plural_street(word: str, words: PlaceWords) -> bool:
    """A street noun in the plural ("avenues", "calles", "rues", "avenidas")."""
    return len(word) > 3 and word.endswith("s") and (
        word[:-1] in words.streets or (word.endswith("es") and word[:-2] in words.streets))


def _number_lists(text: str, hits: list[_Hit], gap: re.Pattern[str]) -> None:
    """Lists: consecutive hits of one sentence separated by commas or "and" share a
    ``list_id``; a region in brackets after an item ("Nanterre (Hauts-de-Seine) et
    Montreuil") qualifies that item and does not break the list."""
    list_id = 0
    items = [h for h in hits if not _bracketed(text, h)]
    for a, b in itertools.pairwise(items):
        if a.sentence != b.sentence or a.country_code or b.country_code:
            continue
        if gap.match(_BRACKETS.sub("", text[a.end:b.start])):
            if a.list_id is None:
                list_id += 1
                a.list_id = list_id
            b.list_id = a.list_id


class PlaceFinder:
    """Pipeline component: adds ``Mention(kind="place")`` for the places of ``doc.text``."""

    def __init__(self, resolver: Resolver | None = None, *, max_words: int = 6) -> None:
        self._resolver = resolver
        self.max_words = max_words

    @property
    def resolver(self) -> Resolver:
        if self._resolver is None:
            self._resolver = default_resolver()
        return self._resolver

    # ------------------------------------------------------------------ entry point
    def __call__(self, doc: Document) -> Document:
        text = doc.text
        if not text.strip():
            return doc
        words = place_words(doc.language or "en")
        sentences = doc.sentences or _rough_sentences(text)
        lowercase = {m.group(0) for m in _TOKEN.finditer(text) if m.group(0).islower()}
        hits, persons, cuts = self._spot(text, sentences, words)
        datelines = self._datelines(text, sentences)
        hits = self._merge_datelines(hits, datelines)
        hits = _without_persons_and_short(text, hits, persons, words)
        self._context(text, hits, words, sentences)
        for hit in hits:
            hit.speaker = _speaker(text, hit, words)
        hits = [h for h in hits if not (h.country_code and h.street)]
        spans = [(h.start, h.end) for h in hits]
        hits = [h for h in hits if not _abbreviation(text, h, spans)]
        country = self._document_country(text, hits, doc.language)
        self._accept(text, hits, words, lowercase, country, doc.language)
        self._resolve(hits, country)
        _towns_in_named_units(text, hits)
        self._parts(text, sentences, cuts, hits, words)
        _region_after_town(text, hits)
        for hit in hits:
            if hit.street_list:
                hit.place = None  # streets named after towns: the town is not the place
        unlisted = self._unlisted(text, sentences, cuts, hits, words, country, persons)
        unlisted += self._unknown_in_lists(text, sentences, cuts, [*hits, *unlisted], words,
                                           country, persons, doc.language or "en")
        for hit in sorted([*hits, *unlisted], key=lambda h: h.start):
            if hit.place is not None:
                doc.mentions.append(Mention(kind="place", span=Span.of(text, hit.start, hit.end),
                                            value=_as_named(hit, hit.place),
                                            attrs=self._attrs(hit)))
        return doc

    @staticmethod
    def _attrs(hit: _Hit) -> dict[str, object]:
        return {
            "candidates": len(hit.ranked) if hit.ranked else 1,
            "preposition": hit.preposition,
            "designator": hit.designator,
            "list_id": hit.list_id,
            "reasons": list(hit.place.reasons) if hit.place else [],
            "dateline": hit.dateline,
            "street": hit.street,
            "country_word": hit.country_code is not None,
            "unlisted": hit.unlisted,
            "speaker": hit.speaker,
        }

    # ------------------------------------------------------------------ 1. spotting
    def _tokens(self, text: str, start: int, end: int) -> list[_Token]:
        out = []
        for match in _TOKEN.finditer(text, start, end):
            s, e, word = match.start(), match.end(), match.group(0)
            if "'" not in word and "’" not in word:  # no elision, no possessive
                out.append(_Token(s, e, word))
                continue
            elision = _ELISION.match(word)
            if elision and word[0] == "N" and word[elision.end()].isupper():
                elision = None  # "N'Djamena", "N'Zérékoré": "ne" never comes before a capital
            if elision:
                s += elision.end()
                word = word[elision.end():]
            if _POSSESSIVE.search(word) and len(word) > 2:
                e -= 2
                word = word[:-2]
            out.append(_Token(s, e, word))
        return out

    def _spot(self, text: str, sentences: Sequence[Sentence], words: PlaceWords,
              ) -> tuple[list[_Hit], set[str], list[tuple[list[_Token], list[list[_Token]]]]]:
        """The names of known places, the last words of capitalised runs that name none
        (persons), and each sentence's tokens and runs (read again for unlisted places)."""
        hits: list[_Hit] = []
        persons: set[str] = set()
        cuts: list[tuple[list[_Token], list[list[_Token]]]] = []
        for index, sent in enumerate(sentences):
            tokens = self._tokens(text, sent.start, sent.end)
            runs = self._runs(text, tokens, words)
            cuts.append((tokens, runs))
            for run in runs:
                found = self._match_run(text, run, words)
                if found is None and words.suffixes:
                    run, found = self._match_suffixed(text, run, words)
                if found is None:
                    if len(run) >= 2 and run[0].folded not in words.designators:
                        persons.add(run[-1].folded)
                    continue
                i, j, code = found
                first = bool(tokens) and (run[i] is tokens[0] or run[i] == tokens[0])
                hits.append(_Hit(run[i].start, run[j - 1].end, text[run[i].start:run[j - 1].end],
                                 index, sent.paragraph, first, j - i, country_code=code))
        return hits, persons, cuts

    def _runs(self, text: str, tokens: list[_Token], words: PlaceWords) -> list[list[_Token]]:
        """Maximal runs of capitalised words joined by spaces (connectors allowed inside)."""
        runs: list[list[_Token]] = []
        current: list[_Token] = []
        for k, tok in enumerate(tokens):
            joined = bool(current) and text[current[-1].end:tok.start] in (" ", "\u00a0")
            if tok.capital or (joined and _ROMAN.match(tok.text) and current[-1].capital):
                if current and not joined:
                    runs.append(current)
                    current = []
                current.append(tok)
                continue
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            after = tokens[k + 2] if k + 2 < len(tokens) else None
            if (joined and tok.folded in words.connectors and nxt is not None
                    and text[tok.end:nxt.start] == " " and (nxt.capital or (
                        nxt.folded in words.connectors and after is not None and after.capital
                        and text[nxt.end:after.start] == " "))):
                current.append(tok)  # "Madre de Dios", "San Antonio de los Baños"
                continue
            if current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        runs = [run for run in (self._trim(r) for r in runs) if run]
        return self._join_runs(text, runs, words)

    def _join_runs(self, text: str, runs: list[list[_Token]],
                   words: PlaceWords) -> list[list[_Token]]:
        """Join two runs around a list joiner when the whole is a known name.

        "Trinidad y Tobago" is one name; "Lima y Cusco" are two.
        """
        joiners = {fold(j) for j in words.list_joiners if " " not in j}
        out: list[list[_Token]] = []
        for run in runs:
            if out:
                gap = text[out[-1][-1].end:run[0].start]
                if (gap.startswith(" ") and gap.endswith(" ") and fold(gap) in joiners
                        and self.resolver.is_known(text[out[-1][0].start:run[-1].end])):
                    out[-1] = out[-1] + run
                    continue
            out.append(run)
        return out

    @staticmethod
    def _trim(run: list[_Token]) -> list[_Token]:
        while run and not run[-1].capital and not _ROMAN.match(run[-1].text):
            run = run[:-1]
        return run

    def _known(self, name: str) -> str | None:
        """"place", "country" or None for a candidate name."""
        found = country_of(name)
        if found is not None:
            return "country" if found[1] == "name" else None  # a demonym is never a place
        return "place" if self.resolver.is_known(name) else None

    def _match_run(self, text: str, run: list[_Token],
                   words: PlaceWords) -> tuple[int, int, str | None] | None:
        """(first, end, country code) of the name that covers the run, or None."""
        starts = [0]
        k = 0
        while k < len(run) - 1 and run[k].folded in words.leading:
            k += 1
            starts.append(k)
        found = self._match_from(text, run, starts)
        if found is not None or len(run) < 3:
            return found
        # "Vecinos de Senkata": a name after the last connector of a run that is not a name,
        # unless the run names a road or a building ("Autopista del Sol", "Universidad de
        # Oriente")
        if run[0].folded in words.streets:
            return None
        for k in range(len(run) - 2, 0, -1):
            if not run[k].capital and run[k].folded in words.connectors:
                return self._match_from(text, run, [k + 1])
        return None

    def _match_suffixed(self, text: str, run: list[_Token], words: PlaceWords,
                        ) -> tuple[list[_Token], tuple[int, int, str | None] | None]:
        """A run whose last word is a name plus one of the language's endings ("Limapi"):
        the run with that word cut before the ending and its match; else the run as it
        was and None. Only a stem of three letters or more is tried."""
        last = run[-1]
        for suffix in words.suffixes:
            if len(last.folded) - len(suffix) < 3 or not last.folded.endswith(suffix):
                continue
            stem = _Token(last.start, last.end - len(suffix), last.text[:-len(suffix)])
            if fold(stem.text) + suffix != last.folded:
                continue  # the ending does not fall on a letter boundary of the text
            found = self._match_run(text, [*run[:-1], stem], words)
            if found is not None and found[1] == len(run):
                return [*run[:-1], stem], found
        return run, None

    def _match_from(self, text: str, run: list[_Token],
                    starts: list[int]) -> tuple[int, int, str | None] | None:
        for i in starts:
            last_start = i == starts[-1]
            for j in range(min(len(run), i + self.max_words), i, -1):
                if j != len(run) and not last_start:
                    continue  # from a leading word ("La Paz"), only a full match counts
                name = text[run[i].start:run[j - 1].end]
                kind = self._known(name)
                if kind is None:
                    continue
                if j != len(run):
                    return None  # a shorter match inside a longer run: part of a longer name
                code = country_words()[fold(name)][0] if kind == "country" else None
                return i, j, code
        return None

    def _datelines(self, text: str, sentences: Sequence[Sentence]) -> list[tuple[int, int]]:
        out = []
        matches = [*_DATELINE.finditer(text), *_CAPS_DATELINE.finditer(text)]
        # a dateline after the seventh line must open a sentence
        seventh = _nth_newline(text, 7)
        starts: set[int] | None = None
        for match in sorted(matches, key=lambda m: m.start()):
            start, end = match.span("name")
            if match.start() > 0 and seventh is not None and seventh < match.start():
                if starts is None:
                    starts = {s.start for s in sentences}
                if start not in starts:
                    continue
            name = match.group("name")
            if self._known(name) == "place":
                out.append((start, end))
                break  # only the first dateline counts
        return out

    @staticmethod
    def _merge_datelines(hits: list[_Hit], datelines: list[tuple[int, int]]) -> list[_Hit]:
        for start, end in datelines:
            for hit in hits:
                if hit.start == start and hit.end == end:
                    hit.dateline = True
        return hits

    # ------------------------------------------------------------------ context
    def _context(self, text: str, hits: list[_Hit], words: PlaceWords,
                 sentences: Sequence[Sentence] = ()) -> None:
        gap = _list_gap(words.list_joiners)
        for hit in hits:
            # the words around the name, within its sentence
            low, high = max(0, hit.start - 60), min(len(text), hit.end + 30)
            if 0 <= hit.sentence < len(sentences):
                sent = sentences[hit.sentence]
                low, high = max(low, sent.start), min(high, sent.end)
            before = self._tokens(text, low, hit.start)
            before = [t for t in before if t.end <= hit.start]
            after = self._tokens(text, hit.end, max(hit.end, high))
            if self._joined_site(text, hit, before, words):
                continue
            if (before and before[-1].folded in words.streets) or (
                    after and after[0].folded in words.streets and not after[0].capital
                    and text[hit.end:after[0].start].strip() == ""):
                hit.street = True
            if before and _plural_street(before[-1].folded, words) \
                    and text[before[-1].end:hit.start] == " ":
                hit.street = hit.street_list = True
            _read_words_before(hit, before, words)
        _number_lists(text, hits, gap)
        for hit in hits:
            if hit.street_list and hit.list_id is not None:
                for other in hits:
                    if other.list_id == hit.list_id and other.start > hit.start:
                        other.street = other.street_list = True

    def _joined_site(self, text: str, hit: _Hit, before: list[_Token],
                     words: PlaceWords) -> bool:
        """A street word and the name are one site ("Avenida Arequipa"): ``hit`` grows
        to cover both."""
        if not (before and before[-1].folded in words.streets and not hit.country_code):
            return False
        whole = text[before[-1].start:hit.end]
        if text[before[-1].end:hit.start] == " " and any(
                c.place.feature == "site" for c in self.resolver.candidates(whole)):
            hit.start, hit.name, hit.tokens = before[-1].start, whole, hit.tokens + 1
            return True
        return False

    # ------------------------------------------------------------------ 2. country
    def _document_country(self, text: str, hits: list[_Hit],
                          lang: str | None = None) -> str | None:
        votes: dict[str, float] = {}
        for hit in hits:
            if hit.country_code:
                votes[hit.country_code] = votes.get(hit.country_code, 0.0) + 2.0
        for match in _TOKEN.finditer(text):
            found = country_words().get(fold(match.group(0)))
            if found and found[1] == "demonym" and not _credit(text, match):
                votes[found[0]] = votes.get(found[0], 0.0) + 1.0
        for hit in hits:
            if hit.country_code:
                continue
            if not (hit.dateline or hit.preposition or hit.designator or hit.list_id):
                continue
            ranked = self.resolver.candidates(hit.name)
            place = choose(ranked)
            if place is None and hit.dateline and ranked and _dominant(ranked):
                place = ranked[0].place  # datelines name major cities
            if place is not None:
                weight = 3.0 if hit.dateline else 1.0
                votes[place.country] = votes.get(place.country, 0.0) + weight
        if not votes and lang:
            votes = self._language_votes(hits, lang)
        if not votes:
            return None
        return max(sorted(votes), key=lambda c: votes[c])

    def _language_votes(self, hits: list[_Hit], lang: str) -> dict[str, float]:
        """A text that names no clear place: its language narrows an ambiguous name to the
        countries that speak it ("Vigo" in a Spanish text is the Spanish city, not the
        county in Indiana), when all of the name's close candidates there share a country."""
        votes: dict[str, float] = {}
        countries = speaking(library_code(lang, "cldr"))
        for hit in hits:
            if hit.country_code or not (hit.preposition or hit.designator or hit.list_id):
                continue
            ranked = [c for c in self.resolver.candidates(hit.name)
                      if c.place.country in countries]
            if not ranked or choose(ranked[:1]) is None:
                continue
            close = {c.place.country for c in ranked if ranked[0].score - c.score < MARGIN}
            if len(close) == 1:
                votes[ranked[0].place.country] = votes.get(ranked[0].place.country, 0.0) + 1.0
        return votes

    # ------------------------------------------------------------------ 3. acceptance
    def _accept(self, text: str, hits: list[_Hit], words: PlaceWords, lowercase: set[str],
                country: str | None, lang: str | None = None) -> None:
        for hit in hits:
            if self._acceptable(text, hit, words, lowercase, country, lang):
                hit.accepted = True
        by_list: dict[int, list[_Hit]] = {}
        for hit in hits:
            if hit.list_id is not None:
                by_list.setdefault(hit.list_id, []).append(hit)
        for members in by_list.values():
            if any(m.accepted for m in members) or len(members) >= 3:
                for m in members:
                    if fold(m.name) not in words.not_places:
                        m.accepted = True

    def _acceptable(self, text: str, hit: _Hit, words: PlaceWords, lowercase: set[str],
                    country: str | None, lang: str | None = None) -> bool:
        """Whether the spotted name is taken for a place (before its list is read)."""
        if hit.country_code:
            return True
        if _no_place_name(text, hit, words):
            return False
        common = hit.name.lower() in lowercase or (hit.name.isupper() and not hit.dateline)
        if hit.dateline or hit.designator or (
                hit.preposition and fold(hit.preposition) not in _WEAK_PREPOSITIONS):
            return True
        if hit.preposition and not common:
            place = self.resolver.resolve(hit.name, country=country)
            if place is not None and (country is None or place.country == country):
                return True
        if common:
            return False
        if hit.tokens >= 2 or not hit.first_in_sentence:
            place = self.resolver.resolve(hit.name, country=country)
            return place is not None and (_significant(place) or (place.country == country and (
                place.population >= 1000 or place.feature == "admin3")))
        return bool(lang) and self._first_word_town(hit, country, lang)

    def _first_word_town(self, hit: _Hit, country: str | None, lang: str | None) -> bool:
        """A sentence's first word that is no word of the language: "Rutshuru was back in
        army hands" names a town when the town is clear and sizeable."""
        if not lang or known_word(hit.name.lower(), lang):
            return False
        place = self.resolver.resolve(hit.name, country=country)
        return place is not None and place.feature == "populated" and (
            place.population >= FIRST_WORD_POPULATION) and (
            country is None or place.country == country)

    # ------------------------------------------------------------------ 4. resolution
    def _resolve(self, hits: list[_Hit], country: str | None) -> None:
        by_sentence: dict[int, list[_Hit]] = {}
        by_paragraph: dict[int, list[_Hit]] = {}
        for hit in hits:
            if hit.accepted and not hit.country_code:
                by_sentence.setdefault(hit.sentence, []).append(hit)
                by_paragraph.setdefault(hit.paragraph, []).append(hit)
        dateline = next((h.name for h in hits if h.dateline and h.accepted), None)
        # hits come in sentence order: each paragraph's list is sorted by sentence
        paragraph_sentences = {p: [h.sentence for h in members]
                               for p, members in by_paragraph.items()}
        for hit in hits:
            if not hit.accepted:
                continue
            if hit.country_code:
                hit.place = self.resolver.country(hit.country_code)
                continue
            in_sentence = by_sentence.get(hit.sentence, [])
            others = [h for h in in_sentence[:13] if h is not hit][:12]
            context = [h.name for h in others
                       if hit.list_id is None or h.list_id != hit.list_id]
            neighbours = [h.name for h in others
                          if hit.list_id is not None and h.list_id == hit.list_id]
            if not neighbours:
                # the places named just before, in earlier sentences of the paragraph
                members = by_paragraph.get(hit.paragraph, [])
                k = bisect.bisect_left(paragraph_sentences.get(hit.paragraph, []),
                                       hit.sentence)
                neighbours = [h.name for h in members[max(0, k - 3):k]]
            if dateline and dateline != hit.name:
                neighbours.append(dateline)
            self._resolve_one(hit, country, context, neighbours)
        self._drop_unsupported_abroad(hits, country)
        _regions_in_lists(hits)

    def _resolve_one(self, hit: _Hit, country: str | None, context: list[str],
                     neighbours: list[str]) -> None:
        """Rank the candidates of ``hit`` with the names around it and choose its place."""
        kind = _designated_kind(hit)
        base = choose(self.resolver.candidates(hit.name, country=country, prefer=kind))
        hit.ranked = self.resolver.candidates(hit.name, country=country, context=context,
                                              neighbours=neighbours, prefer=kind)
        hit.place = choose(hit.ranked)
        if base is not None and (hit.place is None or _significant(base)):
            # context breaks ties between small places; it never unseats a clear,
            # well-known one nor makes a clear name ambiguous
            hit.place = base

    @staticmethod
    def _drop_unsupported_abroad(hits: list[_Hit], country: str | None) -> None:
        """Prefer the article's country: a place resolved in another country is kept only
        when it is well known (a country, a city of 100,000), when it is a dateline, or
        when its paragraph names that country or another place in it. So "Sumar" in an
        article on Iraq is not the Dutch village, and "Southwest" in one on Cameroon is not
        a district of the Virgin Islands; streets ("autoroute Le Prince") must lie in the
        article's country."""
        if country is None:
            return
        for hit in hits:
            place = hit.place
            if place is None or hit.country_code or place.country == country or hit.dateline:
                continue
            if hit.street:
                hit.place = None
                continue
            if place.feature == "country" or place.population >= SIGNIFICANT_POPULATION:
                continue
            if hit.designator in _REGION_DESIGNATORS and place.feature in ("admin1", "admin2"):
                continue  # "la provincia de Cádiz": named as a region
            others = [h for h in hits if h is not hit and h.paragraph == hit.paragraph and (
                h.country_code == place.country or (
                    h.place is not None and h.place.country == place.country))]
            if not others:
                hit.place = None

    def _parts(self, text: str, sentences: Sequence[Sentence],
               cuts: list[tuple[list[_Token], list[list[_Token]]]], hits: list[_Hit],
               words: PlaceWords) -> None:
        """Known names given as parts of a town ("the X and Y neighbourhoods of Z") lie in
        that town (:func:`_parts_of_town`)."""
        for index, (tokens, runs) in enumerate(cuts):
            if len(tokens) < 2 or index >= len(sentences):
                continue
            same = [h for h in hits if h.sentence == index]
            for members, kind, noun in self._designated_runs(text, tokens, runs, words):
                if kind == "part":
                    _parts_of_town(members, noun, same)

    # ------------------------------------------------------------------ 5. unlisted places
    def _unlisted(self, text: str, sentences: Sequence[Sentence],
                  cuts: list[tuple[list[_Token], list[list[_Token]]]], hits: list[_Hit],
                  words: PlaceWords, country: str | None, persons: set[str]) -> list[_Hit]:
        """Places that the gazetteer does not know but the text names as such: "the village
        of Nahuche", "Lekka village", "la localidad de Paquita", "le village de
        Sanakadougou". Each lies in the place named next to it in the sentence ("Machava
        village, in Nangade district", the first after it, else the last before it), else
        in the article's country; it has no coordinates and a geo_precision of 2 (3 when only the
        country is known)."""
        if not (words.unlisted_before or words.unlisted_after):
            return []
        resolved = [h for h in hits if h.place is not None and not h.country_code
                    and not h.speaker]
        known = [h for h in hits if h.place is not None or h.country_code]
        out: list[_Hit] = []
        next_list = max((h.list_id or 0 for h in hits), default=0)
        for index, (sent, (tokens, runs)) in enumerate(zip(sentences, cuts, strict=True)):
            if len(tokens) < 2:
                continue
            found = self._designated_runs(text, tokens, runs, words)
            for members, kind, noun in found:
                group: list[_Hit] = []
                for run in members:
                    start, end = run[0].start, run[-1].end
                    if any(h.start < end and start < h.end for h in known):
                        continue
                    name = text[start:end]
                    if not self._plausible_name(name, run, words, persons, country):
                        continue
                    hit = _Hit(start, end, name, index, sent.paragraph,
                               run[0] is tokens[0], len(run), designator=noun, unlisted=True,
                               accepted=True)
                    hit.place = self._unlisted_place(hit, kind, noun, resolved, country)
                    if hit.place is not None:
                        group.append(hit)
                if len(group) > 1:
                    next_list += 1
                    for hit in group:
                        hit.list_id = next_list
                for hit in group:
                    self._preposition(text, hit, words)
                out.extend(group)
        return out

    def _unknown_in_lists(self, text: str, sentences: Sequence[Sentence],
                          cuts: list[tuple[list[_Token], list[list[_Token]]]],
                          hits: list[_Hit], words: PlaceWords, country: str | None,
                          persons: set[str], lang: str) -> list[_Hit]:
        """The names of lists of places that the gazetteer does not know
        (:meth:`_list_members`), each list under one ``list_id``."""
        out: list[_Hit] = []
        next_list = max((h.list_id or 0 for h in hits), default=0)
        for index, (sent, (_tokens, runs)) in enumerate(zip(sentences, cuts, strict=True)):
            for found in self._list_members(text, index, sent, runs, hits, words, persons,
                                            country, lang):
                if all(h.list_id is None for h in found):
                    next_list += 1
                    for hit in found:
                        hit.list_id = next_list
                out.extend(h for h in found if h.unlisted)
        return out

    def _list_members(self, text: str, index: int, sent: Sentence, runs: list[list[_Token]],
                      hits: list[_Hit], words: PlaceWords, persons: set[str],
                      country: str | None, lang: str) -> list[list[_Hit]]:
        """Names of a list of places that the gazetteer does not know: in "seven dead
        between Bignona, Yeumbeul, Keur Massar and Colobane" the suburbs are places like
        the town listed with them. A list of three names or more, at least one a place
        of the gazetteer below the country and the list opened by a place preposition
        (or two such places in it); each other name lies in the country of its
        neighbour, without coordinates (as :meth:`_unlisted` places). Returns each list's
        places, those of the gazetteer with the new ones."""
        gap = _list_gap(words.list_joiners)
        placed = [h for h in hits if h.sentence == index and h.place is not None
                  and not h.country_code and h.place.feature != "country"]
        if not placed:
            return []
        known = [h for h in hits if h.sentence == index and (h.place is not None
                                                              or h.country_code)]
        out: list[list[_Hit]] = []
        group: list[list[_Token]] = []
        for run in [*runs, []]:
            if run and group and gap.match(text[group[-1][-1].end:run[0].start]):
                group.append(run)
                continue
            if len(group) >= 3:
                members = self._members_of(text, index, sent, group, placed, known, words,
                                           persons, country, lang)
                if members:
                    out.append(members)
            group = [run] if run else []
        return out

    def _members_of(self, text: str, index: int, sent: Sentence, group: list[list[_Token]],
                    placed: list[_Hit], known: list[_Hit], words: PlaceWords,
                    persons: set[str], country: str | None, lang: str) -> list[_Hit]:
        """The places of one list of names (empty when it is no list of places)."""
        def covering(run: list[_Token], pool: list[_Hit]) -> _Hit | None:
            return next((h for h in pool if h.start < run[-1].end and run[0].start < h.end),
                        None)

        anchors = [h for h in (covering(r, placed) for r in group) if h is not None]
        opened = fold(text[max(sent.start, group[0][0].start - 8):group[0][0].start]).split()
        if not anchors or (len(anchors) < 2 and not (
                opened and opened[-1] in words.prepositions)):
            return []
        if len({h.place.country for h in anchors if h.place is not None}) != 1 \
                or anchors[0].place is None:
            return []
        list_id = next((h.list_id for h in anchors if h.list_id is not None), None)
        # an unlisted anchor (found by its noun) is already out: not a new member
        found: list[_Hit] = [h for h in anchors if h.list_id is None and not h.unlisted]
        for run in group:
            if covering(run, known) is not None:
                continue
            name = text[run[0].start:run[-1].end]
            if _no_member_name(text, run, lang):
                continue
            if not self._plausible_name(name, run, words, persons, country) or len(run) > 3:
                return []  # a list with a name of something else is no list of places
            hit = _Hit(run[0].start, run[-1].end, name, index, sent.paragraph,
                       run[0].start == sent.start, len(run), designator=None,
                       unlisted=True, accepted=True, list_id=list_id)
            hit.place = Place(name=name, country=anchors[0].place.country,
                              feature="populated", geo_precision=3,
                              reasons=("listed with places; not in the gazetteer",
                                       f"in {anchors[0].place.country}"))
            found.append(hit)
        return found if any(h.unlisted for h in found) else []

    @staticmethod
    def _designated_runs(text: str, tokens: list[_Token], runs: list[list[_Token]],
                         words: PlaceWords) -> list[tuple[list[list[_Token]], str, str]]:
        """(runs named by one noun, kind of place, noun): "the villages of Tirah and Rajgal",
        "Tungar Bai and Tungar Kade villages", "Mrauk-U Township"."""
        position = {id(t): k for k, t in enumerate(tokens)}
        gap = _list_gap(words.list_joiners)
        out: list[tuple[list[list[_Token]], str, str]] = []
        for r, run in enumerate(runs):
            first = position.get(id(run[0]))
            last = position.get(id(run[-1]))
            if first is None or last is None:
                continue
            found = _noun_before(text, tokens, runs, r, first, words, gap)
            if found is None and len(run) >= 2 and run[-1].folded in words.unlisted_after:
                # the noun ends the run: "Lekka village", "Mrauk-U Township"
                noun = run[-1].folded
                found = ([run[:-1]], words.unlisted_after[noun], noun)
            if found is None:
                found = _noun_after(text, tokens, runs, r, last, words, gap)
            if found is not None:
                out.append(found)
        return out

    def _plausible_name(self, name: str, run: list[_Token], words: PlaceWords,
                        persons: set[str], country: str | None) -> bool:
        """Whether a designated name may be an unlisted place (not a country, a demonym, a
        common word, a person's surname or a name the gazetteer places elsewhere)."""
        folded = fold(name)
        if len(folded) < 3 or len(run) > 4 or country_of(name) is not None:
            return False
        if folded in words.not_places or (run[0].folded in words.leading and not (
                len(run) > 1 and run[0].folded in _ARTICLES)):
            return False
        if any(t.folded in words.streets for t in run):
            return False
        if len(run) == 1 and (folded in persons or folded.endswith("ese")):
            return False  # a surname, or a people ("the Arakanese community")
        if self.resolver.is_known(name):
            # known, yet not resolved here: unlisted only where no candidate lies in this
            # country and none is well known ("Mingyi", a Chinese town, may be a Burmese
            # village; "Cádiz" is not a village of Brazil)
            ranked = self.resolver.candidates(name)
            return country is not None and not any(
                c.place.country == country or _significant(c.place) for c in ranked)
        return True

    @staticmethod
    def _unlisted_place(hit: _Hit, kind: str, noun: str, resolved: list[_Hit],
                        country: str | None) -> Place | None:
        """The Place of an unlisted name: inside the place named next to it."""
        same = [h for h in resolved if h.sentence == hit.sentence and h.place is not None
                and h.place.feature != "country"]
        after = [h for h in same if h.start >= hit.end]
        before = [h for h in same if h.end <= hit.start]
        context = after[0] if after else before[-1] if before else None
        within = context.place if context is not None else None
        code = within.country if within is not None else country
        if code is None or (kind == "part" and within is None):
            return None  # a neighbourhood of an unnamed town
        if kind == "part":
            kind = "populated"
        admin1 = within.admin1 if within is not None else None
        admin2 = None
        if within is not None:
            admin2 = within.name if within.feature == "admin2" else within.admin2
        reasons = [f"named as a {noun}; not in the gazetteer"]
        reasons.append(f"within {within.name}" if within is not None else f"in {code}")
        precision = 3 if kind == "admin2" or admin1 is None else 2
        return Place(name=hit.name, country=code, feature=kind, admin1=admin1,
                     admin2=admin2 if kind != "admin2" else None, geo_precision=precision,
                     reasons=tuple(reasons))

    def _preposition(self, text: str, hit: _Hit, words: PlaceWords) -> None:
        """The preposition before an unlisted name (as :meth:`_context` finds it)."""
        designator = hit.designator
        self._context(text, [hit], words)
        hit.designator = designator
        hit.street = False


_ROUGH_END = re.compile(r"(?<=[.!?])\s+(?=[\"“'(]?[A-ZÁÉÍÓÚÑÇ])|\n+")


def _rough_sentences(text: str) -> list[Sentence]:
    """Sentences for a document that no segmenter has seen (the place finder needs them
    to keep context local): a split after ``.``, ``!`` or ``?`` before a capital, and at
    line breaks, which also start a paragraph."""
    out: list[Sentence] = []
    paragraph = start = 0
    for match in _ROUGH_END.finditer(text):
        if text[start:match.start()].strip():
            out.append(Sentence(Span.of(text, start, match.start()), paragraph))
        if "\n" in match.group(0):
            paragraph += 1
        start = match.end()
    if text[start:].strip():
        out.append(Sentence(Span.of(text, start, len(text)), paragraph))
    return out


def _nth_newline(text: str, n: int) -> int | None:
    """The offset of the ``n``-th line break of ``text`` (None if there are fewer)."""
    pos = -1
    for _ in range(n):
        pos = text.find("\n", pos + 1)
        if pos < 0:
            return None
    return pos


_LOWER = "a-záéíóúâêôãõçñüàèìòùîïûë"
#: Lower-case adjectives of place after a noun ("gaditana", "peruana", "paulista",
#: "amazonien"): "la Bahía gaditana" describes a place, it does not name one.
_ADJECTIVE_AFTER = re.compile(
    rf"[ \t]+(?=[{_LOWER}]{{6,}}\b)[{_LOWER}]+(?:{''.join(_RULES['adjective_endings'])})\b")


def _described(text: str, hit: _Hit, words: PlaceWords) -> bool:
    """A one-word name followed by a lower-case adjective of place, in a language where
    adjectives follow the noun (es, pt, fr): "la Bahía gaditana", "l'Amazonie péruvienne"."""
    if words.of_required or hit.tokens != 1 or hit.designator or hit.dateline:
        return False
    return bool(_ADJECTIVE_AFTER.match(text, hit.end))


def _dominant(ranked: Sequence[Candidate]) -> bool:
    """The first candidate is a city of 100,000 at least three times as large as any
    namesake abroad ("LIMA" in a dateline, not "SAN PEDRO CITY": 390,000 in Côte d'Ivoire
    against 349,000 in the Philippines)."""
    top = ranked[0].place
    others = [c.place.population for c in ranked[1:] if c.place.country != top.country]
    return top.population >= SIGNIFICANT_POPULATION and top.population >= 3 * max(
        others, default=0)


def _abbreviation(text: str, hit: _Hit, spans: list[tuple[int, int]]) -> bool:
    """A one-word name in brackets right after a capitalised name that is not a place: the
    abbreviation of that name ("Assembleia Legislativa do Paraná (Alep)"), not a place.
    A region in brackets after a place stays ("Melun (Seine-et-Marne)", "Ciudad Juárez
    (Chihuahua)")."""
    if hit.tokens != 1 or hit.country_code or text[hit.start - 1:hit.start] != "(" \
            or text[hit.end:hit.end + 1] != ")":
        return False
    low = max(0, hit.start - 80)
    words = list(re.finditer(r"[\w'’-]+", text[low:hit.start - 1].rstrip()))
    name: list[re.Match[str]] = []  # the capitalised name right before the bracket
    for word in reversed(words):
        if word.group(0)[:1].isupper():
            name.append(word)
        elif not (name and word.group(0) in _NAME_CONNECTORS):  # "do", "de" inside a name
            break
    capitals = [w for w in name if w.group(0)[:1].isupper()]
    if len(capitals) < 2 or not (words and words[-1] is name[0]):
        return False
    return any(not any(s <= low + w.start() < e for s, e in spans) for w in capitals)


def _accents(name: str) -> int:
    return sum(1 for ch in name if not ch.isascii())


def _credit(text: str, match: re.Match[str]) -> bool:
    """A capitalised word alone in brackets is a news agency's credit ("(Belga)", "(EFE)"),
    not a demonym of the story's country."""
    return match.group(0)[:1].isupper() and text[match.start() - 1 : match.start()] == "(" \
        and text[match.end() : match.end() + 1] == ")"


def _no_member_name(text: str, run: list[_Token], lang: str) -> bool:
    """Words of a list that name nothing to place: words of the language ("Human Rights
    Watch"), or a word the text stops in, with no full stop (an excerpt cut off there)."""
    return all(known_word(t.text.lower(), lang) for t in run) or not text[run[-1].end:].strip()


def _significant(place: Place) -> bool:
    return (place.feature in ("admin1", "admin2", "country", "site")
            or place.population >= SIGNIFICANT_POPULATION)


@lru_cache(maxsize=4096)
def known_word(word: str, lang: str) -> bool:
    """Whether a word is in the language's (or English's) dictionary, as simplemma holds it."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    # a language simplemma has no dictionary for is read with English's alone
    codes = {library_code(lang, "simplemma"), "en"} & set(SUPPORTED_LANGUAGES)
    return any(simplemma.is_known(word, lang=code) for code in codes)
