"""The detail pane lists the newest other reports of a finding's metrics, and how many more."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from briefing.analysis.repeats import repeats_of
from briefing.corpus.loader import load_corpus
from briefing.tui.widgets import finding_detail
from briefing.tui.widgets.finding_detail import NewestReports
from tests.tui.helpers import WIDE, build, flat, panel_table, rendered, select_row


def _reported_by_others(corpus, finding):
    """Every other report of the finding's metrics, newest period first, the slow way."""
    others = [
        (other, metric)
        for name in sorted({m.name for m in finding.metrics})
        for other, metric in corpus.by_metric.get(name, [])
        if other.id != finding.id
    ]
    return sorted(others, key=lambda pair: pair[1].period.end, reverse=True)


@pytest.mark.parametrize("shown", [2, 10])
def test_the_detail_lists_the_same_other_reports_as_the_corpus(bundled, monkeypatch, shown):
    monkeypatch.setattr(finding_detail, "ALSO_SHOWN", shown)
    corpus = load_corpus(bundled)
    reports = NewestReports(corpus)
    cut = 0
    repeats = repeats_of(corpus)
    for finding in corpus.findings:
        # The claim's own sources are listed apart: not among the metric's other reports.
        group = repeats.group_of(finding)
        same = {m.id for m in group.members} if group else {finding.id}
        expected = [(f, m) for f, m in _reported_by_others(corpus, finding) if f.id not in same]
        newest, more = reports.others(finding, same)
        assert newest == expected[:shown]
        assert more == len(expected) - len(newest)
        cut += more > 0
    assert cut > 0 if shown == 2 else cut == 0


async def test_the_detail_shows_the_ids_the_commands_take(fixture_corpus, tmp_path):
    app = build(fixture_corpus, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("3")
        await select_row(pilot, panel_table(app), "lm-land-registry-gaps")
        finding = app.corpus.by_id["lm-land-registry-gaps"]
        detail = flat(rendered(app.screen.active_panel.query_one("#detail-body", Static)))
        topics = ", ".join(finding.topics)
        assert (
            f"Ids: finding lm-land-registry-gaps · source {finding.source} · topics {topics}"
            in (detail)
        )


# A note planted in a copy of the fixture: Rich markup and an ESC, in TOML's escape.
NOTE_TOML = 'note = "Outside the quote: [bold red]the survey edition[/bold red] \\u001b[31m2022"\n'


async def test_the_detail_shows_a_figures_note_literally(corpus_copy, tmp_path):
    """A figure's note (outside knowledge, marked) shows under the figure, as text: its
    markup is never parsed and its control characters never reach the terminal."""
    path = corpus_copy / "data" / "findings" / "lanmore-2024-07-15.toml"
    text = path.read_text(encoding="utf-8")
    period = 'as_of = "2024-06"\n'
    planted = text.replace(period, period + NOTE_TOML, 1)
    assert planted != text
    path.write_text(planted, encoding="utf-8")
    app = build(corpus_copy, tmp_path)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("2")
        await select_row(pilot, panel_table(app), "lm-chip-id-cards")
        body = app.screen.active_panel.query_one("#detail-body", Static)
        detail = flat(rendered(body))
        assert (
            "Note: Outside the quote: [bold red]the survey edition[/bold red] ␛[31m2022" in detail
        )
        assert "\x1b" not in detail
