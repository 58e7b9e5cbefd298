"""The synthetic corpus generator makes corpora that `briefing check` accepts."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

from briefing.cli import main
from briefing.corpus.loader import load_corpus

GENERATOR = Path(__file__).resolve().parents[2] / "bench" / "generate.py"


def load_generator():
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_generated_corpus_passes_check(tmp_path: Path, capsys):
    load_generator().generate(12, tmp_path / "syn", seed=3)
    assert main(["check", "--corpus", str(tmp_path / "syn")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok: 12 sources, ")
    corpus = load_corpus(tmp_path / "syn")
    kinds = Counter(f.kind.value for f in corpus.findings)
    assert set(kinds) == {"achievement", "limitation", "target", "deadline"}
    assert 17 * 12 <= len(corpus.findings) <= 24 * 12
    # The same indicator recurs across articles, so timelines have points to follow.
    assert len({f.source for f, _ in corpus.by_metric["chip_id_cards_issued"]}) > 3


def test_same_seed_same_corpus(tmp_path: Path):
    generator = load_generator()
    generator.generate(3, tmp_path / "a", seed=9)
    generator.generate(3, tmp_path / "b", seed=9)
    for path in sorted((tmp_path / "a").rglob("*.t*")):
        twin = tmp_path / "b" / path.relative_to(tmp_path / "a")
        assert path.read_bytes() == twin.read_bytes(), path.name
