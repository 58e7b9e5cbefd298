"""The detail pane lists the newest other reports of a finding's metrics, and how many more."""

from __future__ import annotations

import pytest

from briefing.corpus import load_corpus
from briefing.tui.widgets import finding_detail
from briefing.tui.widgets.finding_detail import NewestReports


@pytest.mark.parametrize("shown", [2, 10])
def test_the_detail_lists_the_same_other_reports_as_the_corpus(bundled, monkeypatch, shown):
    monkeypatch.setattr(finding_detail, "ALSO_SHOWN", shown)
    corpus = load_corpus(bundled)
    reports = NewestReports(corpus)
    cut = 0
    for finding in corpus.findings:
        expected = corpus.also_reported(finding)
        newest, more = reports.others(finding)
        assert newest == expected[:shown]
        assert more == len(expected) - len(newest)
        cut += more > 0
    assert cut > 0 if shown == 2 else cut == 0
