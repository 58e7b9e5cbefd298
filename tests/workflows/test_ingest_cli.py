"""`briefing ingest`: corpora created, articles stored once, bad input reported, corpus sound."""

from __future__ import annotations

import io
import multiprocessing
import sys
import tomllib
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.corpus.loader import load_corpus
from briefing.storage.paths import bundled_corpus
from briefing.workflows import ingest as ingest_module
from tests.extracted import ARTICLE

# An article of a provincial outlet, as a browser saves it (the one tests/extracted.py ingests).
REPORT = ARTICLE

OTHER = REPORT.replace("Ha Nam", "Ninh Binh").replace("780,000", "650,000")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "ha-nam.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_creates_a_corpus_that_checks_and_summarises(tmp_path, article, capsys) -> None:
    corpus = tmp_path / "corpus"
    status, out, _ = run(capsys, "ingest", "--corpus", str(corpus), str(article))
    assert status == 0
    assert len(out) == 1 and out[0].startswith(f"ingested: {article}: 'ha-nam-reviews")
    for name in ("seeds", "data/findings", "data/metrics.toml", "data/topics.toml"):
        assert (corpus / name).exists()
    status, out, _ = run(capsys, "check", "--corpus", str(corpus))
    assert status == 0 and out[0].startswith("ok: 1 sources")
    loaded = load_corpus(corpus)
    source = next(iter(loaded.sources.values()))
    assert (source.published, source.published_stated) == ("2025-01-14", True)
    assert (corpus / "seeds" / source.file).read_text(encoding="utf-8") == REPORT
    kinds = {f.kind.value for f in loaded.findings}
    assert {"achievement", "limitation", "deadline"} <= kinds
    for finding in loaded.findings:
        assert finding.origin.value == "extracted" and finding.reviewed is False
        assert finding.confidence is not None
        assert loaded.text_of(finding.source)[finding.span[0] : finding.span[1]] == finding.quote
        assert "Photo" not in finding.quote and "Comment" not in finding.quote
    deadline = next(f for f in loaded.findings if f.kind.value == "deadline")
    assert deadline.due == "2025-06-30"
    assert deadline.owner == "Department of Information and Communications"


def test_summary_marks_unreviewed_and_can_leave_them_out(tmp_path, article, capsys) -> None:
    corpus = tmp_path / "corpus"
    run(capsys, "ingest", "--corpus", str(corpus), str(article))
    common = ["summary", "--corpus", str(corpus), "--format", "text", "--as-of", "2025-02-01"]
    status, out, _ = run(capsys, *common)
    assert status == 0 and any("(unreviewed)" in line for line in out)
    status, out, _ = run(capsys, *common, "--reviewed-only")
    assert status == 0 and not any("(unreviewed)" in line for line in out)
    assert any("0 findings" in line for line in out)


def test_reingesting_identical_content_changes_nothing(tmp_path, article, capsys) -> None:
    corpus = tmp_path / "corpus"
    run(capsys, "ingest", "--corpus", str(corpus), str(article))
    before = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    copy = tmp_path / "copy.txt"
    copy.write_bytes(article.read_bytes())
    status, out, _ = run(capsys, "ingest", "--corpus", str(corpus), str(article), str(copy))
    assert status == 0
    assert all(line.startswith("unchanged: ") for line in out)
    after = {p: p.read_bytes() for p in corpus.rglob("*") if p.is_file()}
    assert after == before


def test_same_name_different_article_never_overwrites(tmp_path, capsys) -> None:
    corpus = tmp_path / "corpus"
    first, second = tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt"
    for path, text in ((first, REPORT), (second, REPORT.replace("780,000", "790,000"))):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    assert run(capsys, "ingest", "--corpus", str(corpus), str(first), str(second))[0] == 0
    loaded = load_corpus(corpus)
    assert loaded.ok and len(loaded.sources) == 2
    assert len({s.file for s in loaded.sources.values()}) == 2


def test_hostile_names_and_titles_stay_inside_seeds(tmp_path, capsys) -> None:
    corpus = tmp_path / "corpus"
    evil = tmp_path / "in" / "..%2F..%2Fevil.txt"
    evil.parent.mkdir()
    evil.write_text("../../../etc/passwd\n\n" + REPORT.split("\n", 2)[2], encoding="utf-8")
    assert run(capsys, "ingest", "--corpus", str(corpus), str(evil))[0] == 0
    outside = [
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and p.parent not in (evil.parent,) and corpus not in p.parents
    ]
    assert outside == []
    for source in load_corpus(corpus).sources.values():
        assert "/" not in source.file and not source.file.startswith(".")
        assert (corpus / "seeds" / source.file).is_file()


