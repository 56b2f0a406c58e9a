"""WARC reading: HTML responses only, with counts of what was skipped (archives written here)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from willay.errors import InputError
from willay.sources.warc import WarcCounts, index_warc, is_warc, iter_pages, read_pages

TOWNS = ("Vado", "Lomas", "Ribera", "Quenta", "Alto Sur")


def page(number: int) -> bytes:
    town = TOWNS[number % len(TOWNS)]
    return (
        f"<html><head><title>Report {number}</title></head><body><article>"
        f"<p>Residents of {town} gathered in the square on day {number}.</p>"
        "</article></body></html>"
    ).encode()


def response(writer: WARCWriter, url: str, body: bytes, status: str, ctype: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    )


def write_archive(path: Path, pages: int, *, gz: bool) -> None:
    """``pages`` HTML responses, each after a request record, plus one of each kind to skip."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        for n in range(pages):
            url = f"http://valle.test/news/{n}"
            request = StatusAndHeaders("GET /news HTTP/1.1", [("Host", "valle.test")],
                                       is_http_request=True)
            writer.write_record(
                writer.create_warc_record(url, "request", payload=BytesIO(b""),
                                          http_headers=request)
            )
            response(writer, url, page(n), "200 OK", "text/html; charset=utf-8")
        response(writer, "http://valle.test/gone", b"<p>no</p>", "404 Not Found", "text/html")
        response(writer, "http://valle.test/moved", b"", "301 Moved Permanently", "text/html")
        response(writer, "http://valle.test/logo.png", b"\x89PNG", "200 OK", "image/png")
        response(writer, "http://valle.test/data.json", b"{}", "200 OK", "application/json")


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_are_taken_and_the_rest_counted(tmp_path: Path, gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_archive(path, 300, gz=gz)
    offsets, counts = index_warc(path)
    assert len(offsets) == 300
    assert counts.html == 300
    assert counts.skipped_status == 2  # 404 and 301
    assert counts.skipped_type == 2  # image and JSON
    assert counts.skipped_not_response == 301  # warcinfo and the requests
    assert counts.records == 300 + 2 + 2 + 301
    assert counts.statuses == {"200": 302, "404": 1, "301": 1}

    pages = list(read_pages(path, offsets[10:13]))
    assert [p.url for p in pages] == [f"http://valle.test/news/{n}" for n in (10, 11, 12)]  # type: ignore[union-attr]
    assert [p.content for p in pages] == [page(n) for n in (10, 11, 12)]  # type: ignore[union-attr]


def test_one_pass_reading_gives_the_same_pages(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, 20, gz=True)
    counts = WarcCounts()
    pages = list(iter_pages(path, counts))
    offsets, _ = index_warc(path)
    assert [p.offset for p in pages] == offsets
    assert [p.content for p in pages] == [page(n) for n in range(20)]
    assert counts.html == 20 and counts.skipped == 4 + 21
    assert pages[0].source == "http://valle.test/news/0"


def test_a_broken_archive_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a WARC file at all\n" * 3)
    with pytest.raises(InputError, match=r"broken\.warc\.gz: cannot read WARC archive"):
        index_warc(path)


def test_a_bad_offset_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_archive(path, 3, gz=True)
    offsets, _ = index_warc(path)
    beyond = path.stat().st_size + 10
    results = list(read_pages(path, [beyond, offsets[1]]))
    assert isinstance(results[0], InputError)
    assert f"crawl.warc.gz#{beyond}: cannot read WARC record" in str(results[0])
    assert not isinstance(results[1], InputError)


def test_archive_names() -> None:
    assert is_warc("a/CC-NEWS-1.warc.gz") and is_warc("x.WARC")
    assert not is_warc("x.html") and not is_warc("x.warc.zip")
