"""Phrase matching on words: lemmas with all their inflections, exact forms, prefixes, gaps.

A phrase is written as space-separated items:

- ``attack`` — a lemma: any of its inflected forms ("attacks", "attacked", "attacking");
  the forms come from :mod:`willay.extract.inflect`, with the regular participles the
  language's grammar gives for verbs of its ending ("bombarder" -> "bombardé");
- ``=de`` — this exact form only;
- ``incendi*`` — any word that starts with ``incendi`` (at least three letters);
- ``*`` — up to four other words (``shoot * dead``, ``prendre * contrôle``);
- ``a|b`` — either item (``=el|=la``).

A language whose words take suffixes (Quechua "maqanakuypi", "in the fight") gives them
to the matcher: a word that matches no item is tried again without each suffix, longest
first, when a stem of at least three letters remains. The built-in languages give none.

Words are runs of letters and digits; apostrophes and hyphens separate words, so
"l'attaque" is "l" + "attaque". Matching is case-insensitive. A :class:`PhraseMatcher`
is compiled once per lexicon; :meth:`PhraseMatcher.find` walks a document's words once,
looking each word up in a dictionary keyed by the first item of every phrase.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from willay.extract.inflect import inflections

#: Words of a text: letters and digits (offsets kept).
WORD = re.compile(r"[^\W_]+")
#: Largest number of words a ``*`` item skips.
GAP = 4
#: Shortest prefix a ``prefix*`` item may have.
MIN_PREFIX = 3


class Word(NamedTuple):
    """One word of a text, lower case, with its character offsets (a named tuple: it is
    made for every word of every document, and a tuple is made fastest)."""

    low: str
    start: int
    end: int


#: The last whole text cut by :func:`words` and its words: the components of one
#: document (parts, frames) share them.
_last_words: tuple[str, list[Word]] = ("", [])


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` with offsets into ``text`` (the list of a whole
    text is shared by the callers that ask for the same text: do not change it)."""
    global _last_words
    whole = start == 0 and end is None
    if whole:
        last = _last_words  # one read: another thread may replace it meanwhile
        if last[0] is text:
            return last[1]
    stop = len(text) if end is None else end
    new = Word._make
    out = [new((m.group().lower(), m.start(), m.end()))
           for m in WORD.finditer(text, start, stop)]
    if whole:
        _last_words = (text, out)
    return out


@dataclass(frozen=True, slots=True)
class _Item:
    forms: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    gap: bool = False

    def accepts(self, word: str) -> bool:
        return word in self.forms or any(word.startswith(p) for p in self.prefixes)


@dataclass(frozen=True, slots=True)
class Hit:
    """A phrase found in a text: word indexes ``[first, last]``, offsets and payload."""

    first: int
    last: int
    start: int
    end: int
    payload: Hashable
    phrase: str


def _participles(lemma: str, endings: Mapping[str, Sequence[str]]) -> frozenset[str]:
    """Regular forms of ``lemma`` by its ending (``{"er": ["é", "ée"]}``): every ending
    that ends the lemma gives its forms, the stem being the lemma without it (``""``
    keeps the whole lemma: English "burn" -> "burning"). A form that is no word of the
    language ("burnning" beside "burning") is harmless: no text says it."""
    forms: set[str] = set()
    for ending, suffixes in endings.items():
        if lemma.endswith(ending) and len(lemma) > len(ending) + 1:
            stem = lemma[: len(lemma) - len(ending)]
            forms.update(stem + suffix for suffix in suffixes)
    return frozenset(forms)


def _tokens(phrase: str) -> list[str]:
    """The items of a phrase; an item with a hyphen or an apostrophe ("=cessar-fogo",
    "sit-in") is several words, as the text is cut into words."""
    out: list[str] = []
    for token in phrase.split():
        if "|" in token or token == "*" or token.endswith("*"):
            out.append(token)
            continue
        exact = token.startswith("=")
        parts = WORD.findall(token)
        out.extend(("=" if exact else "") + part for part in parts)
    return out


def _lemmas(phrase: str) -> list[str]:
    out = []
    for item in _tokens(phrase):
        for alt in item.split("|"):
            if alt and alt != "*" and not alt.startswith("=") and not alt.endswith("*"):
                out.append(alt.lower())
    return out


