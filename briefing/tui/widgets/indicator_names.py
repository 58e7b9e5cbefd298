"""Indicator names fitted to a narrow column without two of them reading the same."""

from __future__ import annotations

from briefing.analysis.per_corpus import PerCorpus
from briefing.corpus.indexed import Corpus
from briefing.tui.widgets.columns import Cutter, cut_apart

_CUTTERS: PerCorpus[Cutter] = PerCorpus()


def indicator_cutter(corpus: Corpus) -> Cutter:
    """Cuts an indicator's label where it repeats another's (made once per corpus)."""
    return _CUTTERS.made(
        corpus, lambda c: cut_apart(c.metric_label(name) for name in c.metric_defs)
    )
