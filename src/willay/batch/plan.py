"""Batch planning: split input files, directories and WARC archives into stable partitions."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from willay.errors import ConfigError, InputError
from willay.sources.warc import WarcCounts, index_warc, is_warc

#: Suffixes read as documents when a directory is given (WARC archives included).
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
#: Documents per partition unless told otherwise.
DEFAULT_PARTITION_SIZE = 25


@dataclass(frozen=True)
class Partition:
    """A unit of work: some files, or some HTML responses of one WARC archive.

    ``key`` is stable across runs for the same input (it names the files and offsets,
    not the run), so that a re-run can tell which partitions are already done.
    ``size`` is the number of documents expected (a JSONL file counts its lines).
    """

    index: int
    kind: str  # "files" or "warc"
    paths: tuple[str, ...]
    offsets: tuple[int, ...] = ()
    size: int = 0
    key: str = ""

    @property
    def label(self) -> str:
        if self.kind == "warc":
            return f"{self.paths[0]} records {self.offsets[0]}..{self.offsets[-1]}"
        if len(self.paths) == 1:
            return self.paths[0]
        return f"{self.paths[0]} (+{len(self.paths) - 1})"


@dataclass
class Plan:
    """Partitions in a fixed order, with what the WARC archives held and what could not be read."""

    partitions: list[Partition] = field(default_factory=list)
    warc: WarcCounts = field(default_factory=WarcCounts)
    unreadable: list[InputError] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return sum(p.size for p in self.partitions)


def _key(kind: str, paths: Sequence[str], offsets: Sequence[int]) -> str:
    text = "\n".join([kind, *paths, ",".join(map(str, offsets))])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _expand(inputs: Sequence[str]) -> Iterator[Path]:
    for item in inputs:
        if item == "-":
            raise ConfigError("-: standard input cannot be split into partitions; give files")
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and (
                    child.name.lower().endswith(DOCUMENT_SUFFIXES) or is_warc(child)
                ):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise ConfigError(f"{item}: no such file or directory")


def _jsonl_lines(path: Path) -> int:
    with open(path, "rb") as stream:
        return sum(1 for line in stream if line.strip())


def plan_partitions(inputs: Sequence[str], size: int = DEFAULT_PARTITION_SIZE) -> Plan:
    """Split ``inputs`` into partitions of about ``size`` documents, in input order.

    A WARC archive is indexed once (offsets of its HTML responses) and cut into runs of
    ``size`` responses; other files are grouped ``size`` files at a time, a JSONL file
    forming a partition of its own.
    """
    if size < 1:
        raise ConfigError(f"{size}: the partition size must be at least 1")
    plan = Plan()
    loose: list[str] = []

    def add(kind: str, paths: Sequence[str], offsets: Sequence[int], count: int) -> None:
        plan.partitions.append(
            Partition(
                index=len(plan.partitions),
                kind=kind,
                paths=tuple(paths),
                offsets=tuple(offsets),
                size=count,
                key=_key(kind, paths, offsets),
            )
        )

    def flush() -> None:
        if loose:
            add("files", loose, (), len(loose))
            loose.clear()

    for path in _expand(inputs):
        name = str(path.resolve())
        if is_warc(path):
            flush()
            try:
                offsets, counts = index_warc(path)
            except InputError as exc:
                plan.unreadable.append(exc)
                continue
            plan.warc.add(counts)
            for start in range(0, len(offsets), size):
                chunk = offsets[start : start + size]
                add("warc", [name], chunk, len(chunk))
        elif path.name.lower().endswith(".jsonl"):
            flush()
            add("files", [name], (), _jsonl_lines(path))
        else:
            loose.append(name)
            if len(loose) >= size:
                flush()
    flush()
    return plan
