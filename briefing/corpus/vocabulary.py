"""A finding's topics and metrics checked against its corpus's vocabularies
(``topics.toml``, ``metrics.toml``): for findings read from the TOML, and for findings
taken from the compiled cache after a vocabulary changed."""

from __future__ import annotations

from collections.abc import Iterator

from briefing.core.model import Finding
from briefing.corpus.indexed import Corpus
from briefing.corpus.layout import METRICS_FILE, TOPICS_FILE


def vocabulary_problems(
    finding: Finding, corpus: Corpus
) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    """A finding's topics and metrics not in the corpus's vocabularies: (message, where
    in the finding)."""
    for topic in finding.topics:
        if corpus.topics and topic not in corpus.topics:
            yield f"unknown topic '{topic}' (not in {TOPICS_FILE})", ("topics",)
    for m_index, metric in enumerate(finding.metrics):
        definition = corpus.metric_defs.get(metric.name)
        if definition is None:
            yield (
                f"unknown metric '{metric.name}' (not in {METRICS_FILE})",
                ("metrics", m_index, "name"),
            )
        elif definition.unit != metric.unit:
            yield (
                f"metric '{metric.name}' is in '{definition.unit}', not '{metric.unit}'",
                ("metrics", m_index, "unit"),
            )
