"""`briefing ingest --title/--outlet/--url/--published`: a person's word on a single article
wins over what is read from its text, is checked first, and dates its relative dates."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.corpus.loader import load_corpus

# An undated note of my own: no headline, no outlet, no year anywhere in it.
UNDATED = (
    "Officials said on Monday that 1.2 million chip ID cards had been issued in the province, "
    "and the district offices must finish connecting the land registry before July 5.\n"
)


@pytest.fixture
def note(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "note.txt"
    path.parent.mkdir()
    path.write_text(UNDATED, encoding="utf-8")
    return path


def ingest(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["ingest", *args])
    out, err = capsys.readouterr()
    return status, out, err


def sources(root: Path) -> list[dict[str, object]]:
    return tomllib.loads((root / "data/sources.toml").read_text())["source"]


def test_given_fields_are_stored_and_date_the_relative_deadline(tmp_path, note, capsys):
    root = tmp_path / "c"
    given = (
        *("--title", "Province issues 1.2 million chip ID cards"),
        *("--outlet", "Lanmore Daily", "--url", "https://news.example/cards"),
        *("--published", "2025-03-02"),
    )
    status, out, err = ingest(capsys, "--corpus", str(root), *given, str(note))
    assert (status, err) == (0, "") and out.startswith("ingested:")
    (source,) = sources(root)
    assert source["title"] == "Province issues 1.2 million chip ID cards"
    assert source["outlet"] == "Lanmore Daily"
    assert source["url"] == "https://news.example/cards"
    assert (source["published"], source["published_stated"]) == ("2025-03-02", True)
    assert "given at ingest" in str(source["note"])
    corpus = load_corpus(root)
    assert corpus.problems == []
    (deadline,) = [f for f in corpus.findings if f.due]
    assert deadline.due == "2025-07-05"  # "before July 5" of the given year


def test_without_them_the_same_article_is_undated(tmp_path, note, capsys):
    root = tmp_path / "c"
    assert ingest(capsys, "--corpus", str(root), str(note))[0] == 0
    (source,) = sources(root)
    assert source["published"] == ""


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--published", "2025-Q1", "a day, a month or a year"),
        ("--published", "March 2025", "not a date"),
        ("--url", "javascript:alert(1)", "not an http(s) address"),
        ("--title", "two\nlines", "one line"),
        ("--outlet", "  ", "empty"),
    ],
)
def test_a_bad_field_is_one_line_and_nothing_is_written(
    tmp_path, note, capsys, option, value, said
):
    root = tmp_path / "c"
    status, out, err = ingest(capsys, "--corpus", str(root), option, value, str(note))
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and option in err and said in err
    assert not root.exists()


def test_given_fields_are_for_a_single_article(tmp_path, note, capsys):
    other = note.with_name("other.txt")
    other.write_text(UNDATED.replace("1.2", "1.3"), encoding="utf-8")
    root = tmp_path / "c"
    for paths in ([str(note), str(other)], [str(note.parent)]):
        status, out, err = ingest(capsys, "--corpus", str(root), "--title", "T", *paths)
        assert status == 2 and out == "" and "single article" in err
    assert not root.exists()


def test_a_task_quoted_over_its_completion_line_passes_check(tmp_path, capsys):
    article = tmp_path / "in" / "tasks.txt"
    article.parent.mkdir()
    article.write_text(
        "City assigns data tasks\n\n"
        "The Department of Science shall build a live dashboard of the city's indicators.\n"
        "Completion time: before June 30, 2026.\n",
        encoding="utf-8",
    )
    root = tmp_path / "c"
    given = ("--published", "2026-02-01")
    status, _, err = ingest(capsys, "--corpus", str(root), *given, str(article))
    assert (status, err) == (0, "")
    corpus = load_corpus(root)
    assert corpus.problems == []
    (task,) = [f for f in corpus.findings if f.due]
    assert (task.kind.value, task.due) == ("deadline", "2026-06-30")
    assert main(["check", "--corpus", str(root)]) == 0
