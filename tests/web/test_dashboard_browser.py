"""Browser tests of the dashboard in headless Chromium (Debian's chromium and chromium-driver).

The server runs uvicorn in a thread on a free port of 127.0.0.1. Nothing is downloaded:
Selenium is pointed at /usr/bin/chromium and /usr/bin/chromedriver.
"""

from __future__ import annotations

import datetime as dt
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from willay.api.app import create_app
from willay.api.query import EventFilter
from willay.api.reader import MemoryReader
from willay.model import Claim, Document, EventDate, EventReport, Figure, Span, Tally
from willay.store import Store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"
WAIT_S = 20.0

XSS = ("<script>document.title='pwned'</script> and "
       "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">")
TEXT = (
    "Valdoria Herald, 14 March 2031\n\n"
    "On 12 March, police fired on marchers in the town of Ostrava Nueva, in the province "
    "of Kelm. Seventeen people were killed, according to the march organisers. The "
    "Regional Health Office said 12 had died and 30 were injured, the Daily Lantern "
    "reported. Residents said \u201cthey shot at us\u201d \U0001F62E in the square.\n\n"
    f"Two days later, mourners held a vigil in Brenn. A reader posted {XSS} in the comments.\n\n"
    "Officials say 40 people have died since February."
)


def _span(quote: str) -> Span:
    start = TEXT.index(quote)
    return Span.of(TEXT, start, start + len(quote))


def herald() -> Document:
    """A fictional article: a shooting with disputed tolls, a vigil and a tally."""
    doc = Document(id="herald-1", text=TEXT, title="Marchers shot in Ostrava Nueva",
                   publisher="Valdoria Herald", published=dt.date(2031, 3, 14))
    claims = [
        Claim("fatalities", 17, _span("Seventeen people were killed"),
              reporter="march organisers", reporter_class="organiser"),
        Claim("fatalities", 12, _span("12 had died"), reporter="Regional Health Office",
              reporter_class="health", via="Daily Lantern"),
        Claim("injured", 30, _span("30 were injured"), reporter="Regional Health Office",
              via="Daily Lantern"),
    ]
    shooting = EventReport(
        id="herald-1:0", doc_id=doc.id, event_type="Protests",
        sub_event_type="Excessive force against protesters", disorder_type="Demonstrations",
        trigger=_span("police fired on marchers"), date=EventDate.day(dt.date(2031, 3, 12)),
        country="ZZ", admin1="Kelm", location="Ostrava Nueva", latitude=-12.5,
        longitude=-70.1, actor1="Protesters (Valdoria)", actor2="Police Forces of Valdoria",
        claims=claims, fatalities=Figure(12, 12, 17), injured=Figure(30, 30, 30),
        confidence=0.9,
        # A span after a character outside the BMP: offsets count code points.
        evidence={"location": [_span("Ostrava Nueva")], "actor1": [_span("in the square")]},
    )
    vigil = EventReport(
        id="herald-1:1", doc_id=doc.id, event_type="Protests", sub_event_type="Peaceful protest",
        disorder_type="Demonstrations", trigger=_span("mourners held a vigil"),
        date=EventDate.day(dt.date(2031, 3, 14)), country="ZZ", admin1="Dorn", location="Brenn",
        latitude=-14.0, longitude=-68.0, confidence=0.6,
    )
    doc.reports = [shooting, vigil]
    doc.tallies = [Tally("deaths", 40, _span("40 people have died"),
                         as_of=EventDate.day(dt.date(2031, 3, 14)), country="ZZ",
                         reporter="Officials")]
    return doc


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class ServerThread:
    """uvicorn serving an app on 127.0.0.1 in a daemon thread."""

    def __init__(self, app: FastAPI) -> None:
        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.ids: dict[str | None, str] = {}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + WAIT_S
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def make_driver(profile: Path, width: int = 1366, height: int = 900,
                network_log: bool = False) -> Any:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"headless Chromium is missing ({', '.join(missing)}): install the Debian "
                    "packages with `apt-get install -y chromium chromium-driver` "
                    "(make system-deps)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    logs = {"browser": "ALL", "performance": "ALL"} if network_log else {"browser": "ALL"}
    options.set_capability("goog:loggingPrefs", logs)
    return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)


def wait_for(driver: Any, script: str, what: str) -> Any:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    error = driver.execute_script(
        "var e = document.getElementById('error-box'); return e ? e.textContent : null;")
    raise AssertionError(f"timed out waiting for {what}" + (f" (page error: {error})" if error
                                                             else ""))


def wait_loaded(driver: Any, view: str) -> None:
    wait_for(driver, f"return document.body.getAttribute('data-loaded') === '{view}';",
             f"the {view} view")


