"""A ready-made citation of a finding: statement, verbatim quote, outlet, date and URL."""

from __future__ import annotations

from briefing.core.model import Finding, Source
from briefing.core.text import one_paragraph
from briefing.corpus.indexed import Corpus


def source_line(source: Source) -> str:
    """``Báo Quảng Trị, 2025-02-06 (inferred), https://…``."""
    parts = [source.outlet, source.published_label]
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)


def citation(corpus: Corpus, finding: Finding) -> str:
    """The citation a person pastes into meeting notes (plain text, three lines)."""
    source = corpus.source_of(finding)
    return f"{finding.statement}\n“{one_paragraph(finding.quote)}”\n— {source_line(source)}\n"
