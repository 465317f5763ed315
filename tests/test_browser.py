"""The HTML report in a real headless Chromium: loads cleanly and offline, filters work, axe-core finds no serious
accessibility problem, hostile claim text stays inert, and a full-page screenshot is kept as a test artifact.

Needs Debian's ``chromium`` and ``chromium-driver``, PyPI's ``selenium`` and axe-core from npm in
``tests/.browser`` (``bash tests/browser_setup.sh`` installs them). Without them the tests skip with the reason,
except under CI (the ``CI`` environment variable set), where a missing piece fails the run.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

from reconcile.models import Reconciliation
from reconcile.render import render_report

from .conftest import ROOT, SEED
from .report_fixtures import ATTR, CHANGES, SCRIPT, changed_reconciliation, sample_reconciliation

if TYPE_CHECKING:
    from selenium.webdriver.chrome.webdriver import WebDriver

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("RECONCILE_CHROMIUM", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("RECONCILE_CHROMEDRIVER", "/usr/bin/chromedriver"))
AXE = Path(__file__).resolve().parent / ".browser" / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = ROOT / "test-artifacts"
GENERATED = "2024-06-01T12:00:00Z"
SETUP = "run `bash tests/browser_setup.sh` to install it"


def _missing(what: str) -> NoReturn:
    """Skip locally, fail under CI: a CI run must not pass without its browser tests."""
    if os.environ.get("CI"):
        pytest.fail(f"{what}; CI is set, so the browser tests must run ({SETUP})", pytrace=False)
    pytest.skip(f"{what} ({SETUP})")


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    """One headless Chromium for the whole module, with its console and network (performance) logs."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("selenium is not installed (pip install selenium)")
    if not CHROMIUM.is_file():
        _missing(f"no Chromium at {CHROMIUM}")
    if not CHROMEDRIVER.is_file():
        _missing(f"no chromedriver at {CHROMEDRIVER}")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
                     f"--user-data-dir={profile}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_script_timeout(60)
    try:
        yield browser
    finally:
        browser.quit()


@pytest.fixture(scope="module")
def axe_source() -> str:
    """axe-core's browser bundle, from npm (never the old copy inside axe-selenium-python)."""
    if not AXE.is_file():
        _missing(f"axe-core is not installed at {AXE}")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed() -> Reconciliation:
    from reconcile.load import load_case
    from reconcile.pipeline import reconcile

    return reconcile(load_case(SEED))


