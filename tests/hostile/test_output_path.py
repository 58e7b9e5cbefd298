"""``summary --output PATH`` does what ``> PATH`` would: through a symlink to its
target, in place to a FIFO or a device, an atomic replace only of a regular file;
``--width`` is capped with a one-line error."""

from __future__ import annotations

import os
import stat
import threading
import time
from pathlib import Path

import pytest

from tests.hostile.corpus import HostileCorpus, run_cli


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return HostileCorpus().write(tmp_path / "corpus")


def summary(corpus: Path, *args: str):
    return run_cli("summary", "--corpus", str(corpus), "--format", "text", *args)


@pytest.mark.parametrize("hops", [1, 2])
def test_a_symlink_is_written_through_and_stays_a_link(
    tmp_path: Path, corpus: Path, hops: int
) -> None:
    target = tmp_path / "real.txt"
    target.write_text("old\n", encoding="utf-8")
    link = target
    for n in range(hops):
        nxt = tmp_path / f"link{n}.txt"
        nxt.symlink_to(link)
        link = nxt
    ran = summary(corpus, "--output", str(link))
    assert ran.status == 0, ran.err
    assert link.is_symlink()
    assert "57 online public services" in target.read_text(encoding="utf-8")


def test_a_dangling_symlink_creates_its_target(tmp_path: Path, corpus: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "new.txt")
    ran = summary(corpus, "--output", str(link))
    assert ran.status == 0, ran.err
    assert link.is_symlink()
    assert "57 online" in (tmp_path / "new.txt").read_text(encoding="utf-8")


def test_a_fifo_is_written_in_place(tmp_path: Path, corpus: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    ran = summary(corpus, "--output", str(fifo))
    reader.join(30)
    assert ran.status == 0, ran.err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b"57 online" in got[0]


DEVICES = {"null": os.makedev(1, 3), "full": os.makedev(1, 7)}


def device_node(tmp_path: Path, name: str) -> Path:
    """A character device of our own, in the test's folder: code that wrongly replaces
    its output path replaces this one, never the machine's /dev/null."""
    node = tmp_path / name
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, DEVICES[name])
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return node


@pytest.mark.parametrize("name", list(DEVICES))
def test_a_device_is_written_in_place_never_replaced(
    tmp_path: Path, corpus: Path, name: str
) -> None:
    device = device_node(tmp_path, name)
    before = os.lstat(device)
    ran = summary(corpus, "--output", str(device))
    after = os.lstat(device)
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    if name == "full":
        assert ran.status == 2
        assert ran.err.startswith("briefing: error: --output: cannot write")
        assert len(ran.err.splitlines()) == 1
    else:
        assert ran.status == 0, ran.err


def test_a_regular_file_is_replaced_whole_keeping_its_mode(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o640)
    ran = summary(corpus, "--output", str(out))
    assert ran.status == 0, ran.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert "old" not in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("value", ["100000", "1001", "99999999999999999999"])
def test_an_absurd_width_is_one_line_refused_at_once(corpus: Path, value: str) -> None:
    started = time.monotonic()
    ran = run_cli("summary", "--corpus", str(corpus), "--format", "rich", "--width", value)
    assert time.monotonic() - started < 20
    assert ran.status == 2
    assert len(ran.err.strip().splitlines()) == 1
    assert "too wide" in ran.err


@pytest.mark.parametrize("value", ["20", "1000"])
def test_a_width_in_range_is_used(corpus: Path, value: str) -> None:
    ran = run_cli("summary", "--corpus", str(corpus), "--format", "rich", "--width", value)
    assert ran.status == 0, ran.err
    assert "57 online" in ran.out
