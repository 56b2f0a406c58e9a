"""Find date expressions and resolve them against the publication date (all languages).

:class:`DateFinder` is a pipeline component. It reads the per-language word lists in
``willay/lang/<code>/dates.toml`` (months, weekdays, relative words, offsets, number
words, speech verbs, future markers) and appends one ``Mention(kind="date")`` per
expression, with an :class:`~willay.model.EventDate` value (or ``None`` when the text
and the publication date do not fix it) and attributes:

``kind``
    ``absolute``, ``day_month``, ``weekday``, ``relative_day``, ``offset``, ``ago``,
    ``month``, ``year``, ``range`` or ``night``.
``anchor``
    ``explicit`` (self-contained), ``publication``, ``previous`` (the nearest preceding
    resolved event date) or ``none`` (unresolved).
``speech``
    the date belongs to a reporting verb ("said on Saturday that"), not to the event.
``future``
    the date lies after publication or is governed by a future marker.
``time``
    a time of day attached to the date (``"18:45"``, ``"morning"``, ``"night"``), if any.
``part``
    ``early``, ``mid`` or ``late`` for a part of a month ("late August"), if any.
``reference``
    the publication day read from the text when the metadata give only a month or
    nothing ("demain mardi 16 mai", a dateline date), if one was used.

A document with date expressions that nothing anchors ("on Monday" with no publication
date, "la veille" with no earlier date) gets one warning that quotes them.

The grammar is shared: only the words come from the data files.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from willay.extract.prefilter import Prefilter, fold
from willay.lang.language import language
from willay.lang.loader import lang_path, supported_languages
from willay.model import Document, EventDate, Mention

#: Language used when a document has none or an unsupported one.
DEFAULT_LANGUAGE = "en"
#: How far after publication a day+month without a year may fall before it is read as
#: the previous year's date (days).
FUTURE_TOLERANCE_DAYS = 31
#: Characters scanned before a date for future markers.
FUTURE_WINDOW = 60
#: Characters of context read on each side of a date (speech verbs, times).
CONTEXT = 160

_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"
_CLOCK = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
_CLAUSE_BREAK = re.compile(r"[;:()\[\]—–]|,\s|[.!?](?:\s|$)|\n")
_SENT_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


def _alt(words: Iterable[str], case_sensitive: bool = False) -> str:
    """A regex alternation of literal phrases, longest first; spaces match any blank."""
    items = sorted({w for w in words if w}, key=len, reverse=True)
    if not items:
        return r"(?!x)x"
    parts = []
    for word in items:
        esc = r"\s+".join(re.escape(p) for p in word.split()).replace("'", "['’]")
        if case_sensitive:
            forms = {word[:1].upper() + word[1:], word.upper()}
            esc = "|".join(
                r"\s+".join(re.escape(p) for p in f.split()) for f in sorted(forms)
            )
            esc = f"(?-i:{esc})"
        parts.append(esc)
    return "(?:" + "|".join(parts) + ")"


def unanchored_warning(doc: Document, quotes: list[str]) -> str | None:
    """The warning of a document whose relative dates (``quotes``) found no anchor."""
    if not quotes:
        return None
    shown = ", ".join(repr(q) for q in dict.fromkeys(quotes))
    why = ("" if doc.published is not None else
           " (no publication date: give --published or a 'published' field)")
    return f"relative dates not anchored{why}: {shown}"


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


@dataclass
class _Found:
    """A raw match before resolution."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]
    pattern: str
    value: EventDate | None = None
    anchor: str = "none"
    attrs: dict[str, Any] = field(default_factory=dict)


class _Grammar:
    """The compiled patterns and lookup tables of one language."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        cs = bool(data.get("case_sensitive_names", False))
        lists: dict[str, list[str]] = data.get("lists", {})
        self._read_tables(data, lists)
        self._compile_patterns(data, lists, cs)

    def _read_tables(self, data: dict[str, Any], lists: dict[str, list[str]]) -> None:
        """The word tables of ``dates.toml``, their keys normalised."""
        self.months: dict[str, int] = {_norm(k): int(v) for k, v in data["months"].items()}
        self.month_abbr: dict[str, int] = {
            _norm(k): int(v) for k, v in data.get("month_abbreviations", {}).items()
        }
        self.weekdays: dict[str, int] = {_norm(k): int(v) for k, v in data["weekdays"].items()}
        self.weekday_abbr: dict[str, int] = {
            _norm(k): int(v) for k, v in data.get("weekday_abbreviations", {}).items()
        }
        self.wd_need_det = {_norm(w) for w in data.get("weekdays_need_determiner", [])}
        self.wd_before = {
            _norm(k): v for k, v in data.get("weekday_modifiers_before", {}).items()
        }
        self.wd_after = {_norm(k): v for k, v in data.get("weekday_modifiers_after", {}).items()}
        self.month_prefixes = {_norm(k): v for k, v in data.get("month_prefixes", {}).items()}
        self.relative: dict[str, int | str] = {
            _norm(k): v for k, v in data.get("relative", {}).items()
        }
        self.relative_time = {_norm(k): v for k, v in data.get("relative_time", {}).items()}
        self.relative_not_after = {
            _norm(k): {_norm(w) for w in v}
            for k, v in data.get("relative_not_after", {}).items()
        }
        self.periods = {
            _norm(k): (int(v[0]), int(v[1])) for k, v in data.get("periods", {}).items()
        }
        self.weekends = {_norm(k): str(v) for k, v in data.get("weekends", {}).items()}
        self.fixed = {_norm(k): int(v) for k, v in data.get("fixed_offsets", {}).items()}
        self.numbers = {_norm(k): int(v) for k, v in data.get("numbers", {}).items()}
        self.units = {_norm(k): str(v) for k, v in data.get("units", {}).items()}
        self.times = {_norm(k): str(v) for k, v in data.get("times_of_day", {}).items()}
        self._read_lists(data, lists)

    def _read_lists(self, data: dict[str, Any], lists: dict[str, list[str]]) -> None:
        """The word lists, the speech words and pattern, future and night markers."""
        self.approx = {_norm(w) for w in lists.get("approx", [])}
        self.forward = {_norm(w) for w in lists.get("offset_forward", [])}
        self.since = {_norm(w) for w in lists.get("since", [])}
        self.duration = {_norm(w) for w in lists.get("duration", [])}
        self.range_from = {_norm(w) for w in lists.get("range_from", [])}
        self.speech_adverbs = {_norm(w) for w in lists.get("speech_adverbs", [])}
        self.speech_objects = {_norm(w) for w in lists.get("speech_objects", [])}
        speech = data.get("speech", {})
        self.speech_verbs = {_norm(w) for w in speech.get("verbs", [])}
        self.numeric_order = str(data.get("numeric_order", "dmy"))
        future = data.get("future", {})
        self.future = [re.compile(p, re.IGNORECASE) for p in future.get("markers", [])]
        self.night = [
            re.compile(p, re.IGNORECASE) for p in data.get("night", {}).get("patterns", [])
        ]
        self.night_scans = [Prefilter(rx) for rx in self.night]
        comp = _alt(speech.get("complementisers", []))
        verbs = _alt(speech.get("verbs", []))
        self.speech_after = re.compile(
            rf"^\s*,?\s*(?P<subj>(?:[\w'’-]+\s+){{0,6}}?){verbs}\s*,?\s+{comp}\b",
            re.IGNORECASE,
        )
        # Impersonal passives ("it was reported that") are hedges, not report dates.
        self.impersonal = {_norm(w) for w in speech.get("impersonal", [])}

    def _compile_patterns(self, data: dict[str, Any], lists: dict[str, list[str]],
                          cs: bool) -> None:
        """The date patterns, built from the word tables (month names case-sensitive
        when ``cs``)."""
        month_full = _alt(self.months, cs)
        abbr = _alt(self.month_abbr, cs)
        abbr_dot = r"\.?" if cs else r"\."
        # Without its period an abbreviation counts only before a year or a dateline's
        # agency or dash ("4 Ene 2022 (AFP)", "Bogotá, 14 sep (EFE).-", "27 set (Lusa)").
        abbr_bare = rf"{abbr}(?=,?\s+{_YEAR}\b|\s*\([A-Z]|\s*[-–—]\s)"
        month_any = f"(?:{month_full}|{abbr}{abbr_dot}|{abbr_bare})"
        wd_names = _alt(self.weekdays, cs)
        wd_any = f"(?:{wd_names}|{_alt(self.weekday_abbr, cs)}\\.?)"
        ordinal = _alt(lists.get("ordinal_suffixes", []))
        day = f"(?:{_DAY})(?:{ordinal})?(?![\\d])"
        det = _alt(lists.get("determiners", []))
        dm_sep = _alt(lists.get("day_month_sep", []))
        my_sep = _alt(lists.get("month_year_sep", []))
        year_tail = rf"(?:,?\s+(?:{my_sep}\s+)?(?P<year>{_YEAR})\b)"
        wd_pre = _alt(self.wd_before)
        wd_post = _alt(self.wd_after)
        tod = _alt(self.times)
        join = _alt(lists.get("range_join", []))
        rfrom = _alt(lists.get("range_from", []))
        num = _alt(self.numbers)
        unit = _alt(self.units)
        approx = _alt(lists.get("approx", []))
        off_pre = _alt(lists.get("offset_prefixes", []))
        off_dir = _alt(lists.get("offset_forward", []) + lists.get("offset_backward", []))
        wd_lead = rf"(?:(?:{wd_pre})\s+)?(?P<wd>{wd_any}),?\s+"
        pats: list[tuple[str, str, str]] = []
        month_tail = rf"(?:{dm_sep}\s+)?(?P<month>{month_any}){year_tail}?"
        # Day-first dates: "9 de enero de 2023", "le 3 juin", "mardi 3 décembre".
        pats.append((
            "dm", "day_month",
            rf"(?:{det}\s+)?(?:{wd_lead})?(?:the\s+)?(?P<day>{day})\s+{month_tail}",
        ))
        # Day ranges with one month: "del 10 al 12 de enero", "du 3 au 5 juin".
        pats.append((
            "dd", "range",
            rf"(?:{rfrom}\s+)?(?:{det}\s+)?(?P<day>{day})\s*(?:{join})\s*"
            rf"(?:{det}\s+)?(?P<day2>{day})\s+{month_tail}",
        ))
        if data.get("month_day_order"):
            md = rf"(?:{wd_lead})?(?P<month>{month_any})\s+(?P<day>{day})\b{year_tail}?"
            pats.append(("md", "day_month", rf"(?:{det}\s+)?{md}"))
            pats.append(("md", "day_month", rf"\(\s*{md}\s*\)"))
            pats.append((
                "mdd", "range",
                rf"(?:{rfrom}\s+)?(?P<month>{month_any})\s+(?P<day>{day})\s*(?:{join})\s*"
                rf"(?P<day2>{day})\b(?![/.]\d){year_tail}?",
            ))
        # Numeric dates: 14/11/2020, 14.11.2020, ISO 2020-11-14.
        pats.append((
            "num", "absolute",
            rf"(?:{det}\s+)?\b(?P<n1>\d{{1,2}})[/.](?P<n2>\d{{1,2}})[/.]"
            rf"(?P<year>{_YEAR}|\d\d)\b(?![/.]\d)",
        ))
        pats.append((
            "iso", "absolute", rf"\b(?P<year>{_YEAR})-(?P<n2>[01]\d)-(?P<n1>[0-3]\d)\b"
        ))
        # Month with a year, or month with a prefix.
        mpre = _alt(self.month_prefixes)
        pats.append((
            "my", "month",
            rf"(?:(?P<mpre>{mpre})(?:\s+|(?<=-)))?(?P<month>{month_any}){year_tail}",
        ))
        pats.append((
            "mp", "month", rf"(?P<mpre>{mpre})(?:\s+|(?<=-))(?P<month>{month_full})\b"
        ))
        # Two months joined: "in October and November", "de enero a marzo de 2020".
        pats.append((
            "mm", "range",
            rf"(?:(?:{rfrom})\s+|(?P<mpre>{mpre})(?:\s+|(?<=-)))(?:{det}\s+)?"
            rf"(?P<month>{month_full})\s*(?:{join})\s*(?:{det}\s+)?(?P<month2>{month_full})\b"
            rf"{year_tail}?",
        ))
        pats.append((
            "mm", "range",
            rf"(?P<month>{month_any})\s*(?:{join})\s*(?P<month2>{month_any}){year_tail}",
        ))
        # Years with a preposition.
        ypre = _alt(lists.get("year_prefixes", []))
        pats.append(("y", "year", rf"(?P<ypre>{ypre})\s+(?P<year>{_YEAR})\b(?!\s*[-/]\d)"))
        # A year used as an adjective: "a 2013 attack", "the 2019 protests".
        yadj = lists.get("year_adjective_determiners", [])
        if yadj:
            pats.append((
                "ya", "year",
                rf"(?P<ypre>{_alt(yadj)})\s+(?P<year>{_YEAR})(?=\s+[^\W\d_])",
            ))
        # Weekdays, with a day number in parentheses or before a join ("Saturday 14 and");
        # the parentheses may add the month and year ("sábado (29.mai)", "(29/5/2021)").
        paren_month = (rf"(?:\s*[./-]\s*(?:{month_full}|{abbr}\.?|\d{{1,2}})"
                       rf"(?:\s*[./-]\s*\d{{2,4}})?)?")
        pats.append((
            "wd", "weekday",
            rf"(?:(?P<pre>{wd_pre})\s+)?(?P<wd>{wd_names})"
            rf"(?:\s*\(\s*(?P<pday>{_DAY}){paren_month}\s*\)"
            rf"|\s+(?P<pday2>{_DAY})(?=\s*[,.;:)]|\s+(?:{join})\b)"
            rf"|\s*,\s*(?P<pday3>{_DAY})(?=\s*,))?"
            rf"(?:\s+(?P<post>{wd_post}))?(?:\s+(?P<tod>{tod})\b)?",
        ))
        # A day of the month alone after a fixed word ("no dia 14", "el día 9").
        day_only = _alt(lists.get("day_only_prefixes", []))
        pats.append((
            "do", "day_month",
            rf"(?P<pre>{day_only})\s+(?P<pday>{_DAY})(?:{ordinal})?(?![\d/.,]\d)"
            rf"(?!\s+(?:{dm_sep}\s+)?{month_any})",
        ))
        # Relative days and whole-week periods.
        pats.append((
            "rel", "relative_day", rf"(?P<rel>{_alt(self.relative)})(?:\s+(?P<tod>{tod})\b)?"
        ))
        pats.append(("per", "range", rf"(?P<per>{_alt(self.periods)})"))
        pats.append(("wkd", "range", rf"(?P<wkd>{_alt(self.weekends)})"))
        # Offsets from the previous date.
        pats.append(("fix", "offset", rf"(?P<fixed>{_alt(self.fixed)})"))
        cnt = rf"(?P<num>{num}|\d{{1,3}})\s+(?P<unit>{unit})"
        pats.append(("off", "offset", rf"(?:(?:{off_pre})\s+)?{cnt}\s+(?P<dir>{off_dir})"))
        # "three days ago", "hace dos días", "il y a deux jours".
        ago_after = lists.get("ago_after", [])
        ago_before = lists.get("ago_before", [])
        opt_approx = rf"(?:(?P<approx>{approx})\s+)?"
        opt_pre = rf"(?:(?:{off_pre})\s+)?"
        if ago_after:
            pats.append(("ago", "ago", rf"{opt_pre}{opt_approx}{cnt}\s+{_alt(ago_after)}"))
        if ago_before:
            pats.append(("ago", "ago", rf"{_alt(ago_before)}\s+{opt_pre}{opt_approx}{cnt}"))
        # Durations ending at publication: "for 24 days", "depuis trois jours".
        pats.append(("dur", "range", rf"(?P<durw>{_alt(self.duration)})\s+{opt_approx}{cnt}"))
        self.patterns = [
            (name, kind, re.compile(rf"(?<![\w]){p}(?![\w])", re.IGNORECASE))
            for name, kind, p in pats
        ]
        # the same scans, skipped when a word they need is missing and run
        # case-sensitively over the folded text (same matches)
        self.scans = [Prefilter(rx) for _, _, rx in self.patterns]
        self.join_re = re.compile(rf"^\s*,?\s*(?:{join})\s*$", re.IGNORECASE)
        # a join read as the second date's own determiner ("du mardi 14 au mercredi 15")
        self.join_lead_re = re.compile(rf"^(?:{join})(?=\s)", re.IGNORECASE)
        self.and_re = re.compile(rf"^\s*,?\s*(?:{_alt(lists.get('range_and', []))})\s*$",
                                 re.IGNORECASE)
        self.from_re = re.compile(rf"(?:^|\s)(?:{rfrom})\s*$", re.IGNORECASE)
        self.since_re = re.compile(rf"(?:^|\s)(?:{_alt(self.since)})\s*$", re.IGNORECASE)
        self.since_start_re = re.compile(rf"(?:{_alt(self.since)})\s", re.IGNORECASE)
        # "began on Tuesday and went on on Wednesday": a verb of continuing between two
        # dates of one clause makes them the two ends of one period
        cont = lists.get("continuation", [])
        self.continuation_re = re.compile(
            rf"^[^.;!?]{{0,60}}(?<!\w)(?:{_alt(cont)})(?!\w)[^.;!?]{{0,40}}$", re.IGNORECASE,
        ) if cont else None
        self.continued_re = re.compile(
            rf"(?<!\w)(?:{_alt(cont)})(?!\w)[^.;!?]*$", re.IGNORECASE,
        ) if cont else None

    # -- lookups ---------------------------------------------------------------------
    def month_number(self, word: str) -> int | None:
        key = _norm(word).rstrip(".")
        return self.months.get(key) or self.month_abbr.get(key)

    def weekday_number(self, word: str) -> int | None:
        key = _norm(word).rstrip(".")
        found = self.weekdays.get(key)
        return found if found is not None else self.weekday_abbr.get(key)

    def count(self, word: str) -> int | None:
        key = _norm(word)
        if key.isdigit():
            return int(key)
        return self.numbers.get(key)


#: A dateline before its date: a place name in capitals or title case and a comma.
_DATELINE_HEAD = re.compile(r"\s*[A-ZÁÉÍÓÚÑÇÃÕ][\w'’.\- ]{1,40},\s*")
#: After a dateline's date: the agency in parentheses or a dash.
_DATELINE_TAIL = re.compile(r"\s*(?:,\s*\d{4}\s*)?(?:\(|[-–—]|\.-)")


def _shift_month(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: The groups of the weekday pattern that hold a day number ("sábado (29)", "mardi 14,").
_WEEKDAY_DAYS = ("pday", "pday2", "pday3")
#: Date kinds that join into ranges ("Thursday and Friday", "between X and Y").
_JOINABLE = ("weekday", "day_month", "absolute", "relative_day")


def _numeric_date(c: _Found, g: _Grammar) -> dt.date | None:
    """The day of a numeric date (14/11/2020, 2020-11-14) in the language's order."""
    grp = c.groups
    n1, n2 = int(grp["n1"] or 0), int(grp["n2"] or 0)
    if c.pattern == "num" and ((g.numeric_order == "mdy" and n1 <= 12) or n2 > 12):
        n1, n2 = n2, n1
    nyear = int(grp["year"] or 0)
    nyear += 2000 if nyear < 100 else 0
    return _safe_date(nyear, n2, n1)


def _relative_acceptable(c: _Found, text: str, g: _Grammar) -> bool:
    """A relative day is no date after the words the data bans before it."""
    key = _norm(c.groups["rel"] or "")
    banned = g.relative_not_after.get(key)
    if banned:
        before = _WORD.findall(text[max(0, c.start - 20) : c.start])
        if before and _norm(before[-1]) in banned:
            return False
    return True


def _weekday_acceptable(c: _Found, text: str, g: _Grammar) -> bool:
    """A bare weekday that needs a determiner is none; a capitalised weekday before
    another capitalised word is a name ("Domingo Pérez", "the Sunday Times")."""
    wd = _norm(c.groups["wd"] or "")
    if wd in g.wd_need_det:
        return False
    return not ((c.groups["wd"] or "")[:1].isupper()
                and re.match(r" [A-ZÀ-Ý]", text[c.end : c.end + 2]))


def _pair(c: _Found, nxt: _Found, text: str, g: _Grammar) -> _Found | None:
    """``c`` and the date after it as one: an offset from it ("two days after 3 May"),
    a range ("between X and Y", "Thursday and Friday") or a duration ending on it."""
    if (c.pattern == "off" and _norm(c.groups.get("dir") or "") in g.forward
            and nxt.kind in (*_JOINABLE, "month") and not text[c.end : nxt.start].strip()):
        return _Found(c.start, nxt.end, "offset", {}, "offset_of", attrs={"parts": (c, nxt)})
    if c.kind in _JOINABLE and nxt.kind in _JOINABLE:
        between = _between(c, nxt, text, g)
        m = g.from_re.search(text[max(0, c.start - 20) : c.start])
        if g.join_re.match(between) and (
            m
            or g.and_re.match(between) is None
            or (c.kind == "weekday" and nxt.kind == "weekday")
        ):
            start = c.start
            if m:
                pre = text[max(0, c.start - 20) : c.start]
                start = c.start - (len(pre) - m.start())
                start += len(text[start : c.start]) - len(text[start : c.start].lstrip())
            return _Found(start, nxt.end, "range", {}, "join", attrs={"parts": (c, nxt)})
    if (c.kind in _JOINABLE and nxt.kind in _JOINABLE and g.continuation_re is not None
            and g.continuation_re.match(text[c.end : nxt.start])):
        return _Found(c.start, nxt.end, "range", {}, "join",
                      attrs={"parts": (c, nxt), "continued": True})
    if c.kind in _JOINABLE and nxt.pattern == "dur" and not text[c.end : nxt.start].strip():
        # "se prolongó ayer por cuatro días": the duration ends on the date
        return _Found(c.start, nxt.end, "range", {}, "ending", attrs={"parts": (c, nxt)})
    return None


