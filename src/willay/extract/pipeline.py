"""Pipeline: the ordered components that turn a Document into event reports and tallies."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Protocol

from willay.config import time_budget_from_env
from willay.errors import ConfigError
from willay.model import Document
from willay.model.offsets import to_given_text


class Component(Protocol):
    """A pipeline stage: takes the document, adds annotations, returns it."""

    def __call__(self, doc: Document) -> Document: ...


#: Registered component factories, by versioned name -> "module:attribute".
REGISTRY: Mapping[str, str] = MappingProxyType({
    "willay.LanguageIdentifier.v1": "willay.text.langid:LanguageIdentifier",
    "willay.Segmenter.v1": "willay.text.segment:Segmenter",
    "willay.PlaceFinder.v1": "willay.extract.places:PlaceFinder",
    "willay.PlaceEchoes.v1": "willay.extract.echoes:PlaceEchoes",
    "willay.SiteFinder.v1": "willay.extract.sites:SiteFinder",
    "willay.DateFinder.v1": "willay.extract.dates:DateFinder",
    "willay.ModalityFinder.v1": "willay.extract.modality:ModalityFinder",
    "willay.TriggerFinder.v1": "willay.extract.triggers:TriggerFinder",
    "willay.ActorFinder.v1": "willay.extract.actors:ActorFinder",
    "willay.PartFinder.v1": "willay.extract.parts:PartFinder",
    "willay.EventFrames.v1": "willay.extract.frames:EventFrames",
    "willay.FigureFinder.v1": "willay.extract.figures:FigureFinder",
    "willay.EventBuilder.v1": "willay.extract.events:EventBuilder",
})

#: The rules backend, in order. Every stage only adds to the document.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "willay.LanguageIdentifier.v1",
    "willay.Segmenter.v1",
    "willay.PlaceFinder.v1",
    "willay.PlaceEchoes.v1",
    "willay.SiteFinder.v1",
    "willay.DateFinder.v1",
    "willay.ModalityFinder.v1",
    "willay.TriggerFinder.v1",
    "willay.ActorFinder.v1",
    "willay.PartFinder.v1",
    "willay.EventFrames.v1",
    "willay.FigureFinder.v1",
    "willay.EventBuilder.v1",
)

#: Stages that run whatever the language; the others need a supported language.
LANGUAGE_FREE = frozenset({"willay.LanguageIdentifier.v1", "willay.Segmenter.v1"})


def create_component(name: str) -> Component:
    """Build the registered component ``name`` (``willay.Segmenter.v1``)."""
    try:
        target = REGISTRY[name]
    except KeyError:
        raise ConfigError(f"unknown pipeline component {name!r}") from None
    module_name, attr = target.split(":")
    factory: Callable[[], Component] = getattr(importlib.import_module(module_name), attr)
    return factory()


#: The start of the warning of a document whose time budget ran out.
BUDGET_WARNING = "time budget"


class Pipeline:
    """Runs components in order. Documents in an unsupported language stop after the
    language-independent stages (their warning says so) and yield no events.

    Components work on the clean view (``doc.text`` while they run); the last step,
    whatever stage the run stopped at, moves every span into the text as given
    (:func:`willay.model.offsets.to_given_text`).

    A document may take ``time_budget`` seconds (``settings.time_budget``,
    ``WILLAY_TIME_BUDGET``; 0 for no limit). The budget is checked before each
    component: once it is spent, the remaining components do not run, the document keeps
    no events or tallies and its warning says so, so one huge or hostile input cannot
    hold a worker for long.
    """

    def __init__(self, names: Sequence[str] = DEFAULT_COMPONENTS) -> None:
        self.names = tuple(names)
        self.components = [create_component(n) for n in self.names]

    def __call__(self, doc: Document, time_budget: float | None = None) -> Document:
        from willay.lang.loader import supported_languages

        budget = time_budget_from_env() if time_budget is None else time_budget
        started = time.monotonic()
        for name, component in zip(self.names, self.components, strict=True):
            if name not in LANGUAGE_FREE and doc.language not in supported_languages():
                if doc.language and not any("unsupported language" in w for w in doc.warnings):
                    doc.warnings.append(f"unsupported language {doc.language!r}: no extraction")
                break
            spent = time.monotonic() - started
            if budget > 0 and spent > budget:
                doc.reports, doc.tallies = [], []
                doc.warnings.append(
                    f"{BUDGET_WARNING} of {budget:g} s spent ({spent:.1f} s, "
                    f"{len(doc.text)} characters): extraction stopped before {name}, no "
                    f"events kept; split the text or raise WILLAY_TIME_BUDGET")
                break
            doc = component(doc)
        return to_given_text(doc)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The default rules pipeline, built once per process."""
    return Pipeline()


def extract(doc: Document, time_budget: float | None = None) -> Document:
    """Run the default pipeline on ``doc`` and return it with reports and tallies.

    ``time_budget`` in seconds (0: none) defaults to ``WILLAY_TIME_BUDGET``.
    """
    return default_pipeline()(doc, time_budget)
