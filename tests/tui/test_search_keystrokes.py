"""Search, key by key: after every keystroke, deletion, paste and clearing, the list shows
exactly the rows the query selects, and the cursor sits on a row a person expects."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, TabbedContent

from briefing.analysis.repeats import repeats_of
from briefing.tui.widgets.findings_panel import FindingsPanel
from tests.tui.helpers import WIDE, briefing, build, panel_table, row_keys
from tests.tui.test_search_filter import plain_match


def expected_rows(app, text: str) -> list[str]:
    """An oracle apart from the app's narrowing: the panel's findings in display order,
    those holding every word (accents dropped), each claim once."""
    panel = briefing(app).active_panel
    assert isinstance(panel, FindingsPanel)
    corpus = app.corpus
    words = text.lower().split()
    kept = [f for f in panel.base_findings() if plain_match(corpus, f, words)]
    return [f.id for f in repeats_of(corpus).collapse(kept)]


def assert_shows(app, text: str) -> None:
    table = panel_table(app)
    assert briefing(app).query_one("#search", Input).value == text
    assert row_keys(table) == expected_rows(app, text), text
    if table.row_count:  # the first match, its detail beside it
        assert table.cursor_row == 0, text
        assert table.current_key == row_keys(table)[0]


async def test_every_keystroke_deletion_paste_and_clearing_shows_the_right_rows(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "G")  # the cursor far down the list
        table = panel_table(app)
        everything = row_keys(table)
        await pilot.press("slash")
        typed = ""
        counts = []
        for key in "viet nam":
            await pilot.press("space" if key == " " else key)
            await pilot.pause()
            typed += key
            assert_shows(app, typed)
            counts.append(table.row_count)
        assert counts[-1] < counts[0] <= len(everything)
        # Deleting letters widens the list again, to exactly what the shorter query selects.
        for _ in range(5):
            await pilot.press("backspace")
            await pilot.pause()
            typed = typed[:-1]
            assert_shows(app, typed)
        assert typed == "vie" and table.row_count >= counts[-1]
        # A pasted query lands in one go, as if typed.
        await pilot.press("ctrl+u")
        await pilot.pause()
        search = briefing(app).query_one("#search", Input)
        search.post_message(events.Paste("Digital transformation"))
        await pilot.pause()
        assert_shows(app, "Digital transformation")
        # Cleared: every row again.
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert search.value == ""
        assert row_keys(table) == everything


async def test_words_that_narrow_nothing_keep_the_list_and_the_cursor(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        table = panel_table(app)
        everything = row_keys(table)
        # A letter every achievement holds, typed, deleted and typed again.
        letter = next(c for c in "eaiont" if expected_rows(app, c) == everything)
        await pilot.press("G", "slash", letter)
        await pilot.pause()
        assert row_keys(table) == everything
        assert table.cursor_row == 0  # new search words: the first match
        for key in ("backspace", letter, "space"):
            await pilot.press(key)
            await pilot.pause()
            assert_shows(app, briefing(app).query_one("#search", Input).value)
            assert row_keys(table) == everything
        # A second word that narrows, after a letter that did not; then deleted.
        second = next(
            c for c in "zxqykjw" if 0 < len(expected_rows(app, f"{letter} {c}")) < len(everything)
        )
        await pilot.press(second)
        await pilot.pause()
        assert_shows(app, f"{letter} {second}")
        await pilot.press("backspace")
        await pilot.pause()
        assert_shows(app, f"{letter} ")
        assert row_keys(table) == everything
        # The tab counts follow once typing pauses.
        await app.workers.wait_for_complete()
        await pilot.pause()
        tabs = briefing(app).query_one(TabbedContent)
        assert tabs.get_tab("tab-achievement").label_text == f"Achievements {len(everything)}"


async def test_clearing_the_search_leaves_the_cursor_on_its_finding(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"vietnam", "enter", "j", "j")
        table = panel_table(app)
        chosen = table.current_key
        assert chosen is not None and table.cursor_row == 2
        await pilot.press("escape")  # the search cleared: the whole list, same finding
        await pilot.pause()
        assert table.current_key == chosen
        assert table.row_count == len(expected_rows(app, ""))


async def test_keys_typed_in_one_burst_with_the_slash_reach_the_search_bar(bundled, tmp_path):
    # A fast typist's "/vneid" arrives at once: the letters after "/" are the query, not
    # the list's keys ("v" would ask for a verdict, "j" and "k" move the cursor).
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        for key, character in [("slash", "/"), *((c, c) for c in "vneid/jk")]:
            app.post_message(events.Key(key, character))
        await pilot.pause()
        assert_shows(app, "vneid/jk")  # a "/" typed in the bar is part of the query
        assert app.focused is briefing(app).query_one("#search", Input)
        assert not app._notifications  # no key reached the list
