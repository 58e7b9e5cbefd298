"""An indicator's chart as data (briefing.analysis.chart): lines, disputes, targets, text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from briefing.analysis.chart import (
    MAX_LINES,
    MAX_PERIODS,
    Chart,
    chart_of,
    nice_ticks,
    year_of,
    year_ticks,
)
from briefing.analysis.series_build import build_series
from briefing.analysis.timeline import Point, Series, series_by_metric
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus

ESC = "\x1b"


@pytest.fixture(scope="module")
def fixture(fixture_corpus: Path) -> Corpus:
    corpus = load_corpus(fixture_corpus)
    assert corpus.ok
    return corpus


def _series(corpus: Corpus, metric: str) -> Series:
    return series_by_metric(build_series(corpus))[metric]


def test_one_line_per_outlet_each_value_at_the_middle_of_its_period(fixture: Corpus):
    chart = chart_of(fixture, _series(fixture, "chip_id_cards_issued"))
    assert [line.name for line in chart.lines] == ["Lanmore Daily", "Lanmore Provincial Bulletin"]
    (june,), (january,) = (line.points for line in chart.lines)
    assert (june.value, june.period, june.shown) == (1_250_000, "Jun 2024", "1.25 million cards")
    assert june.day == date(2024, 6, 15)  # "by June 2024": the month's middle
    assert january.shown == "over 1.41 million cards"
    assert not june.conflict and not january.conflict
    assert chart.targets == () and chart.disputed == ()
    assert (
        chart.title == "Chip-embedded citizen ID cards issued: reported values over time, by source"
    )
    assert chart.alternative() == [
        "Lanmore Daily: 1.25 million cards (Jun 2024)",
        "Lanmore Provincial Bulletin: over 1.41 million cards (Jan 2025)",
    ]


def test_a_target_naming_the_metric_is_drawn_as_its_level_and_due_date(fixture: Corpus):
    chart = chart_of(fixture, _series(fixture, "online_dossier_share"))
    assert [p.value for p in chart.points] == [31]  # the 80% goal is no reported value
    (target,) = chart.targets
    assert (target.value, target.due, target.due_label) == (80, date(2025, 12, 31), "2025")
    assert chart.target_texts() == ["Target: 80% by 2025 (Lanmore Daily)"]
    assert chart.days() == (date(2024, 3, 31), date(2025, 12, 31))  # the axis reaches the due day
    low, high = chart.values()
    assert low <= 31 and high >= 80 and high <= 100  # a share never runs past 100%


def test_a_target_in_another_unit_is_not_on_the_axis(fixture: Corpus):
    series = _series(fixture, "online_dossier_share")
    assert chart_of(fixture, replace(series, unit="million dossiers")).targets == ()


def test_disputed_values_are_flagged_and_their_period_named(fixture: Corpus):
    first = fixture.by_id["lm-chip-id-cards"]  # 1.25 million by June 2024
    metric = replace(fixture.by_id["lb-chip-id-cards"].metrics[0], as_of="2024-H1", value=1.3e6)
    other = replace(fixture.by_id["lb-chip-id-cards"], metrics=(metric,))
    chart = chart_of(fixture, build_series(fixture, [first, other])[0])
    assert [(p.value, p.conflict) for p in chart.points] == [(1_250_000, True), (1_300_000, True)]
    assert chart.disputed == ("Jun 2024 / H1 2024",)
    assert chart.alternative()[-1] == "Sources disagree for Jun 2024 / H1 2024"
    assert "1.3 million cards (H1 2024) [disputed]" in chart.alternative()[1]


def test_many_outlets_share_one_line_past_the_first_few(fixture: Corpus):
    point = _series(fixture, "chip_id_cards_issued").points[0]
    points = []
    for n in range(MAX_LINES + 3):
        source = replace(point.source, id=f"s{n}", outlet=f"Outlet {n:02}")
        metric = replace(point.metric, value=1_000_000 + n, as_of=f"{2015 + n}")
        points.append(Point(point.finding, metric, source))
    chart = chart_of(fixture, Series("chip_id_cards_issued", "Cards", "cards", points=points))
    assert len(chart.lines) == MAX_LINES
    assert [line.name for line in chart.lines[:-1]] == [f"Outlet {n:02}" for n in range(4)]
    assert chart.lines[-1].name == "4 other outlets" and chart.lines[-1].outlets == 4
    assert len(chart.points) == MAX_LINES + 3  # every value is still drawn


def test_hostile_outlet_names_are_shown_literally_in_the_text(fixture: Corpus):
    point = _series(fixture, "chip_id_cards_issued").points[0]
    source = replace(point.source, outlet=f"[bold]Evil[/bold] {ESC}[31mred")
    series = Series(
        "chip_id_cards_issued", "Cards", "cards", points=[point._replace(source=source)]
    )
    (said,) = chart_of(fixture, series).alternative()
    assert ESC not in said and said.startswith("[bold]Evil[/bold] ")


def test_a_rank_runs_from_high_to_low():
    assert Chart("r", "Rank", "rank", ()).inverted
    assert not Chart("s", "Share", "%", ()).inverted


def test_axes_ticks():
    assert nice_ticks(0, 86) == [0, 20, 40, 60, 80]
    assert nice_ticks(16.3, 18.7) == [16.5, 17, 17.5, 18, 18.5]
    assert nice_ticks(5, 5) == [5]
    assert year_of(date(2024, 7, 2)) == pytest.approx(2024.5, abs=0.01)
    assert year_ticks(2019.8, 2026.1) == [2020, 2021, 2022, 2023, 2024, 2025, 2026]
    assert year_ticks(1990.0, 2026.0) == list(range(1990, 2027, 6))  # at most seven years


def test_a_long_series_draws_its_newest_citations_and_says_how_many_are_left_out(
    fixture: Corpus,
):
    point = _series(fixture, "chip_id_cards_issued").points[0]
    points = [
        Point(point.finding, replace(point.metric, value=n, as_of=f"{1900 + n}"), point.source)
        for n in range(MAX_PERIODS + 10)
    ]
    chart = chart_of(fixture, Series("chip_id_cards_issued", "Cards", "cards", points=points))
    assert [p.value for p in chart.points] == list(range(10, MAX_PERIODS + 10))
    assert chart.left_out == 10
    assert chart.alternative()[-1] == (
        "10 earlier citations not drawn (every one is in the citations)"
    )
