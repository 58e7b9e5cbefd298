# ruff: noqa: E501  (article text is kept as its lines)
"""A batch of articles is extracted on every core, with the same result as one by one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from briefing.corpus.loader import load_corpus
from briefing.storage.paths import bundled_corpus
from briefing.workflows import ingest as ingest_module
from briefing.workflows.ingest import Ingester, ensure_corpus, expand_inputs, processes_for

REPORT = """{place} reviews digital transformation in 2024

Báo {place} 14/01/2025

On the morning of January 14, the Provincial People's Committee of {place} reviewed digital transformation in 2024.
The province has issued {cards} chip-embedded citizen identification cards, and 1,150 online public services have been provided.
However, the rate of full-process online public services remains low, only 31%.
The Department of Information and Communications shall complete the provincial data warehouse before June 30, 2025.
"""


def _articles(folder: Path, count: int) -> None:
    folder.mkdir()
    for index in range(count):
        text = REPORT.format(place=f"Province {index:02d}", cards=f"{index + 1}00,000")
        (folder / f"a{index:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "z-binary.txt").write_bytes(b"\x00\x01\x02 not text")


def _ingest(root: Path, folder: Path, processes: int) -> list[str]:
    ensure_corpus(root, bundled_corpus())
    ingester = Ingester(root)
    return [
        str(o) for o in ingester.ingest_all(list(expand_inputs([str(folder)])), None, processes)
    ]


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def test_a_batch_uses_every_core_and_one_article_only_this_process(monkeypatch) -> None:
    monkeypatch.setattr(ingest_module, "cores", lambda: 4)
    assert processes_for(1000) == 4
    assert processes_for(ingest_module.POOL_FROM) == 4
    assert processes_for(1) == 1
    assert processes_for(1000, processes=2) == 2


def test_a_pool_stores_what_one_process_stores_in_input_order(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _articles(folder, 10)
    alone = _ingest(tmp_path / "one", folder, processes=1)
    pooled = _ingest(tmp_path / "pool", folder, processes=2)
    assert pooled == [line.replace(str(tmp_path / "one"), str(tmp_path / "pool")) for line in alone]
    assert [line.split(": ")[0] for line in pooled] == ["ingested"] * 10 + ["skipped"]
    assert pooled[-1].endswith("binary file, not text")
    assert _files(tmp_path / "one") == _files(tmp_path / "pool")


def test_stdin_in_a_batch_keeps_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _articles(folder, 3)
    root = tmp_path / "corpus"
    ensure_corpus(root, bundled_corpus())
    inputs = [("-", None), *expand_inputs([str(folder)])]
    text = REPORT.format(place="Stdin Province", cards="900,000").encode()
    outcomes = list(Ingester(root).ingest_all(inputs, io.BytesIO(text), processes=2))
    assert outcomes[0].name == "-" and outcomes[0].status == "ingested"
    assert "stdin-province" in outcomes[0].detail
    assert [o.status for o in outcomes[1:]] == ["ingested"] * 3 + ["skipped"]


def test_sources_written_by_another_ingester_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _articles(folder, 3)
    root = tmp_path / "corpus"
    ensure_corpus(root, bundled_corpus())
    first, other = Ingester(root), Ingester(root)
    files = sorted(folder.glob("a*.txt"))
    assert first.ingest(files[0].name, files[0]).status == "ingested"
    assert other.ingest(files[1].name, files[1]).status == "ingested"
    assert first.ingest(files[2].name, files[2]).status == "ingested"
    assert first.ingest(files[1].name, files[1]).status == "unchanged"
    loaded = load_corpus(root)
    assert loaded.ok and len(loaded.sources) == 3


def test_a_worker_leaves_ctrl_c_to_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import signal

    monkeypatch.setattr(signal, "signal", lambda sig, handler: seen.append((sig, handler)))
    seen: list[tuple[object, object]] = []
    ingest_module._start_worker(bundled_corpus() / "data")
    assert seen == [(signal.SIGINT, signal.SIG_IGN)]
    assert ingest_module._WORKER is not None
