"""Sentence segmentation: split a document's clean text into sentences and paragraphs.

Rules (the abbreviation lists are data, ``[segment]`` of each language's
``willay/lang/<code>/text.toml``):

- a sentence ends at ``.``, ``!``, ``?``, ``…`` or ``...`` (with any closing quotes or
  brackets that follow) when whitespace and then a capital letter, a digit or an opening
  quote/bracket follow; a lowercase word after the period never starts a sentence;
- a stop glued to a capitalised word ("de Pastef.Les affrontements", a paragraph break
  lost in scraping) ends a sentence after two lowercase letters, unless its token is a
  link or an address;
- a period does not end a sentence after a title (``Gen.``, ``Sra.``), a single capital
  initial (``J. Smith``), a dotted capital acronym (``U.S.``, ``EE.UU.``), or a
  month/number word followed by a digit (``Jan. 9``, ``No. 5``); digits around a period
  (``1.340``, ``3.47``) never split since no space follows the period;
- a line break ends a sentence (headlines, captions and list items have no final
  punctuation), except that a line starting with a lowercase letter continues the
  previous line when that line has no final punctuation, even across blank lines (a
  sentence cut by a stray break);
- paragraphs: every line break that ends a sentence starts a new paragraph (news text
  from HTML separates paragraphs by one line break, plain text by blank lines); the
  paragraph number counts from 0.

Offsets are exact: every ``Sentence.span`` quotes ``doc.text`` with surrounding
whitespace trimmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from willay.lang.language import tables
from willay.model.document import Document, Sentence
from willay.model.span import Span

#: Sentence-final punctuation followed by optional closing quotes and brackets, then
#: whitespace: a candidate boundary (group "end" is where the sentence ends).
_CANDIDATE = re.compile(r"(?:\.{2,}|[!?…]+|\.)[\"'”’»)\]]*(?=\s)")
#: Opening punctuation that may precede the first word of a sentence.
_OPENERS = "\"'“‘«([¿¡—–-*"
#: The last word before a period (without the period), after any opening punctuation.
_WORD_BEFORE = re.compile(r"[\"'“‘«(\[]*([^\s\"'“‘«(\[]*)$")
#: A dotted capital acronym without its final period: "U.S", "EE.UU", "U.K".
_CAPS_ACRONYM = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ]{1,3}\.)+[A-ZÁÉÍÓÚÑ]{1,3}$")
#: A full stop glued to the next sentence, as scraped text loses the space of a lost
#: paragraph break ("du leader de Pastef.Les affrontements", "protestas".Un): a word's
#: lowercase letter (or a closing quote or bracket) before it, a capitalised lowercase
#: word after it. Dotted acronyms, initials and decimals never match.
_GLUED = re.compile(r"(?<=[^\W\d_A-Z][^\W\d_A-ZÀ-Þ]|[^\W\d_A-Z][\"”’»)])"
                    r"[.!?](?=[A-ZÀ-Þ][^\W\d_A-ZÀ-Þ])")
#: A link or an address: its dots are not sentence ends.
_LINKISH = re.compile(r"[/@:]|www|\.(?:com|org|net|gov|edu)\b", re.IGNORECASE)
_LINE = re.compile(r"[^\n]*\n?")
_FINAL_PUNCT = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")


@dataclass(frozen=True, slots=True)
class Abbreviations:
    """Words that a following period does not end a sentence after."""

    titles: frozenset[str]
    before_numbers: frozenset[str]


@lru_cache(maxsize=8)
def load_abbreviations(languages: tuple[str, ...] | None = None) -> Abbreviations:
    """Abbreviations of the given languages (all supported languages if None), from the
    ``[segment]`` table of each language's ``text.toml``."""
    titles: set[str] = set()
    numbers: set[str] = set()
    for _lang, table in tables("text", "segment", languages):
        titles.update(table.get("titles", ()))
        numbers.update(table.get("before_numbers", ()))
    return Abbreviations(frozenset(titles), frozenset(numbers))


def _next_char(text: str, pos: int, end: int) -> tuple[str, bool]:
    """First character of the next word after ``pos`` (skipping spaces and openers).

    Returns the character ("" at the end) and whether opening punctuation was skipped.
    """
    i = pos
    while i < end and text[i].isspace():
        i += 1
    opened = False
    while i < end and text[i] in _OPENERS:
        opened = True
        i += 1
    return (text[i] if i < end else ""), opened


