"""Grouping the same claim across sources (``briefing.analysis.repeats``) against loading the corpus.

Run by hand on a large generated corpus:

    python bench/generate.py --articles 10000 --out /tmp/big10k
    python bench/repeats_speed.py --corpus /tmp/big10k

Prints the time to load the corpus, the time to group its findings, and their ratio.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from briefing.analysis.repeats import find_repeats
from briefing.corpus.loader import load_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, required=True)
    corpus_dir = parser.parse_args().corpus
    start = time.perf_counter()
    corpus = load_corpus(corpus_dir)
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    repeats = find_repeats(corpus)
    grouped = time.perf_counter() - start
    members = sum(len(g) for g in repeats.groups)
    print(f"findings: {len(corpus.findings)} in {len(corpus.sources)} sources")
    print(f"load:     {loaded:7.2f} s")
    print(f"group:    {grouped:7.2f} s  ratio {grouped / loaded:4.2f}x of load")
    print(
        f"groups:   {len(repeats.groups)} ({members} findings, largest {max(map(len, repeats.groups), default=0)})"
    )


if __name__ == "__main__":
    main()
