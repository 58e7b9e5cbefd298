"""Findings files read on every core: a large corpus's load from its TOML, parsed and
validated in worker processes.

Reading ten thousand findings files is TOML parsing and pydantic validation, each file
independent of the others but for one check: a finding id is unique across files.
Forked workers (they share the sources and article texts already read) each read a run
of consecutive files exactly as one process does (the ``read_file`` given, from
``from_toml``), and hand back per file its findings encoded for the cache, and the
problems found and ids claimed. The parent takes the runs in file order. An id claimed
in two runs is the one thing a run cannot judge alone: then nothing of the workers' is
kept and the caller reads every file in this process, so each problem is found and
reported, with its line, as one process reports it.
"""

from __future__ import annotations

import marshal
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.corpus import cache, codec
from briefing.corpus.indexed import Corpus
from briefing.storage.files import Problem

PARALLEL_FROM = 400
"""Fewer findings files than this are read in this process: starting workers costs more."""
RUN = 50
"""Findings files per task: small enough to keep every core busy to the end."""

ReadFile = Callable[[Path, Corpus, cache.Inputs], None]
_Run = tuple[list[tuple[str, str, bytes]], list[Problem], list[tuple[Any, ...]], list[str]]

_shared: tuple[Corpus, cache.Inputs, ReadFile] | None = None
"""What a forked worker reads with: set in the parent just before the workers start."""


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def worth_it(files: int) -> bool:
    """True when ``files`` findings files are read faster by workers than here."""
    return (
        files >= PARALLEL_FROM and cores() > 1 and "fork" in multiprocessing.get_all_start_methods()
    )


def read_in_workers(
    paths: list[Path],
    corpus: Corpus,
    inputs: cache.Inputs,
    read_file: ReadFile,
    progress: Callable[[int, int], None] | None,
) -> bool:
    """Read ``paths`` into ``corpus`` and ``inputs`` as ``read_file`` on each in turn
    would; False, with nothing changed, when the caller must read them itself."""
    global _shared
    runs = [paths[n : n + RUN] for n in range(0, len(paths), RUN)]
    findings: list[Any] = []
    problems: list[Problem] = []
    entries: list[cache.Input] = []
    files: dict[str, str] = {}
    encoded: dict[str, bytes] = {}
    claimed: dict[str, Path] = {}
    decode = codec.FINDINGS.decode
    root = corpus.root
    done = 0
    _shared = (corpus, inputs, read_file)
    try:
        # Forked: the workers start with the sources, texts and vocabularies in memory.
        with multiprocessing.get_context("fork").Pool(cores()) as pool:
            for run_files, run_problems, run_entries, run_claimed in pool.imap(_read_run, runs):
                for relative, source_id, part in run_files:
                    files[relative] = source_id
                    encoded[relative] = part
                    findings += decode(marshal.loads(part))
                paths_of = {relative: root / relative for relative in files}
                for item in run_claimed:
                    finding_id, relative = item.split("\0", 1)
                    if finding_id in claimed:
                        pool.terminate()
                        return False  # one id in two runs: judged in one process
                    claimed[finding_id] = paths_of.get(relative) or root / relative
                problems += run_problems
                entries += [cache.Input(*entry) for entry in run_entries]
                done += RUN
                if progress:
                    progress(min(done, len(paths)), len(paths))
    finally:
        _shared = None
    corpus.findings += findings
    corpus.problems += problems
    corpus.claimed_ids.update(claimed)
    inputs.corpus += entries
    inputs.findings_files.update(files)
    inputs.kept_rows.update(encoded)
    return True


def _read_run(paths: list[Path]) -> _Run:
    """In a worker: one run of findings files read, as ``read_in_workers`` takes it."""
    assert _shared is not None
    corpus, parent_inputs, read_file = _shared
    part = Corpus(
        root=corpus.root,
        sources=corpus.sources,
        metric_defs=corpus.metric_defs,
        topics=corpus.topics,
        sources_unreadable=corpus.sources_unreadable,
    )
    part.texts = corpus.texts
    inputs = cache.Inputs(corpus.root)
    inputs.articles = parent_inputs.articles
    for path in paths:
        read_file(path, part, inputs)
    rows: dict[Path, list[tuple[Any, ...]]] = {}
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    encode = codec.FINDINGS.encode
    for finding in part.findings:
        rows.setdefault(part.claimed_ids[finding.id], []).append(encode(finding, shared))
    root = corpus.root
    files = [
        (relative, source_id, marshal.dumps(rows.get(root / relative, [])))
        for relative, source_id in inputs.findings_files.items()
    ]
    claimed = [f"{fid}\0{inputs.relative(path)}" for fid, path in part.claimed_ids.items()]
    entries = [(e.path, e.size, e.mtime_ns, e.digest) for e in inputs.corpus]
    return files, part.problems, entries, claimed
