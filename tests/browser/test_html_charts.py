"""The HTML export's charts in a real browser: drawn, visible, themed, offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser.conftest import AS_OF, Offline, screenshot_dir

pytestmark = pytest.mark.browser


def _export(corpus: Path, out: Path, *extra: str) -> None:
    done = subprocess.run(
        [
            *(sys.executable, "-m", "briefing", "summary", "--format", "html"),
            *("--corpus", str(corpus), "--as-of", AS_OF, "--output", str(out), *extra),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_html_export_shows_its_charts(offline: Offline, bundled: Path, tmp_path: Path):
    export = tmp_path / "briefing.html"
    _export(bundled, export)
    page = offline.context.new_page()
    page.goto(export.as_uri())
    page.wait_for_load_state()
    charts = page.locator("#figures svg.chart")
    headings = page.locator("#figures h3").count()
    assert headings > 5 and charts.count() == headings  # one chart per indicator listed
    chart = page.locator("svg.chart", has=page.locator("title", has_text="nationwide")).first
    chart.scroll_into_view_if_needed()
    assert chart.is_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 100
    # Its markers are drawn in the theme's colours, not left black (a missing variable).
    fill = chart.locator(".point").first.evaluate("e => getComputedStyle(e).fill")
    assert fill not in ("", "none", "rgb(0, 0, 0)")
    dashed = chart.locator(".target").first.evaluate("e => getComputedStyle(e).strokeDasharray")
    assert dashed not in ("", "none")
    # The values as a table right under it, for a screen reader and a printed page.
    table = page.locator("figure.indicator-chart", has=chart).locator("table.chart-values")
    assert table.is_visible()
    assert "Target" in table.inner_text() and "80% by 2025" in table.inner_text()
    name = chart.get_attribute("aria-labelledby") or ""
    title_id = name.split()[0]
    assert "nationwide" in page.locator(f"#{title_id}").text_content()
    figure = page.locator("figure.indicator-chart", has=chart)
    figure.screenshot(path=str(screenshot_dir(tmp_path) / "chart-html.png"))
    assert offline.blocked == []
