"""Right-to-left claim text in a real headless Chromium: what the reader sees of a report that mixes Arabic, Hebrew
and Sorani names, places, dates and quotes with Latin ids, numbers and dates. Measured on the laid-out page
(positions of the text, computed styles), on the case of tests/test_report_bidi.py.

Needs what tests/test_browser.py needs, and skips (or fails under CI) the same way without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from . import test_browser
from .test_browser import _axe, _log, _open, _requests
from .test_report_bidi import mixed_html

if TYPE_CHECKING:
    from selenium.webdriver.chrome.webdriver import WebDriver

pytestmark = pytest.mark.browser

# The browser and axe-core, found (or skipped, or failed under CI) as tests/test_browser.py does.
driver = test_browser.driver
axe_source = test_browser.axe_source

#: The left and right edges, on screen, of the first occurrence of ``text`` in the text of ``element``.
_EDGES = """
const [element, text] = arguments;
const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const at = node.data.indexOf(text);
  if (at < 0) continue;
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + text.length);
  const rects = [...range.getClientRects()].filter(r => r.width > 0);
  return [Math.min(...rects.map(r => r.left)), Math.max(...rects.map(r => r.right)), rects[0].top];
}
return null;
"""


@pytest.fixture(scope="module")
def mixed_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("mixed-bidi")
    path = folder / "report.html"
    path.write_text(mixed_html(folder / "case"), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def mixed_rows_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The same case laid out as the largest report: every event a row."""
    folder = tmp_path_factory.mktemp("mixed-bidi-rows")
    path = folder / "report.html"
    path.write_text(mixed_html(folder / "case", compact_above=0, rows_above=0), encoding="utf-8")
    return path.as_uri()


def _edges(driver: WebDriver, element: Any, text: str) -> tuple[float, float, float]:
    edges = driver.execute_script(_EDGES, element, text)
    assert edges is not None, f"{text!r} is not in {element.text!r}"
    return edges[0], edges[1], edges[2]


def _element(driver: WebDriver, selector: str, containing: str) -> Any:
    from selenium.webdriver.common.by import By

    for element in driver.find_elements(By.CSS_SELECTOR, selector):
        if containing in (element.get_attribute("textContent") or ""):
            return element
    raise AssertionError(f"no {selector} holds {containing!r}")


def _left_to_right(driver: WebDriver, element: Any, *texts: str) -> None:
    """The English sentence keeps its order: each of ``texts`` (in the sentence's order) ends left of the next."""
    edges = [_edges(driver, element, text) for text in texts]
    for (first, left), (second, right) in zip(zip(texts, edges, strict=True), zip(texts[1:], edges[1:], strict=True),
                                               strict=False):
        assert abs(left[2] - right[2]) < 3, f"{first!r} and {second!r} are not on one line"
        assert left[1] <= right[0] + 1, f"{first!r} is shown right of {second!r} in {element.text!r}"


@pytest.mark.parametrize(("selector", "containing", "texts"), [
    # who started it: "<source>: <party>", both right to left
    ("ul.initiators li", "חדשות הצפון", ("חדשות הצפון", ":", "قوات سوريا الديمقراطية")),
    # the sources table: a source aligned with two right-to-left parties
    ("table.sources td", "יחידות הגנה", ("قوات سوريا الديمقراطية", ",", "יחידות הגנה")),
    # a date written in Arabic, then the report's reading of it in brackets
    ("table.claims td", "تشرين", ("2019", "(9")),
    # a casualty conflict naming right-to-left sources and a right-to-left party
    ("span.conflict-summary", "says 7 civilians", ("ڕووداو", "says 7 civilians of", "قوات سوريا الديمقراطية",
                                                   "were killed;")),
    # what that disagreement is about, naming the right-to-left party
    ("span.disagreement-subject", "Civilians of", ("Civilians of", "قوات سوريا الديمقراطية", "killed")),
    # a value with its right-to-left source and the source's own words, after the claim id
    ("ul.disagreement-values li", "rudaw-ckb/ckb-3: ", ("7", "ڕووداو", "rudaw-ckb/ckb-3", "٧")),
    # a right-to-left party as the value, then two right-to-left sources in order
    ("ul.disagreement-values li", "Turkey", ("Turkey", "ڕووداو", "rudaw-ckb/ckb-3", "وكالة", "sana-ar/ar-001")),
])
def test_right_to_left_names_keep_the_sentence_in_order(driver: WebDriver, mixed_url: str, selector: str,
                                                        containing: str, texts: tuple[str, ...]) -> None:
    _open(driver, mixed_url)
    driver.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })")
    _left_to_right(driver, _element(driver, selector, containing), *texts)


