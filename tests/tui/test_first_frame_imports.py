"""The app's first frame loads only what it shows: the dialogs, the source view, the
chart and the TOML validation are imported when first used, not at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

# A fresh interpreter: the app up to its first painted frame on the bundled corpus,
# then the modules it had loaded by then.
PROBE = textwrap.dedent(
    """
    import asyncio, json, sys, tempfile
    from pathlib import Path
    from briefing.storage.paths import bundled_corpus
    from briefing.tui.app import make_app

    async def first_frame() -> bool:
        # The reading thread may still be writing settings.toml as the app closes.
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
            app = make_app(bundled_corpus(), settings_path=Path(tmp) / "settings.toml",
                           background=True)
            async with app.run_test(size=(120, 40)) as pilot:
                for _ in range(6000):
                    if type(app.screen).__name__ == "BriefingScreen" and app.screen.is_mounted:
                        break
                    await asyncio.sleep(0.01)
                await pilot.pause(0)
                shown = type(app.screen).__name__ == "BriefingScreen"
                loaded = sorted(sys.modules)
        return shown, loaded

    shown, loaded = asyncio.run(first_frame())
    print(json.dumps({"shown": shown, "loaded": loaded}))
    """
)

LATER = (
    "briefing.tui.screens.review_screen",
    "briefing.tui.screens.promise_screen",
    "briefing.tui.screens.source_screen",
    "briefing.tui.screens.filter_screen",
    "briefing.tui.screens.mark_screen",
    "briefing.tui.screens.keys_screen",
    "briefing.tui.screens.error_screen",
    "textual_plotext",
    "plotext",
    "pydantic",
)
"""Modules only a later step needs: a dialog, the source view, the chart, validation."""


def first_frame_modules(cache: Path) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "BRIEFING_CACHE_DIR": str(cache)},
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["shown"], "the briefing was not shown"
    return list(report["loaded"])


def test_a_warm_first_frame_imports_no_dialog_chart_or_validation(tmp_path: Path):
    first_frame_modules(tmp_path / "cache")  # the first start compiles the corpus cache
    loaded = set(first_frame_modules(tmp_path / "cache"))
    assert "briefing.tui.screens.briefing_screen" in loaded  # the probe sees the app's modules
    early = sorted(
        name for name in loaded if any(name == m or name.startswith(m + ".") for m in LATER)
    )
    assert early == []
