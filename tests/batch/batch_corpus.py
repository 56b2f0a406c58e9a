"""Short news-like HTML articles written for the batch tests, and WARC archives holding them."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CITIES = ("Cusco", "Arequipa", "Puno", "Juliaca", "Tacna", "Huancayo", "Piura", "Ayacucho")
GROUPS = ("teachers", "farmers", "miners", "students", "health workers", "truck drivers")
DEMANDS = (
    "higher wages",
    "the release of detained leaders",
    "lower fuel prices",
    "the resignation of the regional governor",
    "clean water for their districts",
)
MONTHS = ("March", "April", "May", "June")


def article(n: int) -> tuple[str, str]:
    """The URL and HTML of test article ``n`` (each text differs)."""
    city = CITIES[n % len(CITIES)]
    group = GROUPS[(n // len(CITIES)) % len(GROUPS)]
    demand = DEMANDS[n % len(DEMANDS)]
    month = MONTHS[(n // 7) % len(MONTHS)]
    day = 1 + n % 27
    arrested = 2 + n % 9
    injured = 3 + n % 11
    body = (
        f"<p>Hundreds of {group} marched through the centre of {city} on {month} {day}, 2025, "
        f"demanding {demand}.</p>"
        f"<p>Police fired tear gas to disperse the protesters and arrested {arrested} people, "
        f"according to the local ombudsman. At least {injured} people were injured, the "
        f"regional health office said.</p>"
        f"<p>Organisers said the protest in {city} would continue. Report number {n}.</p>"
    )
    html = (
        "<!DOCTYPE html><html lang=\"en\"><head>"
        f"<title>{group.capitalize()} protest in {city} ({n})</title>"
        f"<meta property=\"article:published_time\" content=\"2025-{MONTHS.index(month) + 3:02d}-"
        f"{min(day + 1, 28):02d}\">"
        "</head><body><article>"
        f"<h1>{group.capitalize()} protest in {city}</h1>{body}"
        "</article></body></html>"
    )
    return f"http://andes-news.test/{n}", html


def _response(writer: WARCWriter, url: str, body: bytes, status: str, ctype: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    )


def write_warc(path: Path, count: int, *, broken: tuple[int, ...] = ()) -> None:
    """A WARC.gz with ``count`` HTML articles; those in ``broken`` have an empty page."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for n in range(count):
            url, html = article(n)
            body = b"" if n in broken else html.encode("utf-8")
            _response(writer, url, body, "200 OK", "text/html; charset=utf-8")
            if n % 50 == 0:
                _response(writer, url + ".png", b"\x89PNG", "200 OK", "image/png")
