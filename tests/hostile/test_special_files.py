"""A corpus reads only regular files inside itself; an input is a regular file read
with a hard byte cap: symlinks out, FIFOs and devices are named, never followed or
read for ever."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.hostile.corpus import HostileCorpus, assert_no_raw_controls, run_cli

SECRET = "root:x:0:0:secret line that must never become a seed\n"
ARTICLE = "The council opened 57 online public services this spring, said the mayor.\n" * 5


def outside_file(tmp_path: Path) -> Path:
    secret = tmp_path / "outside" / "passwd"
    secret.parent.mkdir()
    secret.write_text(SECRET, encoding="utf-8")
    return secret


def seeds_text(corpus: Path) -> str:
    seeds = corpus / "seeds"
    if not seeds.is_dir():
        return ""
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in seeds.iterdir())


def special(kind: str, where: Path, tmp_path: Path) -> None:
    """Put a file of ``kind`` at ``where``."""
    if kind == "fifo":
        os.mkfifo(where)
    elif kind == "device":
        where.symlink_to("/dev/zero")
    elif kind == "symlink-out":
        where.symlink_to(outside_file(tmp_path))
    elif kind == "dir-symlink-out":
        where.symlink_to(outside_file(tmp_path).parent)
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["fifo", "device", "symlink-out", "dir-symlink-out"])
def test_ingest_of_a_folder_names_and_skips_what_is_not_a_regular_file(
    tmp_path: Path, kind: str
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text(ARTICLE, encoding="utf-8")
    special(kind, inbox / "odd.txt", tmp_path)
    corpus = tmp_path / "corpus"
    ran = run_cli("ingest", "--corpus", str(corpus), str(inbox), timeout=120)
    assert_no_raw_controls(ran.both)
    lines = ran.out.splitlines()
    odd = [line for line in lines if "odd.txt" in line]
    assert len(odd) == 1 and odd[0].startswith("skipped: "), lines
    assert any("good.txt" in line for line in lines)
    assert "secret line" not in seeds_text(corpus)
    assert ran.status == 1  # a skipped input is reported as a failure


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_ingest_of_a_special_file_given_by_name_is_skipped_at_once(
    tmp_path: Path, kind: str
) -> None:
    odd = tmp_path / "odd.txt"
    special(kind, odd, tmp_path)
    ran = run_cli("ingest", "--corpus", str(tmp_path / "corpus"), str(odd), timeout=60)
    assert ran.status == 1
    assert ran.out.startswith("skipped: "), ran.both
    assert "not a regular file" in ran.out
    assert len(ran.out.splitlines()) == 1


def break_seed(corpus: Path, kind: str, tmp_path: Path) -> None:
    seed = corpus / "seeds" / "harbour.txt"
    if kind == "symlink-out-same-sha":
        # The same bytes outside the corpus: the sha256 matches, the link still must not pass.
        outside = tmp_path / "elsewhere.txt"
        outside.write_bytes(seed.read_bytes())
        seed.unlink()
        seed.symlink_to(outside)
    elif kind == "fifo":
        seed.unlink()
        os.mkfifo(seed)
    elif kind == "device":
        seed.unlink()
        seed.symlink_to("/dev/zero")
    else:
        raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["symlink-out-same-sha", "fifo", "device"])
@pytest.mark.parametrize("command", ["check", "summary"])
def test_a_seed_that_is_not_a_regular_file_of_the_corpus_is_a_problem(
    tmp_path: Path, kind: str, command: str
) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    break_seed(corpus, kind, tmp_path)
    ran = run_cli(command, "--corpus", str(corpus), timeout=60)
    assert ran.status != 0
    assert_no_raw_controls(ran.both)
    assert "harbour.txt" in ran.both
    assert "ok:" not in ran.out


def test_a_seed_symlink_inside_the_corpus_is_fine(tmp_path: Path) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    seed = corpus / "seeds" / "harbour.txt"
    kept = corpus / "seeds" / "kept.dat"
    seed.rename(kept)
    seed.symlink_to(kept.name)
    ran = run_cli("check", "--corpus", str(corpus))
    assert ran.status == 0, ran.both


def test_a_findings_file_that_is_a_fifo_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    corpus = HostileCorpus().write(tmp_path / "corpus")
    os.mkfifo(corpus / "data" / "findings" / "waiting.toml")
    ran = run_cli("check", "--corpus", str(corpus), timeout=60)
    assert ran.status == 1
    (line,) = [line for line in ran.out.splitlines() if "waiting.toml" in line]
    assert "FIFO" in line


def test_read_regular_caps_what_stat_does_not_announce(tmp_path: Path) -> None:
    from briefing.storage.reading import ReadRefused, read_regular

    # /proc files say st_size 0 yet hold bytes: the cap is on what is read.
    with pytest.raises(ReadRefused, match="too large"):
        read_regular(Path("/proc/self/status"), 16)
    _status, raw = read_regular(Path("/proc/self/status"), 1 << 20)
    assert raw.startswith(b"Name:")


@pytest.mark.parametrize("size", [0, 1, 4096, (1 << 20) + 3])
def test_read_regular_reads_a_regular_file_whole(tmp_path: Path, size: int) -> None:
    from briefing.storage.reading import ReadRefused, read_regular

    path = tmp_path / "f"
    data = hashlib.sha256(b"x").digest() * (size // 32 + 1)
    path.write_bytes(data[:size])
    assert read_regular(path, 2 << 20)[1] == data[:size]
    if size:
        with pytest.raises(ReadRefused):
            read_regular(path, size - 1)


def test_read_regular_refuses_a_symlink_out_of_its_folder(tmp_path: Path) -> None:
    from briefing.storage.reading import ReadRefused, read_regular

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    link = corpus / "link"
    link.symlink_to(outside_file(tmp_path))
    with pytest.raises(ReadRefused, match="outside"):
        read_regular(link, 1000, within=corpus)
    assert read_regular(link, 1000)[1] == SECRET.encode()
