"""A panel shown for the first time: its rows, its cursor and its detail, whether its list
was made by the loading thread after the first frame or at the key press."""

from __future__ import annotations

import threading
from typing import Any

from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.widgets.finding_table import FindingTable
from tests.tui.helpers import WIDE, briefing, build, flat, panel_table, rendered, row_keys


async def until(pilot: Pilot[Any], condition: Any) -> None:
    for _ in range(2000):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("never happened")


def reading() -> bool:
    """The loading thread (read, remember, fold, make the lists) is still at work."""
    return any(thread.name == "briefing-load" for thread in threading.enumerate())


async def shown_lists(app: BriefingApp, pilot: Pilot[Any]) -> dict[str, tuple[list[str], str]]:
    """Each finding panel's rows and detail, each at its first show, in key order."""
    shown = {}
    for number in "23458":
        await pilot.press(number)
        panel = briefing(app).active_panel
        table = panel_table(app)
        detail = flat(rendered(panel.query_one("#detail-body")))
        if table.row_count:
            # At once: the cursor on the first row, its finding in the detail.
            assert table.cursor_row == 0
            assert app.corpus.by_id[row_keys(table)[0]].statement[:30] in detail
        # Then the whole detail, once what the key press queued has run (the panel's refit
        # to its width): on a loaded machine the first capture could come before it, and
        # the text wrapped at another width (a URL broken elsewhere) compared unequal.
        await pilot.pause()
        detail = flat(rendered(panel.query_one("#detail-body")))
        shown[panel.id or ""] = (row_keys(table), detail)
    return shown


async def test_panels_made_ahead_show_the_rows_they_would_make_themselves(fixture_corpus, tmp_path):
    ahead = build(fixture_corpus, tmp_path, background=True)
    async with ahead.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: isinstance(ahead.screen, BriefingScreen))
        await until(pilot, lambda: not reading())  # the lists are made
        made_ahead = await shown_lists(ahead, pilot)
    at_show = build(fixture_corpus, tmp_path / "again")  # read here: nothing made ahead
    async with at_show.run_test(size=WIDE) as pilot:
        await pilot.pause()
        made_at_show = await shown_lists(at_show, pilot)
    assert made_ahead == made_at_show
    achievements, _ = made_ahead["panel-achievement"]
    assert len(achievements) > 1


async def test_a_first_show_keeps_the_other_panels_cursor_and_detail(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        await pilot.press("2", "j", "j")
        table = panel_table(app)
        chosen = table.current_key
        assert chosen is not None and table.cursor_row == 2
        await pilot.press("3")  # Limitations, shown for the first time
        limitations = panel_table(app)
        assert limitations.row_count and limitations.cursor_row == 0
        assert app.focused is limitations
        await pilot.press("2")
        assert panel_table(app) is table
        assert table.current_key == chosen and table.cursor_row == 2
        detail = flat(rendered(briefing(app).active_panel.query_one("#detail-body")))
        assert app.corpus.by_id[chosen].statement[:30] in detail


async def test_sources_shown_first_count_every_finding_then_follow_a_search(
    fixture_corpus, tmp_path
):
    app = build(fixture_corpus, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        await until(pilot, lambda: not reading())
        await pilot.press("6")
        table = app.screen.query_one("#sources-table", FindingTable)
        corpus = app.corpus
        newest_first = sorted(corpus.sources.values(), key=lambda s: (s.published_date, s.id))
        assert row_keys(table) == [f"source:{s.id}" for s in reversed(newest_first)]
        assert table.cursor_row == 0
        # Each row's counts add up to its source's findings of the four kinds.
        for key in row_keys(table):
            source = key.removeprefix("source:")
            cells = [c.plain for c in table.get_row(key)][3:]
            briefed = [f for f in corpus.by_source.get(source, []) if f.kind.value != "directive"]
            assert sum(int(n) for n in cells) == len(briefed)
        await pilot.press("slash", *"zqxj", "enter")  # nothing says that
        assert table.row_count == 0
        await pilot.press("escape")
        assert row_keys(table) == [f"source:{s.id}" for s in reversed(newest_first)]
