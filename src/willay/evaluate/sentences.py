"""Sentence bounds for alignment: the project's Segmenter when present, else a small splitter.

:class:`AlignText` is what alignment reads of one document: the text that predicted
offsets point into (the input as given), its sentences and where a gold phrase is.
Sentences and gold phrases are found in the document's clean view, as the extractor
reads it, and mapped into the text as given, so that scoring does not depend on what
cleaning left out (boilerplate, metadata lines, markup).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from willay.lang.loader import load_shared_data
from willay.model import Document
from willay.model.offsets import OffsetMap

#: Words that end with a period without ending a sentence (lower case, no period;
#: ``willay/lang/evaluation.toml``).
ABBREVIATIONS = frozenset(load_shared_data("evaluation")["sentences"]["abbreviations"])
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+(?=[\"'“‘«(\[¿¡]?[A-ZÁÉÍÓÚÑÂÊÔÃÕÇÀÈÌÒÙÜ0-9])")
_WORD_BEFORE = re.compile(r"([\w.º]+)[.!?…]+[\"'”’»)\]]*\s*$")


def simple_sentences(text: str) -> list[tuple[int, int]]:
    """Split at line breaks and at sentence-final punctuation before a capital or digit.

    Abbreviations (``Mr.``, ``Gen.``), single initials and dotted acronyms (``D.C.``) do
    not end a sentence. Returns half-open ``(start, end)`` offsets without surrounding
    whitespace; empty lines give nothing.
    """
    bounds: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        cut = start
        for match in _BOUNDARY.finditer(text, line.start(), line.end()):
            before = _WORD_BEFORE.search(text, cut, match.end())
            if before:
                word = before.group(1).lower().rstrip(".")
                if word in ABBREVIATIONS or len(word) == 1 or "." in word:
                    continue
            bounds.append((cut, match.end()))
            cut = match.end()
        bounds.append((cut, line.end()))
    out: list[tuple[int, int]] = []
    for a, b in bounds:
        chunk = text[a:b]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((a + lead, a + lead + len(stripped)))
    return out


@lru_cache(maxsize=1)
def _project_segmenter() -> object | None:
    """The pipeline's ``willay.text.segment.Segmenter`` instance, or None if absent."""
    try:
        module = importlib.import_module("willay.text.segment")
    except ImportError:
        return None
    segmenter_cls = getattr(module, "Segmenter", None)
    return segmenter_cls() if segmenter_cls is not None else None


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text`` as ``(start, end)`` offsets, with the pipeline's own segmenter.

    The project's segmenter defines "the sentence" where it exists, so that evaluation
    and extraction agree; otherwise :func:`simple_sentences` does.
    """
    segmenter = _project_segmenter()
    if segmenter is not None and callable(segmenter):
        doc = segmenter(Document(id="evaluate", text=text))
        sentences = getattr(doc, "sentences", None)
        if sentences:
            return [(s.start, s.end) for s in sentences]
    return simple_sentences(text)


def sentence_region(bounds: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The span from the first to the last sentence that ``[start, end)`` touches.

    A phrase that falls between sentences (only whitespace) gives its own span.
    """
    touched = [(a, b) for a, b in bounds if a < max(end, start + 1) and start < b]
    if not touched:
        return start, end
    return min(a for a, _ in touched), max(b for _, b in touched)


def find_phrase(text: str, phrase: str) -> tuple[int, int]:
    """``(start, end)`` of the first occurrence of ``phrase`` in ``text`` (any blanks
    between its words, any case when the exact form is absent), or ``(-1, -1)``."""
    pos = text.find(phrase)
    if pos >= 0:
        return pos, pos + len(phrase)
    pattern = r"\s+".join(re.escape(part) for part in phrase.split())
    match = re.search(pattern, text, re.IGNORECASE) if pattern else None
    return (match.start(), match.end()) if match else (-1, -1)


@dataclass(frozen=True, slots=True)
class AlignText:
    """A document's text for alignment: ``text`` (what predicted offsets point into), its
    sentence ``bounds`` and, when cleaning changed it, the ``clean`` view with the
    ``offsets`` map from that view into ``text``."""

    text: str
    bounds: tuple[tuple[int, int], ...]
    clean: str | None = None
    offsets: OffsetMap | None = None

    @classmethod
    def plain(cls, text: str, bounds: list[tuple[int, int]] | None = None) -> AlignText:
        """A text read as it is (no clean view)."""
        return cls(text, tuple(bounds if bounds is not None else sentence_bounds(text)))

    @classmethod
    def of_document(cls, doc: Document) -> AlignText:
        """The text of ``doc`` as given, before or after the pipeline's last step."""
        if doc.given_text is not None:  # read, not extracted: text is the clean view
            given, clean = doc.given_text, doc.text
        elif doc.clean_text is not None:  # extracted: text is the text as given
            given, clean = doc.text, doc.clean_text
        else:
            return cls.plain(doc.text)
        offsets = OffsetMap(doc.raw_offsets, len(clean))
        bounds = tuple(offsets.range(a, b) for a, b in sentence_bounds(clean))
        return cls(given, bounds, clean, offsets)

    def find(self, phrase: str) -> tuple[int, int]:
        """Where ``phrase`` is in ``text``: looked up in the clean view first (mapped), then
        in the text itself; ``(-1, -1)`` when absent."""
        if self.clean is not None and self.offsets is not None:
            start, end = find_phrase(self.clean, phrase)
            if start >= 0:
                return self.offsets.range(start, end)
        return find_phrase(self.text, phrase)
