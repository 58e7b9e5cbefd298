"""Columns use the width they have; dates say which date they are; ties keep their order."""

from __future__ import annotations

import itertools

from briefing.core.model import Kind
from briefing.tui.widgets.columns import Grow, share_out
from briefing.tui.widgets.finding_table import FindingTable
from tests.tui.helpers import briefing, build, panel_table, rendered


def header_and_rows(table: FindingTable) -> list[str]:
    return rendered(table).splitlines()


def topic_of(corpus, key: str) -> str:
    return corpus.topic_label(corpus.by_id[key].topics[0])


async def widths_at(bundled, tmp_path, size) -> tuple[int, int, bool]:
    """At ``size``: the Finding column's width, the longest topic shown whole, and
    whether every topic on screen is shown whole."""
    app = build(bundled, tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        await pilot.pause()
        table = panel_table(app)
        header, *rows = header_and_rows(table)
        finding = header.index("Source date") - header.index("Finding")
        shown = [key for key in table.row_keys()[: len(rows)]]
        whole = [topic_of(app.corpus, key) in line for key, line in zip(shown, rows, strict=False)]
        longest = max(
            (len(topic_of(app.corpus, k)) for k, w in zip(shown, whole, strict=False) if w),
            default=0,
        )
        return finding, longest, all(whole)


async def test_finding_and_topic_grow_with_the_window(bundled, tmp_path):
    finding_120, topic_120, _ = await widths_at(bundled, tmp_path, (120, 40))
    finding_200, topic_200, all_whole = await widths_at(bundled, tmp_path, (200, 60))
    assert finding_200 > finding_120 + 30
    assert topic_200 > topic_120
    assert all_whole  # at 200 columns no topic is cut


async def test_targets_show_their_due_date_and_achievements_their_source_date(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = panel_table(app)
        assert table.column_labels[-1] == "Due"
        corpus = app.corpus
        for key in table.row_keys():
            due = corpus.by_id[key].due_period
            assert str(table.get_row(key)[-1]) == (due.label() if due else "—")
        await pilot.press("2")
        await pilot.pause()
        table = panel_table(app)
        assert table.column_labels[-1] == "Source date"
        key = table.row_keys()[0]
        assert str(table.get_row(key)[-1]) == corpus.source_of(corpus.by_id[key]).published


async def test_indicators_stay_apart_at_80_columns(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("7")
        await pilot.pause()
        table = panel_table(app)
        width = rendered(table).splitlines()[0].index("Latest")
        cells = [line[:width].strip() for line in rendered(table).splitlines()[1:]]
        cells = [c for c in cells if c]
        assert any("…" in c for c in cells)  # some are cut...
        assert len(set(cells)) == len(cells)  # ...but no two read the same


async def test_sorting_by_source_date_keeps_article_order_for_ties(bundled, tmp_path):
    app = build(bundled, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "s")
        await pilot.pause()
        corpus = app.corpus
        keys = briefing(app).active_panel.narrowing.findings
        order = {f.id: n for n, f in enumerate(corpus.by_kind[Kind.ACHIEVEMENT])}
        days = [corpus.source_of(f).published_date for f in keys]
        assert days == sorted(days, reverse=True)
        ties = 0
        for before, after in itertools.pairwise(keys):
            if corpus.source_of(before).published_date == corpus.source_of(after).published_date:
                ties += 1
                assert order[before.id] < order[after.id], (before.id, after.id)
        assert ties > 0


async def test_the_first_frame_paints_the_columns_at_their_width(
    fixture_corpus, tmp_path, monkeypatch
):
    """The Overview's tables are painted before their first resize arrives: even then
    each header is the one the window's width gives, never squeezed columns first."""
    headers: dict[str | None, list[str]] = {}
    render_line = FindingTable.render_line

    def painted(table: FindingTable, y: int):
        strip = render_line(table, y)
        if y == 0:
            headers.setdefault(table.id, []).append(strip.text)
        return strip

    monkeypatch.setattr(FindingTable, "render_line", painted)
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
    for table in ("overview-deadlines", "overview-figures"):
        first, *later = headers[table]
        assert set(later) <= {first}, f"{table} painted {first!r} before {later[-1]!r}"
        assert "Latest" in first or "Task" in first


def test_the_flexible_column_takes_what_the_fixed_and_growing_ones_leave():
    topic = Grow(least=10, most=30, share=0.25)
    # 100 cells: two fixed columns of 8 and 12 and padding of 1 either side of each of the
    # four columns leave 100 - 10 - 14 - 2 = 74; the topic takes a quarter (18), then the
    # flexible column the rest after the topic's padding (74 - 18 - 2 = 54).
    assert share_out([8, 10, 12, 10], 3, {1: topic}, 100, 1) == [8, 18, 12, 54]
    assert share_out([8, 10, 12, 10], 3, {1: topic}, 300, 1)[1] == 30  # at most its most
    assert share_out([8, 10, 12, 10], 3, {1: topic}, 30, 1) == [8, 10, 12, 8]  # the least
