"""The Figures panel's chart (``c``): the selected indicator drawn, its values as text."""

from __future__ import annotations

import subprocess
import sys

from textual.widgets import Static
from textual_plotext import PlotextPlot

from briefing.tui.widgets.figures_panel import FiguresPanel
from briefing.tui.widgets.indicator_chart import IndicatorChart
from briefing.tui.widgets.keys_footer import KeysFooter
from tests.tui.helpers import WIDE, briefing, build, flat, rendered, select_row
from tests.tui.test_actions import palette_prompts

CHIPS = "lb-chip-id-cards#chip_id_cards_issued#2025-01"
DOSSIERS = "lm-online-dossiers-low#online_dossier_share#2024-H1"


def _panel(app) -> FiguresPanel:
    panel = briefing(app).active_panel
    assert isinstance(panel, FiguresPanel)
    return panel


def _values(app) -> str:
    return flat(str(app.screen.query_one("#chart-values", Static).render()))


async def test_c_shows_the_chart_in_place_of_the_citations_and_back(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("7")
        panel = _panel(app)
        chart = app.screen.query_one(IndicatorChart)
        assert not chart.display or not chart.region.height  # hidden until asked for
        assert "Chart" in [key.description for key in app.screen.query_one(KeysFooter).keys]
        await select_row(pilot, panel.metrics_table, CHIPS)
        await pilot.press("c")
        await pilot.pause()
        assert chart.region.height >= 8 and panel.citations_table.region.height == 0
        plot = rendered(app.screen.query_one(PlotextPlot))
        assert "2025" in plot and "●" in plot and "◆" in plot  # one marker per outlet
        assert _values(app) == (
            "● Lanmore Daily: 1.25 million cards (Jun 2024) "
            "◆ Lanmore Provincial Bulletin: over 1.41 million cards (Jan 2025)"
        )
        assert "Chip-embedded citizen ID cards issued" in str(chart.border_title)
        await pilot.press("c")
        await pilot.pause()
        assert chart.region.height == 0 and panel.citations_table.region.height > 0


async def test_moving_the_cursor_redraws_the_chart_for_the_new_indicator(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7")
        panel = _panel(app)
        await select_row(pilot, panel.metrics_table, CHIPS)
        await pilot.press("c")
        await pilot.pause()
        before = rendered(app.screen.query_one(PlotextPlot))
        await select_row(pilot, panel.metrics_table, DOSSIERS)
        await pilot.pause()
        chart = app.screen.query_one(IndicatorChart)
        assert chart.chart is not None and chart.chart.metric == "online_dossier_share"
        after = rendered(app.screen.query_one(PlotextPlot))
        assert after != before
        assert "◎" in after and "╌" in after  # the 80% target, dashed to its due date
        assert _values(app) == (
            "● Lanmore Daily: 31% (H1 2024) ◎ Target: 80% by 2025 (Lanmore Daily)"
        )


async def test_l_from_the_chart_goes_to_the_citations(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7", "c", "l")
        await pilot.pause()
        panel = _panel(app)
        assert app.focused is panel.citations_table
        assert not panel.charted


async def test_no_color_shows_the_values_as_text_alone(fixture_corpus, tmp_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("7")
        await select_row(pilot, _panel(app).metrics_table, CHIPS)
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.query_one(PlotextPlot).region.height == 0
        assert "Lanmore Provincial Bulletin: over 1.41 million cards (Jan 2025)" in _values(app)


async def test_the_chart_is_in_the_command_palette(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("7", "ctrl+p", *"chart")
        assert "Chart" in await palette_prompts(pilot)


def test_plotext_is_not_imported_before_the_figures_panel_is_shown():
    """Plotext's import (tens of ms) stays out of the time to the first frame."""
    probe = (
        "import sys; import briefing.tui.app, briefing.tui.widgets.registry; "
        "print('textual_plotext' in sys.modules, 'plotext' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False", "False"]
