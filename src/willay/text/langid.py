"""Language identification: sets ``doc.language`` and ``doc.language_score`` with py3langid.

py3langid ships its model inside the package, so nothing is downloaded. The rule:

1. a language declared by the input (JSONL ``lang``, ``<html lang>``) is kept as it is
   (``language_score`` stays None, meaning "declared"), reduced to its primary subtag;
2. otherwise the full model (97 languages) reads the title and the first
   :data:`SAMPLE_CHARS` characters of the text; when its best language is not supported
   and its probability is at least ``threshold``, that code is stored with the warning
   ``unsupported language 'de'`` so that the pipeline can skip extraction;
3. otherwise the model restricted to the supported languages decides (close languages
   such as Galician or Latin often win short Spanish or Portuguese texts in the full
   model, and the restricted model corrects that).

The supported languages are those with a data directory
(:func:`willay.lang.loader.supported_languages`), not a list kept here; a code the model
does not know is supported when the input declares it.

Texts with fewer than :data:`MIN_LETTERS` letters get no language and the warning
``language not identified (text too short)``; a declared unsupported language gets the
same ``unsupported language`` warning.
"""

from __future__ import annotations

from typing import Any

from willay.lang.loader import supported_languages
from willay.model.document import Document

#: Probability above which an unsupported language is believed.
DEFAULT_THRESHOLD = 0.9
#: Characters of text read by the model (enough for news; keeps long documents fast).
SAMPLE_CHARS = 3000
#: Fewest letters for an identification to be tried.
MIN_LETTERS = 20


def unsupported_warning(code: str) -> str:
    """The warning stored on a document in an unsupported language."""
    return f"unsupported language {code!r}"


def _primary(code: str) -> str:
    return code.strip().replace("_", "-").split("-")[0].lower()


class LanguageIdentifier:
    """Pipeline component: the document's language and the model's probability for it."""

    def __init__(
        self,
        supported: tuple[str, ...] | None = None,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        #: the languages with data (:func:`willay.lang.loader.supported_languages`) unless given
        self.supported = tuple(supported_languages() if supported is None else supported)
        self.threshold = threshold
        self._full: Any = None
        self._restricted: Any = None

    def _models(self) -> tuple[Any, Any]:
        if self._full is None:
            from py3langid.langid import MODEL_FILE
            from py3langid.langid import LanguageIdentifier as Model

            full = Model.from_model_file(MODEL_FILE, norm_probs=True)
            # The restricted model shares the full model's tables (the byte automaton
            # alone is tens of MiB): reading the file twice doubled the memory of
            # every process and the time to load it.
            restricted = Model(full.nb_ptc, full.nb_pc, list(full.nb_classes),
                               full.tk_nextmove, full.tk_output, norm_probs=True,
                               tk_row=full.tk_row)
            # a language the model does not know (a code of one's own) is only ever declared
            known = set(full.nb_classes)
            restricted.set_languages([c for c in self.supported if c in known] or None)
            self._full, self._restricted = full, restricted
        return self._full, self._restricted

    def identify(self, text: str) -> tuple[str | None, float | None]:
        """``(code, probability)`` for ``text``; ``(None, None)`` when it is too short."""
        sample = text[:SAMPLE_CHARS]
        if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
            return None, None
        full, restricted = self._models()
        code, prob = full.classify(sample)
        if code in self.supported or prob >= self.threshold:
            return str(code), float(prob)
        code, prob = restricted.classify(sample)
        return str(code), float(prob)

    def __call__(self, doc: Document) -> Document:
        if doc.language:
            doc.language = _primary(doc.language)
        else:
            sample = f"{doc.title}\n{doc.text}" if doc.title else doc.text
            code, prob = self.identify(sample)
            if code is None:
                doc.warnings.append("language not identified (text too short)")
                return doc
            doc.language, doc.language_score = code, round(prob or 0.0, 4)
        if doc.language not in self.supported:
            warning = unsupported_warning(doc.language)
            if warning not in doc.warnings:
                doc.warnings.append(warning)
        return doc
