"""TOML in and out: reading with line numbers for error messages, writing atomically.

``tomllib`` does not report where a value came from, so ``TomlDoc`` keeps a light
index of the text: the line of every ``[[table]]`` header and of every ``key =``
inside it. That is enough to point a person at ``data/findings/x.toml:42``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.core.safe_text import one_line
from briefing.storage.reading import TOML_LIMIT, ReadRefused, read_regular

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-]+|\"[^\"]*\")\s*=")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a corpus, located as precisely as the data allows."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        # One line a terminal shows literally: the path and the message may quote
        # anything a corpus holds (an id with an escape sequence, a newline).
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return one_line(f"{where}: {self.message}")


class StoreError(Exception):
    """A file could not be read or written; carries the problem to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(slots=True)
class _Table:
    """Where one table starts, and where each of its keys is."""

    line: int
    keys: dict[str, int] = field(default_factory=dict)
    children: dict[str, list[_Table]] = field(default_factory=dict)


@dataclass(slots=True)
class TomlDoc:
    """A parsed TOML file with enough position information to name lines in errors.

    The line index is built on the first ``line_of``: a sound file never needs it,
    and indexing every line of ten thousand findings files took seconds.
    """

    path: Path
    data: dict[str, Any]
    text: str
    _index: tuple[_Table, dict[str, list[_Table]], dict[str, _Table]] | None = None

    def line_of(self, *loc: str | int) -> int | None:
        """The line of a location like ``("finding", 3, "span")`` or ``("metric", "x", "unit")``.

        Falls back to the nearest enclosing table when the exact key cannot be found
        (for example a value that is missing altogether).
        """
        if not loc:
            return None
        if self._index is None:
            self._index = _index(self.text)
        root, arrays, named = self._index
        head, rest = loc[0], list(loc[1:])
        if isinstance(head, str) and head in arrays:
            tables = arrays[head]
            position = rest[0] if rest else None
            if not isinstance(position, int) or position >= len(tables):
                return tables[0].line if tables else None
            rest.pop(0)
            table = tables[position]
        elif isinstance(head, str) and rest and f"{head}.{rest[0]}" in named:
            table = named[f"{head}.{rest.pop(0)}"]
        else:
            table = root
            rest = [head, *rest]
        best: int | None = table.line or None
        while rest:
            key = rest.pop(0)
            if isinstance(key, str) and key in table.children:
                children = table.children[key]
                position = rest[0] if rest else None
                if isinstance(position, int) and position < len(children):
                    rest.pop(0)
                    table = children[position]
                    best = table.line
                    continue
                return children[0].line if children else best
            if isinstance(key, str) and key in table.keys:
                return table.keys[key]
            break
        return best


def _index(text: str) -> tuple[_Table, dict[str, list[_Table]], dict[str, _Table]]:
    root = _Table(line=0)
    arrays: dict[str, list[_Table]] = {}
    tables: dict[str, _Table] = {}
    current = root
    for number, raw in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(raw)
        if header and not raw.lstrip().startswith(("#",)) and "=" not in raw.split("]")[0]:
            name = header.group(2).replace('"', "").replace("'", "").strip()
            table = _Table(line=number)
            if header.group(1) == "[[":
                parent_name, _, child = name.rpartition(".")
                if parent_name and parent_name in arrays and arrays[parent_name]:
                    arrays[parent_name][-1].children.setdefault(child, []).append(table)
                else:
                    arrays.setdefault(name, []).append(table)
            else:
                tables[name] = table
            current = table
            continue
        key = _KEY.match(raw)
        if key:
            current.keys.setdefault(key.group(1).strip('"'), number)
    return root, arrays, tables


