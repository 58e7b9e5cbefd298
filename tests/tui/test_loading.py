"""Loading in a worker behind a progress bar, and search that touches only the shown panel."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Label, ProgressBar

from briefing.analysis import overview as overview_module
from briefing.analysis.query import Query
from briefing.analysis.repeats import repeats_of
from briefing.core.model import Kind
from briefing.corpus import cache
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus
from briefing.storage.settings import last_briefed
from briefing.tui import app as app_module
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.screens.error_screen import CorpusErrorScreen
from briefing.tui.screens.loading_screen import LoadingScreen
from briefing.tui.widgets import background, findings_panel
from briefing.tui.widgets.finding_table import FindingTable
from briefing.tui.widgets.findings_panel import FindingsPanel
from tests.tui.helpers import WIDE, briefing, build, panel_table, rendered


@pytest.fixture
def held_load(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> threading.Event:
    """Loading stops after the first findings file until the test sets the event."""
    # A cold load (a cache of its own, empty): a warm one reads no findings file.
    monkeypatch.setenv(cache.ENV, str(tmp_path / "cold-cache"))
    release = threading.Event()

    def slow_load(root: Path, progress: Callable[[int, int], None] | None = None) -> Corpus:
        def held(done: int, total: int) -> None:
            if progress:
                progress(done, total)
            if done == 1:
                assert release.wait(10), "the test never released the load"

        return load_corpus(root, progress=held)

    monkeypatch.setattr(app_module, "load_corpus", slow_load)
    return release


async def until(pilot, condition: Callable[[], bool]) -> None:
    for _ in range(500):
        if condition():
            return
        await pilot.pause(0.01)
    raise AssertionError("never happened")


async def test_the_first_frame_shows_progress_then_the_briefing(
    fixture_corpus, tmp_path, held_load
):
    app = build(fixture_corpus, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:
        assert isinstance(app.screen, LoadingScreen)
        count = app.screen.query_one("#loading-count", Label)
        await until(pilot, lambda: "Loading 1 of 2 files" in rendered(count))
        bar = app.screen.query_one(ProgressBar)
        assert (bar.progress, bar.total) == (1, 2)
        assert not app.loaded and not app.corpus.findings
        held_load.set()
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        await pilot.press("2")
        achievements = app.corpus.by_kind[Kind.ACHIEVEMENT]
        assert panel_table(app).row_count == len(achievements) > 0


async def test_a_quick_read_opens_straight_on_the_briefing(fixture_corpus, tmp_path, monkeypatch):
    # However busy the machine, the small corpus is read within this wait.
    monkeypatch.setattr(app_module, "QUICK_LOAD", 30.0)
    app = build(fixture_corpus, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:
        assert isinstance(app.screen, BriefingScreen)
        assert len(app.screen_stack) == 1  # no progress bar underneath
        await pilot.press("2")
        assert panel_table(app).row_count == len(app.corpus.by_kind[Kind.ACHIEVEMENT]) > 0


async def test_a_background_read_remembers_the_briefing_for_next_time(fixture_corpus, tmp_path):
    settings = tmp_path / "settings.toml"
    app = build(fixture_corpus, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        # Written by the reading thread, after the briefing is shown.
        await until(pilot, lambda: last_briefed(fixture_corpus, settings) is not None)
    briefed = last_briefed(fixture_corpus, settings)
    assert briefed is not None and briefed.sources == set(app.corpus.sources)


async def test_q_quits_while_loading(fixture_corpus, tmp_path, held_load):
    app = build(fixture_corpus, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("q")
    assert app.return_code == 0
    # The read is still held. What the interpreter waits for at exit, the worker threads,
    # must be done with: a worker still waiting for the read would keep the app open.
    try:
        await asyncio.wait_for(asyncio.get_running_loop().shutdown_default_executor(), 3)
    finally:
        held_load.set()


async def test_a_broken_corpus_loaded_in_the_background_opens_the_error_screen(
    corpus_copy, tmp_path
):
    (corpus_copy / "data" / "sources.toml").write_text("[[source]\n", encoding="utf-8")
    app = build(corpus_copy, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:

        def composed() -> bool:
            screen = app.screen
            if not isinstance(screen, CorpusErrorScreen) or not screen.query("#problems"):
                return False
            return "sources.toml" in rendered(screen.query_one("#problems"))

        await until(pilot, composed)


async def test_search_updates_hidden_panels_only_when_they_are_shown(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"digital")
        screen = briefing(app)
        achievements = screen.query_one("#panel-achievement", FindingsPanel)
        limitations = screen.query_one("#panel-limitation", FindingsPanel)
        assert achievements.current_query.text == "digital"
        narrowed = panel_table(app).row_count
        assert 0 < narrowed < len(app.corpus.by_kind[Kind.ACHIEVEMENT])
        # The hidden panel has not been touched by any keystroke yet…
        assert limitations.current_query.text == ""
        await pilot.press("enter", "3")
        # …and catches up as it is shown.
        assert limitations.current_query.text == "digital"
        shown = set(panel_table(app).row_keys())
        expected = {
            f.id for f in app.corpus.by_kind[Kind.LIMITATION] if app.context.index.has(f, "digital")
        }
        assert shown == expected and shown


async def test_deleting_a_letter_widens_the_search_again(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash")
        table = panel_table(app)
        counts = []
        for char in "cards":
            await pilot.press(char)
            counts.append(table.row_count)
        assert counts == sorted(counts, reverse=True) and counts[-1] > 0
        await pilot.press("backspace", "backspace", "backspace")
        assert briefing(app).query_one("#search", Input).value == "ca"
        assert table.row_count == counts[1]


async def test_in_threads_every_panel_shows_the_newest_answer(bundled, tmp_path, monkeypatch):
    # As on a corpus of hundreds of thousands: every list and summary is made in a thread.
    monkeypatch.setattr(background, "SUMMARY_IN_THREAD_OVER", 0)
    monkeypatch.setattr(findings_panel, "NARROW_IN_THREAD_OVER", 0)
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        overview = app.screen.query_one("#overview-deadlines", FindingTable)
        await until(pilot, lambda: overview.row_count > 0)  # the summary landed
        await pilot.press("2", "slash", *"vneid")
        panel = briefing(app).active_panel
        assert isinstance(panel, FindingsPanel)
        await until(pilot, lambda: panel.shown_query.text == "vneid")
        repeats = repeats_of(app.corpus)
        matching = [f for f in panel.narrowing.findings if app.context.index.has(f, "vneid")]
        expected = [f.id for f in repeats.collapse(matching)]
        assert panel_table(app).row_keys() == expected and expected
        distinct = len(repeats.collapse(panel.narrowing.findings))
        assert distinct < 103  # claims several sources make are one row each
        assert panel.border_title.startswith(f"{len(expected)} of {distinct}")
        await pilot.press("enter", "6")  # Sources: only the articles with such findings
        sources = {app.corpus.by_id[key].source for key in expected}
        await until(pilot, lambda: len(panel_table(app).row_keys()) == len(sources))
        assert {k.removeprefix("source:") for k in panel_table(app).row_keys()} == sources


async def test_a_tab_switch_focus_landing_late_leaves_the_keys_in_the_search_bar(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", "v")
        screen = briefing(app)
        # What a tab switch queues for after the next refresh, landing mid-typing:
        screen.call_after_refresh(screen._focus_panel)
        await pilot.press(*"neid")
        search = screen.query_one("#search", Input)
        assert app.focused is search and search.value == "vneid"
        await pilot.press("enter")  # done typing: the list has the keys again
        assert app.focused is panel_table(app)


async def test_opening_search_lines_up_the_shown_lists_texts_before_a_key(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        overview = briefing(app).active_panel
        assert overview.id == "panel-overview"
        assert overview.narrowing._texts is None  # nothing searched yet
        await pilot.press("slash")
        await pilot.pause()
        assert briefing(app).query_one("#search", Input).has_focus
        assert overview.narrowing._texts is not None
        assert len(overview.narrowing._texts) == len(app.corpus.findings)


async def test_after_the_files_the_progress_screen_says_the_overview_is_being_added_up(
    fixture_corpus, tmp_path, monkeypatch
):
    release = threading.Event()
    real = app_module.prepare_overview

    def held(corpus: Corpus) -> None:
        assert release.wait(10), "the test never released the overview"
        real(corpus)

    monkeypatch.setattr(app_module, "prepare_overview", held)
    app = build(fixture_corpus, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:
        assert isinstance(app.screen, LoadingScreen)
        count = app.screen.query_one("#loading-count", Label)
        loaded = load_corpus(fixture_corpus)
        # Once laid out again for its new width: the whole line.
        await until(pilot, lambda: f"Adding up {len(loaded.findings)} findings…" in rendered(count))
        release.set()
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen))
        await pilot.pause()
        overview = briefing(app).active_panel
        summary = rendered(overview.query_one("#overview-summary"))
        assert f"{len(loaded.by_kind[Kind.LIMITATION])} limitations" in summary
        # Added up once, while loading: the Overview read it without a thread of its own.
        assert overview_module.at_hand(app.corpus, Query())


async def test_quitting_before_the_reading_thread_remembers_still_remembers(
    fixture_corpus, tmp_path, monkeypatch
):
    settings = tmp_path / "settings.toml"
    monkeypatch.setattr(app_module, "QUICK_LOAD", 30.0)  # opens on the briefing
    # The reading thread waits for the first paint, which it is never told of.
    monkeypatch.setattr(app_module.BriefingApp, "on_briefing_screen_shown", lambda self: None)
    monkeypatch.setattr(app_module, "PAINT_WAIT", 30.0)
    app = build(fixture_corpus, tmp_path, background=True)
    async with app.run_test(size=WIDE) as pilot:
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("q")
    briefed = last_briefed(fixture_corpus, settings)
    assert briefed is not None and briefed.sources == set(app.corpus.sources)
