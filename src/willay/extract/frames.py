"""EventFrames: decide what kind of event each action states, from the parts around it.

For every action part (:mod:`willay.extract.parts`) the component reads its sentence —
the means and targets named, the actors with their roles, who acts on whom — and tries
the ordered rules of ``willay/lang/frames.toml``; the first that holds gives the class
of an event head, added as ``Mention(kind="trigger", value=<class>,
attrs={"role": "head", "tags", "frame", "agent", "patient"})``. ``agent``/``patient`` are
the actor mentions found for the action (or ``None``), so the builder can say who did
what to whom. The grammar words that tell a passive verb and its agent are per language
(``[grammar]`` of ``<lang>/parts.toml``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from willay.extract.lexicon import data_language
from willay.extract.modality import CLAUSE_PUNCTUATION
from willay.extract.phrases import Word, words
from willay.lang.language import language
from willay.lang.loader import LANG_DIR
from willay.model import Document, Mention

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

#: Words between an action and the actor it looks for (agent before, patient after).
REACH = 12
#: Sentences before an action (and the one after it) in which demonstrators make it part
#: of a crowd event.
CROWD_REACH = 2
#: Words between an action and the thing it is done to, after it ("burned three police
#: stations") and before it ("the mosque was targeted", "a bank raid"): a target further
#: away belongs to another clause or is a modifier ("the home minister said the attack").
#: The subject of a passive verb may stand as far as an actor (``REACH``).
TARGET_AFTER = 8
TARGET_BEFORE = 3
#: Words between "by" and the actor it introduces ("by a team of soldiers").
AGENT_REACH = 4
#: Actions that say a demonstration is going on in a sentence.
CROWD_ACTIONS = frozenset({"protest", "march", "strike", "blockade", "occupation",
                           "hunger_strike", "riot", "force", "funeral"})
#: Actions that say someone was harmed.
HARM_ACTIONS = frozenset({"kill", "die", "wound", "shoot"})


@dataclass(frozen=True, slots=True)
class Frame:
    """One rule of ``frames.toml``: conditions and the class they give."""

    cls: str
    conditions: dict[str, frozenset[str]]
    crowd: bool | None = None
    harm: bool | None = None
    passive: bool | None = None
    crowd_here: bool | None = None


    def holds(self, facts: dict[str, set[str | None]], flags: dict[str, bool]) -> bool:
        """All conditions of the rule hold for an action's ``facts`` and ``flags``."""
        for key, wanted in self.conditions.items():
            fact, shared = _SET_TESTS[key]
            if bool(wanted & facts[fact]) != shared:
                return False
        for name in ("crowd", "crowd_here", "harm", "passive"):
            value = getattr(self, name)
            if value is not None and value != flags[name]:
                return False
        return True


@dataclass(frozen=True, slots=True)
class Grammar:
    passive: frozenset[str]
    agent: frozenset[str]
    patient: frozenset[str]
    after: frozenset[str]
    genitive: frozenset[str] = frozenset()


@cache
def frames() -> tuple[tuple[Frame, ...], dict[str, list[str]]]:
    """The ordered rules and the tags per class (parsed once)."""
    with (LANG_DIR / "frames.toml").open("rb") as handle:
        data = tomllib.load(handle)
    out = []
    for table in data.get("frame", []):
        conditions = {k: frozenset(str(v) for v in table[k]) for k in _SET_TESTS if k in table}
        out.append(Frame(str(table["class"]), conditions, table.get("crowd"), table.get("harm"),
                         table.get("passive"), table.get("crowd_here")))
    tags = {str(k): [str(t) for t in v] for k, v in data.get("tags", {}).items()}
    return tuple(out), tags


@cache
def rules_for(cls: str) -> tuple[Frame, ...]:
    """The rules of :func:`frames` that may hold for an action of class ``cls``, in their
    order: those that name no action and those that name this one."""
    return tuple(rule for rule in frames()[0]
                 if "action" not in rule.conditions or cls in rule.conditions["action"])


@cache
def grammar(lang: str) -> Grammar:
    data: dict[str, Any] = language(data_language(lang)).table("parts").get("grammar", {})
    return Grammar(*(frozenset(str(w).lower() for w in data.get(key, []))
                     for key in ("passive", "agent", "patient", "after_participle",
                                 "genitive")))


@dataclass(slots=True)
class Sentence:
    """The parts of one sentence that frames look at."""

    start: int
    end: int
    actions: list[Mention] = field(default_factory=list)
    means: set[str] = field(default_factory=set)
    targets: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    crowd: bool = False
    asides: list[tuple[int, int]] = field(default_factory=list)

    @property
    def roles(self) -> set[str]:
        return {str(a.attrs.get("role")) for a in self.actors}

    @property
    def harm(self) -> bool:
        return any(str(a.value) in HARM_ACTIONS for a in self.actions)


