"""Number expressions: find the counts of people in a stretch of text, in any supported language.

:func:`parse_numbers` reads digits with the thousands separators of each language
(``1.340``, ``1,340``, ``1 340``), number words (through ``text2num``, under the code that
``language.toml`` names, or the ``[values]`` table of a language text2num does not know;
plus a small grammar of our own for "a dozen", "una decena de", "des dizaines"),
qualifiers ("at least", "más de", "environ"), ranges ("between 12 and 17", "entre 12 y
17") and vague quantities ("dozens", "centenas"). Years, dates, times, money,
percentages, ages, ordinals, ids and decimals are not counts and are left out. The words
are data (``willay/lang/<code>/numbers.toml``); this module holds no vocabulary.

:func:`tokenize` is the word tokenizer that :mod:`willay.extract.figures` and
:mod:`willay.extract.reporters` share, so that a phrase of a data file and the text are
cut the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

from text_to_num import text2num

from willay.errors import ConfigError
from willay.lang.language import language
from willay.lang.loader import library_code

#: Qualifier words (``NumberMatch.qualifier``).
QUALIFIERS = ("exact", "at_least", "at_most", "about", "vague", "range")

_APOSTROPHES = MappingProxyType({ord("’"): "'", ord("‘"): "'", ord("`"): "'"})
#: Characters that may end a sentence or a clause before a number.
_BOUNDARIES = frozenset(".!?:;\n")


class Token(NamedTuple):
    """A word, a run of digits (with separators) or one punctuation character (a named
    tuple: it is made for every token of every sentence, and a tuple is made fastest)."""

    text: str
    low: str
    start: int
    end: int
    kind: str  # "num" | "word" | "punct"


@dataclass(frozen=True, slots=True)
class NumberMatch:
    """A count of people as the text states it.

    ``span_start``/``span_end`` cover the whole expression with its qualifier ("at least
    17", "entre 12 y 17"). ``value`` is the number a coder records: the number itself,
    the bound of "at least N"/"at most N", the low end of a range, ``None`` for a vague
    word. ``low``/``high`` bound it: both for a range or a vague word, ``low`` for
    "at least N", ``high`` for "at most N", neither for an exact or approximate number.
    """

    span_start: int
    span_end: int
    value: int | None
    low: int | None
    high: int | None
    qualifier: str


@dataclass(frozen=True, slots=True)
class _Base:
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    first: int  # token index of the first token
    last: int  # token index of the last token (inclusive)
    numeric: bool  # a plain number (digits or words), subject to the not-a-count checks


def _token_regex(separators: tuple[str, ...]) -> re.Pattern[str]:
    seps = "".join(re.escape(s) for s in separators) or ","
    return re.compile(
        rf"(?P<num>\d{{1,3}}(?:[{seps}]\d{{3}})+(?![\d])|\d+(?:[.,]\d+)?)"
        r"|(?P<word>[^\W\d_]+)|(?P<punct>\S)"
    )


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    """How a phrase of a data file is cut into lowercase tokens."""
    return tuple(t.low for t in tokenize(phrase, 0, len(phrase)))


@lru_cache(maxsize=1)
def _default_pattern() -> re.Pattern[str]:
    """The token pattern used when no language grammar is given."""
    return _token_regex((",", ".", "\u00a0", "\u202f"))


def tokenize(text: str, start: int = 0, end: int | None = None,
             pattern: re.Pattern[str] | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    regex = pattern or _default_pattern()
    out: list[Token] = []
    append = out.append
    new = Token._make
    for m in regex.finditer(text, start, stop):
        raw = m.group()
        low = raw.lower()
        if "’" in low or "‘" in low or "`" in low:
            low = low.translate(_APOSTROPHES)
        s, e = m.span()
        append(new((raw, low, s, e, m.lastgroup or "punct")))
    return out


class PhraseSet:
    """Multi-word phrases matched token by token, longest first."""

    def __init__(self, phrases: dict[tuple[str, ...], Any]) -> None:
        self.phrases = phrases
        self.longest = max((len(p) for p in phrases), default=0)
        # phrases by first and by last word, longest first: most tokens start none
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self._by_last: dict[str, list[tuple[str, ...]]] = {}
        for key in sorted(phrases, key=len, reverse=True):
            self._by_first.setdefault(key[0], []).append(key)
            self._by_last.setdefault(key[-1], []).append(key)

    @property
    def firsts(self) -> frozenset[str]:
        """The first words of the phrases."""
        return frozenset(self._by_first)

    @classmethod
    def of(cls, words: list[str] | tuple[str, ...], value: Any = True) -> PhraseSet:
        return cls({_phrase_tokens(w): value for w in words if w.strip()})

    def match_at(self, toks: list[Token], i: int) -> tuple[int, Any] | None:
        """(number of tokens, value) of the longest phrase starting at token ``i``."""
        if i >= len(toks):
            return None
        for key in self._by_first.get(toks[i].low, ()):
            n = len(key)
            if i + n <= len(toks) and all(toks[i + k].low == key[k] for k in range(1, n)):
                return n, self.phrases[key]
        return None

    def match_before(self, toks: list[Token], i: int) -> tuple[int, Any] | None:
        """(number of tokens, value) of the longest phrase ending just before token ``i``."""
        if i <= 0 or i > len(toks):
            return None
        for key in self._by_last.get(toks[i - 1].low, ()):
            n = len(key)
            if n <= i and all(toks[i - n + k].low == key[k] for k in range(n - 1)):
                return n, self.phrases[key]
        return None

    def __contains__(self, word: str) -> bool:
        return (word,) in self.phrases


@dataclass(frozen=True)
class NumberGrammar:
    """The compiled ``numbers.toml`` of one language."""

    lang: str
    pattern: re.Pattern[str]
    separators: frozenset[str]
    cardinals: frozenset[str]
    joiners: frozenset[str]
    one_words: frozenset[str]
    one_heads: frozenset[str]
    compound_heads: frozenset[str]
    scales: dict[str, int]
    phrases: PhraseSet
    vague: PhraseSet
    qualifiers: PhraseSet
    range_open: PhraseSet
    range_join_after_open: PhraseSet
    range_join: PhraseSet
    after: PhraseSet
    before: PhraseSet
    date_words: frozenset[str]
    date_links: frozenset[str]
    ordinal_suffixes: frozenset[str]
    ordinals: frozenset[str] = frozenset()
    #: the code under which text2num reads the cardinals (``language.toml``), or None when
    #: text2num has no such language and ``values`` gives the words' values instead
    text2num_lang: str | None = None
    #: word -> value, the language's own table (``[values]`` of ``numbers.toml``)
    values: dict[str, int] = field(default_factory=dict)

    def words_value(self, words: list[str]) -> int:
        """The number a run of cardinals (and joiners) says; ValueError when it is none."""
        if self.text2num_lang is not None:
            return int(text2num(" ".join(words), self.text2num_lang))
        total = current = 0
        for word in words:
            if word in self.joiners:
                continue
            if word not in self.values:
                raise ValueError(f"{word!r} is not in [values] of {self.lang}/numbers.toml")
            value = self.values[word]
            if word in self.scales:
                total += max(current, 1) * value
                current = 0
            else:
                current += value
        return total + current

    @cached_property
    def starters(self) -> frozenset[str]:
        """The words (lowercase) at which an expression other than digits may start: the
        first words of the phrase sets read before a number, cardinals and one-words."""
        firsts = (self.range_open.firsts | self.qualifiers.firsts | self.phrases.firsts
                  | self.vague.firsts)
        return firsts | self.cardinals | self.one_words

    @classmethod
    def from_data(cls, lang: str, data: dict[str, Any],
                  text2num_lang: str | None = None) -> NumberGrammar:
        nc = data.get("not_counts", {})
        quals: dict[tuple[str, ...], str] = {}
        for qual, words in data.get("qualifiers", {}).items():
            for w in words:
                quals[_phrase_tokens(w)] = qual
        ranges = data.get("ranges", {})
        seps = tuple(data.get("thousands_separators", [","]))
        return cls(
            lang=lang,
            pattern=_token_regex(seps),
            separators=frozenset(seps),
            cardinals=frozenset(data.get("cardinals", [])),
            joiners=frozenset(data.get("joiners", [])),
            one_words=frozenset(data.get("one_words", [])),
            one_heads=frozenset(data.get("one_heads", [])),
            compound_heads=frozenset(data.get("compound_heads", [])),
            scales=dict(data.get("scales", {})),
            phrases=PhraseSet({_phrase_tokens(k): tuple(v)
                               for k, v in data.get("phrases", {}).items()}),
            vague=PhraseSet({_phrase_tokens(k): tuple(v)
                             for k, v in data.get("vague", {}).items()}),
            qualifiers=PhraseSet(quals),
            range_open=PhraseSet.of(ranges.get("open", [])),
            range_join_after_open=PhraseSet.of(ranges.get("join_after_open", [])),
            range_join=PhraseSet.of(ranges.get("join", [])),
            after=PhraseSet.of(nc.get("after", [])),
            before=PhraseSet.of(nc.get("before", [])),
            date_words=frozenset(nc.get("date_words", [])),
            date_links=frozenset(nc.get("date_links", [])),
            ordinal_suffixes=frozenset(nc.get("ordinal_suffixes", [])),
            ordinals=frozenset(nc.get("ordinals", [])),
            text2num_lang=text2num_lang,
            values={str(k): int(v) for k, v in data.get("values", {}).items()},
        )


@lru_cache(maxsize=16)
def load_grammar(lang: str) -> NumberGrammar:
    """The number grammar of ``lang`` (cached; raises ConfigError for an unknown language).

    Number words are read by text2num under the code ``language.toml`` names for it
    (:func:`~willay.lang.loader.library_code`); when text2num does not know that code,
    ``numbers.toml`` must give the words' values in a ``[values]`` table, or loading fails
    with a ConfigError instead of losing every figure written in words.
    """
    data = language(lang).table("numbers")
    code: str | None = library_code(lang, "text2num")
    if code is not None and not _text2num_knows(code):
        if not data.get("values") and data.get("cardinals"):
            raise ConfigError(
                f"language data {lang}: text2num does not know the language {code!r}; name the"
                f" language whose number words {lang}/numbers.toml lists in [libraries]"
                f" text2num of {lang}/language.toml, or give their values in [values]")
        code = None
    return NumberGrammar.from_data(lang, data, code)


@lru_cache(maxsize=16)
def _text2num_knows(code: str) -> bool:
    try:
        text2num("zero", code)
    except ValueError as exc:
        return not str(exc).startswith("unsupported language")
    return True


def digits_value(raw: str, separators: frozenset[str]) -> tuple[int | None, float | None]:
    """``(integer, None)`` for a whole number, ``(None, decimal)`` for a decimal."""
    if raw.isdigit():
        return int(raw), None
    groups = re.split(r"[^\d]", raw)
    seps = set(re.findall(r"[^\d]", raw))
    if (len(groups) > 1 and 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
            and seps <= separators and len(seps) == 1):
        return int("".join(groups)), None
    if len(groups) == 2:
        return None, float(f"{groups[0]}.{groups[1]}")
    return None, None


class _Parser:
    """Reads the tokens of one stretch of text with one grammar."""

    def __init__(self, text: str, toks: list[Token], g: NumberGrammar) -> None:
        self.text = text
        self.toks = toks
        self.g = g

    # -- bases: one number, phrase or vague word starting at token i ------------------
    def base(self, i: int) -> _Base | None:
        toks, g = self.toks, self.g
        if i >= len(toks):
            return None
        hit = g.phrases.match_at(toks, i)
        if hit:
            n, (value, qual) = hit
            return _Base(int(value), None, None, str(qual), i, i + n - 1, False)
        hit = g.vague.match_at(toks, i)
        if hit:
            n, (low, high) = hit
            last = i + n - 1
            # "decenas de miles" may be cut by a data gap; "of"/"de" after is not part of it.
            return _Base(None, int(low), int(high), "vague", i, last, False)
        tok = toks[i]
        if tok.kind == "num":
            return self._digits(i)
        if tok.kind == "word":
            return self._words(i)
        return None

    def _digits(self, i: int) -> _Base | None:
        tok = self.toks[i]
        value, decimal = digits_value(tok.text, self.g.separators)
        last = i
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        scale = self.g.scales.get(nxt.low) if nxt is not None and nxt.kind == "word" else None
        if scale:
            number = value if value is not None else decimal
            if number is None:
                return None
            return _Base(round(number * scale), None, None, "exact", i, i + 1, True)
        if value is None:
            return None
        return _Base(value, None, None, "exact", i, last, True)

    def _words(self, i: int) -> _Base | None:
        toks, g = self.toks, self.g
        if toks[i].low not in g.cardinals and toks[i].low not in g.one_words:
            return None
        if toks[i].low in g.one_words and toks[i].low not in g.cardinals:
            return self._one(i)
        words = [toks[i].low]
        last = i
        j = i + 1
        while j < len(toks):
            t = toks[j]
            if t.low in g.cardinals:
                words.append(t.low)
                last = j
                j += 1
            elif (t.low in g.joiners or t.text == "-") and j + 1 < len(toks) \
                    and toks[j + 1].low in g.cardinals:
                if t.text == "-":
                    words[-1] = words[-1] + "-" + toks[j + 1].low
                else:
                    words.extend([t.low, toks[j + 1].low])
                last = j + 1
                j += 2
            else:
                break
        while words:
            try:
                value = g.words_value(words)
            except ValueError:  # not a number (the language is known: see load_grammar)
                # drop the last word (and a joiner left dangling) and retry
                words.pop()
                last -= 1
                while words and words[-1] in g.joiners:
                    words.pop()
                    last -= 1
                continue
            if len(words) == 1 and words[0] in g.one_words:
                return self._one(i)
            return _Base(value, None, None, "exact", i, last, True)
        return None

    def _one(self, i: int) -> _Base | None:
        """"one"/"un"/"a" counts only when a person or casualty word follows closely, and
        that word does not open a compound noun ("a death toll", "a death threat")."""
        toks, g = self.toks, self.g
        for k in range(i + 1, min(i + 4, len(toks))):
            if toks[k].kind != "word":
                return None
            if toks[k].low in g.one_heads:
                if k + 1 < len(toks) and toks[k + 1].low in g.compound_heads:
                    return None
                return _Base(1, None, None, "exact", i, i, False)
        return None

    # -- the checks that make a plain number anything but a count ----------------------
    def not_a_count(self, b: _Base, first: int) -> bool:
        """The number ``b`` (its expression starting at token ``first``) is a year, part
        of a set phrase, glued to letters, a date or the end of a proper name."""
        toks, g = self.toks, self.g
        if self._year(b, first):
            return True
        if g.after.match_at(toks, b.last + 1) or g.before.match_before(toks, first):
            return True
        return self._glued(b, first) or self._date(b, first) or self._name_end(b, first)

    def _year(self, b: _Base, first: int) -> bool:
        tok = self.toks[b.first]
        return (tok.kind == "num" and b.value is not None and b.qualifier == "exact"
                and tok.text.isdigit() and len(tok.text) == 4 and 1800 <= b.value <= 2100
                and first == b.first)

    def _glued(self, b: _Base, first: int) -> bool:
        """Glued letters or colons: ordinals ("1st", "2e"), ids ("COVID-19"), times
        ("7:30")."""
        toks = self.toks
        tok, end_tok = toks[b.first], toks[b.last]
        nxt = toks[b.last + 1] if b.last + 1 < len(toks) else None
        prev = toks[first - 1] if first > 0 else None
        if nxt is not None and nxt.start == end_tok.end and (
                nxt.kind == "word" or nxt.text in (":", "°", "º", "ª", "h")):
            return True
        if prev is None or first != b.first or prev.end != tok.start:
            return False
        if prev.kind == "word" or prev.text == ":":
            return True
        return prev.text in ("-", "/") and first >= 2 \
            and toks[first - 2].end == prev.start and toks[first - 2].kind == "word"

    def _date(self, b: _Base, first: int) -> bool:
        """Dates: "14 de noviembre", "January 4", "Jan. 9", "sábado (14)"."""
        toks, g = self.toks, self.g
        j = b.last + 1
        while j < len(toks) and toks[j].low in g.date_links:
            j += 1
        if j < len(toks) and toks[j].low.rstrip(".") in g.date_words and j > b.last:
            return True
        k = first - 1
        while k >= 0 and toks[k].text in (".", "("):
            k -= 1
        # "January 4", "sábado (14)"; not "dimanche trois responsables"
        return k >= 0 and toks[k].low in g.date_words and toks[b.first].kind == "num"

    def _name_end(self, b: _Base, first: int) -> bool:
        """A number closing a proper name: "Bairro 5,", "Decreto 512."."""
        toks = self.toks
        nxt = toks[b.last + 1] if b.last + 1 < len(toks) else None
        prev = toks[first - 1] if first > 0 else None
        return bool(prev is not None and first == b.first and prev.kind == "word"
                    and prev.text[:1].isupper() and first >= 2
                    and toks[first - 2].text not in _BOUNDARIES
                    and not (nxt is not None and nxt.kind == "word"
                             and nxt.text[:1].islower()))

    # -- the whole expression at token i ----------------------------------------------
    def expression(self, i: int) -> tuple[NumberMatch | None, int] | None:
        """The expression at token ``i`` and the token after it; ``(None, j)`` skips a
        number that is not a count; ``None`` when nothing numeric starts here."""
        opened = self._opened_range(i)
        if opened is not None:
            return opened
        toks, g = self.toks, self.g
        first = i
        qualifier: str | None = None
        hit = g.qualifiers.match_at(toks, i)
        start_base = i
        if hit:
            qualifier = str(hit[1])
            start_base = i + hit[0]
        b0 = self.base(start_base)
        if b0 is None and hit:
            # "some" may be a plain word ("some protesters"): try the word itself
            qualifier = None
            start_base = i
            b0 = self.base(i)
        if b0 is None:
            return None
        b = self._with_digits_repeated(b0)
        if b.numeric and self.not_a_count(b0, first if qualifier else b.first):
            return None, self._past_other_end(b, first if qualifier else b.first)
        joined = self._joined_range(first, b)
        if joined is not None:
            return joined
        if b.qualifier == "vague":
            if g.after.match_at(toks, b.last + 1):
                return None, b.last + 1  # "a few minutes later": a time, not a count
            return self._match(first, b.last, None, b.low, b.high, "vague")
        qual = qualifier or b.qualifier
        value = b.value
        low = value if qual == "at_least" else None
        high = value if qual == "at_most" else None
        return self._match(first, b.last, value, low, high, qual)

    def _opened_range(self, i: int) -> tuple[NumberMatch | None, int] | None:
        """"between 12 and 17", "entre 17 y 27 años" (ages: skipped) at token ``i``."""
        toks, g = self.toks, self.g
        hit = g.range_open.match_at(toks, i)
        if not hit:
            return None
        if g.before.match_before(toks, i):
            # "aged between 17 and 27": the word before the range makes it no count
            return self._skip_range(i + hit[0])
        a = self.base(i + hit[0])
        if a is None or a.value is None:
            return None
        join = g.range_join_after_open.match_at(toks, a.last + 1)
        if not join:
            return None
        b = self.base(a.last + 1 + join[0])
        if b is None or b.value is None or not a.value < b.value:
            return None
        if self.not_a_count(b, b.first):
            return None, b.last + 1
        return self._match(i, b.last, a.value, a.value, b.value, "range")

    def _past_other_end(self, b: _Base, first: int) -> int:
        """The token after a number that is no count because of the word before it, and
        after the other end of its range if one follows ("aged 17 to 27")."""
        toks, g = self.toks, self.g
        join = g.range_join.match_at(toks, b.last + 1)
        if not join or not g.before.match_before(toks, first):
            return b.last + 1
        c = self.base(b.last + 1 + join[0])
        return (c if c is not None and c.numeric else b).last + 1

    def _skip_range(self, i: int) -> tuple[NumberMatch | None, int] | None:
        """``(None, j)`` past the two ends of a range whose first end is at token ``i``."""
        a = self.base(i)
        if a is None or a.value is None:
            return None
        join = self.g.range_join_after_open.match_at(self.toks, a.last + 1)
        b = self.base(a.last + 1 + join[0]) if join else None
        return None, (b or a).last + 1

    def _with_digits_repeated(self, b: _Base) -> _Base:
        """"Deux (2)": a number repeated in digits between brackets is one number."""
        trio = self.toks[b.last + 1 : b.last + 4]
        if len(trio) == 3 and trio[0].text == "(" and trio[2].text == ")" \
                and trio[1].kind == "num" and b.value is not None \
                and digits_value(trio[1].text, self.g.separators)[0] == b.value:
            return _Base(b.value, b.low, b.high, b.qualifier, b.first, b.last + 3, b.numeric)
        return b

    def _joined_range(self, first: int, b: _Base) -> tuple[NumberMatch | None, int] | None:
        """"12 to 17", "12 o 13": ``b`` and the count after a range joiner."""
        join = self.g.range_join.match_at(self.toks, b.last + 1)
        if not (join and b.value is not None and b.qualifier == "exact"):
            return None
        c = self.base(b.last + 1 + join[0])
        if c is not None and c.value is not None and c.numeric and b.value < c.value:
            if self.not_a_count(c, c.first):
                return None, c.last + 1  # "de 17 à 27 ans": the unit covers both ends
            return self._match(first, c.last, b.value, b.value, c.value, "range")
        return None

    def _match(self, first: int, last: int, value: int | None, low: int | None,
               high: int | None, qualifier: str) -> tuple[NumberMatch | None, int]:
        return NumberMatch(self.toks[first].start, self.toks[last].end, value, low, high,
                           qualifier), last + 1


def parse_numbers(text: str, start: int, end: int, lang: str) -> list[NumberMatch]:
    """Every count of people in ``text[start:end]``, in order, with offsets into ``text``.

    Raises :class:`~willay.errors.ConfigError` when ``lang`` has no ``numbers.toml``.
    """
    g = load_grammar(lang)
    return parse_tokens(text, tokenize(text, start, end, g.pattern), lang)


def parse_tokens(text: str, toks: list[Token], lang: str) -> list[NumberMatch]:
    """:func:`parse_numbers` over tokens already cut with ``load_grammar(lang).pattern``."""
    g = load_grammar(lang)
    parser = _Parser(text, toks, g)
    starters = g.starters
    out: list[NumberMatch] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        found = parser.expression(i) if tok.kind == "num" or tok.low in starters else None
        if found is None:
            i += 1
            continue
        match, i = found
        if match is not None:
            out.append(match)
    return out
