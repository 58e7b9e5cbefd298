"""What every view of the app shares: the corpus, the as-of day and the search index."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from briefing.analysis.query import SearchIndex
from briefing.corpus.indexed import Corpus
from briefing.storage.settings import Briefed


@dataclass
class ViewContext:
    """Read-only state handed to screens and panels at construction."""

    corpus: Corpus
    as_of: date
    last_briefed: Briefed | None = None
    """The user's previous briefing of this corpus (from the settings file), if any."""
    new: frozenset[str] = frozenset()
    """Ids of the sources added or published since then."""
    index: SearchIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = SearchIndex(self.corpus)
