"""How long a review in the app keeps the reviewer waiting (headless, Pilot).

    .venv/bin/python bench/review_latency.py --corpus DIR [--accepts 10]

Copies the corpus (hard links: every write is a new file renamed into place, so the
original is never changed), turns the findings of its first article into extracted,
unreviewed ones, opens the app on it and accepts them one after another in the review
dialog (``R``, then ``ctrl+s``). For each accept it prints, median and max:

- to the next finding: from ``ctrl+s`` to the dialog showing the next one;
- to the lists: until the corpus on show holds the change (the lists refreshed);
- to the file: until the write is done, in its worker.

Make a large corpus with ``bench/generate.py --articles 10000 --out /tmp/big10k``.
``review_latencies`` is for ``bench/run.py`` to import.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import tomli_w

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tui_latency import _app, _briefing_shown, _until  # noqa: E402

SIZE = (120, 40)


def reviewable_copy(corpus_dir: Path, into: Path) -> Path:
    """A copy of ``corpus_dir`` in ``into`` whose first article's findings await review."""
    copy = into / "corpus"
    shutil.copytree(corpus_dir, copy, copy_function=os.link)
    first = sorted((copy / "data" / "findings").glob("*.toml"))[0]
    data = tomllib.loads(first.read_text(encoding="utf-8"))
    for entry in data["finding"]:
        entry.update(origin="extracted", reviewed=False, confidence=0.8)
    first.unlink()  # a file of its own, not the original's inode
    first.write_text(tomli_w.dumps(data), encoding="utf-8")
    return copy


def review_latencies(corpus_dir: Path, accepts: int) -> dict[str, list[float]]:
    """Seconds from each ``ctrl+s`` to the next finding, to the lists, to the file."""
    from briefing.tui.screens.briefing_screen import BriefingScreen
    from briefing.tui.screens.review_screen import ReviewScreen

    async def run() -> dict[str, list[float]]:
        with tempfile.TemporaryDirectory() as tmp:
            root = reviewable_copy(corpus_dir, Path(tmp))
            app = _app(root, Path(tmp) / "settings.toml", background=True)
            times: dict[str, list[float]] = {"next": [], "lists": [], "file": []}
            async with app.run_test(size=SIZE) as pilot:
                await _until(lambda: _briefing_shown(app))
                await app.workers.wait_for_complete()
                briefing = app.screen
                assert isinstance(briefing, BriefingScreen)
                await pilot.press("R")
                await _until(lambda: isinstance(app.screen, ReviewScreen))
                await pilot.pause()
                for _ in range(accepts):
                    dialog = app.screen
                    if not isinstance(dialog, ReviewScreen):
                        break  # every one reviewed
                    finding = dialog.finding_id
                    start = time.perf_counter()
                    press = asyncio.create_task(pilot.press("ctrl+s"))

                    def moved_on(d: ReviewScreen = dialog, f: str = finding) -> bool:
                        return d.finding_id != f or app.screen is not d

                    await _until(moved_on)
                    times["next"].append(time.perf_counter() - start)

                    def listed(f: str = finding) -> bool:
                        held = briefing.context.corpus.by_id.get(f)
                        return held is not None and held.reviewed

                    await _until(listed)
                    times["lists"].append(time.perf_counter() - start)
                    await press
                    await app.workers.wait_for_complete()
                    times["file"].append(time.perf_counter() - start)
            return times

    return asyncio.run(run())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--accepts", type=int, default=10)
    args = parser.parse_args()
    times = review_latencies(args.corpus, args.accepts)
    print(f"corpus: {args.corpus}; {len(times['next'])} accepts")
    for name, label in (
        ("next", "to the next finding"),
        ("lists", "to the lists"),
        ("file", "to the file"),
    ):
        values = times[name]
        print(
            f"{label}: median {statistics.median(values) * 1000:.0f} ms, "
            f"max {max(values) * 1000:.0f} ms"
        )
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
