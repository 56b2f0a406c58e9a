"""Browser tests of the researcher's workbench in the dashboard (headless Chromium): filters in
the URL, the sortable event table, facet counts beside the filters, the offline API docs,
country outlines, stacked places spread apart, the toll chart with 120 tallies over 6
countries, and one colour per evidence field with a legend."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from itertools import combinations
from typing import Any

import httpx
import pytest
from test_dashboard_browser import (
    ServerThread,
    chromium,
    driver,
    server,
    wait_for,
    wait_loaded,
)

from willay.api.app import create_app
from willay.api.reader import MemoryReader
from willay.model import Document, EventDate, EventReport, Span, Tally

pytestmark = pytest.mark.browser
__all__ = ["driver", "server"]  # fixtures shared with test_dashboard_browser

#: Six fictional countries and their twenty tallies each.
COUNTRIES = ("XA", "XB", "XC", "XD", "XE", "XF")
DAYS = 20
REPORTERS = ("the Health Office", "the Ombudsman", "a rights group", "the Red Cross")


def _toll_document(n: int, code: str) -> Document:
    """A fictional bulletin of 20 cumulative death tolls in one country."""
    sentences = []
    for day in range(1, DAYS + 1):
        value = 5 + 7 * n + 4 * day + (day * (n + 3)) % 5
        sentences.append(f"By {day} April 2034, {value} people had died in {code}, "
                         f"{REPORTERS[(day + n) % len(REPORTERS)]} said.")
    text = " ".join(sentences)
    doc = Document(id=f"toll-{code}", text=text, published=dt.date(2034, 4, 21),
                   publisher="Regional Bulletin")
    start = 0
    for day, sentence in enumerate(sentences, start=1):
        at = text.index(sentence, start)
        quote = sentence.split(" people had died")[0].split(", ")[1] + " people had died"
        s = text.index(quote, at)
        doc.tallies.append(Tally(
            "deaths", int(quote.split()[0]), Span.of(text, s, s + len(quote)),
            as_of=EventDate.day(dt.date(2034, 4, day)), country=code,
            reporter=REPORTERS[(day + n) % len(REPORTERS)].removeprefix("the ")
            .removeprefix("a ")))
        start = at + len(sentence)
    return doc


def _stacked_document() -> Document:
    """Two events at one point: a town, and the region drawn at the same coordinates."""
    text = ("Valdoria Wire, 3 May 2034. Miners marched in Ostrava Nueva on 2 May. The same day "
            "farmers blocked roads across the province of Kelm.")
    doc = Document(id="stacked", text=text, published=dt.date(2034, 5, 3))

    def span(quote: str) -> Span:
        i = text.index(quote)
        return Span.of(text, i, i + len(quote))

    day = EventDate.day(dt.date(2034, 5, 2))
    doc.reports = [
        EventReport(id="stacked:0", doc_id=doc.id, event_type="Protests",
                    sub_event_type="Peaceful protest", disorder_type="Demonstrations",
                    trigger=span("Miners marched"), date=day, country="XA", admin1="Kelm",
                    location="Ostrava Nueva", latitude=-15.5, longitude=-70.13,
                    geo_precision=1, confidence=0.8),
        EventReport(id="stacked:1", doc_id=doc.id, event_type="Protests",
                    sub_event_type="Peaceful protest", disorder_type="Demonstrations",
                    trigger=span("farmers blocked roads"), date=day, country="XA",
                    admin1="Kelm", latitude=-15.5, longitude=-70.13, geo_precision=3,
                    confidence=0.7),
    ]
    return doc


@pytest.fixture(scope="module")
def toll_server() -> Iterator[ServerThread]:
    docs = [_toll_document(n, code) for n, code in enumerate(COUNTRIES)]
    app = create_app("memory://", reader=MemoryReader([*docs, _stacked_document()]))
    with ServerThread(app) as running:
        yield running


def _requests(drv: Any) -> list[str]:
    """The page's address and every resource it loaded (Resource Timing)."""
    urls: list[str] = drv.execute_script(
        "return [location.href].concat(performance.getEntriesByType('resource')"
        ".map(function (e) { return e.name; }));")
    return urls


def _local_only(urls: list[str], base: str) -> list[str]:
    return [u for u in urls if not (u.startswith(base + "/") or u.startswith("data:"))]


