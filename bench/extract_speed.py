"""Extraction throughput: articles of about 10 KB per second, one core and all cores.

    .venv/bin/python bench/extract_speed.py [--articles N]

The bundled articles are made 10 KB each (whole lines), then metadata and findings
are extracted from N of them: first in this process (one core), then in a
multiprocessing pool of one worker per core, in batches of 50. Reading and storing
are not timed: this is the extractor's own speed. On a busy machine the wall-clock
figures drop; the CPU-second one (1 core) does not.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import time

from briefing.extract.pipeline import Extractor, load_extractor
from briefing.paths import bundled_corpus

SIZE = 10 * 1024
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    samples = articles_of_10kb()
    batch = [samples[i % len(samples)] for i in range(args.articles)]
    mean_kb = sum(len(t.encode()) for t in batch) / len(batch) / 1024
    _init()
    _batch(samples)  # warm up the compiled patterns
    start, cpu = time.perf_counter(), time.process_time()
    findings = _batch(batch)
    one = len(batch) / (time.perf_counter() - start)
    one_cpu = len(batch) / (time.process_time() - cpu)
    cores = os.cpu_count() or 1
    chunks = [batch[i : i + 50] for i in range(0, len(batch), 50)]
    with multiprocessing.Pool(cores, initializer=_init) as pool:
        pool.map(_batch, chunks[:cores])  # start the workers
        start = time.perf_counter()
        total = sum(pool.map(_batch, chunks))
        every = len(batch) / (time.perf_counter() - start)
    assert total == findings
    print(f"{len(batch)} articles of {mean_kb:.1f} KB, {findings} findings")
    print(f"1 core:    {one:8.0f} articles/s wall clock, {one_cpu:.0f} per CPU-second")
    print(f"{cores} cores: {every:8.0f} articles/s")


if __name__ == "__main__":
    main()
