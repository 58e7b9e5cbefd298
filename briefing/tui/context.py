"""What every view of the app shares: the corpus, the as-of day and the search index."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from briefing.analysis.query import SearchIndex
from briefing.corpus.indexed import Corpus
from briefing.storage.settings import Briefed


@dataclass
class ViewContext:
    """State handed to screens and panels at construction, shared by all of them.

    Only the briefing screen changes it, by ``adopt``, when the corpus is read again.
    """

    corpus: Corpus
    as_of: date
    last_briefed: Briefed | None = None
    """The user's previous briefing of this corpus (from the settings file), if any."""
    new: frozenset[str] = frozenset()
    """Ids of the sources added or published since then."""
    index: SearchIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = SearchIndex(self.corpus)

    def adopt_edit(self, corpus: Corpus, changed: str) -> None:
        """Show ``corpus``, the one on show with the finding ``changed`` edited in memory:
        the search texts of the others are kept (folding 200,000 takes half a second)."""
        self.corpus = corpus
        self.index = self.index.carried(corpus, changed)

    def adopt(self, corpus: Corpus) -> None:
        """Show ``corpus`` (the same folder, read again) from now on, in every view."""
        self.corpus = corpus
        self.index = SearchIndex(corpus)
