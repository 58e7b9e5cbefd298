"""Figures over time: series, corroboration and conflicts (briefing.analysis.timeline)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from briefing.analysis.series_build import build_series
from briefing.analysis.timeline import (
    format_change,
    headline,
    series_by_metric,
    sparkline,
)
from briefing.core.model import Finding, Kind
from briefing.core.numbers import format_value
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus


@pytest.fixture(scope="module")
def fixture(fixture_corpus: Path) -> Corpus:
    corpus = load_corpus(fixture_corpus)
    assert corpus.ok
    return corpus


@pytest.fixture(scope="module")
def bundled_corpus(bundled: Path) -> Corpus:
    corpus = load_corpus(bundled)
    assert corpus.ok
    return corpus


def test_fixture_chip_id_timeline(fixture: Corpus):
    series = series_by_metric(build_series(fixture))["chip_id_cards_issued"]
    assert [(r.end, r.value) for r in series.reports] == [
        (date(2024, 6, 30), 1_250_000),
        (date(2025, 1, 31), 1_410_000),
    ]
    assert [p.finding.id for p in series.points] == ["lm-chip-id-cards", "lb-chip-id-cards"]
    assert series.latest is not None and series.latest.first.finding.id == "lb-chip-id-cards"
    assert series.change == 160_000
    assert format_change(series.change, series.unit) == "+160,000 cards (computed)"
    assert series.conflicts == []


def test_targets_are_goals_not_reports(fixture: Corpus):
    series = series_by_metric(build_series(fixture))["online_dossier_share"]
    assert [p.finding.id for p in series.points] == ["lm-online-dossiers-low"]
    assert all(p.finding.kind is not Kind.TARGET for s in build_series(fixture) for p in s.points)


def test_bundled_chip_id_timeline(bundled_corpus: Corpus):
    series = series_by_metric(build_series(bundled_corpus))["chip_id_cards_issued"]
    shown = [format_value(r.value, series.unit) for r in series.reports]
    assert shown == ["84.7 million cards", "86.3 million cards", "87.7 million cards"]
    assert [p.metric.as_of for p in series.points] == ["2023-12", "2024-07-10", "2025-02-06"]
    assert [p.source.id for p in series.points] == [
        "vietnam-2024-07-19",
        "thanhhoa-2024-07-10",
        "quangtri-2025-02-06",
    ]
    assert format_change(series.change or 0, series.unit) == "+1.4 million cards (computed)"
    assert sparkline(series.trend) == "▁▅█"


def test_bundled_eid_timeline(bundled_corpus: Corpus):
    series = series_by_metric(build_series(bundled_corpus))["eid_accounts_activated"]
    assert [r.value for r in series.reports] == [45_400_000, 55_250_000, 60_000_000]
    assert series.conflicts == []


def test_bundled_digital_economy_share_conflict(bundled_corpus: Corpus):
    series = series_by_metric(build_series(bundled_corpus))["digital_economy_gdp_share"]
    assert len(series.conflicts) == 1
    conflict = series.conflicts[0]
    # "by June 2024" (2024-06) and "the first half of 2024" (2024-H1) end on the same day.
    assert conflict.end == date(2024, 6, 30)
    assert sorted(conflict.values) == [18.3, 18.5]
    assert {p.finding.id for p in conflict.points} == {
        "kt-digital-economy-gdp-share",
        "th-digital-economy-gdp-share",
        "vn-digital-economy-gdp-share",
    }
    agreeing = next(r for r in conflict.reports if r.value == 18.3)
    assert agreeing.corroboration == 2
    assert conflict.period_label() == "H1 2024 / Jun 2024"


def test_bundled_corroboration_groups_near_duplicates(bundled_corpus: Corpus):
    series = series_by_metric(build_series(bundled_corpus))["online_records_rate"]
    by_end = {r.end: r for r in series.reports}
    assert by_end[date(2024, 6, 30)].corroboration == 2
    assert len(series.reports) == 4  # six citations, two of them repeated in a second article
    assert series.conflicts == []


def _with_metric(finding: Finding, **metric: Any) -> Finding:
    return replace(finding, metrics=(replace(finding.metrics[0], **metric),))


def test_same_period_different_values_across_sources_conflict(fixture: Corpus):
    first = fixture.by_id["lm-chip-id-cards"]  # 2024-06
    other = _with_metric(fixture.by_id["lb-chip-id-cards"], as_of="2024-H1", value=1_300_000)
    series = build_series(fixture, [first, other])[0]
    assert [c.values for c in series.conflicts] == [[1_250_000, 1_300_000]]
    assert series.in_conflict(series.points[0]) and series.in_conflict(series.points[1])


def test_same_value_same_period_is_corroborated(fixture: Corpus):
    first = fixture.by_id["lm-chip-id-cards"]
    other = _with_metric(fixture.by_id["lb-chip-id-cards"], as_of="2024-06", value=1_250_000)
    series = build_series(fixture, [first, other])[0]
    assert series.conflicts == []
    assert [r.corroboration for r in series.reports] == [2]


def test_periods_ending_on_different_days_are_not_compared(fixture: Corpus):
    first = fixture.by_id["lm-chip-id-cards"]  # 2024-06 ends 2024-06-30
    other = _with_metric(fixture.by_id["lb-chip-id-cards"], as_of="2024-06-15", value=1)
    assert build_series(fixture, [first, other])[0].conflicts == []


def test_other_units_are_refused_never_compared(fixture: Corpus):
    first = fixture.by_id["lm-chip-id-cards"]
    other = _with_metric(
        fixture.by_id["lb-chip-id-cards"], as_of="2024-06", value=1.3, unit="million cards"
    )
    series = build_series(fixture, [first, other])[0]
    assert [p.finding.id for p in series.refused] == ["lb-chip-id-cards"]
    assert series.conflicts == [] and len(series.points) == 1


def test_change_wording():
    # a rank going from 86th to 71st is an improvement, whatever the metric says
    assert format_change(-15, "rank") == "improved by 15 places (computed)"
    assert format_change(1, "rank") == "worsened by 1 place (computed)"
    assert format_change(1.8, "%") == "+1.8 points (computed)"
    assert format_change(18.3 - 18.5, "%") == "−0.2 points (computed)"
    assert format_change(0, "%") == "unchanged"
    assert sparkline([5, 5]) == "▄▄"
    assert sparkline([]) == ""


def test_headline_is_the_latest_reported_value(fixture: Corpus):
    latest = {m.name: (f.id, m.value, m.as_of) for f, m in headline(build_series(fixture))}
    assert latest == {
        "chip_id_cards_issued": ("lb-chip-id-cards", 1410000, "2025-01"),
        "officials_trained_share": ("lb-officials-skills", 40, "2025-01"),
        # the 80% target for 2025 is later, but it is a goal, not a result
        "online_dossier_share": ("lm-online-dossiers-low", 31, "2024-H1"),
        "online_public_services": ("lm-online-services", 412, "2024-06"),
    }
    # None is ranked ``headline`` in the fixture's metrics.toml: the most recent first
    order = [m.name for _, m in headline(build_series(fixture))]
    assert order == [
        "chip_id_cards_issued",  # Jan 2025, then by label
        "officials_trained_share",
        "online_dossier_share",  # H1 2024 and Jun 2024 end on one day: by label
        "online_public_services",
    ]
    only = headline(build_series(fixture, [fixture.by_id["lm-chip-id-cards"]]))
    assert [(f.id, m.value) for f, m in only] == [("lm-chip-id-cards", 1250000)]


def test_headline_on_the_bundled_corpus_is_the_latest_period_newest_source_first_id(
    bundled_corpus: Corpus,
):
    corpus = bundled_corpus
    day = {sid: s.published_date for sid, s in corpus.sources.items()}
    expected: dict[str, tuple[tuple[date, date], str, str]] = {}
    for finding in corpus.findings:
        if finding.kind not in (Kind.ACHIEVEMENT, Kind.LIMITATION):
            continue
        for metric in finding.metrics:
            key = (metric.period.end, day[finding.source])
            best = expected.get(metric.name)
            if best is None or key > best[0] or (key == best[0] and finding.id < best[1]):
                expected[metric.name] = (key, finding.id, metric.as_of)
    shown = {m.name: (f.id, m.as_of) for f, m in headline(build_series(corpus))}
    assert shown == {name: (fid, as_of) for name, (_, fid, as_of) in expected.items()}
