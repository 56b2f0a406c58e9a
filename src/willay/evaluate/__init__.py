"""Evaluation against gold: load gold and corpus, align predicted and gold events, score.

Modules: :mod:`~willay.evaluate.gold` (gold files), :mod:`~willay.evaluate.corpus`
(corpus files), :mod:`~willay.evaluate.predictions` (output-contract predictions),
:mod:`~willay.evaluate.runner` (running the extractor), :mod:`~willay.evaluate.sentences`
(sentence bounds), :mod:`~willay.evaluate.compare` (field rules),
:mod:`~willay.evaluate.align` (matching), :mod:`~willay.evaluate.score` (counts and
figures), :mod:`~willay.evaluate.render` (text output), :mod:`~willay.evaluate.api`
(entry points) and :mod:`~willay.evaluate.gate` (pinned floors).
"""

from willay.evaluate.api import EvalSet, evaluate, prepare
from willay.evaluate.corpus import Corpus, CorpusDoc, load_corpus
from willay.evaluate.gold import GoldDoc, GoldEvent, GoldSet, GoldTally, load_gold
from willay.evaluate.predictions import PredDoc, PredEvent, PredFigure, PredTally, load_predictions
from willay.evaluate.score import Counts, DocResult, Evaluation, score_document

__all__ = [
    "Corpus",
    "CorpusDoc",
    "Counts",
    "DocResult",
    "EvalSet",
    "Evaluation",
    "GoldDoc",
    "GoldEvent",
    "GoldSet",
    "GoldTally",
    "PredDoc",
    "PredEvent",
    "PredFigure",
    "PredTally",
    "evaluate",
    "load_corpus",
    "load_gold",
    "load_predictions",
    "prepare",
    "score_document",
]
