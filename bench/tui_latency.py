"""How soon the app shows a corpus, and how fast search follows the keyboard (headless, Pilot).

    .venv/bin/python bench/tui_latency.py [--corpus DIR] [--text digital] [--runs N]

Prints, for the corpus (the bundled one by default):

- first frame: from process start (a fresh child process each, importing only what it
  needs; bytecode cached as an installed copy has it, unless ``--no-bytecode-cache``),
  and from building the app, to the briefing painted, loading in the background as
  ``briefing`` does, beside a minimal four-tab Textual app (the floor) and their ratio;
  and the same with the corpus already in memory (the UI's own share);
- search: the time from each key press in the search bar to the table of the shown
  panel (Achievements) reflecting the query, and to the screen settled (painted), median
  and p95, beside a bare Textual Input typed the same keys (the floor); the peak RSS.

Make a large corpus with ``bench/generate.py --articles 10000 --out /tmp/big10k``.
The functions ``first_frame_seconds``, ``keystroke_latencies`` and
``floor_keystroke_latencies`` are for other benchmarks to import.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from textual.app import App, ComposeResult
from textual.widgets import Footer, Input, Static, TabbedContent, TabPane

if TYPE_CHECKING:
    from textual.pilot import Pilot

    from briefing.tui.app import BriefingApp

# The briefing modules are imported where they are used, not here: the floor's child
# process must pay for Textual's imports only, as a minimal app would.

AppT = TypeVar("AppT", bound=App[None])

AS_OF = date(2025, 3, 15)
SIZE = (120, 40)
POLL = 0.001


class FourTabs(App[None]):
    """The floor: the least a tabbed Textual app paints."""

    def compose(self) -> ComposeResult:
        with TabbedContent():
            for name in ("One", "Two", "Three", "Four"):
                with TabPane(name):
                    yield Static(f"{name} panel")
        yield Footer()


def _app(corpus_dir: Path, settings: Path, *, background: bool) -> BriefingApp:
    from briefing.cli.process import exempt_from_collection
    from briefing.tui.app import make_app

    # As the console command runs the app: its modules, then its corpus, exempted.
    exempt_from_collection()
    app = make_app(
        corpus_dir,
        AS_OF,
        settings_path=settings,
        background=background,
        settle=exempt_from_collection,
    )
    app.animation_level = "none"
    return app


async def _until(condition: Callable[[], bool], timeout: float = 600.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(POLL)


async def _timed_first_frame(
    build: Callable[[], App[None]], ready: Callable[[App[None]], bool], settle: bool = True
) -> float:
    start = time.perf_counter()
    app = build()
    async with app.run_test(size=SIZE) as pilot:
        await _until(lambda: ready(app))
        # Every widget's pending messages handled, then the screen painted. Not a plain
        # pause(), which also waits for the whole process to go idle (up to a second):
        # that counted the app's background work (folding search texts after the
        # first frame) as if the frame waited for it.
        await pilot.pause(0)
        elapsed = time.perf_counter() - start
        if not settle:
            _child_done()
        await pilot.pause(0.1)  # let the footer settle before the app exits
        return elapsed


def _child_done() -> None:
    os._exit(0)  # in a measuring child process: the frame is up, stop here


def _briefing_shown(app: App[None]) -> bool:
    from briefing.tui.screens.briefing_screen import BriefingScreen

    return isinstance(app.screen, BriefingScreen) and app.screen.is_mounted


def first_frame_seconds(corpus_dir: Path, *, preloaded: bool = False, settle: bool = True) -> float:
    """Seconds from building the app to the briefing's first paint.

    The corpus is read by the loading worker, as ``briefing`` does; with ``preloaded``
    it is read before the clock starts, which leaves the UI's own share.
    """
    with tempfile.TemporaryDirectory() as tmp:
        settings = Path(tmp) / "settings.toml"
        if preloaded:
            app = _app(corpus_dir, settings, background=False)
            return asyncio.run(_timed_first_frame(lambda: app, _briefing_shown, settle))
        return asyncio.run(
            _timed_first_frame(
                lambda: _app(corpus_dir, settings, background=True), _briefing_shown, settle
            )
        )


def floor_first_frame_seconds(*, settle: bool = True) -> float:
    """Seconds from building a minimal four-tab Textual app to its first paint."""
    return asyncio.run(_timed_first_frame(FourTabs, lambda app: app.screen.is_mounted, settle))


def process_first_frame_seconds(
    corpus_dir: Path | None, pycache: Path | None = None, cpu: list[float] | None = None
) -> float:
    """Wall seconds of a fresh Python process that starts the app and stops at its first frame.

    ``None`` runs the four-tab floor instead. Interpreter start and imports are counted,
    as a person starting ``briefing`` waits for them too. With ``pycache`` the child keeps
    compiled bytecode there (``PYTHONPYCACHEPREFIX``) even where the environment says not
    to write it: an installed copy has its bytecode, and without it every start compiles
    the app's modules again while the floor's (Textual's) come compiled. ``cpu``, when
    given, receives the child's CPU seconds: on a busy machine, the part that is its own.
    """
    command = [sys.executable, __file__, "--child", str(corpus_dir) if corpus_dir else "floor"]
    env = child_env(pycache)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return elapsed


def child_env(pycache: Path | None) -> dict[str, str]:
    """The environment of a measuring child: with ``pycache``, keeping compiled bytecode
    there (as an installed copy has it) even where the environment says not to write it."""
    env = dict(os.environ)
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _child(which: str) -> None:
    if which == "floor":
        floor_first_frame_seconds(settle=False)
    elif which.startswith("inline:"):
        # The corpus read before the first screen, no worker: the same work on every run,
        # as an instruction count needs (bench/first_frame_work.py).
        first_frame_seconds(Path(which.removeprefix("inline:")), preloaded=True, settle=False)
    else:
        first_frame_seconds(Path(which), settle=False)
    sys.stdout.flush()
    os._exit(0)  # the frame is up: tearing the app down is not part of starting it


def keystroke_latencies(
    corpus_dir: Path,
    text: str,
    panel: str = "2",
    cpu: list[float] | None = None,
    settled: list[float] | None = None,
) -> list[float]:
    """Seconds from each key press in the search bar to the shown panel's table narrowed.

    The clock stops when the panel has applied the query (its rows replaced); the paint
    follows at the next screen refresh. ``cpu``, when given, receives the UI thread's CPU
    seconds for each key: on a busy machine, the part of the wait that is the app's own.
    ``settled``, when given, receives the seconds to the screen settled: every pending
    message handled and the screen painted.
    """

    from briefing.tui.screens.briefing_screen import BriefingScreen
    from briefing.tui.widgets.findings_panel import FindingsPanel

    async def run(pilot: Pilot[None], app: BriefingApp) -> list[float]:
        # As in use: the corpus loads in the worker, which then folds the search texts.
        await _until(lambda: _briefing_shown(app))
        await app.workers.wait_for_complete()
        await pilot.press(panel)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        shown = screen.active_panel
        assert isinstance(shown, FindingsPanel)
        await pilot.press("slash")
        await pilot.pause()
        return await _typing(
            pilot, text, lambda typed: shown.shown_query.text == typed, cpu, settled
        )

    with tempfile.TemporaryDirectory() as tmp:
        app = _app(corpus_dir, Path(tmp) / "settings.toml", background=True)
        return asyncio.run(_with_pilot(app, run))


class BareInput(App[None]):
    """The keystroke floor: one Textual Input and nothing else."""

    def compose(self) -> ComposeResult:
        yield Input()


def floor_keystroke_latencies(
    text: str, cpu: list[float] | None = None, settled: list[float] | None = None
) -> list[float]:
    """``keystroke_latencies`` for a bare Textual Input: the clock stops when its value
    holds the key (what any Textual app pays for a keystroke before its own work)."""

    async def run(pilot: Pilot[None], app: BareInput) -> list[float]:
        field = app.query_one(Input)
        field.focus()
        await pilot.pause()
        return await _typing(pilot, text, lambda typed: field.value == typed, cpu, settled)

    return asyncio.run(_with_pilot(BareInput(), run))


async def _typing(
    pilot: Pilot[None],
    text: str,
    landed: Callable[[str], bool],
    cpu: list[float] | None,
    settled: list[float] | None,
) -> list[float]:
    """Type ``text`` a key at a time; the seconds from each press until ``landed``."""
    latencies = []
    for typed in (text[: i + 1] for i in range(len(text))):
        start, start_cpu = time.perf_counter(), time.thread_time()
        # Pilot's press also waits for the whole app to go idle: time the table, not that.
        press = asyncio.create_task(pilot.press(typed[-1] if typed[-1] != " " else "space"))
        await _until(partial(landed, typed))
        latencies.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.thread_time() - start_cpu)
        if settled is not None:
            await pilot.pause(0)  # the pending messages handled, then the screen painted
            settled.append(time.perf_counter() - start)
        await press
    return latencies


async def _with_pilot(
    app: AppT, body: Callable[[Pilot[None], AppT], Awaitable[list[float]]]
) -> list[float]:
    async with app.run_test(size=SIZE) as pilot:
        return await body(pilot, app)


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main() -> int:
    from briefing.storage.paths import bundled_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=bundled_corpus())
    parser.add_argument("--text", default="digital transformation")
    parser.add_argument("--runs", type=int, default=5, help="first-frame runs (median)")
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="start the child processes as the environment says (PYTHONDONTWRITEBYTECODE)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child)
    pycache_dir = tempfile.TemporaryDirectory()
    pycache = None if args.no_bytecode_cache else Path(pycache_dir.name)
    floor_first_frame_seconds()  # warm up imports and CSS parsing for both
    for corpus in (None, args.corpus):  # and the children's bytecode and corpus cache
        process_first_frame_seconds(corpus, pycache)
    floors, frames, ui, p_floors, p_frames = [], [], [], [], []
    c_floors: list[float] = []
    c_frames: list[float] = []
    for _ in range(args.runs):
        p_floors.append(process_first_frame_seconds(None, pycache, c_floors))
        p_frames.append(process_first_frame_seconds(args.corpus, pycache, c_frames))
        floors.append(floor_first_frame_seconds())
        frames.append(first_frame_seconds(args.corpus))
        ui.append(first_frame_seconds(args.corpus, preloaded=True))
    print(f"corpus: {args.corpus}")
    print(
        "child processes: "
        + (
            "bytecode as the environment says"
            if pycache is None
            else "bytecode cached, as installed"
        )
    )
    for label, floor_runs, runs in (
        ("process start to first frame", p_floors, p_frames),
        ("  the same in CPU time (user + system)", c_floors, c_frames),
        ("in process, app built to first frame", floors, frames),
    ):
        floor, frame = statistics.median(floor_runs), statistics.median(runs)
        print(
            f"{label}: four-tab app {floor * 1000:.1f} ms, briefing {frame * 1000:.1f} ms,"
            f" ratio {frame / floor:.2f}x"
        )
    print(f"briefing first frame, corpus preloaded: {statistics.median(ui) * 1000:.1f} ms")
    for name, measured in (
        ("bare Textual Input (floor)", partial(floor_keystroke_latencies, args.text)),
        ("briefing", partial(keystroke_latencies, args.corpus, args.text)),
    ):
        cpu: list[float] = []
        settled: list[float] = []
        keys = measured(cpu=cpu, settled=settled)
        print(
            f"search {args.text!r}, {name}: {len(keys)} keys, median "
            f"{statistics.median(keys) * 1000:.1f} ms, p95 {p95(keys) * 1000:.1f} ms, max "
            f"{max(keys) * 1000:.1f} ms; UI thread CPU median "
            f"{statistics.median(cpu) * 1000:.1f} ms, p95 {p95(cpu) * 1000:.1f} ms; "
            f"to the screen settled median {statistics.median(settled) * 1000:.1f} ms, "
            f"p95 {p95(settled) * 1000:.1f} ms"
        )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB")
    pycache_dir.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