class EventFrames:
    """Pipeline component: action parts -> event heads (``trigger`` mentions)."""

    name = "willay.EventFrames.v1"

    def __call__(self, doc: Document) -> Document:
        if not doc.sentences:
            return doc
        lang = doc.language or "en"
        sents = _sentences(doc)
        seq = words(doc.text)
        starts = [w.start for w in seq]
        tags = frames()[1]
        gram = grammar(lang)
        voices = [[_roles(a, info, seq, starts, gram, doc.text) for a in info.actions]
                  for info in sents]
        for info, these in zip(sents, voices, strict=True):
            info.crowd = info.crowd or any(
                str(a.value) in CROWD_ACTIONS and _role(v.agent) not in ("armed", "force")
                for a, v in zip(info.actions, these, strict=True))
        for i, info in enumerate(sents):
            crowd = any(s.crowd for s in sents[max(0, i - CROWD_REACH) : i + 2])
            story = {r for s in sents[max(0, i - CROWD_REACH) : i + 1] for r in s.roles}
            for action, voice in zip(info.actions, voices[i], strict=True):
                cls = _decide(rules_for(str(action.value)), action, info, voice, crowd, story)
                if not cls:
                    continue
                doc.mentions.append(Mention("trigger", action.span, cls, {
                    "role": "head", "tags": list(tags.get(cls, [])),
                    "action": str(action.value), "agent": voice.agent,
                    "patient": voice.patient, "passive": voice.passive, "crowd": crowd}))
        doc.mentions.sort(key=lambda m: (m.start, m.end))
        return doc


#: An aside inside a sentence: brackets, or a pair of dashes ("Rebels -- accused of
#: recruiting child soldiers -- seized the town"): its actors are not the verb's.
_ASIDE = re.compile(r"\([^()]{1,300}\)|\s(--|–|—)\s[^–—]{1,300}?\s\1\s")


def _sentences(doc: Document) -> list[Sentence]:
    out = [Sentence(s.start, s.end, asides=[
        m.span() for m in _ASIDE.finditer(doc.text, s.start, s.end)]) for s in doc.sentences]
    for m in doc.mentions:
        i = doc.sentence_index(m.start)
        if i is None:
            continue
        info = out[i]
        if m.kind == "part":
            part = m.attrs.get("part")
            if part == "action":
                info.actions.append(m)
            elif part == "means":
                info.means.add(str(m.value))
            elif part == "target":
                info.targets.append(m)
        elif m.kind == "actor":
            info.actors.append(m)
            info.crowd = info.crowd or m.attrs.get("role") in ("crowd",)
    return out


@dataclass(frozen=True, slots=True)
class Voice:
    """Who does an action to whom, and whether the verb is passive."""

    agent: Mention | None
    patient: Mention | None
    passive: bool
    targets: frozenset[str] = frozenset()


def _roles(action: Mention, info: Sentence, seq: list[Word], starts: list[int],
           gram: Grammar, text: str) -> Voice:
    """The agent and the patient of ``action`` among the sentence's actors."""
    first = bisect.bisect_left(starts, action.start)
    last = max(first, bisect.bisect_left(starts, action.end) - 1)
    before, after = _actors_around(action, info, starts, first, last)
    passive = _passive(action, before, seq, starts, first, last, gram, text)
    before_reach = REACH if passive else TARGET_BEFORE
    targets = frozenset(str(t.value) for t in info.targets
                        if _near_target(t, first, last, starts, before_reach))
    by_agent = next((a for a in after if _preceded_by(a, seq, starts, gram.agent)), None)
    if passive:
        return Voice(by_agent, before[-1] if before else None, True, targets)
    owner = _genitive_agent(action, after, seq, starts, last, gram, info.targets)
    if owner is not None:
        return Voice(owner, None, False, targets)
    patient = next((a for a in after if not _preceded_by(a, seq, starts, gram.agent)), None)
    # with no actor before it, a noun's agent follows it: "the attack by gunmen"
    agent = before[-1] if before else by_agent
    return Voice(agent, patient, False, targets)


#: Actions whose noun names its doer in a genitive ("un disparo de la policía").
GENITIVE_AGENT_ACTIONS = frozenset({"shoot", "attack"})


