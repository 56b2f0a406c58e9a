"""Figures: every number of people killed, injured, arrested or present becomes a Claim mention.

:class:`FigureFinder` is a pipeline component (``__call__(doc) -> doc``). For each sentence
it reads the counts that :func:`willay.extract.numbers.parse_numbers` finds and decides
from the words around each one what it counts (``willay/lang/<code>/figures.toml``):

- a kind word after the number: "12 dead", "más de 200 heridos", "dix détenus",
  "120 manifestants ont été interpellés", "Four of the deaths were recorded";
- a verb before it: "killed at least four people", "mataram ... seis pessoas";
- a kind word linked to it: "bringing the death toll to three", "los fallecidos son cinco";
- coordination ("55 policías y 20 manifestantes heridos": two claims, one ``group``),
  parts ("including 57 foreigners", "dont 16 agents", "103 of the deaths":
  ``component_of``), elliptic lists ("Duas em Sala ... e outra em Vira");
- a crowd: "some 10,000 indigenous people ... protested".

Each figure is appended as ``Mention(kind="figure", span=<the phrase>, value=Claim,
attrs=...)`` with the claim's reporter, class and ``via`` from
:mod:`willay.extract.reporters`, and its scope (``event`` or ``cumulative``) from the scope
cues of the sentence. ``attrs`` holds ``victims``, ``number_span``, ``scope_cues``,
``component_of``, ``component``, ``group`` and ``hedged`` (see ``docs/figures.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Any

from willay.errors import ConfigError
from willay.extract.companions import companions
from willay.extract.numbers import NumberMatch, Token, load_grammar, parse_tokens, tokenize
from willay.extract.places import known_word
from willay.extract.reporters import Attribution, Attributor, all_forms, load_lexicon
from willay.lang.language import language
from willay.model.claim import Claim
from willay.model.document import Document
from willay.model.mention import Mention

#: Kinds of casualty figures (crowd_size is found apart).
CASUALTY_KINDS = ("fatalities", "injured", "arrested")
#: Words (tokens) read after a number when looking for what it counts.
RIGHT_WINDOW = 8
#: appositions between commas after a name before its verb ("Pedro Lirpa, 25, farmer,")
APPOSITIONS = 3
#: characters read after a sentence for the end of the next one
NEXT_CHARS = 400
_NEXT_SENTENCE = re.compile(r".+?[.!?](?=\s|$)", re.DOTALL)
#: tokens inside a parenthesis after a name read as an apposition ("(PDT-CE)", "(25)")
PARENTHESIS = 6
#: Tokens read before a number when looking for a verb ("killed at least four").
LEFT_WINDOW = 6
_CLAUSE_END = frozenset(",;:.!?\"“”«»")
_SENTENCE_END = frozenset(";:.!?")
_QUOTE_MARKS = frozenset("\"“”«»")
_APOSTROPHES = frozenset("'’")
_ASIDE_OPEN = MappingProxyType({"(": ")", "-": "-", "—": "—", "–": "–"})
#: What :meth:`_Sentence._past_inset` gives for an aside that does not close soon.
_NO_CLOSE = -1


def _cap(tok: Token) -> bool:
    return tok.kind == "word" and tok.text[:1].isupper()


class TermSet:
    """Words and phrases matched on tokens; a last word ending in ``*`` is a prefix."""

    def __init__(self, terms: list[str] | tuple[str, ...]) -> None:
        self.exact: dict[str, list[tuple[str, ...]]] = {}
        self.prefix: list[tuple[str, ...]] = []
        for term in terms:
            key = tuple(t.low for t in tokenize(term.rstrip("*")))
            if not key:
                continue
            if term.endswith("*"):
                self.prefix.append(key)
            else:
                self.exact.setdefault(key[0], []).append(key)
        for keys in self.exact.values():
            keys.sort(key=len, reverse=True)
        # What a token must be for some term to start at it: the first word of an exact
        # term or of a prefix term of several words, or a word a one-word prefix begins.
        self._firsts = frozenset(self.exact) | {key[0] for key in self.prefix if len(key) > 1}
        self._one_word_prefixes = tuple(key[0] for key in self.prefix if len(key) == 1)

    @property
    def firsts(self) -> frozenset[str]:
        """The words some term starts with (see :meth:`may_start`)."""
        return self._firsts

    @property
    def one_word_prefixes(self) -> tuple[str, ...]:
        """The prefixes of one word that some term is."""
        return self._one_word_prefixes

    def may_start(self, low: str) -> bool:
        """False when no term starts at a token whose lowercase text is ``low``."""
        return low in self._firsts or (
            bool(self._one_word_prefixes) and low.startswith(self._one_word_prefixes))

    def match_at(self, toks: list[Token], i: int) -> int:
        """Length in tokens of the longest term starting at ``toks[i]`` (0 if none)."""
        if i >= len(toks) or not self.may_start(toks[i].low):
            return 0
        for key in self.exact.get(toks[i].low, ()):
            if tuple(t.low for t in toks[i : i + len(key)]) == key:
                return len(key)
        for key in self.prefix:
            n = len(key)
            got = toks[i : i + n]
            if len(got) == n and all(g.low == k for g, k in zip(got[:-1], key[:-1], strict=True)) \
                    and got[-1].low.startswith(key[-1]):
                return n
        return 0

    def find(self, toks: list[Token], lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """Every ``(start, length)`` of a term inside ``toks[lo:hi]``."""
        stop = len(toks) if hi is None else min(hi, len(toks))
        out = []
        i = lo
        firsts, one_word = self._firsts, self._one_word_prefixes
        while i < stop:
            low = toks[i].low
            n = self.match_at(toks, i) if low in firsts or (
                one_word and low.startswith(one_word)) else 0
            if n:
                out.append((i, n))
                i += n
            else:
                i += 1
        return out


@dataclass(frozen=True)
class FigureLexicon:
    """The compiled ``figures.toml`` of one language."""

    kinds: dict[str, TermSet]
    verbs_before: dict[str, TermSet]
    linkers: frozenset[str]
    conjunctions: frozenset[str]
    relatives: TermSet
    breakers: frozenset[str]
    recount: TermSet
    crowd_nouns: TermSet
    crowd_verbs: TermSet
    crowd_before: TermSet
    not_counted: TermSet
    non_unrest: TermSet
    victims: list[tuple[str, TermSet]]
    cumulative: TermSet
    cumulative_before: TermSet
    spatial: frozenset[str]
    definite: frozenset[str]
    clause_openers: frozenset[str]
    comp_before: TermSet
    comp_after: TermSet
    another: TermSet
    hedges: TermSet
    additive: frozenset[str] = field(default_factory=frozenset)
    running: frozenset[str] = field(default_factory=frozenset)
    running_frames: frozenset[str] = field(default_factory=frozenset)
    more_after: TermSet = field(default_factory=lambda: TermSet([]))
    each: TermSet = field(default_factory=lambda: TermSet([]))
    restated_aux: TermSet = field(default_factory=lambda: TermSet([]))
    possessed: dict[str, TermSet] = field(default_factory=dict)
    possessed_reasons: TermSet = field(default_factory=lambda: TermSet([]))
    life_of: TermSet = field(default_factory=lambda: TermSet([]))
    more_before: TermSet = field(default_factory=lambda: TermSet([]))
    singular_articles: frozenset[str] = field(default_factory=frozenset)
    object_articles: TermSet = field(default_factory=lambda: TermSet([]))
    #: the verbs (no nouns: "the death of") that take one person as object
    object_verbs: dict[str, TermSet] = field(default_factory=dict)
    singular: dict[str, TermSet] = field(default_factory=dict)
    singular_aux: TermSet = field(default_factory=lambda: TermSet([]))
    singular_adverbs: frozenset[str] = field(default_factory=frozenset)
    #: words that end the search for a subject after its verb (an agent, a subordinate
    #: clause); none in a language whose subject does not follow its verb
    subject_after_stops: frozenset[str] = field(default_factory=frozenset)
    singular_forms: dict[str, frozenset[str]] = field(default_factory=dict)
    singular_hit: TermSet = field(default_factory=lambda: TermSet([]))
    locatives: frozenset[str] = field(default_factory=frozenset)
    verb_links: frozenset[str] = field(default_factory=frozenset)
    tolls: TermSet = field(default_factory=lambda: TermSet([]))
    place_joiners: frozenset[str] = field(default_factory=frozenset)
    people_suffixes: tuple[str, ...] = ()
    participles: tuple[str, ...] = ()
    predicates: frozenset[str] = field(default_factory=frozenset)
    verbs_adjacent: dict[str, TermSet] = field(default_factory=dict)
    day_bound: TermSet = field(default_factory=lambda: TermSet([]))
    grievance: TermSet = field(default_factory=lambda: TermSet([]))
    days: frozenset[str] = field(default_factory=frozenset)
    hours: frozenset[str] = field(default_factory=frozenset)
    incidents: TermSet = field(default_factory=lambda: TermSet([]))
    incident_links: frozenset[str] = field(default_factory=frozenset)
    zero: TermSet = field(default_factory=lambda: TermSet([]))
    zero_unknown: frozenset[str] = field(default_factory=frozenset)
    zero_severity: frozenset[str] = field(default_factory=frozenset)
    zero_both: frozenset[str] = field(default_factory=frozenset)
    #: the people told with one person (``[companions]``, extract/companions.py): the
    #: comitatives ("junto a"), the determiners and person nouns of a companion, the
    #: vague plurals that make the count a floor, the words that join the list
    comitatives: TermSet = field(default_factory=lambda: TermSet([]))
    companion_determiners: frozenset[str] = field(default_factory=frozenset)
    companion_people: frozenset[str] = field(default_factory=frozenset)
    companion_vague: frozenset[str] = field(default_factory=frozenset)
    companion_joiners: frozenset[str] = field(default_factory=frozenset)

    @cached_property
    def singular_starts(self) -> tuple[frozenset[str], tuple[str, ...]]:
        """The words a casualty verb of a singular may start with, and the prefixes
        such a word may begin with (of ``singular``, ``singular_aux``, ``singular_hit``)."""
        sets = [*self.singular.values(), self.singular_aux, self.singular_hit]
        return (frozenset().union(*(v.firsts for v in sets)),
                tuple(p for v in sets for p in v.one_word_prefixes))

    @classmethod
    def from_data(cls, data: dict[str, Any], lang: str = "") -> FigureLexicon:
        ctx = data.get("context", {})
        crowd = data.get("crowd", {})
        filters = data.get("filters", {})
        scope = data.get("scope", {})
        comps = data.get("components", {})
        mates = data.get("companions", {})
        data = _with_lethal(data, lang)
        nouns = {w for words in data.get("kinds", {}).values() for w in words}
        return cls(
            kinds={k: TermSet(v) for k, v in data.get("kinds", {}).items()},
            verbs_before={
                # the forms of the lemmas that are also nouns of a kind ("arrests",
                # "deaths") are read as nouns; the listed verbs stay verbs ("killed")
                k: TermSet([*data.get("verbs_before", {}).get(k, []),
                            *(f for f in all_forms(lang, data.get("verb_lemmas", {}).get(k, []))
                              if f not in nouns)])
                for k in CASUALTY_KINDS},
            linkers=frozenset(ctx.get("linkers", [])),
            conjunctions=frozenset(ctx.get("conjunctions", [])),
            relatives=TermSet(ctx.get("relatives", [])),
            breakers=frozenset(ctx.get("breakers", [])),
            recount=TermSet(ctx.get("recount", [])),
            crowd_nouns=TermSet(crowd.get("nouns", [])),
            crowd_verbs=TermSet(crowd.get("verbs", [])),
            crowd_before=TermSet(crowd.get("before", [])),
            not_counted=TermSet(filters.get("not_counted", [])),
            non_unrest=TermSet(filters.get("non_unrest_causes", [])),
            victims=[(k, TermSet(v)) for k, v in data.get("victims", {}).items()],
            cumulative=TermSet(scope.get("cumulative", [])),
            cumulative_before=TermSet(scope.get("cumulative_before", [])),
            spatial=frozenset(scope.get("spatial", [])),
            definite=frozenset(scope.get("definite_articles", [])),
            running=frozenset(scope.get("running", [])),
            running_frames=frozenset(scope.get("running_frames", [])),
            clause_openers=frozenset(scope.get("clause_openers", [])),
            comp_before=TermSet(comps.get("before", [])),
            comp_after=TermSet(comps.get("after", [])),
            another=TermSet(comps.get("another", [])),
            additive=frozenset(comps.get("additive", [])),
            more_after=TermSet(comps.get("more_after", [])),
            each=TermSet(comps.get("each", [])),
            restated_aux=TermSet(data.get("singular", {}).get("plural_auxiliaries", [])),
            possessed={k: TermSet(v) for k, v in data.get("possessed", {}).items()
                       if k in CASUALTY_KINDS},
            possessed_reasons=TermSet(data.get("possessed", {}).get("reasons", [])),
            life_of=TermSet(data.get("possessed", {}).get("life_of", [])),
            more_before=TermSet(comps.get("more_before", [])),
            hedges=TermSet(data.get("hedges", {}).get("words", [])),
            singular_articles=frozenset(data.get("singular", {}).get("articles", [])),
            object_articles=TermSet(data.get("singular", {}).get("object_articles", [])),
            object_verbs={k: TermSet([*all_forms(lang, data.get("verb_lemmas", {}).get(k, [])),
                                      *(data.get("lethal_verbs", []) if k == "fatalities"
                                        else [])])
                          for k in CASUALTY_KINDS},
            singular={k: TermSet(v) for k, v in data.get("singular", {}).items()
                      if k in CASUALTY_KINDS},
            singular_aux=TermSet(data.get("singular", {}).get("auxiliaries", [])),
            singular_hit=TermSet(data.get("singular", {}).get("hit", [])),
            singular_adverbs=frozenset(data.get("singular", {}).get("adverbs", [])),
            subject_after_stops=frozenset(data.get("singular", {}).get("subject_after_stops",
                                                                        [])),
            singular_forms={k: frozenset(f for f in all_forms(lang, data.get("verb_lemmas", {})
                                                              .get(k, [])) if " " not in f)
                            for k in CASUALTY_KINDS},
            locatives=frozenset(ctx.get("locatives", [])),
            verb_links=frozenset(ctx.get("verb_links", [])),
            tolls=TermSet(data.get("tolls", {}).get("nouns", [])),
            place_joiners=frozenset(scope.get("place_joiners", [])),
            people_suffixes=tuple(ctx.get("people_suffixes", [])),
            participles=tuple(ctx.get("participle_endings", [])),
            predicates=frozenset(ctx.get("predicates", [])),
            verbs_adjacent={k: TermSet(v) for k, v in data.get("verbs_adjacent", {}).items()},
            day_bound=TermSet(scope.get("day_bound", [])),
            grievance=TermSet(scope.get("grievance", [])),
            days=_day_words(lang),
            hours=_day_words(lang, "hours"),
            incidents=TermSet(scope.get("incidents", [])),
            incident_links=frozenset(scope.get("incident_links", [])),
            zero=TermSet(data.get("zero", {}).get("words", [])),
            zero_unknown=frozenset(data.get("zero", {}).get("unknown", [])),
            zero_severity=frozenset(data.get("zero", {}).get("severity", [])),
            zero_both=frozenset(data.get("zero", {}).get("both", [])),
            comitatives=TermSet(mates.get("comitatives", [])),
            companion_determiners=frozenset(mates.get("determiners", [])),
            companion_people=frozenset([*mates.get("people", []),
                                        *(load_grammar(lang).one_heads if lang else ())]),
            companion_vague=frozenset(mates.get("vague", [])),
            companion_joiners=frozenset(mates.get("joiners", [])),
        )


def _with_lethal(data: dict[str, Any], lang: str) -> dict[str, Any]:
    """``data`` with the killings told as a wounding carried on until death: each
    wounding participle (``[lethal] wounding``, and the injured words of ``[kinds]``)
    followed by a phrase of "until death" (``[lethal] until``) is a word of fatalities
    ("golpeados hasta la muerte", "espancada até a morte"), and after a singular
    passive auxiliary a casualty verb of one person ("fue apuñalado hasta la muerte");
    each form of a wounding verb (``[lethal] verbs``) followed by a phrase of "until
    death" or of "causing death" (``[lethal] until_verbs``) is a verb of killing before
    its victims ("agredieron hasta causarle la muerte al taxista"), and so is each form
    of a shooting verb (``[lethal] shooting``) followed by an adverb of "fatally"
    (``fatally``) and a preposition of its target (``at``): "disparó mortalmente contra
    un joven", "a tiré mortellement sur un manifestant"."""
    lethal = data.get("lethal", {})
    until = lethal.get("until", [])
    if not until:
        return data
    wounding = [*lethal.get("wounding", []),
                *(w for w in data.get("kinds", {}).get("injured", []) if not w.endswith("*"))]
    phrases = [f"{w} {u}" for w in wounding for u in until]
    singular = dict(data.get("singular", {}))
    auxiliaries = singular.get("auxiliaries", [])
    singular["fatalities"] = [*singular.get("fatalities", []),
                              *(f"{a} {p}" for a in auxiliaries for p in phrases)]
    kinds = dict(data.get("kinds", {}))
    kinds["fatalities"] = [*kinds.get("fatalities", []), *phrases]
    killing = [f"{f} {u}" for f in all_forms(lang, lethal.get("verbs", []))
               for u in lethal.get("until_verbs", until)]
    # a shot fired fatally at someone kills them ("disparó mortalmente contra un joven")
    killing += [f"{f} {a} {p}" for f in all_forms(lang, lethal.get("shooting", []))
                for a in lethal.get("fatally", []) for p in lethal.get("at", [])]
    before = dict(data.get("verbs_before", {}))
    before["fatalities"] = [*before.get("fatalities", []), *killing]
    return {**data, "kinds": kinds, "singular": singular, "verbs_before": before,
            "lethal_verbs": killing}


