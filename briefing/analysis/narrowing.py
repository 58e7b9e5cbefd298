"""Narrowing one list of findings by a query, fast enough to follow every keystroke.

A search box asks the same question again and again with one more letter: the
findings that contain ``digit`` are among those that contain ``digi``. ``Narrowing``
remembers the last answer and, when the new query only adds to the old one, scans that
answer instead of the whole list. It also remembers the words every finding of the list
holds ("digital" in a corpus about digital transformation): such a word, or a part of
one, narrows nothing and is not scanned again, so deleting a letter or typing a second
word costs no rescan of the first. An answer that did not change is the same object as
before, and so are its rows, so that a list can tell at once that it has nothing to
redraw. The folded search texts come from the shared ``SearchIndex``, so nothing is
folded twice.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import overload

from briefing.analysis.query import Query, SearchIndex
from briefing.analysis.repeats import Repeats, first_members
from briefing.core.model import Finding
from briefing.corpus.indexed import Corpus


def kept_fresh(
    narrowing: Narrowing | None,
    corpus: Corpus,
    index: SearchIndex,
    findings: Callable[[], list[Finding]],
) -> Narrowing:
    """``narrowing`` while it is of ``corpus``, else a new one over ``findings()``: a
    review reloads the corpus, and a list narrowed from the old one is stale."""
    if narrowing is not None and narrowing.corpus is corpus:
        return narrowing
    return Narrowing(corpus, findings(), index)


def extends(new_words: list[str], old_words: list[str]) -> bool:
    """True when whatever contains every new word surely contains every old one."""
    return all(any(old in new for new in new_words) for old in old_words)


class Picked(Sequence[Finding]):
    """Some of a list's findings, by position: a view, so that no list is copied per keystroke."""

    def __init__(self, findings: list[Finding], positions: list[int]) -> None:
        self.findings = findings
        self.positions = positions

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, index: int) -> Finding: ...

    @overload
    def __getitem__(self, index: slice) -> list[Finding]: ...

    def __getitem__(self, index: int | slice) -> Finding | list[Finding]:
        if isinstance(index, slice):
            return [self.findings[i] for i in self.positions[index]]
        return self.findings[self.positions[index]]

    def __iter__(self) -> Iterator[Finding]:
        # Sequence's own iteration calls __getitem__ per item: ten times slower.
        return map(self.findings.__getitem__, self.positions)