def test_reported_by_lists_right_to_left_sources_in_order(driver: WebDriver, mixed_rows_url: str) -> None:
    """Three right-to-left source names in a row's "Reported by" cell, in the order of the list."""
    _open(driver, mixed_rows_url)
    cell = _element(driver, "table.compact-events td", "claims from 3 sources")
    driver.execute_script("arguments[0].style.whiteSpace = 'nowrap'", cell)  # one line, to compare positions
    _left_to_right(driver, cell, "חדשות הצפון", "ڕووداو", "وكالة")
    assert _log(driver, "browser") == []


def test_right_to_left_date_reads_as_written(driver: WebDriver, mixed_url: str) -> None:
    """"9 تشرين الأول 2019" laid out right to left as one piece: the day at its right end, the year at its left,
    not a "9" left alone at the start of the cell."""
    _open(driver, mixed_url)
    cell = _element(driver, "table.claims td", "تشرين")
    day = _edges(driver, cell, "9 ")
    month = _edges(driver, cell, "تشرين")
    year = _edges(driver, cell, "2019")
    assert year[1] <= month[0] + 1
    assert month[1] <= day[0] + 1


def test_right_to_left_quotes_and_cells_start_at_the_right(driver: WebDriver, mixed_url: str) -> None:
    """An Arabic, Hebrew or Sorani quote is right-aligned with its rule on the right; an English or Turkish one
    left-aligned with its rule on the left; a place as written in Arabic starts at the right of its cell."""
    from selenium.webdriver.common.by import By

    _open(driver, mixed_url)
    seen = set()
    for quote in driver.find_elements(By.CSS_SELECTOR, "blockquote.quote"):
        style = driver.execute_script(
            "const s = getComputedStyle(arguments[0]); const b = arguments[0].getBoundingClientRect();"
            "return [s.direction, s.borderLeftWidth, s.borderRightWidth, b.left, b.right]", quote)
        text = (quote.get_attribute("textContent") or "").strip()
        left, right, _ = _edges(driver, quote, text[:4])
        direction, border_left, border_right, box_left, box_right = style
        seen.add(direction)
        if direction == "rtl":
            assert (border_left, border_right) == ("0px", "3px"), text
            assert box_right - right < 15 < left - box_left, text
        else:
            assert (border_left, border_right) == ("3px", "0px"), text
            assert left - box_left < 15, text
    assert seen == {"ltr", "rtl"}
    cell = _element(driver, "table.places td", "רא")
    box = cell.rect
    left, right, _ = _edges(driver, cell, "ראס")
    assert box["x"] + box["width"] - right < 15 < left - box["x"]


def test_narrow_screen_does_not_scroll_sideways(driver: WebDriver, mixed_url: str) -> None:
    """On a 375 px phone a place or a source name written without spaces breaks inside the contents and the card
    title instead of widening the page (tables and charts scroll inside their own boxes)."""
    driver.set_window_size(375, 800)
    try:
        _open(driver, mixed_url)
        width = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1]
    finally:
        driver.set_window_size(1280, 900)


def test_mixed_report_is_offline_clean_and_accessible(driver: WebDriver, axe_source: str,
                                                      mixed_url: str) -> None:
    """Nothing but the page itself is loaded (no web fonts: the fonts are the reader's own), nothing is logged,
    and axe-core finds no serious or critical violation."""
    _open(driver, mixed_url)
    assert driver.execute_script("return document.fonts.size") == 0
    assert _requests(driver) == [mixed_url]
    assert _log(driver, "browser") == []
    violations = _axe(driver, axe_source)
    assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []
