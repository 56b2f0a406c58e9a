"""Metadata guessed from plain text: headline, byline, dateline and publication-date lines.

Only the first lines of a text are read (:data:`HEAD_LINES` non-blank lines): that is
where news pages put them. What is found:

- ``title``: the first non-blank line when it looks like a headline (2-30 words, no
  sentence end inside, no final period, not boilerplate, not a byline or date line);
- ``author``: a byline ``By X`` / ``Por X`` / ``Par X`` (the whole line);
- ``published``: the first full date (day, month, year) on a short date line such as
  ``Global Research, January 13, 2023``, ``Sun 29th September 2019``,
  ``Jun 30, 2022, 1:59 PM``, ``Monday, January 10, 2022, p. 24``, or in the byline;
- ``publisher``: the name (two words or more, so that a place such as ``Lima, 3 de
  agosto de 2023`` is not taken) before the date in ``Outlet, Month D, YYYY`` lines,
  else the news agency of a dateline (``LIMA (Reuters) -``, ``La Paz, 3 ago (EFE).-``);
- ``dateline_place``: the place of such a dateline, whose date gives ``published`` when
  it has a year and no date line came before; ``dateline_day`` keeps its month and day
  (``3 ago``) to refine a publication month given by the input.

Byline and date lines are metadata, not article text: their raw ranges are returned in
``consumed`` so that the cleaner drops them. A dateline opening a paragraph stays in the
text. Month names are data (``[metadata]`` of each language's
``willay/lang/<code>/text.toml``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from willay.lang.language import tables
from willay.text.clean import Cleaner, default_cleaner, plain_line

#: How many non-blank lines from the top are read for metadata.
HEAD_LINES = 12
#: Longest line taken as a date line or a byline.
_MAX_META_LINE = 100
#: Most words left on a date line once the date is taken out.
_MAX_DATE_LINE_WORDS = 7

_BYLINE = re.compile(r"^(?:by|por|par|from)\s+(?P<name>[A-ZÁÉÍÓÚÑÇ][^\n]{1,90})$", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?P<place>[A-ZÁÉÍÓÚÑ][\w'’. -]{1,40}?)(?:,\s*(?P<date>[^()\n]{1,30}?))?\s*"
    r"\((?P<agency>[A-Z][\w&. -]{1,25})\)\s*(?:\.?\s*[-–—]+|:)"
)
_PUBLISHER_DATE = re.compile(r"^(?P<pub>[A-Z][\w&.'’ -]{1,40}?),\s*(?P<rest>.+)$")
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\b|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
_TERMINAL = re.compile(r"[.;]$")
#: The end of a body paragraph.
_PARAGRAPH_END = re.compile(r"[.!?…][\"'”’»)]*$")
#: A sentence end inside the line ("... (Bolivia). EFE/"): a caption, not a headline.
_INNER_SENTENCE_END = re.compile(r"[a-z)]{2}[.!?] [A-Z]")


@dataclass
class TextMeta:
    """Metadata found in the text, with the raw ranges of the lines that held it."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    published_precision: str | None = None
    dateline_place: str | None = None
    dateline_day: tuple[int, int] | None = None  # (month, day) of a dateline without year
    consumed: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class DateFinder:
    """Finds full dates written with month names (any supported language) or in ISO form."""

    named_dmy: re.Pattern[str]
    named_mdy: re.Pattern[str]
    months: dict[str, int]

    def month_day(self, text: str) -> tuple[int, int] | None:
        """``(month, day)`` of the first day-and-month date of ``text`` (year or not)."""
        for pattern in (self.named_dmy, self.named_mdy):
            m = pattern.search(text)
            if m and 1 <= int(m.group("d")) <= 31:
                return self.months[m.group("m").lower()], int(m.group("d"))
        return None

    def find(self, text: str) -> tuple[dt.date, int, int] | None:
        """The first full date of ``text`` with its ``(start, end)`` offsets, or None."""
        found: list[tuple[int, dt.date, int]] = []
        for pattern in (self.named_dmy, self.named_mdy):
            for m in pattern.finditer(text):
                if not m.group("y"):
                    continue
                date = self._date(int(m.group("y")), self.months[m.group("m").lower()],
                                  int(m.group("d")))
                if date:
                    found.append((m.start(), date, m.end()))
                    break
        iso = _ISO.search(text)
        if iso:
            date = self._date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
            if date:
                found.append((iso.start(), date, iso.end()))
        if not found:
            return None
        start, date, end = min(found, key=lambda f: f[0])
        return date, start, end

    @staticmethod
    def _date(year: int, month: int, day: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@lru_cache(maxsize=1)
def date_finder() -> DateFinder:
    """The date finder over every language's month names (built once)."""
    months: dict[str, int] = {}
    for _lang, table in tables("text", "metadata"):
        for number, names in enumerate(table["months"], start=1):
            for name in names:
                months[name.lower()] = number
    alt = "|".join(sorted((re.escape(n) for n in months), key=len, reverse=True))
    ordinal = r"(?:st|nd|rd|th|º|°|er)?"
    named_dmy = re.compile(
        rf"\b(?P<d>\d{{1,2}}){ordinal}(?:\s+de)?\s+(?P<m>{alt})\b\.?"
        rf"(?:,?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})\b)?",
        re.IGNORECASE,
    )
    named_mdy = re.compile(
        rf"\b(?P<m>{alt})\b\.?\s+(?P<d>\d{{1,2}}){ordinal}\b(?:,?\s+(?P<y>\d{{4}})\b)?",
        re.IGNORECASE,
    )
    return DateFinder(named_dmy, named_mdy, months)


def _marker_date(marker: str) -> tuple[dt.date | None, str | None]:
    """The date of a storage marker such as `` date 2019-06 `` (day or month precision)."""
    m = re.search(r"(\d{4})-(\d{2})(?:-(\d{2}))?", marker)
    if not m:
        return None, None
    try:
        if m.group(3):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day"
        return dt.date(int(m.group(1)), int(m.group(2)), 1), "month"
    except ValueError:
        return None, None


def _head_lines(raw: str, start: int = 0, limit: int = HEAD_LINES) -> list[tuple[int, int, str]]:
    """The first ``limit`` non-blank lines from ``start`` as ``(start, end, plain text)``."""
    out: list[tuple[int, int, str]] = []
    pos = start
    while pos < len(raw) and len(out) < limit:
        nl = raw.find("\n", pos)
        stop = len(raw) if nl < 0 else nl
        seg = raw[pos:stop]
        stripped = seg.strip()
        if stripped:
            start = pos + len(seg) - len(seg.lstrip())
            out.append((start, start + len(stripped), plain_line(stripped)))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _date_line(plain: str) -> tuple[dt.date, str | None] | None:
    """``(date, publisher)`` when ``plain`` is a short line made of a date (and a name)."""
    if len(plain) > _MAX_META_LINE:
        return None
    hit = date_finder().find(plain)
    if hit is None:
        return None
    date, start, end = hit
    before = plain[:start].strip(" ,|·•-—")
    after = _TIME.sub(" ", plain[end:]).strip()
    words = before.split() + after.split()
    if len(words) > _MAX_DATE_LINE_WORDS:
        return None
    publisher = None
    m = _PUBLISHER_DATE.match(plain[:end])
    if m and m.group("pub") and date_finder().find(m.group("rest")):
        candidate = m.group("pub").strip()
        if len(candidate.split()) >= 2 and date_finder().find(candidate) is None:
            publisher = candidate
    return date, publisher


def _looks_like_headline(plain: str) -> bool:
    words = plain.split()
    if not 2 <= len(words) <= 30 or len(plain) > 200:
        return False
    if _TERMINAL.search(plain) or _INNER_SENTENCE_END.search(plain):
        return False
    return any(ch.isalpha() for ch in plain)


def text_metadata(raw: str, cleaner: Cleaner | None = None) -> TextMeta:
    """Title, author, publisher, publication date and dateline guessed from ``raw``."""
    cleaner = cleaner or default_cleaner()
    meta = TextMeta()
    offset = 0
    prefixes = cleaner.patterns.prefixes
    marker = prefixes.match(raw) if prefixes is not None else None
    if marker:
        offset = marker.end()
        meta.published, meta.published_precision = _marker_date(marker.group(0))
    lines = _head_lines(raw, offset)
    first_content = True
    for start, end, plain in lines:
        if not plain or cleaner.patterns.lines.search(plain):
            continue
        byline = _BYLINE.match(plain) if len(plain) <= _MAX_META_LINE else None
        if byline and meta.author is None:
            name = byline.group("name")
            dated = _date_line(name)
            hit = date_finder().find(name)
            if hit is not None and dated is None:
                dated = (hit[0], None)
            if hit is not None:
                name = name[: hit[1]]
            meta.author = name.strip(" ,|·•-—") or None
            if dated and (meta.published is None or meta.published_precision != "day"):
                meta.published, meta.published_precision = dated[0], "day"
            meta.consumed.append((start, end))
            first_content = False
            continue
        dateline = _DATELINE.match(plain)
        if dateline:
            meta.dateline_place = dateline.group("place").strip()
            if meta.publisher is None:
                meta.publisher = dateline.group("agency").strip()
            hit = date_finder().find(dateline.group("date") or "")
            if hit is not None and meta.published is None:
                meta.published, meta.published_precision = hit[0], "day"
            meta.dateline_day = date_finder().month_day(dateline.group("date") or "")
            break  # the body has started
        dated = _date_line(plain)
        if dated is not None:
            if meta.published is None or meta.published_precision != "day":
                meta.published, meta.published_precision = dated[0], "day"
                if dated[1] and meta.publisher is None:
                    meta.publisher = dated[1]
            meta.consumed.append((start, end))
            first_content = False
            continue
        if first_content and meta.title is None and _looks_like_headline(plain):
            meta.title = plain
        elif len(plain) > _MAX_META_LINE and _PARAGRAPH_END.search(plain):
            break  # a paragraph: the body has started
        first_content = False
    return meta
