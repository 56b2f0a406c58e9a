"""Browser tests on real data: the founding article and the team's sample reports.

Both are ingested into SQLite through the library path of ``willay ingest`` (read, extract,
store), served, and checked in headless Chromium.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_dashboard_browser import (
    OUTPUT,
    REPO,
    ServerThread,
    check_highlights,
    chromium,
    wait_loaded,
)

from willay.api.app import create_app
from willay.config import Settings
from willay.errors import InputError
from willay.store import Store

pytestmark = pytest.mark.browser
SAMPLES = REPO / "samples"


def ingest(url: str, paths: list[Path]) -> Store:
    from willay.extract.pipeline import extract
    from willay.ingest import read_inputs

    store = Store(url)
    for item in read_inputs([str(p) for p in paths], Settings.from_env()):
        if isinstance(item, InputError):
            continue
        store.add_document(extract(item))
    return store


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as drv:
        yield drv


def test_seed_juliaca_event_shows_both_tolls(seed_path: Path, tmp_path: Path,
                                             browser: Any) -> None:
    from selenium.webdriver.common.by import By

    url = f"sqlite:///{tmp_path / 'seed.db'}"
    ingest(url, [seed_path]).close()
    app = create_app(url)
    with ServerThread(app) as server:
        browser.get(server.url + "/")
        wait_loaded(browser, "overview")
        assert browser.find_elements(By.CSS_SELECTOR, "#map path.ev-marker")
        assert browser.find_elements(By.CSS_SELECTOR, "#timeline rect.bar")
        browser.find_element(By.ID, "f-q").send_keys("Juliaca")
        browser.find_element(By.ID, "f-apply").click()
        wait_loaded(browser, "overview")
        rows = browser.find_elements(By.CSS_SELECTOR, "#event-rows tr")
        deadly = [r for r in rows if r.find_element(By.CSS_SELECTOR, "td.num").text.strip()]
        assert deadly, "no Juliaca event with fatalities in the table"
        deadly[0].find_element(By.CSS_SELECTOR, "a.event-link").click()
        wait_loaded(browser, "event")
        claims = browser.find_elements(By.CSS_SELECTOR, "#ev-claims tr.claim[data-kind=fatalities]")
        found = {c.find_element(By.CSS_SELECTOR, ".claim-value").text.split()[0]:
                 c.find_element(By.CSS_SELECTOR, ".claim-reporter").text for c in claims}
        assert "12" in found and "17" in found, found
        assert "Health Network" in found["12"]
        check_highlights(browser, claims)
    app.state.reader.store.close()


def test_sample_with_markup_shows_it_as_text(tmp_path: Path, browser: Any) -> None:
    from selenium.webdriver.common.by import By

    if not SAMPLES.is_dir() or not any(SAMPLES.iterdir()):
        pytest.fail(f"no sample reports in {SAMPLES}")
    url = f"sqlite:///{tmp_path / 'samples.db'}"
    store = ingest(url, [SAMPLES])
    target = None
    for info in store.list_documents(limit=1000):
        stored = store.get_document(info.id)
        if "<script" in stored.document.text.lower():
            events = [e for e in stored.events.values() if e]
            if events:
                target = events[0]
                break
    store.close()
    assert target, "no sample report with a <script> tag in its text yields an event"
    app = create_app(url)
    with ServerThread(app) as server:
        browser.get(server.url + "/")
        wait_loaded(browser, "overview")
        OUTPUT.mkdir(exist_ok=True)
        assert browser.save_screenshot(str(OUTPUT / "dashboard-samples.png"))
        title = browser.title
        browser.get(server.url + "/#/event/" + target)
        wait_loaded(browser, "event")
        texts = browser.find_elements(By.CSS_SELECTOR, "article.doc .article-text")
        assert any("<script" in t.get_attribute("textContent").lower() for t in texts)
        for t in texts:
            assert not t.find_elements(By.CSS_SELECTOR, "script, img, iframe, [onerror]")
        assert browser.title == title
        claims = browser.find_elements(By.CSS_SELECTOR, "#ev-claims tr.claim")
        check_highlights(browser, claims)
    app.state.reader.store.close()
