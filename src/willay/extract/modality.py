"""Find hedges, plans and negations and the clause each one governs (all languages).

:class:`ModalityFinder` is a pipeline component. It reads ``willay/lang/<code>/hedges.toml``
and appends:

- ``Mention(kind="hedge", value="reported" | "alleged" | "denied")`` for "it was
  reported that", "allegedly", "habría", "aurait", "teria", "denied that" ...;
- ``Mention(kind="plan", value="call" | "ask" | "plan" | "future" | "threat" |
  "announce")`` for calls, requests, plans, threats, announcements and future actions,
  which are not events that happened (an ``announce`` cue blocks only demonstrations: a
  measure announced is taken);
- ``Mention(kind="negation", value="none" | "not")`` for "no one was injured",
  "sin heridos", "aucun blessé" (``none``: a zero figure) and plain verb negation.

Every mention has ``attrs["scope"] = (start, end)``: the clause it governs, up to the
next clause boundary or the end of the sentence. A hedge governs its whole clause
("Police allegedly fired"), or the clause after it when it introduces one ("it was
reported that ..."); a plan or call governs what follows it ("called for a strike"),
except predicative cues listed as ``backward`` in the data ("a march is planned"),
which reach back to the start of the clause, and a threat or an announcement (the values
listed as ``object_scope``), which governs only its object, up to the next comma or
word that opens another clause (``subordinators``: "After threatening a strike for
weeks, dockers walked out"); a negation governs what
it names ("no one was injured") or the few words after a bare "not".
:func:`modality_at` reads these mentions back for an event trigger.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from willay.extract.prefilter import Prefilter, fold
from willay.extract.taken import Taken
from willay.lang.language import language
from willay.lang.loader import lang_path, supported_languages
from willay.model import Document, Mention

#: Language used when a document has none or an unsupported one.
DEFAULT_LANGUAGE = "en"
#: Mention kinds this component adds; each is also the data section it comes from.
SECTIONS = ("hedge", "plan", "negation")
#: What a trigger inside the scope of each cue makes of an event, strongest first.
MODALITY_ORDER = ("denied", "planned", "alleged", "reported")

#: The longest reach of a scope on each side of its cue (characters).
CONTEXT = 400
#: How many words after a bare "not" its scope reaches.
NOT_REACH = 3

_SENT_BREAK = re.compile(r"[.!?](?=\s|$)|\n")
_PUNCT_BREAK = re.compile(r"[;:]|\s[—–]\s")
_INTRODUCERS = re.compile(r"(?:that|que|qu'|de)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Cue:
    kind: str
    value: str
    regex: re.Pattern[str]
    scan: Prefilter


class _Lexicon:
    """The compiled cues and clause breaks of one language."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.cues: list[_Cue] = []
        for kind in SECTIONS:
            for value, patterns in data.get(kind, {}).items():
                for pattern in patterns:
                    rx = re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)
                    self.cues.append(_Cue(kind, value, rx, Prefilter(rx)))
        backward = data.get("backward", [])
        self.backward = (
            re.compile("|".join(f"(?:{b})" for b in backward), re.IGNORECASE) if backward else None
        )
        self.object_scope = frozenset(str(v) for v in data.get("object_scope", []))
        subs = sorted((str(w) for w in data.get("subordinators", [])), key=len, reverse=True)
        self.object_end = re.compile(
            ",|" + "".join(rf"\s{re.escape(w)}(?!\w)|" for w in subs) + r"[;:]", re.IGNORECASE)
        breaks = sorted(data.get("clause_breaks", []), key=len, reverse=True)
        alt = "|".join(re.escape(b) + (r"(?!\w)" if b[-1:].isalpha() else "") for b in breaks)
        self.clause_break = (
            re.compile(rf"{alt}|[;:]|\s[—–]\s", re.IGNORECASE) if alt else _PUNCT_BREAK
        )


@cache
def clause_break(lang: str) -> re.Pattern[str]:
    """The phrases that end a clause in ``lang`` (``clause_breaks`` of its hedges.toml,
    besides ; : and dashes)."""
    code = lang if lang_path(lang, "hedges").is_file() else DEFAULT_LANGUAGE
    return _Lexicon(language(code).table("hedges")).clause_break


