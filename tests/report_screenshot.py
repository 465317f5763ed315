"""Render the seed case's report and save a screenshot of its top for the README.

    .venv/bin/python tests/report_screenshot.py [OUT.png]      (default: docs/report-screenshot.png)

Uses the same headless Chromium as tests/test_browser.py (``bash tests/browser_setup.sh`` installs it). The
screenshot is one 1280 × 900 viewport, so it shows the header, the counts and the start of the timeline.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from reconcile.load import load_case
    from reconcile.pipeline import reconcile
    from reconcile.render import render_report

    out = Path(argv[0]) if argv else ROOT / "docs" / "report-screenshot.png"
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(render_report(reconcile(load_case(ROOT / "claims" / "2012-tavush-qazakh")),
                                      generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")),
                        encoding="utf-8")
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--hide-scrollbars", "--force-device-scale-factor=1", f"--user-data-dir={tmp}/profile"):
            options.add_argument(argument)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            driver.set_window_rect(width=1280, height=900)
            inner = driver.execute_script("return [window.innerWidth, window.innerHeight]")
            driver.set_window_rect(width=1280 + 1280 - inner[0], height=900 + 900 - inner[1])
            driver.get(page.as_uri())
            out.write_bytes(driver.get_screenshot_as_png())
        finally:
            driver.quit()
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
