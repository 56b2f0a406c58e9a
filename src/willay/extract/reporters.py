"""Attribution: who a figure is credited to, the outlet that relays it, and the evidence span.

Three pieces, all driven by ``willay/lang/<code>/reporters.toml``:

- :func:`find_reporters` finds reporter phrases in a stretch of text: a cue before the
  name ("according to the Health Network", "según la Defensoría del Pueblo", "selon le
  comité central des médecins", "de acordo com a AP"), a reporting verb after the name
  ("the Ombudsman's office counted", "Telesur noted", "X a appris") or before it after a
  comma or a quote ("informó la congresista Ruth Luque", "noticia a AP");
- :func:`normalize_reporter` shortens a phrase to its head as ANNOTATION.md section 8 asks
  ("Peru's ombudsman" -> "Ombudsman", "la Defensoría de Pueblo" -> "Defensoría del
  Pueblo") and :func:`reporter_class` gives its class (government, health, ombudsman,
  police, military, ngo, organiser, media, witness, judicial, other);
- :func:`find_relays` finds quoted passages introduced by an outlet ("[A report by
  Telesur] ... stressed: “...”"), and :class:`Attributor` answers, for any span of a
  document, the :class:`Attribution` of a figure stated there: the reporter of its
  sentence (or of the quote it sits in) and ``via``, the outlet relaying the quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Any

from willay.errors import ConfigError
from willay.extract.inflect import inflections
from willay.extract.numbers import PhraseSet, Token, load_grammar, tokenize
from willay.lang.language import language
from willay.model.document import Document, Sentence
from willay.model.span import Span

#: Classes in the order they are tried; the first whose words a name contains wins.
CLASS_ORDER = ("ombudsman", "health", "judicial", "police", "military", "ngo", "media",
               "witness", "organiser", "government")
#: Classes whose one-word reporters are common nouns ("Police", "Officials", "Witnesses").
_COMMON_CLASSES = ("witness", "government", "police", "military", "health", "judicial",
                   "organiser")
#: Longest reporter phrase kept, in tokens ("Comissão de Direitos Humanos da Ordem dos
#: Advogados do Brasil").
_MAX_NAME = 14
#: What a step of :meth:`_Finder.name_right` gives when the name ends there.
_STOP = -1
#: Opening quotes and the characters that may close them (real text mixes “ with ").
_QUOTES = MappingProxyType({"“": "”\"", "«": "»", '"': '"”'})
#: Punctuation that never stops a walk over a name: markdown link residue "[X](#)".
_LINK = ("]", "(", "#", ")")


def all_forms(lang: str, lemmas: list[str]) -> list[str]:
    """Every form of ``lemmas`` (simplemma's dictionaries, through
    :mod:`willay.extract.inflect`, and the forms of the regular conjugation of the
    language, ``regular_endings`` of ``reporters.toml``), sorted; the lemmas alone for a
    language without either."""
    if not lemmas:
        return []
    out = {f for forms in inflections(lang, lemmas).values() for f in forms}
    out.update(regular_forms(lang, lemmas))
    return sorted(out)


def regular_forms(lang: str, lemmas: list[str]) -> set[str]:
    """The forms of the regular conjugation of ``lemmas``: the infinitive ending (the
    longest of ``regular_endings``) replaced by each of its endings, "avancer" -> avance,
    avancent, avancé; "contabilizar" -> contabiliza, contabilizó; "apontar" -> apontou.
    simplemma's dictionary misses forms that are also the lemma of a noun ("avance")."""
    try:
        table = language(lang).table("reporters").get("regular_endings", {})
    except ConfigError:
        return set()
    suffixes = sorted(table, key=len, reverse=True)
    out: set[str] = set()
    for lemma in lemmas:
        if " " in lemma:
            continue
        for suffix in suffixes:
            if lemma.endswith(suffix) and len(lemma) > len(suffix) + 1:
                stem = lemma[: len(lemma) - len(suffix)]
                out.update(stem + ending for ending in table[suffix])
                break
    return out


@dataclass(frozen=True, slots=True)
class ReporterMention:
    """A reporter phrase: ``name`` normalized, ``span_*`` the name as written, ``cue_*`` the
    cue. ``direction`` is ``"before"`` when the cue precedes the name ("according to X",
    "said X") and ``"after"`` when the name precedes it ("X said"). ``citing`` marks
    "citing X"; ``anaphoric`` marks "X reported this" (pointing at the previous sentence);
    ``relayer`` marks the outlet of "X, quoted by Y" (Y is the ``via`` of X's figures);
    ``via`` is the outlet a reporter spoke to ("X told Reuters", "dijo a EFE X").
    """

    name: str
    reporter_class: str
    span_start: int
    span_end: int
    cue_start: int
    cue_end: int
    direction: str
    citing: bool = False
    anaphoric: bool = False
    complement: bool = False
    relayer: bool = False
    via: str | None = None
    #: a pronoun ("he said") or "the same source": the reporter named before it
    back: bool = False


