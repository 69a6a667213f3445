"""The report opens in a real browser with no console error and no network request.

Playwright drives the system Chromium (`executable_path`): it never downloads a browser.
"""
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: `apt install chromium` "
                                                               "(make test installs it)")


@pytest.fixture(scope="module")
def opened(report_2024, tmp_path_factory) -> dict:
    """Open the report from a file:// URL; record every other request and every error."""
    sync_api = pytest.importorskip("playwright.sync_api")
    page_file = tmp_path_factory.mktemp("browser") / "brief.html"
    page_file.write_text(report_2024, encoding="utf-8")
    url, seen = page_file.as_uri(), {"requests": [], "errors": []}
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.on("request", lambda r: r.url != url and seen["requests"].append(r.url))
        page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
        page.on("pageerror", lambda e: seen["errors"].append(str(e)))
        page.goto(url, wait_until="load")
        seen["chart boxes"] = page.locator("#topics svg").count()
        seen["title"] = page.title()
        page.screenshot(path=str(page_file.with_suffix(".png")), full_page=True)
        browser.close()
    return seen


@pytest.mark.parametrize("kind", ["requests", "errors"])
def test_the_report_opens_offline_without_errors(opened, kind):
    assert opened[kind] == []


def test_the_browser_draws_the_chart_and_reads_the_title(opened):
    assert opened["chart boxes"] == 1 and opened["title"].startswith("India – South Korea")
