"""One way to read a file someone else made: a regular file only, with a hard byte cap.

A corpus or an input folder may hold a symlink to ``/etc/passwd``, a FIFO that
never ends (reading it hangs), or a device like ``/dev/zero`` whose ``st_size`` is
0 but whose bytes never stop. Every read of a seed, a corpus TOML file or an input
goes through ``read_regular``: it opens without blocking, checks the open file
(not the path, which could be swapped meanwhile) is a regular file, and reads in
chunks up to the cap whatever ``stat`` says.
"""

from __future__ import annotations

import os
import stat as st
from pathlib import Path

CHUNK = 1 << 20
TOML_LIMIT = 64 * 1024 * 1024
"""Bytes a corpus TOML file (a findings, sources, state or settings file) may hold."""
SEED_LIMIT = 32 * 1024 * 1024
"""Bytes an article text of a corpus may hold."""


class ReadRefused(Exception):
    """The file is not one to read (a FIFO, a device, a symlink out, too large);
    the message is one line saying which, ``strerror``-style."""


def kind_of(mode: int) -> str:
    """``a FIFO``, ``a device``, ``a folder``… for a file mode."""
    if st.S_ISFIFO(mode):
        return "a FIFO"
    if st.S_ISCHR(mode) or st.S_ISBLK(mode):
        return "a device"
    if st.S_ISDIR(mode):
        return "a folder"
    if st.S_ISSOCK(mode):
        return "a socket"
    if st.S_ISLNK(mode):
        return "a symlink"
    return "not a regular file"


def inside(path: Path, root: Path) -> bool:
    """True when ``path``, its symlinks followed, is within ``root`` (also resolved)."""
    try:
        return path.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return False


def read_regular(
    path: Path, limit: int, *, within: Path | None = None
) -> tuple[os.stat_result, bytes]:
    """The status and bytes of the regular file ``path``; ``ReadRefused`` for anything
    else, ``OSError`` (``FileNotFoundError``…) when it cannot be opened.

    With ``within``, a symlink may only lead to a file inside that folder.
    """
    if within is not None and path.is_symlink() and not inside(path, within):
        raise ReadRefused(f"a symlink to {os.path.realpath(path)}, outside {within}")
    # O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        status = os.fstat(fd)
        if not st.S_ISREG(status.st_mode):
            raise ReadRefused(f"{kind_of(status.st_mode)}, not a regular file")
        if status.st_size > limit:
            raise ReadRefused(f"too large ({status.st_size:,} bytes; the limit is {limit:,})")
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(CHUNK, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew while read: what stat said is not trusted
                raise ReadRefused(f"too large (over {limit:,} bytes)")
        return status, b"".join(chunks)
    finally:
        os.close(fd)


def regular_files(folder: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """The regular files under ``folder`` (sorted, hidden ones left out), and what was
    skipped with why: symlinks are not followed, FIFOs, devices and sockets not read."""
    files: list[Path] = []
    skipped: list[tuple[Path, str]] = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        base = Path(top)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for link in [d for d in dirs if (base / d).is_symlink()]:
            dirs.remove(link)
            skipped.append((base / link, "a symlink, not followed"))
        for name in names:
            if name.startswith("."):
                continue
            path = base / name
            mode = path.lstat().st_mode
            if st.S_ISREG(mode):
                files.append(path)
            elif st.S_ISLNK(mode):
                skipped.append((path, "a symlink, not followed"))
            else:
                skipped.append((path, f"{kind_of(mode)}, not read"))
    return sorted(files), sorted(skipped)
