"""Promise tracking in the app: the Verdict column, the chain in the detail pane, the
promise screen (enter opens the evidence's article, c confirms, x dismisses) and the
Overview's verdict counts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.storage.links import LinkState, read_links
from briefing.tui.screens.promise_screen import PromiseScreen
from briefing.tui.screens.source_screen import SourceScreen
from briefing.tui.widgets.finding_table import FindingTable
from tests.promise_corpus import write_corpus
from tests.tui.helpers import WIDE, briefing, build, flat, panel_table, rendered, select_row

AS_OF = date(2024, 9, 1)
REGISTRY = "hp-registry-deadline"


@pytest.fixture
def harrow(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "harrow")


async def settled(app, pilot) -> None:
    """A link is written in a worker: wait for it, then for the screen to redraw."""
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_verdict_column_and_chain(harrow: Path, tmp_path: Path) -> None:
    app = build(harrow, tmp_path, as_of=AS_OF)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        table = panel_table(app)
        shown = flat(rendered(table))
        assert "Verdict" in shown
        assert "kept" in shown and "off-track" in shown and "on-track" in shown
        await select_row(pilot, table, REGISTRY)
        await pilot.pause()
        detail = flat(rendered(briefing(app).active_panel.query_one("#detail-body")))
        assert "Verdict: kept (reported): reported done by harrow-summer (2024-08-20)" in detail
        assert "“The connection of the land registry to the population database was" in detail
        await pilot.press("4")
        await pilot.pause()
        await select_row(pilot, panel_table(app), "hp-permits-target")
        await pilot.pause()
        detail = flat(rendered(briefing(app).active_panel.query_one("#detail-body")))
        assert "Trajectory (computed, not reported)" in detail
        assert "needs +4 points a month to reach 60% by Dec 2024" in detail


async def test_enter_opens_evidence_and_x_dismisses(harrow: Path, tmp_path: Path) -> None:
    app = build(harrow, tmp_path, as_of=AS_OF)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        table = panel_table(app)
        await select_row(pilot, table, REGISTRY)
        await pilot.press("v")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PromiseScreen)
        assert "Verdict: kept (reported)" in flat(rendered(screen.query_one("#promise-verdict")))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SourceScreen)
        assert app.screen.source.id == "harrow-summer"
        assert app.screen.finding is not None and app.screen.finding.id == "hm-registry-done"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        await settled(app, pilot)
        assert read_links(harrow).state(REGISTRY, "hm-registry-done") is LinkState.CONFIRMED
        await pilot.press("x")
        await settled(app, pilot)
        assert read_links(harrow).state(REGISTRY, "hm-registry-done") is LinkState.DISMISSED
        verdict = flat(rendered(screen.query_one("#promise-verdict")))
        assert "Verdict: no-evidence" in verdict
        assert "dismissed (x restores)" in flat(rendered(screen.query_one("#promise-evidence")))
        await pilot.press("x")  # restored: suggested again, and counted
        await settled(app, pilot)
        assert read_links(harrow).state(REGISTRY, "hm-registry-done") is None
        assert "Verdict: kept" in flat(rendered(screen.query_one("#promise-verdict")))
        await pilot.press("x")
        await settled(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert "no-evidence" in flat(rendered(panel_table(app)))


async def test_the_bundled_corpus_refuses_links(bundled: Path, tmp_path: Path) -> None:
    app = build(bundled, tmp_path, as_of=date(2025, 3, 1))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await select_row(pilot, panel_table(app), "cp-online-records-target")
        await pilot.pause()
        detail = flat(rendered(briefing(app).active_panel.query_one("#detail-body")))
        # A flow: the day's 43% is not paced against the month's 17% (another kind of period).
        assert (
            "Verdict: in-progress (reported): latest 43% (19 Jul 2024); no pace computed" in detail
        )
        assert "Trajectory" not in detail
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("x")
        await settled(app, pilot)
        assert any("bundled corpus is never written" in str(n.message) for n in app._notifications)


async def test_overview_counts_verdicts_and_lists_off_track_first(
    harrow: Path, tmp_path: Path
) -> None:
    app = build(harrow, tmp_path, as_of=date(2024, 10, 15))
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        summary = flat(rendered(app.screen.query_one("#overview-summary")))
        assert "Promises: 1 kept · 1 on-track · 1 off-track" in summary
        keys = app.screen.query_one("#overview-deadlines", FindingTable).row_keys()
        assert keys[0] == "hp-data-centre-deadline"


async def test_evidence_text_is_shown_literally(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "hostile", hostile=True)
    app = build(corpus, tmp_path, as_of=AS_OF)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        await select_row(pilot, panel_table(app), REGISTRY)
        await pilot.pause()
        detail = rendered(briefing(app).active_panel.query_one("#detail-body"))
        assert "[bold red]ALERT[/bold red]" in detail
        assert "\x1b" not in detail and "␛[31mnow" in detail
        await pilot.press("v")
        await pilot.pause()
        shown = rendered(app.screen.query_one("#promise-evidence"))
        assert "[bold red]ALERT[/bold red]" in shown and "\x1b" not in shown


async def test_a_link_is_written_off_the_screen_which_stays_responsive(
    harrow: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from briefing.tui.screens import promise_screen

    release = threading.Event()
    real = promise_screen.save_link

    def held(*args: object, **kwargs: object) -> None:
        release.wait(10)
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(promise_screen, "save_link", held)
    app = build(harrow, tmp_path, as_of=AS_OF)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("5")
        await pilot.pause()
        await select_row(pilot, panel_table(app), REGISTRY)
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        # the write waits; the screen still answers a key
        assert read_links(harrow).state(REGISTRY, "hm-registry-done") is None
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, PromiseScreen)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert read_links(harrow).state(REGISTRY, "hm-registry-done") is LinkState.CONFIRMED


async def test_a_large_corpus_shows_its_overview_before_its_verdicts_then_counts_them(
    harrow: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if the corpus had more promises than are worked out in a moment.
    monkeypatch.setattr("briefing.analysis.promises.QUICK_VERDICTS", 0)
    app = build(harrow, tmp_path, as_of=date(2024, 10, 15))
    async with app.run_test(size=WIDE) as pilot:
        summary = app.screen.query_one("#overview-summary")
        deadlines = app.screen.query_one("#overview-deadlines", FindingTable)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Promises: 1 kept · 1 on-track · 1 off-track" in flat(rendered(summary))
        assert deadlines.row_keys()[0] == "hp-data-centre-deadline"  # off-track first


def test_the_overview_waits_for_no_verdict_of_a_large_corpus(
    harrow: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.analysis.promises import promises_of
    from briefing.corpus.loader import load_corpus
    from briefing.tui.widgets import overview_panel

    monkeypatch.setattr("briefing.analysis.promises.QUICK_VERDICTS", 0)
    corpus = load_corpus(harrow)
    promises = promises_of(corpus, date(2024, 10, 15))
    assert not promises.at_hand()
    line = overview_panel._verdicts_line(None, {})
    assert "verdicts being worked out" in line.plain
    promises.all()
    assert promises.at_hand()  # once worked out, counted at once