class ModalityFinder:
    """Pipeline component: append hedge, plan and negation mentions with their scope.

    Documents in a language without a ``hedges.toml`` are read with ``default_language``;
    each language's cues are compiled on first use and kept on the instance.
    """

    def __init__(self, default_language: str = DEFAULT_LANGUAGE) -> None:
        self.default_language = default_language
        self._lexicons: dict[str, _Lexicon] = {}
        self._languages: tuple[str, ...] | None = None

    def lexicon(self, lang: str | None) -> _Lexicon:
        """The compiled cues of ``lang`` (or of the default language)."""
        if self._languages is None:
            self._languages = tuple(
                c for c in supported_languages() if lang_path(c, "hedges").is_file()
            )
        code = lang if lang in self._languages else self.default_language
        assert code is not None
        if code not in self._lexicons:
            self._lexicons[code] = _Lexicon(language(code).table("hedges"))
        return self._lexicons[code]

    def __call__(self, doc: Document) -> Document:
        doc.mentions.extend(self.find(doc))
        return doc

    def find(self, doc: Document) -> list[Mention]:
        """The hedge, plan and negation mentions of ``doc`` in text order."""
        lex = self.lexicon(doc.language)
        text = doc.text
        folded = fold(text)
        found: list[tuple[int, int, _Cue]] = []
        for cue in lex.cues:
            for m in cue.scan.finditer(text, folded):
                if m.end() > m.start():
                    found.append((m.start(), m.end(), cue))
        # Longest cue first; a shorter cue inside a longer one is dropped.
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        chosen: list[tuple[int, int, _Cue]] = []
        taken = Taken(len(text))
        for f in found:
            if not taken.overlaps(f[0], f[1]):
                chosen.append(f)
                taken.add(f[0], f[1])
        chosen.sort(key=lambda f: f[0])
        bounds = self._sentences(doc)
        out = []
        for start, end, cue in chosen:
            scope = self._scope(text, start, end, cue.kind, cue.value, bounds, lex)
            attrs: dict[str, Any] = {"scope": scope, "cue": cue.value}
            out.append(Mention(cue.kind, doc.span(start, end), cue.value, attrs))
        return out

    @staticmethod
    def _sentences(doc: Document) -> list[tuple[int, int]]:
        if doc.sentences:
            return sorted((s.start, s.end) for s in doc.sentences)
        out, pos = [], 0
        for m in _SENT_BREAK.finditer(doc.text):
            out.append((pos, m.end()))
            pos = m.end()
        out.append((pos, len(doc.text)))
        return out

    @staticmethod
    def _scope(
        text: str,
        start: int,
        end: int,
        kind: str,
        value: str,
        bounds: list[tuple[int, int]],
        lex: _Lexicon,
    ) -> tuple[int, int]:
        k = bisect.bisect_right(bounds, (start, len(text) + 1)) - 1
        s_start, s_end = bounds[k] if k >= 0 and start < bounds[k][1] else (0, len(text))
        # The clause starts after the last boundary before the cue ...
        c_start = s_start
        for m in lex.clause_break.finditer(text, max(s_start, start - CONTEXT), start):
            c_start = m.end()
        c_start = max(c_start, start - CONTEXT)
        # ... unless the cue introduces a clause ("reported that"): then it starts after it.
        if _INTRODUCERS.search(text[start:end]):
            c_start = end
        elif kind == "negation" or (
            kind == "plan"
            and not (lex.backward is not None and lex.backward.fullmatch(text[start:end]))
        ):
            # Calls, plans and negations govern what follows them ("called for a strike");
            # only predicative cues ("a march is planned") reach back to the subject.
            c_start = start
        # The clause ends at the next boundary after the cue, or the sentence end.
        c_end = min(s_end, end + CONTEXT)
        after = lex.clause_break.search(text, end, c_end)
        if after:
            c_end = after.start()
        if kind == "plan" and value in lex.object_scope:
            stop = lex.object_end.search(text, end, c_end)
            c_end = c_end if stop is None else stop.start()
        if kind == "negation":
            # A negation governs what it names ("no one was injured", "sin heridos") or,
            # for a bare "not", the verb group after it ("did not intervene").
            c_end = min(c_end, end if value == "none" else _words_after(text, end, NOT_REACH))
            stop = CLAUSE_PUNCTUATION.search(text, end, c_end)
            if stop is not None and value != "none":
                c_end = stop.start()  # "who have not been named, beat": its own clause
        while c_start < c_end and text[c_start].isspace():
            c_start += 1
        while c_end > c_start and text[c_end - 1] in " \t\n.!?":
            c_end -= 1
        return (c_start, c_end)


#: Punctuation that ends a clause inside a sentence: the verb group a bare "not" negates
#: (and the reach of a passive auxiliary, :mod:`willay.extract.frames`).
CLAUSE_PUNCTUATION = re.compile(r"[,;:()]")


def _words_after(text: str, pos: int, count: int) -> int:
    """The offset after the ``count`` words that follow ``pos``."""
    end = pos
    for i, m in enumerate(re.finditer(r"[\w'’-]+", text[pos : pos + 200])):
        if i >= count:
            break
        end = pos + m.end()
    return end


def _covers(mention: Mention, start: int, end: int) -> bool:
    scope = mention.attrs.get("scope") or (mention.start, mention.end)
    return bool(scope[0] <= start and end <= scope[1])


def modality_at(doc: Document, start: int, end: int | None = None) -> str:
    """The modality of an event whose trigger spans ``[start, end)``.

    ``denied``, ``planned`` (a call, plan, threat or future action; an announcement only
    when the event is a demonstration, which the builder's blocking knows), ``alleged`` or
    ``reported`` when a cue's scope covers the trigger (strongest first, as in
    :data:`MODALITY_ORDER`), else ``asserted``. Reads the mentions that
    :class:`ModalityFinder` added to ``doc``.
    """
    stop = start if end is None else end
    found: set[str] = set()
    for m in doc.mentions:
        if m.kind == "hedge" and _covers(m, start, stop):
            found.add(str(m.value))
        elif m.kind == "plan" and m.value != "announce" and _covers(m, start, stop):
            found.add("planned")  # an announcement plans a demonstration, not a measure
    for value in MODALITY_ORDER:
        if value in found:
            return value
    return "asserted"


def negated_at(doc: Document, start: int, end: int | None = None) -> Mention | None:
    """The negation mention whose scope covers ``[start, end)``, if any."""
    stop = start if end is None else end
    for m in doc.mentions:
        if m.kind == "negation" and _covers(m, start, stop):
            return m
    return None
