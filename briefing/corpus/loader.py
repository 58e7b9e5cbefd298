"""A corpus folder (``seeds/`` + ``data/``) turned into a validated, indexed ``Corpus``.

A corpus with no problems is saved to the compiled cache (``cache.py``); the next
load of the unchanged folder reads that instead of the TOML (``from_toml.py``), and
does not import pydantic (``storage/validate.py``) at all. After some files changed,
only those are read from the TOML, the others' records taken from the cache
(``reuse.py``), and the cache is written anew.
"""

from __future__ import annotations

import marshal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from briefing.core.collector import collection_paused
from briefing.core.model import Finding
from briefing.corpus import cache, codec
from briefing.corpus.from_toml import read_corpus_toml, unreadable
from briefing.corpus.indexed import Corpus, index_findings
from briefing.corpus.layout import DATA
from briefing.corpus.reuse import Reuse
from briefing.storage.marks import read_marks


def load_corpus(
    root: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    trust_cache: bool = True,
    on_hit: Callable[[int], None] | None = None,
) -> Corpus:
    """Load and verify the corpus in ``root``; problems are collected, not raised.

    With ``trust_cache`` an unchanged corpus comes from the compiled cache;
    without (``briefing check``), the TOML is always read and validated. Either
    way a corpus found sound is cached for the next load. ``progress(done, total)``
    is called with the number of findings files read so far (a cache hit reads none;
    after a change, the files taken from the cache count as read). ``on_hit(stamp)`` is
    called when every record comes from the cache unchanged, before they are decoded
    (two thirds of a large corpus's warm load), with the stamp that will be
    ``Corpus.compiled``: what is kept beside the cache may be used meanwhile.
    """
    problem = unreadable(root) or unreadable(root / DATA)
    if problem is not None:
        return Corpus(root=root, problems=[problem])
    with collection_paused(long_lived=True):
        hit = cache.read(root) if trust_cache else None
        if hit is not None and hit.unchanged is None:
            if on_hit is not None:
                on_hit(hit.stamp)
            return _from_cache(root, hit)
        inputs = cache.Inputs(root)
        reuse = Reuse(hit) if hit is not None else None
        corpus = read_corpus_toml(root, inputs, progress, reuse)
        if corpus.ok and not corpus.marks.problems:
            corpus.compiled = cache.write(root, inputs, _encode(corpus, inputs))
        return corpus


def _encode(corpus: Corpus, inputs: cache.Inputs) -> tuple[Any, ...]:
    """The corpus as plain values for the cache: findings grouped by their file, each
    file with its source and the sha256 of the article its quotes were checked in."""
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    encode = codec.FINDINGS.encode
    findings = corpus.findings
    kept = inputs.kept_rows
    # Only the files read from the TOML are encoded: the others' parts are the cache's.
    files = []
    for relative, source_id in inputs.findings_files.items():
        part = kept.get(relative)
        if part is None:
            start, end = inputs.fresh[relative]
            part = marshal.dumps([encode(f, shared) for f in findings[start:end]])
        files.append((relative, source_id, inputs.articles[source_id], part))
    marks = corpus.marks.marks
    return (
        corpus.topics,
        [codec.METRIC_DEFS.encode(d, shared) for d in corpus.metric_defs.values()],
        inputs.kept_sources
        if inputs.kept_sources is not None
        else [codec.SOURCES.encode(s, shared) for s in corpus.sources.values()],
        files,
        (list(marks), [codec.MARKS.encode(m, shared) for m in marks.values()]),
    )


def _from_cache(root: Path, hit: cache.Hit) -> Corpus:
    # The body is checked (CRC) and was written by this very code (the header names
    # it): a failure to decode it is a bug, and raised as one.
    topics, defs, sources, files, (marked, marks) = hit.body
    corpus = Corpus(root=root, topics=topics)
    corpus.metric_defs = {d.name: d for d in codec.METRIC_DEFS.decode(defs)}
    corpus.sources = {s.id: s for s in codec.SOURCES.decode(sources)}
    decode = codec.FINDINGS.decode
    findings = corpus.findings
    spans = []
    for relative, _source, _article, part in files:
        start = len(findings)
        findings += decode(marshal.loads(part))
        spans.append((relative, start, len(findings)))
    # Which file holds each id is needed only to read files again after a change: a
    # fifth of a large corpus's warm load (200,000 ids hashed, 10,000 paths joined).
    corpus.claims_from(lambda: _claimed_ids(root, findings, spans))
    index_findings(corpus)
    if hit.marks_current:
        corpus.marks.marks = dict(zip(marked, codec.MARKS.decode(marks), strict=True))
    else:
        corpus.marks = read_marks(root, corpus.markable())
    corpus.compiled = hit.stamp
    return corpus


def _claimed_ids(
    root: Path, findings: list[Finding], spans: list[tuple[str, int, int]]
) -> dict[str, Path]:
    """Each id of ``findings`` → its file, from where each file's findings are in the list."""
    claimed: dict[str, Path] = {}
    for relative, start, end in spans:
        claimed.update(dict.fromkeys([f.id for f in findings[start:end]], root / relative))
    return claimed
