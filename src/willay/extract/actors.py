"""ActorFinder: mark actors (crowds, security forces, governments, armed groups, organisations)."""

from __future__ import annotations

import re
from functools import cache

from willay.extract.lexicon import compile_phrases, data_language
from willay.extract.prefilter import Prefilter, fold
from willay.extract.taken import Taken
from willay.lang.language import language
from willay.lang.loader import LANG_DIR, load_shared_data
from willay.model import Document, Mention

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

#: "General Confederation of Workers of Peru (CGTP)": a named body and its acronym.
#: The lower-case words inside such a name come from ``willay/lang/actor_rules.toml``.
_CONNECTORS = "|".join(load_shared_data("actor_rules")["acronym_connectors"])
_ACRONYM = re.compile(
    rf"(?P<name>(?:[A-ZÁÉÍÓÚÑÇ][\w'’.-]+|{_CONNECTORS})"
    rf"(?:\s+(?:[A-ZÁÉÍÓÚÑÇ][\w'’.-]+|{_CONNECTORS})){{1,9}})"
    r"\s+\((?P<acr>[A-Z][A-Za-z]{1,9})\)"
)


@cache
def _lexicon(lang: str) -> list[tuple[re.Pattern[str], str, str, str]]:
    data = language(data_language(lang)).table("actors")
    out = []
    for entry in data.get("actor", []):
        regex = compile_phrases(entry["patterns"])
        if regex is not None:
            out.append((regex, entry["label"], entry.get("type", ""), entry.get("role", "")))
    return out


@cache
def armed_groups() -> list[tuple[re.Pattern[str], str, str]]:
    """Named armed groups (``willay/lang/armed_groups.toml``), matched case-sensitively."""
    with (LANG_DIR / "armed_groups.toml").open("rb") as handle:
        data = tomllib.load(handle)
    out = []
    for group in data.get("group", []):
        body = "|".join(f"(?:{p})" for p in sorted(group["patterns"], key=len, reverse=True))
        out.append((re.compile(rf"(?<![\w-])(?:{body})(?![\w])"), str(group["label"]),
                    str(group.get("type", "Rebel groups"))))
    return out


@cache
def _supporters(lang: str) -> list[re.Pattern[str]]:
    data = language(data_language(lang)).table("actors")
    return [re.compile(p) for p in data.get("supporters", {}).get("patterns", [])]


@cache
def _scans(lang: str) -> tuple[list[tuple[Prefilter, str, str]], list[Prefilter],
                               list[tuple[Prefilter, str, str, str]]]:
    """The armed groups, supporters and lexicon of ``lang`` with their prefilters."""
    return ([(Prefilter(rx), label, typ) for rx, label, typ in armed_groups()],
            [Prefilter(rx) for rx in _supporters(lang)],
            [(Prefilter(rx), label, typ, role) for rx, label, typ, role in _lexicon(lang)])


@cache
def loaded_words(lang: str) -> frozenset[str]:
    """Judgemental words that must never enter a coded field (``regime``, ``golpista``)."""
    words: set[str] = set()
    for code in {data_language(lang), "en"}:
        loaded = language(code).table("actors").get("loaded", {})
        words.update(w.lower() for w in loaded.get("words", []))
    return frozenset(words)


class ActorFinder:
    """Adds ``Mention(kind="actor", value=<label>, attrs={"type", "role"})``.

    Lexicon actors come from ``<lang>/actors.toml``; named organisations are found by the
    "Full Name (ACR)" pattern and then by their acronym elsewhere in the text; supporters
    of a named person become "<Name> supporters". Loaded words never become labels.
    """

    name = "willay.ActorFinder.v1"

    def __call__(self, doc: Document) -> Document:
        lang = doc.language or "en"
        text = doc.text
        taken = Taken(len(text))

        def free(start: int, end: int) -> bool:
            return not taken.overlaps(start, end)

        def add(start: int, end: int, label: str, typ: str, role: str) -> None:
            if label.lower() in loaded_words(lang):
                return
            taken.add(start, end)
            doc.mentions.append(Mention("actor", doc.span(start, end), label,
                                        {"type": typ, "role": role}))

        acronyms: set[str] = set()
        for match in _ACRONYM.finditer(text):
            acr = match.group("acr")
            if acr.isupper() or sum(c.isupper() for c in acr) >= 2:
                acronyms.add(acr)
                add(match.start("name"), match.end("acr") + 1, acr, "Organisation", "org")
        for acr in sorted(acronyms):
            for match in re.finditer(rf"(?<![\w(]){re.escape(acr)}(?!\w)", text):
                if free(*match.span()):
                    add(*match.span(), acr, "Organisation", "org")
        folded = fold(text)
        armed, supporters, lexicon = _scans(lang)
        for scan, label, typ in armed:
            for match in scan.finditer(text, folded):
                if free(*match.span()):
                    add(*match.span(), label, typ, "armed")
        for scan in supporters:
            for match in scan.finditer(text, folded):
                name = match.groupdict().get("name") or match.groupdict().get("name2")
                if not name or not free(*match.span()):
                    continue
                surname = name.split()[-1]
                if surname.lower() in loaded_words(lang):
                    continue
                add(*match.span(), f"{surname} supporters", "Political militias", "crowd")
        for scan, label, typ, role in lexicon:
            for match in scan.finditer(text, folded):
                if free(*match.span()):
                    add(*match.span(), label, typ, role)
        doc.mentions.sort(key=lambda m: (m.start, m.end))
        return doc
