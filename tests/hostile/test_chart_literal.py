"""The Figures panel's chart shows a hostile outlet's name literally, in its values as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from briefing.core.safe_text import printable
from tests.hostile.corpus import HOSTILE_TEXTS, HostileCorpus, assert_no_raw_controls
from tests.hostile.test_tui_literal import SIZE, build
from tests.tui.helpers import flat, rendered


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
async def test_the_chart_text_is_literal(tmp_path: Path, text: str) -> None:
    corpus = HostileCorpus(outlet=f"Outlet {text}").write(tmp_path / "corpus")
    app = build(corpus, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("7", "c")
        await pilot.pause()
        shown = rendered(app.screen.query_one("#chart-values", Static))
        assert_no_raw_controls(shown)
        assert flat(f"● {printable(f'Outlet {text}')}: 57 services (Jan 2025)") in flat(shown)
        assert_no_raw_controls(rendered(app.screen.query_one("#chart-plot")))
