"""Usage mistakes are one line and exit 2; --output writes atomically or not at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.summary.conftest import AS_OF, Run


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (("--kind", "nosuch"), "--kind"),
        (("--kind", "deadline", "--kind", "Deadlines"), "--kind"),
        (("--topic", "nosuch"), "--topic"),
        (("--source", "nosuch"), "--source"),
        (("--since", "2025-02-30"), "--since"),
        (("--since", "yesterday"), "--since"),
        (("--limit", "0"), "--limit"),
        (("--limit", "-3"), "--limit"),
        (("--limit", "many"), "--limit"),
        (("--theme", "nosuch"), "--theme"),
        (("--format", "pdf"), "--format"),
        (("--width", "0"), "--width"),
        (("--as-of", "2025-13-01"), "--as-of"),
    ],
)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_bad_input_is_one_line_exit_2(
    run: Run, fixture_corpus: Path, args: tuple[str, ...], option: str, fmt: str
):
    status, out, err = run(
        "--format", fmt, "--corpus", str(fixture_corpus), "--as-of", AS_OF, *args
    )
    assert status == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert option in lines[0]
    assert err.endswith("\n")


def test_unknown_value_is_named_with_the_known_ones(run: Run, fixture_corpus: Path):
    status, _, err = run("--corpus", str(fixture_corpus), "--kind", "milestone")
    assert status == 2
    assert "'milestone'" in err
    assert "achievement, deadline, directive, limitation, target" in err


def test_output_into_a_missing_folder(run: Run, fixture_corpus: Path, tmp_path: Path):
    target = tmp_path / "missing" / "briefing.txt"
    status, out, err = run(
        "--corpus", str(fixture_corpus), "--as-of", AS_OF, "--output", str(target)
    )
    assert status == 2
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1
    assert "--output" in lines[0]
    assert not (tmp_path / "missing").exists()
    assert list(tmp_path.iterdir()) == []


def test_output_onto_a_folder_leaves_nothing_behind(run: Run, fixture_corpus: Path, tmp_path: Path):
    (tmp_path / "taken").mkdir()
    status, out, err = run(
        "--corpus", str(fixture_corpus), "--as-of", AS_OF, "--output", str(tmp_path / "taken")
    )
    assert (status, out) == (2, "")
    assert len(err.splitlines()) == 1
    assert "--output" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]
    assert list((tmp_path / "taken").iterdir()) == []


@pytest.mark.parametrize("fmt", ["text", "rich", "markdown", "json", "html"])
def test_output_file_holds_what_stdout_would(summary: Callable[..., str], tmp_path: Path, fmt: str):
    target = tmp_path / f"briefing.{fmt}"
    assert summary("--format", fmt, "--width", "80", "--output", str(target)) == ""
    written = target.read_bytes().decode("utf-8")
    expected = summary("--format", fmt, "--width", "80")
    if fmt == "rich":  # hyperlink ids are numbered afresh on every render
        from tests.summary.test_golden import _LINK_ID

        written, expected = (_LINK_ID.sub("", t) for t in (written, expected))
    assert written == expected
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_output_replaces_an_existing_file_whole(summary: Callable[..., str], tmp_path: Path):
    target = tmp_path / "briefing.md"
    target.write_text("OLD CONTENT\n" * 10_000, encoding="utf-8")  # longer than the memo
    target.chmod(0o640)
    assert summary("--format", "markdown", "--output", str(target)) == ""
    written = target.read_text(encoding="utf-8")
    assert "OLD CONTENT" not in written
    assert written == summary("--format", "markdown")
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.md"]  # no temp file left
    assert target.stat().st_mode & 0o777 == 0o640  # the mode of the file replaced


def test_output_default_width_is_not_the_terminal(
    summary: Callable[..., str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("COLUMNS", "40")
    target = tmp_path / "briefing.txt"
    summary("--format", "text", "--output", str(target))
    assert target.read_text(encoding="utf-8") == summary("--format", "text", "--width", "100")
