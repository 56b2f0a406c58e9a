"""One partition on a worker: read its documents and run the extraction pipeline on each."""

from __future__ import annotations

import os
import resource
import socket
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from willay.batch.plan import Partition
from willay.config import Settings
from willay.errors import InputError
from willay.lang.language import languages
from willay.model.document import Document

#: A pipeline: the default is ``willay.extract.pipeline.extract``.
Process = Callable[[Document], Document]


@dataclass
class Failure:
    """A document that could not be processed, with a one-line reason."""

    source: str
    reason: str

    def line(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class PartitionResult:
    """What a worker gives back for one partition: processed documents and failures."""

    index: int
    key: str
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    worker: str = ""
    peak_rss: int = 0  # bytes, the worker process's peak resident memory so far
    #: bytes of memory the worker holds alone (pages it shares with other processes, as
    #: forked workers share the loaded language data, not counted); 0 when unknown
    unique: int = 0

    @property
    def read(self) -> int:
        return len(self.documents) + len(self.failures)


def _peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) if sys.platform == "darwin" else int(peak) * 1024


def _unique_memory() -> int:
    """Bytes of this process's memory that no other process shares (USS; 0 if unknown)."""
    try:
        import psutil

        return int(psutil.Process().memory_full_info().uss)
    except Exception:  # no psutil, or a platform without the figure: not measured
        return 0


def _default_process(doc: Document) -> Document:
    from willay.extract.pipeline import extract

    return extract(doc)


def warm_up() -> str:
    """Build the default pipeline in this process (data files, gazetteer, the language
    data of every supported language) on each language's sample sentence
    (``language.toml``, ``sample``); returns the worker's name.

    The batch runs it on every worker at once before the first partition: what goes
    into the cache directory is built under a lock (the gazetteer) or written
    atomically (lexicons), so concurrent workers are safe.
    """
    from willay.extract.pipeline import extract

    for lang in languages():
        if lang.sample is None:
            continue
        doc = extract(Document(id=f"warm-up-{lang.code}", text=lang.sample))
        if doc.language != lang.code:  # a code the language identifier does not know
            extract(Document(id=f"warm-up-{lang.code}", text=lang.sample, language=lang.code))
    return f"{socket.gethostname()}:{os.getpid()}"


def read_partition(part: Partition, settings: Settings) -> Iterator[Document | InputError]:
    """The documents of a partition, in order, with the same readers as ``willay ingest``."""
    if part.kind == "warc":
        from willay.ingest import document_from_html
        from willay.sources.warc import read_pages

        for page in read_pages(part.paths[0], part.offsets):
            if isinstance(page, InputError):
                yield page
                continue
            try:
                yield document_from_html(page.content, source=page.source, url=page.url)
            except InputError as exc:
                yield exc
    else:
        from willay.ingest import read_inputs

        yield from read_inputs(list(part.paths), settings)


def _for_the_sink(doc: Document) -> Document:
    """``doc`` without what no sink reads (the components' mentions and sentences), so
    that the result a worker sends back to the client costs a fraction to pickle."""
    doc.mentions = []
    doc.sentences = []
    return doc


def run_partition(
    part: Partition, settings: Settings, process: Process | None = None
) -> PartitionResult:
    """Process every document of ``part``; a failing document is recorded, the rest go on."""
    started = time.perf_counter()
    pipeline = process or _default_process
    result = PartitionResult(
        index=part.index, key=part.key, worker=f"{socket.gethostname()}:{os.getpid()}"
    )
    documents = read_partition(part, settings)
    while True:
        try:
            item = next(documents)
        except StopIteration:
            break
        except InputError as exc:  # a reader that raises instead of yielding
            result.failures.append(Failure(exc.source, exc.reason))
            break
        if isinstance(item, InputError):
            result.failures.append(Failure(item.source, item.reason))
            continue
        try:
            result.documents.append(_for_the_sink(pipeline(item)))
        except Exception as exc:  # one bad document must not stop its partition
            reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
            result.failures.append(Failure(item.source or item.id, reason))
    result.seconds = time.perf_counter() - started
    result.peak_rss = _peak_rss()
    result.unique = _unique_memory()
    return result