def _open(drv: Any, url: str) -> None:
    """Load ``url`` afresh: a page of the same dashboard that differs only after ``#``
    would otherwise be a hash change, with the previous view still marked as loaded."""
    drv.get("about:blank")
    drv.get(url)


def _severe(drv: Any) -> list[str]:
    return [e["message"] for e in drv.get_log("browser") if e["level"] == "SEVERE"]


def test_filtered_view_is_restored_from_its_url(server: ServerThread, driver: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    shooting = server.ids["Ostrava Nueva"]

    # the table's rows read in one script, so a re-render between reads cannot leave a
    # stale element behind
    rows_js = ("return Array.from(document.querySelectorAll('#event-rows tr'))"
               ".map(function (r) { return r.getAttribute('data-event-id'); });")

    def rows() -> list[str]:
        return list(driver.execute_script(rows_js))

    def wait_rows(expected: list[str]) -> None:
        """A click that stays on the overview re-renders it while the view is already
        marked loaded: wait until the table shows ``expected`` (in any order)."""
        want = json.dumps(sorted(expected), separators=(",", ":"))  # as JSON.stringify
        wait_for(driver, rows_js.replace("return ", "var ids = ", 1)
                 + f" return JSON.stringify(ids.sort()) === {json.dumps(want)};",
                 f"the rows {expected}")

    # A shared link opens the filtered view, with the form showing the filter.
    _open(driver, server.url + "/#/?admin1=Kelm&min_confidence=0.5")
    wait_loaded(driver, "overview")
    assert rows() == [shooting]
    assert Select(driver.find_element(By.ID, "f-admin1")).first_selected_option.get_attribute("value") == "Kelm"
    assert driver.find_element(By.ID, "f-min-confidence").get_attribute("value") == "0.5"
    assert "admin1=Kelm" in driver.find_element(By.ID, "export-csv").get_attribute("href")
    # Choosing filters writes them into the URL; a reload restores the same view.
    Select(driver.find_element(By.ID, "f-admin1")).select_by_value("Dorn")
    driver.find_element(By.ID, "f-actor").send_keys("nobody")
    driver.find_element(By.ID, "f-actor").clear()
    driver.find_element(By.ID, "f-apply").click()
    wait_loaded(driver, "overview")
    wait_rows([server.ids["Brenn"]])
    url = driver.current_url
    assert "admin1=Dorn" in url and "min_confidence=0.5" in url
    assert rows() == [server.ids["Brenn"]]
    driver.refresh()
    wait_loaded(driver, "overview")
    assert driver.current_url == url and rows() == [server.ids["Brenn"]]
    assert Select(driver.find_element(By.ID, "f-admin1")).first_selected_option.get_attribute("value") == "Dorn"
    # The event page's back link returns to the filtered view.
    driver.find_element(By.CSS_SELECTOR, "#event-rows a.event-link").click()
    wait_loaded(driver, "event")
    driver.find_element(By.ID, "back-link").click()
    wait_loaded(driver, "overview")
    assert driver.current_url == url and rows() == [server.ids["Brenn"]]
    # Reset clears the URL and the filters.
    driver.find_element(By.ID, "f-reset").click()
    wait_loaded(driver, "overview")
    wait_rows(list(server.ids.values()))
    assert driver.current_url.endswith("/#/") and sorted(rows()) == sorted(server.ids.values())
    assert not _severe(driver)


def test_map_draws_country_outlines_offline(server: ServerThread, driver: Any) -> None:
    from selenium.webdriver.common.by import By

    _open(driver, server.url + "/")
    wait_loaded(driver, "overview")
    outlines = int(wait_for(driver, "return document.body.getAttribute('data-outlines');",
                            "the country outlines"))
    assert outlines > 200  # Natural Earth's admin-0 countries
    assert len(driver.find_elements(By.CSS_SELECTOR, "#map path.country-outline")) == outlines
    assert _local_only(_requests(driver), server.url) == []
    assert not _severe(driver)


def _sent(drv: Any) -> list[str]:
    """Every URL the browser sent a request to (DevTools' Network.requestWillBeSent), those
    that the page's policy or the network refused included."""
    urls = []
    for entry in drv.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def test_api_docs_render_offline(server: ServerThread) -> None:
    with chromium(network_log=True) as drv:
        drv.get("about:blank")
        drv.get_log("performance")  # what the browser did at its start (its new-tab page)
        _api_docs_render_offline(server, drv)


def _api_docs_render_offline(server: ServerThread, driver: Any) -> None:
    from selenium.webdriver.common.by import By

    driver.get(server.url + "/api/docs")
    wait_for(driver, "return document.body.getAttribute('data-loaded') === 'api-docs';",
             "Swagger UI")
    paths = httpx.get(server.url + "/api/openapi.json").json()["paths"]
    operations = sum(len(methods) for methods in paths.values())
    blocks = driver.find_elements(By.CSS_SELECTOR, ".swagger-ui .opblock")
    assert len(blocks) == operations > 10
    shown = {b.find_element(By.CSS_SELECTOR, ".opblock-summary-path").get_attribute(
        "data-path") for b in blocks}
    assert shown == set(paths)
    assert "willay" in driver.find_element(By.CSS_SELECTOR, ".swagger-ui .info .title").text
    requests = _requests(driver)
    assert any(u.endswith("/vendor/swagger-ui/swagger-ui-bundle.js") for u in requests)
    assert _local_only(requests, server.url) == []  # no request leaves 127.0.0.1
    sent = _sent(driver)
    assert any(u.endswith("/api/openapi.json") for u in sent)
    assert _local_only(sent, server.url) == []  # not even one that failed or was refused
    assert not _severe(driver)  # no refusal by the page's security policy, no failed load


def test_toll_chart_with_120_tallies_has_no_overlapping_labels(toll_server: ServerThread
                                                               ) -> None:
    from selenium.webdriver.common.by import By

    for width in (1366, 800):
        with chromium(width=width) as drv:
            drv.get(toll_server.url + "/")
            wait_loaded(drv, "overview")
            dots = drv.find_elements(By.CSS_SELECTOR, "#tally circle.tally-dot")
            assert len(dots) == len(COUNTRIES) * DAYS
            legend = [li.get_attribute("data-country")
                      for li in drv.find_elements(By.CSS_SELECTOR, "#tally-legend li")]
            assert legend == list(COUNTRIES)
            colours = {g.get_attribute("data-country"): g.get_attribute("stroke")
                       for g in drv.find_elements(By.CSS_SELECTOR, "#tally g.series")}
            assert len(set(colours.values())) == len(COUNTRIES)
            boxes = drv.execute_script("""
                var svg = document.querySelector('#tally svg').getBoundingClientRect();
                return [[svg.left, svg.top, svg.right, svg.bottom]].concat(
                  Array.from(document.querySelectorAll('#tally svg text')).map(function (t) {
                    var r = t.getBoundingClientRect();
                    return [r.left, r.top, r.right, r.bottom, t.getAttribute('class'),
                            t.textContent];
                  }));""")
            frame, labels = boxes[0], boxes[1:]
            ends = [b for b in labels if "end-label" in b[4].split()]
            assert sorted(b[5].split(":")[0] for b in ends) == list(COUNTRIES)  # every line's
            assert len([b for b in labels if "point-label" in b[4].split()]) > len(ends)
            for left, top, right, bottom, *_ in labels:  # nothing clipped
                assert frame[0] - 0.5 <= left and right <= frame[2] + 0.5
                assert frame[1] - 0.5 <= top and bottom <= frame[3] + 0.5
            for a, b in combinations(labels, 2):
                apart = (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])
                assert apart, (a, b)
            assert not _severe(drv)


