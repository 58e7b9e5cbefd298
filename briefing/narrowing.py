"""Narrowing one list of findings by a query, fast enough to follow every keystroke.

A search box asks the same question again and again with one more letter: the
findings that contain ``digit`` are among those that contain ``digi``. ``Narrowing``
remembers the last answer and, when the new query only adds to the old one, scans that
answer instead of the whole list. The folded search texts come from the shared
``SearchIndex``, so nothing is folded twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefing.corpus import Corpus
from briefing.model import Finding
from briefing.query import Query, SearchIndex


def extends(new_words: list[str], old_words: list[str]) -> bool:
    """True when whatever contains every new word surely contains every old one."""
    return all(any(old in new for new in new_words) for old in old_words)


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

    @property
    def texts(self) -> list[str]:
        """The folded search text of each finding, in list order."""
        if self._texts is None:
            text = self.index.text
            self._texts = [text(f) for f in self.findings]
        return self._texts

    def apply(self, query: Query) -> list[Finding]:
        """The findings ``query`` selects, in list order."""
        findings = self.findings
        return [findings[i] for i in self.positions(query)]

    def positions(self, query: Query) -> list[int]:
        """The positions in ``findings`` of those ``query`` selects."""
        rest = replace(query, text="")
        words = query.folded_text.split()
        if rest != self._rest:
            # Topic, source or date filters changed: the next text scan starts afresh.
            self._rest = rest
            corpus, findings = self.corpus, self.findings
            if rest.narrows:
                self._rest_hits = [i for i, f in enumerate(findings) if rest.matches(corpus, f)]
            else:
                self._rest_hits = list(range(len(findings)))
            candidates = self._rest_hits
        elif extends(words, self._words):
            candidates = self._hits
        else:
            candidates = self._rest_hits
        hits = candidates
        if words:
            texts = self.texts
            for word in words:
                hits = [i for i in hits if word in texts[i]]
        self._words, self._hits = words, hits
        return hits
