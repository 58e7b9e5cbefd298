"""The compiled corpus cache: a validated corpus saved so the next start skips TOML.

Parsing and validating ten thousand findings files takes seconds; reading them back
from one ``marshal`` file takes a fraction of that and imports neither pydantic nor a
TOML parser. A cache file holds::

    MAGIC, header length, header (marshal), body

and the body is its records: a marshal of everything but the findings (with the length
of each findings file's part), then each findings file's encoded findings, marshalled
on their own, so that after a change the parts of the unchanged files are written back
as they were read, byte for byte, rather than encoded and marshalled again.

The header names the cache format, the briefing version, the Python version (marshal
is version-specific), a fingerprint of the code that validates, the corpus folder,
every input file (data/*.toml, data/findings/*.toml, the cited seeds/ articles and
data/state.toml) with its size, mtime and digest, and the body's length and CRC-32.

Each input is checked by its size and mtime first (cheap), its digest when they
differ or when the file was changed so recently that its mtime cannot be trusted. When
every input is unchanged, the records are used as they are. When some changed, were
added or are gone (an ``ingest``, a ``review``), the cache is still used, file by file:
the loader reads again only the files that changed and takes the records of the others
from the cache (``Hit.unchanged``; see ``from_toml``), and the cache is written anew.
Anything else (corrupt, truncated, another version or code) is a miss: the whole corpus
is loaded from TOML. Only a corpus with no problems at all is cached, so problems are
always found, and reported, by reading the TOML. The cache lives in the user's
cache folder (``BRIEFING_CACHE_DIR`` overrides it), never beside the corpus or in the
package; when it cannot be written, loading only stays slow, with one warning.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG
from typing import Any

import briefing
from briefing.corpus.layout import DATA, FINDINGS_DIR
from briefing.storage.paths import APP_NAME

MAGIC = b"briefing corpus cache\n"
FORMAT = 4
ENV = "BRIEFING_CACHE_DIR"
ABSENT = -1
"""The size recorded for an input that does not exist (data/state.toml, optional)."""
RACY_NS = 3_000_000_000
"""An input changed this close to the cache's writing is checked by digest, not mtime:
a file rewritten within the same mtime tick and at the same size would look unchanged."""

# The packages whose code decides what a valid corpus is, and how its claims group: an
# edited module in them (a developer's checkout) makes every cache a miss, as a new
# version does. Every module of these packages counts, so the list cannot go stale.
_CODE_PACKAGES = ("core", "storage", "corpus", "analysis")

_warned = False


@dataclass(slots=True)
class Input:
    """One input file as the cache knows it (``size`` is ABSENT for a missing file)."""

    path: str
    size: int
    mtime_ns: int
    digest: str


@dataclass
class Inputs:
    """The files a corpus was loaded from, recorded while loading."""

    root: Path
    corpus: list[Input] = field(default_factory=list)
    state: Input | None = None
    articles: dict[str, str] = field(default_factory=dict)
    """Each source id → the sha256 of its article as read (its findings were checked
    against that text)."""
    findings_files: dict[str, str] = field(default_factory=dict)
    """Each findings file read (relative path) → the source id it names."""
    fresh: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Each findings file read from its TOML → where its findings are in the corpus's
    list (from, to): they are encoded for the cache."""
    kept_rows: dict[str, bytes | memoryview] = field(default_factory=dict)
    """The marshalled findings of each findings file taken unchanged from the cache:
    written back as they are, not encoded again."""
    kept_sources: list[Any] | None = None
    """The encoded sources, when they were taken unchanged from the cache."""

    def record(self, path: Path, stat: os.stat_result, raw: bytes, digest: str = "") -> Input:
        """Note one file read (``digest`` when already known, as an article's sha256)."""
        entry = Input(self.relative(path), stat.st_size, stat.st_mtime_ns, digest or sha256(raw))
        self.corpus.append(entry)
        return entry

    def keep(self, entry: Input) -> None:
        """Note one file taken unchanged from the cache, without reading it."""
        self.corpus.append(entry)

    def relative(self, path: Path) -> str:
        """``path`` as the cache names it: relative to the corpus folder."""
        # A slice for the usual case (a path made from the root): relpath costs a
        # large corpus's load a quarter of a second over its twenty thousand files.
        text, prefix = str(path), self._prefix
        if text.startswith(prefix) and "/." not in text and "//" not in text:
            return text[len(prefix) :]
        return os.path.relpath(path, self.root)

    @property
    def _prefix(self) -> str:
        return f"{self.root}{os.sep}"


def cache_dir() -> Path:
    """Where corpus caches go: ``BRIEFING_CACHE_DIR``, else the user's cache folder."""
    override = os.environ.get(ENV)
    if override:
        return Path(override)
    from platformdirs import user_cache_path  # deferred: a few ms, only for the real folder

    return user_cache_path(APP_NAME) / "corpus"


