"""Choosing findings by kind, topic, source, date and free text (for the TUI and the summary)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from briefing.core.model import Finding, Kind, Source
from briefing.core.text import fold
from briefing.corpus.indexed import Corpus


def own_text(corpus: Corpus, finding: Finding) -> str:
    """The folded search text a finding holds itself: statement, quote, owner, topics."""
    parts = [finding.statement, finding.quote, finding.owner or ""]
    for topic in finding.topics:
        parts += [topic, corpus.topic_label(topic)]
    return fold(" ".join(parts))


def source_text(source: Source) -> str:
    """The folded search text a source lends each of its findings: outlet and title."""
    return fold(f"{source.outlet} {source.title}")


def search_text(corpus: Corpus, finding: Finding) -> str:
    """Everything free-text search looks at for a finding, folded: its own text and its
    source's. A query word never holds a space, so it is in this text exactly when it
    is in one of the two, which is how ``SearchIndex`` tests it."""
    return f"{own_text(corpus, finding)} {source_text(corpus.sources[finding.source])}"


@dataclass
class SearchIndex:
    """Folded search texts, computed once per corpus.

    A finding's own text is kept per finding; its source's outlet and title once per
    source, not copied into each of its findings: at 200,000 findings that saves a
    third of the memory and most of the folding (titles hold the accented letters
    that make folding slow).
    """

    corpus: Corpus
    _texts: dict[str, str] = field(default_factory=dict)
    _sources: dict[str, str] = field(default_factory=dict)

    def text(self, finding: Finding) -> str:
        """The folded text the finding holds itself (see ``own_text``)."""
        cached = self._texts.get(finding.id)
        if cached is None:
            cached = self._texts[finding.id] = own_text(self.corpus, finding)
        return cached

    def source_text(self, source_id: str) -> str:
        """The folded text of a source (see ``source_text``)."""
        cached = self._sources.get(source_id)
        if cached is None:
            cached = self._sources[source_id] = source_text(self.corpus.sources[source_id])
        return cached

    def carried(self, corpus: Corpus, changed: str) -> SearchIndex:
        """The index of ``corpus``, this one's corpus with the finding ``changed`` edited:
        every other text as folded here (topics and sources are the same)."""
        texts = dict(self._texts)
        texts.pop(changed, None)
        return SearchIndex(corpus, texts, self._sources)

    def fold_all(self, between: Callable[[], None] | None = None, every: int = 1000) -> None:
        """Fold every text now, so that no keystroke has to (half a second at 200,000
        findings); ``between`` is called after each ``every`` findings (a thread folding
        them lets another run meanwhile)."""
        text, source_text = self.text, self.source_text
        findings = self.corpus.findings
        for start in range(0, len(findings), every):
            for finding in findings[start : start + every]:
                text(finding)
            if between is not None:
                between()
        for source in self.corpus.sources:
            source_text(source)

    def has(self, finding: Finding, word: str) -> bool:
        """True when a folded query word is in the finding's search text."""
        return word in self.text(finding) or word in self.source_text(finding.source)


@dataclass(frozen=True)
class Query:
    """A selection of findings. Empty fields select everything."""

    kinds: frozenset[Kind] = frozenset()
    topics: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    since: date | None = None
    among: frozenset[str] | None = None
    """Only findings of these sources, even when none (``--since last``); None: all."""
    text: str = ""
    reviewed_only: bool = False

    def matches(self, corpus: Corpus, finding: Finding, index: SearchIndex | None = None) -> bool:
        """True when ``finding`` is selected."""
        if self.kinds and finding.kind not in self.kinds:
            return False
        if self.reviewed_only and not finding.reviewed:
            return False
        if self.topics and not self.topics.intersection(finding.topics):
            return False
        if self.sources and finding.source not in self.sources:
            return False
        if self.among is not None and finding.source not in self.among:
            return False
        # A source dated only by month may be from any day of it: keep it if it can be.
        if self.since and corpus.sources[finding.source].published_period.end < self.since:
            return False
        needle = self.folded_text
        if needle:
            if index is not None:
                if not all(index.has(finding, word) for word in needle.split()):
                    return False
            else:
                haystack = search_text(corpus, finding)
                if not all(word in haystack for word in needle.split()):
                    return False
        return True

    def apply(
        self, corpus: Corpus, findings: Iterable[Finding], index: SearchIndex | None = None
    ) -> list[Finding]:
        """The selected findings, in the order given."""
        if not self.narrows:
            return list(findings)
        index = index or SearchIndex(corpus)  # each source's text folded once, not per finding
        return [f for f in findings if self.matches(corpus, f, index)]

    @cached_property
    def folded_text(self) -> str:
        """The search text folded once, not once per finding."""
        return fold(self.text)

    @property
    def narrows(self) -> bool:
        """True when the query leaves anything out."""
        return bool(
            self.kinds
            or self.topics
            or self.sources
            or self.since
            or self.among is not None
            or self.folded_text
            or self.reviewed_only
        )
