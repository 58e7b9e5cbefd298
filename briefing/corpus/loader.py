"""A corpus folder (``seeds/`` + ``data/``) turned into a validated, indexed ``Corpus``.

A corpus with no problems is saved to the compiled cache (``cache.py``); the next
load of the unchanged folder reads that instead of the TOML (``from_toml.py``), and
does not import pydantic (``storage/validate.py``) at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.core.collector import collection_paused
from briefing.corpus import cache, codec
from briefing.corpus.from_toml import read_corpus_toml, unreadable
from briefing.corpus.indexed import Corpus, index_findings
from briefing.corpus.layout import DATA
from briefing.storage.marks import read_marks


def load_corpus(
    root: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    trust_cache: bool = True,
) -> Corpus:
    """Load and verify the corpus in ``root``; problems are collected, not raised.

    With ``trust_cache`` an unchanged corpus comes from the compiled cache;
    without (``briefing check``), the TOML is always read and validated. Either
    way a corpus found sound is cached for the next load. ``progress(done, total)``
    is called with the number of findings files read so far (a cache hit reads none).
    """
    problem = unreadable(root) or unreadable(root / DATA)
    if problem is not None:
        return Corpus(root=root, problems=[problem])
    with collection_paused(long_lived=True):
        if trust_cache:
            corpus = _from_cache(root)
            if corpus is not None:
                return corpus
        inputs = cache.Inputs(root)
        corpus = read_corpus_toml(root, inputs, progress)
        if corpus.ok and not corpus.marks.problems:
            corpus.compiled = cache.write(root, inputs, _encode(corpus))
        return corpus


def _encode(corpus: Corpus) -> tuple[Any, ...]:
    """The corpus as plain values for the cache: findings grouped by their file."""
    files: list[tuple[str, list[tuple[Any, ...]]]] = []
    current: Path | None = None
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    for finding in corpus.findings:
        path = corpus.claimed_ids[finding.id]
        if path != current:
            files.append((str(path.relative_to(corpus.root)), []))
            current = path
        files[-1][1].append(codec.FINDINGS.encode(finding, shared))
    marks = corpus.marks.marks
    return (
        corpus.topics,
        [codec.METRIC_DEFS.encode(d, shared) for d in corpus.metric_defs.values()],
        [codec.SOURCES.encode(s, shared) for s in corpus.sources.values()],
        files,
        (list(marks), [codec.MARKS.encode(m, shared) for m in marks.values()]),
    )


def _from_cache(root: Path) -> Corpus | None:
    hit = cache.read(root)
    if hit is None:
        return None
    # The body is checked (CRC) and was written by this very code (the header names
    # it): a failure to decode it is a bug, and raised as one.
    topics, defs, sources, files, (marked, marks) = hit.body
    corpus = Corpus(root=root, topics=topics)
    corpus.metric_defs = {d.name: d for d in codec.METRIC_DEFS.decode(defs)}
    corpus.sources = {s.id: s for s in codec.SOURCES.decode(sources)}
    claimed = corpus.claimed_ids
    for relative, rows in files:
        path = root / relative
        corpus.findings += codec.FINDINGS.decode(rows)
        for row in rows:
            claimed[row[0]] = path
    index_findings(corpus)
    if hit.marks_current:
        corpus.marks.marks = dict(zip(marked, codec.MARKS.decode(marks), strict=True))
    else:
        corpus.marks = read_marks(root, corpus.dated())
    corpus.compiled = hit.stamp
    return corpus
