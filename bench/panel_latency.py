"""How soon each panel shows its rows the first time its key is pressed (headless, Pilot).

    .venv/bin/python bench/panel_latency.py --corpus /tmp/big10k [--runs N]

For each panel but the Overview (the first frame shows it), a fresh app is started on
the corpus and left to settle (the corpus read, the briefing painted, the reading
thread's follow-up work done), then the panel's number key is pressed. The clock runs
from the key press to the first screen update, after which the panel is on show with
its first list filled: its tab active, its parts mounted, its first table holding rows
and laid out. The update is the compositor's (each dirty line rendered, ``render_line``
included), handed to the driver; a headless driver writes no bytes, so the terminal's
own share is not counted. Prints each panel's median and the worst, and the load
average.

The function ``panel_first_show_seconds`` is for ``bench/run.py`` to import.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tui_latency import SIZE, _app, _briefing_shown, _until

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.panel import Panel

LOAD_THREAD = "briefing-load"
PANEL_KEYS = "2345678"
"""The number keys of every panel but the Overview (the first frame shows it)."""


def _settled() -> bool:
    """The reading thread is done (the briefing remembered, the search texts folded)."""
    return not any(thread.name == LOAD_THREAD for thread in threading.enumerate())


def _painted_with_rows(app: BriefingApp, panel: Panel, tab_id: str) -> bool:
    from textual.widgets import TabbedContent

    from briefing.tui.widgets.finding_table import FindingTable

    if not panel.built or app.screen.query_one(TabbedContent).active != tab_id:
        return False
    tables = list(panel.query(FindingTable))
    if not tables:
        return False
    first = tables[0]
    # Filled: rows, or a list that answered its query with none (its title says so).
    filled = first.row_count > 0 or bool(panel.border_title)
    return filled and first.region.height > 1 and panel.region.width > 0


def panel_first_show_seconds(corpus_dir: Path, number: int) -> float:
    """Seconds from pressing panel ``number``'s key (2 to 8) in a settled app to the
    first screen update that shows it with its rows."""
    from briefing.tui.widgets.registry import PANELS

    spec = PANELS[number - 1]

    async def run(app: BriefingApp) -> float:
        async with app.run_test(size=SIZE) as pilot:
            await _until(lambda: _briefing_shown(app))
            await _until(_settled)
            await app.workers.wait_for_complete()
            await pilot.pause()
            panel = app.screen.query_one(f"#{spec.panel_id}")
            painted: list[float] = []
            display = app._display

            def timed_display(screen: Any, renderable: Any) -> None:
                display(screen, renderable)
                if (
                    renderable is not None
                    and not painted
                    and _painted_with_rows(app, panel, spec.tab_id)  # type: ignore[arg-type]
                ):
                    painted.append(time.perf_counter())

            app._display = timed_display  # type: ignore[method-assign]
            start = time.perf_counter()
            press = asyncio.create_task(pilot.press(str(number)))
            await _until(lambda: bool(painted), timeout=120)
            await press
            return painted[0] - start

    with tempfile.TemporaryDirectory() as tmp:
        app = _app(corpus_dir, Path(tmp) / "settings.toml", background=True)
        return asyncio.run(run(app))


def child_seconds(corpus_dir: Path, number: int, env: dict[str, str] | None = None) -> float:
    """``panel_first_show_seconds`` in a fresh process (nothing kept from an earlier run)."""
    done = subprocess.run(
        [sys.executable, __file__, "--corpus", str(corpus_dir), "--child", str(number)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> int:
    from briefing.tui.widgets.registry import PANELS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3, help="runs per panel (median)")
    parser.add_argument("--panels", default=PANEL_KEYS, help="the panels' number keys")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(panel_first_show_seconds(args.corpus, args.child))
        return 0
    child_seconds(args.corpus, 2)  # warm the corpus cache and the bytecode
    times: dict[int, list[float]] = {int(n): [] for n in args.panels}
    for _ in range(args.runs):
        for number in times:
            times[number].append(child_seconds(args.corpus, number))
    print(f"corpus: {args.corpus}")
    medians = {n: statistics.median(runs) for n, runs in times.items()}
    for number, median in medians.items():
        runs = ", ".join(f"{t * 1000:.0f}" for t in times[number])
        print(f"{number} {PANELS[number - 1].title}: median {median * 1000:.0f} ms ({runs})")
    worst = max(medians, key=lambda n: medians[n])
    print(f"worst: {PANELS[worst - 1].title}, {medians[worst] * 1000:.0f} ms")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
