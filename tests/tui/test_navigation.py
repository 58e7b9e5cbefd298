"""Moving around: panels by number, tab and mouse; the cursor; sorting; the narrow layout."""

from __future__ import annotations

import pytest
from textual.widgets import TabbedContent

from briefing.tui.widgets.finding_table import FindingTable
from briefing.tui.widgets.findings_panel import KindPanel
from tests.tui.helpers import (
    NARROW,
    PANEL_IDS,
    WIDE,
    active_tab,
    briefing,
    build,
    flat,
    panel_table,
    rendered,
    row_keys,
)


async def test_starts_on_overview_with_a_table_focused(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert active_tab(app) == "tab-overview"
        assert app.focused is not None
        assert app.focused.id == "overview-deadlines"


async def test_the_first_frame_paints_each_overview_line_once_and_focused(
    fixture_corpus, tmp_path, monkeypatch
):
    # A focus arriving after the first paint, or the first Resize, made every line of
    # the overview's tables be rendered again: the first frame did its work twice.
    made: list[tuple[str | None, int, bool]] = []
    real = FindingTable._row_strip

    def row_strip(table: FindingTable, row: int, cursor: bool, width: int) -> object:
        made.append((table.id, row, table.has_focus))
        return real(table, row, cursor, width)

    monkeypatch.setattr(FindingTable, "_row_strip", row_strip)
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert made
        assert len(made) == len(set(made))
        assert ("overview-deadlines", 0, True) in made
        assert ("overview-deadlines", 0, False) not in made


async def test_number_keys_show_each_panel(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        for number, tab in reversed(list(enumerate(PANEL_IDS, 1))):
            await pilot.press(str(number))
            assert active_tab(app) == tab
            # The panel's list takes the keys at once.
            assert app.focused is panel_table(app)


async def test_tab_and_shift_tab_cycle_and_wrap(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        seen = []
        for _ in PANEL_IDS:
            await pilot.press("tab")
            seen.append(active_tab(app))
        assert seen == [*PANEL_IDS[1:], PANEL_IDS[0]]  # wraps back to the overview
        await pilot.press("shift+tab")
        assert active_tab(app) == "tab-directive"  # wraps the other way
        await pilot.press("shift+tab", "shift+tab", "shift+tab", "shift+tab")
        assert active_tab(app) == "tab-target"


async def test_clicking_a_tab_shows_its_panel(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        assert await pilot.click("#--content-tab-tab-deadlines")
        await pilot.pause()
        assert active_tab(app) == "tab-deadlines"
        assert app.focused is panel_table(app)
        assert await pilot.click("#--content-tab-tab-achievement")
        await pilot.pause()
        assert active_tab(app) == "tab-achievement"
        # Keys still work after a click: the list has the focus.
        await pilot.press("j")
        assert panel_table(app).cursor_row == 1


async def test_cursor_keys_move_in_a_findings_panel(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")  # limitations: four findings
        table = panel_table(app)
        keys = row_keys(table)
        assert len(keys) == 4
        assert table.current_key == keys[0]
        steps = [
            ("k", 0),  # already at the top
            ("j", 1),
            ("down", 2),
            ("j", 3),
            ("j", 3),  # already at the bottom
            ("k", 2),
            ("up", 1),
            ("G", 3),
            ("g", 0),
        ]
        for key, row in steps:
            await pilot.press(key)
            assert table.cursor_row == row, key
            assert table.current_key == keys[row], key


async def test_cursor_moves_the_detail_along(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "G")
        panel = briefing(app).active_panel
        finding = app.corpus.by_id[panel_table(app).current_key]
        detail = flat(rendered(panel.query_one("#detail-body")))
        assert finding.statement in detail


async def test_sort_toggles_and_keeps_the_cursor_on_the_finding(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        panel = briefing(app).active_panel
        assert isinstance(panel, KindPanel)
        table = panel.table
        assert panel.border_title.endswith("by topic")
        by_topic = row_keys(table)
        await pilot.press("j", "j")
        chosen = table.current_key
        await pilot.press("s")
        assert panel.border_title.endswith("by source date")
        by_date = row_keys(table)
        assert sorted(by_date) == sorted(by_topic)
        assert by_date != by_topic
        # Newest source first.
        corpus = app.corpus
        dates = [corpus.source_of(corpus.by_id[k]).published_date for k in by_date]
        assert dates == sorted(dates, reverse=True)
        assert table.current_key == chosen
        assert table.cursor_row == by_date.index(str(chosen))
        await pilot.press("s")
        assert panel.border_title.endswith("by topic")
        assert row_keys(table) == by_topic
        assert table.current_key == chosen


async def test_narrow_terminal_puts_the_detail_below(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("2")
        screen = briefing(app)
        assert screen.has_class("narrow")
        panel = screen.active_panel
        table = panel.query_one(".finding-table").region
        detail = panel.query_one(".finding-detail").region
        assert detail.y > table.y
        assert detail.x == table.x


async def test_wide_terminal_puts_the_detail_beside(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        screen = briefing(app)
        assert not screen.has_class("narrow")
        panel = screen.active_panel
        table = panel.query_one(".finding-table").region
        detail = panel.query_one(".finding-detail").region
        assert detail.y == table.y
        assert detail.x > table.x


@pytest.mark.parametrize(("start", "end", "narrow"), [(WIDE, NARROW, True), (NARROW, WIDE, False)])
async def test_resizing_switches_the_layout(fixture_corpus, tmp_path, start, end, narrow):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=start) as pilot:
        await pilot.press("2")
        await pilot.resize_terminal(*end)
        await pilot.pause()
        assert briefing(app).has_class("narrow") is narrow
        assert app.screen.query_one(TabbedContent).active == "tab-achievement"


async def test_resizing_keeps_the_cursor_on_the_finding(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3", "j", "j")
        table = panel_table(app)
        kept = table.current_key
        assert table.cursor_row == 2
        await pilot.resize_terminal(80, 24)  # narrower than the compact width
        await pilot.pause()
        assert panel_table(app).current_key == kept


async def test_overview_tables_are_one_list_for_the_keyboard(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        deadlines = app.screen.query_one("#overview-deadlines", FindingTable)
        figures = app.screen.query_one("#overview-figures", FindingTable)
        assert app.focused is deadlines
        for _ in range(deadlines.row_count - 1):
            await pilot.press("j")
        assert app.focused is deadlines
        await pilot.press("j")  # past the last deadline: into the figures
        assert app.focused is figures
        assert figures.cursor_row == 0
        await pilot.press("k")  # back up from the first figure
        assert app.focused is deadlines


async def test_directives_have_their_own_panel_apart_from_targets(tmp_path):
    """An undated task with no figure is listed under Directives (key 8), never Targets."""
    from briefing.core.model import Kind
    from briefing.corpus.loader import load_corpus
    from briefing.storage.paths import bundled_corpus

    corpus = load_corpus(bundled_corpus())
    directives = {f.id for f in corpus.findings if f.kind is Kind.DIRECTIVE}
    targets = {f.id for f in corpus.findings if f.kind is Kind.TARGET}
    assert directives and targets
    app = build(bundled_corpus(), tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("8")
        await pilot.pause()
        assert active_tab(app) == "tab-directive"
        assert set(row_keys(panel_table(app))) == directives
        await pilot.press("4")
        await pilot.pause()
        assert set(row_keys(panel_table(app))) == targets


async def test_up_from_the_overviews_first_table_shows_its_top_lines_and_stays(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.pause()
        panel = app.screen.query_one("#panel-overview")
        deadlines = app.screen.query_one("#overview-deadlines", FindingTable)
        await pilot.press("j", "j", "j")
        assert app.focused is deadlines
        panel.scroll_end(animate=False)
        await pilot.pause()
        assert panel.scroll_y > 0  # at 60x20 the as-of line is above the screen
        await pilot.press("g", "k")
        await pilot.pause()
        assert panel.scroll_y == 0
        summary = app.screen.query_one("#overview-summary")
        assert summary.region.height and panel.region.contains_region(summary.region)
        for _ in range(3):  # no ping-pong into another table, however often
            await pilot.press("k")
            assert app.focused is deadlines
        # Down past the last table stays in it too.
        last = [t for t in app.screen.query(".overview-table").results(FindingTable) if t.display]
        last[-1].focus()
        await pilot.press("G", "j", "j")
        assert app.focused is last[-1]


async def test_the_overviews_tables_grow_with_the_window(bundled, tmp_path):
    heights = []
    for size in [(120, 40), (200, 60)]:
        app = build(bundled, tmp_path)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            heights.append(app.screen.query_one("#overview-figures").region.height)
    assert heights[1] > heights[0] + 5, heights
