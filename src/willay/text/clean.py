"""Plain-text cleaning: drop boilerplate lines and markdown markup, keeping offsets to the raw text.

The clean text is built only from slices of the raw text (no character is invented), so
every clean offset maps back to the raw input:

- ``raw_offsets``: ``(clean_start, raw_start, length)`` triples, one per contiguous block
  copied from the raw text, in order;
- ``removed``: :class:`~willay.model.span.Span` objects *of the raw text* for every line
  dropped as boilerplate or consumed as metadata (byline, dateline); markup removed
  inside kept lines (``[``, ``](url)``, ``**``, a leading ``## ``) is not listed: it
  shows as gaps between ``raw_offsets`` blocks.

The clean view is what the pipeline's components read; the last step of the pipeline
maps every span back to the raw text (:mod:`willay.model.offsets`), which is the text the
output carries, so nothing here is deleted from what offsets point into.

Boilerplate patterns are data (``[boilerplate]`` of each language's
``willay/lang/<code>/text.toml``, and ``text/data/boilerplate.toml`` for those of no
language). Lines are separated in
the clean text by one line break, or two where the raw text had a blank line after the
kept line; indentation and trailing spaces are dropped; ``\\r\\n`` becomes ``\\n``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from willay.lang.language import tables
from willay.model.offsets import OffsetMap
from willay.model.span import Span

#: Markdown link or image: group "text" is kept for links, dropped for images.
_LINK = re.compile(r"(?P<bang>!?)\[(?P<text>[^\]\n]*)\]\((?P<url>[^)\s]*)(?:\s+\"[^\"\n]*\")?\)")
#: Emphasis markers: ``**``, ``__`` opening or closing a word (never inside one, as in
#: ``snake_case__name`` or ``a__b``), and single ``*`` touching a word on one side only.
_EMPHASIS = re.compile(r"\*\*|(?<!\w)__(?=[^\s_])|(?<=[^\s_])__(?!\w)"
                       r"|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
#: Leading list bullets and heading marks, dropped before matching patterns.
_LEAD_MARK = re.compile(r"^(?:[•·▪●◦‣*+>-]\s+|#{1,6}\s+)")
#: A markdown heading mark at the start of a line (dropped from the clean text).
_HEADING = re.compile(r"#{1,6}[ \t]+")
#: First characters of the marks that _LEAD_MARK removes.
_LEAD_CHARS = frozenset("•·▪●◦‣*+>-#")
#: A line with final punctuation: no continuation can follow it.
_FINAL_PUNCT = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
#: Longest line that a "Read also" list may hold as one of its items.
_MAX_LIST_ITEM = 160
#: Most items dropped after one list header.
_MAX_LIST_ITEMS = 12


@dataclass(frozen=True)
class PatternSet:
    """Regular expressions as one test: anchored ones (``^...``) are matched at the start
    only, the others searched, so that a line is not scanned once per anchored pattern."""

    anchored: re.Pattern[str] | None
    floating: re.Pattern[str] | None

    @classmethod
    def compile(cls, patterns: list[str]) -> PatternSet:
        anchored = [p[1:] for p in patterns if p.startswith("^")]
        floating = [p for p in patterns if not p.startswith("^")]

        def union(items: list[str]) -> re.Pattern[str] | None:
            if not items:
                return None
            return re.compile("|".join(f"(?:{p})" for p in items), re.IGNORECASE)

        return cls(union(anchored), union(floating))

    def search(self, text: str) -> bool:
        """Whether any pattern matches ``text``."""
        if self.anchored is not None and self.anchored.match(text):
            return True
        return self.floating is not None and self.floating.search(text) is not None


@dataclass(frozen=True)
class Patterns:
    """Compiled boilerplate patterns (all languages together)."""

    lines: PatternSet
    list_headers: PatternSet
    prefixes: re.Pattern[str] | None


@lru_cache(maxsize=4)
def load_patterns(languages: tuple[str, ...] | None = None) -> Patterns:
    """Boilerplate patterns of the given languages (all supported languages if None), from
    the ``[boilerplate]`` table of each language's ``text.toml``, and the language-independent
    ones of ``text/data/boilerplate.toml``."""
    raw = resources.files("willay.text").joinpath("data/boilerplate.toml").read_text("utf-8")
    shared = tomllib.loads(raw)["any"]
    lines: list[str] = []
    headers: list[str] = []
    prefixes: list[str] = []
    for table in (shared, *(t for _lang, t in tables("text", "boilerplate", languages))):
        lines.extend(table.get("lines", ()))
        headers.extend(table.get("list_headers", ()))
        prefixes.extend(table.get("prefixes", ()))

    prefix = (
        re.compile("|".join(f"(?:{p})" for p in prefixes), re.IGNORECASE) if prefixes else None
    )
    return Patterns(PatternSet.compile(lines), PatternSet.compile(headers), prefix)


@dataclass
class CleanText:
    """The result of cleaning: clean text and its map back to the raw text."""

    text: str
    raw_offsets: list[tuple[int, int, int]] = field(default_factory=list)
    removed: list[Span] = field(default_factory=list)

    def to_raw(self, offset: int) -> int:
        """Raw offset of a clean offset (the end of the text maps to the raw end); spans
        are mapped with :class:`~willay.model.offsets.OffsetMap`."""
        return OffsetMap(self.raw_offsets, len(self.text)).range(offset, offset)[0]


@dataclass(slots=True)
class _Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    newline: int  # position of the "\n" ending the line, or -1 at the end of the text
    plain: str  # the line without markup, for pattern matching

    @property
    def blank(self) -> bool:
        return self.start >= self.end


def plain_line(text: str) -> str:
    """A line without markdown links, emphasis, bullets or surrounding spaces."""
    if "](" in text:
        text = _LINK.sub(lambda m: "" if m.group("bang") else m.group("text"), text)
    if "*" in text or "__" in text:
        text = _EMPHASIS.sub("", text)
    text = text.strip()
    return _LEAD_MARK.sub("", text).strip() if text[:1] in _LEAD_CHARS else text


def _split_lines(raw: str, start: int) -> list[_Line]:
    lines: list[_Line] = []
    pos = start
    n = len(raw)
    while pos < n:
        nl = raw.find("\n", pos)
        stop = n if nl < 0 else nl
        seg = raw[pos:stop]
        stripped = seg.strip()
        if stripped:
            lead = pos + len(seg) - len(seg.lstrip())
            end = lead + len(stripped)
            lines.append(_Line(lead, end, nl, plain_line(stripped)))
        else:
            lines.append(_Line(pos, pos, nl, ""))
        if nl < 0:
            break
        pos = nl + 1
    return lines


class Cleaner:
    """Removes boilerplate lines and markdown markup from plain text, keeping offsets."""

    def __init__(self, languages: tuple[str, ...] | None = None) -> None:
        self.languages = languages
        self._patterns: Patterns | None = None

    @property
    def patterns(self) -> Patterns:
        if self._patterns is None:
            self._patterns = load_patterns(self.languages)
        return self._patterns

    def is_boilerplate(self, line: str) -> bool:
        """Whether one line (raw or plain) is a boilerplate line or a list header."""
        plain = plain_line(line)
        pats = self.patterns
        return pats.lines.search(plain) or pats.list_headers.search(plain)

    def clean(self, raw: str, drop: Iterable[tuple[int, int]] = ()) -> CleanText:
        """Clean ``raw``; ``drop`` lists extra raw ranges (metadata lines) to remove."""
        pats = self.patterns
        start = 0
        removed: list[Span] = []
        if pats.prefixes is not None:
            m = pats.prefixes.match(raw)
            if m and m.end() > 0 and raw[: m.end()].strip():
                removed.append(Span(0, m.end(), raw[: m.end()]))
                start = m.end()
        lines = _split_lines(raw, start)
        dropped = self._classify(lines, sorted(drop))
        kept = [i for i, line in enumerate(lines) if not line.blank and not dropped[i]]
        for i, line in enumerate(lines):
            if dropped[i]:
                removed.append(Span(line.start, line.end, raw[line.start : line.end]))
        return self._assemble(raw, lines, kept, removed)

    def _classify(self, lines: list[_Line], drop: list[tuple[int, int]]) -> list[bool]:
        pats = self.patterns
        dropped = [False] * len(lines)
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.blank:
                i += 1
                continue
            if any(s <= line.start and line.end <= e for s, e in drop):
                dropped[i] = True
                i += 1
                continue
            if pats.list_headers.search(line.plain):
                dropped[i] = True
                i = self._drop_list(lines, i + 1, dropped)
                continue
            if pats.lines.search(line.plain):
                dropped[i] = True
                i = self._drop_continuation(lines, i, dropped)
                continue
            i += 1
        return dropped

    @staticmethod
    def _drop_list(lines: list[_Line], i: int, dropped: list[bool]) -> int:
        items = 0
        while i < len(lines) and items < _MAX_LIST_ITEMS:
            line = lines[i]
            if line.blank:
                i += 1
                continue
            if len(line.plain) > _MAX_LIST_ITEM or _FINAL_PUNCT.search(line.plain):
                break
            dropped[i] = True
            items += 1
            i += 1
        return i

    @staticmethod
    def _drop_continuation(lines: list[_Line], i: int, dropped: list[bool]) -> int:
        """Drop the lowercase lines that continue a dropped line cut without punctuation."""
        last = lines[i]
        j = i + 1
        while j < len(lines):
            line = lines[j]
            if line.blank:
                j += 1
                continue
            first = line.plain[:1]
            if _FINAL_PUNCT.search(last.plain) or not (first.isalpha() and first.islower()):
                break
            dropped[j] = True
            last = line
            j += 1
        return j

    @staticmethod
    def _assemble(raw: str, lines: list[_Line], kept: list[int], removed: list[Span]) -> CleanText:
        parts: list[str] = []
        offsets: list[tuple[int, int, int]] = []
        length = 0

        def emit(raw_start: int, raw_end: int) -> None:
            nonlocal length
            if raw_end <= raw_start:
                return
            n = raw_end - raw_start
            if offsets and offsets[-1][0] + offsets[-1][2] == length and (
                offsets[-1][1] + offsets[-1][2] == raw_start
            ):
                c, r, m = offsets[-1]
                offsets[-1] = (c, r, m + n)
            else:
                offsets.append((length, raw_start, n))
            parts.append(raw[raw_start:raw_end])
            length += n

        for k, idx in enumerate(kept):
            line = lines[idx]
            pos = line.start
            heading = _HEADING.match(raw, line.start, line.end)
            if heading and heading.end() < line.end:
                pos = heading.end()
            for a, b in _markup_gaps(raw, line.start, line.end):
                emit(pos, a)
                pos = b
            emit(pos, line.end)
            if k + 1 < len(kept) and line.newline >= 0:
                emit(line.newline, line.newline + 1)
                nxt = idx + 1
                if nxt < len(lines) and lines[nxt].blank and lines[nxt].newline >= 0:
                    emit(lines[nxt].newline, lines[nxt].newline + 1)
        removed.sort(key=lambda s: s.start)
        return CleanText("".join(parts), offsets, removed)


def _markup_gaps(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Raw ranges of markdown markup inside ``raw[start:end]`` to leave out, in order."""
    gaps: list[tuple[int, int]] = []
    pos = start
    if "](" not in raw[start:end] and "*" not in raw[start:end] and "__" not in raw[start:end]:
        return gaps
    for m in _LINK.finditer(raw, start, end):
        gaps.extend(_emphasis_gaps(raw, pos, m.start()))
        if m.group("bang"):
            gaps.append((m.start(), m.end()))
        else:
            gaps.append((m.start(), m.start("text")))
            gaps.extend(_emphasis_gaps(raw, m.start("text"), m.end("text")))
            gaps.append((m.end("text"), m.end()))
        pos = m.end()
    gaps.extend(_emphasis_gaps(raw, pos, end))
    return gaps


def _emphasis_gaps(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _EMPHASIS.finditer(raw, start, end)]


@lru_cache(maxsize=1)
def default_cleaner() -> Cleaner:
    """The cleaner with every language's patterns (shared, patterns loaded once)."""
    return Cleaner()


def clean_text(raw: str, drop: Iterable[tuple[int, int]] = ()) -> CleanText:
    """Clean ``raw`` with every language's boilerplate patterns (see :class:`Cleaner`)."""
    return default_cleaner().clean(raw, drop)