def _day_words(lang: str, key: str = "days") -> frozenset[str]:
    """Words that name one day (weekdays, "yesterday") or, for ``key="hours"``, a time of
    one day ("dawn", "madrugada"), from the language's ``dates.toml``."""
    try:
        data = language(lang).table("dates")
    except ConfigError:
        return frozenset()
    if key == "hours":
        words = list(data.get("times_of_day", {}))
    else:
        words = [*data.get("weekdays", {}), *data.get("relative", {})]
    return frozenset(w.lower() for w in words if " " not in w)


@lru_cache(maxsize=16)
def load_figure_lexicon(lang: str) -> FigureLexicon:
    """The figure lexicon of ``lang`` (cached; ConfigError for an unknown language)."""
    return FigureLexicon.from_data(language(lang).table("figures"), lang)


@dataclass
class _Fig:
    """A figure being built for one sentence."""

    match: NumberMatch
    kind: str
    first: int  # first token of the phrase
    last: int  # last token of the phrase (inclusive)
    num_first: int
    num_last: int
    victims: str | None = None
    group: str | None = None
    component: bool = False
    parent: _Fig | None = None
    scope_cues: list[str] = field(default_factory=list)
    #: cues of a total over several places (its parts keep the event scope)
    spatial: list[str] = field(default_factory=list)
    hedged: bool = False
    attribution: Attribution | None = None
    #: the grievance words before it: the figure is a protest's reason, not its outcome
    cause: str | None = None
    #: an additive adverb in its clause ("was also killed"): more victims than a figure
    #: told before, not a rival count of them
    additive: bool = False
    #: told for another place with its verb left out ("y tres más en Soacha"): it opens
    #: a clause of its own
    gapped: bool = False
    #: the token of the place a part of a total is told for ("Uno en Barcelona")
    part_place: int | None = None
    #: a figure told before, told again with a definite noun ("The officers were killed")
    restates: bool = False
    #: the death of one person told with a possessive ("his death")
    possessed: bool = False
    #: the name of the one person counted ("Fabiane Lirpa murió"), else None
    named: str | None = None
    #: one person and the people told with them ("arrestado junto a su esposa y su
    #: hijo"): a one-person count of the kind is a part of it
    companions: bool = False


