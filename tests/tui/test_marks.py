"""The deadline tracker in the app: ``m`` marks a dated finding, or says why it cannot."""

from __future__ import annotations

import threading
import tomllib
from datetime import date

from textual.widgets import Input, OptionList, Static

from briefing.storage.marks import MarksError, MarkStatus, save_mark, state_path
from briefing.tui.screens.mark_screen import MarkScreen
from briefing.tui.widgets.finding_detail import FindingDetail
from briefing.tui.widgets.keys_footer import KeysFooter
from tests.tui.helpers import (
    WIDE,
    briefing,
    build,
    flat,
    notifications,
    panel_table,
    rendered,
    select_row,
)

DEADLINE = "lm-land-registry-deadline"


def mark_cell(app, key: str) -> str:
    table = panel_table(app)
    column = table.column_labels.index("Mark")
    return str(table.get_row(key)[column])


async def test_m_marks_a_deadline_done_with_a_note(corpus_copy, tmp_path):
    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        await select_row(pilot, panel_table(app), DEADLINE)
        assert mark_cell(app, DEADLINE) == ""
        await pilot.press("m")
        assert isinstance(app.screen, MarkScreen)
        assert app.screen.query_one(OptionList).highlighted == 0  # done
        await pilot.press("tab", *"signed off", "enter")
        await app.workers.wait_for_complete()  # the file is written in a worker
        await pilot.pause()
        briefing(app)
        data = tomllib.loads(state_path(corpus_copy).read_text())["marks"][DEADLINE]
        assert data == {"status": "done", "note": "signed off", "marked": date.today()}
        assert mark_cell(app, DEADLINE) == "done"
        detail = flat(
            rendered(briefing(app).active_panel.query_one(FindingDetail).query_one(Static))
        )
        assert "Mark: done" in detail and "signed off" in detail
        # Again: the modal starts from the mark; choose missed, escape leaves it alone.
        await pilot.press("m")
        assert app.screen.query_one(Input).value == "signed off"
        await pilot.press("down", "escape")
        await pilot.pause()
        assert mark_cell(app, DEADLINE) == "done"
        await pilot.press("m", "down", "enter")
        await pilot.pause()
        assert mark_cell(app, DEADLINE) == "missed"


async def test_a_mark_shows_before_it_is_written_and_a_failed_write_is_taken_back(
    corpus_copy, tmp_path, monkeypatch
):
    from briefing.tui import workflows

    release = threading.Event()

    def unwritable(*args: object) -> None:
        assert release.wait(10)
        raise MarksError("the state file is read-only")

    monkeypatch.setattr(workflows, "save_mark", unwritable)
    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        await select_row(pilot, panel_table(app), DEADLINE)
        await pilot.press("m", "enter")
        await pilot.pause()
        assert mark_cell(app, DEADLINE) == "done"  # at once, while the file waits
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Cannot mark: the state file is read-only" in notifications(app)
        assert mark_cell(app, DEADLINE) == ""  # taken back
    assert not state_path(corpus_copy).exists() or DEADLINE not in state_path(
        corpus_copy
    ).read_text(encoding="utf-8")


async def test_marks_made_elsewhere_meanwhile_show_after_a_save(corpus_copy, tmp_path):
    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        other = "lb-data-centre-upgrade"
        save_mark(corpus_copy, other, MarkStatus.OPEN, None, date(2025, 3, 1))  # another window
        await select_row(pilot, panel_table(app), DEADLINE)
        await pilot.press("m", "enter")
        await app.workers.wait_for_complete()  # written, and the file read again
        await pilot.pause()
        assert mark_cell(app, DEADLINE) == "done"
        assert mark_cell(app, other) == "open"


def footer_keys(app) -> list[str]:
    return [key.description for key in app.screen.query_one(KeysFooter).keys]


async def test_m_and_v_are_offered_on_a_promise_and_not_on_a_result(corpus_copy, tmp_path):
    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        assert {"Mark", "Verdict"} <= set(footer_keys(app))  # a deadline: both keys shown
        await pilot.press("2")
        await pilot.pause()
        assert not {"Mark", "Verdict"} & set(footer_keys(app))  # an achievement: neither
        await pilot.press("m", "v")
        assert app.screen is app.screen_stack[-1] and not isinstance(app.screen, MarkScreen)
        assert not state_path(corpus_copy).exists()


async def test_m_on_an_undated_target_only_warns(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("4")
        await select_row(pilot, panel_table(app), "cp-gdp-growth-double-digit")
        await pilot.press("m")
        assert not isinstance(app.screen, MarkScreen)
        assert any("dated target" in n for n in notifications(app))
        assert not state_path(bundled).exists()


async def test_the_bundled_corpus_is_read_only(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5", "m")
        assert not isinstance(app.screen, MarkScreen)
        assert any("bundled corpus" in n and "--corpus" in n for n in notifications(app))


async def test_a_broken_state_file_opens_read_only_with_one_warning(corpus_copy, tmp_path):
    path = state_path(corpus_copy)
    path.write_text(f'[marks.{DEADLINE}]\nstatus = "done\n')
    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        briefing(app)  # the briefing, not the error screen
        warnings = notifications(app)
        assert len(warnings) == 1 and f"{path}:2:" in warnings[0] and "read-only" in warnings[0]
        await pilot.press("5", "m")
        assert not isinstance(app.screen, MarkScreen)
        assert "read-only" in notifications(app)[-1]
        assert path.read_text() == f'[marks.{DEADLINE}]\nstatus = "done\n'


def status_cell(app, key: str) -> str:
    table = panel_table(app)
    return str(table.get_row(key)[table.column_labels.index("Status")])


async def test_a_deadline_marked_done_is_not_overdue_and_the_mark_can_be_cleared(
    corpus_copy, tmp_path
):
    # A month after its date: the calendar alone calls it overdue.
    app = build(corpus_copy, tmp_path, as_of=date(2025, 4, 30))
    async with app.run_test(size=WIDE) as pilot:
        overview = flat(rendered(briefing(app).query_one("#overview-summary", Static)))
        assert "1 dated item past due" in overview
        await pilot.press("5")
        await select_row(pilot, panel_table(app), DEADLINE)
        assert status_cell(app, DEADLINE) == "overdue"
        await pilot.press("m")
        # Not marked yet: nothing to clear.
        assert app.screen.query_one(OptionList).option_count == len(MarkStatus)
        await pilot.press("enter")
        await pilot.pause()
        assert status_cell(app, DEADLINE) == "done (marked)"
        detail = flat(
            rendered(briefing(app).active_panel.query_one(FindingDetail).query_one(Static))
        )
        assert "Due: 31 Mar 2025 (done, marked)" in detail
        await pilot.press("1")
        await pilot.pause()
        overview = flat(rendered(briefing(app).query_one("#overview-summary", Static)))
        assert "past due" not in overview.replace("past its date", "")
        assert "1 past its date but marked done" in overview

        await pilot.press("5", "m")
        options = app.screen.query_one(OptionList)
        assert options.option_count == len(MarkStatus) + 1
        await pilot.press("end", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "marks" not in tomllib.loads(state_path(corpus_copy).read_text()) or (
            DEADLINE not in tomllib.loads(state_path(corpus_copy).read_text())["marks"]
        )
        assert status_cell(app, DEADLINE) == "overdue"
        assert mark_cell(app, DEADLINE) == ""
        assert any(n.startswith("Mark removed") for n in notifications(app))
