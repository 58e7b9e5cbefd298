"""Extraction throughput: articles of about 10 KB per second, one core and all cores.

    .venv/bin/python bench/extract_speed.py [--articles N] [--processes P]

The bundled articles are made 10 KB each (whole lines), then metadata and findings
are extracted from N of them: first in this process (one core), then in a
multiprocessing pool of one worker per core (or P), as ``briefing ingest`` does for a
batch. Reading and storing are not timed: this is the extractor's own speed. On a
busy machine the wall-clock figures drop; the CPU-second one (1 core) much less.
The target is 200 articles per second per core.

``measure(articles, processes)`` gives the wall-clock figure alone (for other scripts).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import time
from dataclasses import dataclass

from briefing.extract.pipeline import Extractor
from briefing.extract.vocabulary import load_extractor
from briefing.storage.paths import bundled_corpus

SIZE = 10 * 1024
TARGET_PER_CORE = 200
CHUNK = 25
_EXTRACTOR: Extractor | None = None


def articles_of_10kb() -> list[str]:
    """One article per bundled one, filled to 10 KB with whole lines of the next ones
    (repeating its own lines would make them 'repeated captions' and skip them)."""
    texts = [
        p.read_text(encoding="utf-8") for p in sorted((bundled_corpus() / "seeds").glob("*.txt"))
    ]
    out = []
    for index in range(len(texts)):
        lines = [
            line
            for k in range(len(texts))
            for line in texts[(index + k) % len(texts)].splitlines(keepends=True)
        ]
        body = ""
        for line in lines:
            if len(body.encode()) >= SIZE:
                break
            body += line
        out.append(body)
    return out


def _init() -> None:
    global _EXTRACTOR
    _EXTRACTOR = load_extractor(bundled_corpus() / "data")


def _one(text: str) -> int:
    assert _EXTRACTOR is not None
    meta = _EXTRACTOR.metadata(text)
    return len(_EXTRACTOR.extract(text, meta.ref_date))


def _batch(texts: list[str]) -> int:
    return sum(_one(t) for t in texts)


@dataclass(frozen=True)
class Result:
    """One run: how many articles, findings, and articles per second."""

    articles: int
    findings: int
    per_second: float
    per_cpu_second: float | None = None


def _workload(articles: int) -> list[str]:
    samples = articles_of_10kb()
    return [samples[i % len(samples)] for i in range(articles)]


def run(articles: int, processes: int) -> Result:
    """Extract ``articles`` 10 KB articles with ``processes`` processes (1: this one)."""
    batch = _workload(articles)
    if processes <= 1:
        _init()
        _batch(batch[:10])  # warm up the compiled patterns
        start, cpu = time.perf_counter(), time.process_time()
        findings = _batch(batch)
        wall, used = time.perf_counter() - start, time.process_time() - cpu
        return Result(len(batch), findings, len(batch) / wall, len(batch) / used)
    chunks = [batch[i : i + CHUNK] for i in range(0, len(batch), CHUNK)]
    with multiprocessing.get_context().Pool(processes, initializer=_init) as pool:
        pool.map(_batch, [batch[:10]] * processes)  # start and warm up the workers
        start = time.perf_counter()
        findings = sum(pool.map(_batch, chunks, chunksize=1))
        wall = time.perf_counter() - start
    return Result(len(batch), findings, len(batch) / wall)


def measure(articles: int, processes: int) -> float:
    """Articles of 10 KB extracted per second (wall clock) with ``processes`` processes."""
    return run(articles, processes).per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=None, help="default: every core")
    args = parser.parse_args()
    cores = args.processes or len(os.sched_getaffinity(0))
    one = run(args.articles, 1)
    every = run(args.articles, cores)
    assert one.findings == every.findings
    mean_kb = sum(len(t.encode()) for t in _workload(50)) / 50 / 1024
    print(f"{one.articles} articles of {mean_kb:.1f} KB, {one.findings} findings")
    print(
        f"1 core:    {one.per_second:8.0f} articles/s wall clock, "
        f"{one.per_cpu_second or 0:.0f} per CPU-second "
        f"({(one.per_cpu_second or 0) / TARGET_PER_CORE:.2f}x the target of {TARGET_PER_CORE})"
    )
    print(
        f"{cores} cores: {every.per_second:8.0f} articles/s wall clock "
        f"({every.per_second / one.per_second:.2f}x one core; "
        f"{every.per_second / cores:.0f} per core)"
    )


if __name__ == "__main__":
    main()
