"""A corpus with one finding changed or removed, made from another without reading or
indexing it all again.

Reviewing a finding in the app changes one record of 200,000; reading the corpus again
for it took 22 s at 10,000 articles. ``with_finding`` copies the lists that hold the
finding with it swapped (or left out), and shares everything else with the corpus it
came from, which stays as it was (a view still showing it keeps working, and an edit
that cannot be written goes back to it). What is derived from a corpus is carried over
by ``briefing.analysis.edits``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import TypeVar

from briefing.core.model import Finding, Metric
from briefing.corpus.indexed import Corpus

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _patched(
    index: dict[K, list[V]],
    keys_old: set[K],
    keys_new: set[K],
    swap: Callable[[list[V], K], list[V]],
    rebuild: Callable[[K], list[V]],
) -> dict[K, list[V]]:
    """``index`` with the lists of the finding's old and new keys made again: swapped in
    place where the finding stays under the key, rebuilt where it arrives."""
    patched = dict(index)
    for key in keys_old | keys_new:
        if key in keys_old:
            patched[key] = swap(index[key], key)
        else:
            patched[key] = rebuild(key)
        if not patched[key] and key not in keys_new:
            del patched[key]
    return patched


def with_finding(corpus: Corpus, old: Finding, new: Finding | None) -> Corpus:
    """A corpus like ``corpus`` with ``old`` replaced by ``new`` (same id, same source and
    quote; ``None``: removed), indexed as ``index_findings`` would index it."""
    if new is None:
        findings = [f for f in corpus.findings if f is not old]
    else:
        findings = [new if f is old else f for f in corpus.findings]
    by_id = dict(corpus.by_id)
    if new is None:
        del by_id[old.id]
    else:
        by_id[new.id] = new

    def swapped(items: list[Finding], keep: Callable[[Finding], bool]) -> list[Finding]:
        if new is not None and keep(new):
            return [new if f is old else f for f in items]
        return [f for f in items if f is not old]

    by_kind = _patched(
        corpus.by_kind,
        {old.kind},
        {new.kind} if new else set(),
        lambda items, kind: swapped(items, lambda f: f.kind is kind),
        lambda kind: [f for f in findings if f.kind is kind],
    )
    by_topic = _patched(
        corpus.by_topic,
        set(old.topics),
        set(new.topics) if new else set(),
        lambda items, topic: swapped(items, lambda f: topic in f.topics),
        lambda topic: [f for f in findings if topic in f.topics],
    )
    by_source = _patched(
        corpus.by_source,
        {old.source},
        {new.source} if new else set(),
        lambda items, source: swapped(items, lambda f: f.source == source),
        lambda source: sorted((f for f in findings if f.source == source), key=lambda f: f.span),
    )

    def metric_swap(items: list[tuple[Finding, Metric]], name: str) -> list[tuple[Finding, Metric]]:
        if new is not None and any(m.name == name for m in new.metrics):
            kept = new
            return [(kept, m) if f is old else (f, m) for f, m in items]
        return [(f, m) for f, m in items if f is not old]

    by_metric = _patched(
        corpus.by_metric,
        {m.name for m in old.metrics},
        {m.name for m in new.metrics} if new else set(),
        metric_swap,
        lambda name: [(f, m) for f in findings for m in f.metrics if m.name == name],
    )
    edited = replace(
        corpus,
        findings=findings,
        by_id=by_id,
        _by_kind=by_kind,
        _by_topic=by_topic,
        _by_source=by_source,
        _by_metric=by_metric,
        # No compiled cache holds these records: nothing may be read from beside one.
        compiled=None,
    )
    edited.texts.update(dict(corpus.texts.items()))  # the article texts read so far
    return edited