@dataclass(frozen=True, slots=True)
class Relay:
    """A quoted passage ``[start, end)`` (quotes included) and who stands behind it.

    ``kind`` is ``"relay"`` when an outlet introduces it ("Telesur noted that: “...”":
    the claims inside are ``via`` the outlet) and ``"speaker"`` when a person is named
    after it ("“...”, explained Rosa Mamani": the claims inside are hers).
    """

    start: int
    end: int
    outlet: ReporterMention
    kind: str = "relay"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who states a figure: ``reporter`` (``None``: the document's own voice), its class,
    ``via`` (the outlet relaying it) and ``evidence`` (the reporter's name in the text)."""

    reporter: str | None = None
    reporter_class: str | None = None
    via: str | None = None
    evidence: Span | None = None


@dataclass(frozen=True)
class ReporterLexicon:
    """The compiled ``reporters.toml`` of one language."""

    lang: str
    prepositions: PhraseSet
    weak: frozenset[tuple[str, ...]]
    citing: frozenset[tuple[str, ...]]
    relayed_by: PhraseSet
    labels: frozenset[str]
    member_of: frozenset[str]
    such_as: PhraseSet
    source_nouns: frozenset[str]
    verbs: PhraseSet
    auxiliaries: PhraseSet
    stop_words: frozenset[str]
    determiners: frozenset[str]
    connectors: PhraseSet
    report_nouns: PhraseSet
    titles: frozenset[str]
    descriptors: frozenset[str]
    office_words: frozenset[str]
    places: frozenset[str]
    anaphora: frozenset[str]
    conjunctions: frozenset[str]
    complementizers: frozenset[str]
    canonical: dict[str, str]
    classes: dict[str, PhraseSet]
    addressee: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()
    agents: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    demonstratives: frozenset[str] = frozenset()
    tell_forms: frozenset[str] = frozenset()
    not_speech_objects: PhraseSet = field(default_factory=lambda: PhraseSet({}))
    name_prepositions: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    lemmas: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    back_references: PhraseSet = field(default_factory=lambda: PhraseSet({}))

    @classmethod
    def from_data(cls, lang: str, data: dict[str, Any]) -> ReporterLexicon:
        def tok(words: list[str]) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(t.low for t in tokenize(w)) for w in words)

        citing = list(data.get("citing", []))
        speech = all_forms(lang, data.get("speech_lemmas", []))
        tell = all_forms(lang, data.get("tell_lemmas", []))
        return cls(
            lang=lang,
            prepositions=PhraseSet.of(list(data.get("prepositions", [])) + citing),
            weak=tok(data.get("weak_prepositions", [])),
            citing=tok(citing),
            relayed_by=PhraseSet.of(data.get("relayed_by", [])),
            labels=frozenset(data.get("labels", [])),
            member_of=frozenset(data.get("member_of", [])),
            such_as=PhraseSet.of(data.get("such_as", [])),
            source_nouns=frozenset(data.get("source_nouns", [])),
            verbs=PhraseSet.of([*data.get("verbs", []), *speech, *tell]),
            auxiliaries=PhraseSet.of(data.get("auxiliaries", [])),
            stop_words=frozenset(data.get("stop_words", [])),
            determiners=frozenset(data.get("determiners", [])),
            connectors=PhraseSet.of(data.get("connectors", [])),
            report_nouns=PhraseSet.of(data.get("report_nouns", [])),
            titles=frozenset(data.get("titles", [])),
            descriptors=frozenset(data.get("descriptors", [])),
            office_words=frozenset(data.get("office_words", [])),
            places=frozenset(data.get("places", [])),
            anaphora=frozenset(data.get("anaphora", [])),
            conjunctions=frozenset(data.get("conjunctions", [])),
            complementizers=frozenset(data.get("complementizers", [])),
            canonical={k.lower(): v for k, v in data.get("canonical", {}).items()},
            classes={k: PhraseSet.of(v) for k, v in data.get("classes", {}).items()},
            addressee=frozenset(data.get("addressee", [])),
            impersonal=frozenset(data.get("impersonal", [])),
            agents=frozenset(data.get("agents", [])),
            demonstratives=frozenset(data.get("demonstratives", [])),
            time_words=frozenset([*data.get("time_words", []),
                                  *load_grammar(lang).date_words]),
            tell_forms=frozenset(tell),
            not_speech_objects=PhraseSet.of(data.get("not_speech_objects", [])),
            name_prepositions=frozenset(data.get("name_prepositions", [])),
            locatives=frozenset(data.get("locatives", [])),
            lemmas=frozenset(data.get("speech_lemmas", [])),
            pronouns=frozenset(data.get("pronouns", [])),
            back_references=PhraseSet.of(data.get("back_references", [])),
        )


@lru_cache(maxsize=16)
def load_lexicon(lang: str) -> ReporterLexicon:
    """The reporter lexicon of ``lang`` (cached; ConfigError for an unknown language)."""
    return ReporterLexicon.from_data(lang, language(lang).table("reporters"))


def reporter_class(phrase: str, lang: str) -> str:
    """The class of a reporter phrase (with its titles): ``"police"``, ``"media"``, ...,
    or ``"other"``."""
    lex = load_lexicon(lang)
    toks = tokenize(phrase)
    for name in CLASS_ORDER:
        words = lex.classes.get(name)
        if words is None:
            continue
        for i in range(len(toks)):
            if words.match_at(toks, i):
                return name
    return "other"


def _noun_in(word: str, nouns: frozenset[str]) -> bool:
    """``word`` or its singular (a plural in -s or -es) is one of ``nouns``: "ativistas"
    for "ativista", "officials" for "official"."""
    return word in nouns or (word.endswith("s") and (
        word[:-1] in nouns or (word.endswith("es") and word[:-2] in nouns)))


def _is_cap(tok: Token) -> bool:
    return tok.kind == "word" and tok.text[:1].isupper()


def _is_acronym(tok: Token, owner: Token | None = None) -> bool:
    """An acronym in brackets: capitals ("LTDH"), or a short capitalized word with the
    initial of the name it follows ("Apib" after "Articulação dos Povos ...")."""
    if tok.kind != "word" or len(tok.text) < 2:
        return False
    if tok.text.isupper():
        return True
    return owner is not None and len(tok.text) <= 8 and _is_cap(tok) \
        and tok.text[0] == owner.text[:1] and tok.text[1:].islower()


def _is_sentence_start(text: str, pos: int) -> bool:
    k = pos - 1
    while k >= 0 and text[k] in " \t\"'“‘«([*-—–":
        k -= 1
    return k < 0 or text[k] in ".!?:\n"


def _acronym_dot(toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]`` is the dot of a dotted acronym ("U.N.", "U.S."): it follows a
    single capital letter with no space."""
    return (0 < k < len(toks) and toks[k].text == "." and toks[k - 1].end == toks[k].start
            and len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper())


def _trim(toks: list[Token], lex: ReporterLexicon) -> list[Token]:
    """Drop dangling connectors, determiners and punctuation at both ends."""
    while toks and ((toks[-1].kind == "punct" and not _acronym_dot(toks, len(toks) - 1))
                    or toks[-1].low in lex.determiners
                    or (toks[-1].low,) in lex.connectors.phrases):
        toks = toks[:-1]
    while toks and (toks[0].kind == "punct" or (toks[0].low,) in lex.connectors.phrases):
        toks = toks[1:]
    return toks


def _head(toks: list[Token], text: str, lex: ReporterLexicon) -> list[Token]:
    """The tokens of a name phrase that make its head (ANNOTATION.md section 8)."""
    toks = _past_possessive(toks, lex)
    toks = _past_determiners_and_labels(toks, text, lex)
    toks = _report_author(toks, lex)
    toks = _after_titles(toks, text, lex)
    toks = _past_descriptions(toks, lex)
    toks = _closing_proper_name(toks, lex)
    toks = _past_places(toks, lex)
    toks = _lowercase_head(toks, text, lex)
    return _trim(toks, lex)


def _past_possessive(toks: list[Token], lex: ReporterLexicon) -> list[Token]:
    """The possessor or the possessed noun of a possessive (ANNOTATION.md section 8)."""
    # possessives: "Peru's ombudsman" -> "ombudsman"; "the Ombudsman's office" -> "Ombudsman"
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].low == "'" and k + 1 < len(toks) and toks[k + 1].low == "s":
            before, after = toks[:k], toks[k + 2 :]
            owned = [t for t in after if t.kind == "word"]
            report = lex.report_nouns.match_at(after, 0)
            if owned and (all(t.low in lex.office_words for t in owned)
                          or (report is not None and report[0] == len(after))):
                toks = before
            else:
                toks = after
            break
    return toks


def _past_determiners_and_labels(toks: list[Token], text: str, lex: ReporterLexicon) -> list[Token]:
    """The name without its leading determiners and labels."""
    # leading determiners (a capitalized one only at the start of a sentence)
    while toks and toks[0].low in lex.determiners and (
            not _is_cap(toks[0]) or _is_sentence_start(text, toks[0].start)):
        toks = toks[1:]
        toks = _trim(toks, lex)
    # a label before a name: "la ONG Lirpa Viva" -> "Lirpa Viva"
    while len(toks) > 1 and toks[0].low in lex.labels and _is_cap(toks[1]):
        toks = toks[1:]
    return toks


def _report_author(toks: list[Token], lex: ReporterLexicon) -> list[Token]:
    """The author of a report noun phrase."""
    # "a report by X", "el balance de X": the author
    hit = lex.report_nouns.match_at(toks, 0)
    if hit and len(toks) > hit[0]:
        rest = toks[hit[0]:]
        conn = lex.connectors.match_at(rest, 0)
        if conn and len(rest) > conn[0]:
            toks = _trim(rest[conn[0]:], lex)
            while toks and toks[0].low in lex.determiners:
                toks = toks[1:]
    return toks


def _after_titles(toks: list[Token], text: str, lex: ReporterLexicon) -> list[Token]:
    """A person's name after the titles before it."""
    # a person's name after titles: "la diputada opositora Rosa Mamani",
    # "Defense Minister Ana Quispe Rojas", "Governor Tambo"
    last_title = -1
    for k, t in enumerate(toks):
        if t.low in lex.titles:
            last_title = k
    if 0 <= last_title < len(toks) - 1 and all(
            _is_cap(t) for t in toks[last_title + 1 :] if t.kind == "word") and (
            # "Tambo General Hospital" is an institution, not General Hospital
            reporter_class(text[toks[last_title + 1].start : toks[-1].end], lex.lang) == "other"
            or not _is_cap(toks[last_title]) or last_title == 0):
        toks = toks[last_title + 1 :]
    # a title with its complement before a person's name: "le ministre de l'Intérieur Luc
    # Lirpa" -> "Luc Lirpa" (the capitalized words after the last one with a class)
    if last_title >= 0 and len(toks) - last_title > 2 and _is_cap(toks[-1]):
        run = len(toks)
        while run > last_title + 1 and _is_cap(toks[run - 1]):
            run -= 1
        names = toks[run:]
        if _whole_body(names, lex):
            # "a spokesman for Amnesty International", "un responsable d'Amnesty": the
            # body the official speaks for, named whole, is the source
            return names
        while names and reporter_class(names[0].text, lex.lang) != "other":
            names = names[1:]
        if names and len(names) < len(toks) - last_title - 1 and any(
                reporter_class(t.text, lex.lang) != "other" for t in toks[run : len(toks)]):
            toks = names
    return toks


#: Classes of bodies that speak through their officials and are credited by name ("a
#: spokesman for Amnesty International"); a portfolio after a title stays the office's
#: ("el ministro del Interior").
_BODY_CLASSES = ("ngo", "media")


def _whole_body(names: list[Token], lex: ReporterLexicon) -> bool:
    """The capitalised words ``names`` are one body's name of a class of
    :data:`_BODY_CLASSES`, from end to end ("Amnesty International", "Human Rights
    Watch")."""
    for name in _BODY_CLASSES:
        words = lex.classes.get(name)
        hit = words.match_at(names, 0) if words is not None else None
        if hit is not None and hit[0] == len(names):
            return True
    return False


def _past_descriptions(toks: list[Token], lex: ReporterLexicon) -> list[Token]:
    """A proper name without the descriptions around it."""
    # descriptions around a proper name: "el diario La República", "Reuters press agency"
    caps = [k for k, t in enumerate(toks) if _is_cap(t)]
    if caps:
        lead = toks[: caps[0]]
        if lead and all(t.low in lex.descriptors or t.low in lex.determiners
                        or t.low in lex.titles or t.low in lex.places
                        for t in lead if t.kind == "word"):
            toks = toks[caps[0] :]
        while len(toks) > 1 and not _is_cap(toks[-1]) and toks[-1].low in lex.descriptors:
            toks = _trim(toks[:-1], lex)
    return toks


def _closing_proper_name(toks: list[Token], lex: ReporterLexicon) -> list[Token]:
    """A proper name closing a lowercase description."""
    # "the Norway-based rights group Haalvsh", "a plataforma eleitoral Decide": a proper
    # name closing a lowercase description (not after a connector: "ministère de l'Intérieur")
    run = len(toks)
    while run > 0 and (_is_cap(toks[run - 1]) or _acronym_dot(toks, run - 1) or (
            run > 1 and run < len(toks) and _is_cap(toks[run]) and _is_cap(toks[run - 2])
            and toks[run - 1].kind == "word" and len(toks[run - 1].text) <= 3)):
        run -= 1  # "Forces Vives de Guinée" is one name
    if 0 < run < len(toks) and toks[run - 1].kind == "word" and not _is_cap(toks[run - 1]) \
            and (toks[run - 1].low,) not in lex.connectors.phrases \
            and toks[run - 1].low not in lex.determiners:
        toks = toks[run:]
    return toks


def _past_places(toks: list[Token], lex: ReporterLexicon) -> list[Token]:
    """The name without place words and demonyms at its ends."""
    # places and demonyms: "the Peruvian presidency", "a mídia peruana", "... of Peru"
    while len(toks) > 1 and toks[-1].low in lex.places:
        toks = _trim(toks[:-1], lex)
    while len(toks) > 1 and toks[0].low in lex.places and toks[1].kind == "word":
        toks = toks[1:]
    return toks


def _lowercase_head(toks: list[Token], text: str, lex: ReporterLexicon) -> list[Token]:
    """A lowercase phrase up to its first preposition."""
    # a lowercase phrase ends at its first preposition: "Witnesses at the square" -> head
    lowercase = bool(toks) and not _is_cap(toks[0])
    initial = bool(toks) and _is_sentence_start(text, toks[0].start) \
        and not any(_is_cap(t) for t in toks[1:])
    if lowercase or initial:
        # "familiares de las víctimas", "relatives of the victims": the witnesses
        if len(toks) > 2 and (toks[1].low,) in lex.connectors.phrases \
                and reporter_class(toks[0].text, lex.lang) == "witness":
            toks = toks[:1]
        for k, t in enumerate(toks[1:], start=1):
            if t.low in lex.stop_words:
                toks = toks[:k]
                break
    return toks


def normalize_reporter(phrase: str, lang: str, sentence_start: bool = False) -> str:
    """The head of a reporter phrase, as ANNOTATION.md section 8 writes it."""
    lex = load_lexicon(lang)
    toks = _head(_trim(tokenize(phrase), lex), phrase, lex)
    if not toks:
        return ""
    return _render(phrase, toks, lex, sentence_start)


def _render(text: str, toks: list[Token], lex: ReporterLexicon, sentence_start: bool) -> str:
    name = text[toks[0].start : toks[-1].end]
    name = re.sub(r"\s+", " ", name).strip()
    canon = lex.canonical.get(name.lower())
    if canon:
        return canon
    # "Official sources indicated", "Eyewitnesses said": a common noun capitalized only
    # because it starts the sentence (a lone proper name such as "Reuters" keeps it)
    if sentence_start and not any(_is_cap(t) for t in toks[1:]) \
            and toks[0].text[1:].islower():
        cls = reporter_class(name, lex.lang)
        if (len(toks) > 1 and cls != "other") or cls in _COMMON_CLASSES:
            name = name[:1].lower() + name[1:]
    return name


class _Finder:
    """Finds reporter phrases among the tokens of one sentence."""

    def __init__(self, text: str, toks: list[Token], lex: ReporterLexicon) -> None:
        self.text = text
        self.toks = toks
        self.lex = lex
        #: the wider phrase (title, description) of a name found in apposition, by start
        self.described: dict[int, list[Token]] = {}

    def _skip_link(self, k: int, step: int) -> int:
        """Index past markdown link residue "](#)" at ``k`` walking by ``step``."""
        toks = self.toks
        if step < 0 and k >= 3 and tuple(t.text for t in toks[k - 3 : k + 1]) == _LINK:
            return k - 4
        if step > 0 and tuple(t.text for t in toks[k : k + 4]) == _LINK:
            return k + 4
        return k

    def name_right(self, i: int) -> list[Token]:
        """The name phrase starting at token ``i`` (after a cue)."""
        toks, lex = self.toks, self.lex
        out: list[Token] = []
        k = i
        while k < len(toks) and toks[k].low in lex.determiners and len(out) == 0 \
                and not _is_cap(toks[k]):
            out.append(toks[k])
            k += 1
        lower = 0
        owner = 0  # tokens before a possessive "'s" do not end the name
        while k < len(toks) and len(out) < _MAX_NAME:
            t = toks[k]
            glued = self._glued_right(k, out)
            if glued is not None:
                k, possessive = glued
                if possessive:
                    owner = len(out)
                continue
            if t.kind != "word" or self._other_cue_at(k, out):
                break
            conn = self._connector_at(k, out)
            if conn:
                out.extend(toks[k : k + conn])
                k += conn
                continue
            step = self._lowercase_right(k, out, owner)
            if step == _STOP:
                break
            if step is not None:
                k = step
                continue
            if not _is_cap(t):
                lower += 1
                if lower > 5:
                    break
            out.append(t)
            k += 1
        return _trim(out, lex)

    def _glued_right(self, k: int, out: list[Token]) -> tuple[int, bool] | None:
        """Tokens at ``k`` that belong to the name without being words of it: a bracket
        or link skipped, an apostrophe ("Peru's": True when a possessive), a hyphen
        between two words, the dots of an acronym ("the U.N."); the token after them."""
        toks = self.toks
        t = toks[k]
        if t.text == "[":
            return k + 1, False
        j = self._skip_link(k, 1)
        if j != k:
            return j, False
        if t.text in ("'", "’") and out and k + 1 < len(toks) and toks[k + 1].kind == "word" \
                and toks[k + 1].start == t.end:
            out.append(t)
            k += 1
            if toks[k].low == "s":  # "Peru's ombudsman": the possessed noun follows
                out.append(toks[k])
                return k + 1, True
            return k, False
        if t.text == "-" and out and k + 1 < len(toks) and toks[k + 1].start == t.end \
                and t.start == out[-1].end:
            out.append(t)
            return k + 1, False
        if _acronym_dot(toks, k) and out and out[-1] is toks[k - 1]:
            out.append(t)
            return k + 1, False
        return None

    def _other_cue_at(self, k: int, out: list[Token]) -> bool:
        """Another reporter cue ends the name: "a appris l'AFP de sources hospitalières"
        (a second source), "selon des témoins joints par l'AFP" (the relaying outlet)."""
        toks, lex = self.toks, self.lex
        cue = lex.prepositions.match_at(toks, k) if out else None
        if cue and tuple(x.low for x in toks[k : k + cue[0]]) not in lex.weak:
            return True
        return bool(out and lex.relayed_by.match_at(toks, k))

    def _connector_at(self, k: int, out: list[Token]) -> int:
        """The tokens of a connector at ``k`` inside a name ("de", "of the"; "y"/"and"
        only between capitalized words), 0 when none."""
        toks, lex = self.toks, self.lex
        conn = lex.connectors.match_at(toks, k)
        if conn and toks[k].low in lex.conjunctions:
            left_cap = bool(out) and _is_cap(out[-1])
            right_cap = k + 1 < len(toks) and _is_cap(toks[k + 1])
            if not (left_cap and right_cap):
                conn = None
        if conn and out and k + conn[0] < len(toks) and toks[k + conn[0]].kind == "word":
            return int(conn[0])
        return 0

    def _stop_word_right(self, k: int, out: list[Token], caps: int) -> int:
        """A stop word at ``k`` ends the name (:data:`_STOP`) unless it opens the
        complement of a capitalized name ("Voix ... pour les droits de l'homme"): then
        the token after the complement."""
        tail = self._clause_tail(k) if caps else None
        if tail is None:
            return _STOP
        out.extend(self.toks[k:tail])
        return tail

    def _lowercase_right(self, k: int, out: list[Token], owner: int) -> int | None:
        """Where a stop word, a time word, a verb or a lowercase word at ``k`` leaves the
        name: :data:`_STOP` (it ends), the token after the words taken into it (a
        complement, "pour les droits de l'homme"), None (an ordinary word)."""
        toks, lex = self.toks, self.lex
        t = toks[k]
        caps = sum(1 for o in out[owner:] if _is_cap(o))
        glued = k + 1 < len(toks) and toks[k + 1].text == "-" \
            and toks[k + 1].start == t.end  # "sans-voix": one word
        if t.low in lex.stop_words and not _is_cap(t) and not glued:
            return self._stop_word_right(k, out, caps)
        if _is_cap(t):
            return None
        if t.low in lex.time_words or (
                lex.verbs.match_at(toks, k)
                # a verb form after an article is a noun: "un communiqué de l'armée"
                and not (out and out[-1].low in lex.determiners)):
            return _STOP
        if caps == 1 and self._complement_word(k, out[owner:]):
            # "l'Association mauritanienne des droits de l'homme": an institution
            # written in sentence case goes on through its adjectives and complements
            out.append(t)
            return k + 1
        after_connector = bool(out) and (
            (out[-1].low,) in lex.connectors.phrases
            or (out[-1].text == "-" and out[-1].end == t.start))  # "sans-voix"
        if caps >= 2 or (caps == 1 and not after_connector):
            # "Radio Lirpa on voit": a proper name ends at a lowercase word, but an
            # institution written in sentence case goes on ("Réseau de santé de ...")
            tail = self._clause_tail(k)
            if tail is not None and any(x.low in lex.name_prepositions for x in toks[k:tail]):
                out.extend(toks[k:tail])  # "Voix des sans-voix pour les droits ..."
                return tail
            return _STOP
        return None

    def _clause_tail(self, k: int) -> int | None:
        """The end of a name's complement that runs from token ``k`` to the end of its
        clause ("pour les droits de l'homme", "on Human Rights"): a preposition that may
        head such a complement (``name_prepositions``) first, then words that are no
        verb, time word or other stop word, up to a punctuation mark; else None."""
        toks, lex = self.toks, self.lex
        if k >= len(toks) or toks[k].low not in lex.name_prepositions:
            return None
        j = k + 1
        while j < len(toks) and j - k <= 8:
            t = toks[j]
            if t.kind == "punct" and t.text not in ("'", "’", "-"):
                break
            if t.kind == "word" and (t.low in lex.time_words or lex.verbs.match_at(toks, j)
                                     or (t.low in lex.stop_words
                                         and t.low not in lex.name_prepositions)):
                return None
            j += 1
        if j - k < 2 or j - k > 8 or (j < len(toks) and toks[j].kind != "punct"):
            return None
        return j

    def _complement_word(self, k: int, out: list[Token]) -> bool:
        """Whether the lowercase word at ``k`` continues a name headed by one capitalized
        institution noun ("Association", "Asociación", "Ministère"): an adjective before
        a complement ("mauritanienne des"), or a noun or adjective of the complement
        ("droits", "humanos" after "de derechos")."""
        toks, lex = self.toks, self.lex
        t = toks[k]
        heads = [o for o in out if _is_cap(o)]
        if len(heads) != 1 or reporter_class(heads[0].text, lex.lang) == "other":
            return False
        if t.low in lex.stop_words or t.low in load_grammar(lex.lang).cardinals \
                or lex.verbs.match_at(toks, k):
            return False
        if (t.low,) in lex.connectors.phrases:
            return k + 1 < len(toks) and toks[k + 1].kind == "word"
        words = [o for o in out if o.kind == "word"][-2:]
        if any((o.low,) in lex.connectors.phrases or o.low in lex.determiners for o in words):
            return True
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return nxt is not None and nxt.kind == "word" and (
            (nxt.low,) in lex.connectors.phrases or _is_cap(nxt))

    def name_left(self, i: int) -> list[Token]:
        """The name phrase ending just before token ``i`` (before a verb)."""
        toks, lex = self.toks, self.lex
        k, early = self._name_end_left(i)
        if early is not None:
            return early
        out: list[Token] = []
        while k >= 0 and len(out) < _MAX_NAME:
            j = self._skip_link(k, -1)
            if j != k:
                k = j
                continue
            t = toks[k]
            if t.text == "[":
                break
            if self._glued_left(k, out):
                out.append(t)
                k -= 1
                continue
            if t.kind != "word" or self._stop_left(k, out):
                break
            member = self._member_left(k, out)
            if member:
                return member  # "a doctor at Dhaka Medical College Hospital told"
            if self._name_preposition_left(k, out):
                out.append(t)  # "the Kenya National Commission on Human Rights said"
                k -= 1
                continue
            action, head = self._stop_word_left(k, out)
            if action == "take":
                out.append(t)
                k -= 1
                continue
            if action == "head":
                return head
            if action == "stop":
                break
            out.append(t)
            k -= 1
        out.reverse()
        return _trim(out, lex)

    def _name_end_left(self, i: int) -> tuple[int, list[Token] | None]:
        """The last token of the name before the verb at ``i`` (past auxiliaries, a relay,
        an aside), or the whole name when an acronym or an apposition gives it."""
        toks, lex = self.toks, self.lex
        k = i - 1
        # auxiliaries between name and verb: "has confirmed", "también informó"
        while k >= 0:
            hit = lex.auxiliaries.match_before(toks, k + 1)
            if not hit:
                break
            k -= hit[0]
        for c in range(max(0, k - 6), k):
            hit = lex.relayed_by.match_at(toks, c)
            if hit and c > 0 and toks[c - 1].kind == "word":
                relayed = self.name_right(c + hit[0])
                if relayed and relayed[-1] is toks[k]:
                    k = c - 1  # "un élu local joint par l'AFP parle de": the élu
                break
        if k >= 0 and toks[k].text == ")":
            acronym = self._acronym_before(k)
            if acronym:
                return k, acronym
        if k >= 0 and toks[k].text == ",":
            opening = self._parenthetical(k)
            if opening is not None:
                inner = toks[opening + 1 : k]
                if lex.relayed_by.match_at(toks, opening + 1):
                    k = opening - 1  # "X, quoted by AFP, said": X said
                else:
                    owner = self.name_left(opening)
                    if owner and self._titled(owner):
                        self.described[inner[0].start] = owner
                        return k, inner  # "The town's mayor, Fritz Pierre, put ..."
            else:
                aside = self._aside(k)
                if aside is not None:
                    k = aside - 1  # "A polícia, por sua vez, contabilizou": a polícia
        return k, None

    def _glued_left(self, k: int, out: list[Token]) -> bool:
        """Token ``k`` belongs to the name without being a word of it: an apostrophe
        after a word, a hyphen between two words, the dot of an acronym ("the U.N.")."""
        toks = self.toks
        t = toks[k]
        if t.text in ("'", "’") and k > 0 and toks[k - 1].kind == "word":
            return True
        if t.text == "-" and k > 0 and toks[k - 1].end == t.start and out \
                and out[-1].start == t.end:
            return True
        return _acronym_dot(toks, k)

    def _stop_left(self, k: int, out: list[Token]) -> bool:
        """The word at ``k`` ends the name read leftwards: a time word ("On Wednesday the
        Ombudsman raised"), a reporter cue ("Según informó Carabineros"), "such as"
        before a named outlet ("Medios locales como Radio Onda Azul elevaron")."""
        toks, lex = self.toks, self.lex
        if out and toks[k].low in lex.time_words:
            return True
        cue = lex.prepositions.match_before(toks, k + 1)
        if cue and tuple(x.low for x in toks[k + 1 - cue[0] : k + 1]) not in lex.weak:
            return True
        return bool(lex.such_as.match_before(toks, k + 1) and out and _is_cap(out[-1]))

    def _member_left(self, k: int, out: list[Token]) -> list[Token] | None:
        """"a doctor at Dhaka Medical College Hospital told": the institution after a
        member word at ``k``, when it names a reporter class."""
        toks, lex = self.toks, self.lex
        t = toks[k]
        if not (t.low in lex.member_of and out and _is_cap(out[-1]) and k > 0
                and not _is_cap(toks[k - 1]) and toks[k - 1].low not in lex.titles
                and reporter_class(toks[k - 1].text, lex.lang) != "other"):
            return None
        member = _trim(list(reversed(out)), lex)
        raw = self.text[member[0].start : member[-1].end] if member else ""
        if member and reporter_class(raw, lex.lang) != "other":
            return member
        return None

    def _name_preposition_left(self, k: int, out: list[Token]) -> bool:
        """A preposition between two capitalized words of one name ("Commission on Human
        Rights")."""
        toks, lex = self.toks, self.lex
        return (toks[k].low in lex.name_prepositions and bool(out) and _is_cap(out[-1])
                and k > 0 and _is_cap(toks[k - 1]) and toks[k - 1].low not in lex.time_words
                and not _is_sentence_start(self.text, toks[k - 1].start))

    def _stop_word_left(self, k: int, out: list[Token]) -> tuple[str, list[Token]]:
        """What a stop word at ``k`` does to the name read leftwards: ``take`` (a
        connector inside it), ``head`` (the name is the head noun phrase before it),
        ``stop``; ``word`` when ``k`` holds no stop word."""
        toks, lex = self.toks, self.lex
        t = toks[k]
        if not (t.low in lex.stop_words and (not _is_cap(t) or (
                not out and _is_sentence_start(self.text, t.start)))):
            return "word", []
        # a stop word capitalized only because it opens the sentence ("Se
        # registraron") names nobody
        joins = t.low not in lex.conjunctions or (
            _is_cap(out[-1]) and k > 0 and _is_cap(toks[k - 1])) if out else False
        if (t.low,) in lex.connectors.phrases and out and joins:
            return "take", []
        if t.low in lex.conjunctions or t.low in lex.complementizers:
            # "his family and a rights group said": two reporters; "that a doctor
            # said": the subject follows the complementizer
            return "stop", []
        head = self._head_before(k) if out else []
        return ("head", head) if head else ("stop", [])

    def _parenthetical(self, k: int) -> int | None:
        """The index of the comma opening a parenthetical closed by the comma at ``k``
        (", quoted by AFP," or ", Fritz Pierre,"), within a few tokens."""
        toks = self.toks
        c = k - 1
        while c >= 0 and k - c <= 8 and (toks[c].kind == "word" or _acronym_dot(toks, c)
                                          or toks[c].text in ("'", "’", "-")):
            c -= 1
        if c >= 0 and c < k - 1 and toks[c].text == ",":
            inner = toks[c + 1 : k]
            if self.lex.relayed_by.match_at(toks, c + 1) or (
                    len([t for t in inner if t.kind == "word"]) >= 2
                    and all(_is_cap(t) for t in inner if t.kind == "word")):
                return c
        return None

    def _aside(self, k: int) -> int | None:
        """The comma opening a short lowercase aside closed by the comma at ``k`` ("por
        sua vez", "for its part", "de son côté"), with a name before it; else None."""
        toks, lex = self.toks, self.lex
        c = k - 1
        while c >= 0 and k - c <= 4 and toks[c].kind == "word" and not _is_cap(toks[c]) \
                and not lex.verbs.match_at(toks, c) and toks[c].low not in lex.conjunctions:
            c -= 1
        if c < 1 or c >= k - 1 or toks[c].text != "," or toks[c - 1].kind != "word":
            return None
        return c

    def _titled(self, phrase: list[Token]) -> bool:
        """Whether a phrase describes a person's role: a title or a class word in it."""
        lex = self.lex
        if any(t.low in lex.titles for t in phrase):
            return True
        raw = self.text[phrase[0].start : phrase[-1].end]
        return reporter_class(raw, lex.lang) != "other"

    def _acronym_before(self, k: int) -> list[Token]:
        """"La Ligue ... (LTDH) a recensé": the acronym in brackets closing at ``k``, with
        the name it stands for kept as its description."""
        toks = self.toks
        if k < 2 or toks[k - 2].text != "(":
            return []
        owner = self.name_left(k - 2)
        if not _is_acronym(toks[k - 1], owner[0] if owner else None) and not (
                owner and _is_cap(toks[k - 1]) and self._titled(owner)):
            # "Une ONG bélarusse de défense des droits humains (Viasna) rapporte": the
            # name in brackets after a description of the body
            return []
        if owner:
            self.described[toks[k - 1].start] = owner
        return [toks[k - 1]]

    def _acronym_after(self, name: list[Token]) -> list[Token]:
        """"según la Coordinadora Nacional ... (CNDDHH),": the acronym after a name."""
        toks = self.toks
        if not name:
            return []
        k = toks.index(name[-1]) + 1
        while k < len(toks) and k - toks.index(name[-1]) <= 8 and (
                toks[k].kind == "word" or toks[k].text in ("'", "’", "-")):
            k += 1  # "la Ligue togolaise des droits de l'homme (LTDH)"
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")" \
                and _is_acronym(toks[k + 1], next((t for t in name if _is_cap(t)), None)):
            return [toks[k + 1]]
        return []

    def _head_before(self, k: int) -> list[Token]:
        """"Witnesses at the main square said": the noun before the preposition at
        ``k`` when one to three plain words stand between it and a clause boundary."""
        toks, lex = self.toks, self.lex
        j = k - 1
        words: list[Token] = []
        while j >= 0 and toks[j].kind == "word" and toks[j].low not in lex.stop_words \
                and toks[j].low not in lex.determiners and len(words) < 3:
            words.append(toks[j])
            j -= 1
        if not words:
            return []
        if j < 0 or toks[j].kind == "punct" or toks[j].low in lex.determiners:
            words.reverse()
            return words
        return []

    def _apposition(self, name: list[Token]) -> list[Token]:
        """"un reporte del presidente, José Lirpa,": the proper name set off by commas."""
        toks = self.toks
        if not name:
            return []
        k = toks.index(name[-1]) + 1
        # "el ministro serbio del Interior, Ivica Lirpa,": the rest of the description
        # up to the comma
        stop = min(len(toks), k + 5)
        while k < stop and toks[k].kind == "word" and toks[k].low not in self.lex.stop_words:
            k += 1
        if k >= len(toks) or toks[k].text != ",":
            return []
        k += 1
        if k + 1 < len(toks) and toks[k].low in self.lex.determiners and not _is_cap(toks[k]) \
                and toks[k + 1].low in self.lex.titles:
            k += 1  # ", le colonel Jean Lirpa": the article of a rank written in lower case
        while k < len(toks) and toks[k].low in self.lex.titles and not _is_cap(toks[k]):
            k += 1  # ", general Carlos Lirpa"
        run: list[Token] = []
        while k < len(toks) and _is_cap(toks[k]):
            run.append(toks[k])
            k += 1
        if len(run) >= 2 and (k >= len(toks) or toks[k].kind == "punct"):
            return run
        return []

    def acceptable(self, toks: list[Token], name: str) -> bool:
        if not toks or not name:
            return False
        if len(toks) == 1 and ((toks[0].low,) in self.lex.prepositions.phrases
                               or toks[0].low in self.lex.time_words):
            return False  # "Segundo divulgado pela ...", "Alors": a cue, not a name
        if any(_is_cap(t) and t.low not in self.lex.determiners for t in toks):
            return True
        if any(_noun_in(t.low, self.lex.titles) or _noun_in(t.low, self.lex.source_nouns)
               for t in toks):
            # "selon son avocat", "a local youth leader told", "uma fonte policial": a
            # person or a source by the noun that heads the phrase
            return True
        return reporter_class(name, self.lex.lang) != "other"

    def mention(self, name_toks: list[Token], cue: tuple[int, int], direction: str,
                citing: bool = False, anaphoric: bool = False,
                described: list[Token] | None = None,
                complement: bool = False, relayer: bool = False,
                via: str | None = None) -> ReporterMention | None:
        """The mention for a name phrase; ``described`` is a wider phrase (with titles)
        that gives the class when the name alone does not."""
        text, lex = self.text, self.lex
        head = _head(name_toks, text, lex)
        if not head:
            return None
        start_of_sentence = _is_sentence_start(text, head[0].start)
        name = _render(text, head, lex, start_of_sentence)
        if not self.acceptable(head, name):
            return None
        wide = described or self.described.get(name_toks[0].start) or name_toks
        raw = text[min(wide[0].start, name_toks[0].start) : max(wide[-1].end, name_toks[-1].end)]
        label = [t for t in name_toks if t.end <= head[0].start]
        cls = reporter_class(name, lex.lang)
        if label and label[-1].low in lex.labels:  # "la ONG Justiça Global": an NGO
            cls = reporter_class(label[-1].text, lex.lang)
        if cls == "other":
            cls = reporter_class(raw, lex.lang)
        back = bool(lex.back_references.match_at(head, 0)) and \
            lex.back_references.match_at(head, 0)[0] == len(head)  # type: ignore[index]
        return ReporterMention(name, cls, head[0].start, head[-1].end,
                               self.toks[cue[0]].start, self.toks[cue[1] - 1].end, direction,
                               citing, anaphoric, complement, relayer, via, back)

    def _speech_verb(self, i: int, n: int) -> bool:
        """Whether the verb form at token ``i`` is used as a reporting verb: not a noun
        after a determiner ("the report", "la cifra", "le compte"), not part of a proper
        name inside a sentence ("Arakan State"), not a verb with an object that is no
        speech ("claimed the lives", "a revendiqué la responsabilité")."""
        toks, lex = self.toks, self.lex
        t = toks[i]
        if i > 0 and toks[i - 1].low in lex.determiners and toks[i - 1].kind == "word" \
                and not _is_cap(toks[i - 1]):
            return False
        if _is_cap(t) and not t.text.isupper() and i > 0 \
                and not _is_sentence_start(self.text, t.start):
            return False
        if t.low in lex.lemmas and i > 1 and _is_cap(toks[i - 1]) \
                and toks[i - 2].low in lex.locatives:
            return False  # "in Plateau state": a place and a noun, not "X states"
        k = i
        hit = lex.auxiliaries.match_before(toks, k)
        if hit:
            k -= hit[0]
        if k > 0 and toks[k - 1].low in lex.impersonal:
            return False  # "se registraron tres heridos", "on a dénombré": no one says it
        return not lex.not_speech_objects.match_at(toks, i + n)

    def _pronoun(self, i: int, n: int, via: str | None,
                 complement: bool) -> ReporterMention | None:
        """"he said", "a-t-il précisé", "elle a indiqué": a pronoun subject, whose
        reporter is the one named before it (``back``)."""
        toks, lex = self.toks, self.lex
        k = i - 1
        hit = lex.auxiliaries.match_before(toks, k + 1) if k >= 0 else None
        if hit:
            k -= hit[0]
        candidates = [k, i + n]
        if i + n + 1 < len(toks) and toks[i + n].text == "-":
            candidates.append(i + n + 1)  # "a-t-il", "précise-t-elle"
            if i + n + 3 < len(toks) and toks[i + n + 2].text == "-":
                candidates.append(i + n + 3)
        for j in candidates:
            if 0 <= j < len(toks) and toks[j].low in lex.pronouns:
                return ReporterMention(toks[j].text, "other", toks[j].start, toks[j].end,
                                       toks[i].start, toks[i + n - 1].end,
                                       "after" if j < i else "before",
                                       complement=complement, via=via, back=True)
        return None

    def _tail_sources(self) -> list[ReporterMention]:
        """"..., security and medical sources.": sources named after a comma at the end of
        the sentence with no verb ("A and B sources" are two: A sources, B sources)."""
        toks, lex = self.toks, self.lex
        end = len(toks)
        while end > 0 and toks[end - 1].kind == "punct" and toks[end - 1].text != ",":
            end -= 1
        k = end - 1
        while k >= 0 and end - k <= 6 and toks[k].kind == "word" \
                and not lex.verbs.match_at(toks, k):
            k -= 1
        if k < 1 or toks[k].text != "," or k + 1 >= end:
            return []
        words = toks[k + 1 : end]
        if not _noun_in(words[-1].low, lex.source_nouns):
            return []
        parts = [t for t in words[:-1] if t.low not in lex.determiners]
        joins = [j for j, t in enumerate(parts) if t.low in lex.conjunctions]
        out = []
        groups = [parts[:joins[0]], parts[joins[0] + 1 :]] if len(joins) == 1 else [parts]
        for group in groups:
            if not group:
                continue
            name = f"{self.text[group[0].start : group[-1].end]} {words[-1].text}"
            out.append(ReporterMention(name, reporter_class(name, lex.lang), group[0].start,
                                       words[-1].end, toks[k].start, toks[k].end, "before"))
        return out

    def _owner(self, i: int) -> list[Token]:
        """The noun phrase before the possessive at token ``i``, from its determiner."""
        toks, lex = self.toks, self.lex
        k = i - 1
        while k >= 0 and i - k <= 6 and (toks[k].kind == "word" or (
                toks[k].text == "-" and k > 0 and toks[k - 1].end == toks[k].start)) \
                and toks[k].low not in lex.stop_words and toks[k].low not in lex.determiners:
            k -= 1
        return toks[k + 1 : i]

    def _named(self, name_toks: list[Token], cue: tuple[int, int]) -> ReporterMention | None:
        """A mention for a phrase that the structure alone makes a reporter (the owner of
        a report: "the rebels' claim"), whatever its words."""
        head = _head(name_toks, self.text, self.lex) if name_toks else []
        if not head:
            return None
        name = _render(self.text, head, self.lex, False)
        return ReporterMention(name, reporter_class(name, self.lex.lang), head[0].start,
                               head[-1].end, self.toks[cue[0]].start,
                               self.toks[cue[1] - 1].end, "after")

    def _owned_report(self, i: int) -> int:
        """The length of "'s declaration" at token ``i`` (a possessive and a noun of a
        report: its owner is the reporter of what follows), else 0."""
        toks, lex = self.toks, self.lex
        if i == 0 or toks[i].text not in ("'", "’") or i + 1 >= len(toks) \
                or toks[i - 1].kind != "word" or toks[i - 1].end != toks[i].start:
            return 0
        # "the coalition's declaration"; "the rebels' claim" (a plural owner)
        k = i + 2 if toks[i + 1].low == "s" and toks[i + 1].start == toks[i].end else i + 1
        if k == i + 1 and not toks[i - 1].low.endswith("s"):
            return 0
        hit = lex.report_nouns.match_at(toks, k)
        return k - i + hit[0] if hit else 0

    def _skip_time(self, k: int) -> int:
        """The token after the time words at ``k`` ("informó este domingo el director",
        "a indiqué samedi un porte-parole")."""
        toks, lex = self.toks, self.lex
        while k < len(toks) and toks[k].kind == "word":
            if toks[k].low in lex.time_words:
                k += 1
            elif k + 1 < len(toks) and toks[k + 1].low in lex.time_words and (
                    toks[k].low in lex.determiners or toks[k].low in lex.auxiliaries
                    or toks[k].low in lex.demonstratives):
                k += 2  # "este domingo", "on Sunday", "ce samedi"
            else:
                break
        return k

    def _after_name(self, name: list[Token]) -> int:
        """The token after a name phrase, past an acronym in brackets."""
        toks = self.toks
        k = toks.index(name[-1]) + 1
        if k + 2 < len(toks) and toks[k].text == "(" and toks[k + 2].text == ")":
            k += 3
        return k

    def _addressee(self, i: int, n: int) -> tuple[str | None, int]:
        """The outlet a reporting verb at token ``i`` speaks to ("told Reuters", "dijo a
        EFE", "a déclaré à l'AFP", "disse à Lusa"), and the token after it.

        The addressee is a capitalized name of a media outlet (or of no other class):
        "told reporters" or "dijo a la población" name no outlet."""
        toks, lex = self.toks, self.lex
        j = i + n
        if j >= len(toks):
            return None, j
        if toks[j].low in lex.addressee:
            start = j + 1
        elif n and toks[i + n - 1].low in lex.tell_forms:
            start = j
        else:
            return None, j
        name = self.name_right(start)
        words = [t for t in name if t.kind == "word" and t.low not in lex.determiners
                 and t.low not in lex.descriptors]  # "a la agencia Andina"
        if not words or not _is_cap(words[0]):
            return None, j
        head = _head(name, self.text, lex)
        if not head:
            return None, j
        outlet = _render(self.text, head, lex, False)
        if reporter_class(outlet, lex.lang) not in ("media", "other"):
            return None, j
        return outlet, toks.index(name[-1]) + 1

    def find(self) -> list[ReporterMention]:
        out: list[ReporterMention] = []
        i = 0
        while i < len(self.toks):
            n = self._relayed_at(i, out) or self._owned_at(i, out) or self._cue_at(i, out)
            i += n or 1
        if not out:
            out.extend(self._tail_sources())
        unique: list[ReporterMention] = []
        for m in out:
            if not any(u.span_start == m.span_start and u.span_end == m.span_end for u in unique):
                unique.append(m)
        return unique

    def _relayed_at(self, i: int, out: list[ReporterMention]) -> int | None:
        """", quoted by AFP,": the outlet relaying the reporter's words; the tokens read."""
        relayed = self.lex.relayed_by.match_at(self.toks, i)
        if not relayed:
            return None
        n = relayed[0]
        found = self.mention(self.name_right(i + n), (i, i + n), "before", relayer=True)
        if found:
            out.append(found)
        return n

    def _owned_at(self, i: int, out: list[ReporterMention]) -> int | None:
        """"a Saudi-led coalition's declaration of killing 95 Houthis"; the tokens read."""
        owned = self._owned_report(i)
        if not owned:
            return None
        owner = self._owner(i)
        found = self.mention(owner, (i, i + owned), "after") or \
            self._named(owner, (i, i + owned))
        if found:
            out.append(found)
        return owned

    def _cue_at(self, i: int, out: list[ReporterMention]) -> int | None:
        """A reporter introduced by a preposition ("according to X") or a speech verb at
        token ``i``; the tokens read."""
        toks, lex = self.toks, self.lex
        prep = lex.prepositions.match_at(toks, i)
        verb = lex.verbs.match_at(toks, i)
        if prep and (not verb or prep[0] >= verb[0]):
            n = self._preposition_at(i, prep[0], out)
            if n:
                return n
        if verb and not self._speech_verb(i, verb[0]):
            verb = None
        if not verb:
            return None
        self._verb_at(i, verb[0], out)
        return verb[0]

    def _preposition_at(self, i: int, n: int, out: list[ReporterMention]) -> int | None:
        """The reporter after the ``n`` tokens of a preposition cue at ``i`` (and a second
        one joined to it); the tokens of the cue, None when there is none."""
        toks, lex = self.toks, self.lex
        key = tuple(t.low for t in toks[i : i + n])
        if n > 1 and key[-1] in lex.source_nouns:
            n -= 1  # "de sources hospitalières": the sources are the name
        name = self.name_right(i + n)
        if name and key in lex.weak and not self._weak_cue_holds(i, name):
            name = []
        named = self._acronym_after(name) or self._apposition(name) or name
        cue_at = (i, i + n)
        if out and i > 0 and out[-1].span_end == toks[i - 1].end:
            # "a appris l'AFP de sources hospitalières": the source of the outlet
            # shares its cue (both are credited)
            cue_at = next((j, j + 1) for j, t in enumerate(toks)
                          if t.start == out[-1].cue_start)
        found = self.mention(named, cue_at, "before", citing=key in lex.citing, described=name)
        if not found:
            return None
        out.append(found)
        # "según vecinos y una oenegé": a second reporter of the same cue
        k = toks.index(name[-1]) + 1 if name else len(toks)
        if k < len(toks) and toks[k].low in lex.conjunctions:
            other = self.mention(self.name_right(k + 1), (i, i + n), "before")
            if other:
                out.append(other)
        return n

    def _weak_cue_holds(self, i: int, name: list[Token]) -> bool:
        """"Para el Ministerio de Gobierno, ...": an ambiguous cue opens its clause and its
        name is followed by a comma (or, for a proper name, by its locative complement:
        "segundo a Comissão ... do Brasil na Bahia")."""
        toks, lex = self.toks, self.lex
        idx = toks.index(name[-1])
        opens = i == 0 or toks[i - 1].kind == "punct"
        nxt = toks[idx + 1] if idx + 1 < len(toks) else None
        closed = nxt is None or nxt.kind == "punct" or (
            nxt.low in lex.stop_words and _is_cap(name[-1]))
        return opens and closed

    def _verb_at(self, i: int, n: int, out: list[ReporterMention]) -> None:
        """The reporter of the speech verb of ``n`` tokens at ``i``: its agent ("divulgado
        pela ONG X"), its subject before it, or the one after it."""
        toks, lex = self.toks, self.lex
        anaphoric = i + n < len(toks) and toks[i + n].low in lex.anaphora and (
            i + n + 1 >= len(toks) or toks[i + n + 1].kind == "punct")
        addressee, after = self._addressee(i, n)
        after = self._skip_time(after)
        complement = any(t.low in lex.complementizers for t in toks[after : after + 4])
        if after < len(toks) and toks[after].low in lex.agents:
            # "confirmada pelo partido", "divulgado pela ONG X": the agent reports
            right = self.name_right(after + 1)
            found = self.mention(self._apposition(right) or right, (i, i + n),
                                 "before", described=right, via=addressee)
            if found:
                out.append(found)
                return
        name = self.name_left(i)
        found = self.mention(name, (i, i + n), "after", anaphoric=anaphoric,
                             complement=complement, via=addressee)
        if found is None and (not name or (
                len(name) == 1 and (name[0].low,) in lex.prepositions.phrases)):
            # nothing before the verb, or only a cue: "Segundo informou a polícia"
            found, pair, addressee = self._subject_after(i, n, after, addressee)
            if pair:
                out.extend(pair)
                return
        if found is None:
            found = self._pronoun(i, n, addressee, complement)
        if found:
            out.append(found)
            # "his family and a rights group said": a co-reporter of the same verb
            first = toks.index(name[0]) - 1 if name else -1
            if first > 0 and toks[first].low in lex.conjunctions:
                other = self.mention(self.name_left(first), (i, i + n), "after",
                                     complement=complement)
                if other:
                    out.append(other)

    def _subject_after(self, i: int, n: int, after: int, addressee: str | None,
                       ) -> tuple[ReporterMention | None, list[ReporterMention], str | None]:
        """The reporter named after the verb at ``i`` ("dijo el prefecto a la AFP"), the
        pair it forms with a second one ("ont indiqué l'OSDH et une source médicale";
        empty when there is none) and the outlet addressed, as read again."""
        toks, lex = self.toks, self.lex
        right = self.name_right(after)
        if addressee is not None and not right:
            # "noticia a AP": no subject after the outlet, the outlet speaks
            addressee, right = None, self.name_right(i + n)
        named = self._acronym_after(right) or self._apposition(right) or right
        if addressee is None and right:
            # "dijo el prefecto a la AFP": the outlet after the subject
            end = self._after_name(right)
            addressee, _ = self._addressee(end, 0)
        found = self.mention(named, (i, i + n), "before", described=right, via=addressee)
        if found and right:
            k = self._after_name(right)
            if k < len(toks) and toks[k].low in lex.conjunctions:
                other = self.mention(self.name_right(k + 1), (i, i + n), "before")
                if other:
                    return found, [found, other], addressee
        return found, [], addressee


def find_reporters(text: str, start: int, end: int, lang: str) -> list[ReporterMention]:
    """Reporter phrases in ``text[start:end]`` (one sentence), in order."""
    lex = load_lexicon(lang)
    return _Finder(text, tokenize(text, start, end), lex).find()


def _quotes(text: str) -> list[tuple[int, int]]:
    """``(open, close)`` offsets of the quoted passages of a text, left to right."""
    out: list[tuple[int, int]] = []
    pos = 0
    found: dict[str, tuple[int, int]] = {}  # mark -> (from, its next offset from there)

    def find(mark: str, start: int) -> int:
        # ``text.find`` with the last answer reused: a mark that does not occur again is
        # not searched for again, so the passes stay linear in the text
        last = found.get(mark)
        if last is not None and last[0] <= start and (last[1] < 0 or last[1] >= start):
            return last[1]
        at = text.find(mark, start)
        found[mark] = (start, at)
        return at

    while True:
        opens = [(find(q, pos), q) for q in _QUOTES]
        opens = [(i, q) for i, q in opens if i >= 0]
        if not opens:
            return out
        a, q = min(opens)
        closes = [i for i in (find(c, a + 1) for c in _QUOTES[q]) if i >= 0]
        if not closes:
            return out
        b = min(closes)
        out.append((a, b))
        pos = b + 1


def find_relays(text: str, lang: str) -> list[Relay]:
    """Quoted passages with who stands behind them: an outlet introducing the quote with a
    colon ("Telesur noted that: “...”") or a speaker named after it ("“...”, said X")."""
    out: list[Relay] = []
    marks = _Marks(text)
    for a, b in _quotes(text):
        k = a - 1
        while k >= 0 and text[k] in " \t\n":
            k -= 1
        if k < 0 or text[k] != ":":
            speaker = _speaker_after(text, b + 1, lang, marks)
            if speaker is not None:
                out.append(Relay(a, b + 1, speaker, "speaker"))
            continue
        line_start = marks.line_start(k)
        sent = marks.sentence_start(line_start, k) - line_start
        mentions = [m for m in find_reporters(text, line_start + sent, a, lang)
                    if not m.relayer]
        if not mentions:
            continue
        best = next((m for m in mentions if m.direction == "before"), mentions[-1])
        out.append(Relay(a, b + 1, best))
    return out


class _Marks:
    """Offsets of the line breaks, sentence stops and clause stops of a text, found once,
    so that the walks from each quote to them do not rescan long lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self._stops: list[int] | None = None
        self._ends: list[int] | None = None

    def line_start(self, pos: int) -> int:
        """``text.rfind("\\n", 0, pos) + 1``."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self._breaks, pos)
        return self._breaks[k - 1] + 1 if k else 0

    def sentence_start(self, line_start: int, pos: int) -> int:
        """The end of the last ``[.!?]\\s`` of ``text[line_start:pos]`` (else line_start)."""
        if self._ends is None:
            self._ends = [m.end() for m in re.finditer(r"[.!?]\s", self.text)]
        k = bisect.bisect_right(self._ends, pos)
        return self._ends[k - 1] if k and self._ends[k - 1] - 2 >= line_start else line_start

    def next_stop(self, pos: int) -> int:
        """The first offset from ``pos`` that holds ``.``, ``;`` or a line break (else the
        length of the text)."""
        if self._stops is None:
            self._stops = [m.start() for m in re.finditer(r"[.;\n]", self.text)]
        k = bisect.bisect_left(self._stops, pos)
        return self._stops[k] if k < len(self._stops) else len(self.text)


def _speaker_after(text: str, pos: int, lang: str,
                   marks: _Marks | None = None) -> ReporterMention | None:
    """"“...”, explained Rosa Mamani, a protester": the speaker named right after a
    quote (within the same line, before the next sentence stop)."""
    k = pos
    while k < len(text) and text[k] in " ,\t":
        k += 1
    stop = (marks or _Marks(text)).next_stop(k)
    if k >= stop or k - pos > 3:
        return None
    found = [m for m in find_reporters(text, k, stop, lang) if not m.relayer]
    if found and found[0].cue_start - k <= 40:
        return found[0]
    return None


def _expand_surname(text: str, upto: int, name: str,
                    titles: frozenset[str] = frozenset()) -> tuple[str, str]:
    """A surname alone ("Quispe", "Tambo") becomes the fuller name used earlier in the text;
    also returns that earlier passage with the words before it (its title, for the class)."""
    if " " in name or not name[:1].isupper():
        return name, ""
    best, context = name, ""
    for m in _surname_pattern(name).finditer(text, 0, upto):
        best, context = _longer(text, m, name, titles, best, context)
    return best, context


@lru_cache(maxsize=256)
def _surname_pattern(name: str) -> re.Pattern[str]:
    """Up to three capitalised words and then ``name``: a fuller form of the surname."""
    return re.compile(rf"((?:[A-ZÁÉÍÓÚÑ][\w'-]+ ){{1,3}}){re.escape(name)}\b")


def _longer(text: str, m: re.Match[str], name: str, titles: frozenset[str],
            best: str, context: str) -> tuple[str, str]:
    """``(best, context)`` after one more match of :func:`_surname_pattern`: the match's
    name (titles and lower-case words before it dropped) when it is longer."""
    words = m.group(1).split()
    while words and (not words[0][1:].islower() or words[0].lower() in titles):
        words = words[1:]
    candidate = " ".join([*words, name])
    if len(candidate) > len(best):
        return candidate, text[max(0, m.start() - 40) : m.end()]
    return best, context


#: Characters that no match of :func:`_surname_pattern` contains (outside the surname).
_NAME_BARRIER = re.compile(r"[^\w' -]")


class _Surnames:
    """:func:`_expand_surname` for many mentions of one text, in time that does not grow
    with the offset of each mention.

    A match cannot contain a barrier character (:data:`_NAME_BARRIER`, when the surname
    has none), and no attempt to match that starts before a barrier reads past it. So the
    matches in ``text[:upto]`` that start before the last barrier under ``upto`` are those
    of the whole text, found once per surname around its occurrences; only the stretch
    from that barrier to ``upto`` is searched again for each mention.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._barriers: list[int] | None = None
        #: (surname, titles) -> (match starts, (best, context) after each match)
        self._found: dict[tuple[str, frozenset[str]],
                          tuple[list[int], list[tuple[str, str]]]] = {}

    def expand(self, upto: int, name: str, titles: frozenset[str]) -> tuple[str, str]:
        if " " in name or not name[:1].isupper():
            return name, ""
        if _NAME_BARRIER.search(name):
            return _expand_surname(self.text, upto, name, titles)
        barriers = self.barriers()
        k = bisect.bisect_left(barriers, upto)
        cut = barriers[k - 1] if k else 0
        starts, running = self._matches(name, titles)
        n = bisect.bisect_left(starts, cut)
        best, context = running[n - 1] if n else (name, "")
        for m in _surname_pattern(name).finditer(self.text, cut, upto):
            best, context = _longer(self.text, m, name, titles, best, context)
        return best, context

    def barriers(self) -> list[int]:
        if self._barriers is None:
            self._barriers = [m.start() for m in _NAME_BARRIER.finditer(self.text)]
        return self._barriers

    def _matches(self, name: str, titles: frozenset[str]
                 ) -> tuple[list[int], list[tuple[str, str]]]:
        key = (name, titles)
        if key not in self._found:
            text, barriers = self.text, self.barriers()
            pattern = _surname_pattern(name)
            starts: list[int] = []
            running: list[tuple[str, str]] = []
            best, context = name, ""
            scanned = 0  # the stretches between barriers are searched once each
            at = text.find(name)
            while at >= 0:
                k = bisect.bisect_left(barriers, at)
                begin = max(barriers[k - 1] if k else 0, scanned)
                j = bisect.bisect_left(barriers, at + len(name))
                stop = barriers[j] + 1 if j < len(barriers) else len(text)
                for m in pattern.finditer(text, begin, stop):
                    best, context = _longer(text, m, name, titles, best, context)
                    starts.append(m.start())
                    running.append((best, context))
                scanned = stop
                at = text.find(name, stop)
            self._found[key] = (starts, running)
        return self._found[key]


_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
_WORD = re.compile(r"[^\W\d_]+")


def spells(acronym: str, words: list[str]) -> bool:
    """Whether ``words`` (a name, in order) spell ``acronym``: each capitalized word
    gives its initial and each lowercase word its initial or nothing ("Observatoire
    syrien des droits de l'Homme" -> OSDH, "Alto Comissariado das Nações Unidas para os
    Direitos Humanos" -> ACNUDH); a mixed-case acronym takes a syllable of each word it
    uses, the last word closing it ("Instituto de Estudios para el Desarrollo y la Paz"
    -> Indepaz). The first word always gives the first letter."""
    acr = acronym.casefold()
    syllables = not acronym.isupper()
    lows = [w.casefold() for w in words]
    caps = [w[:1].isupper() for w in words]

    last = len(lows) - 1

    @cache
    def fits(i: int, k: int) -> bool:
        if k == len(lows):
            return i == len(acr)
        if i == len(acr):
            return not syllables and not any(caps[k:])
        word = lows[k]
        skippable = not caps[k] or (syllables and k != last)
        if k > 0 and skippable and fits(i, k + 1):
            return True
        longest = len(word) if syllables else 1
        return any(acr[i : i + n] == word[:n] and fits(i + n, k + 1)
                   for n in range(1, min(longest, len(acr) - i) + 1))

    return bool(words) and words[0][:1].isupper() and fits(0, 0)


def acronym_table(text: str, lang: str) -> dict[str, str]:
    """Acronyms defined in brackets after their expansion, and the name a reporter takes
    for either form: "Human Rights Watch (HRW)" gives ``{"HRW": "Human Rights Watch
    (HRW)", "human rights watch": "Human Rights Watch (HRW)"}``.

    The expansion is the shortest run of words before the bracket, starting with a
    capitalized word, that :func:`spells` the acronym: "Observatoire syrien des droits
    de l'Homme (OSDH)", "Instituto de Estudios para el Desarrollo y la Paz (Indepaz)".
    """
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        if not (acr.isupper() or acr[1:].islower()) or len(acr) < 2:
            continue
        line_start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        words = list(_WORD.finditer(text, line_start, m.start()))[-16:]
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            if not run[0].group()[:1].isupper():
                continue
            if spells(acr, [w.group() for w in run]):
                expansion = text[run[0].start() : run[-1].end()]
                name = f"{expansion} ({acr})"
                out[acr] = name
                out[expansion.casefold()] = name
                break
    return out


_PERSON = r"((?:[A-ZÁÉÍÓÚÑ][\w'-]+ ){1,3}[A-ZÁÉÍÓÚÑ][\w'-]+)"


def _titled_person(text: str, upto: int, title: str) -> str | None:
    """The person named with ``title`` last before ``upto``: "El ministro de Seguridad,
    Michael Soto,", "Interior Minister Adamu Bello"; None if there is none."""
    # only the title ignores case: the name must be capitalised ("the official
    # confirmed the attack, describing ..." names no one)
    pattern = re.compile(rf"\b(?i:{re.escape(title)})\b(?:[^.;:!?,\n]{{0,40}},\s+|\s+)"
                         rf"{_PERSON}")
    found = None
    for m in pattern.finditer(text, max(0, upto - 3000), upto):
        if m.end() <= upto:
            found = m.group(1)
    return found


class Attributor:
    """Attribution of the figures of one document (reporters per sentence, relays)."""

    def __init__(self, doc: Document, lang: str) -> None:
        self.doc = doc
        self.lang = lang
        self.relays = find_relays(doc.text, lang)
        #: Relays come left to right and never overlap (one quoted passage each).
        self._relay_starts = [relay.start for relay in self.relays]
        self._surnames = _Surnames(doc.text)
        self.acronyms = acronym_table(doc.text, lang)
        self._cache: dict[int, list[ReporterMention]] = {}

    def reporters_in(self, start: int, end: int) -> list[ReporterMention]:
        """Reporter phrases of the sentence ``[start, end)`` (cached by start)."""
        if start not in self._cache:
            self._cache[start] = find_reporters(self.doc.text, start, end, self.lang)
        return self._cache[start]

    def relay_at(self, pos: int) -> Relay | None:
        k = bisect.bisect_left(self._relay_starts, pos)
        if k and pos < self.relays[k - 1].end:
            return self.relays[k - 1]
        return None

    def _of(self, mention: ReporterMention, via: str | None) -> Attribution:
        if mention.back:
            before = self._antecedent(mention)
            if before is None:
                return Attribution(via=via or mention.via)
            found = self._of(before, None)
            return Attribution(found.reporter, found.reporter_class,
                               via or mention.via or found.via, found.evidence)
        lex = load_lexicon(self.lang)
        name, context = self._surnames.expand(mention.span_start, mention.name, lex.titles)
        if name.lower() in lex.titles:
            # "según dijo el ministro" after "El ministro de Seguridad, Michael Soto,":
            # the person named with that title before
            name = _titled_person(self.doc.text, mention.span_start, name) or name
        cls = mention.reporter_class
        if cls == "other" and context:
            cls = reporter_class(context, self.lang)
        full = self.acronyms.get(name) or self.acronyms.get(name.casefold())
        if full is not None:  # "HRW said" after "Human Rights Watch (HRW)"
            name = full
            if cls == "other":
                cls = reporter_class(full, self.lang)
        if via is None:
            via = mention.via
        return Attribution(name, cls, via, self.doc.span(mention.span_start, mention.span_end))

    def _antecedent(self, mention: ReporterMention) -> ReporterMention | None:
        """The reporter a pronoun or "the same source" points back to: the last one named
        before it, in its sentence or the three before it in the same or the previous
        paragraph (an outlet is never "he" or "she")."""
        doc = self.doc
        k = doc.sentence_index(mention.span_start)
        if k is None:
            return None
        para = doc.sentences[k].paragraph
        person = mention.span_end - mention.span_start < 6  # a pronoun, not a phrase
        for j in range(k, max(-1, k - 4), -1):
            sent = doc.sentences[j]
            if para - sent.paragraph > 1:
                break
            found = [m for m in self.reporters_in(sent.start, sent.end)
                     if m.span_end <= mention.span_start and not m.back
                     and not m.relayer and not m.anaphoric
                     and not (person and m.reporter_class == "media")]
            if found:
                return found[-1]
        return None

    def attribute_all(self, start: int, end: int) -> list[Attribution]:
        """The attribution of a figure and of the co-reporters named with the same cue
        ("según vecinos y una oenegé": two attributions of one figure)."""
        first = self.attribute(start, end)
        if first.evidence is None:
            return [first]
        sent = self.doc.sentence_at(start)
        if sent is None:
            return [first]
        chosen = next((m for m in self.reporters_in(sent.start, sent.end)
                       if m.span_start == first.evidence.start), None)
        if chosen is None:
            return [first]
        others = [self._of(m, first.via) for m in self.reporters_in(sent.start, sent.end)
                  if m.cue_start == chosen.cue_start and m is not chosen]
        return [first, *others]

    def attribute(self, start: int, end: int) -> Attribution:
        """The attribution of a figure stated at ``[start, end)``."""
        doc = self.doc
        relay = self.relay_at(start)
        if relay is not None and relay.kind == "speaker":
            return self._of(relay.outlet, None)
        via = relay.outlet.name if relay else None
        sent = doc.sentence_at(start)
        s_start, s_end = (sent.start, sent.end) if sent else (start, end)
        mentions = self._around(start, end, s_start, s_end, relay)
        relayers = [m for m in mentions if m.relayer]
        mentions = [m for m in mentions if not m.relayer]
        if relayers and via is None and mentions:
            via = relayers[0].name  # "X, quoted by AFP, said ...": via AFP
        found = self._in_sentence(mentions, start, end, via)
        if found is not None:
            return found
        # "Governor Tambo reported this." in the next sentence of the paragraph
        if sent is not None and not relay:
            nxt = self._next_sentence(sent.end, sent.paragraph)
            if nxt is not None:
                for m in self.reporters_in(nxt[0], nxt[1]):
                    if m.anaphoric:
                        return self._of(m, None)
        if relay:
            return Attribution(relay.outlet.name, relay.outlet.reporter_class, via,
                               doc.span(relay.outlet.span_start, relay.outlet.span_end))
        if sent is not None:
            carried = self._closing_reporter_before(sent)
            if carried is not None:
                return self._of(carried, carried.via)
        return Attribution()

    def _closing_reporter_before(self, sent: Sentence) -> ReporterMention | None:
        """The reporter that closes the previous sentence of the paragraph ("..., a
        communiqué of the army reports. About ten were killed."): reported speech goes on
        into the next sentence when that one names no source of its own."""
        i = self.doc.sentence_index(sent.start)
        if not i:
            return None
        prev = self.doc.sentences[i - 1]
        if prev.paragraph != sent.paragraph:
            return None
        found = [m for m in self.reporters_in(prev.start, prev.end)
                 if not (m.anaphoric or m.relayer or m.back or m.citing)
                 and m.reporter_class != "other"]  # "pour exiger X" is no source
        if not found:
            return None
        last = found[-1]
        # nothing after it but a short complement of the cue ("in a statement")
        tail = self.doc.text[max(last.span_end, last.cue_end):prev.end].strip(" .»”\"'")
        return last if len(tail.split()) <= 4 and not any(c in tail for c in ",;:") else None

    def _around(self, start: int, end: int, s_start: int, s_end: int,
                relay: Relay | None) -> list[ReporterMention]:
        """The reporters of ``[s_start, s_end)`` that may attribute a figure at
        ``[start, end)``: not overlapping it (unless they open before it, "Unas 26
        personas, según la policía, fueron ..."), not anaphoric, inside the relay."""
        mentions = [m for m in self.reporters_in(s_start, s_end)
                    if (not (m.span_start < end and start < m.span_end)
                        or (m.direction == "before" and start < m.cue_start))
                    and not m.anaphoric]
        if relay:
            mentions = [m for m in mentions if relay.start < m.span_start < relay.end]
        return mentions

    def _in_sentence(self, mentions: list[ReporterMention], start: int, end: int,
                     via: str | None) -> Attribution | None:
        """The attribution by a reporter of the figure's sentence: one citing another
        ("X, citing Y"), else the nearest that governs the figure."""
        if not mentions:
            return None
        citing = [m for m in mentions if m.citing]
        if citing:
            other = [m for m in mentions if not m.citing]
            relayer = other[0].name if other else via
            return self._of(citing[0], relayer)
        governing = [m for m in mentions if self._governs(m, start, end)]
        if not governing:
            return None

        def distance(m: ReporterMention) -> int:
            lo, hi = min(m.span_start, m.cue_start), max(m.span_end, m.cue_end)
            if hi <= start:
                return start - hi
            if lo >= end:
                return lo - end
            return 0

        return self._of(min(governing, key=distance), via)

    def _governs(self, m: ReporterMention, start: int, end: int) -> bool:
        """Whether a reporter phrase covers a figure at ``[start, end)`` of its sentence.

        "according to X" and "said X" cover the whole sentence; "X said" covers what
        follows the verb, and what precedes it only across a comma or a quote when the
        verb opens no "that"-clause ("12 dead, the police said"; not "12 dead and the
        police said that ...", nor "4 detained and the portal X reported one injured").
        """
        if m.direction == "before":
            return True
        if start >= m.cue_start:
            return True  # after the verb, or inside it ("put the toll at two")
        if end <= m.span_start and not m.complement:
            between = self.doc.text[end : m.span_start]
            return any(c in between for c in ",”\"»—")
        return False

    def _next_sentence(self, after: int, paragraph: int) -> tuple[int, int] | None:
        i = self.doc.sentence_lookup().first_from(after)
        if i is None:
            return None
        s = self.doc.sentences[i]
        return (s.start, s.end) if s.paragraph == paragraph else None
