"""Reading TOML with line numbers for error messages; writing files atomically."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from briefing.storage.files import Problem, StoreError, read_toml, write_atomic

SAMPLE = """\
# a findings-like file
source = "s"

[[finding]]
id = "a"
quote = "[bold]not a header[/bold]"
span = [1, 2]

[[finding.metrics]]
name = "m"
unit = "cards"

[[finding.metrics]]  # the second metric
name = "n"

[[finding]]
id = "b"
topics = ["x", "y"]

[metric.chip_id_cards_issued]
label = "Chip"
unit = "cards"

[metric."quoted_name"]
unit = "%"
"""


@pytest.fixture
def sample(tmp_path: Path):
    path = tmp_path / "sample.toml"
    path.write_text(SAMPLE, encoding="utf-8")
    return read_toml(path)


def test_read_toml_parses_the_data(sample):
    assert sample.data["source"] == "s"
    assert [f["id"] for f in sample.data["finding"]] == ["a", "b"]
    assert sample.data["finding"][0]["quote"] == "[bold]not a header[/bold]"
    assert [m["name"] for m in sample.data["finding"][0]["metrics"]] == ["m", "n"]


@pytest.mark.parametrize(
    ("loc", "line"),
    [
        (("source",), 2),
        (("finding", 0), 4),
        (("finding", 0, "id"), 5),
        (("finding", 0, "quote"), 6),
        (("finding", 0, "span"), 7),
        (("finding", 1), 16),
        (("finding", 1, "id"), 17),
        (("finding", 1, "topics"), 18),
        (("finding", 1, "topics", 1), 18),
        # nested [[finding.metrics]] belong to the finding above them
        (("finding", 0, "metrics"), 9),
        (("finding", 0, "metrics", 0, "name"), 10),
        (("finding", 0, "metrics", 0, "unit"), 11),
        (("finding", 0, "metrics", 1), 13),
        (("finding", 0, "metrics", 1, "name"), 14),
        # [metric.NAME] tables
        (("metric", "chip_id_cards_issued"), 20),
        (("metric", "chip_id_cards_issued", "label"), 21),
        (("metric", "chip_id_cards_issued", "unit"), 22),
        (("metric", "quoted_name", "unit"), 25),
    ],
)
def test_line_of(sample, loc, line):
    assert sample.line_of(*loc) == line


@pytest.mark.parametrize(
    ("loc", "line"),
    [
        (("finding", 1, "span"), 16),  # a missing key: the table it belongs in
        (("finding", 1, "metrics", 0, "unit"), 16),  # no metrics at all
        (("finding", 0, "metrics", 1, "unit"), 13),  # a missing key of a nested table
        (("metric", "chip_id_cards_issued", "aliases"), 20),
    ],
)
def test_line_of_falls_back_to_the_enclosing_table(sample, loc, line):
    assert sample.line_of(*loc) == line


def test_line_of_nothing(sample):
    assert sample.line_of() is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a = 1\nb = 2\nc = three\n", 3),
        ('[[finding]]\nid = "x"\nid = "y"\n', 3),
        ('[[finding]]\nquote = "unterminated\nspan = [1, 2]\n', 2),
        ("x = 1\n\n\n\n[table\n", 5),
    ],
)
def test_malformed_toml_is_a_problem_with_its_line(tmp_path: Path, text, line):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        read_toml(path)
    problem = caught.value.problem
    assert isinstance(problem, Problem)
    assert problem.path == path
    assert problem.line == line
    assert problem.message.startswith("malformed TOML: ")
    assert "(at line" not in problem.message  # the line is in file:line, not repeated
    assert str(problem).startswith(f"{path}:{line}: malformed TOML: ")


def test_non_utf8_toml_names_the_line(tmp_path: Path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'a = "ok"\nb = "caf\xe9"\n')
    with pytest.raises(StoreError) as caught:
        read_toml(path)
    assert str(caught.value.problem) == f"{path}:2: not valid UTF-8 text"


def test_missing_file(tmp_path: Path):
    path = tmp_path / "nope.toml"
    with pytest.raises(StoreError) as caught:
        read_toml(path)
    assert caught.value.problem.line is None
    assert str(caught.value.problem) == f"{path}: file not found"


def test_problem_without_line_prints_only_the_path():
    assert str(Problem(Path("x.toml"), None, "boom")) == "x.toml: boom"
    assert str(Problem(Path("x.toml"), 7, "boom")) == "x.toml:7: boom"


# --- write_atomic ----------------------------------------------------------------------


def test_write_atomic_replaces_content(tmp_path: Path):
    path = tmp_path / "data.toml"
    path.write_text("old = 1\n", encoding="utf-8")
    write_atomic(path, "new = 2 # ünïcode\n")
    assert path.read_bytes() == "new = 2 # ünïcode\n".encode()
    write_atomic(path, b"raw = 3\n")
    assert path.read_bytes() == b"raw = 3\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.toml"]


def test_write_atomic_creates_the_file(tmp_path: Path):
    path = tmp_path / "data.toml"
    write_atomic(path, "a = 1\n")
    assert path.read_text(encoding="utf-8") == "a = 1\n"
    assert list(path.parent.iterdir()) == [path]


def test_write_atomic_never_invents_a_folder(tmp_path: Path):
    # A mistyped --output folder is an error, not a new folder.
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "no" / "such" / "data.toml", "a = 1\n")
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "data.toml"
    path.write_text("old = 1\n", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("briefing.storage.files.os.fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(path, "new = 2\n")
    assert path.read_text(encoding="utf-8") == "old = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.toml"]


def test_failed_rename_keeps_the_old_file_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "data.toml"
    path.write_text("old = 1\n", encoding="utf-8")

    def broken_replace(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(PermissionError):
        write_atomic(path, "new = 2\n")
    assert path.read_text(encoding="utf-8") == "old = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.toml"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_write_atomic_keeps_the_file_mode(tmp_path: Path):
    path = tmp_path / "data.toml"
    path.write_text("old = 1\n", encoding="utf-8")
    path.chmod(0o644)
    write_atomic(path, "new = 2\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