class _Sentence:
    """Figure rules applied to the tokens of one sentence."""

    def __init__(self, text: str, start: int, end: int, lang: str, lex: FigureLexicon) -> None:
        self.text = text
        self.lang = lang
        self.lex = lex
        self.toks = tokenize(text, start, end, load_grammar(lang).pattern)
        self.numbers = parse_tokens(text, self.toks, lang)
        self.ranges: list[tuple[int, int]] = []
        for m in self.numbers:
            first = next(i for i, t in enumerate(self.toks) if t.end > m.span_start)
            last = max(i for i, t in enumerate(self.toks) if t.start < m.span_end)
            self.ranges.append((first, last))
        self.number_tokens = {i for a, b in self.ranges for i in range(a, b + 1)}
        #: the kind of a bare number after a toll noun ("put the toll at two"): the kind
        #: of the casualty figure stated last before this sentence
        self.toll_kind = "fatalities"
        #: the kind of a casualty figure stated in the two sentences before this one, if
        #: any: a bare count after a counting verb repeats it ("Police counted five")
        self.prior_kind: str | None = None
        #: the sentence names one locality: "the protests" there are one (multi-day) event
        self.local = False
        self._toll_ones()

    @cached_property
    def verb_starts(self) -> frozenset[int]:
        """The tokens where a casualty verb of a singular may start (a listed phrase or a
        passive auxiliary): the singular rules look nowhere else."""
        firsts, prefixes = self.lex.singular_starts
        return frozenset(k for k, t in enumerate(self.toks)
                         if t.low in firsts or (prefixes and t.low.startswith(prefixes)))

    def _toll_ones(self) -> None:
        """"put the number of dead at one", "cifró el balance en uno": a one-word closing
        its clause after a toll noun is the number 1 (elsewhere "one" counts only before
        a person noun)."""
        ones = load_grammar(self.lang).one_words
        added = False
        for i, t in enumerate(self.toks):
            if t.low not in ones or i in self.number_tokens:
                continue
            if i + 1 < len(self.toks) and self.toks[i + 1].kind != "punct":
                continue
            if self._toll_before(i) is None:
                continue
            self.numbers.append(NumberMatch(t.start, t.end, 1, None, None, "exact"))
            self.ranges.append((i, i))
            added = True
        if added:
            order = sorted(range(len(self.numbers)), key=lambda k: self.ranges[k][0])
            self.numbers = [self.numbers[k] for k in order]
            self.ranges = [self.ranges[k] for k in order]
            self.number_tokens = {i for a, b in self.ranges for i in range(a, b + 1)}

    # -- windows ---------------------------------------------------------------------
    def right(self, k: int, size: int = RIGHT_WINDOW) -> list[int]:
        """Token indexes after ``k`` up to a clause end or another count, asides skipped."""
        return self._right_to(k, size)[0]

    def _right_to(self, k: int, size: int) -> tuple[list[int], int]:
        """:meth:`right` and the token where it stopped."""
        toks = self.toks
        out: list[int] = []
        i = k + 1
        # a count quoted with its noun ('"11 personnes" ont été interpellées'): the closing
        # quote does not end its clause
        quoted = any(toks[j].text in _QUOTE_MARKS for j in range(max(0, k - 3), k + 1))
        while i < len(toks) and len(out) < size:
            t = toks[i]
            if i in self.number_tokens:
                break
            if quoted and t.text in _QUOTE_MARKS and len(out) <= 3:
                quoted = False
                i += 1
                continue
            after = self._past_inset(i)
            if after == _NO_CLOSE:
                break
            if after is not None:
                i = after
                continue
            if t.kind == "punct" and t.text in _CLAUSE_END:
                break
            if t.text == "-" and i + 1 < len(toks) and toks[i - 1].end == t.start \
                    and toks[i + 1].start == t.end:
                i += 2  # "a 4-year-old child": one word, not four
                continue
            if t.kind == "num" and i not in self.number_tokens:
                i = self._past_measure(i)  # "de 17 à 27 ans": the noun's age, no word of it
                continue
            out.append(i)
            i = self._past_name(i) if i > k + 1 else i + 1
        return out, i

    def _past_measure(self, i: int) -> int:
        """The token after digits that are no count (an age, a measure) at token ``i``,
        with the other end of their range and their unit ("17 y 27 años")."""
        toks, g = self.toks, load_grammar(self.lang)
        j = i + 1
        for joins in (g.range_join, g.range_join_after_open):
            hit = joins.match_at(toks, j)
            if hit and j + hit[0] < len(toks) and toks[j + hit[0]].kind == "num" \
                    and j + hit[0] not in self.number_tokens:
                j += hit[0] + 1
                break
        unit = g.after.match_at(toks, j)
        return j + unit[0] if unit else j

    def _past_name(self, i: int) -> int:
        """The token after a proper name that starts at token ``i``: its capitalized words
        and the connectors between them ("Fuerzas Armadas Revolucionarias de Colombia")
        are one word of a count's phrase, so a long name does not push the verb out of
        reach ("Dos disidentes de las Fuerzas Armadas Revolucionarias de Colombia
        murieron"). Only a name after a lowercase word is one: in a title in capitals
        ("Three Protesters Killed") every word is capitalized. A conjunction ends the
        name: "Lima and Cusco" are two."""
        toks = self.toks
        prev = toks[i - 1]
        if not _cap(toks[i]) or prev.kind != "word" or _cap(prev):
            return i + 1
        connectors = load_lexicon(self.lang).connectors
        j = i + 1
        while j < len(toks):
            if _cap(toks[j]) and j not in self.number_tokens:
                j += 1
                continue
            hit = connectors.match_at(toks, j)
            n = hit[0] if hit else 0
            if toks[j].text in _APOSTROPHES and j + 1 < len(toks) and toks[j + 1].low == "s":
                n = 2  # "the People's Liberation Front"
            if n and toks[j].low not in self.lex.conjunctions and j + n < len(toks) \
                    and _cap(toks[j + n]) and j + n not in self.number_tokens:
                j += n
                continue
            break
        return j

    def _past_inset(self, i: int) -> int | None:
        """The token after an inset opening at token ``i`` (an aside in brackets or dashes,
        a part or an attribution between commas), :data:`_NO_CLOSE` for an aside that does
        not close soon, None when none opens there."""
        toks = self.toks
        t = toks[i]
        if t.text in _ASIDE_OPEN and (i == 0 or toks[i - 1].end < t.start):
            closer = _ASIDE_OPEN[t.text]
            j = next((j for j in range(i + 1, min(i + 12, len(toks)))
                      if toks[j].text == closer), None)
            return _NO_CLOSE if j is None else j + 1
        if t.text != ",":
            return None
        n = self.lex.relatives.match_at(toks, i + 1)
        if n:
            # "otros dos policías, que también resultaron heridos": a relative clause
            # says what befell the people counted
            return i + 1 + n
        if self.lex.comp_before.match_at(toks, i + 1):
            # "Trois personnes, dont un gendarme, ont été tuées": a part between commas
            j = next((j for j in range(i + 2, min(i + 10, len(toks)))
                      if toks[j].kind == "punct" and toks[j].text != "-"), None)
            if j is not None and toks[j].text == ",":
                return j + 1
        if load_lexicon(self.lang).prepositions.match_at(toks, i + 1):
            # "Unas 26 personas, según la policía, fueron detenidas": an attribution
            # between commas
            j = next((j for j in range(i + 2, min(i + 12, len(toks)))
                      if toks[j].kind == "punct"), None)
            if j is not None and toks[j].text == ",":
                return j + 1
        return None

    def left(self, k: int, size: int = LEFT_WINDOW) -> list[int]:
        """Token indexes before ``k`` (nearest first) up to a sentence stop or a count."""
        out: list[int] = []
        i = k - 1
        while i >= 0 and len(out) < size:
            t = self.toks[i]
            if i in self.number_tokens or (t.kind == "punct" and t.text in _SENTENCE_END):
                break
            out.append(i)
            i -= 1
        return out

    # -- what a number counts ----------------------------------------------------------
    def kind_right(self, b: int) -> tuple[str, int] | bool | None:
        """``(kind, last token)`` from the words after the number ending at token ``b``;
        ``False`` when a not-counted word ("missing") comes first."""
        idx = self.right(b)
        lex = self.lex
        people = False  # a noun of people counted first: "40 activists at their homes"
        for i in idx:
            if lex.not_counted.match_at(self.toks, i):
                return None if people else False
            people = people or bool(lex.crowd_nouns.match_at(self.toks, i)
                                    or self.victim_at(i) or self._person_noun(i))
            if self.toks[i].low in lex.breakers and not self._not_a_count_after(i):
                return None  # "Dos versiones sobre los muertos": another noun phrase
            for kind in CASUALTY_KINDS:
                n = lex.kinds[kind].match_at(self.toks, i) if kind in lex.kinds else 0
                if n:
                    if (i + n) in self.number_tokens and i > b + 1:
                        # "two jihadist assaults killed 40 soldiers": the number counts the
                        # subject of the verb, the count after the verb is the figure
                        return None
                    return kind, i + n - 1
        return None

    def _not_a_count_after(self, i: int) -> bool:
        """Digits that are no count follow token ``i``: the preposition opens an age or
        a measure of the counted noun ("siete jóvenes de entre 17 y 27 años murieron"),
        not another noun phrase."""
        j = i + 1
        return j < len(self.toks) and self.toks[j].kind == "num" \
            and j not in self.number_tokens

    def kind_left(self, a: int, b: int) -> tuple[str, int] | None:
        """``(kind, first token)`` from a verb or a linked kind word before token ``a``."""
        toks, lex = self.toks, self.lex
        left = self.left(a)
        for i in left:  # nearest first
            for kind in CASUALTY_KINDS:
                verbs = lex.verbs_before.get(kind)
                n = verbs.match_at(toks, i) if verbs else 0
                if n and i + n <= a and self._followed_by_people(b):
                    return kind, i
            for kind in CASUALTY_KINDS:
                n = lex.kinds[kind].match_at(toks, i) if kind in lex.kinds else 0
                if n and i + n <= a and all(toks[j].low in lex.linkers
                                            for j in range(i + n, a)):
                    return kind, i
            if toks[i].kind == "punct" and toks[i].text != ",":
                break
        return None

    def _followed_by_people(self, b: int) -> bool:
        """The number after a verb counts people: "killed four people", "killing three of
        them", "detained 30" (nothing after it)."""
        idx = self.right(b, 3)
        if not idx or self.lex.comp_after.match_at(self.toks, b + 1):
            return True
        if self.lex.not_counted.match_at(self.toks, idx[0]):
            return False
        first = self.toks[idx[0]]
        if first.kind == "word" and first.text[:1].isupper():
            return True  # "killing 95 Houthis": a named group
        heads = load_grammar(self.lang).one_heads
        return any(self.lex.crowd_nouns.match_at(self.toks, i) or self.victim_at(i)
                   or self._person_noun(i) or self.toks[i].low in heads for i in idx)

    def _person_noun(self, i: int) -> bool:
        """A noun of people by its ending: agent nouns ("looters", "sindicalistas",
        "militants", "manifestants"), ``people_suffixes`` of ``figures.toml``."""
        t = self.toks[i]
        return t.kind == "word" and len(t.low) > 4 and t.low.endswith(self.lex.people_suffixes)

    def verb_adjacent(self, a: int, b: int) -> tuple[str, int] | None:
        """``(kind, first token)`` of a casualty verb right before the number at ``a``
        (a personal "a" between: "detuvo a 40"), when the number counts people."""
        toks, lex = self.toks, self.lex
        end = a
        if a > 0 and toks[a - 1].low in lex.verb_links:
            end = a - 1
        for i in range(end - 1, max(-1, end - 5), -1):
            if i in self.number_tokens:
                break
            for kind in CASUALTY_KINDS:
                verbs = lex.verbs_before.get(kind)
                n = verbs.match_at(toks, i) if verbs else 0
                if not n and kind in lex.verbs_adjacent:
                    # "held 63 farmers": verbs that count only right before the number
                    n = lex.verbs_adjacent[kind].match_at(toks, i)
                if n and i + n == end and self._followed_by_people(b):
                    return kind, i
        return None

    def _toll_before(self, a: int) -> tuple[str | None, int] | None:
        """``(kind or None, first token)`` of a toll noun before the number at ``a`` in
        its clause ("put the toll at two", "cifró el balance en dos", "un bilan de
        deux"); the kind when a kind word stands between them ("el balance de heridos")."""
        toks, lex = self.toks, self.lex
        for i in self._left_through_colon(a, 16):
            if toks[i].kind == "punct" and toks[i].text not in ("'", "’") and not (
                    toks[i].text == ":" and i == a - 1):
                return None
            n = lex.tolls.match_at(toks, i)
            if n and i + n <= a:
                # the kind word anywhere in the toll's complement ("the number of
                # protesters killed since the coup to 117"), else a crowd's size
                for j in range(i + n, a):
                    for kind in CASUALTY_KINDS:
                        if kind in lex.kinds and lex.kinds[kind].match_at(toks, j):
                            return kind, i
                if any(lex.crowd_nouns.match_at(toks, j) for j in range(i + n, a)):
                    return None  # "the number of protesters rose to 5,000"
                return None, i
        return None

    def _left_through_colon(self, a: int, size: int) -> list[int]:
        """:meth:`left`, going on past a colon right before ``a`` ("um número mais
        elevado: seis")."""
        if a > 0 and self.toks[a - 1].text == ":":
            return [a - 1, *self.left(a - 1, size - 1)]
        return self.left(a, size)

    def victim_at(self, i: int) -> str | None:
        for group, terms in self.lex.victims:
            if terms.match_at(self.toks, i):
                return group
        return None

    def victims_between(self, lo: int, hi: int) -> str | None:
        for i in range(lo, hi + 1):
            group = self.victim_at(i)
            if group:
                return group
        return None

    def crowd(self, a: int, b: int, m: NumberMatch) -> int | None:
        """Last token of a crowd phrase ("10,000 indigenous people"), or None."""
        toks, lex = self.toks, self.lex
        if a >= 2 and lex.crowd_before.match_at(toks, a - 2) == 2:
            return b
        idx = self.right(b, 10)
        noun_end = None
        for i in idx[:3]:
            n = lex.crowd_nouns.match_at(toks, i)
            if n:
                noun_end = i + n - 1
                break
        if noun_end is None:
            return None
        for i in idx:
            if lex.crowd_verbs.match_at(toks, i):
                return noun_end
        size = m.value if m.value is not None else m.low
        if size is not None and size >= 50 and self.victims_between(b + 1, noun_end) == \
                "protesters":
            return noun_end
        return None

    # -- the figures of the sentence ---------------------------------------------------
    def figures(self) -> list[_Fig]:
        figs: list[_Fig | None] = []
        pending: list[int] = []  # numbers waiting for the kind of the next one
        for n, (m, (a, b)) in enumerate(zip(self.numbers, self.ranges, strict=True)):
            right = self.kind_right(b)
            if right is False:
                figs.append(None)
                continue
            fig = self._stated_fig(m, a, b, right, figs)
            if fig is None and self._article(m):
                figs.append(self._article_fig(m, a, b, figs))
                continue
            if fig is None:
                fig = self._linked_fig(m, a, b, figs)
            if fig is None and self._coordinated(b, n):
                pending.append(n)
                figs.append(None)
                continue
            if fig is None:
                fig = self._inferred_fig(m, a, b, figs)
            if fig is not None and pending:
                self._give_kind(fig, pending, figs)
            pending = []
            figs.append(fig)
        out = [f for f in figs if f is not None]
        out.extend(self._another(out))
        for f in out:
            f.victims = self.victims_between(f.num_last + 1, max(f.last, f.num_last + 3))
            if f.victims is None and f.first < f.num_first:
                f.victims = self.victims_between(f.first, f.num_first - 1)
        out.sort(key=lambda f: f.num_first)
        return out

    def _stated_fig(self, m: NumberMatch, a: int, b: int, right: tuple[str, int] | bool | None,
                    figs: list[_Fig | None]) -> _Fig | None:
        """The figure whose kind a word next to the number states: a verb right before
        it, or a kind word after it (``right``, as :meth:`kind_right` gives it)."""
        adjacent = self.verb_adjacent(a, b)
        if adjacent is not None:
            # "killed at least 18 people and injured ...", "detuvo a 40 activistas":
            # the verb right before the number says what it counts
            kind, first = adjacent
            return _Fig(m, kind, first, self._phrase_end(b), a, b)
        if not isinstance(right, tuple):
            return None
        kind, last = right
        fig = _Fig(m, kind, a, last, a, b)
        fig.component = bool(self.lex.comp_after.match_at(self.toks, b + 1))
        whole = self._last_fig(figs)
        if not fig.component and whole is not None and whole.kind == kind \
                and self._component_before(a) is not None:
            # "More than 220 people were injured, including 80 hospitalizations"
            fig.component, fig.parent = True, whole
        return fig

    def _article_fig(self, m: NumberMatch, a: int, b: int,
                     figs: list[_Fig | None]) -> _Fig | None:
        """"a"/"un"/"um" counts only with its own kind word, in a list of parts or after
        a toll noun ("un bilan d'une victime")."""
        toks, lex = self.toks, self.lex
        parent = self._list_parent(figs, a)
        if parent is None and self._component_before(a) is not None:
            parent = self._last_fig(figs)  # "dont un gendarme", "including a boy"
        toll = self._toll_before(a) if parent is None else None
        if toll is not None and toll[0] is None and not self._bare(self._phrase_end(b)):
            toll = None
        linked = self.kind_left(a, b) if parent is None and toll is None and a > 0 \
            and toks[a - 1].low in lex.verb_links else None
        if linked is not None:  # "dejaron herida a una mujer"
            return _Fig(m, linked[0], linked[1], self._phrase_end(b), a, b)
        if parent is not None:
            return _Fig(m, parent.kind, a, self._phrase_end(b), a, b, component=True,
                        parent=parent.parent or parent)
        if toll is not None:
            return _Fig(m, toll[0] or self.toll_kind, toll[1], self._phrase_end(b), a, b)
        return None

    def _linked_fig(self, m: NumberMatch, a: int, b: int,
                    figs: list[_Fig | None]) -> _Fig | None:
        """The figure a word before the number ties to a kind: a list of parts, a
        component word, a kind word or a toll noun."""
        parent = self._list_parent(figs, a)
        if parent is not None:
            return _Fig(m, parent.kind, a, self._phrase_end(b), a, b, component=True,
                        parent=parent.parent or parent)
        comp = self._component_before(a)
        if comp is not None:
            whole = self._last_fig(figs)
            if whole is not None:
                return _Fig(m, whole.kind, comp, self._phrase_end(b), a, b,
                            component=True, parent=whole)
        left = self.kind_left(a, b)
        if left is not None:
            kind, first = left
            return _Fig(m, kind, first, self._phrase_end(b), a, b)
        toll = self._toll_before(a)
        if toll is not None and (toll[0] is not None or self._bare(b)):
            # "The Interior Ministry put the toll at two": a rival figure of the
            # kind counted before it
            toll_kind, first = toll
            return _Fig(m, toll_kind or self.toll_kind, first, self._phrase_end(b), a, b)
        return None

    def _inferred_fig(self, m: NumberMatch, a: int, b: int,
                      figs: list[_Fig | None]) -> _Fig | None:
        """The figure whose kind comes from the figure before it (a sum's part, a
        recount) or from a crowd around it."""
        toks = self.toks
        gapped = self._gapped(figs, a, b)
        if gapped is not None:
            # "murieron en Bogotá y tres más en Soacha": the verb left out is the one of
            # the figure before; a count of its own, for the place named after it
            kind, first, last = gapped
            return _Fig(m, kind, first, last, a, b, gapped=True)
        prev = self._joined_to_previous(figs, a)
        if prev is not None:
            # "injuries to two policemen and 14 pedestrians", "los lesionados son
            # 11 antimotines y 10 guardias": parts of one sum, counted by the same word
            prev.group = prev.group or f"{toks[prev.num_first].start}"
            return _Fig(m, prev.kind, a, self._phrase_end(b), a, b, group=prev.group)
        if self._recount_before(a):
            # "6 500 personnes ont défilé ; les syndicats en ont compté 15 000"; "Police
            # counted five", "A polícia contabilizou dois": a bare count repeats the
            # kind of the figure just before it
            previous = self._last_fig(figs)
            counted = previous.kind if previous is not None else (
                self.prior_kind if self._bare(b) else None)
            if counted is not None:
                return _Fig(m, counted, a, self._phrase_end(b), a, b)
        end = self.crowd(a, b, m)
        return _Fig(m, "crowd_size", a, end, a, b) if end is not None else None

    def _gapped(self, figs: list[_Fig | None], a: int,
                b: int) -> tuple[str, int, int] | None:
        """``(kind, first, last token)`` of a count told for another place with its verb
        left out, after a conjunction: a word for "more" after it ("and two more in
        Tambo", "y tres más en Soacha") or before it ("e mais dois em Tambo"), then a
        locative and a capitalized place; the kind is the one of the figure before."""
        toks, lex = self.toks, self.lex
        prev = self._last_fig(figs)
        if prev is None or prev.kind not in CASUALTY_KINDS:
            return None
        first, end = a, b + 1
        n = lex.more_after.match_at(toks, end)
        if n:
            end += n
        else:
            first = next((k for k in range(max(0, a - 3), a)
                          if lex.more_before.match_at(toks, k) == a - k), a)
        if first == a and not n:
            return None
        k = first - 1
        if k > 0 and toks[k].low in lex.verb_links:
            k -= 1  # "y a otras cinco en Tambo"
        if k < 0 or toks[k].low not in lex.conjunctions:
            return None
        if end + 1 >= len(toks) or toks[end].low not in lex.locatives \
                or not _cap(toks[end + 1]):
            return None
        return prev.kind, first, end - 1

    def _give_kind(self, fig: _Fig, pending: list[int], figs: list[_Fig | None]) -> None:
        """Numbers coordinated before ``fig`` ("two policemen and 14 pedestrians
        injured") count what it counts, in one group."""
        group = f"{self.toks[self.ranges[pending[0]][0]].start}"
        for p in pending:
            pm = self.numbers[p]
            pa, pb = self.ranges[p]
            figs[p] = _Fig(pm, fig.kind, pa, fig.last, pa, pb, group=group)
        fig.group = group

    def _article(self, m: NumberMatch) -> bool:
        """A "one" that is also an article ("a", "un", "um", "une")."""
        word = self.text[m.span_start : m.span_end].lower()
        return m.value == 1 and word in load_grammar(self.lang).one_words

    def _phrase_end(self, b: int) -> int:
        """The number plus the people nouns right after it ("seis pessoas", "a man")."""
        end = b
        heads = load_grammar(self.lang).one_heads
        for i in self.right(b, 4):
            n = self.lex.crowd_nouns.match_at(self.toks, i)
            if n or self.victim_at(i) or self.toks[i].low in heads:
                end = i + max(n, 1) - 1
                break
        return end

    def _bare(self, b: int) -> bool:
        """The number ending at token ``b`` closes its clause ("counted five.", "contabilizou
        dois,", "counted five while ...")."""
        nxt = b + 1
        return nxt >= len(self.toks) or self.toks[nxt].kind == "punct" \
            or self.toks[nxt].low in self.lex.conjunctions \
            or self.toks[nxt].low in self.lex.clause_openers

    def _recount_before(self, a: int) -> bool:
        for i in self.left(a, 3):
            n = self.lex.recount.match_at(self.toks, i)
            if n and i + n == a:
                return True
        return False

    def _component_before(self, a: int) -> int | None:
        """The first token of a cue of a part ("including", "dont", "uno de ellos con")
        a few words before the number at ``a``, in its clause."""
        for i in self.left(a, 5):
            if self.toks[i].text == "," and i < a - 1:
                return None  # "including many foreigners, during 125 investigations"
            n = self.lex.comp_before.match_at(self.toks, i)
            if n and i + n <= a:
                return i
        return None

    @staticmethod
    def _last_fig(figs: list[_Fig | None]) -> _Fig | None:
        return next((f for f in reversed(figs) if f is not None), None)

    def _coordinated(self, b: int, n: int) -> bool:
        """"55 policías y 20 ...": the number is followed, in a few words, by a
        conjunction or comma and the next count."""
        if n + 1 >= len(self.numbers):
            return False
        nxt = self.ranges[n + 1][0]
        between = self.toks[b + 1 : nxt]
        if not between or len(between) > 6:
            return False
        if between[-1].low not in self.lex.conjunctions and between[-1].text != ",":
            return False
        of_words = set(self.lex.comp_after.exact)  # "of", "das", "de": a part, not a list
        if any(t.kind == "word" and ((len(t.low) > 4 and t.low.endswith(self.lex.participles))
                                     or t.low in self.lex.predicates)
               for t in between[1:]):
            return False  # "cuatro elementos retenidos y 13 civiles heridos": its own predicate
        return all((t.kind == "word" and t.low not in of_words) or t.text == ","
                   for t in between)

    def _joined_to_previous(self, figs: list[_Fig | None], a: int) -> _Fig | None:
        """The figure just before, counted by a kind word before its number, that the
        number at ``a`` is coordinated with: its people noun and a conjunction between."""
        prev = figs[-1] if figs else None
        if prev is None or prev.kind == "crowd_size" or prev.first >= prev.num_first \
                or prev.component:
            return None
        between = self.toks[prev.num_last + 1 : a]
        if not between or len(between) > 4 or between[-1].low not in self.lex.conjunctions:
            return None
        if not all(t.kind == "word" for t in between):
            return None
        after = [i for i in range(a + 1, min(a + 3, len(self.toks)))
                 if i not in self.number_tokens]
        people = [i for i in [*range(prev.num_last + 1, a - 1), *after]
                  if self.lex.crowd_nouns.match_at(self.toks, i) or self.victim_at(i)
                  or self._person_noun(i)]
        return prev if people else None

    def _list_parent(self, figs: list[_Fig | None], a: int) -> _Fig | None:
        """The figure an elliptic list item belongs to: "três mortos: um jovem no X"."""
        parent = self._last_fig(figs)
        if parent is None:
            return None
        between = self.toks[parent.last + 1 : a]
        if any(t.text == ":" for t in between) and len(between) <= 3:
            return parent
        if between and len(between) <= 2 and all(
                t.text == "," or t.low in self.lex.conjunctions for t in between) \
                and self._locative_after(a):
            # "Siete muertos, cinco en Bogotá y dos en Soacha": parts by place
            return parent
        if parent.component and all(t.kind == "punct" or t.low in self.lex.conjunctions
                                    or t.kind == "word" for t in between) \
                and self._locative_after(a):
            return parent
        return None

    def _locative_after(self, a: int) -> bool:
        """"Duas em Sala", "um polícia em Tambo": a count (with its people noun) followed
        by a place."""
        b = a
        while b + 1 < len(self.toks) and (b + 1) in self.number_tokens:
            b += 1
        b = self._phrase_end(b)
        return b + 2 < len(self.toks) and self.toks[b + 1].low in self.lex.locatives \
            and self.toks[b + 2].text[:1].isupper()

    def place_parts(self, prev: list[_Fig]) -> list[_Fig]:
        """The parts of the total told just before, place by place, in a sentence with
        no count of its own: a list of counts each with its place ("Uno en Barcelona,
        otro en El Prat y otro en Mataró"), or one for each place of a list ("One each
        has been killed in Lahore, Faisalabad, Quetta and Swat"). The parts must add up
        to the total; each is a component of it, told for its place."""
        whole = next((f for f in reversed(prev) if f.kind in CASUALTY_KINDS
                      and not f.component and f.match.value), None)
        if whole is None:
            return []
        items = self._listed_parts() or self._each_parts()
        if len(items) < 2 or sum(v for _a, _b, v, _p in items) != whole.match.value:
            return []
        toks = self.toks
        out = []
        for a, b, value, place in items:
            m = NumberMatch(toks[a].start, toks[b].end, value, None, None, "exact")
            out.append(_Fig(m, whole.kind, a, max(b, self._name_end(place) - 1), a, b,
                            component=True, parent=whole, part_place=place))
        return out

    def _part_value(self, i: int) -> tuple[int, int] | None:
        """``(last token, value)`` of a count opening a part at token ``i``: a number, a
        "one" or an "another"."""
        toks = self.toks
        for m, (a, b) in zip(self.numbers, self.ranges, strict=True):
            if a == i and m.value:
                return b, m.value
        n = self.lex.another.match_at(toks, i)
        if n:
            return i + n - 1, 1
        return (i, 1) if toks[i].low in load_grammar(self.lang).one_words else None

    def _place_after(self, i: int) -> int | None:
        """The token after a place named after a locative at token ``i``, else None."""
        toks = self.toks
        if i + 1 >= len(toks) or toks[i].low not in self.lex.locatives \
                or not _cap(toks[i + 1]):
            return None
        return self._name_end(i + 1)

    def _name_end(self, i: int) -> int:
        """The token after the capitalized words (and connectors) of a name at ``i``."""
        toks = self.toks
        connectors = load_lexicon(self.lang).connectors
        j = i + 1
        while j < len(toks):
            if _cap(toks[j]):
                j += 1
                continue
            hit = connectors.match_at(toks, j)
            n = hit[0] if hit else 0
            if n and toks[j].low not in self.lex.conjunctions and j + n < len(toks) \
                    and _cap(toks[j + n]):
                j += n
                continue
            break
        return j

    def _listed_parts(self) -> list[tuple[int, int, int, int]]:
        """``(first, last token, value, place token)`` of "Uno en Barcelona, otro en El
        Prat y otro en Mataró": counts with their places from the first word of the
        sentence to its end."""
        toks, lex = self.toks, self.lex
        out: list[tuple[int, int, int, int]] = []
        i = 0
        while i < len(toks):
            part = self._part_value(i)
            after = self._place_after(part[0] + 1) if part is not None else None
            if part is None or after is None:
                return []
            out.append((i, part[0], part[1], part[0] + 2))
            i = after
            while i < len(toks) and (toks[i].text == "," or toks[i].low in lex.conjunctions):
                i += 1
            if i >= len(toks) or toks[i].text in _SENTENCE_END:
                return out
        return out

    def _each_parts(self) -> list[tuple[int, int, int, int]]:
        """One count for each place of a list: "One each has been killed in Lahore,
        Faisalabad and Quetta" (``each`` of figures.toml after a "one")."""
        toks, lex = self.toks, self.lex
        ones = load_grammar(self.lang).one_words
        for i, t in enumerate(toks):
            n = lex.each.match_at(toks, i + 1) if t.low in ones else 0
            if not n:
                continue
            k = next((k for k in range(i + 1 + n, min(i + 10, len(toks)))
                      if self._place_after(k) is not None), None)
            if k is None:
                return []
            return [(i, i + n, 1, p) for p in self._listed_places(k + 1)]
        return []

    def _listed_places(self, j: int) -> list[int]:
        """The first tokens of the names of a list from token ``j``, "A, B, C and D": the
        name after the conjunction closes it."""
        toks, lex = self.toks, self.lex
        places: list[int] = []
        closing = False
        while j < len(toks) and _cap(toks[j]):
            places.append(j)
            j = self._name_end(j)
            if closing:
                break
            if j < len(toks) and toks[j].text == ",":
                j += 1
            if j < len(toks) and toks[j].low in lex.conjunctions:
                j += 1
                closing = True
            elif j < len(toks) and toks[j - 1].text != ",":
                break
        return places if closing else []

    def objects(self, figs: list[_Fig]) -> list[_Fig]:
        """One person as the object of a casualty verb, told with a singular article
        and a noun of a person or a name ("mataron al estudiante", "killed the
        lawyer Pedro Lirpa", "ont arrêté l'étudiant"): a count of one."""
        toks, lex = self.toks, self.lex
        if not lex.object_articles.exact and not lex.object_articles.prefix:
            return []
        covered = {i for f in figs for i in range(f.first, f.last + 1)}
        heads = load_grammar(self.lang).one_heads
        out: list[_Fig] = []
        for kind in CASUALTY_KINDS:
            verbs = lex.object_verbs.get(kind)
            for i, n in verbs.find(toks) if verbs else []:
                j = i + n
                if j < len(toks) and toks[j].low in lex.verb_links \
                        and not lex.object_articles.match_at(toks, j):
                    j += 1  # "mataron a su chofer"
                k = lex.object_articles.match_at(toks, j)
                if not k or any(c in covered for c in range(i, j + k)):
                    continue
                end = self._object_end(j + k, heads)
                if end is None:
                    continue
                m = NumberMatch(toks[i].start, toks[end].end, 1, None, None, "exact")
                out.append(_Fig(m, kind, i, end, j, end))
                covered.update(range(i, end + 1))
        return out

    def _object_end(self, k: int, heads: frozenset[str]) -> int | None:
        """The last token of a person after an article at token ``k``: a noun of a
        person within three words, or a name of two capitalised words after up to three
        lower-case words ("al abogado y taxista Pedro Lirpa")."""
        toks = self.toks
        for j in range(k, min(k + 4, len(toks))):
            if toks[j].kind != "word":
                return None
            if _cap(toks[j]):
                end = self._name_through_connectors(j)
                while end < len(toks) and toks[end].kind == "word" and _cap(toks[end]):
                    end += 1
                named = sum(1 for c in range(j, end) if _cap(toks[c])) >= 2
                return end - 1 if named else None
            if toks[j].low in heads:
                return j
        return None

    def possessed(self, figs: list[_Fig]) -> list[_Fig]:
        """The death of one person told with a possessive ("his death during a rally",
        "su muerte", "sa mort"): a count of one."""
        toks = self.toks
        covered = {i for f in figs for i in range(f.first, f.last + 1)}
        out: list[_Fig] = []
        for kind, phrases in self.lex.possessed.items():
            for i, n in phrases.find(toks):
                if i in covered or any(self.lex.possessed_reasons.match_at(toks, k) == i - k
                                       for k in range(max(0, i - 2), i)):
                    continue  # "protests over his death": the reason, not the toll
                m = NumberMatch(toks[i].start, toks[i + n - 1].end, 1, None, None, "exact")
                out.append(_Fig(m, kind, i, i + n - 1, i, i + n - 1, possessed=True))
        covered.update(i for f in out for i in range(f.first, f.last + 1))
        return out + self._life_of(covered)

    def _life_of(self, covered: set[int]) -> list[_Fig]:
        """A life taken from one person named after the idiom, which itself marks
        the object ("claimed the life of a student", "costó la vida al joven", "a coûté
        la vie à un manifestant"): a count of one fatality."""
        toks = self.toks
        heads = load_grammar(self.lang).one_heads
        out: list[_Fig] = []
        for i, n in self.lex.life_of.find(toks):
            j = i + n
            k = self.lex.object_articles.match_at(toks, j)
            end = self._object_end(j + k, heads)
            if end is None or any(c in covered for c in range(i, end + 1)):
                continue
            m = NumberMatch(toks[i].start, toks[end].end, 1, None, None, "exact")
            out.append(_Fig(m, "fatalities", i, end, j, end))
            covered.update(range(i, end + 1))
        return out

    def restated(self, recent: list[_Fig]) -> list[_Fig]:
        """A figure of the two sentences before told again with a definite plural noun
        of people and a casualty verb ("Four policemen were killed ... The officers were
        killed at 6am, a spokesman told Pajhwok"): the same count, so the reporter of
        this sentence reports it too."""
        toks, lex = self.toks, self.lex
        for i, t in enumerate(toks[:-2]):
            noun = i + 1
            if t.low not in lex.definite or not self._plural_people(noun):
                continue
            j = noun + 1 + lex.restated_aux.match_at(toks, noun + 1)
            if j == noun + 1:
                continue  # a passive of the plural: "were killed", "fueron detenidos"
            if j < len(toks) and toks[j].low in lex.singular_adverbs:
                j += 1
            kind = next((k for k in CASUALTY_KINDS if j < len(toks) and (
                toks[j].low in lex.singular_forms.get(k, ())
                or (k in lex.kinds and lex.kinds[k].match_at(toks, j)))), None)
            told = next((f for f in reversed(recent) if f.kind == kind and f.match.value
                         and not f.component), None)
            if told is None:
                continue
            m = NumberMatch(toks[i].start, toks[noun].end, told.match.value, told.match.low,
                            told.match.high, told.match.qualifier)
            return [_Fig(m, told.kind, i, j, i, noun, restates=True)]
        return []

    def _plural_people(self, i: int) -> bool:
        """A plural noun of people at token ``i`` ("officers", "policías", "manifestants")."""
        t = self.toks[i]
        return t.kind == "word" and t.low.endswith("s") and not _cap(t) and bool(
            self.victim_at(i) or self.lex.crowd_nouns.match_at(self.toks, i)
            or self._person_noun(i))

    def _another(self, figs: list[_Fig]) -> list[_Fig]:
        """"... e outra em Vira": one more item of an elliptic list of parts."""
        out: list[_Fig] = []
        parts = [f for f in figs if f.component]
        if not parts:
            return out
        last = max(parts, key=lambda f: f.last)
        for i, n in self.lex.another.find(self.toks, last.last + 1):
            end = i + n - 1
            if end + 2 < len(self.toks) and self.toks[end + 1].low in self.lex.locatives \
                    and self.toks[end + 2].text[:1].isupper():
                m = NumberMatch(self.toks[i].start, self.toks[end].end, 1, None, None, "exact")
                out.append(_Fig(m, last.kind, i, end, i, end, component=True,
                                parent=last.parent or last))
        return out

    def zeros(self, figs: list[_Fig]) -> list[_Fig]:
        """"No injuries were reported", "No hubo heridos", "Aucun décès n'a été signalé":
        a negative word before a kind word states a figure of 0 (ANNOTATION.md section 7:
        zero when the text says nobody was hurt or held)."""
        toks, lex = self.toks, self.lex
        covered = {i for f in figs for i in range(f.first, f.last + 1)}
        out: list[_Fig] = []
        for i, n in lex.zero.find(toks):
            if i in covered or (i + n < len(toks) and toks[i + n].low in lex.zero_unknown):
                continue  # "no word on casualties": nothing is known, not zero
            for j in range(i + n, min(i + n + 3, len(toks))):
                if toks[j].kind == "punct" or j in self.number_tokens \
                        or toks[j].low in lex.zero_severity:
                    break  # "no serious injuries": some may be hurt
                if toks[j].low in lex.zero_both:  # "no casualties": no one killed or hurt
                    m = NumberMatch(toks[i].start, toks[i + n - 1].end, 0, None, None, "exact")
                    out.extend(_Fig(m, kind, i, j, i, i + n - 1)
                               for kind in ("fatalities", "injured"))
                    break
                found = next(((kind, j + lex.kinds[kind].match_at(toks, j) - 1)
                              for kind in CASUALTY_KINDS
                              if kind in lex.kinds and lex.kinds[kind].match_at(toks, j)),
                             None)
                if found is not None:
                    kind, last = found
                    if any(t.low in lex.zero_severity for t in toks[last + 1 : last + 3]):
                        break  # "No se reportaron heridos de gravedad"
                    m = NumberMatch(toks[i].start, toks[i + n - 1].end, 0, None, None, "exact")
                    out.append(_Fig(m, kind, i, last, i, i + n - 1))
                    break
        return out

    def one_more(self, figs: list[_Fig]) -> list[_Fig]:
        """"Two soldiers were killed and another injured", "y otro herido": "another"
        right before a kind word is one person (with a noun between, "otro manifestante
        murió", it adds to a toll told elsewhere and counts nothing here)."""
        toks, lex = self.toks, self.lex
        covered = {i for f in figs for i in range(f.first, f.last + 1)}
        out: list[_Fig] = []
        for i, n in lex.another.find(toks):
            j = i + n
            if i in covered or j >= len(toks):
                continue
            for kind in CASUALTY_KINDS:
                k = lex.kinds[kind].match_at(toks, j) if kind in lex.kinds else 0
                if k:
                    m = NumberMatch(toks[i].start, toks[j - 1].end, 1, None, None, "exact")
                    out.append(_Fig(m, kind, i, j + k - 1, i, j - 1))
                    break
        return out

    def additive(self, fig: _Fig) -> bool:
        """An additive adverb inside the figure's phrase or right after it: "his driver
        was also killed", "otros dos policías también resultaron heridos"."""
        words = self.lex.additive
        return bool(words) and any(t.low in words
                                   for t in self.toks[fig.first : fig.last + 3])

    def drop_negated(self, figs: list[_Fig]) -> list[_Fig]:
        """Figures whose "one" is part of a negative word: "no one was hurt" is no count
        of one (:meth:`zeros` reads it as 0)."""
        negated = {i + n - 1 for i, n in self.lex.zero.find(self.toks)}
        return [f for f in figs if not (f.num_first - 1 in negated and f.match.value == 1
                                        and f.num_first == f.num_last)]

    def singulars(self, figs: list[_Fig]) -> list[_Fig]:
        """One person as the subject of a casualty verb: "el joven de 27 años falleció",
        "Pedro Tambo, fue detenido" (value 1)."""
        toks, lex = self.toks, self.lex
        if not lex.singular or not self.verb_starts:
            return []
        grammar = load_grammar(self.lang)
        covered = {i for f in figs for i in range(f.first, f.last + 1)}
        out: list[_Fig] = []
        i = 0
        while i < len(toks):
            head = self._singular_head(i, covered, grammar.one_heads)
            if head is None:
                i += 1
                continue
            head_end, named = head
            if named:  # "Pedro Lirpa was arrested", "Pedro Tambo, fue detenido"
                candidates = self._after_name(head_end)
            elif any(toks[j].low in grammar.ordinals or lex.another.match_at(toks, j)
                     for j in range(i + 1, head_end)):
                # "the second victim died", "otro manifestante murió": not a count of one
                i = head_end + 1
                continue
            else:
                candidates = self._subject_right(head_end)
            found = self._singular_verb(candidates, covered)
            if found is None:
                i = head_end + 1
                continue
            kind, last = found
            m = NumberMatch(toks[i].start, toks[head_end].end, 1, None, None, "exact")
            more = companions(toks, last + 1, lex)
            if more is not None:  # "fue arrestado junto a su esposa y su hijo"
                n = 1 + more.extra
                m = NumberMatch(toks[i].start, toks[more.last].end, n,
                                n if more.floor else None, None,
                                "at_least" if more.floor else "exact")
                last = more.last
            victims = None if named else self.victims_between(i, head_end)
            out.append(_Fig(m, kind, i, last, i, head_end, victims=victims,
                            named=self.text[toks[i].start:toks[head_end].end] if named
                            else None, companions=more is not None))
            covered.update(range(i, last + 1))
            i = last + 1
        return out

    def inverted(self, figs: list[_Fig]) -> list[_Fig]:
        """One person after the casualty verb of a singular (the subject after its verb,
        "murió un joven", "também morreu no ataque Pedro Lirpa", "fue asesinado un
        agente"): a count of one. An additive adverb right before the verb joins its
        phrase ("também morreu ..." adds to a toll told before)."""
        toks, lex = self.toks, self.lex
        if not lex.singular or not lex.subject_after_stops:
            return []
        heads = load_grammar(self.lang).one_heads
        covered = {i for f in figs for i in range(f.first, f.last + 1)}
        out: list[_Fig] = []
        for k in sorted(self.verb_starts):
            if k in covered:
                continue
            found = self._singular_verb([k], covered)
            if found is None:
                continue
            kind, verb_end = found
            head = self._head_after(verb_end, covered, heads)
            if head is None:
                continue
            j, head_end, named = head
            first = k - 1 if k > 0 and toks[k - 1].low in lex.additive else k
            m = NumberMatch(toks[j].start, toks[head_end].end, 1, None, None, "exact")
            out.append(_Fig(m, kind, first, head_end, j, head_end,
                            victims=None if named else self.victims_between(j, head_end),
                            named=self.text[toks[j].start:toks[head_end].end] if named
                            else None))
            covered.update(range(first, head_end + 1))
        return out

    def _head_after(self, k: int, covered: set[int],
                    heads: frozenset[str]) -> tuple[int, int, bool] | None:
        """(first, last token, named) of one person within six words after token ``k``
        in its clause, before an agent or a subordinate clause (``subject_after_stops``);
        a name after a locative is a place ("morreu em São Paulo")."""
        toks = self.toks
        for j in range(k + 1, min(k + 7, len(toks))):
            if (toks[j].kind == "punct" and toks[j].text in _CLAUSE_END) \
                    or toks[j].low in self.lex.subject_after_stops:
                return None  # "murió baleado por un policía": the agent, not the victim
            head = self._singular_head(j, covered, heads)
            if head is not None:
                if head[1] and toks[j - 1].low in self.lex.locatives:
                    return None
                return j, head[0], head[1]
        return None

    def _singular_head(self, i: int, covered: set[int],
                       heads: frozenset[str]) -> tuple[int, bool] | None:
        """(last token, named) of one person at token ``i``: an article and a person
        noun within three words ("el joven"), or a name of two capitalised words."""
        toks, lex = self.toks, self.lex
        t = toks[i]
        if t.kind != "word" or i in covered:
            return None
        part = self._one_of_whom(i)
        if part is not None:
            return part, False
        if t.low in lex.singular_articles:
            words = 0
            for k in range(i + 1, min(i + 8, len(toks))):
                if toks[k].kind != "word":
                    if toks[k].text == "-" or toks[k].text.isdigit():
                        continue  # an age before the noun: "the 19-year-old student"
                    return None
                if toks[k].low in heads:
                    compounds = load_grammar(self.lang).compound_heads
                    if k + 1 < len(toks) and toks[k + 1].low in compounds:
                        return None  # "a police station": no person
                    return k, False
                words += 1
                if words == 3:
                    return None
            return None
        if not t.text[:1].isupper() or (i > 0 and toks[i - 1].text[:1].isupper()):
            return None
        j = i
        while j < len(toks) and toks[j].kind == "word" and toks[j].text[:1].isupper():
            j += 1
        end = self._name_through_connectors(j)
        if sum(1 for k in range(i, end) if _cap(toks[k])) < 2 and not self._first_name(i):
            return None
        return end - 1, True

    def _first_name(self, i: int) -> bool:
        """A name of one word at token ``i``: a capitalised word that no dictionary of
        the language holds, right before the casualty verb of a singular ("Marielle foi
        assassinada", "Fabiane murió")."""
        toks = self.toks
        return i + 1 in self.verb_starts and toks[i].text.isalpha() \
            and self._singular_verb([i + 1], set()) is not None \
            and not known_word(toks[i].low, self.lang)

    def _one_of_whom(self, i: int) -> int | None:
        """The last token of "one" as a part of a group told just before, with a cue
        of parts before it or around it ("dont une", "de las cuales una", "one of
        whom"): the part may have a verb of its own ("dont une est décédée")."""
        toks, lex = self.toks, self.lex
        if toks[i].low not in load_grammar(self.lang).one_words:
            return None
        n = lex.comp_before.match_at(toks, i)
        if n:
            return i + n - 1  # "one of whom", "uno de los cuales"
        if any(lex.comp_before.match_at(toks, k) == i - k for k in range(max(0, i - 4), i)):
            return i
        return None

    def _name_through_connectors(self, j: int) -> int:
        """The token after a person's name whose capitalised words end before token
        ``j``, carried on over the lower-case particles of names ("Fabiane Maria de
        Jesus", "Jean de La Tour"): a connector of names and a capitalised word."""
        toks = self.toks
        connectors = load_lexicon(self.lang).connectors
        while j < len(toks):
            hit = connectors.match_at(toks, j)
            n = hit[0] if hit else 0
            if not n or toks[j].low in self.lex.conjunctions or j + n >= len(toks) \
                    or toks[j + n].kind != "word" or not _cap(toks[j + n]):
                return j
            j += n
            while j < len(toks) and toks[j].kind == "word" and _cap(toks[j]):
                j += 1
        return j

    def _after_name(self, head_end: int) -> list[int]:
        """Where the verb of a named person may start: right after the name or its comma,
        or after an apposition between commas ("Efraín Lirpa, comunero indígena, murió")."""
        toks = self.toks
        k = self._past_parenthesis(head_end + 1)
        if k >= len(toks) or toks[k].text != ",":
            return [k]
        k += 1
        out = [k]
        # appositions may be stacked: "Fabiane Lirpa, 33 anos, moradora de Tambo, morreu"
        while len(out) <= APPOSITIONS:
            close = next((j for j in range(k, min(k + 7, len(toks)))
                          if toks[j].kind == "punct"), None)
            if close is None or toks[close].text != "," or close == k:
                break
            k = close + 1
            out.append(k)
        return out

    def _subject_right(self, head_end: int) -> list[int]:
        """Where the verb of one person told by a noun may start: the words after it,
        and past an apposition between commas that follows its phrase ("um agente da
        polícia, à paisana, foi morto", "a police officer, in plain clothes, was killed")."""
        toks = self.toks
        out, stop = self._right_to(head_end, RIGHT_WINDOW)
        if stop + 1 < len(toks) and toks[stop].text == "," and len(out) < RIGHT_WINDOW \
                and not _cap(toks[stop + 1]):
            # a name between commas is the person's own subject ("El dirigente, Pedro
            # Tambo, fue detenido"): the name is read as the head
            out += self._after_name(stop - 1)[1:]
        return out

    def _past_parenthesis(self, k: int) -> int:
        """The token after a short parenthesis that opens at token ``k`` (a party, an age
        or a post after a name: "Pedro Lirpa (PDT-CE) foi ferido"), else ``k``."""
        toks = self.toks
        if k >= len(toks) or toks[k].text != "(":
            return k
        close = next((j for j in range(k + 1, min(k + PARENTHESIS + 2, len(toks)))
                      if toks[j].text == ")"), None)
        return k if close is None else close + 1

    def _singular_verb(self, candidates: list[int],
                       covered: set[int]) -> tuple[str, int] | None:
        """(kind, last token) of the first casualty verb at one of ``candidates``: a
        listed phrase ("died", "perdió la vida"), or a passive auxiliary, an adverb or
        none, and a form of a casualty verb's lemma ("foi assassinada", "was also
        killed", "a été mortellement tué")."""
        for k in candidates:
            if k in covered:
                return None
            for kind, verbs in self.lex.singular.items():
                n = verbs.match_at(self.toks, k)
                if n:
                    return kind, k + n - 1
            found = self._passive_at(k)
            if found is not None:
                return found
            n = self.lex.singular_hit.match_at(self.toks, k)
            if n and not self._death_told(k + n):
                return "injured", k + n - 1  # "foi atingido por dois tiros": wounded
        return None

    def _death_told(self, j: int) -> bool:
        """A death is told from token ``j`` to the end of the next sentence ("was shot
        [...]. He died in hospital"): the person hit was killed, not wounded."""
        toks = self.toks
        nxt = _NEXT_SENTENCE.search(self.text, toks[-1].end, toks[-1].end + NEXT_CHARS)
        stop = nxt.end() if nxt else min(len(self.text), toks[-1].end + NEXT_CHARS)
        after = [*toks[j:], *tokenize(self.text, toks[-1].end, stop,
                                      load_grammar(self.lang).pattern)]
        deaths = (self.lex.kinds.get("fatalities"), self.lex.singular.get("fatalities"))
        return any(terms is not None and terms.find(after) for terms in deaths)

    def _passive_at(self, k: int) -> tuple[str, int] | None:
        """(kind, last token) of a passive of a casualty verb at token ``k``."""
        toks, lex = self.toks, self.lex
        n = lex.singular_aux.match_at(toks, k)
        if not n:
            return None
        j = k + n
        if j < len(toks) and toks[j].low in lex.singular_adverbs:
            j += 1
        if j >= len(toks):
            return None
        for kind, forms in lex.singular_forms.items():
            if toks[j].low in forms:
                return kind, j
        return None

    def scope(self, fig: _Fig) -> list[str]:
        """The cumulative cues that cover a figure (empty: the figure is the event's)."""
        toks, lex = self.toks, self.lex
        cues: list[str] = []
        for i, n in lex.cumulative.find(toks):
            quote = self.text[toks[i].start : toks[i + n - 1].end]
            if self._one_incident(i, n):
                continue  # "bringing the death toll from the clashes to two"
            if i < fig.first and any(t.text == ";" for t in toks[i + n : fig.first]):
                continue  # a cue of another clause: "que desde ... bloqueaban; detuvieron a 12"
            if self._day_after(i + n, lex.hours):
                continue  # "desde la madrugada", "since dawn": within one day
            if self.local and lex.day_bound.match_at(toks, i):
                continue  # "durante las protestas ... en Huancayo": one place's protests
            if (lex.day_bound.match_at(toks, i) or fig.first < i < fig.num_first) \
                    and self._day_after(i + n):
                # "durante los disturbios del viernes": one day's events; "détiennent
                # depuis dimanche trois responsables": how long a count has been held
                continue
            # before the figure, inside its phrase, or after it in the same clause
            # a relative clause right after the phrase describes the victims ("seis
            # pessoas que protestavam em várias cidades"); one further on
            # describes something else ("décès ... durant les manifestations qui ...")
            if i <= fig.last or self._same_clause(fig.last + 1, i):
                cues.append(quote)
        if not self.local:  # "las protestas derivaron en ... 4 fallecidos" in one town
            for i, n in lex.cumulative_before.find(toks, 0, fig.num_first):
                cues.append(self.text[toks[i].start : toks[i + n - 1].end])
        events = self.incident_count(fig)
        if events:
            cues.append(events)
        places = self.place_list(fig)
        if places:
            cues.append(places)
            fig.spatial.append(places)
        # "the 40 dead": a total the reader already knows (not "les 133 personnes qui ont
        # été blessées", where a relative clause tells it)
        k = fig.num_first - 1
        if k >= 0 and toks[k].low in lex.definite and fig.kind != "crowd_size" and not any(
                t.low in lex.clause_openers for t in toks[fig.num_last + 1 : fig.last + 1]):
            cues.append(toks[k].text)
        return cues

    def incident_count(self, fig: _Fig) -> str | None:
        """"two jihadist assaults killed 40 soldiers": a figure counted over several
        incidents named as the subject of its verb (a number above one and a noun of
        incidents right before the verb)."""
        if fig.first >= fig.num_first:
            return None
        for k, (a, b) in enumerate(self.ranges):
            if b >= fig.first or fig.first - b > 4:
                continue
            m = self.numbers[k]
            value = m.value if m.value is not None else m.low
            if value is None or value < 2:
                continue
            if any(self.lex.incidents.match_at(self.toks, j) for j in range(b + 1, fig.first)):
                return self.text[self.toks[a].start : self.toks[fig.first - 1].end]
        return None

    def _same_clause(self, a: int, b: int) -> bool:
        """Tokens ``a`` to ``b`` stay in one clause: no clause end and no clause opener
        (after the first word) between them; a short aside between commas with no verb
        of its own is passed over ("60 detenidos y 100 heridos, ninguno de gravedad, es
        el resultado de ocho días de protestas")."""
        toks, lex = self.toks, self.lex
        j = a
        while j < b:
            t = toks[j]
            if t.low in lex.clause_openers and j > a:
                return False
            if t.kind == "punct" and t.text in _CLAUSE_END:
                if t.text != ",":
                    return False
                close = next((k for k in range(j + 1, min(j + 6, b))
                              if toks[k].kind == "punct"), None)
                if close is None or toks[close].text != "," or any(
                        toks[k].low in lex.clause_openers for k in range(j + 1, close)):
                    return False
                j = close + 1
                continue
            j += 1
        return True

    def _one_incident(self, i: int, n: int) -> bool:
        """A toll cue qualified by one incident ("the death toll from the clashes", "le
        bilan de l'attaque"): the toll of that event, not a total over several."""
        toks, lex = self.toks, self.lex
        if not any(lex.tolls.match_at(toks, k) for k in range(i, i + n)):
            return False
        j = i + n
        if j >= len(toks) or toks[j].low not in lex.incident_links:
            return False
        j += 1
        while j < len(toks) and toks[j].low in lex.definite | lex.incident_links:
            j += 1
        return j < len(toks) and bool(lex.incidents.match_at(toks, j))

    def _day_after(self, j: int, words: frozenset[str] | None = None) -> bool:
        """A word naming one day (or one of ``words``) within four words from token
        ``j``, in its clause."""
        words = self.lex.days if words is None else words
        for t in self.toks[j : j + 4]:
            if t.kind == "punct" and t.text in _CLAUSE_END:
                return False
            if t.low in words:
                return True
        return False

    def grievance(self, fig: _Fig) -> str | None:
        """The words before a figure that make it the reason of a protest rather than its
        outcome ("justice for", "contra a morte de", "réclamer justice après"): the
        figure counts the victims of an earlier event."""
        found = self.lex.grievance.find(self.toks, 0, fig.num_first)
        if not found:
            return None
        i, n = found[-1]
        if any(t.kind == "punct" and t.text in _SENTENCE_END
               for t in self.toks[i + n : fig.num_first]):
            return None
        return self.text[self.toks[i].start : self.toks[i + n - 1].end]

    def place_list(self, fig: _Fig) -> str | None:
        """The list of places a figure is counted over, in its clause: "in Lima, Cusco
        and Puno", "en Tambo y Lirpa" (names joined by a conjunction after a locative,
        right after the figure or right before it), or the places of its parts ("três
        mortos: um jovem no Tambo, uma menor no Lirpa")."""
        toks, lex = self.toks, self.lex
        for lo, hi in ((fig.last + 1, min(len(toks), fig.last + 12)),
                       (max(0, fig.first - 12), fig.first)):
            i = lo
            while i < hi:
                t = toks[i]
                if t.kind == "punct" and t.text in _SENTENCE_END:
                    if lo > fig.last:
                        break
                    i += 1
                    continue
                if lo > fig.last and i in self.number_tokens:
                    break  # "80 à Minsk et une cinquantaine à Gomel, Brest et Grodno"
                if t.low in lex.locatives and i + 1 < len(toks) and _cap(toks[i + 1]):
                    end = self._names(i + 1)
                    if end is not None and (lo > fig.last or end >= fig.first - 3):
                        return self.text[t.start : toks[end].end]
                    if lo > fig.last:
                        break  # the figure's own place comes first: "80 à Minsk"
                i += 1
        return None

    def _names(self, i: int) -> int | None:
        """The last token of a list of capitalized names starting at ``i`` whose last
        name follows a conjunction ("Lima, Cusco and Puno"), else None."""
        toks, lex = self.toks, self.lex
        names, joined, k, last = 0, False, i, None
        while k < len(toks):
            if not _cap(toks[k]):
                break
            while k < len(toks) and (_cap(toks[k]) or toks[k].kind == "num"):
                k += 1
            names += 1
            last = k - 1
            if k < len(toks) and toks[k].text == "," and k + 1 < len(toks) \
                    and _cap(toks[k + 1]):
                k += 1
                continue
            if k < len(toks) and toks[k].low in lex.place_joiners and k + 1 < len(toks) \
                    and _cap(toks[k + 1]):
                joined = True
                k += 1
                continue
            break
        return last if names >= 2 and joined else None

    def hedged(self) -> bool:
        return bool(self.lex.hedges.find(self.toks))

    def non_unrest(self) -> bool:
        return bool(self.lex.non_unrest.find(self.toks))


