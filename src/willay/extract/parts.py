"""PartFinder: mark the parts of events — actions, means and targets — from lemma lexicons.

The words live in ``willay/lang/<code>/parts.toml`` as phrases of
:mod:`willay.extract.phrases` (lemmas with all their inflections). Each part found
becomes ``Mention(kind="part", value=<class>, attrs={"part": "action"|"means"|"target"})``;
:mod:`willay.extract.frames` then decides what kind of event each action states.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from willay.extract.lexicon import data_language
from willay.extract.phrases import Hit, PhraseMatcher, Word, outermost, words
from willay.lang.language import language
from willay.model import Document, Mention

#: The sections of ``parts.toml``, in the order their mentions are added.
SECTIONS = ("action", "means", "target")


@dataclass(frozen=True, slots=True)
class ActionRule:
    """Context words that give an action phrase another sense."""

    exclude_before: frozenset[str] = frozenset()
    exclude_after: tuple[tuple[str, ...], ...] = ()
    titlecase: bool = False
    #: Words that may link the words of a name ("Marcha *del* Orgullo", "March *for* Life"),
    #: for the classes whose capitalised word heads the name of such an event; empty for
    #: the others.
    name_links: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PartLexicon:
    """One language's compiled part lexicons."""

    matchers: dict[str, PhraseMatcher]
    rules: dict[str, ActionRule]


@cache
def part_lexicon(lang: str) -> PartLexicon:
    """The compiled lexicons of ``lang`` (built once per process)."""
    data: dict[str, Any] = language(data_language(lang)).table("parts")
    matchers: dict[str, PhraseMatcher] = {}
    rules: dict[str, ActionRule] = {}
    actions: dict[str, Any] = data.get("action", {})
    entries = [(phrase, cls) for cls, table in actions.items() for phrase in table["words"]]
    participles = data.get("grammar", {}).get("participles")
    suffixes = data.get("grammar", {}).get("suffixes", ())
    matchers["action"] = PhraseMatcher(data_language(lang), entries, participles, suffixes)
    links = frozenset(str(w).lower() for w in data.get("grammar", {}).get("name_links", []))
    for cls, table in actions.items():
        after = tuple(tuple(str(w).lower().split()) for w in table.get("exclude_after", []))
        rules[cls] = ActionRule(
            exclude_before=frozenset(str(w).lower() for w in table.get("exclude_before", [])),
            exclude_after=after, titlecase=bool(table.get("titlecase", False)),
            name_links=links if table.get("names") else frozenset())
    for section in ("means", "target"):
        table = data.get(section, {})
        matchers[section] = PhraseMatcher(
            data_language(lang), [(p, cls) for cls, items in table.items() for p in items])
    return PartLexicon(matchers, rules)


class PartFinder:
    """Adds a ``part`` mention for every action, means and target phrase of the text.

    At each word the longest phrase of a section wins; an action phrase is dropped when a
    word of ``exclude_before`` precedes it, words of ``exclude_after`` follow it, or (for
    ``titlecase`` classes) it is capitalized inside a sentence.
    """

    name = "willay.PartFinder.v1"

    def __call__(self, doc: Document) -> Document:
        lex = part_lexicon(doc.language or "en")
        seq = words(doc.text)
        found: list[Mention] = []
        for section in SECTIONS:
            for hit in outermost(lex.matchers[section].find(seq)):
                cls = str(hit.payload)
                if section == "action" and _excluded(doc.text, seq, hit, lex.rules[cls]):
                    continue
                found.append(Mention("part", doc.span(hit.start, hit.end), cls,
                                     {"part": section, "phrase": hit.phrase}))
        # "entered without a fight", "sin combates": the fight a means denies is no action
        denied = [m for m in found if m.attrs["part"] == "means" and m.value == "no_fight"]
        doc.mentions.extend(m for m in found if not (m.attrs["part"] == "action" and any(
            d.start <= m.start and m.end <= d.end for d in denied)))
        doc.mentions.sort(key=lambda m: (m.start, m.end))
        return doc


def _excluded(text: str, seq: list[Word], hit: Hit, rule: ActionRule) -> bool:
    if hit.first > 0 and seq[hit.first - 1].low in rule.exclude_before \
            and _adjacent(text, seq[hit.first - 1].end, hit.start):
        return True
    for after in rule.exclude_after:
        tail = [w.low for w in seq[hit.last + 1 : hit.last + 1 + len(after)]]
        if tuple(tail) == after and _adjacent(text, hit.end, seq[hit.last + 1].start):
            return True
    if text[hit.start].isupper() and not _sentence_start(text, hit.start):
        if rule.name_links and _heads_name(text, seq, hit, rule.name_links):
            return False  # "la Marcha Federal Universitaria": the name of a march
        # a capital inside a sentence is a name ("Target", "Operation Strike"), unless
        # the line is a headline in title case
        return rule.titlecase or not _title_case_line(text, hit.start)
    return False


def _heads_name(text: str, seq: list[Word], hit: Hit, links: frozenset[str]) -> bool:
    """The capitalised action word opens a name: a lower-case word before it, and a
    capitalised word after it, maybe after a linking word ("March for Life")."""
    if hit.first > 0:
        prev = seq[hit.first - 1]
        if text[prev.start].isupper() and not (
                _sentence_start(text, prev.start) and len(prev.low) <= 3):  # "A Marcha"
            return False  # "Operation Strike": a word of another name
    k = hit.last + 1
    while k < len(seq) and k <= hit.last + 2 and seq[k].low in links:
        k += 1
    if k >= len(seq) or not all(ch.isalpha() or ch in " '’" for ch in text[hit.end:seq[k].start]):
        return False
    word = text[seq[k].start:seq[k].end]
    return word[:1].isupper() and not word.isupper()


def _title_case_line(text: str, at: int) -> bool:
    """Most words of the line around ``at`` start with a capital (an English headline)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    found = [w for w in words(text, start, end if end >= 0 else len(text)) if len(w.low) > 3]
    if len(found) < 3:
        return True
    capitals = sum(1 for w in found if text[w.start].isupper())
    return capitals * 2 >= len(found)


def _adjacent(text: str, end: int, start: int) -> bool:
    """Only spaces, hyphens or apostrophes between two words (no punctuation)."""
    return all(ch.isspace() or ch in "-'’" for ch in text[end:start])


def _sentence_start(text: str, start: int) -> bool:
    """``start`` opens a sentence or a line (a capital there is not a proper name)."""
    head = text[max(0, start - 3) : start]
    return start == 0 or (head.strip() == "" and ("\n" in head or start < 3)) or \
        head.rstrip().endswith((".", "!", "?", ":", "\"", "“", "«"))