def test_stacked_places_are_spread_apart(toll_server: ServerThread) -> None:
    from selenium.webdriver.common.by import By

    with chromium() as drv:
        drv.get(toll_server.url + "/")
        wait_loaded(drv, "overview")
        markers = drv.find_elements(By.CSS_SELECTOR, "#map path.ev-marker")
        assert sorted(m.get_attribute("data-place") for m in markers) == [
            "Kelm, XA", "Ostrava Nueva, Kelm, XA"]
        centres = [(r["x"] + r["width"] / 2, r["y"] + r["height"] / 2)
                   for r in (m.rect for m in markers)]
        (x1, y1), (x2, y2) = centres
        assert ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 >= 12  # both can be seen and clicked
        assert len(drv.find_elements(By.CSS_SELECTOR, "#map path.spread-leg")) == 2
        drv.execute_script("document.body.removeAttribute('data-loaded');")
        assert not _severe(drv)


@pytest.fixture(scope="module", params=["memory", "sqlite"])
def research_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
                    ) -> Iterator[ServerThread]:
    """The dashboard over 63 events of three fictional bulletins (more than a table page)."""
    from conftest import research_app

    app = research_app(request.param, tmp_path_factory.mktemp("db"))
    with ServerThread(app) as running:
        yield running


def _row_ids(drv: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    return [r.get_attribute("data-event-id")
            for r in drv.find_elements(By.CSS_SELECTOR, "#event-rows tr")]


def _column(drv: Any, name: str) -> list[str]:
    texts: list[str] = drv.execute_script(
        "return Array.from(document.querySelectorAll('#event-rows td.col-' + arguments[0]))"
        ".map(function (td) { return td.textContent; });", name)
    return texts


def _api_ids(base: str, **params: Any) -> list[str]:
    page = httpx.get(base + "/api/events", params={"limit": 50, **params}).json()
    return [e["id"] for e in page["items"]]


def test_table_sorts_by_its_columns(research_server: ServerThread, driver: Any) -> None:
    from selenium.webdriver.common.by import By

    base = research_server.url
    _open(driver, base + "/#/?country=XA")
    wait_loaded(driver, "overview")
    headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#event-table th")]
    for column in ("Injured", "Arrested", "Confidence", "Reports", "Source"):
        assert column in headers
    assert _row_ids(driver) == _api_ids(base, country="XA")

    def click(key: str) -> None:
        driver.find_element(By.CSS_SELECTOR, f"#event-table th[data-order={key}] button").click()
        wait_loaded(driver, "overview")

    def sort_mark(key: str) -> str | None:
        value: str | None = driver.find_element(
            By.CSS_SELECTOR, f"#event-table th[data-order={key}]").get_attribute("aria-sort")
        return value

    # Injured, most first, then fewest first: the numbers shown run down, then up, with the
    # events of unknown injured last both times; the rows are the API's in that order.
    click("injured")
    assert sort_mark("injured") == "descending" and sort_mark("date") is None
    shown = _column(driver, "injured")
    known = [int(v) for v in shown if v]
    assert known == sorted(known, reverse=True) and len(known) > 10
    assert all(not v for v in shown[len(known):])
    assert _row_ids(driver) == _api_ids(base, country="XA", order="injured")
    click("injured")
    assert sort_mark("injured") == "ascending" and "order=injured_asc" in driver.current_url
    known = [int(v) for v in _column(driver, "injured") if v]
    assert known == sorted(known)
    assert _row_ids(driver) == _api_ids(base, country="XA", order="injured_asc")
    for key, order in (("arrested", "arrested"), ("confidence", "confidence"),
                       ("reports", "reports"), ("source", "source_asc")):
        click(key)
        assert _row_ids(driver) == _api_ids(base, country="XA", order=order), key
    sources = _column(driver, "source")
    assert sources == sorted(sources) and "Kelm Bulletin" in sources
    # The order lives in the URL with the filters: a reload shows the same sorted view.
    click("confidence")
    url = driver.current_url
    assert "order=confidence" in url and "country=XA" in url
    shown = [float(v) for v in _column(driver, "confidence")]
    assert shown == sorted(shown, reverse=True)
    driver.refresh()
    wait_loaded(driver, "overview")
    assert driver.current_url == url and sort_mark("confidence") == "descending"
    assert _row_ids(driver) == _api_ids(base, country="XA", order="confidence")
    # The sort covers every matching event: the second page continues the first.
    _open(driver, base + "/#/?order=injured")
    wait_loaded(driver, "overview")
    first = _row_ids(driver)
    driver.find_element(By.ID, "next-page").click()
    wait_loaded(driver, "overview")
    assert first + _row_ids(driver) == _api_ids(base, order="injured", limit=100)
    assert "order=injured" in driver.current_url and "offset=50" in driver.current_url
    assert not _severe(driver)


def test_facet_counts_equal_the_api_counts(research_server: ServerThread, driver: Any
                                           ) -> None:
    from selenium.webdriver.common.by import By

    base = research_server.url
    filters = {"country": "XB", "event_type": "Protests"}
    _open(driver, base + "/#/?country=XB&event_type=Protests")
    wait_loaded(driver, "overview")
    selects = {"event_type": "f-event-type", "sub_event_type": "f-sub-event-type",
               "country": "f-country", "admin1": "f-admin1"}

    def total(**params: Any) -> int:
        count: int = httpx.get(base + "/api/events", params={**params, "limit": 1}
                               ).json()["total"]
        return count

    matching = total(**filters)
    assert driver.find_element(By.ID, "event-count").text == f"{matching} matching"
    checked = 0
    for field, select_id in selects.items():
        options = driver.find_elements(By.CSS_SELECTOR, f"#{select_id} option[data-count]")
        assert options, field
        shown = {o.get_attribute("value"): int(o.get_attribute("data-count")) for o in options}
        for value, count in shown.items():
            # the count beside a value is what choosing it gives, the other filters kept
            assert count == total(**{**filters, field: value}), (field, value)
            option = driver.find_element(By.CSS_SELECTOR, f"#{select_id} option[value='{value}']")
            assert option.text == f"{value} ({count})"
            checked += 1
        if field in filters:
            assert shown[filters[field]] == matching
        listed = [(li.get_attribute("data-value"), int(li.get_attribute("data-count")),
                   li.find_element(By.CSS_SELECTOR, ".facet-count").text)
                  for li in driver.find_elements(By.CSS_SELECTOR,
                                                 f"#facet-{field} li[data-value]")]
        top = sorted(((v, n) for v, n in shown.items() if n), key=lambda vn: (-vn[1], vn[0]))
        assert [(v, n) for v, n, _ in listed] == top[:5]
        assert all(text == str(n) for _, n, text in listed)
    assert checked >= 12
    # Following a facet applies it: the table then holds as many events as the facet said.
    facet = next(li for li in driver.find_elements(By.CSS_SELECTOR,
                                                   "#facet-admin1 li[data-value]")
                 if li.get_attribute("data-value") in ("Brenn", "Ostra"))
    region, expected = facet.get_attribute("data-value"), int(facet.get_attribute("data-count"))
    facet.find_element(By.TAG_NAME, "a").click()
    wait_loaded(driver, "overview")
    assert f"admin1={region}" in driver.current_url
    assert driver.find_element(By.ID, "event-count").text == f"{expected} matching"
    assert len(_row_ids(driver)) == expected
    assert not _severe(driver)


def test_evidence_has_one_colour_per_field_and_a_legend(server: ServerThread, driver: Any
                                                        ) -> None:

    _open(driver, server.url + "/#/event/" + server.ids["Ostrava Nueva"])
    wait_loaded(driver, "event")
    found = driver.execute_script("""
        function bg(el) { return getComputedStyle(el).backgroundColor; }
        var marks = {};
        document.querySelectorAll('article.doc mark.hl').forEach(function (m) {
          var f = Array.from(m.classList).filter(function (c) { return c.indexOf('f-') === 0; });
          if (f.length === 1) { (marks[f[0].slice(2)] = marks[f[0].slice(2)] || []).push(bg(m)); }
        });
        var legend = Array.from(document.querySelectorAll('article.doc .hl-legend li'))
          .map(function (li) { return [li.getAttribute('data-field'), li.textContent,
                                      bg(li.querySelector('.swatch'))]; });
        return [marks, legend];""")
    marks, legend = found
    # the fields of this event's evidence: what happened, place, actor, figures
    assert {"trigger", "location", "actor1", "claim"} <= set(marks)
    assert [field for field, _, _ in legend] == [f for f in (
        "trigger", "sub_event_type", "date", "location", "actor1", "actor2", "claim",
        "reporter", "other") if f in marks]
    colours = {field: colour for field, _, colour in legend}
    assert len(set(colours.values())) == len(colours)  # one colour per field
    for field, seen in marks.items():
        assert set(seen) == {colours[field]}, field  # the text uses the legend's colour
    assert dict((f, label) for f, label, _ in legend)["claim"] == "figure (claim)"
    assert not _severe(driver)
