"""``briefing ingest``: new articles into a corpus folder, with extracted findings.

Each article is stored once (``seeds/<slug>.txt``, its sha256 in ``data/sources.toml``),
its original beside it when the text was taken out of HTML or another encoding, and
its findings in ``data/findings/<id>.toml`` marked ``origin = "extracted"`` and
``reviewed = false``.

Consistency: every file is written atomically, in the order seed → original →
sources.toml → findings, so an interrupted ingest never leaves a finding without
its source; re-ingesting the same article fills in findings that an interruption
left out. The read-modify-write of sources.toml happens under an exclusive
``fcntl.flock`` on ``data/.ingest.lock``, so two ingests into one corpus keep both.
"""

from __future__ import annotations

import contextlib
import hashlib
import multiprocessing
import os
import re
import shutil
import signal
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefing.core.safe_text import one_line
from briefing.core.text import fold
from briefing.corpus.layout import (
    DATA,
    FINDINGS_DIR,
    METRICS_FILE,
    SEEDS,
    SOURCES_FILE,
    TOPICS_FILE,
)
from briefing.extract.metadata import Metadata
from briefing.extract.pipeline import Extracted, Extractor, to_toml
from briefing.extract.reading import MAX_BYTES, ReadError, read_bytes
from briefing.extract.vocabulary import load_extractor
from briefing.storage.files import locked, write_atomic, write_toml
from briefing.storage.reading import SEED_LIMIT, ReadRefused, read_regular, regular_files
from briefing.workflows.given_meta import Given

LOCK_FILE = ".ingest.lock"
STDIN = "-"
_SOURCES_HEADER = (
    "# The articles of this corpus, added by `briefing ingest`. `sha256` is the hash of\n"
    "# the article file's bytes; `published_stated = false` means the date was inferred.\n\n"
)


class IngestError(Exception):
    """The corpus cannot be ingested into at all (not a per-file problem)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input: ``ingested``, ``unchanged`` or ``skipped`` (and why)."""

    name: str
    status: str
    detail: str

    @property
    def failed(self) -> bool:
        """True when the input could not be ingested."""
        return self.status == "skipped"

    def __str__(self) -> str:
        # One line per input, shown literally: a file name may hold a newline or an ESC.
        return one_line(f"{self.status}: {self.name}: {self.detail}")


def slugify(text: str, limit: int = 60) -> str:
    """A safe file and id name: lowercase ``a-z0-9-``, no dots or slashes, never empty."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    return slug.strip("-") or "article"


def ensure_corpus(root: Path, vocabulary: Path) -> None:
    """Make ``root`` a corpus if it is not one: seeds/, data/ with findings/ and vocabularies."""
    if root.exists() and not root.is_dir():
        raise IngestError(f"--corpus: '{root}' is a file, not a folder")
    try:
        (root / SEEDS).mkdir(parents=True, exist_ok=True)
        (root / DATA / FINDINGS_DIR).mkdir(parents=True, exist_ok=True)
        for name in (METRICS_FILE, TOPICS_FILE):
            target = root / DATA / name
            if not target.exists():
                shutil.copyfile(vocabulary / DATA / name, target)
        sources = root / DATA / SOURCES_FILE
        if not sources.exists():
            with _locked(root):
                if not sources.exists():
                    write_atomic(sources, _SOURCES_HEADER)
    except OSError as exc:
        raise IngestError(
            f"--corpus: cannot create a corpus in '{root}': {exc.strerror or exc}"
        ) from None


def _locked(root: Path) -> contextlib.AbstractContextManager[None]:
    return locked(root / DATA / LOCK_FILE)


@dataclass(frozen=True, slots=True)
class Refused:
    """An entry of a folder that is not read (a symlink, a FIFO, a device), and why."""

    reason: str


Input = tuple[str, Path | Refused | None]
"""An input's name and its file (``None``: stdin; ``Refused``: named, never read)."""


def expand_inputs(paths: list[str]) -> Iterator[Input]:
    """Each input as (name, path); folders give their regular files (sorted, hidden
    ones left out) and name each symlink or special file they skip."""
    for given in paths:
        if given == STDIN:
            yield STDIN, None
            continue
        path = Path(given)
        if path.is_dir():
            try:
                files, skipped = regular_files(path)
            except OSError as exc:
                yield given, Refused(f"cannot read the folder: {exc.strerror or exc}")
                continue
            if not files and not skipped:
                yield given, path  # reported as an empty folder
            for file in files:
                yield str(file), file
            for entry, reason in skipped:
                yield str(entry), Refused(reason)
        else:
            yield given, path


