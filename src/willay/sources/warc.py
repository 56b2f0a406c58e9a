"""WARC and WARC.gz archives: find and read their HTML responses (200, text/html) with warcio."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from willay.errors import InputError

#: HTTP content types taken as articles.
WARC_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class WarcCounts:
    """What an archive held: HTML responses taken and everything skipped, by reason."""

    records: int = 0
    html: int = 0
    skipped_not_response: int = 0
    skipped_status: int = 0
    skipped_type: int = 0
    statuses: dict[str, int] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return self.skipped_not_response + self.skipped_status + self.skipped_type

    def add(self, other: WarcCounts) -> None:
        self.records += other.records
        self.html += other.html
        self.skipped_not_response += other.skipped_not_response
        self.skipped_status += other.skipped_status
        self.skipped_type += other.skipped_type
        for key, value in other.statuses.items():
            self.statuses[key] = self.statuses.get(key, 0) + value


@dataclass(frozen=True)
class WarcPage:
    """One HTML response of an archive: its URL, crawl date, offset and HTTP body."""

    path: str
    offset: int
    url: str | None
    crawled: str | None
    content: bytes

    @property
    def source(self) -> str:
        """The name used for the document: its URL, else the archive and offset."""
        return self.url or f"{self.path}#{self.offset}"


def is_warc(path: str | Path) -> bool:
    name = str(path).lower()
    return name.endswith((".warc", ".warc.gz"))


def _classify(record: object, counts: WarcCounts) -> bool:
    """Count ``record`` and say whether it is an HTML response to take."""
    counts.records += 1
    if getattr(record, "rec_type", None) != "response":
        counts.skipped_not_response += 1
        return False
    http = getattr(record, "http_headers", None)
    if http is None:
        counts.skipped_not_response += 1
        return False
    status = str(http.get_statuscode())
    counts.statuses[status] = counts.statuses.get(status, 0) + 1
    if status != "200":
        counts.skipped_status += 1
        return False
    ctype = (http.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if ctype not in WARC_HTML_TYPES:
        counts.skipped_type += 1
        return False
    counts.html += 1
    return True


def _check_magic(stream: BinaryIO, path: str | Path) -> None:
    """Refuse a file that is neither gzip nor starts with a WARC version line."""
    head = stream.read(5)
    stream.seek(0)
    if head[:2] != b"\x1f\x8b" and head != b"WARC/":
        raise InputError(str(path), "cannot read WARC archive (no WARC/ header, not gzip)")


def index_warc(path: str | Path) -> tuple[list[int], WarcCounts]:
    """Offsets of the HTML responses of an archive, and the counts of what it held."""
    counts = WarcCounts()
    offsets: list[int] = []
    try:
        with open(path, "rb") as stream:
            _check_magic(stream, path)
            records = ArchiveIterator(stream)
            for record in records:
                if _classify(record, counts):
                    offsets.append(records.get_record_offset())
    except (OSError, ArchiveLoadFailed, ValueError, EOFError) as exc:
        raise InputError(str(path), f"cannot read WARC archive ({exc})") from exc
    return offsets, counts


def read_pages(path: str | Path, offsets: Sequence[int]) -> Iterator[WarcPage | InputError]:
    """The HTML responses at ``offsets`` (as given by :func:`index_warc`), in that order."""
    with open(path, "rb") as stream:
        for offset in offsets:
            try:
                stream.seek(offset)
                record = next(iter(ArchiveIterator(stream)))
                content = record.content_stream().read()
            except (OSError, ArchiveLoadFailed, ValueError, EOFError, StopIteration) as exc:
                yield InputError(f"{path}#{offset}", f"cannot read WARC record ({exc})")
                continue
            yield WarcPage(
                path=str(path),
                offset=offset,
                url=record.rec_headers.get_header("WARC-Target-URI"),
                crawled=record.rec_headers.get_header("WARC-Date"),
                content=content,
            )


def iter_pages(path: str | Path, counts: WarcCounts | None = None) -> Iterator[WarcPage]:
    """Every HTML response of an archive in one pass; ``counts`` receives what was skipped."""
    counts = counts if counts is not None else WarcCounts()
    try:
        with open(path, "rb") as stream:
            _check_magic(stream, path)
            records = ArchiveIterator(stream)
            for record in records:
                if not _classify(record, counts):
                    continue
                content = record.content_stream().read()
                yield WarcPage(
                    path=str(path),
                    offset=records.get_record_offset(),
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    crawled=record.rec_headers.get_header("WARC-Date"),
                    content=content,
                )
    except (OSError, ArchiveLoadFailed, ValueError, EOFError) as exc:
        raise InputError(str(path), f"cannot read WARC archive ({exc})") from exc
