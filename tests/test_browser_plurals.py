"""The report's filter line counts events in the singular where there is one: a case of one event said "Showing all
1 events." before and after its script ran, and "Showing 0 of 1 events." when a filter hid it.

Needs what tests/test_browser.py needs, and skips (or fails under CI) the same way without it; the page's text
without JavaScript is checked without a browser.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reconcile.load import load_case
from reconcile.models import Reconciliation
from reconcile.pipeline import reconcile
from reconcile.render import render_report

from . import test_browser
from .conftest import SOURCE_YAML, MakeCase
from .test_browser import GENERATED, _open

if TYPE_CHECKING:
    from selenium.webdriver.chrome.webdriver import WebDriver

# The browser, found (or skipped, or failed under CI) as tests/test_browser.py does.
driver = test_browser.driver


@pytest.fixture
def one_event(make_case: MakeCase) -> Reconciliation:
    reconciliation = reconcile(load_case(make_case({"am-mod.yaml": SOURCE_YAML})))
    assert len(reconciliation.events) == 1
    return reconciliation


def test_the_filter_line_of_one_event_without_javascript(one_event: Reconciliation) -> None:
    """The line as written in the page, before any script: "Showing 1 event."."""
    html = render_report(one_event, generated=GENERATED)
    assert 'aria-live="polite">Showing 1 event.</p>' in html
    assert "1 events" not in html


@pytest.mark.browser
def test_the_filter_line_of_one_event_in_a_browser(driver: WebDriver, one_event: Reconciliation,
                                                   tmp_path: Path) -> None:
    """After the script ran: "Showing 1 event.", and "Showing 0 of 1 event." with a filter that hides it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    path = tmp_path / "report.html"
    path.write_text(render_report(one_event, generated=GENERATED), encoding="utf-8")
    _open(driver, path.as_uri())
    status = driver.find_element(By.ID, "filter-status")
    assert status.text == "Showing 1 event."
    other = next(option.get_attribute("value") for option in
                 Select(driver.find_element(By.ID, "filter-grade")).options
                 if option.get_attribute("value") not in ("", one_event.events[0].grade))
    Select(driver.find_element(By.ID, "filter-grade")).select_by_value(other or "")
    assert status.text == "Showing 0 of 1 event."