def _between(c: _Found, nxt: _Found, text: str, g: _Grammar) -> str:
    """The words between two dates, with the join that the second one read as its own
    determiner: "del martes al miércoles", "dans la nuit du mardi 14 au mercredi 15 mai",
    "la noche del martes 14 al miércoles 15 de mayo" are one period."""
    between = text[c.end : nxt.start]
    if g.join_re.match(between):
        return between
    if nxt.kind == "weekday" and nxt.groups.get("pre"):
        return between + (nxt.groups["pre"] or "")
    lead = g.join_lead_re.match(text[nxt.start : nxt.end])
    return between + lead.group(0) if lead else between


def _night_of(night: _Found, period: _Found, text: str) -> _Found | None:
    """A night word right before the two days it spans ("overnight Thursday to Friday",
    "overnight from Monday into Tuesday"): one date, the period, at night."""
    if night.pattern != "night" or period.pattern != "join" or \
            text[night.end : period.start].strip():
        return None
    return _Found(night.start, period.end, "range", {}, "join",
                  attrs={**period.attrs, "time": "night"})


def _since(c: _Found, text: str, g: _Grammar) -> _Found | None:
    """"since X", "desde X": a range from the date ``c``."""
    m = g.since_re.search(text[max(0, c.start - 25) : c.start])
    inside = g.since_start_re.match(text[c.start : c.end])
    if not (m or inside) or c.kind not in (*_JOINABLE, "month", "year"):
        return None
    start = c.start
    if m and not inside:
        pre = text[max(0, c.start - 25) : c.start]
        start = c.start - (len(pre) - m.start())
        start += len(text[start : c.start]) - len(text[start : c.start].lstrip())
    return _Found(start, c.end, "range", {}, "since", attrs={"parts": (c,)})


