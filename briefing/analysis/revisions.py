"""Revisions: a promise restated later with another due date or level, each dated by the
article that restates it. The original is never changed: a promise is judged as made.

A target is restated by a later target or deadline of the same metric and unit (the
figure it is judged on) with another (due, level); a task, by a later task worded alike
(three content words or more, and at least ``SIMILAR`` of the shorter one's) with another
due date. Only the first later restatement of each other due date or level is kept.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from briefing.analysis.task_evidence import content_words
from briefing.core.model import Finding, Kind, Source
from briefing.core.numbers import format_value
from briefing.corpus.indexed import Corpus

PROMISE_KINDS = (Kind.TARGET, Kind.DEADLINE)
RESTATING_POSTINGS = 200
"""A word more tasks than this share is not used to find a restatement: a restatement
shares the task's distinctive words, and a common one would make every task a candidate."""
SIMILAR = 0.6
"""Least share of the shorter task's content words a restatement must share (three at least)."""


@dataclass(frozen=True, slots=True)
class Revision:
    """The promise restated later with another due date or level."""

    finding: Finding
    source: Source
    change: str
    """``due 2025 → 2026``, ``level 80% → 90%``."""


_Dated = tuple[list[int], list[Finding]]
"""Findings oldest first, and the ordinal day each was published."""


class Restatements:
    """The revisions of every promise of a corpus, from the sources counted (``visible``)."""

    def __init__(self, corpus: Corpus, visible: set[str]) -> None:
        self.corpus = corpus
        self.visible = visible
        self._variants: dict[tuple[str, str], dict[tuple[str | None, float], _Dated]] | None
        self._variants = None
        self._day: dict[str, int] = {}
        self._by_word: dict[str, list[Finding]] = {}
        self._words: dict[str, frozenset[str]] = {}

    def _words_of(self, finding: Finding) -> frozenset[str]:
        words = self._words.get(finding.id)
        if words is None:
            words = self._words[finding.id] = content_words(finding)
        return words

    def _index_promises(self) -> None:
        """Targets and deadlines by what they promise, oldest source first: a target by
        its metric and then by (due, level), a task by its words. Made when first asked."""
        if self._variants is not None:
            return
        # Made in locals and kept at the end: the app's threads may ask at once, and
        # none may read a half-made index.
        variants: dict[tuple[str, str], dict[tuple[str | None, float], _Dated]] = {}
        by_word: dict[str, list[Finding]] = {}
        sources = self.corpus.sources
        day = {sid: s.published_date.toordinal() for sid, s in sources.items()}
        promises = [f for f in self.corpus.findings if f.kind in PROMISE_KINDS]
        promises.sort(key=lambda f: (day[f.source], f.id))
        for f in promises:
            self._day[f.id] = day[f.source]
            if f.metrics:
                m = f.metrics[0]  # the figure a target is judged on
                levels = variants.setdefault((m.name, m.unit), {})
                days, listed = levels.setdefault((f.due, m.value), ([], []))
                days.append(day[f.source])
                listed.append(f)
            else:
                for word in self._words_of(f):
                    by_word.setdefault(word, []).append(f)
        self._by_word = by_word
        self._variants = variants

    def _later(self, made: int, days: list[int], listed: list[Finding]) -> Finding | None:
        """The first of ``listed`` (oldest first, published on ``days``) published after
        the day ``made``, when its source counts."""
        at = bisect.bisect_right(days, made)
        if at == len(listed):
            return None
        first = listed[at]
        return first if first.source in self.visible else None

    def of(self, promise: Finding) -> list[Revision]:
        """The first later restatement of each other due date or level."""
        self._index_promises()
        assert self._variants is not None
        sources = self.corpus.sources
        made = self._day[promise.id]
        found: list[tuple[Finding, str]] = []
        if promise.metrics:
            old = promise.metrics[0]
            levels = self._variants.get((old.name, old.unit), {})
            for (due, value), (days, listed) in levels.items():
                if (due, value) == (promise.due, old.value):
                    continue
                other = self._later(made, days, listed)
                if other is None:
                    continue
                changes = []
                if value != old.value:
                    was, now = format_value(old.value, old.unit), format_value(value, old.unit)
                    changes.append(f"level {was} → {now}")
                if due != promise.due:
                    changes.append(f"due {promise.due or 'undated'} → {due or 'undated'}")
                found.append((other, ", ".join(changes)))
        else:
            found = self._task_revisions(promise, made)
        result = [Revision(f, sources[f.source], change) for f, change in found]
        return sorted(result, key=lambda r: (r.source.published_date, r.finding.id))

    def _task_revisions(self, promise: Finding, made: int) -> list[tuple[Finding, str]]:
        """Later tasks worded alike (``_similar``) with another due date: the first of each."""
        assert self._by_word is not None
        words = self._words_of(promise)
        shared: dict[str, int] = {}
        for word in words:
            listed = self._by_word.get(word, [])
            if len(listed) <= RESTATING_POSTINGS:
                for f in listed:
                    if self._day[f.id] > made:
                        shared[f.id] = shared.get(f.id, 0) + 1
        first: dict[str | None, tuple[int, str]] = {}
        by_id, visible = self.corpus.by_id, self.visible
        for fid, n in shared.items():
            if n < 3:
                continue
            other = by_id[fid]
            if other.due == promise.due or other.source not in visible:
                continue
            if n / max(1, min(len(words), len(self._words_of(other)))) < SIMILAR:
                continue
            key = (self._day[fid], fid)
            if other.due not in first or key < first[other.due]:
                first[other.due] = key
        was = promise.due or "undated"
        return [(by_id[fid], f"due {was} → {due or 'undated'}") for due, (_, fid) in first.items()]
