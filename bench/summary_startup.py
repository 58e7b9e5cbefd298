"""Cold start of `briefing summary` against the floor of Python + Rich, on this machine.

Run by hand: `python bench/summary_startup.py [--runs N]`. Prints medians and ratios.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def median_seconds(command: list[str], runs: int) -> float:
    """Median wall time of ``command`` with stdout to /dev/null."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    python = sys.executable
    floor = median_seconds([python, "-c", "import rich.console"], runs)
    cases = {
        "summary (text)": [python, "-m", "briefing", "summary", "--as-of", "2025-03-15"],
        "summary --format rich": [
            python,
            "-m",
            "briefing",
            "summary",
            "--format",
            "rich",
            "--as-of",
            "2025-03-15",
        ],
        "summary --format json": [
            python,
            "-m",
            "briefing",
            "summary",
            "--format",
            "json",
            "--as-of",
            "2025-03-15",
        ],
        "check": [python, "-m", "briefing", "check"],
    }
    print(f"floor: python -c 'import rich.console'  {floor * 1000:7.1f} ms")
    for name, command in cases.items():
        seconds = median_seconds(command, runs)
        print(f"{name:<28} {seconds * 1000:7.1f} ms  ratio {seconds / floor:5.2f}x")


if __name__ == "__main__":
    main()
