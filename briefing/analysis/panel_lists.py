"""The finding lists the briefing shows, each in display order and ready to be narrowed,
made once per corpus and shared by whoever asks first.

A list of 72,000 achievements takes about half a second to sort, to line up its search
texts and to place each finding in its claim's group; done when its panel is first
shown, that half second was the panel's first show. The app's loading thread makes the
usual lists (``prepare_lists``) once the first frame is painted, and a panel shown later
finds its list made; a panel shown before finds the one being made, and waits for it
rather than making it twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterable
from datetime import date

from briefing.analysis.narrowing import Narrowing
from briefing.analysis.per_corpus import PerCorpus
from briefing.analysis.query import Query, SearchIndex
from briefing.analysis.repeats import repeats_of
from briefing.core.model import Finding, Kind, Source
from briefing.corpus.indexed import Corpus

ListKey = Hashable
"""What names a list among a corpus's lists (a kind and an order, say)."""

Made = Callable[[], list[Finding]]
"""Makes a list's findings, in display order."""


def by_topic(corpus: Corpus, kind: Kind) -> list[Finding]:
    """The findings of ``kind`` grouped by topic (by label), newest source first in each,
    then by id."""
    label = {topic: corpus.topic_label(topic) for topic in corpus.topics}
    newest = {sid: -s.published_date.toordinal() for sid, s in corpus.sources.items()}
    # Labels and days looked up once per topic and source, not once per finding.
    return sorted(
        corpus.by_kind.get(kind, []),
        key=lambda f: (
            label.get(f.topics[0]) or corpus.topic_label(f.topics[0]),
            newest[f.source],
            f.id,
        ),
    )


def by_source_date(corpus: Corpus, kind: Kind) -> list[Finding]:
    """The findings of ``kind``, newest source first; a stable sort keeps the findings of
    one day in article order."""
    day: dict[str, date] = {sid: s.published_date for sid, s in corpus.sources.items()}
    return sorted(corpus.by_kind.get(kind, []), key=lambda f: day[f.source], reverse=True)


class _Lists:
    """One corpus's lists, by key."""

    def __init__(self) -> None:
        self.made: dict[ListKey, Narrowing] = {}
        # The loading thread and the UI thread may ask for one list at once: the second
        # waits for the first's rather than sorting it again.
        self.lock = threading.Lock()


_KEPT: PerCorpus[_Lists] = PerCorpus()


def shared_list(corpus: Corpus, index: SearchIndex, key: ListKey, findings: Made) -> Narrowing:
    """The list ``key`` of ``corpus``, made from ``findings()`` the first time (again
    when the search index has been replaced since)."""
    lists = _KEPT.made(corpus, lambda _: _Lists())
    with lists.lock:
        kept = lists.made.get(key)
        if kept is None or kept.index is not index:
            kept = lists.made[key] = Narrowing(corpus, findings(), index)
        return kept


def forget_list(corpus: Corpus, key: ListKey) -> None:
    """Drop the list ``key`` of ``corpus`` (its order changed): made again when asked."""
    lists = _KEPT.get(corpus)
    if lists is not None:
        with lists.lock:
            lists.made.pop(key, None)


def prepare_lists(
    corpus: Corpus,
    index: SearchIndex,
    lists: Iterable[tuple[ListKey, Made]],
    between: Callable[[], None] | None = None,
) -> None:
    """Make each list, its search texts and its claim groups, and narrow it by the empty
    query once, as its panel's first show would, then the Sources panel's counts (a
    thread calls it, after the first frame; ``between`` is called after each)."""
    repeats = repeats_of(corpus)
    for key, findings in lists:
        narrowing = shared_list(corpus, index, key, findings)
        narrowing.prepare()
        narrowing.distinct(Query(), repeats)
        if between is not None:
            between()
    whole_source_counts(corpus)


SourceCounts = dict[str, dict[Kind, int]]
"""Per source id, its findings per kind."""


def source_counts(findings: Iterable[Finding]) -> SourceCounts:
    """How many of ``findings`` each source has, per kind (sources with none left out)."""
    counts: SourceCounts = {}
    for finding in findings:
        mine = counts.get(finding.source)
        if mine is None:
            mine = counts[finding.source] = dict.fromkeys(Kind, 0)
        mine[finding.kind] += 1
    return counts


_WHOLE: PerCorpus[tuple[list[Source], SourceCounts]] = PerCorpus()


def whole_source_counts(corpus: Corpus) -> tuple[list[Source], SourceCounts]:
    """Every source, newest first, and its findings per kind: the Sources panel before
    any query, kept with the corpus (a count over 200,000 findings takes a tenth of a
    second, and the panel would otherwise make it at its first show)."""

    def make(corpus: Corpus) -> tuple[list[Source], SourceCounts]:
        ordered = sorted(corpus.sources.values(), key=lambda s: (s.published_date, s.id))
        return ordered[::-1], source_counts(corpus.findings)

    return _WHOLE.made(corpus, make)