@dataclass
class Narrowing:
    """A list of findings (in display order) and the queries it was last narrowed by."""

    corpus: Corpus
    findings: list[Finding]
    index: SearchIndex
    _texts: list[str] | None = None
    _rest: Query | None = None
    _rest_hits: list[int] = field(default_factory=list)
    _words: list[str] = field(default_factory=list)
    _hits: list[int] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    """A large list is narrowed in worker threads; one query at a time."""

    def prepare(self) -> None:
        """Line up the search texts now rather than at the first keystroke."""
        with self._lock:
            self.texts  # noqa: B018 (made on first use)

    @property
    def texts(self) -> list[str]:
        """The folded search text of each finding, in list order."""
        if self._texts is None:
            text, number = self.index.text, dict[str, int]()
            self._source_at = [number.setdefault(f.source, len(number)) for f in self.findings]
            self._source_texts = list(map(self.index.source_text, number))
            self._texts = [text(f) for f in self.findings]
        return self._texts

    _group_at: list[int] | None = None
    _rank_at: list[int] = field(default_factory=list)
    _distinct_count: int = 0
    _source_at: list[int] = field(default_factory=list)
    """Per position, the number of its finding's source."""
    _source_texts: list[str] = field(default_factory=list)
    """The folded texts of the sources, by number."""
    _everywhere: set[str] = field(default_factory=set)
    """Words that every finding the filters keep holds: they narrow nothing."""
    _distinct_of: list[int] | None = None
    _distinct_shown: Picked | None = None

    def apply(self, query: Query) -> Picked:
        """The findings ``query`` selects, in list order."""
        return Picked(self.findings, self.positions(query))

    def distinct(self, query: Query, repeats: Repeats) -> Picked:
        """``apply``, with each claim several sources make once: the same rows as
        ``repeats.collapse(self.apply(query))``, from positions alone (a keystroke on a
        list of 200,000 would otherwise look up every finding's group again)."""
        positions = self.positions(query)
        group_at, rank_at = self._places(repeats)
        with self._lock:
            # The same positions as last time (a word that narrowed nothing): the same
            # rows, and the same object, which tells the list it has nothing to redraw.
            if positions is self._distinct_of and self._distinct_shown is not None:
                return self._distinct_shown
        shown = Picked(self.findings, first_members(positions, group_at, rank_at))
        with self._lock:
            self._distinct_of, self._distinct_shown = positions, shown
        return shown

    def distinct_count(self, repeats: Repeats) -> int:
        """How many rows the whole list shows, each claim once (the last answer is kept)."""
        self._places(repeats)
        return self._distinct_count

    def _places(self, repeats: Repeats) -> tuple[list[int], list[int]]:
        """Per position, its group's number (-1: none) and its rank among the members."""
        with self._lock:
            if self._group_at is None:
                number_of, rank_of = repeats.places()
                ids = [f.id for f in self.findings]
                self._rank_at = [rank_of.get(i, 0) for i in ids]
                self._group_at = [number_of.get(i, -1) for i in ids]
                groups = set(self._group_at) - {-1}
                self._distinct_count = self._group_at.count(-1) + len(groups)
            return self._group_at, self._rank_at

    def positions(self, query: Query) -> list[int]:
        """The positions in ``findings`` of those ``query`` selects."""
        with self._lock:
            return self._positions(query)

    def _positions(self, query: Query) -> list[int]:
        rest = replace(query, text="")
        if rest != self._rest:
            # Topic, source or date filters changed: the next text scan starts afresh.
            self._rest = rest
            corpus, findings = self.corpus, self.findings
            if rest.narrows:
                self._rest_hits = [i for i, f in enumerate(findings) if rest.matches(corpus, f)]
            else:
                self._rest_hits = list(range(len(findings)))
            self._everywhere = set()
            self._words, self._hits = [], self._rest_hits
        # A word every finding holds narrows nothing (nor does any part of it): left out,
        # so that it is neither scanned again nor spoils ``extends`` after a deletion.
        words = [w for w in query.folded_text.split() if not self._held_everywhere(w)]
        old = self._words
        if extends(words, old):
            candidates = self._hits
        else:
            candidates, old = self._rest_hits, []
        hits = candidates
        # A word inside one already matched holds for every candidate: skip its scan.
        for word in words:
            if not any(word in known for known in old):
                hits = self._scan(word, hits)
                if hits is self._rest_hits:  # every finding the filters keep holds it
                    self._remember_everywhere(word)
        self._words, self._hits = words, hits
        return hits

    def _held_everywhere(self, word: str) -> bool:
        """Whether ``word`` is inside a word that every finding the filters keep holds."""
        return any(word in known for known in self._everywhere)

    def _remember_everywhere(self, word: str) -> None:
        if len(self._everywhere) >= EVERYWHERE_KEPT:
            self._everywhere.clear()  # a long session of typing: start the memory afresh
        self._everywhere.add(word)

    def _scan(self, word: str, candidates: list[int]) -> list[int]:
        """Those of ``candidates`` whose search text holds ``word``: in their own text,
        or in their source's (tested once per source, not once per row). ``candidates``
        itself, the same object, when every one of them does."""
        texts, source_at = self.texts, self._source_at
        lent = [word in text for text in self._source_texts]
        if all(lent):
            # Every source's title or outlet holds it ("digital transformation" in a
            # corpus of reports on it): every row does, and no row's text need be read.
            return candidates
        if any(lent):
            # The source first: a look-up, where a row's own text is a scan of it.
            hits = [i for i in candidates if lent[source_at[i]] or word in texts[i]]
        else:
            hits = [i for i in candidates if word in texts[i]]
        return candidates if len(hits) == len(candidates) else hits


EVERYWHERE_KEPT = 256
"""How many words that narrow nothing are remembered before the memory starts afresh."""