def parse_toml(text: str) -> dict[str, Any]:
    """Parse TOML text, with tomli's compiled parser when it is installed.

    tomli (the same parser as ``tomllib``, compiled) reads a large corpus about three
    times faster. Both are imported here, on first use, so a start from the compiled
    cache pays for neither. A malformed file is parsed again by ``tomllib`` so the
    message a person reads is the standard library's.
    """
    import tomllib

    try:
        import tomli
    except ImportError:  # pragma: no cover (tomli is a dependency; pure Python elsewhere)
        return tomllib.loads(text)
    try:
        return tomli.loads(text)
    except tomli.TOMLDecodeError:
        return tomllib.loads(text)  # raises tomllib's error, with tomllib's wording


def read_toml(path: Path, seen: Callable[[os.stat_result, bytes], None] | None = None) -> TomlDoc:
    """Read and parse a TOML file; a missing, non-UTF-8 or malformed file raises ``StoreError``.

    ``seen`` is told the file's status (taken before reading) and bytes once read:
    the corpus cache keys on them.
    """
    try:
        stat, raw = read_regular(path, TOML_LIMIT)
    except FileNotFoundError:
        raise StoreError(Problem(path, None, "file not found")) from None
    except ReadRefused as exc:
        raise StoreError(Problem(path, None, f"cannot read: {exc}")) from None
    except OSError as exc:
        raise StoreError(Problem(path, None, f"cannot read: {exc.strerror}")) from None
    if seen:
        seen(stat, raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
        raise StoreError(Problem(path, bad_line, "not valid UTF-8 text")) from None
    import tomllib

    try:
        data = parse_toml(text)
    except RecursionError:
        # The parser recurses per nested array or inline table: a file nested some
        # thousand deep is malformed input, not a crash.
        line = _too_deep_line(text)
        raise StoreError(Problem(path, line, "malformed TOML: nested too deeply")) from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        position = _TOML_POSITION.search(message)
        line = int(position.group(1)) if position else None
        message = _TOML_POSITION.sub("", message)
        raise StoreError(Problem(path, line, f"malformed TOML: {message}")) from None
    return TomlDoc(path, data, text)


MAX_DEPTH = 100
"""Nesting (of arrays and inline tables) no briefing file comes near."""


def _too_deep_line(text: str) -> int | None:
    """The line where brackets first nest deeper than ``MAX_DEPTH`` (strings not told
    apart: only used once the parser has given up)."""
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        for char in line:
            if char in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    return number
            elif char in "]}":
                depth = max(0, depth - 1)
    return None


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path`` so that readers see the old file or the new, never half.

    The data goes to a temporary file in the same folder, is flushed to disk, and
    is then renamed over the target (atomic on POSIX and Windows).
    """
    import tempfile  # deferred: 1 ms (random, hashing) that reading a corpus never needs

    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        # mkstemp makes the file private (0600); keep the mode of the file replaced,
        # or the usual mode for a new file.
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_output(path: Path, content: str | bytes) -> None:
    """Write ``content`` where a person pointed: what ``> PATH`` in a shell would reach,
    without ever leaving half a regular file.

    A symlink is written through to its target (the link stays a link); a FIFO or a
    device (``/dev/stdout``, ``/dev/null``) is written to in place, never replaced by
    a file; a regular file (or a new one) is replaced atomically.
    """
    import stat

    target = Path(os.path.realpath(path))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = stat.S_IFREG
    if stat.S_ISREG(mode):
        write_atomic(target, content)
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "Is a directory", str(path))
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(target, "wb", buffering=0) as handle:  # noqa: PTH123 (a device, not a file)
        view = memoryview(data)
        while view:
            view = view[handle.write(view) or 0 :]


def write_toml(path: Path, data: dict[str, Any]) -> None:
    """Serialise ``data`` with tomli-w and write it atomically."""
    import tomli_w  # only writers need it

    write_atomic(path, tomli_w.dumps(data))


@contextlib.contextmanager
def locked(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive ``fcntl.flock`` on ``lock_file`` (created if missing) meanwhile.

    Every read-modify-write of a shared file (``sources.toml``, ``state.toml``) runs
    under one, so two processes writing at once never lose each other's changes.
    """
    with lock_file.open("a") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
