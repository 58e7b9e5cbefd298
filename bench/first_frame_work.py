"""The work to the first frame, counted in instructions: the app against the floor.

    .venv/bin/python bench/first_frame_work.py [--corpus DIR]

Wall-clock first frames on a shared machine move more between two runs than most changes
do (``bench/tui_latency.py``); an instruction count does not move with the load. Each of
two fresh processes runs under ``valgrind --tool=callgrind`` from interpreter start to
its first paint (``bench/tui_latency.py --child``): the minimal four-tab Textual app (the
floor), and the briefing on the corpus (the bundled one by default), read before its
first screen rather than by the loading worker, so the count is the same run to run.
Bytecode is compiled once beforehand into a scratch folder, as an installed copy has it.
Prints both counts and their ratio; the target is 1.2x. Needs valgrind.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TUI = HERE / "tui_latency.py"
sys.path.insert(0, str(HERE))
from tui_latency import child_env  # noqa: E402

TARGET = 1.2
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def instructions(child: str, env: dict[str, str]) -> int:
    """Instructions a fresh process spends up to the first frame of ``child``."""
    command = [sys.executable, str(TUI), "--child", child]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)  # bytecode
    counted = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        check=True,
        env=env,
        capture_output=True,
        text=True,
    )
    found = _COLLECTED.search(counted.stderr)
    if found is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(found[1])


def main() -> int:
    from briefing.storage.paths import bundled_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=bundled_corpus())
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="first-frame-") as tmp:
        env = child_env(Path(tmp))
        floor = instructions("floor", env)
        app = instructions(f"inline:{args.corpus}", env)
    print(f"floor (four tabs)  {floor / 1e9:.3f} G instructions")
    print(f"briefing           {app / 1e9:.3f} G instructions")
    print(f"ratio              {app / floor:.2f}x (target {TARGET}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