def cache_file(root: Path) -> Path:
    """The cache file of the corpus in ``root`` (one per folder).

    Named by the folder's name and a CRC of its path: two folders sharing a name
    only take turns (the header names the folder), and zlib is already loaded where
    hashlib would cost a warm start a few milliseconds.
    """
    resolved = str(root.resolve())
    slug = "".join(c if c.isalnum() or c in "-_" else "_" for c in Path(resolved).name)[:40]
    return cache_dir() / f"{slug or 'root'}-{zlib.crc32(resolved.encode()):08x}.bin"


def sha256(raw: bytes) -> str:
    """Hex SHA-256 of ``raw``."""
    import hashlib  # deferred: only a miss, or a file whose mtime changed, needs it

    return hashlib.sha256(raw).hexdigest()


def _code_fingerprint() -> tuple[tuple[str, int, int], ...]:
    package = Path(__file__).resolve().parent.parent
    result = []
    for folder in _CODE_PACKAGES:
        for path in sorted((package / folder).glob("*.py")):
            try:
                stat = path.stat()
            except OSError:
                continue
            result.append((f"{folder}/{path.name}", stat.st_size, stat.st_mtime_ns))
    return tuple(result)


def _expected_header(root: Path) -> tuple[Any, ...]:
    return (
        FORMAT,
        briefing.__version__,
        tuple(sys.version_info[:2]),
        _code_fingerprint(),
        str(root.resolve()),
    )


def _digest(path: str) -> str:
    return sha256(Path(path).read_bytes())


def _unchanged(root: str, entry: tuple[str, int, int, str], written_ns: int) -> bool:
    # Plain strings and os.stat: twenty thousand inputs on a large corpus, where
    # pathlib's joins alone took a tenth of a second.
    path, size, mtime_ns, digest = entry
    full = f"{root}{os.sep}{path}"
    try:
        stat = os.stat(full)  # noqa: PTH116 (a Path per input costs more than the stat)
    except FileNotFoundError:
        return size == ABSENT
    except OSError:
        return False
    if size == ABSENT or stat.st_size != size or not S_ISREG(stat.st_mode):
        return False  # (a FIFO or a device in a seed's place is never read here)
    if stat.st_mtime_ns == mtime_ns and written_ns - mtime_ns > RACY_NS:
        return True
    try:
        return _digest(full) == digest
    except OSError:
        return False


def _findings_files(root: Path) -> set[str]:
    folder = root / DATA / FINDINGS_DIR
    try:
        with os.scandir(folder) as entries:
            names = [entry.name for entry in entries]
    except OSError:
        return set()
    prefix = f"{DATA}/{FINDINGS_DIR}/"
    return {prefix + name for name in names if name.endswith(".toml")}


@dataclass
class Hit:
    """A sound cache of this code: the corpus's records, and which inputs still hold."""

    body: tuple[Any, ...]
    marks_current: bool
    stamp: int
    """The records' size and CRC, as one number: names this compiled corpus, for what
    is kept beside it (``series_cache``)."""
    unchanged: dict[str, Input] | None = None
    """None when every input is as cached (the records hold as they are); else the
    inputs that are, by relative path: the records of those may be kept, the rest
    are read again."""
    changed: dict[str, Input] | None = None
    """The inputs that changed, as they were when cached (a file that only grew at its
    end may be read from there on: see ``appended``)."""


def read(root: Path) -> Hit | None:
    """The cached records of the corpus in ``root``, or None when there is no sound cache.

    A cache made by other code or versions is an expected miss; one that is corrupt,
    truncated or foreign is logged (``rejected``). Either way the TOML is read. A cache
    whose inputs changed in part is a hit with ``unchanged`` set."""
    path = cache_file(root)
    try:
        blob = path.read_bytes()
    except OSError:
        return None  # none yet
    header, start = _header(path, blob)
    if header is None:
        return None
    written, written_ns, inputs, state, body_len, crc = header
    expected = _expected_header(root)
    if tuple(written) != expected:
        return None  # another version, other code, or another folder of the same name
    body_bytes = memoryview(blob)[start:]
    if len(body_bytes) != body_len or zlib.crc32(body_bytes) != crc:
        rejected(path, "corrupt or truncated (its checksum does not match)")
        return None
    folder = str(root)
    body = _split(body_bytes)
    marks_current = _unchanged(folder, state, written_ns)
    stamp = _stamp(body_len, crc, expected)
    listed = {e[0] for e in inputs if e[0].startswith(f"{DATA}/{FINDINGS_DIR}/")}
    kept: list[tuple[str, int, int, str]] = []
    changed: list[tuple[str, int, int, str]] = []
    for entry in inputs:
        (kept if _unchanged(folder, entry, written_ns) else changed).append(entry)
    if not changed and listed == _findings_files(root):
        return Hit(body, marks_current, stamp)
    # Some inputs changed, or findings files came or went: the loader reads those again.
    return Hit(
        body,
        marks_current,
        stamp,
        {entry[0]: Input(*entry) for entry in kept},
        {entry[0]: Input(*entry) for entry in changed},
    )


