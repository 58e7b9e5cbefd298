"""What is new since the last briefing of a corpus: sources added or published since then."""

from __future__ import annotations

from briefing.corpus.indexed import Corpus
from briefing.storage.settings import Briefed


def new_sources(corpus: Corpus, last: Briefed | None) -> frozenset[str]:
    """Sources the last briefing did not have, or published after its day (none the first time)."""
    if last is None:
        return frozenset()
    return frozenset(
        source.id
        for source in corpus.sources.values()
        if source.id not in last.sources or source.published_date > last.on
    )
