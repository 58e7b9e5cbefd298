"""Text and rich summaries write each section before the next is worked out: the
deadlines are on screen before the figures' series (only the Figures section needs
them) are gathered."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

import briefing.summary.document as document
from briefing.analysis.timeline import Series
from briefing.cli import main
from briefing.core.model import Finding
from briefing.corpus.indexed import Corpus
from tests.summary.conftest import AS_OF, strip_ansi


class _Recorder(io.StringIO):
    """stdout that notes each piece written, in order, among other events."""

    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def write(self, text: str) -> int:
        self.events.append(strip_ansi(text))
        return super().write(text)


@pytest.mark.parametrize("fmt", ["text", "rich"])
def test_the_deadlines_are_written_before_the_series_are_gathered(
    fmt: str, fixture_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    gather = document.series_of

    def recorded(corpus: Corpus, chosen: Sequence[Finding]) -> list[Series]:
        events.append("<series gathered>")
        return gather(corpus, chosen)

    monkeypatch.setattr(document, "series_of", recorded)
    monkeypatch.setattr(sys, "stdout", _Recorder(events))
    argv = ["summary", "--corpus", str(fixture_corpus), "--as-of", AS_OF, "--format", fmt]
    assert main([*argv, "--width", "80"]) == 0

    gathered = events.index("<series gathered>")
    before, after = "".join(events[:gathered]), "".join(events[gathered + 1 :])
    assert before.startswith("Briefing: ")
    assert "Deadlines (3)" in before
    assert "Figures over time" not in before
    assert "Figures over time" in after
    assert events.count("<series gathered>") == 1