def test_a_folder_with_a_mix_reports_each_file(tmp_path, capsys) -> None:
    folder = tmp_path / "mix"
    folder.mkdir()
    (folder / "a-good.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-binary.bin").write_bytes(bytes(range(256)) * 10)
    (folder / "d-nav.html").write_text("<html><body><nav>Home</nav></body></html>")
    (folder / "e-huge.txt").write_bytes(b"a " * (ingest_module.MAX_BYTES // 2 + 1))
    (folder / "f-latin.txt").write_bytes(
        OTHER.replace("Báo Hà Nam", "Bao").encode("cp1252", "replace")
    )
    (folder / ".hidden.txt").write_text(REPORT)
    corpus = tmp_path / "corpus"
    status, out, _ = run(capsys, "ingest", "--corpus", str(corpus), str(folder))
    assert status == 1
    by_file = {line.split(": ")[1]: line for line in out}
    assert len(out) == 6
    assert by_file[str(folder / "a-good.txt")].startswith("ingested")
    assert "empty file" in by_file[str(folder / "b-empty.txt")]
    assert "binary" in by_file[str(folder / "c-binary.bin")]
    assert "no article" in by_file[str(folder / "d-nav.html")]
    assert "too large" in by_file[str(folder / "e-huge.txt")]
    assert by_file[str(folder / "f-latin.txt")].startswith("ingested")
    assert load_corpus(corpus).ok


def test_html_keeps_the_original_beside_the_text(tmp_path, capsys) -> None:
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in REPORT.splitlines()[4:8])
    page.write_text(
        "<html><head><title>Ha Nam review</title></head><body><nav>Home</nav>"
        f"<article><h1>Ha Nam review</h1>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    corpus = tmp_path / "corpus"
    assert run(capsys, "ingest", "--corpus", str(corpus), str(page))[0] == 0
    source = next(iter(load_corpus(corpus).sources.values()))
    stem = source.file.removesuffix(".txt")
    assert (corpus / "seeds" / f"{stem}.html").read_bytes() == page.read_bytes()
    assert "Home" not in (corpus / "seeds" / source.file).read_text(encoding="utf-8")


def test_stdin(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(
        sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + REPORT.encode()))
    )
    corpus = tmp_path / "corpus"
    status, out, _ = run(capsys, "ingest", "--corpus", str(corpus), "-")
    assert status == 0 and out[0].startswith("ingested: -: ")
    assert load_corpus(corpus).ok


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "x.txt"], "give --corpus DIR"),
        (["ingest", "--corpus", str(bundled_corpus()), "x.txt"], "bundled corpus"),
        (["ingest", "--corpus", "c", "-", "-"], "once"),
        (["ingest", "--corpus", "c"], "required"),
    ],
)
def test_usage_mistakes_are_one_line_exit_2(tmp_path, monkeypatch, capsys, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    status, _out, err = run(capsys, *args)
    assert status == 2
    assert len(err.strip().splitlines()) == 1 and message in err


def test_corpus_that_is_a_file_is_a_usage_error(tmp_path, article, capsys) -> None:
    target = tmp_path / "file"
    target.write_text("x")
    status, _, err = run(capsys, "ingest", "--corpus", str(target), str(article))
    assert status == 2 and "is a file" in err


def test_interrupted_before_findings_leaves_a_sound_corpus(tmp_path, article, monkeypatch, capsys):
    corpus = tmp_path / "corpus"

    def interrupted(path: Path, data: dict) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(ingest_module, "write_toml", interrupted)
    status, _, _ = run(capsys, "ingest", "--corpus", str(corpus), str(article))
    assert status == 130
    assert load_corpus(corpus).ok  # the source is there, with no findings yet
    monkeypatch.undo()
    status, out, _ = run(capsys, "ingest", "--corpus", str(corpus), str(article))
    assert status == 0 and "findings restored" in out[0]
    loaded = load_corpus(corpus)
    assert loaded.ok and loaded.findings
    leftovers = [p for p in corpus.rglob("*.tmp")]
    assert leftovers == []


def _ingest_in_process(corpus: str, path: str) -> int:
    return main(["ingest", "--corpus", corpus, path])


def test_two_ingests_at_once_keep_each_others_work(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    paths = []
    for index in range(6):
        path = tmp_path / f"article-{index}.txt"
        path.write_text(
            REPORT.replace("780,000", f"7{index}1,000").replace("Ha Nam", f"Ha Nam {index}")
        )
        paths.append(str(path))
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        statuses = pool.starmap(_ingest_in_process, [(str(corpus), p) for p in paths])
    assert statuses == [0] * 6
    loaded = load_corpus(corpus)
    assert loaded.ok and len(loaded.sources) == 6
    sources = tomllib.loads((corpus / "data" / "sources.toml").read_text())["source"]
    assert len(sources) == 6
