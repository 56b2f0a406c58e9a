"""Document: the sentence lookup answers as a scan of the sentences in order would."""

from __future__ import annotations

import itertools
import random

from willay.model.document import Document, Sentence, SentenceIndex
from willay.model.span import Span


def _scan(sentences: list[Sentence], offset: int) -> int | None:
    return next((i for i, s in enumerate(sentences) if s.start <= offset < s.end), None)


def _sentences(text: str, cuts: list[int]) -> list[Sentence]:
    bounds = sorted({0, len(text), *cuts})
    return [Sentence(Span.of(text, a, b), n) for n, (a, b) in enumerate(itertools.pairwise(bounds))]


def test_lookup_of_ordered_and_shuffled_sentences_matches_a_scan() -> None:
    rng = random.Random(7)
    text = "Students marched in Tamb. Police arrested ten. " * 20
    for _ in range(200):
        sents = _sentences(text, [rng.randrange(len(text)) for _ in range(rng.randrange(12))])
        # gaps between sentences, empty ones and some out of order
        sents = [s for s in sents if rng.random() < 0.8]
        if rng.random() < 0.3:
            sents.append(Sentence(Span.of(text, 40, 40), 0))
        if rng.random() < 0.3:
            rng.shuffle(sents)
        index = SentenceIndex(sents)
        for offset in range(-2, len(text) + 2, 3):
            assert index.index(offset) == _scan(sents, offset)
            expected = next((i for i, s in enumerate(sents) if s.start >= offset), None)
            assert index.first_from(offset) == expected


def test_document_lookup_follows_a_replaced_or_longer_sentence_list() -> None:
    text = "One. Two. Three."
    doc = Document(id="d", text=text, sentences=_sentences(text, [5]))
    assert doc.sentence_index(12) == 1
    doc.sentences.append(Sentence(Span.of(text, 10, 16), 2))
    doc.sentences[1] = Sentence(Span.of(text, 5, 10), 1)
    assert doc.sentence_index(12) == 2
    doc.sentences = _sentences(text, [4, 9])
    assert doc.sentence_at(12) == doc.sentences[2]
    assert doc.sentence_index(99) is None