class DateFinder:
    """Pipeline component: append ``Mention(kind="date")`` for every date expression.

    Documents in a language without a ``dates.toml`` are read with ``default_language``.
    The grammar of each language is compiled on first use and kept on the instance.
    """

    def __init__(self, default_language: str = DEFAULT_LANGUAGE) -> None:
        self.default_language = default_language
        self._grammars: dict[str, _Grammar] = {}
        self._languages: tuple[str, ...] | None = None

    def grammar(self, lang: str | None) -> _Grammar:
        """The compiled grammar of ``lang`` (or of the default language)."""
        if self._languages is None:
            self._languages = tuple(
                c for c in supported_languages() if lang_path(c, "dates").is_file()
            )
        code = lang if lang in self._languages else self.default_language
        assert code is not None
        if code not in self._grammars:
            self._grammars[code] = _Grammar(code, language(code).table("dates"))
        return self._grammars[code]

    def __call__(self, doc: Document) -> Document:
        found = self.find(doc)
        doc.mentions.extend(found)
        warning = unanchored_warning(doc, [m.span.quote for m in found if m.value is None])
        if warning:
            doc.warnings.append(warning)
        return doc

    # -- finding ---------------------------------------------------------------------
    def find(self, doc: Document) -> list[Mention]:
        """The date mentions of ``doc`` in text order (does not modify ``doc``)."""
        g = self.grammar(doc.language)
        text = doc.text
        folded = fold(text)
        cands: list[_Found] = []
        for (name, kind, _), scan in zip(g.patterns, g.scans, strict=True):
            for m in scan.finditer(text, folded):
                if m.end() <= m.start():
                    continue
                cands.append(_Found(m.start(), m.end(), kind, m.groupdict(), name))
        cands = [c for c in cands if self._acceptable(c, text, g)]
        cands.extend(self._nights(text, folded, g))
        chosen = self._select(cands)
        chosen.sort(key=lambda c: c.start)
        chosen = self._combine(chosen, text, g)
        self._resolve_all(chosen, doc, g)
        out = []
        for c in chosen:
            attrs: dict[str, Any] = {
                "kind": c.kind,
                "anchor": c.anchor if c.value is not None else "none",
            }
            attrs.update(c.attrs)
            attrs.setdefault("speech", False)
            attrs.setdefault("future", False)
            out.append(Mention("date", doc.span(c.start, c.end), c.value, attrs))
        return out

    def _acceptable(self, c: _Found, text: str, g: _Grammar) -> bool:
        grp = c.groups
        if c.pattern == "rel":
            return _relative_acceptable(c, text, g)
        if c.pattern == "wd" and not grp.get("pre"):
            return _weekday_acceptable(c, text, g)
        if c.pattern == "dur" and g.units.get(_norm(grp["unit"] or "")) == "year":
            return False  # "sentenced for 30 years" is no event date
        if c.pattern == "ya" and int(grp["year"] or 0) % 100 == 0:
            return False  # "the 2000 protesters" is a count
        if c.pattern in ("num",):
            n1, n2 = int(grp["n1"] or 0), int(grp["n2"] or 0)
            if not (1 <= n1 <= 31 and 1 <= n2 <= 31) or (n1 > 12 and n2 > 12):
                return False
        return True

    @staticmethod
    def _nights(text: str, folded: str, g: _Grammar) -> list[_Found]:
        return [
            _Found(m.start(), m.end(), "night", {}, "night")
            for scan in g.night_scans
            for m in scan.finditer(text, folded)
        ]

    @staticmethod
    def _select(cands: list[_Found]) -> list[_Found]:
        """Longest matches first, without overlaps."""
        cands.sort(key=lambda c: (-(c.end - c.start), c.start))
        taken: list[_Found] = []
        taken_by_start: dict[int, _Found] = {}
        starts: list[int] = []  # starts of the taken matches, sorted (they never overlap)
        for c in cands:
            i = bisect.bisect_left(starts, c.start)
            if i > 0 and taken_by_start[starts[i - 1]].end > c.start:
                continue
            if i < len(starts) and starts[i] < c.end:
                continue
            starts.insert(i, c.start)
            taken_by_start[c.start] = c
            taken.append(c)
        return taken

    def _combine(self, found: list[_Found], text: str, g: _Grammar) -> list[_Found]:
        """Join "Thursday and Friday", "between X and Y", "since X" into ranges."""
        out: list[_Found] = []
        i = 0
        while i < len(found):
            c = found[i]
            nxt = found[i + 1] if i + 1 < len(found) else None
            pair = None if nxt is None else _pair(c, nxt, text, g)
            if pair is not None:
                out.append(pair)
                i += 2
                continue
            out.append(_since(c, text, g) or c)
            i += 1
        nights: list[_Found] = []
        for c in out:
            merged = _night_of(nights[-1], c, text) if nights else None
            if merged is not None:
                nights[-1] = merged
            else:
                nights.append(c)
        return nights

    def _resolve_all(
        self, found: list[_Found], doc: Document, g: _Grammar
    ) -> None:
        pub = doc.published
        prec = doc.published_precision or ("day" if pub else None)
        wpub: dt.date | None = None
        dateline = self._dateline_day(found, doc.text, g, pub, prec)
        if dateline is not None:
            wpub = pub if prec == "day" and pub != dateline else None
            # "NAIROBI, June 26 (Reuters) - ... on Thursday": the story is told from the
            # dateline's day, which may be a day before the page's publication date
            pub, prec = dateline, "day"
        if prec != "day":
            ref = self._reference_day(found, doc.text, g, pub, prec)
            if ref is not None:
                pub, prec = ref, "day"
                doc_ref = ref.isoformat()
            else:
                doc_ref = None
        else:
            doc_ref = None
        previous: EventDate | None = None
        for c in found:
            if doc_ref is not None:
                c.attrs["reference"] = doc_ref
            self._resolve_found(c, pub, prec, previous, g, wpub)
            held = doc.sentence_at(c.start)  # the whole text when no sentence holds it
            sent = (held.start, held.end) if held is not None else (0, len(doc.text))
            self._context(c, doc.text, sent, g, pub, prec)
            if (
                c.value is not None
                and not c.attrs.get("speech")
                and not c.attrs.get("future")
                and c.kind != "night"
            ):
                previous = c.value

    def _resolve_found(self, c: _Found, pub: dt.date | None, prec: str | None,
                       previous: EventDate | None, g: _Grammar, wpub: dt.date | None) -> None:
        """Resolve one date, or the parts of an offset, a duration's end or a range and
        then the whole."""
        if c.pattern == "offset_of":
            off, base = c.attrs.pop("parts")
            self._resolve(base, pub, prec, previous, g, wpub)
            if base.value is not None:
                self._resolve(off, pub, prec, base.value, g, wpub)
                c.value, c.anchor = off.value, "explicit"
            c.attrs.update(off.attrs)
        elif c.pattern == "ending":
            day, dur = c.attrs.pop("parts")
            self._resolve(day, pub, prec, previous, g, wpub)
            c.value, c.anchor = self._ending(day, dur, g), day.anchor
            c.attrs.update({k: v for k, v in day.attrs.items() if k in ("time", "future")})
        elif c.pattern in ("join", "since"):
            parts: tuple[_Found, ...] = c.attrs.pop("parts")
            for p in parts:
                self._resolve(p, pub, prec, previous, g, wpub)
            c.value, c.anchor = self._range_of(c.pattern, parts, pub, prec)
            if c.pattern == "since" and c.anchor == "publication":
                c.attrs["open"] = True
            for p in parts:
                if p.attrs.get("time"):
                    c.attrs.setdefault("time", p.attrs["time"])
                if p.attrs.get("future"):
                    c.attrs["future"] = True
        else:
            self._resolve(c, pub, prec, previous, g, wpub)

    def _dateline_day(
        self,
        found: list[_Found],
        text: str,
        g: _Grammar,
        pub: dt.date | None,
        prec: str | None,
    ) -> dt.date | None:
        """The day of a dateline ("NAIROBI, June 26 (Reuters) -", "Lisboa, 27 set (Lusa)")
        near the top of the text, when it is no later than the publication date."""
        for c in found:
            if c.start > 600 or c.pattern not in ("dm", "md", "num", "iso"):
                continue
            line_start = text.rfind("\n", 0, c.start) + 1
            head = text[line_start : c.start]
            tail = text[c.end : c.end + 20]
            if not _DATELINE_HEAD.fullmatch(head) or not _DATELINE_TAIL.match(tail):
                continue
            probe = _Found(c.start, c.end, c.kind, c.groups, c.pattern)
            self._resolve_calendar(probe, pub, prec, g)
            if probe.value is None or probe.value.precision != "day":
                continue
            day = probe.value.start
            if pub is not None and not (dt.timedelta(0) <= pub - day <= dt.timedelta(days=3)):
                continue
            c.attrs["dateline"] = True
            return day
        return None

    def _reference_day(
        self,
        found: list[_Found],
        text: str,
        g: _Grammar,
        pub: dt.date | None,
        prec: str | None,
    ) -> dt.date | None:
        """A publication day read from the text when the metadata lacks the day.

        First a relative word followed by a full date ("demain mardi 16 mai": the day
        before 16 May); otherwise the latest explicit day in the publication month (or,
        with no publication date, with its year written out) that no future marker
        governs, such as a dateline or caption date ("Lima, 15 de octubre de 2025").
        """
        calendar_pats = ("dm", "md", "num", "iso")
        for a, b in itertools.pairwise(found):
            if (
                a.pattern == "rel"
                and b.pattern in calendar_pats
                and isinstance(g.relative.get(_norm(a.groups["rel"] or "")), int)
                and re.fullmatch(r"\s*,?\s*", text[a.end : b.start])
            ):
                probe = _Found(b.start, b.end, b.kind, b.groups, b.pattern)
                self._resolve_calendar(probe, pub, prec, g)
                if probe.value is not None and probe.value.precision == "day":
                    offset = int(g.relative[_norm(a.groups["rel"] or "")])
                    return probe.value.start - dt.timedelta(days=offset)
        cands = [p for c in found for p in c.attrs.get("parts", (c,))]
        best = self._latest_day(cands, text, g, pub, prec)
        if best is None and g.lang != DEFAULT_LANGUAGE:
            # An embedded post signs with an English date ("— Name (@name) July 11, 2021")
            en = self.grammar(DEFAULT_LANGUAGE)
            signed = [
                _Found(m.start(), m.end(), kind, m.groupdict(), name)
                for name, kind, rx in en.patterns if name in ("md", "dm")
                for m in rx.finditer(text) if m.group("year")
            ]
            best = self._latest_day(signed, text, en, pub, prec)
        return best

    def _latest_day(
        self,
        cands: list[_Found],
        text: str,
        g: _Grammar,
        pub: dt.date | None,
        prec: str | None,
    ) -> dt.date | None:
        """The latest explicit day of ``cands`` in the publication month (or with its
        year written out) that no future marker governs."""
        calendar_pats = ("dm", "md", "num", "iso")
        best: dt.date | None = None
        for c in cands:
            numbered = c.pattern == "wd" and any(c.groups.get(k) for k in _WEEKDAY_DAYS)
            if c.pattern not in calendar_pats and not numbered:
                continue
            if pub is None and not c.groups.get("year"):
                continue
            probe = _Found(c.start, c.end, c.kind, c.groups, c.pattern)
            if numbered:
                # a weekday with its day number ("domingo (18)") names one day of the
                # publication month or of a month beside it
                self._resolve_weekday(probe, pub, prec, g)
            else:
                self._resolve_calendar(probe, pub, prec, g)
            if probe.value is None or probe.value.precision != "day":
                continue
            day = probe.value.start
            if (
                pub is not None
                and (day.year, day.month) != (pub.year, pub.month)
                and (prec == "month" or day.year != pub.year)
            ):
                continue
            window = _CLAUSE_BREAK.split(text[max(0, c.start - FUTURE_WINDOW) : c.start])[-1]
            if any(rx.search(window) for rx in g.future):
                continue
            if best is None or day > best:
                best = day
        return best

    def _range_of(
        self, how: str, parts: tuple[_Found, ...], pub: dt.date | None, prec: str | None
    ) -> tuple[EventDate | None, str]:
        if how == "join":
            a, b = parts[0].value, parts[1].value
            if a is None or b is None:
                return None, "none"
            both = {parts[0].anchor, parts[1].anchor}
            anchor = "explicit" if both == {"explicit"} else "publication"
            if a.precision == "month" or b.precision == "month":
                return (a if a.precision == "month" else b), anchor
            return EventDate.between(min(a.start, b.start), max(a.end, b.end)), anchor
        a = parts[0].value
        if a is None:
            return None, "none"
        if pub is None or prec != "day":
            return EventDate(a.start, a.end, a.precision), parts[0].anchor
        return EventDate.between(a.start, max(pub, a.start)), "publication"

    def _resolve(
        self,
        c: _Found,
        pub: dt.date | None,
        prec: str | None,
        previous: EventDate | None,
        g: _Grammar,
        wpub: dt.date | None = None,
    ) -> None:
        """Give ``c`` its value; ``wpub`` is the day bare weekdays count back from when it
        differs from ``pub`` (the page's day after a dateline's)."""
        grp = c.groups
        name = c.pattern
        tod = grp.get("tod")
        if tod:
            c.attrs["time"] = g.times.get(_norm(tod), _norm(tod))
        if name in ("dm", "md", "dd", "mdd", "num", "iso"):
            self._resolve_calendar(c, pub, prec, g)
        elif name in ("my", "mp"):
            self._resolve_month(c, pub, g)
        elif name == "mm":
            c.value, c.anchor = self._month_pair(c, pub, prec, g)
        elif name in ("y", "ya"):
            c.value, c.anchor = EventDate.year(int(grp["year"] or 0)), "explicit"
        elif name == "wd":
            self._resolve_weekday(c, pub, prec, g, wpub)
        elif name == "do":
            self._resolve_day_only(c, pub, prec)
        elif name == "rel":
            self._resolve_relative(c, pub, prec, g)
        elif name == "per":
            self._resolve_period(c, pub, prec, g)
        elif name == "wkd":
            c.value = self._weekend(pub, prec, g.weekends[_norm(grp["wkd"] or "")])
            c.anchor = "publication"
        elif name in ("fix", "off"):
            self._resolve_offset(c, previous, g)
        elif name == "ago":
            self._resolve_ago(c, pub, prec, g)
        elif name == "dur":
            self._resolve_duration(c, pub, prec, g)
        elif name == "night":
            c.attrs["time"] = "night"
            c.value, c.anchor = self._night_value(pub, prec), "publication"

    @staticmethod
    def _resolve_month(c: _Found, pub: dt.date | None, g: _Grammar) -> None:
        """A month with its year, or the last such month up to publication."""
        grp = c.groups
        month = g.month_number(grp["month"] or "")
        assert month is not None
        part = g.month_prefixes.get(_norm(grp.get("mpre") or ""), "")
        if part:
            c.attrs["part"] = part
        if grp.get("year"):
            c.value, c.anchor = EventDate.month(int(grp["year"] or 0), month), "explicit"
        elif pub is not None:
            year = pub.year if month <= pub.month else pub.year - 1
            c.value, c.anchor = EventDate.month(year, month), "publication"

    def _resolve_relative(self, c: _Found, pub: dt.date | None, prec: str | None,
                          g: _Grammar) -> None:
        """"yesterday", "anoche": days from publication (or its night)."""
        key = _norm(c.groups["rel"] or "")
        off = g.relative[key]
        if key in g.relative_time:
            c.attrs["time"] = g.relative_time[key]
        if off == "night":
            c.value, c.anchor = self._night_value(pub, prec), "publication"
            return
        n = int(off)
        if n > 0:
            c.attrs["future"] = True
        c.value, c.anchor = self._from_pub(pub, prec, days=n), "publication"

    def _resolve_period(self, c: _Found, pub: dt.date | None, prec: str | None,
                        g: _Grammar) -> None:
        """"last week", "la semana pasada": a span of days around publication."""
        lo, hi = g.periods[_norm(c.groups["per"] or "")]
        if hi > 0 and lo > 0:
            c.attrs["future"] = True
        if pub is not None and prec == "day":
            c.value = EventDate.between(pub + dt.timedelta(lo), pub + dt.timedelta(hi))
        else:
            c.value = self._from_pub(pub, prec, 0)
        c.anchor = "publication"

    def _resolve_offset(self, c: _Found, previous: EventDate | None, g: _Grammar) -> None:
        """"the next day", "two days later": counted from the previous date."""
        grp = c.groups
        if c.pattern == "fix":
            days = g.fixed[_norm(grp["fixed"] or "")]
            unit, n = "day", days
        else:
            unit = g.units[_norm(grp["unit"] or "")]
            n = g.count(grp["num"] or "") or 0
            if _norm(grp["dir"] or "") not in g.forward:
                n = -n
        if previous is not None:
            c.value, c.anchor = self._add(previous, unit, n), "previous"

    def _resolve_ago(self, c: _Found, pub: dt.date | None, prec: str | None,
                     g: _Grammar) -> None:
        """"three days ago", "hace una semana" (weeks and "about" make it approximate)."""
        grp = c.groups
        unit = g.units[_norm(grp["unit"] or "")]
        n = g.count(grp["num"] or "") or 0
        approx = bool(grp.get("approx")) or unit == "week"
        if pub is not None and prec == "day":
            base = EventDate.day(pub)
            value = self._add(base, unit, -n)
            if value is not None and approx and value.precision == "day":
                value = EventDate.day(value.start, "approx")
            c.value = value
        else:
            c.value = self._from_pub(pub, prec, 0)
        c.anchor = "publication"

    def _resolve_duration(self, c: _Found, pub: dt.date | None, prec: str | None,
                          g: _Grammar) -> None:
        """"for 24 days": N days up to and including publication day."""
        unit = g.units[_norm(c.groups["unit"] or "")]
        n = g.count(c.groups["num"] or "") or 0
        if pub is not None and prec == "day" and n > 0:
            first = self._add(EventDate.day(pub), unit, -n)
            if first is not None:
                c.value = EventDate.between(first.start + dt.timedelta(days=1), pub)
                c.anchor = "publication"
                c.attrs["open"] = True

    @staticmethod
    def _ending(day: _Found, dur: _Found, g: _Grammar) -> EventDate | None:
        """The ``dur`` days (weeks, ...) that end on the day of ``day``."""
        value = day.value
        unit = g.units[_norm(dur.groups["unit"] or "")]
        n = g.count(dur.groups["num"] or "") or 0
        if value is None or value.precision not in ("day", "approx") or n <= 0:
            return value
        first = DateFinder._add(EventDate.day(value.start), unit, -n)
        if first is None:
            return value
        return EventDate.between(first.start + dt.timedelta(days=1), value.start)

    @staticmethod
    def _month_pair(
        c: _Found, pub: dt.date | None, prec: str | None, g: _Grammar
    ) -> tuple[EventDate | None, str]:
        """The range from the first day of the first month to the last of the second."""
        first = g.month_number(c.groups["month"] or "")
        second = g.month_number(c.groups["month2"] or "")
        assert first is not None and second is not None
        if c.groups.get("year"):
            year, anchor = int(c.groups["year"] or 0), "explicit"
        elif pub is not None:
            year = pub.year if second <= pub.month or prec == "year" else pub.year - 1
            anchor = "publication"
        else:
            return None, "none"
        start = EventDate.month(year if first <= second else year - 1, first)
        end = EventDate.month(year, second)
        return EventDate(start.start, end.end, "range"), anchor

    @staticmethod
    def _weekend(pub: dt.date | None, prec: str | None, mode: str) -> EventDate | None:
        """Saturday to Sunday of the latest weekend begun by publication (``this``), or of
        the one before when publication falls on a weekend (``last``); never past
        publication."""
        if pub is None or prec != "day":
            return DateFinder._from_pub(pub, prec, 0)
        saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
        if mode == "last" and pub.weekday() >= 5:
            saturday -= dt.timedelta(days=7)
        return EventDate.between(saturday, min(saturday + dt.timedelta(days=1), pub))

    @staticmethod
    def _night_value(pub: dt.date | None, prec: str | None) -> EventDate | None:
        if pub is None:
            return None
        if prec == "day":
            return EventDate.between(pub - dt.timedelta(days=1), pub)
        return DateFinder._from_pub(pub, prec, 0)

    @staticmethod
    def _from_pub(pub: dt.date | None, prec: str | None, days: int) -> EventDate | None:
        """The publication date shifted by ``days``, at the precision publication allows."""
        if pub is None:
            return None
        if prec == "month":
            return EventDate.month(pub.year, pub.month)
        if prec == "year":
            return EventDate.year(pub.year)
        return EventDate.day(pub + dt.timedelta(days=days))

    @staticmethod
    def _add(base: EventDate, unit: str, n: int) -> EventDate | None:
        if base.precision in ("month", "year"):
            return base
        d = base.end if (base.precision == "range" and n > 0) else base.start
        if unit == "day":
            out = d + dt.timedelta(days=n)
        elif unit == "week":
            out = d + dt.timedelta(days=7 * n)
        elif unit == "month":
            out = _shift_month(d, n)
        elif unit == "year":
            out = _safe_date(d.year + n, d.month, d.day) or d.replace(day=28, year=d.year + n)
        else:
            return None
        return EventDate.day(out, "approx" if base.precision == "approx" else "day")

    def _resolve_calendar(
        self, c: _Found, pub: dt.date | None, prec: str | None, g: _Grammar
    ) -> None:
        grp = c.groups
        if c.pattern in ("num", "iso"):
            nd = _numeric_date(c, g)
            c.value, c.anchor = (EventDate.day(nd), "explicit") if nd else (None, "none")
            return
        month = g.month_number(grp["month"] or "")
        day = int(re.sub(r"\D", "", grp["day"] or "0") or 0)
        day2 = int(re.sub(r"\D", "", grp.get("day2") or "0") or 0)
        assert month is not None
        year = self._year_of(c, month, day, pub, prec, g)
        if year is None:
            return
        d1 = _safe_date(year, month, day)
        if d1 is None:
            return
        if day2:
            d2 = _safe_date(year, month, day2)
            c.value = EventDate.between(d1, d2) if d2 else EventDate.day(d1)
        else:
            c.value = EventDate.day(d1)
        if pub is not None and prec == "day" and c.value.start > pub:
            c.attrs["future"] = True

    def _year_of(self, c: _Found, month: int, day: int, pub: dt.date | None,
                 prec: str | None, g: _Grammar) -> int | None:
        """The year of a day and month: the one stated (an absolute date), else the
        publication's (the year before when the day would fall well after it)."""
        grp = c.groups
        if grp.get("year"):
            c.kind = "absolute" if c.kind == "day_month" else c.kind
            c.anchor = "explicit"
            return int(grp["year"] or 0)
        if pub is None:
            return None
        ref = pub
        if prec == "month":
            ref = pub.replace(day=calendar.monthrange(pub.year, pub.month)[1])
        elif prec == "year":
            ref = dt.date(pub.year, 12, 31)
        year = ref.year
        cand = _safe_date(year, month, day)
        if cand is not None and (cand - ref).days > FUTURE_TOLERANCE_DAYS:
            year -= 1
        c.anchor = "publication"
        return self._weekday_year(year, month, day, grp.get("wd"), g)

    @staticmethod
    def _weekday_year(year: int, month: int, day: int, wd_word: str | None, g: _Grammar) -> int:
        """The year of a day and month without one: ``year`` unless a weekday named with
        them ("mardi 3 décembre") fits the year before and not it."""
        wd = g.weekday_number(wd_word) if wd_word else None
        if wd is None:
            return year
        for cand_year in (year, year - 1):
            cand = _safe_date(cand_year, month, day)
            if cand is not None and cand.weekday() == wd:
                return cand_year
        return year

    @staticmethod
    def _day_in_month(
        pday: int, pub: dt.date, prec: str | None, weekday: int | None = None
    ) -> dt.date | None:
        """Day ``pday`` of the publication month, or of the month before when it would
        fall more than a week after publication.

        With a ``weekday`` ("quarta-feira (29)"), the nearest of those months (then the
        one after) whose day ``pday`` is that weekday wins.
        """
        ref = pub
        if prec == "month":
            ref = pub.replace(day=calendar.monthrange(pub.year, pub.month)[1])
        first = ref.replace(day=1)
        d = _safe_date(ref.year, ref.month, pday)
        if d is None or (d - ref).days > 7:
            prev = _shift_month(first, -1)
            d = _safe_date(prev.year, prev.month, pday)
        if weekday is None or (d is not None and d.weekday() == weekday):
            return d
        for shift in (0, -1, -2, 1):
            month = _shift_month(first, shift)
            cand = _safe_date(month.year, month.month, pday)
            if cand is not None and cand.weekday() == weekday:
                return cand
        return d

    def _resolve_day_only(self, c: _Found, pub: dt.date | None, prec: str | None) -> None:
        if pub is None or prec not in ("day", "month"):
            return
        d = self._day_in_month(int(c.groups["pday"] or 0), pub, prec)
        if d is not None:
            c.value, c.anchor = EventDate.day(d), "publication"

    def _resolve_weekday(
        self, c: _Found, pub: dt.date | None, prec: str | None, g: _Grammar,
        wpub: dt.date | None = None,
    ) -> None:
        grp = c.groups
        wd = g.weekday_number(grp["wd"] or "")
        assert wd is not None
        mode = "plain"
        if grp.get("pre"):
            mode = g.wd_before.get(_norm(grp["pre"] or ""), "plain")
        if grp.get("post"):
            mode = g.wd_after.get(_norm(grp["post"] or ""), mode)
        pday_s = grp.get("pday") or grp.get("pday2") or grp.get("pday3")
        pday = int(pday_s) if pday_s else None
        if mode == "next":
            c.attrs["future"] = True
        if pub is None:
            return
        c.anchor = "publication"
        if pday is not None and prec in ("day", "month"):
            d = self._day_in_month(pday, pub, prec, wd)
            if d is not None:
                c.kind = "day_month"
                c.value = EventDate.day(d)
                return
        if prec != "day":
            c.value = self._from_pub(pub, prec, 0)
            return
        if wpub is not None and mode != "next":
            # A dispatch dated the day before its page: a weekday up to the page's day
            # is this week's ("El presidente impuso el miércoles" in a Tuesday dispatch
            # updated on Wednesday), never one a week before the dispatch.
            pub = wpub
        back = (pub.weekday() - wd) % 7
        if mode == "last" and back == 0:
            back = 7
        if mode == "next":
            fwd = (wd - pub.weekday()) % 7 or 7
            c.value = EventDate.day(pub + dt.timedelta(days=fwd))
        else:
            c.value = EventDate.day(pub - dt.timedelta(days=back))

    # -- context: speech, future, time -------------------------------------------------
    def _context(
        self,
        c: _Found,
        text: str,
        sent: tuple[int, int],
        g: _Grammar,
        pub: dt.date | None,
        prec: str | None,
    ) -> None:
        s_start, s_end = sent
        before = _SENT_BREAK.split(text[max(s_start, c.start - CONTEXT) : c.start])[-1]
        after = _SENT_BREAK.split(text[c.end : min(s_end, c.end + CONTEXT)])[0]
        c.attrs["speech"] = self._speech(before, after, g)
        if g.continued_re is not None and g.continued_re.search(before):
            c.attrs["continues"] = True  # "the clashes went on ... overnight"
        # Future: a marker shortly before the date in the same clause.
        if not c.attrs.get("future"):
            window = before[-FUTURE_WINDOW:]
            parts = _CLAUSE_BREAK.split(window)
            window = parts[-1] if parts else window
            c.attrs["future"] = any(rx.search(window) for rx in g.future)
        if (
            not c.attrs["future"]
            and c.value is not None
            and pub is not None
            and prec == "day"
            and c.value.start > pub
        ):
            c.attrs["future"] = True
        # Time: a clock time or a time-of-day word next to the date.
        clock = self._clock_near(before[-30:], after[:30])
        if clock:
            c.attrs["time"] = clock
        elif "time" not in c.attrs:
            time = self._time_word(c, text, before, after, g)
            if time:
                c.attrs["time"] = time

    def _speech(self, before: str, after: str, g: _Grammar) -> bool:
        """The date is when something was said, not when it happened."""
        # Speech: a reporting verb right before the date ("said on Saturday")...
        words = [_norm(w) for w in _WORD.findall(before[-60:])]
        if words and (
            words[-1] in g.speech_verbs
            or (len(words) >= 2 and words[-1] in g.speech_adverbs and words[-2] in g.speech_verbs)
        ):
            return True
        # ...or with its audience or channel between them ("told Xinhua on Friday",
        # "dijo a la prensa este lunes", "a déclaré à l'AFP mardi").
        if self._speech_to(_CLAUSE_BREAK.split(before[-60:])[-1], g):
            return True
        # ...or a date opening its clause, then "<subject> said that".
        clause_before = _CLAUSE_BREAK.split(before)[-1] if before.strip() else ""
        m = g.speech_after.match(after)
        if m and len(_WORD.findall(clause_before)) <= 2:
            subj = [_norm(w) for w in _WORD.findall(m.group("subj"))]
            return not (subj and subj[-1] in g.impersonal)
        return False

    def _time_word(self, c: _Found, text: str, before: str, after: str,
                   g: _Grammar) -> str | None:
        """A time-of-day word inside the date or next to it."""
        if c.pattern in ("dm", "md", "wd", "join"):
            inner = [_norm(w) for w in _WORD.findall(text[c.start : c.end])]
            for w in inner:
                if w in g.times and g.weekday_number(w) is None:
                    return g.times[w]
        return self._time_near(
            _CLAUSE_BREAK.split(before[-30:])[-1], _CLAUSE_BREAK.split(after[:30])[0], g
        )

    @staticmethod
    def _speech_to(clause: str, g: _Grammar) -> bool:
        """A reporting verb, then up to four words of audience or channel (names, and the
        language's ``speech_objects``), right before a date."""
        raw = _WORD.findall(clause)
        for n, word in enumerate(reversed(raw[-5:])):
            key = _norm(word)
            if n > 0 and key in g.speech_verbs:
                return True
            name = re.split(r"['’]", word)[-1]  # "l'AFP"
            if not (key in g.speech_objects or key in g.speech_adverbs or name[:1].isupper()):
                return False
        return False

    @staticmethod
    def _clock_near(before: str, after: str) -> str | None:
        after = _SENT_BREAK.split(after)[0]
        for chunk in (after, before):
            for m in _CLOCK.finditer(chunk):
                if m.group("m") or m.group("ampm"):
                    hour = int(m.group("h"))
                    ampm = (m.group("ampm") or "").lower()
                    if ampm.startswith("p") and hour < 12:
                        hour += 12
                    return f"{hour:02d}:{m.group('m') or '00'}"
        return None

    @staticmethod
    def _time_near(before: str, after: str, g: _Grammar) -> str | None:
        after_words = [_norm(w) for w in _WORD.findall(after)[:3]]
        before_words = [_norm(w) for w in _WORD.findall(before)[-4:]]
        for w in after_words + before_words:
            if w in g.times:
                return g.times[w]
        return None


def publication_day(doc: Document) -> dt.date | None:
    """The day ``doc`` was published: its metadata day, else the day the date finder
    read from its text (a dateline, a caption, an embedded post; the ``reference``
    attribute of its date mentions), else ``None``."""
    if doc.published is not None and doc.published_precision in (None, "day"):
        return doc.published
    for m in doc.mentions:
        if m.kind == "date" and m.attrs.get("reference"):
            return dt.date.fromisoformat(str(m.attrs["reference"]))
    return None


def find_dates(doc: Document) -> list[Mention]:
    """The date mentions of ``doc`` (a convenience over :class:`DateFinder`)."""
    return DateFinder().find(doc)
