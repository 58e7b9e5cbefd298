"""Starts after a change against warm starts: what the incremental corpus cache buys.

    .venv/bin/python bench/cache_speed.py --corpus /tmp/big10k [--rounds 2]

Works on a copy of the corpus (in ``--workdir``) with a cache folder of its own. Each
round, first five new articles are ingested (``briefing ingest``), then forty of the
findings extracted from them are reviewed (``briefing review --accept --statement``); after
each change the corpus is loaded once (the start that pays for the change) and once
more (a warm start, the change now compiled). Prints one JSON object: the median of
each kind of start, in seconds of wall and of CPU time (``_cpu``, a cold load's worker
processes included), and the first, cold, load. ``bench/run.py`` reports these.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import make_article  # noqa: E402 (bench/ is not a package)

LOAD = """
import json, resource, sys, time
from pathlib import Path
start, cpu = time.perf_counter(), time.process_time()
from briefing.corpus.loader import load_corpus
corpus = load_corpus(Path({root!r}))
workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # a cold load's worker processes
cpu = time.process_time() - cpu + workers.ru_utime + workers.ru_stime
print(json.dumps({{"seconds": time.perf_counter() - start, "cpu": cpu,
                  "findings": len(corpus.findings), "problems": len(corpus.problems),
                  "cached": corpus.compiled is not None}}))
"""

REVIEW = """
import sys
from pathlib import Path
from briefing.cli import main
from briefing.corpus.loader import load_corpus
waiting = [f for f in load_corpus(Path({root!r})).findings if not f.reviewed][:40]
if len(waiting) < 40:
    sys.exit(f"only {{len(waiting)}} findings to review")
for finding in waiting:
    statement = finding.statement + " (reviewed)"
    code = main(["review", finding.id, "--accept", "--statement", statement, "--corpus", {root!r}])
    if code != 0:
        sys.exit(code)
"""


def _run(argv: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(argv[:4])}\n{done.stderr}")
    return done.stdout


def load(root: Path, env: dict[str, str]) -> dict[str, float]:
    """One load of ``root`` in a fresh interpreter: its seconds and what it found."""
    report: dict[str, float] = json.loads(
        _run([sys.executable, "-c", LOAD.format(root=str(root))], env)
    )
    if report["problems"] or not report["cached"]:
        raise SystemExit(f"{root}: the corpus has problems or was not cached: {report}")
    return report


def ingest_five(root: Path, env: dict[str, str], workdir: Path, round_: int) -> None:
    """Five new generated articles, ingested as a person would."""
    rng = random.Random(1000 + round_)
    folder = workdir / f"new-{round_}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    paths = []
    for n in range(5):
        _source, text, _findings = make_article(90_000 + round_ * 5 + n, rng)
        path = folder / f"article-{round_}-{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    _run([sys.executable, "-m", "briefing", "ingest", "--corpus", str(root), *paths], env)


def review_forty(root: Path, env: dict[str, str]) -> None:
    """Forty extracted findings accepted with a new statement, as a person would."""
    _run([sys.executable, "-c", REVIEW.format(root=str(root))], env)


def measure(corpus: Path, workdir: Path, rounds: int, env: dict[str, str]) -> dict[str, float]:
    """Median seconds of warm starts and of the starts after each kind of change, and
    of the cold start before them."""
    root = workdir / "edited"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(corpus, root)
    env = {**env, "BRIEFING_CACHE_DIR": str(workdir / "edited-cache")}
    shutil.rmtree(env["BRIEFING_CACHE_DIR"], ignore_errors=True)
    cold = load(root, env)  # the cold start that compiles it
    starts: dict[str, list[dict[str, float]]] = {"warm": [], "after_ingest": [], "after_review": []}
    for round_ in range(rounds):
        starts["warm"].append(load(root, env))
        ingest_five(root, env, workdir, round_)
        starts["after_ingest"].append(load(root, env))
        starts["warm"].append(load(root, env))
        review_forty(root, env)
        starts["after_review"].append(load(root, env))
    figures = {"cold": cold["seconds"], "cold_cpu": cold["cpu"]}
    for kind, reports in starts.items():
        figures[kind] = statistics.median(r["seconds"] for r in reports)
        figures[f"{kind}_cpu"] = statistics.median(r["cpu"] for r in reports)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "briefing-cache-speed"
    )
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "BRIEFING_CONFIG_DIR": str(args.workdir / "config")}
    print(json.dumps(measure(args.corpus, args.workdir, args.rounds, env)))


if __name__ == "__main__":
    main()
