"""Hand-built test documents: sentences end at each ". ", paragraphs at line breaks."""

from __future__ import annotations

from willay.model.document import Document, Sentence
from willay.model.span import Span


def make_doc(text: str, lang: str | None) -> Document:
    """A document whose sentences end at each ". " and whose paragraphs end at line breaks."""
    sentences: list[Sentence] = []
    start = 0
    paragraph = 0
    for i in range(len(text) + 1):
        at_end = i == len(text)
        stop = at_end or text[i] == "\n" or (text[i] == "." and text[i + 1 : i + 2] in (" ", "\n"))
        if not stop:
            continue
        end = i if at_end or text[i] == "\n" else i + 1
        chunk = text[start:end]
        if chunk.strip():
            s = start + len(chunk) - len(chunk.lstrip())
            sentences.append(Sentence(Span.of(text, s, s + len(chunk.strip())), paragraph))
        if not at_end and text[i] == "\n":
            paragraph += 1
        start = end
    return Document(id="t", text=text, language=lang, sentences=sentences)
