"""The briefing in a real browser: headless Chromium on ``briefing serve``, offline.

The page draws the terminal on a canvas; the server runs xterm.js in screen-reader mode,
which keeps every row as text in ``.xterm-accessibility-tree``. That is what these tests
read: the same text a screen reader gets.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import AS_OF, Offline, Served, alive, screenshot_dir, serve

pytestmark = pytest.mark.browser

SCREEN = ".xterm-accessibility-tree"
WAIT_MS = 20_000
FIRST_DEADLINE_URL = (
    "https://baothanhhoa.vn/bo-truong-truong-nganh-chu-cich-ubnd-tinh-thanh-pho-phai-truc-tiep-"
    "chi-dao-thuc-xien-chuyen-doi-so-219151.htm"
)


def screen_text(page: Any) -> str:
    """What the terminal in the page shows, row by row."""
    return str(page.locator(SCREEN).inner_text())


def wait_for_text(page: Any, *texts: str, gone: tuple[str, ...] = ()) -> str:
    """Wait until every one of ``texts`` is on screen and none of ``gone``; return the screen."""
    page.wait_for_function(
        """([texts, gone]) => {
            const screen = document.querySelector('.xterm-accessibility-tree');
            if (screen === null) return false;
            const shown = screen.textContent;
            return texts.every(t => shown.includes(t)) && !gone.some(t => shown.includes(t));
        }""",
        arg=[list(texts), list(gone)],
        timeout=WAIT_MS,
    )
    return screen_text(page)


def open_briefing(offline: Offline, server: Served) -> Any:
    """A new page on the server, the app on screen, keyboard focus in the terminal."""
    page = offline.context.new_page()
    page.goto(server.url)
    wait_for_text(page, "160 findings from 5 sources", "Deadlines to watch")
    page.locator(".xterm-helper-textarea").focus()
    return page


def test_page_works_offline_and_keys_switch_to_deadlines(
    offline: Offline, server: Served, tmp_path: Path
):
    page = open_briefing(offline, server)
    overview = screen_text(page)
    assert f"as of {AS_OF}" in overview
    assert "Headline figures" in overview

    page.keyboard.press("5")
    deadlines = wait_for_text(page, "16 of 16", "Owner", "days late")
    assert "Headline figures" not in deadlines
    assert "Localities to link procedure systems" in deadlines
    page.screenshot(path=str(screenshot_dir(tmp_path) / "serve.png"))

    # Everything the page needed came from the server: no CDN, no font service.
    assert offline.blocked == []
    assert page.evaluate("document.fonts.check('16px \"Roboto Mono\"')")


def test_enter_opens_the_source_and_o_opens_its_url_in_a_new_tab(offline: Offline, server: Served):
    page = open_briefing(offline, server)
    page.keyboard.press("5")
    wait_for_text(page, "16 of 16")

    page.keyboard.press("Enter")
    source = wait_for_text(page, "Finding ", "Ministers, heads of sectors")
    assert "Localities must urgently adjust" in source  # the quote, in the article

    with offline.context.expect_page(timeout=WAIT_MS) as opened:
        page.keyboard.press("o")
    tab = opened.value
    tab.wait_for_load_state()
    # The article's own URL, asked for by a new tab (and stopped: the test is offline).
    assert FIRST_DEADLINE_URL in offline.blocked
    assert tab is not page
    assert page.url == server.url  # the briefing stays where it was

    page.keyboard.press("Escape")
    wait_for_text(page, "16 of 16", "Owner")


def test_search_in_the_page(offline: Offline, server: Served):
    page = open_briefing(offline, server)
    page.keyboard.press("2")
    # 103 achievements, 95 distinct claims: a claim two articles make is one row.
    wait_for_text(page, "95 of 95")
    page.keyboard.press("/")
    page.keyboard.type("vneid")
    screen = wait_for_text(page, "of 95", gone=("95 of 95",))
    assert "VNeID" in screen


def test_each_page_gets_its_own_app(offline: Offline, server: Served):
    first = open_briefing(offline, server)
    second = open_briefing(offline, server)
    assert len(server.app_pids()) == 2

    first.keyboard.press("5")
    wait_for_text(first, "16 of 16")
    first.wait_for_timeout(500)
    other = screen_text(second)
    assert "Headline figures" in other
    assert "16 of 16" not in other

    first.close()  # closing a page ends its app
    second.wait_for_timeout(500)
    for _ in range(50):
        if len(server.app_pids()) == 1:
            break
        second.wait_for_timeout(100)
    assert len(server.app_pids()) == 1


def test_ctrl_c_ends_the_server_and_its_apps(offline: Offline, bundled: Path):
    with serve(bundled) as server:
        page = open_briefing(offline, server)
        apps = server.app_pids()
        assert len(apps) == 1
        assert server.stop() == 0
        assert not any(alive(pid) for pid in apps)
        # The page says the session ended, rather than freezing.
        page.wait_for_selector("body.-closed", timeout=WAIT_MS)
        assert "Traceback" not in "".join(server.output)


def test_summary_html_export_links_its_citations(offline: Offline, bundled: Path, tmp_path: Path):
    export = tmp_path / "briefing.html"
    done = subprocess.run(
        [
            *(sys.executable, "-m", "briefing", "summary", "--format", "html"),
            *("--corpus", str(bundled), "--as-of", AS_OF, "--output", str(export)),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    page = offline.context.new_page()
    page.goto(export.as_uri())
    page.wait_for_load_state()
    links = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    outside = [href for href in links if not href.startswith("#")]
    inside = {href for href in links if href.startswith("#")}
    assert FIRST_DEADLINE_URL in outside
    assert all(href.startswith("https://") for href in outside)
    assert len(set(outside)) >= 4  # the sources that give a URL
    # Every [n] is a link to its source in the list at the end of the page.
    assert inside and all(page.locator(href).count() == 1 for href in inside)
    page.locator("a.cite").first.click()
    page.wait_for_function("() => location.hash.startsWith('#source-')")
    target = page.evaluate("() => location.hash")
    assert page.locator(target).is_visible()
    box, view = page.locator(target).bounding_box(), page.viewport_size
    assert box is not None and view is not None
    assert 0 <= box["y"] < view["height"]  # scrolled into sight (the list ends the page)
    assert page.evaluate("() => window.scrollY") > 0
    page.screenshot(path=str(screenshot_dir(tmp_path) / "summary-html.png"))
    assert offline.blocked == []