@pytest.fixture(scope="module")
def seed_url(seed: Reconciliation, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("seed-report") / "report.html"
    path.write_text(render_report(seed, generated=GENERATED), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("hostile-report") / "report.html"
    path.write_text(render_report(sample_reconciliation(), generated=GENERATED), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def compact_url(seed: Reconciliation, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed report laid out as a large one: cards for the events with a conflict, rows for the others."""
    path = tmp_path_factory.mktemp("compact-report") / "report.html"
    path.write_text(render_report(seed, generated=GENERATED, compact_above=5), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def brief_url(seed: Reconciliation, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed report laid out as a very large one: rows, brief cards for the events with a conflict, and the
    timeline counting events per day."""
    import reconcile.report

    path = tmp_path_factory.mktemp("brief-report") / "report.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reconcile.report, "TIMELINE_LANES_ABOVE", 2)
        html = render_report(seed, generated=GENERATED, compact_above=5, brief_above=1)
    assert 'class="bin"' in html
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def rows_url(seed: Reconciliation, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The seed report laid out as the largest: every event a row, those with a conflict with their conflicts."""
    path = tmp_path_factory.mktemp("rows-report") / "report.html"
    path.write_text(render_report(seed, generated=GENERATED, compact_above=5, rows_above=1), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def changed_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("changed-report") / "report.html"
    path.write_text(render_report(changed_reconciliation(), generated=GENERATED), encoding="utf-8")
    return path.as_uri()


def _log(driver: WebDriver, kind: str) -> list[dict[str, Any]]:
    """The browser's ``kind`` log ("browser": the console; "performance": DevTools events) since the last read."""
    entries: list[dict[str, Any]] = driver.get_log(kind)  # type: ignore[no-untyped-call]
    return entries


def _open(driver: WebDriver, url: str) -> None:
    """Load ``url`` with empty logs, scripts on, screen media, and wait until the page has loaded."""
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.get("about:blank")
    _log(driver, "browser")
    _log(driver, "performance")
    driver.get(url)
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")


def _requests(driver: WebDriver) -> list[str]:
    """URLs of every request the page sent, from the DevTools performance log."""
    urls = []
    for entry in _log(driver, "performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _cards(driver: WebDriver) -> dict[str, bool]:
    """Event card id -> displayed."""
    from selenium.webdriver.common.by import By

    return {card.get_attribute("id") or "": card.is_displayed()
            for card in driver.find_elements(By.CSS_SELECTOR, "article.event-card")}


def _events(driver: WebDriver) -> dict[str, bool]:
    """Event id -> displayed, for cards and compact rows alike."""
    from selenium.webdriver.common.by import By

    return {(element.get_attribute("id") or "").removeprefix("event-"): element.is_displayed()
            for element in driver.find_elements(By.CSS_SELECTOR, "[data-event-card]")}


def test_seed_report_loads_cleanly_and_offline(driver: WebDriver, seed_url: str) -> None:
    """The seed report logs no console message at all and requests nothing but itself."""
    _open(driver, seed_url)
    console = _log(driver, "browser")
    assert console == [], console
    assert _requests(driver) == [seed_url]
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert resources == []


def _open_pairs(driver: WebDriver) -> None:
    """Open every closed list of conflicts pair by pair, as a reader does by clicking its summary."""
    from selenium.webdriver.common.by import By

    for summary in driver.find_elements(By.CSS_SELECTOR, "details.conflict-pairs:not([open]) > summary"):
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", summary)
        summary.click()


def test_every_event_and_conflict_is_on_the_page(driver: WebDriver, seed_url: str, seed: Reconciliation) -> None:
    """Each event has a visible card (anchored by its id); each conflict's sentence is a click away, under its
    disagreement (a closed disclosure), and visible once opened."""
    from selenium.webdriver.common.by import By

    _open(driver, seed_url)
    _open_pairs(driver)
    text = " ".join(driver.find_element(By.TAG_NAME, "body").text.split())
    for event in seed.events:
        card = driver.find_element(By.ID, f"event-{event.id}")
        assert card.is_displayed()
        assert event.id in card.text
        toc = driver.find_element(By.CSS_SELECTOR, f'nav.toc a[href="#event-{event.id}"]')
        assert toc.is_displayed()
        for conflict in event.conflicts:
            assert " ".join(conflict.summary.split()) in text
    assert any(event.conflicts for event in seed.events)


_DISAGREEMENTS = """
return Array.from(document.querySelectorAll('li.disagreement')).map(function (item) {
  var box = item.getBoundingClientRect();
  var card = item.closest('article').getBoundingClientRect();
  var pairs = item.querySelector('details.conflict-pairs');
  return {subject: item.querySelector('.disagreement-subject').innerText,
          values: Array.from(item.querySelectorAll('.disagreement-values > li')).map(function (v) {
            return v.innerText; }),
          inside: box.left >= card.left - 0.5 && box.right <= card.right + 0.5 && item.scrollWidth <= item.clientWidth,
          open: pairs.open,
          pairs: pairs.querySelectorAll('li').length,
          pairsShown: Array.from(pairs.querySelectorAll('li')).some(function (li) { return li.checkVisibility(); })};
});
"""


@pytest.mark.parametrize("width", [1280, 400])
def test_disagreements_read_once_per_value(driver: WebDriver, seed_url: str, seed: Reconciliation,
                                           width: int) -> None:
    """On a wide screen and on a phone, a card lists its conflicts once per disagreement: the subject, then each
    value on a line of its own with who gives it (names and claim ids), within the card; the pairs wait, closed,
    under a disclosure where the values say which claims conflict."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    try:
        _open(driver, seed_url)
        found = driver.execute_script(_DISAGREEMENTS)
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    event = next(e for e in seed.events if e.id == "ev-2012-06-05-adaee9")
    assert len(found) == 6  # the seed's two contested events: 3 and 3 disagreements, for 3 and 4 conflicts
    assert sum(item["pairs"] for item in found) == sum(len({c.summary for c in e.conflicts}) for e in seed.events)
    for item in found:
        assert item["inside"], item
        assert not item["open"], item
        assert not item["pairsShown"], item
    places = next(item for item in found if item["subject"] == "Where it happened")
    assert [" ".join(v.split()) for v in places["values"]] == [
        "A Voskepar — Ministry of Defence of Armenia (am-mod/am-2012-06-05: “in the vicinity of Voskepar village”) "
        "· conflicts with B and C",
        "B Aşağı Əskipara — Ministry of Defence of Azerbaijan (az-mod/az-confirm-2012-06-05: “the village of Asagi "
        "Askipara”) · conflicts with A",
        "C Qazakh Rayon — Ministry of Defence of Azerbaijan (az-mod/az-fifth-2012-06-05) · conflicts with A"]
    assert {c.kind for c in event.conflicts} == {"casualties", "attribution", "location"}


def test_printing_opens_the_conflicts_pair_by_pair(driver: WebDriver, seed_url: str) -> None:
    """A printed report is never silently incomplete: the closed lists of pairs open for printing, and close again
    after, as the reader left them."""
    _open(driver, seed_url)
    state = "return Array.from(document.querySelectorAll('details.conflict-pairs')).map(d => d.open)"
    before = driver.execute_script(state)
    assert before
    assert not any(before)
    driver.execute_script("window.dispatchEvent(new Event('beforeprint'))")
    assert all(driver.execute_script(state))
    driver.execute_script("window.dispatchEvent(new Event('afterprint'))")
    assert driver.execute_script(state) == before


def test_track_records_table_lists_every_source(driver: WebDriver, seed_url: str, seed: Reconciliation) -> None:
    """The overview's track-record table is visible, with one row per source of the seed case."""
    from selenium.webdriver.common.by import By

    _open(driver, seed_url)
    table = driver.find_element(By.CSS_SELECTOR, "table.records")
    assert table.is_displayed()
    rows = table.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == len(seed.case.sources)


def test_cards_show_independent_origins_and_admissions(driver: WebDriver, seed_url: str) -> None:
    """The 5 June card says two independent origins assert it and shows Azerbaijan's admission as confirmed."""
    from selenium.webdriver.common.by import By

    _open(driver, seed_url)
    card = driver.find_element(By.CSS_SELECTOR,
                               "article.event-card[id^='event-ev-2012-06-05'][data-kinds*='casualties']")
    text = " ".join(card.text.split())
    assert "2 independent origins assert it" in text
    assert "on the opposing side, says so too. The fact is confirmed." in text


def test_filters_show_and_hide_cards(driver: WebDriver, seed_url: str, seed: Reconciliation) -> None:
    """Choosing a conflict kind, a source or a grade shows exactly the matching cards; "Show all" resets."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(driver, seed_url)
    assert driver.find_element(By.ID, "filters").is_displayed()
    everything = {f"event-{e.id}": True for e in seed.events}
    assert _cards(driver) == everything

    Select(driver.find_element(By.ID, "filter-kind")).select_by_value("casualties")
    expected = {f"event-{e.id}": any(c.kind == "casualties" for c in e.conflicts) for e in seed.events}
    assert any(expected.values())
    assert not all(expected.values())
    assert _cards(driver) == expected
    toc = {li.get_attribute("data-toc-for"): li.is_displayed()
           for li in driver.find_elements(By.CSS_SELECTOR, "nav.toc li")}
    assert toc == expected
    shown = sum(expected.values())
    assert driver.find_element(By.ID, "filter-status").text == f"Showing {shown} of {len(seed.events)} events."

    Select(driver.find_element(By.ID, "filter-kind")).select_by_value("none")
    assert _cards(driver) == {f"event-{e.id}": not e.conflicts for e in seed.events}

    driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
    assert _cards(driver) == everything

    source = Select(driver.find_element(By.ID, "filter-source"))
    osce = next(o for o in source.options if "(osce)" in o.text)
    source.select_by_value(osce.get_attribute("value") or "")
    expected = {f"event-{e.id}": any(c.startswith("osce/") for c in (*e.claims, *e.superseded))
                for e in seed.events}
    assert _cards(driver) == expected
    Select(driver.find_element(By.ID, "filter-grade")).select_by_value("contested")
    assert _cards(driver) == {k: v and e.grade == "contested" for (k, v), e in zip(expected.items(), seed.events,
                                                                                   strict=True)}
    driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
    assert _cards(driver) == everything


@pytest.mark.parametrize("layout", ["compact", "brief", "rows"])
def test_a_large_report_shows_every_event_and_conflict(driver: WebDriver, compact_url: str, brief_url: str,
                                                      rows_url: str, layout: str, seed: Reconciliation) -> None:
    """Laid out as a large report (with full or brief cards), the page loads cleanly (its CSP allows its script and
    style: no console message), events with a conflict have cards with every disagreement, every conflict (pair
    by pair, once opened) and every claim id, or rows with every disagreement, the others are rows, and the
    filters and printing treat rows like cards."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    compact_url = {"compact": compact_url, "brief": brief_url, "rows": rows_url}[layout]
    _open(driver, compact_url)
    assert _log(driver, "browser") == []
    assert _requests(driver) == [compact_url]
    everything = {e.id: True for e in seed.events}
    assert _events(driver) == everything
    carded = {e.id for e in seed.events if e.conflicts} if layout != "rows" else set()
    assert {card.removeprefix("event-") for card in _cards(driver)} == carded
    rows = driver.find_elements(By.CSS_SELECTOR, "table.compact-events tr[data-event-card]")
    assert {(row.get_attribute("id") or "").removeprefix("event-") for row in rows} == {
        e.id for e in seed.events if e.id not in carded}
    _open_pairs(driver)
    text = " ".join(driver.find_element(By.TAG_NAME, "body").text.split())
    for event in seed.events:
        for conflict in event.conflicts:
            # a row says which source says what per disagreement, and the pairs where the values do not say it
            assert " ".join(conflict.summary.split()) in text or layout == "rows"
    for row in driver.find_elements(By.CSS_SELECTOR, "table.conflict-events tr[data-event-card]"):
        event = next(e for e in seed.events if f"event-{e.id}" == row.get_attribute("id"))
        lines = row.find_elements(By.CSS_SELECTOR, "li.disagreement")
        assert len(lines) >= len({c.kind for c in event.conflicts})
        assert all(line.is_displayed() and " — " in line.text for line in lines)
    for card in driver.find_elements(By.CSS_SELECTOR, "article[data-event-card]"):
        event = next(e for e in seed.events if f"event-{e.id}" == card.get_attribute("id"))
        card_text = card.text
        assert all(gid in card_text for gid in (*event.claims, *event.superseded))
        assert bool(card.find_elements(By.CSS_SELECTOR, "table.claims")) == (layout == "compact")

    Select(driver.find_element(By.ID, "filter-kind")).select_by_value("none")
    assert _events(driver) == {e.id: not e.conflicts for e in seed.events}
    assert driver.find_element(By.ID, "filter-status").text == (
        f"Showing {sum(not e.conflicts for e in seed.events)} of {len(seed.events)} events.")
    Select(driver.find_element(By.ID, "filter-kind")).select_by_value("casualties")
    assert _events(driver) == {e.id: any(c.kind == "casualties" for c in e.conflicts) for e in seed.events}
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert _events(driver) == everything
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]").click()
    assert _events(driver) == everything


def test_filters_work_from_the_keyboard(driver: WebDriver, seed_url: str, seed: Reconciliation) -> None:
    """Tab reaches the filters, arrow keys change a select, and Enter on "Show all" resets."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    _open(driver, seed_url)
    kind = driver.find_element(By.ID, "filter-kind")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)  # the skip link comes first, then the scrollable timeline and the two overview tables
    for _ in range(4):
        active = driver.switch_to.active_element
        if active.get_attribute("id") == "filter-kind":
            break
        active.send_keys(Keys.TAB)
    assert driver.switch_to.active_element.get_attribute("id") == "filter-kind"
    kind.send_keys(Keys.ARROW_DOWN)  # "any" -> "no conflict"
    assert _cards(driver) == {f"event-{e.id}": not e.conflicts for e in seed.events}
    reset = driver.find_element(By.CSS_SELECTOR, "#filters button[type=reset]")
    reset.send_keys(Keys.ENTER)
    assert all(_cards(driver).values())


def test_readable_without_javascript(driver: WebDriver, seed_url: str, seed: Reconciliation) -> None:
    """With scripts off every card is shown and the (useless) filter form is not."""
    from selenium.webdriver.common.by import By

    driver.get("about:blank")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        driver.get(seed_url)
        assert not driver.find_element(By.ID, "filters").is_displayed()
        assert _cards(driver) == {f"event-{e.id}": True for e in seed.events}
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_print_shows_every_event_and_no_controls(driver: WebDriver, seed_url: str, seed: Reconciliation) -> None:
    """Printing ignores the filters (every card) and leaves the filter form out."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(driver, seed_url)
    Select(driver.find_element(By.ID, "filter-grade")).select_by_value("contested")
    assert not all(_cards(driver).values())
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert all(_cards(driver).values())
        assert not driver.find_element(By.ID, "filters").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


_AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations']})
  .then(result => done(result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))))
  .catch(error => done([{id: 'axe-error', impact: 'critical', help: String(error), nodes: []}]));
"""


def _axe(driver: WebDriver, source: str) -> list[dict[str, Any]]:
    driver.execute_script(source)
    violations: list[dict[str, Any]] = driver.execute_async_script(_AXE_RUN)
    return violations


@pytest.mark.parametrize("report", ["seed", "hostile", "changed", "compact", "brief", "rows"])
def test_axe_finds_no_serious_or_critical_violation(driver: WebDriver, axe_source: str, report: str,
                                                    seed_url: str, hostile_url: str, changed_url: str,
                                                    compact_url: str, brief_url: str, rows_url: str) -> None:
    """axe-core reports no serious or critical accessibility violation (seed, hostile, changes, compact, brief and
    rows reports)."""
    _open(driver, {"seed": seed_url, "hostile": hostile_url, "changed": changed_url, "compact": compact_url,
                   "brief": brief_url, "rows": rows_url}[report])
    violations = _axe(driver, axe_source)
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == [], json.dumps(serious, indent=1)
    version = driver.execute_script("return axe.version")
    assert int(version.split(".")[0]) >= 4


def test_hostile_claim_text_is_inert(driver: WebDriver, hostile_url: str) -> None:
    """Script, attribute and javascript: payloads in a claim show as text and run nothing."""
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    _open(driver, hostile_url)
    with pytest.raises(NoAlertPresentException):
        _ = driver.switch_to.alert.text
    text = driver.find_element(By.TAG_NAME, "body").text
    assert SCRIPT in text
    assert ATTR in text
    assert "javascript:alert(1)" in text
    assert driver.find_elements(By.CSS_SELECTOR, 'a[href^="javascript:" i]') == []
    assert driver.find_elements(By.CSS_SELECTOR, "img, iframe, object, embed") == []
    assert len(driver.find_elements(By.TAG_NAME, "script")) == 1
    protocols = set(driver.execute_script("return Array.from(document.links).map(a => a.protocol)"))
    assert protocols <= {"http:", "https:", "file:"}
    handlers = driver.execute_script(
        "return Array.from(document.querySelectorAll('*')).flatMap(e => Array.from(e.attributes))"
        ".filter(a => a.name.startsWith('on')).length")
    assert handlers == 0
    assert _requests(driver) == [hostile_url]
    assert _log(driver, "browser") == []


RTL_SOURCE = """\
source:
  id: ar-media
  name: "وكالة الأنباء"
  kind: media
claims:
  - id: a1
    stated: 2012-06-05
    quote: "قصف قرب قرية بيرداوان، قتل 3 جنود"
    date: 2012-06-05
    place: "قرية بيرداوان"
    casualties:
      - {party: armenia, killed: "3"}
"""


def test_right_to_left_claim_text_reads_right_to_left(driver: WebDriver, make_case: Any, tmp_path: Path) -> None:
    """An Arabic quote is laid out right to left and English ones left to right (``dir="auto"``), and the Arabic
    place and source name are isolated from the English around them (``<bdi>``), so that neutral characters
    (brackets, quotation marks, digits) keep their places."""
    from selenium.webdriver.common.by import By

    from reconcile.load import load_case
    from reconcile.pipeline import reconcile

    from .conftest import SOURCE_YAML

    case = load_case(make_case({"ar-media.yaml": RTL_SOURCE, "am-mod.yaml": SOURCE_YAML}))
    path = tmp_path / "report.html"
    path.write_text(render_report(reconcile(case), generated=GENERATED), encoding="utf-8")
    _open(driver, path.as_uri())
    directions = {
        quote.get_attribute("textContent"): driver.execute_script("return getComputedStyle(arguments[0]).direction",
                                                                   quote)
        for quote in driver.find_elements(By.CSS_SELECTOR, "blockquote.quote")
    }
    assert directions == {"قصف قرب قرية بيرداوان، قتل 3 جنود": "rtl",
                          "the enemy was repelled, suffering casualties": "ltr"}
    isolated = {element.get_attribute("textContent") for element in driver.find_elements(By.TAG_NAME, "bdi")}
    assert {"قرية بيرداوان", "وكالة الأنباء"} <= isolated
    assert _log(driver, "browser") == []


def test_changes_are_readable_without_javascript(driver: WebDriver, changed_url: str) -> None:
    """With scripts off, the "Changes since" section is shown first, with every sentence, hostile text as text."""
    from selenium.webdriver.common.by import By

    driver.get("about:blank")
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        driver.get(changed_url)
        section = driver.find_element(By.ID, "changes")
        assert section.is_displayed()
        first = driver.find_element(By.CSS_SELECTOR, "main > section")
        assert first.get_attribute("id") == "changes"
        text = " ".join(section.text.split())
        for change in CHANGES:
            assert " ".join(change.summary.split()) in text
        assert SCRIPT in text
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_change_links_lead_to_event_cards(driver: WebDriver, changed_url: str) -> None:
    """Every link in the changes section points at a card on the page, and following one shows that card."""
    from selenium.webdriver.common.by import By

    _open(driver, changed_url)
    links = driver.find_elements(By.CSS_SELECTOR, "#changes a.change-link")
    assert links
    for link in links:
        target = (link.get_attribute("href") or "").rpartition("#")[2]
        assert driver.find_element(By.ID, target).tag_name == "article"
    links[0].click()
    target = (links[0].get_attribute("href") or "").rpartition("#")[2]
    assert driver.execute_script("return location.hash") == f"#{target}"
    assert driver.find_element(By.ID, target).is_displayed()
    assert _log(driver, "browser") == []


def test_full_page_screenshot(driver: WebDriver, seed_url: str) -> None:
    """A full-page screenshot of the seed report is saved as test-artifacts/report-seed.png."""
    _open(driver, seed_url)
    width, height = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    data = base64.b64decode(shot["data"])
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "report-seed.png").write_bytes(data)
    assert height > 900


def _crowded_source(number: int) -> str:
    """A source file whose one claim reports the incident every other crowded source reports (one event)."""
    kind = ("belligerent", "media", "monitor")[number % 3]
    speaks = "\n  speaks_for: armenia" if kind == "belligerent" else ""
    return f"""\
source:
  id: src-{number}
  name: Source number {number} with a long institutional name
  kind: {kind}{speaks}
claims:
  - id: c{number}
    stated: 2012-06-0{5 + number % 3}
    quote: Azerbaijani forces attacked positions near Berdavan; {number % 4 + 2} soldiers were killed
    date: 2012-06-04
    place: near Berdavan and Chinari
    initiator: azerbaijan
    casualties:
      - {{party: armenia, category: soldiers, killed: {number % 4 + 2}}}
"""


@pytest.fixture(scope="module")
def crowded_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A report whose one event has twelve claims from twelve sources."""
    from reconcile.load import load_case
    from reconcile.pipeline import reconcile

    from .conftest import CASE_YAML

    folder = tmp_path_factory.mktemp("crowded") / "crowded-case"
    folder.mkdir()
    (folder / "case.yaml").write_text(CASE_YAML, encoding="utf-8")
    for number in range(12):
        (folder / f"src-{number}.yaml").write_text(_crowded_source(number), encoding="utf-8")
    rec = reconcile(load_case(folder))
    assert [len(event.claims) for event in rec.events] == [12]
    path = folder.parent / "report.html"
    path.write_text(render_report(rec, generated=GENERATED), encoding="utf-8")
    return path.as_uri()


_OVERFLOWING_CLAIM_TABLES = """
const out = [];
for (const table of document.querySelectorAll('table.claims')) {
  const card = table.closest('article').getBoundingClientRect();
  const box = table.getBoundingClientRect();
  if (box.right > card.right + 1) {
    out.push([table.closest('article').id, Math.round(box.right), Math.round(card.right)]);
  }
}
return out;
"""


def test_printed_claims_tables_fit_the_page(driver: WebDriver, crowded_url: str) -> None:
    """Printed on A4 (186 mm between the margins: 703 CSS pixels), an event of twelve claims keeps every claim's
    column on the page: its claims come in tables of at most five, each as wide as the card at most."""
    from selenium.webdriver.common.by import By

    _open(driver, crowded_url)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 703, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        tables = driver.find_elements(By.CSS_SELECTOR, "table.claims")
        assert [len(table.find_elements(By.CSS_SELECTOR, "thead th")) - 1 for table in tables] == [5, 5, 2]
        assert driver.execute_script(_OVERFLOWING_CLAIM_TABLES) == []
        text = " ".join(t.text for t in tables)
        assert all(f"src-{number}/c{number}" in text for number in range(12))
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


_CUT_OFF_ON_A_PHONE = """
const out = [];
for (const region of document.querySelectorAll('.table-scroll')) {
  const edge = region.getBoundingClientRect().right;
  const caption = region.querySelector('caption');
  if (caption) {
    const range = document.createRange();
    range.selectNodeContents(caption);
    const right = Math.max(...Array.from(range.getClientRects(), rect => rect.right));
    if (right > edge + 1) out.push(['caption', caption.id, Math.round(right), Math.round(edge)]);
  }
  const table = region.querySelector('table.claims');
  if (table && table.querySelectorAll('thead th').length === 2 && region.scrollWidth > region.clientWidth + 1) {
    out.push(['one claim', table.closest('article').id, region.scrollWidth, region.clientWidth]);
  }
}
return out;
"""


def test_phone_shows_captions_and_one_claim_whole(driver: WebDriver, seed_url: str) -> None:
    """On a phone (400 CSS pixels wide) no table's caption runs past the edge of the screen (a wide table scrolls
    under its caption), and a card with one claim shows that claim's column whole, without scrolling sideways."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 400, "height": 800, "deviceScaleFactor": 1, "mobile": True})
    try:
        _open(driver, seed_url)
        assert driver.execute_script("return innerWidth") == 400
        assert driver.execute_script(_CUT_OFF_ON_A_PHONE) == []
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
