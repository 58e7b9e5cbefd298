"""What each panel and the source view look like, in both bundled themes and two sizes.

Regenerate after an intended change of the look with
``pytest tests/snapshots --snapshot-update`` and review the SVGs before committing.
"""

from __future__ import annotations

import pytest

from tests.tui.helpers import build

VIEWS = {
    "overview": ["1"],
    "achievements": ["2"],
    "limitations": ["3"],
    "targets": ["4"],
    "deadlines": ["5"],
    "sources": ["6"],
    "figures": ["7"],
    "source-view": ["2", "enter"],
}


@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize("view", list(VIEWS))
def test_view(snap_compare, bundled, tmp_path, view, size, theme):
    app = build(bundled, tmp_path, theme=theme)
    assert snap_compare(app, terminal_size=size, press=VIEWS[view])


@pytest.mark.parametrize(
    "size", [(60, 20), (80, 24), (120, 40), (200, 60)], ids=["60x20", "80x24", "120x40", "200x60"]
)
def test_review_dialog(snap_compare, extracted, tmp_path, size):
    """The review dialog on a corpus made by ``briefing ingest``, on its deadline."""
    app = build(extracted, tmp_path)
    assert snap_compare(app, terminal_size=size, press=["5", "r"])


@pytest.mark.parametrize("size", [(60, 20), (200, 60)], ids=["60x20", "200x60"])
@pytest.mark.parametrize("view", ["overview", "achievements", "deadlines", "filter"])
def test_view_at_the_smallest_and_largest_sizes(snap_compare, bundled, tmp_path, view, size):
    """The columns share out the width they have; the filter's boxes read ✓ or blank."""
    app = build(bundled, tmp_path)
    press = {**VIEWS, "filter": ["f", "space"]}[view]
    assert snap_compare(app, terminal_size=size, press=press)


async def _select_indicator(pilot, metric: str) -> None:
    """Move the Figures cursor to ``metric``'s row with ``j``, as a person would."""
    table = pilot.app.screen.query_one("#figures-table")
    await pilot.press("g")
    for _ in range(table.row_count):
        if table.current_row.metric == metric:
            return
        await pilot.press("j")
    raise AssertionError(f"{metric} is not listed")


@pytest.mark.parametrize("theme", ["briefing-dark", "briefing-light"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
@pytest.mark.parametrize(
    "metric",
    [
        "online_records_rate",  # three outlets and a target for 2025
        "digital_economy_gdp_share",  # sources disagree for H1 2024
    ],
)
def test_figures_chart(snap_compare, bundled, tmp_path, metric, size, theme):
    """``c`` on Figures: the selected indicator's chart and its values as text."""
    app = build(bundled, tmp_path, theme=theme)

    async def chart(pilot) -> None:
        await pilot.press("7")
        await _select_indicator(pilot, metric)
        await pilot.press("c")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=chart)
