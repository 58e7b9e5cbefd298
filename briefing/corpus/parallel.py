"""Findings files read on every core: a large corpus's load without a cache.

Parsing and validating ten thousand findings files is most of a cold load (about six
CPU-seconds of its eleven at 10,000 articles, bench/run.py), and each file's outcome
depends on the rest of the corpus only through its ids: its source, the article text,
the vocabularies are read before the findings files and never change while they are
read. So worker processes, forked once the sources are read (they inherit them as
they are), each read a share of the files with the very code a serial load runs
(``from_toml._load_findings_file``), into a scratch corpus of their own, and send back
per file its problems, the ids it claimed, its input record and its findings, encoded
and marshalled as the compiled cache keeps them (so they are not encoded again to be
cached, and decode as fast as a warm start's).

The results are merged in the files' sorted order, as a serial load takes them. A file
that claims an id already claimed by one before it is read again serially there: the
duplicate's problem then names its line, and its first file, exactly as without the
workers. Problems, records and cache are those of a serial load.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from briefing.corpus import cache, codec
from briefing.corpus.indexed import Corpus
from briefing.storage.files import Problem

MIN_FILES = 400
"""Below this many findings files a pool costs more than it saves (forking and
starting workers takes some tens of milliseconds; the bundled corpus has a dozen)."""

_CHUNK = 64
"""Files per task: enough to keep the pipe's overhead small, few enough that both
workers stay busy to the end."""

_Result = tuple[
    str,  # the file's path relative to the corpus
    list[Problem],
    list[str],  # the finding ids it claimed, in order
    list[tuple[str, int, int, str]],  # the inputs it recorded
    str | None,  # the source id it names, once it named a known one
    bytes,  # its findings, encoded and marshalled
]

_work: tuple[Corpus, cache.Inputs, Callable[[Path, Corpus, cache.Inputs], None]] | None = None
"""What a worker reads against (set in the parent before forking, inherited)."""


def workers() -> int:
    """How many worker processes a large load uses: the cores this process may run
    on, when there are two or more and processes can be forked; else 0 (serial)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cores if cores and cores >= 2 else 0


def read_findings_files(
    paths: list[Path],
    corpus: Corpus,
    inputs: cache.Inputs,
    load_file: Callable[[Path, Corpus, cache.Inputs], None],
    progress: Callable[[int, int], None] | None,
) -> bool:
    """Read ``paths`` (sorted) into ``corpus`` with ``load_file`` in worker processes,
    as a serial loop calling ``load_file`` on each would; False, nothing done, when
    there are too few files or no workers can be had."""
    count = workers()
    if count == 0 or len(paths) < MIN_FILES:
        return False
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _work
    scratch = Corpus(root=corpus.root, topics=corpus.topics)
    scratch.metric_defs = corpus.metric_defs
    scratch.sources = corpus.sources
    scratch.sources_unreadable = corpus.sources_unreadable
    scratch.texts = corpus.texts
    _work = (scratch, cache.Inputs(inputs.root, articles=inputs.articles), load_file)
    chunks = [paths[n : n + _CHUNK] for n in range(0, len(paths), _CHUNK)]
    done = 0
    try:
        with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
            for results in pool.map(_read_chunk, chunks):
                for result in results:
                    _merge(result, corpus, inputs, load_file)
                    done += 1
                    if progress:
                        progress(done, len(paths))
    except (OSError, BrokenProcessPool):
        # No processes to be had (a limit), or one was killed: the rest are read here.
        for path in paths[done:]:
            _read_here(path, corpus, inputs, load_file)
            done += 1
            if progress:
                progress(done, len(paths))
    finally:
        _work = None
    return True


def _merge(
    result: _Result,
    corpus: Corpus,
    inputs: cache.Inputs,
    load_file: Callable[[Path, Corpus, cache.Inputs], None],
) -> None:
    relative, problems, ids, recorded, source_id, part = result
    path = corpus.root / relative
    claimed = corpus.claimed_ids
    if not claimed.keys().isdisjoint(ids):
        # An id some file before it claimed: read here, so that the duplicate's problem
        # says where it was first, as a serial load says it.
        _read_here(path, corpus, inputs, load_file)
        return
    corpus.problems += problems
    claimed.update(dict.fromkeys(ids, path))
    inputs.corpus += (cache.Input(*entry) for entry in recorded)
    if source_id is not None:
        inputs.findings_files[relative] = source_id
        corpus.findings += codec.FINDINGS.decode(marshal.loads(part))
        # Encoded once, in the worker: the cache takes the part as it is.
        inputs.kept_rows[relative] = part


def _read_here(
    path: Path,
    corpus: Corpus,
    inputs: cache.Inputs,
    load_file: Callable[[Path, Corpus, cache.Inputs], None],
) -> None:
    first = len(corpus.findings)
    load_file(path, corpus, inputs)
    inputs.fresh[inputs.relative(path)] = (first, len(corpus.findings))  # to be encoded


def _read_chunk(paths: list[Path]) -> list[_Result]:
    return list(_read_each(paths))


def _read_each(paths: list[Path]) -> Iterator[_Result]:
    assert _work is not None, "a worker runs in a child forked by read_findings_files"
    template, template_inputs, load_file = _work
    encode = codec.FINDINGS.encode
    for path in paths:
        scratch = Corpus(root=template.root, topics=template.topics)
        scratch.metric_defs = template.metric_defs
        scratch.sources = template.sources
        scratch.sources_unreadable = template.sources_unreadable
        scratch.texts = template.texts
        scratch_inputs = cache.Inputs(template_inputs.root, articles=template_inputs.articles)
        load_file(path, scratch, scratch_inputs)
        relative = scratch_inputs.relative(path)
        shared: dict[tuple[str, ...], tuple[str, ...]] = {}
        part = marshal.dumps([encode(f, shared) for f in scratch.findings])
        yield (
            relative,
            scratch.problems,
            list(scratch.claimed_ids),
            [(e.path, e.size, e.mtime_ns, e.digest) for e in scratch_inputs.corpus],
            scratch_inputs.findings_files.get(relative),
            part,
        )