def _mark_spatial(text: str, sent: _Sentence, figs: list[_Fig]) -> None:
    """A figure whose parts each follow a place ("três mortos: um jovem no Tambo, uma
    menor no Lirpa") is counted over places: the parts' stretch is a spatial cue."""
    for whole in figs:
        parts = [f for f in figs if f.parent is whole and sent._locative_after(f.first)]
        if len(parts) >= 2:
            first, last = parts[0], parts[-1]
            whole.spatial.append(text[sent.toks[first.first].start : sent.toks[last.last].end])


def _scope_cues(sent: _Sentence, fig: _Fig, number: int, recent: list[tuple[int, _Fig]],
                lex: FigureLexicon) -> list[str]:
    """The scope cues of ``fig`` (in sentence ``number``; ``recent`` ends with it): its
    sentence's, its spatial ones, else those of the rival toll it answers or of the
    total it is part of."""
    cues = sent.scope(fig)
    cues = cues + [c for c in fig.spatial if c not in cues]
    if not cues and fig.parent is None and sent._toll_before(fig.num_first) is not None:
        # a rival toll answers the figure just before it and counts what it
        # counts: "plus de 100 personnes ont depuis été tuées. Faux, assure le
        # gouvernement, avançant un bilan de 46 morts"
        rival = next((p for n, p in reversed(recent[:-1]) if number - n <= 2
                      and p.kind == fig.kind and not p.component), None)
        if rival is not None and any(c not in rival.spatial for c in rival.scope_cues):
            cues = list(rival.scope_cues)
    if not cues and fig.parent is not None and any(
            c.lower() not in lex.spatial and c not in fig.parent.spatial
            for c in fig.parent.scope_cues):
        # a part of a total over time is cumulative too ("103 of the deaths");
        # a part of a total over places is one place's figure
        cues = list(fig.parent.scope_cues)
    return cues