def _linkish(text: str, pos: int, start: int, end: int) -> bool:
    """Whether the token around ``pos`` (between spaces) is a link or an address."""
    left = text.rfind(" ", start, pos) + 1 or start
    right = text.find(" ", pos, end)
    return _LINKISH.search(text, max(left, start), end if right < 0 else right) is not None


class Segmenter:
    """Pipeline component that sets ``doc.sentences`` (exact offsets, paragraph numbers).

    ``languages`` restricts the abbreviation lists (default: all languages of the data
    file, which is safe because the lists hardly collide and faster than choosing).
    """

    def __init__(self, languages: tuple[str, ...] | None = None) -> None:
        self.languages = languages
        self._abbr: Abbreviations | None = None

    @property
    def abbreviations(self) -> Abbreviations:
        if self._abbr is None:
            self._abbr = load_abbreviations(self.languages)
        return self._abbr

    def __call__(self, doc: Document) -> Document:
        doc.sentences = self.segment(doc.text)
        return doc

    # -- library functions -------------------------------------------------------------

    def segment(self, text: str) -> list[Sentence]:
        """Sentences of ``text`` in order, with exact spans and paragraph numbers."""
        out: list[Sentence] = []
        for paragraph, (start, end) in enumerate(self.blocks(text)):
            for s, e in self._split_block(text, start, end):
                out.append(Sentence(Span(s, e, text[s:e]), paragraph))
        return out

    def blocks(self, text: str) -> list[tuple[int, int]]:
        """Runs of lines that belong together, as ``(start, end)`` offsets.

        A block ends at each line break, unless the next non-blank line starts with a
        lowercase letter and the block has no final punctuation (a continuation).
        """
        blocks: list[tuple[int, int]] = []
        cur_start = -1
        cur_end = -1
        for m in _LINE.finditer(text):
            line_start, line_end = m.start(), m.end()
            if line_start == line_end:
                break
            stripped = text[line_start:line_end].strip()
            if not stripped:
                continue
            lead = line_start + (len(text[line_start:line_end]) - len(
                text[line_start:line_end].lstrip()))
            content_end = lead + len(stripped)
            if cur_start >= 0 and self._continues(text, cur_start, cur_end, stripped):
                cur_end = content_end
                continue
            if cur_start >= 0:
                blocks.append((cur_start, cur_end))
            cur_start, cur_end = lead, content_end
        if cur_start >= 0:
            blocks.append((cur_start, cur_end))
        return blocks

    @staticmethod
    def _continues(text: str, start: int, end: int, next_line: str) -> bool:
        first = next_line[0]
        if not (first.isalpha() and first.islower()):
            return False
        return _FINAL_PUNCT.search(text, max(start, end - 8), end) is None

    def _split_block(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        pieces: list[tuple[int, int]] = []
        sent_start = start
        candidates = sorted([*_CANDIDATE.finditer(text, start, end),
                             *(g for g in _GLUED.finditer(text, start, end)
                               if not _linkish(text, g.start(), start, end))],
                            key=lambda c: c.start())
        for m in candidates:
            if m.end() >= end:
                break
            if m.start() < sent_start or not self._is_boundary(text, m, sent_start, end):
                continue
            pieces.append((sent_start, m.end()))
            nxt = m.end()
            while nxt < end and text[nxt].isspace():
                nxt += 1
            sent_start = nxt
        if sent_start < end:
            pieces.append((sent_start, end))
        return pieces

    def _is_boundary(self, text: str, m: re.Match[str], sent_start: int, end: int) -> bool:
        nxt, opened = _next_char(text, m.end(), end)
        if not nxt:
            return True
        if nxt.isalpha() and nxt.islower():
            return False
        if not (nxt.isupper() or nxt.isdigit() or opened):
            return False
        punct_start = m.start()
        if text[punct_start] != "." or text.startswith("..", punct_start):
            return True
        word_match = _WORD_BEFORE.search(text, max(sent_start, punct_start - 24), punct_start)
        word = word_match.group(1) if word_match else ""
        if not word:
            return True
        abbr = self.abbreviations
        if word in abbr.titles:
            return False
        if word in abbr.before_numbers and nxt.isdigit():
            return False
        if len(word) == 1 and word.isupper():
            return False  # an initial: "J. Smith"
        return _CAPS_ACRONYM.match(word) is None