class PhraseMatcher:
    """Phrases of one language compiled for matching; each phrase carries a payload."""

    def __init__(self, lang: str, entries: Iterable[tuple[str, Hashable]],
                 participles: Mapping[str, Sequence[str]] | None = None,
                 suffixes: Sequence[str] = ()) -> None:
        entries = [(p.strip(), payload) for p, payload in entries if p.strip()]
        #: Endings a word may carry beyond the form an item names, longest first.
        self.suffixes = tuple(sorted({s.lower() for s in suffixes if s}, key=len,
                                     reverse=True))
        lemma_forms = inflections(lang, [lem for p, _ in entries for lem in _lemmas(p)])
        if participles:
            lemma_forms = {lemma: forms | _participles(lemma, participles)
                           for lemma, forms in lemma_forms.items()}
        self._first: dict[str, list[tuple[tuple[_Item, ...], Hashable, str]]] = {}
        self._prefix: dict[str, list[tuple[str, tuple[_Item, ...], Hashable, str]]] = {}
        for phrase, payload in entries:
            items = tuple(self._item(tok, lemma_forms, phrase) for tok in _tokens(phrase))
            head = items[0]
            if head.gap:
                raise ValueError(f"phrase {phrase!r} cannot start with '*'")
            rule = (items[1:], payload, phrase)
            for form in head.forms:
                self._first.setdefault(form, []).append(rule)
            for prefix in head.prefixes:
                self._prefix.setdefault(prefix[:MIN_PREFIX], []).append((prefix, *rule))

    @staticmethod
    def _item(token: str, lemma_forms: dict[str, frozenset[str]], phrase: str) -> _Item:
        if token == "*":
            return _Item(gap=True)
        forms: set[str] = set()
        prefixes: list[str] = []
        for alt in token.split("|"):
            if alt.startswith("="):
                forms.add(alt[1:].lower())
            elif alt.endswith("*"):
                if len(alt) - 1 < MIN_PREFIX:
                    raise ValueError(f"prefix {alt!r} of {phrase!r} is shorter than "
                                     f"{MIN_PREFIX} letters")
                prefixes.append(alt[:-1].lower())
            else:
                forms |= lemma_forms.get(alt.lower(), frozenset({alt.lower()}))
        return _Item(frozenset(forms), tuple(prefixes))

    def find(self, seq: Sequence[Word]) -> list[Hit]:
        """Every phrase occurrence in ``seq``, the longest first at each start word."""
        hits: list[Hit] = []
        matcher = self if self.suffixes else None  # words may then drop an ending
        for i, word in enumerate(seq):
            for low in self.stems(word.low) if matcher else (word.low,):
                for rest, payload, phrase in self._rules(low):
                    last = _match(rest, seq, i + 1, matcher)
                    if last is not None:
                        last = max(last, i)
                        hits.append(Hit(i, last, word.start, seq[last].end, payload, phrase))
        hits.sort(key=lambda h: (h.first, -(h.last - h.first)))
        return hits

    def stems(self, low: str) -> list[str]:
        """``low`` and what remains of it without each of the language's suffixes."""
        return [low, *(low[: -len(s)] for s in self.suffixes
                       if low.endswith(s) and len(low) - len(s) >= MIN_PREFIX)]

    def _rules(self, low: str) -> Sequence[tuple[tuple[_Item, ...], Hashable, str]]:
        """The phrases that may start at a word ``low`` (none for most words)."""
        exact, prefixed = self._first.get(low), self._prefix.get(low[:MIN_PREFIX])
        if exact is None and prefixed is None:
            return ()  # no phrase starts at this word
        rules = list(exact or ())
        for prefix, rest, payload, phrase in prefixed or ():
            if low.startswith(prefix):
                rules.append((rest, payload, phrase))
        return rules

def _match(items: tuple[_Item, ...], seq: Sequence[Word], pos: int,
           matcher: PhraseMatcher | None = None) -> int | None:
    """Index of the last word matched by ``items`` from ``pos`` (``pos - 1`` if no items);
    with a ``matcher`` that has suffixes, a word may match without one of them."""
    if not items:
        return pos - 1
    item, rest = items[0], items[1:]
    if item.gap:
        for skip in range(GAP + 1):
            found = _match(rest, seq, pos + skip, matcher)
            if found is not None:
                return found
        return None
    if pos < len(seq):
        low = seq[pos].low
        if item.accepts(low) or (matcher is not None and any(
                item.accepts(stem) for stem in matcher.stems(low)[1:])):
            return _match(rest, seq, pos + 1, matcher)
    return None


def outermost(hits: Iterable[Hit]) -> list[Hit]:
    """The hits not inside a longer hit (ties: the first found), in text order."""
    ordered = sorted(hits, key=lambda h: (h.first, -(h.last - h.first)))
    out: list[Hit] = []
    reach = -1
    for hit in ordered:
        if hit.last <= reach:
            continue
        out.append(hit)
        reach = max(reach, hit.last)
    return out
