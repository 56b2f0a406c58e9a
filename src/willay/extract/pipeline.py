"""Pipeline: the ordered components that turn a Document into event reports and tallies."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Protocol

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


class Pipeline:
    """Runs components in order. Documents in an unsupported language stop after the
    language-independent stages (their warning says so) and yield no events.

    Components work on the clean view (``doc.text`` while they run); the last step,
    whatever stage the run stopped at, moves every span into the text as given
    (:func:`willay.model.offsets.to_given_text`)."""

    def __init__(self, names: Sequence[str] = DEFAULT_COMPONENTS) -> None:
        self.names = tuple(names)
        self.components = [create_component(n) for n in self.names]

    def __call__(self, doc: Document) -> Document:
        from willay.lang.loader import supported_languages

        for name, component in zip(self.names, self.components, strict=True):
            if name not in LANGUAGE_FREE and doc.language not in supported_languages():
                if doc.language and not any("unsupported language" in w for w in doc.warnings):
                    doc.warnings.append(f"unsupported language {doc.language!r}: no extraction")
                break
            doc = component(doc)
        return to_given_text(doc)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The default rules pipeline, built once per process."""
    return Pipeline()


def extract(doc: Document) -> Document:
    """Run the default pipeline on ``doc`` and return it with reports and tallies."""
    return default_pipeline()(doc)
