"""The extractor against the curated findings of the bundled corpus (bench/extract_eval.py).

A floor, not the goal: it keeps a change from quietly losing what works.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from briefing.storage.paths import bundled_corpus

BENCH = Path(__file__).resolve().parents[2] / "bench" / "extract_eval.py"


def test_precision_recall_and_dues_on_the_bundled_corpus() -> None:
    spec = importlib.util.spec_from_file_location("extract_eval", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.evaluate(bundled_corpus())
    for kind, (precision, recall, _, _) in result["rows"].items():
        assert recall >= 0.90, (kind, recall)
        assert precision >= 0.85, (kind, precision)
    exact, total = result["due"]
    assert total and exact / total >= 0.95
    value, metrics = result["metric_value"]
    dated, datable = result["metric_as_of"]  # left out: periods from outside knowledge
    assert metrics and value / metrics >= 0.68  # floors just under the figures reached
    assert datable and dated / datable >= 0.65