_HEADER_FIELDS = 6


def _header(path: Path, blob: bytes) -> tuple[tuple[Any, ...] | None, int]:
    """The header of a cache file and where its body starts; (None, 0), logged, for a
    file that is not a cache of this layout."""
    if not blob.startswith(MAGIC):
        rejected(path, "not a corpus cache")
        return None, 0
    start = len(MAGIC) + 4
    header_len = int.from_bytes(blob[len(MAGIC) : start], "big")
    try:
        header = marshal.loads(blob[start : start + header_len])
    except (ValueError, EOFError, TypeError) as exc:  # what marshal raises for bad bytes
        rejected(path, f"its header is unreadable ({exc})")
        return None, 0
    if not isinstance(header, tuple) or len(header) != _HEADER_FIELDS:
        rejected(path, "its header is of another layout")
        return None, 0
    return header, start + header_len


def write(root: Path, inputs: Inputs, body: tuple[Any, ...]) -> int | None:
    """Save a corpus's records; a folder that cannot be written is one warning, once.

    Returns the stamp of the records written (as ``Hit.stamp`` gives it), or None."""
    # One buffer, one CRC and one write: per file, ten thousand of each cost a tenth
    # of a second.
    payload = b"".join(_joined(body))
    crc = zlib.crc32(payload)
    size = len(payload)
    expected = _expected_header(root)
    state = inputs.state or Input("", ABSENT, 0, "")
    header = marshal.dumps(
        (
            expected,
            _now_ns(),
            [(e.path, e.size, e.mtime_ns, e.digest) for e in inputs.corpus],
            (state.path, state.size, state.mtime_ns, state.digest),
            size,
            crc,
        )
    )
    target = cache_file(root)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _replace(target, (MAGIC, len(header).to_bytes(4, "big"), header, payload))
    except OSError as exc:
        _warn_once(target.parent, exc)
        return None
    return _stamp(size, crc, expected)


_LENGTH = 8


def _joined(body: tuple[Any, ...]) -> list[bytes]:
    """The parts of a body: (topics, metric defs, sources, files, marks), each file as
    (path, source id, article sha256, its findings marshalled)."""
    topics, defs, sources, files, marks = body
    index = [(path, source, article, len(part)) for path, source, article, part in files]
    head = marshal.dumps((topics, defs, sources, index, marks))
    return [len(head).to_bytes(_LENGTH, "big"), head, *(file[3] for file in files)]


def _split(body: memoryview) -> tuple[Any, ...]:
    """A body as ``_joined`` took it, each file's part a view into ``body``."""
    head_len = int.from_bytes(body[:_LENGTH], "big")
    topics, defs, sources, index, marks = marshal.loads(body[_LENGTH : _LENGTH + head_len])
    offset = _LENGTH + head_len
    files = []
    for path, source, article, length in index:
        files.append((path, source, article, body[offset : offset + length]))
        offset += length
    return topics, defs, sources, files, marks


def _replace(target: Path, parts: tuple[bytes, ...]) -> None:
    """Write ``target`` whole through a temporary file renamed over it, not synced to
    disk: a cache lost or torn by a crash fails its CRC and is made again, and syncing
    fifty megabytes cost each start after a change half a second (bench/cache_speed.py)."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part)
        Path(name).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(name).unlink()
        raise


def _stamp(size: int, crc: int, header: tuple[Any, ...]) -> int:
    # The records, and the code and version that made them (the same records made by
    # other code may derive other things).
    # repr, not marshal: marshal's bytes depend on how the objects are shared in memory.
    return (size << 64) | (crc << 32) | zlib.crc32(repr(header).encode())


def _now_ns() -> int:
    import time

    return time.time_ns()


def rejected(path: Path, reason: str) -> None:
    """Log a cache file not used for an unexpected reason (corrupt, truncated, foreign):
    the load goes on from the TOML, slower, and a recurring cause can be found."""
    import logging  # deferred: only a rejection needs it

    logger = logging.getLogger("briefing.cache")
    logger.warning("briefing: warning: cache file %s not used: %s", path, reason)


def _warn_once(folder: Path, exc: OSError) -> None:
    global _warned, _warning
    if _warned:
        return
    _warned = True
    reason = exc.strerror or str(exc)
    _warning = (
        f"cannot write the corpus cache in {folder} ({reason}); "
        f"loading stays slow (set {ENV} to a writable folder)"
    )
    print(f"briefing: warning: {_warning}", file=sys.stderr)


_warning: str | None = None


def write_warning() -> str | None:
    """The warning about an unwritable cache folder, once one was given: the app shows
    it too, since what it prints to stderr under a full-screen app is never seen."""
    return _warning
