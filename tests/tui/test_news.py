"""What is new: findings from sources added or published since the last briefing."""

from __future__ import annotations

from datetime import date

from briefing.storage.settings import last_briefed, remember_briefed
from tests.tui.helpers import WIDE, build, panel_table, rendered


async def test_findings_from_new_sources_are_marked_on_the_next_run(fixture_corpus, tmp_path):
    settings = tmp_path / "settings.toml"
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE):
        assert "new since" not in rendered(app.screen.query_one("#topbar"))
    assert last_briefed(fixture_corpus, settings) is not None
    remember_briefed(fixture_corpus, ["lanmore-2024-07-15"], date(2025, 3, 1), settings)
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        assert "✦ 5 new since 2025-03-01" in rendered(app.screen.query_one("#topbar"))
        await pilot.press("5")
        table = panel_table(app)
        statements = {key: str(table.get_row(key)[5]) for key in table.row_keys()}  # after Verdict
        assert statements["lb-data-centre-upgrade"].startswith("✦ ")
        assert not statements["lm-land-registry-deadline"].startswith("✦")
