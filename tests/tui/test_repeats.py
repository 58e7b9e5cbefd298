"""A claim two articles make: one row marked ×2, both sources in the detail, and the way
from one article's quote to the other's."""

from __future__ import annotations

from textual.widgets import Static

from briefing.core.model import Kind
from briefing.tui.screens.source_screen import SourceScreen
from briefing.tui.widgets.finding_detail import FindingDetail
from tests.tui.helpers import (
    WIDE,
    briefing,
    build,
    flat,
    panel_table,
    rendered,
    row_keys,
    select_row,
)

KT, TH = "kt-ict-revenue", "th-ict-revenue"


def detail_text(app) -> str:
    return flat(rendered(briefing(app).active_panel.query_one(FindingDetail).query_one(Static)))


async def test_the_list_shows_the_claim_once_with_its_marker(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        table = panel_table(app)
        keys = row_keys(table)
        assert KT in keys and TH not in keys
        assert len(keys) == len(app.corpus.by_kind[Kind.ACHIEVEMENT]) - 8  # 8 claims of 2
        await select_row(pilot, table, KT)
        await pilot.press("slash", *"ict revenue", "enter")
        assert row_keys(table) == [KT]
        assert "×2 ICT revenue estimated" in rendered(table)
        assert "1 of 95" in str(briefing(app).active_panel.border_title)


async def test_the_detail_lists_every_source_with_its_quote(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"ict revenue", "enter")
        text = detail_text(app)
        assert "Reported by 2 sources" in text
        kt, th = app.corpus.by_id[KT], app.corpus.by_id[TH]
        for member in (kt, th):
            source = app.corpus.source_of(member)
            assert f"{source.outlet}, {source.published_label}" in text
            assert flat(member.quote) in text
        assert "Báo Kinh tế và Đô thị, 2024-07-10 (this one)" in text


async def test_enter_opens_the_representative_and_brackets_step_between_sources(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"ict revenue", "enter", "enter")
        screen = app.screen
        assert isinstance(screen, SourceScreen) and screen.finding is not None
        assert screen.finding.id == KT
        header = flat(rendered(screen.query_one("#source-header", Static)))
        assert "Same claim in 2 sources (this is 1 of 2)" in header
        await pilot.press("right_square_bracket")
        screen = app.screen
        assert isinstance(screen, SourceScreen) and screen.finding is not None
        assert (screen.source.id, screen.finding.id) == ("thanhhoa-2024-07-10", TH)
        await pilot.press("left_square_bracket")
        screen = app.screen
        assert isinstance(screen, SourceScreen) and screen.finding is not None
        assert screen.finding.id == KT
        await pilot.press("escape")
        assert row_keys(panel_table(app)) == [KT]


async def test_brackets_do_nothing_for_a_claim_of_one_source(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"87.7 million chip", "enter", "enter")
        screen = app.screen
        assert isinstance(screen, SourceScreen)
        assert "Same claim" not in flat(rendered(screen.query_one("#source-header", Static)))
        await pilot.press("right_square_bracket")
        assert app.screen is screen


async def test_a_source_filter_or_search_shows_that_source_s_member(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2", "slash", *"ict revenue thanh hoa", "enter")
        assert row_keys(panel_table(app)) == [TH]
        await pilot.press("escape", "f", "tab", "down", "space", "enter")
        assert briefing(app).choice.sources == {"thanhhoa-2024-07-10"}
        keys = row_keys(panel_table(app))
        assert TH in keys and KT not in keys
        await pilot.press("enter")
        screen = app.screen
        assert isinstance(screen, SourceScreen)


async def test_overview_counts_say_how_many_claims_are_distinct(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=(80, 24)):
        summary = flat(rendered(app.screen.query_one("#overview-summary", Static)))
        assert "103 achievements" in summary
        assert "8 claims made by several sources, listed once: 95 distinct achievements" in summary