class FigureFinder:
    """Pipeline component: adds ``Mention(kind="figure")`` with a :class:`Claim` value for
    every number of people killed, injured, arrested or present in the document."""

    def __call__(self, doc: Document) -> Document:
        lang = doc.language
        if not lang:
            return doc
        try:
            lex = load_figure_lexicon(lang)
        except ConfigError:
            doc.warnings.append(f"figures: no figure data for language {lang!r}")
            return doc
        spans = [(s.start, s.end, s.paragraph) for s in doc.sentences] or \
            [(0, len(doc.text), 0)]
        attributor = Attributor(doc, lang)
        prev_para = -1
        prev_figs: list[_Fig] = []
        recent: list[tuple[int, _Fig]] = []  # (sentence number, figure)
        prev_cause = False
        prev_local = False
        last_kind = "fatalities"
        places = _places_by_sentence(doc, spans)
        for number, (start, end, para) in enumerate(spans):
            sent = _Sentence(doc.text, start, end, lang, lex)
            # a sentence that names no place goes on about the place of the sentence
            # before it in its paragraph ("... in Huancayo. Soon the protests turned
            # violent"): "the protests" are that locality's
            local = _one_locality(places[number]) or (
                not places[number] and para == prev_para and prev_local)
            sent.local = prev_local = local
            cause = sent.non_unrest()
            if cause or (prev_cause and para == prev_para):
                prev_para, prev_cause, prev_figs = para, cause, []
                continue
            sent.toll_kind = last_kind
            sent.prior_kind = _recent_kind(recent, number)
            figs = self._sentence_figures(sent, prev_figs if para == prev_para else [],
                                          [f for n, f in recent if number - n <= 2])
            _mark_spatial(doc.text, sent, figs)
            hedged = sent.hedged()
            for fig in figs:
                if fig.component and fig.parent is None:
                    # "Four of the deaths ...": the figure they are part of, said just before
                    fig.parent = _recent_total(recent, number, fig.kind)
                recent.append((number, fig))
                fig.scope_cues = _scope_cues(sent, fig, number, recent, lex)
                fig.hedged = hedged
                fig.cause = sent.grievance(fig)
                fig.additive = sent.additive(fig)
                self._emit(doc, sent, fig, attributor)
            last_kind = next((f.kind for f in reversed(figs) if f.kind in CASUALTY_KINDS),
                             last_kind)
            prev_para, prev_cause, prev_figs = para, cause, figs
        return doc

    def _sentence_figures(self, sent: _Sentence, prev_figs: list[_Fig],
                          recent: list[_Fig]) -> list[_Fig]:
        """The figures of one sentence in token order; ``prev_figs``: those of the
        sentence before in the same paragraph (a list of parts may go on); ``recent``:
        those of the two sentences before (a definite noun may tell one again)."""
        figs = sent.figures() if sent.numbers else []
        if not figs and prev_figs:
            figs = self._continue_list(sent, prev_figs) or sent.place_parts(prev_figs)
        if not figs:
            figs = sent.restated(recent)
        figs = sent.drop_negated(figs)
        figs.extend(sent.zeros(figs))
        figs.extend(sent.one_more(figs))
        figs.extend(sent.singulars(figs))
        figs.extend(sent.inverted(figs))
        figs.extend(sent.possessed(figs))
        figs.extend(sent.objects(figs))
        figs.sort(key=lambda f: f.first)
        return figs

    @staticmethod
    def _continue_list(sent: _Sentence, prev: list[_Fig]) -> list[_Fig]:
        """"Três das mortes foram em Tambo. Duas em Sala": bare numbers
        continuing a list of parts started in the previous sentence."""
        parts = [f for f in prev if f.component]
        if not parts:
            return []
        parent = parts[-1]
        out: list[_Fig] = []
        for m, (a, b) in zip(sent.numbers, sent.ranges, strict=True):
            if sent._locative_after(a):
                out.append(_Fig(m, parent.kind, a, b, a, b, component=True,
                                parent=parent.parent or parent,
                                attribution=parent.attribution))
        if out:
            out.extend(sent._another(out))
        return out

    @staticmethod
    def _emit(doc: Document, sent: _Sentence, fig: _Fig, attributor: Attributor) -> None:
        toks = sent.toks
        start, end = toks[fig.first].start, toks[fig.last].end
        start = min(start, fig.match.span_start)
        end = max(end, fig.match.span_end)
        attributions = attributor.attribute_all(start, end)
        attribution = attributions[0]
        if attribution.reporter is None and fig.parent is not None \
                and fig.parent.attribution is not None:
            attribution = fig.parent.attribution
        if attribution.reporter is None and fig.attribution is not None:
            attribution = fig.attribution
        fig.attribution = attribution
        span = doc.span(start, end)
        m = fig.match
        parent = fig.parent
        for n, who in enumerate([attribution, *attributions[1:]]):
            if n and fig.group is not None:
                break  # parts of a sum are stated once
            claim = Claim(kind=fig.kind, value=m.value, evidence=span, low=m.low,
                          high=m.high, qualifier=m.qualifier, reporter=who.reporter,
                          reporter_class=who.reporter_class, via=who.via,
                          scope="cumulative" if fig.scope_cues else "event",
                          reporter_evidence=who.evidence)
            attrs: dict[str, Any] = {
                "victims": fig.victims,
                "number_span": (m.span_start, m.span_end),
                "scope_cues": list(fig.scope_cues),
                "component_of": (parent.match.span_start, parent.match.span_end)
                if parent is not None else None,
                "component": fig.component,
                "group": fig.group,
                "hedged": fig.hedged,
                "shared_evidence": n > 0,
                "cause": fig.cause,
                "additive": fig.additive,
                "gapped": fig.gapped,
                "part_place": toks[fig.part_place].start if fig.part_place is not None
                else None,
                "restates": fig.restates,
                "possessed": fig.possessed,
                "named": fig.named,
                "companions": fig.companions,
            }
            doc.mentions.append(Mention(kind="figure", span=span, value=claim, attrs=attrs))