POOL_FROM = 8
"""Fewer inputs than this are extracted in this process: starting workers costs more."""


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def processes_for(inputs: int, processes: int | None = None) -> int:
    """How many processes extract ``inputs`` articles: every core for a batch, one for a few."""
    if processes is not None:
        return max(1, processes)
    return cores() if inputs >= POOL_FROM else 1


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article read and extracted, ready to be stored (made in any process)."""

    name: str
    file_name: str
    raw: bytes
    text: str
    fmt: str
    meta: Metadata
    items: list[Extracted]


def _read(name: str, path: Path | None, stdin: Any) -> bytes:
    if path is None:
        raw = stdin.read(MAX_BYTES + 1) if stdin is not None else b""
        if len(raw) > MAX_BYTES:
            raise ReadError(f"too large (over {MAX_BYTES:,} bytes)")
        return bytes(raw)
    if path.is_dir():
        raise ReadError("empty folder")
    try:
        # A regular file only, and never more than the cap: a FIFO or /dev/zero is
        # named and skipped, not read for ever.
        return read_regular(path, MAX_BYTES)[1]
    except ReadRefused as exc:
        raise ReadError(str(exc)) from None
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except IsADirectoryError:
        raise ReadError("a folder") from None
    except OSError as exc:
        raise ReadError(f"cannot read: {exc.strerror or exc}") from None


def _seed_bytes(path: Path) -> bytes:
    """A seed already in the corpus; something that is not a regular file reads as
    nothing (so a new name is taken beside it)."""
    try:
        return read_regular(path, SEED_LIMIT)[1]
    except ReadRefused:
        return b""


def prepare(
    extractor: Extractor,
    name: str,
    path: Path | None,
    raw: bytes | None,
    given: Given | None = None,
) -> Prepared | Outcome:
    """Read (unless ``raw`` is given: stdin's bytes) and extract one input; never raises
    for a bad file (the ``Outcome`` says why it is skipped). ``given`` fields (a person's
    word on a single article) win over what is read from its text."""
    try:
        if raw is None:
            raw = _read(name, path, None)
        file_name = path.name if path else "stdin.txt"
        doc = read_bytes(raw, file_name)
        meta = extractor.metadata(doc.text, doc.hints)
        if given is not None:
            meta = given.over(meta)  # a date given dates the article's relative dates too
        items = extractor.extract(
            doc.text, meta.ref_date, dated=meta.known, period=meta.published or None
        )
        if not meta.known:
            items = [_uncertain(item) for item in items]
        return Prepared(name, file_name, raw, doc.text, doc.fmt, meta, items)
    except ReadError as exc:
        return Outcome(name, "skipped", str(exc))
    except Exception as exc:  # one bad article must not stop the others
        return Outcome(name, "skipped", f"could not be processed ({type(exc).__name__}: {exc})")


UNCERTAIN = 0.3
"""The confidence of a due date whose year was filled in from an unknown article date."""


def _uncertain(item: Extracted) -> Extracted:
    """A due date with no year in its quote took its year from a guess ("before July 5"
    in an undated article): marked uncertain, for the reviewer to check."""
    if item.due is None or item.due[:4] in item.quote:
        return item
    return replace(item, confidence=min(item.confidence, UNCERTAIN))


_WORKER: Extractor | None = None


def _start_worker(data_dir: Path) -> None:
    global _WORKER
    # Ctrl-C is the parent's to handle (it stops the pool); a worker printing its own
    # traceback for it would only be noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = load_extractor(data_dir)


def _prepare_in_worker(job: tuple[str, Path | None, bytes | None]) -> Prepared | Outcome:
    assert _WORKER is not None
    return prepare(_WORKER, *job)


class Ingester:
    """Ingests articles into one corpus folder."""

    def __init__(self, root: Path, given: Given | None = None) -> None:
        self.root = root
        self.given = given
        """For a single article only: what the person says of it (``--title`` ...)."""
        self.extractor: Extractor = load_extractor(root / DATA)
        self._sources = _Sources(root / DATA / SOURCES_FILE)

    def ingest(self, name: str, path: Path | None, stdin: Any = None) -> Outcome:
        """One input (a file, or stdin when ``path`` is None); never raises for a bad file."""
        try:
            raw = _read(name, path, stdin) if path is None else None
        except ReadError as exc:
            return Outcome(name, "skipped", str(exc))
        return self.store(prepare(self.extractor, name, path, raw, self.given))

    def ingest_all(
        self,
        inputs: list[Input],
        stdin: Any = None,
        processes: int | None = None,
    ) -> Iterator[Outcome]:
        """Every input, in order. A batch is read and extracted by a pool of one process
        per core (``processes`` to say otherwise); storing stays in this process, one
        article at a time under the corpus lock."""
        jobs: list[tuple[str, Path | None, bytes | None] | Outcome] = []
        for name, path in inputs:
            if isinstance(path, Refused):
                jobs.append(Outcome(name, "skipped", path.reason))
                continue
            if path is not None:
                jobs.append((name, path, None))
                continue
            try:  # stdin is read here: a worker has none
                jobs.append((name, None, _read(name, None, stdin)))
            except ReadError as exc:
                jobs.append(Outcome(name, "skipped", str(exc)))
        work = [job for job in jobs if not isinstance(job, Outcome)]
        if self.given and len(jobs) != 1:
            raise IngestError(
                f"--{self.given.fields()[0][0]}: for a single article, not {len(jobs)} inputs"
            )
        workers = min(processes_for(len(work), processes), len(work))
        if workers <= 1:
            for job in jobs:
                if isinstance(job, Outcome):
                    yield job
                else:
                    yield self.store(prepare(self.extractor, *job, given=self.given))
            return
        with multiprocessing.get_context().Pool(
            workers, initializer=_start_worker, initargs=(self.root / DATA,)
        ) as pool:
            chunk = max(1, min(16, len(work) // (workers * 4)))
            done = pool.imap(_prepare_in_worker, work, chunksize=chunk)
            for job in jobs:
                yield job if isinstance(job, Outcome) else self.store(next(done))

    def store(self, prepared: Prepared | Outcome) -> Outcome:
        """Store a prepared article (seed, original, source entry, findings); an
        ``Outcome`` (a file that could not be read) is passed through."""
        if isinstance(prepared, Outcome):
            return prepared
        try:
            return self._store(prepared)
        except IngestError:
            raise
        except Exception as exc:  # one bad article must not stop the others
            return Outcome(
                prepared.name, "skipped", f"could not be processed ({type(exc).__name__}: {exc})"
            )

    def _store(self, prepared: Prepared) -> Outcome:
        name, raw, meta, items = prepared.name, prepared.raw, prepared.meta, prepared.items
        text_bytes = prepared.text.encode("utf-8")
        digest = hashlib.sha256(text_bytes).hexdigest()
        seeds = self.root / SEEDS
        with _locked(self.root):
            entries = self._sources.entries()
            for known in entries:
                if known.get("sha256") == digest:
                    source_id = str(known.get("id"))
                    existing = self.root / DATA / FINDINGS_DIR / f"{source_id}.toml"
                    if existing.exists():
                        return Outcome(name, "unchanged", f"already ingested as '{source_id}'")
                    write_toml(existing, to_toml(items, source_id))
                    return Outcome(name, "ingested", f"'{source_id}' (findings restored)")
            taken = {str(e.get("id")) for e in entries}
            base = slugify(meta.title)
            source_id, n = base, 1
            while source_id in taken or (
                (seeds / f"{source_id}.txt").exists()
                and hashlib.sha256(_seed_bytes(seeds / f"{source_id}.txt")).hexdigest() != digest
            ):
                n += 1
                source_id = f"{base}-{n}"
            seed = seeds / f"{source_id}.txt"
            write_atomic(seed, text_bytes)
            if text_bytes != raw:
                suffix = ".html" if prepared.fmt == "html" else ".orig.txt"
                write_atomic(seeds / f"{source_id}{suffix}", raw)
            entry: dict[str, Any] = {
                "id": source_id,
                "file": seed.name,
                "title": meta.title,
                "outlet": meta.outlet,
                "published": meta.published,
                "published_stated": meta.published_stated,
                "note": meta.note,
            }
            if meta.url:
                entry["url"] = meta.url
            entry["language"] = "en"
            entry["sha256"] = digest
            self._sources.append(entry)
            findings_path = self.root / DATA / FINDINGS_DIR / f"{source_id}.toml"
            write_toml(findings_path, to_toml(items, source_id))
        counts: dict[str, int] = {}
        for item in items:
            counts[item.kind.value] = counts.get(item.kind.value, 0) + 1
        summary = ", ".join(f"{n} {k}" for k, n in counts.items()) or "no findings"
        return Outcome(name, "ingested", f"'{source_id}' ({len(items)} findings: {summary})")


class _Sources:
    """``sources.toml`` as this process last read or wrote it. Read again only when another
    process changed it (every write is a rename: a new inode, size or time), so a batch
    does not parse a growing file once per article. Used under the corpus lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: tuple[int, int, int] | None = None
        self._text = ""
        self._entries: list[dict[str, Any]] = []

    def _stamp_now(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def entries(self) -> list[dict[str, Any]]:
        """The [[source]] entries as the file has them now."""
        stamp = self._stamp_now()
        if stamp is None:
            self._stamp, self._text, self._entries = None, "", []
        elif stamp != self._stamp:
            try:
                self._text = self.path.read_text(encoding="utf-8")
            except UnicodeDecodeError as exc:
                raise IngestError(
                    f"{self.path}: cannot be read ({exc}); run 'briefing check'"
                ) from None
            self._entries = _parse_sources(self.path, self._text)
            self._stamp = stamp
        return self._entries

    def append(self, entry: dict[str, Any]) -> None:
        """One more [[source]] at the end, written atomically; comments and order kept."""
        import tomli_w

        old = self._text if self._stamp is not None else _SOURCES_HEADER
        body = tomli_w.dumps({"source": [entry]})
        text = (old.rstrip("\n") + "\n\n" if old.strip() else old) + body
        write_atomic(self.path, text)
        self._text = text
        self._entries = [*self._entries, entry]
        self._stamp = self._stamp_now()


def _parse_sources(path: Path, text: str) -> list[dict[str, Any]]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise IngestError(f"{path}: cannot be read ({exc}); run 'briefing check'") from None
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise IngestError(f"{path}: [[source]] tables expected; run 'briefing check'")
    return [e for e in entries if isinstance(e, dict)]