def _genitive_agent(action: Mention, after: list[Mention], seq: list[Word],
                    starts: list[int], last: int, gram: Grammar,
                    targets: list[Mention]) -> Mention | None:
    """"Murió por un disparo de la policía", "touché par un tir des forces de l'ordre":
    security forces or an armed group in the genitive right after a shot or an attack
    (or after the bullet of it) are its doer, whoever the subject of the clause is. A
    target between them makes the genitive the target's owner ("atacaram o quartel do
    exército": the army's barracks were attacked)."""
    if str(action.value) not in GENITIVE_AGENT_ACTIONS or not after or not gram.genitive:
        return None
    first = after[0]
    if any(action.end <= t.start < first.start for t in targets):
        return None
    i = bisect.bisect_left(starts, first.start)
    if not 0 < i - last <= 5 or _role(first) not in ("force", "armed"):
        return None
    # "de la policía", "da polícia", "of the army": the genitive right before the actor
    # or its article; "atingido por uma bala da polícia": the bullet's owner fired it
    between = seq[last + 1 : i]
    return first if any(w.low in gram.genitive for w in between[-2:]) else None


def _actors_around(action: Mention, info: Sentence, starts: list[int], first: int,
                   last: int) -> tuple[list[Mention], list[Mention]]:
    """The sentence's actors within reach before and after the action, asides left out."""
    apart = [(a, b) for a, b in info.asides if not a <= action.start < b]
    actors = [m for m in info.actors if not any(a <= m.start < b for a, b in apart)]
    before = [a for a in actors if a.end <= action.start
              and first - bisect.bisect_left(starts, a.start) <= REACH]
    after = [a for a in actors if a.start >= action.end
             and bisect.bisect_left(starts, a.start) - last <= REACH]
    return before, after


def _passive(action: Mention, before: list[Mention], seq: list[Word], starts: list[int],
             first: int, last: int, gram: Grammar, text: str) -> bool:
    """Whether the action is a passive verb (an auxiliary before it in its clause, or a
    headline's bare participle). "Is back under the control of the army" names its holder
    after it, whatever auxiliary comes before. An auxiliary behind a comma belongs to
    another clause ("dos uniformados que no han sido identificados, agredieron")."""
    if str(action.value) == "controlled_by":
        return False
    return any(seq[j].low in gram.passive and not CLAUSE_PUNCTUATION.search(
                   text, seq[j].end, action.start)
               for j in range(max(0, first - 3), first)) \
        or _elided_passive(before, seq, starts, first, last, gram)


def _near_target(m: Mention, first: int, last: int, starts: list[int], before: int) -> bool:
    """A target close enough to the action spanning words ``first``..``last`` (the
    subject of a passive verb may stand further before it)."""
    i = bisect.bisect_left(starts, m.start)
    return first - i <= before if i < first else i - last <= TARGET_AFTER


def _elided_passive(before: list[Mention], seq: list[Word], starts: list[int],
                    first: int, last: int, gram: Grammar) -> bool:
    """A headline's participle with no auxiliary: "Eight civilians killed in Titao" — the
    actor right before the action and a preposition right after it, not an object."""
    if not before or last + 1 >= len(seq) or seq[last + 1].low not in gram.after:
        return False
    if last > first:
        return False  # "forces opened fire on": a verb and its object, not a participle
    actor_last = bisect.bisect_left(starts, before[-1].end) - 1
    return actor_last == first - 1


def _role(actor: Mention | None) -> str | None:
    return str(actor.attrs.get("role")) if actor is not None else None


def _preceded_by(actor: Mention, seq: list[Word], starts: list[int],
                 preps: frozenset[str]) -> bool:
    i = bisect.bisect_left(starts, actor.start)
    return any(seq[j].low in preps for j in range(max(0, i - AGENT_REACH), i))


#: Condition keys of a frame: the fact they read and whether it must share a word with
#: the condition (``False``: it must share none).
_SET_TESTS = {"action": ("action", True), "means": ("means", True),
              "no_means": ("means", False), "target": ("target", True),
              "no_target": ("target", False), "agent": ("agent", True),
              "not_agent": ("agent", False), "patient": ("patient", True),
              "actors": ("actors", True), "story_actors": ("story_actors", True),
              "with": ("with", True)}


def _decide(rules: tuple[Frame, ...], action: Mention, info: Sentence, voice: Voice,
            crowd: bool, story: set[str]) -> str:
    """The class of the first rule that holds ("" when none does or it says none)."""
    cls = str(action.value)
    facts: dict[str, set[str | None]] = {
        "action": {cls}, "means": set(info.means), "target": set(voice.targets),
        "agent": {_role(voice.agent)}, "patient": {_role(voice.patient)},
        "actors": set(info.roles), "story_actors": set(story),
        "with": {str(a.value) for a in info.actions if a is not action},
    }
    flags = {"crowd": crowd, "crowd_here": info.crowd, "harm": info.harm,
             "passive": voice.passive}
    for rule in rules:
        if rule.holds(facts, flags):
            return cls if rule.cls == "same" else rule.cls
    return ""
