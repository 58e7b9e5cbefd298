"""Grouping repeated claims stays near-linear when one source repeats one claim N times
(it was quadratic: 8,000 copies took 17 s, 250,000 never finished)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from briefing.analysis.repeats import find_repeats
from briefing.corpus.loader import load_corpus
from tests.hostile.corpus import QUOTE_BODY, HostileCorpus, run_cli


def copies(n: int, *, metrics: bool) -> list[dict[str, object]]:
    quote = QUOTE_BODY
    start = len("The Harbour District council met on Monday to discuss its online services. ")
    finding: dict[str, object] = {
        "kind": "achievement",
        "statement": "57 online public services opened",
        "quote": quote,
        "span": [start, start + len(quote)],
        "topics": ["online-services"],
    }
    if metrics:
        finding["metrics"] = [
            {"name": "online_services", "value": 57, "unit": "services", "as_of": "2025-01"}
        ]
    return [{**finding, "id": f"copy-{k}"} for k in range(n)]


def grouping_seconds(tmp_path: Path, n: int, metrics: bool) -> float:
    root = HostileCorpus(extra_findings=copies(n, metrics=metrics)).write(tmp_path / f"c{n}")
    corpus = load_corpus(root, trust_cache=False)
    assert corpus.ok, corpus.problems[:3]
    # CPU time, best of two: the other work of a busy machine (and one collection of
    # the garbage) is not the grouping's, and once made a linear run look quadratic.
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        repeats = find_repeats(corpus)
        best = min(best, time.process_time() - started)
    assert repeats.groups == []  # one source repeating itself is one article: no group
    return best


@pytest.mark.parametrize("metrics", [True, False])
def test_n_identical_findings_of_one_source_group_in_near_linear_time(
    tmp_path: Path, metrics: bool
) -> None:
    small = grouping_seconds(tmp_path, 2_000, metrics)
    large = grouping_seconds(tmp_path, 16_000, metrics)
    # Eight times the findings: about eight times the time, not sixty-four.
    assert large < max(small, 0.01) * 20, (small, large)
    assert large < 5


def test_check_of_many_identical_findings_finishes(tmp_path: Path) -> None:
    root = HostileCorpus(extra_findings=copies(20_000, metrics=True)).write(tmp_path / "corpus")
    started = time.monotonic()
    ran = run_cli("check", "--corpus", str(root), timeout=120)
    assert ran.status == 0, ran.both[-500:]
    assert time.monotonic() - started < 60
