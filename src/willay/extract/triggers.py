"""TriggerFinder: mark words that state an event (heads) or qualify one (cues)."""

from __future__ import annotations

from typing import Any

from willay.extract.lexicon import section_prefilters, section_table
from willay.extract.prefilter import fold
from willay.model import Document, Mention


class TriggerFinder:
    """Adds ``Mention(kind="trigger")`` for every head and cue phrase of the language.

    ``value`` is the class (``strike``, ``clash``, ...); ``attrs["role"]`` is ``head`` or
    ``cue``; heads carry their ``tags``. A head whose match is followed or preceded by an
    excluded context word (``strike price``, ``$700 strike``) is dropped.
    """

    name = "willay.TriggerFinder.v1"

    def __call__(self, doc: Document) -> Document:
        lang = doc.language or "en"
        text = doc.text
        folded = fold(text)
        heads = section_prefilters(lang, "triggers", "heads")
        tables = section_table(lang, "triggers", "heads")
        for cls, regex in heads.items():
            table: dict[str, Any] = dict(tables.get(cls, {}))
            tags = [str(tag) for tag in table.get("tags", [])]
            after = [str(w).lower() for w in table.get("exclude_after", [])]
            before = [str(p) for p in table.get("exclude_before", [])]
            titlecase = bool(table.get("exclude_titlecase", False))
            for match in regex.finditer(text, folded):
                start, end = match.span()
                if titlecase and text[start].isupper() and not _sentence_start(text, start):
                    continue
                if after and _followed_by(text, end, after):
                    continue
                if before and _preceded_by(text, start, before):
                    continue
                doc.mentions.append(Mention("trigger", doc.span(start, end), cls,
                                            {"role": "head", "tags": tags}))
        for cue, regex in section_prefilters(lang, "triggers", "cues").items():
            for match in regex.finditer(text, folded):
                doc.mentions.append(Mention("trigger", doc.span(*match.span()), cue,
                                            {"role": "cue"}))
        return doc


def _sentence_start(text: str, start: int) -> bool:
    """``start`` opens a sentence or a line (a capital there is not a proper name)."""
    head = text[max(0, start - 3) : start]
    return start == 0 or (head.strip() == "" and ("\n" in head or start < 3)) or \
        head.rstrip().endswith((".", "!", "?", ":"))


def _followed_by(text: str, end: int, words: list[str]) -> bool:
    tail = text[end : end + 40].lower().lstrip()
    return any(tail.startswith(w) for w in words)


def _preceded_by(text: str, start: int, patterns: list[str]) -> bool:
    import re

    head = text[max(0, start - 40) : start].rstrip()
    return any(re.search(rf"(?:^|\W)(?:{p})$", head, re.IGNORECASE) for p in patterns)