@pytest.fixture(scope="module", params=["memory", "sqlite"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[ServerThread]:
    """The dashboard over the hand-built article: held in memory, or in a SQLite store."""
    if request.param == "memory":
        app = create_app("memory://", reader=MemoryReader([herald()]))
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'browser.db'}"
        with Store(url) as store:
            store.add_document(herald())
        app = create_app(url)
    with ServerThread(app) as running:
        events = app.state.reader.events(EventFilter(), 10, 0).items
        running.ids = {e.location: e.id for e in events}
        yield running


@contextmanager
def chromium(width: int = 1366, height: int = 900, network_log: bool = False
             ) -> Iterator[Any]:
    """A headless Chromium driver on a throw-away profile, quit and removed afterwards
    (``network_log``: every request the browser sends is in its ``performance`` log)."""
    profile = Path(tempfile.mkdtemp(prefix="willay-chromium-"))
    drv = make_driver(profile, width=width, height=height, network_log=network_log)
    try:
        yield drv
    finally:
        drv.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    with chromium() as drv:
        yield drv


def test_main_page_shows_map_timeline_tallies(server: ServerThread, driver: Any) -> None:
    driver.get(server.url + "/")
    wait_loaded(driver, "overview")
    from selenium.webdriver.common.by import By

    rows = driver.find_elements(By.CSS_SELECTOR, "#event-rows tr")
    shooting, vigil = server.ids["Ostrava Nueva"], server.ids["Brenn"]
    assert [r.get_attribute("data-event-id") for r in rows] == [vigil, shooting]
    markers = driver.find_elements(By.CSS_SELECTOR, "#map path.ev-marker")
    assert sorted(m.get_attribute("data-event-ids") for m in markers) == sorted([shooting,
                                                                                 vigil])
    assert "no map tiles" in driver.find_element(By.ID, "map-note").text
    assert not driver.find_elements(By.CSS_SELECTOR, "#map img.leaflet-tile")
    assert len(driver.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")) == 2
    assert len(driver.find_elements(By.CSS_SELECTOR, "#tally circle.tally-dot")) == 1
    tally = driver.find_element(By.ID, "tally-list").text
    assert "40 deaths" in tally and "Officials" in tally
    severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe  # CSP refusals and failed loads are reported here
    OUTPUT.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(OUTPUT / "dashboard.png"))
    assert (OUTPUT / "dashboard.png").stat().st_size > 10_000


def test_filter_then_open_event_with_evidence(server: ServerThread, driver: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver.get(server.url + "/")
    wait_loaded(driver, "overview")
    Select(driver.find_element(By.ID, "f-admin1")).select_by_value("Kelm")
    driver.find_element(By.ID, "f-apply").click()
    wait_loaded(driver, "overview")
    rows = driver.find_elements(By.CSS_SELECTOR, "#event-rows tr")
    assert [r.get_attribute("data-event-id") for r in rows] == [server.ids["Ostrava Nueva"]]
    assert len(driver.find_elements(By.CSS_SELECTOR, "#map path.ev-marker")) == 1

    rows[0].find_element(By.CSS_SELECTOR, "a.event-link").click()
    wait_loaded(driver, "event")
    fat = driver.find_element(By.CSS_SELECTOR, "#ev-figures tr[data-kind=fatalities]")
    assert [fat.find_element(By.CSS_SELECTOR, f".fig-{c}").text
            for c in ("best", "low", "high")] == ["12", "12", "17"]
    claims = driver.find_elements(By.CSS_SELECTOR, "#ev-claims tr.claim")
    reporters = {c.find_element(By.CSS_SELECTOR, ".claim-reporter").text for c in claims}
    assert reporters == {"march organisers", "Regional Health Office"}
    assert len(claims) == 3
    check_highlights(driver, claims)
    # Field evidence after the emoji is highlighted exactly too.
    quotes = driver.execute_script("""
        return Array.from(document.querySelectorAll('q.field-quote')).map(function (q) {
          var k = q.getAttribute('data-hl');
          var text = Array.from(document.querySelectorAll('mark.hl')).filter(function (m) {
            return m.getAttribute('data-hl').split(' ').indexOf(k) >= 0;
          }).map(function (m) { return m.textContent; }).join('');
          return [q.textContent, text];
        });""")
    assert quotes and all(q == t for q, t in quotes), quotes


def check_highlights(driver: Any, claims: list[Any]) -> None:
    """Each claim's highlighted text in the article equals the claim's quote."""
    from selenium.webdriver.common.by import By

    for claim in claims:
        k = claim.get_attribute("data-hl")
        marks = driver.execute_script(
            "var k = arguments[0];"
            "return Array.from(document.querySelectorAll('mark.hl')).filter(function (m) {"
            " return m.getAttribute('data-hl').split(' ').indexOf(k) >= 0; })"
            ".map(function (m) { return m.textContent; }).join('');", k)
        quote = claim.find_element(By.CSS_SELECTOR, ".claim-quote").text
        assert marks == quote, (k, marks, quote)


def test_injected_markup_shows_as_text(server: ServerThread, driver: Any) -> None:
    from selenium.webdriver.common.by import By

    driver.get(server.url + "/#/event/" + server.ids["Brenn"])
    wait_loaded(driver, "event")
    article = driver.find_element(By.CSS_SELECTOR, "article.doc .article-text")
    assert XSS in article.get_attribute("textContent")
    assert not article.find_elements(By.CSS_SELECTOR, "script, img")
    assert driver.title != "pwned"
    severe = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe
    assert driver.find_element(By.TAG_NAME, "body").get_attribute("data-pwned") is None


def test_phone_layout_has_no_sideways_scroll(server: ServerThread) -> None:
    with chromium(width=390, height=844) as phone:
        phone.get(server.url + "/")
        wait_loaded(phone, "overview")
        overflow = phone.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth;")
        assert overflow <= 1
        phone.get(server.url + "/#/event/" + server.ids["Ostrava Nueva"])
        wait_loaded(phone, "event")
        overflow = phone.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth;")
        assert overflow <= 1
