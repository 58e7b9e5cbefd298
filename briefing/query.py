"""Choosing findings by kind, topic, source, date and free text (for the TUI and the summary)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from briefing.corpus import Corpus
from briefing.model import Finding, Kind
from briefing.text import fold


def search_text(corpus: Corpus, finding: Finding) -> str:
    """What free-text search looks at: statement, quote, topics, owner, outlet and title, folded."""
    source = corpus.sources[finding.source]
    parts = [finding.statement, finding.quote, finding.owner or "", source.outlet, source.title]
    for topic in finding.topics:
        parts += [topic, corpus.topic_label(topic)]
    return fold(" ".join(parts))


@dataclass
class SearchIndex:
    """Folded search text of every finding, computed once per corpus."""

    corpus: Corpus
    _texts: dict[str, str] = field(default_factory=dict)

    def text(self, finding: Finding) -> str:
        """The folded search text of a finding."""
        cached = self._texts.get(finding.id)
        if cached is None:
            cached = self._texts[finding.id] = search_text(self.corpus, finding)
        return cached


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
            haystack = index.text(finding) if index else search_text(corpus, finding)
            if not all(word in haystack for word in needle.split()):
                return False
        return True

    def apply(
        self, corpus: Corpus, findings: Iterable[Finding], index: SearchIndex | None = None
    ) -> list[Finding]:
        """The selected findings, in the order given."""
        if not self.narrows:
            return list(findings)
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