def _places_by_sentence(doc: Document, spans: list[tuple[int, int, int]]) -> list[list[Any]]:
    """The places named in each sentence (the place mentions of the place finder)."""
    out: list[list[Any]] = [[] for _ in spans]
    for m in doc.mentions:
        if m.kind != "place" or m.value is None:
            continue
        k = doc.sentence_index(m.start) if doc.sentences else 0  # else one span: the text
        if k is not None and m.start < spans[k][1]:
            out[k].append(m.value)
    return out


def _one_locality(places: list[Any]) -> bool:
    """The places of a sentence name one locality: a town (with its region: "Huancayo,
    Junín"), not a country, several regions or several towns."""
    towns = {p.name for p in places if getattr(p, "feature", None) not in ("country", "admin1")}
    regions = {getattr(p, "admin1", None) for p in places
               if getattr(p, "feature", None) != "country"}
    return len(towns) == 1 and len(regions) == 1


def _recent_kind(recent: list[tuple[int, _Fig]], number: int) -> str | None:
    """The kind of the last casualty figure stated at most two sentences before sentence
    ``number``."""
    for n, p in reversed(recent):
        if number - n > 2:
            return None
        if p.kind in CASUALTY_KINDS:
            return p.kind
    return None


def _recent_total(recent: list[tuple[int, _Fig]], number: int, kind: str) -> _Fig | None:
    """The last whole figure of ``kind`` stated at most two sentences before sentence
    ``number`` (``recent`` is in sentence order: the walk back stops at the first figure
    said too early, so it never rereads the whole document)."""
    for n, p in reversed(recent):
        if number - n > 2:
            return None
        if p.kind == kind and not p.component:
            return p
    return None


def figures_of(doc: Document) -> list[Mention]:
    """The figure mentions of a document (after :class:`FigureFinder` ran)."""
    return doc.mentions_of("figure")
