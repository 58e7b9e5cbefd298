"""Promise tracking (briefing.analysis.promises): evidence, revisions, trajectory, verdicts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefing.analysis.promises import Basis, Promises, Verdict
from briefing.analysis.series_cache import whole_series
from briefing.analysis.task_evidence import Relation
from briefing.core.model import Finding, Kind, Metric, MetricDef, MetricKind, Source
from briefing.corpus.indexed import Corpus, index_findings
from briefing.corpus.loader import load_corpus
from briefing.storage.links import Links, LinkState
from briefing.storage.marks import Mark, Marks, MarkStatus

TOPIC = "permits"


def _source(sid: str, published: str) -> Source:
    return Source(sid, f"{sid}.txt", sid, "Gazette", published, "0" * 64)


def _finding(
    fid: str,
    kind: Kind,
    source: str,
    text: str,
    *,
    due: str | None = None,
    metrics: tuple[Metric, ...] = (),
) -> Finding:
    return Finding(fid, kind, text, text, source, (0, len(text)), (TOPIC,), metrics, due)


def _corpus(
    sources: list[Source],
    findings: list[Finding],
    tmp_path: Path,
    kind: MetricKind | None = None,
) -> Corpus:
    corpus = Corpus(root=tmp_path)
    corpus.sources = {s.id: s for s in sources}
    corpus.findings = findings
    share = MetricDef("permit_share", "Permits issued online", "%", kind=kind)
    corpus.metric_defs = {"permit_share": share}
    corpus.topics = {TOPIC: "Permits"}
    index_findings(corpus)
    return corpus


def _share(value: float, as_of: str) -> tuple[Metric, ...]:
    return (Metric("permit_share", value, "%", as_of),)


SOURCES = [
    _source("plan", "2024-01-10"),
    _source("spring", "2024-04-15"),
    _source("summer", "2024-08-20"),
    _source("winter", "2025-02-01"),
]
TARGET = _finding(
    "t-permits",
    Kind.TARGET,
    "plan",
    "60% of building permits issued online",
    due="2024-12",
    metrics=_share(60, "2024-12"),
)


def _reported(fid: str, source: str, value: float, as_of: str) -> Finding:
    text = f"{value:g}% of building permits were issued online"
    return _finding(fid, Kind.ACHIEVEMENT, source, text, metrics=_share(value, as_of))


def test_trajectory_and_on_track_before_due(tmp_path: Path) -> None:
    corpus = _corpus(
        SOURCES,
        [
            TARGET,
            _reported("r1", "spring", 20, "2024-03"),
            _reported("r2", "summer", 40, "2024-07"),
        ],
        tmp_path,
    )
    tracking = Promises(corpus, date(2024, 9, 1)).of(TARGET)
    assert (tracking.verdict, tracking.basis) == (Verdict.ON_TRACK, Basis.COMPUTED)
    path = tracking.trajectory
    assert path is not None
    assert (path.first.value, path.latest.value, path.target) == (20, 40, 60)
    assert path.observed_per_month == pytest.approx(20 / (122 / (365.25 / 12)))
    assert path.needed_per_month == pytest.approx(20 / (153 / (365.25 / 12)))
    assert path.on_track and path.projected > 60
    # The metric's kind is unsaid: periods of the same length compare, two months here.
    assert path.words().startswith(
        "computed from monthly figures: 20% (Mar 2024) to 40% (Jul 2024)"
    )
    assert [e.relation for e in tracking.evidence] == [Relation.REPORTS, Relation.REPORTS]


SPRING_DAY_SUMMER_MONTH = [
    TARGET,
    _reported("r1", "spring", 20, "2024-03-31"),
    _reported("r2", "summer", 40, "2024-07"),
]


def test_a_stock_paces_levels_at_any_date(tmp_path: Path) -> None:
    """A stock is a level at its period's end: a year's, a day's and a month's values
    compare, as in the Figures panel."""
    findings = [*SPRING_DAY_SUMMER_MONTH, _reported("r0", "spring", 10, "2023")]
    corpus = _corpus(SOURCES, findings, tmp_path, MetricKind.STOCK)
    tracking = Promises(corpus, date(2024, 9, 1)).of(TARGET)
    assert (tracking.verdict, tracking.basis) == (Verdict.ON_TRACK, Basis.COMPUTED)
    path = tracking.trajectory
    assert path is not None and path.kind == "point"
    assert path.words().startswith("computed from levels at a date: 10% (2023) to 40% (Jul 2024)")
    assert all(e.compared for e in tracking.evidence)


@pytest.mark.parametrize("kind", [MetricKind.FLOW, MetricKind.RATE, MetricKind.INDEX, None])
def test_a_flow_never_paces_a_day_against_a_month(tmp_path: Path, kind: MetricKind | None) -> None:
    """A flow, a rate or an index describes its whole period: a day's value and a month's
    are not compared (the Figures panel computes no change between them either), and the
    verdict says why no pace is computed."""
    corpus = _corpus(SOURCES, SPRING_DAY_SUMMER_MONTH, tmp_path, kind)
    promises = Promises(corpus, date(2024, 9, 1))
    tracking = promises.of(TARGET)
    assert tracking.trajectory is None
    assert (tracking.verdict, tracking.basis) == (Verdict.IN_PROGRESS, Basis.REPORTED)
    assert tracking.note == (
        "latest 40% (Jul 2024); no pace computed: 1 value is of another kind of period, "
        "not compared"
    )
    spring, summer = tracking.evidence
    assert (spring.compared, summer.compared) == (False, True)
    assert spring.how.endswith("; a figure for a day, not compared with the others")
    series = {s.metric: s for s in whole_series(corpus)}["permit_share"]
    assert series.previous is None  # the same rule: no change in the Figures panel


def test_slow_pace_is_off_track(tmp_path: Path) -> None:
    corpus = _corpus(
        SOURCES,
        [
            TARGET,
            _reported("r1", "spring", 20, "2024-03"),
            _reported("r2", "summer", 22, "2024-07"),
        ],
        tmp_path,
    )
    tracking = Promises(corpus, date(2024, 9, 1)).of(TARGET)
    assert (tracking.verdict, tracking.basis) == (Verdict.OFF_TRACK, Basis.COMPUTED)
    assert tracking.trajectory is not None and not tracking.trajectory.on_track


def test_outcomes_when_due(tmp_path: Path) -> None:
    early = _reported("r1", "spring", 20, "2024-03")
    for value, verdict in ((61, Verdict.KEPT), (45, Verdict.PARTLY_KEPT), (25, Verdict.MISSED)):
        outcome = _reported("r9", "winter", value, "2024-12")
        corpus = _corpus(SOURCES, [TARGET, early, outcome], tmp_path)
        tracking = Promises(corpus, date(2025, 3, 1)).of(TARGET)
        assert (tracking.verdict, tracking.basis) == (verdict, Basis.REPORTED), value


def test_a_period_of_another_kind_is_not_compared(tmp_path: Path) -> None:
    # A half-year figure describes six months, not the level at their end.
    corpus = _corpus(
        SOURCES,
        [
            TARGET,
            _reported("r1", "spring", 20, "2024-03"),
            _reported("r2", "summer", 35, "2024-H1"),
        ],
        tmp_path,
    )
    tracking = Promises(corpus, date(2024, 9, 1)).of(TARGET)
    assert tracking.trajectory is None
    assert (tracking.verdict, tracking.basis) == (Verdict.IN_PROGRESS, Basis.REPORTED)
    assert [e.compared for e in tracking.evidence] == [False, True]


def test_no_evidence_is_never_missed(tmp_path: Path) -> None:
    corpus = _corpus(SOURCES, [TARGET], tmp_path)
    tracking = Promises(corpus, date(2025, 3, 1)).of(TARGET)
    assert (tracking.verdict, tracking.basis) == (Verdict.NO_EVIDENCE, Basis.COMPUTED)
    assert tracking.note == "overdue, no evidence since 2025-02-01"


def test_the_mark_wins_and_says_so(tmp_path: Path) -> None:
    corpus = _corpus(SOURCES, [TARGET, _reported("r9", "winter", 25, "2024-12")], tmp_path)
    corpus.marks = Marks({"t-permits": Mark(MarkStatus.DONE, "agreed", date(2025, 2, 5))})
    tracking = Promises(corpus, date(2025, 3, 1)).of(TARGET)
    assert (tracking.verdict, tracking.basis) == (Verdict.KEPT, Basis.MARKED)
    assert tracking.note == "marked done: agreed"
    # A mark made after the as-of day does not count yet.
    before = Promises(corpus, date(2025, 2, 2)).of(TARGET)
    assert (before.verdict, before.basis) == (Verdict.MISSED, Basis.REPORTED)


def test_as_of_cuts_off_later_sources(tmp_path: Path) -> None:
    corpus = _corpus(
        SOURCES,
        [
            TARGET,
            _reported("r1", "spring", 20, "2024-03"),
            _reported("r2", "summer", 40, "2024-07"),
        ],
        tmp_path,
    )
    tracking = Promises(corpus, date(2024, 5, 1)).of(TARGET)
    assert [e.finding.id for e in tracking.evidence] == ["r1"]
    assert tracking.trajectory is None
    assert tracking.verdict is Verdict.IN_PROGRESS


TASK = _finding(
    "d-registry",
    Kind.DEADLINE,
    "plan",
    "Connect the land registry to the population database",
    due="2024-06",
)


def _said(fid: str, source: str, text: str) -> Finding:
    return _finding(fid, Kind.ACHIEVEMENT, source, text)


DONE = "The land registry connection to the population database was completed"
LATE = "The land registry link to the population database is behind schedule"


def test_a_task_done_in_a_later_article(tmp_path: Path) -> None:
    corpus = _corpus(SOURCES, [TASK, _said("a1", "spring", DONE)], tmp_path)
    tracking = Promises(corpus, date(2024, 7, 1)).of(TASK)
    assert (tracking.verdict, tracking.basis) == (Verdict.KEPT, Basis.REPORTED)
    assert tracking.note == "reported done by spring (2024-04-15)"
    # Reported done after the due date is still kept: when it was done is not stated.
    later = _corpus(SOURCES, [TASK, _said("a1", "summer", DONE)], tmp_path)
    assert Promises(later, date(2024, 9, 1)).of(TASK).verdict is Verdict.KEPT
    [link] = tracking.evidence
    assert link.relation is Relation.DONE and "“completed”" in link.how


def test_a_task_delayed_in_a_later_article(tmp_path: Path) -> None:
    corpus = _corpus(SOURCES, [TASK, _said("a1", "spring", LATE)], tmp_path)
    before = Promises(corpus, date(2024, 5, 1)).of(TASK)
    assert (before.verdict, before.basis) == (Verdict.OFF_TRACK, Basis.REPORTED)
    after = _corpus(SOURCES, [TASK, _said("a2", "summer", LATE)], tmp_path)
    assert Promises(after, date(2024, 9, 1)).of(TASK).verdict is Verdict.MISSED


def test_unrelated_and_same_source_findings_are_not_evidence(tmp_path: Path) -> None:
    other = _said("a1", "spring", "The new bridge over the river was completed on time")
    same = _said("a2", "plan", DONE)
    corpus = _corpus(SOURCES, [TASK, other, same], tmp_path)
    assert Promises(corpus, date(2024, 7, 1)).of(TASK).evidence == []


def test_conflicting_evidence_the_newest_counts(tmp_path: Path) -> None:
    corpus = _corpus(
        SOURCES, [TASK, _said("a1", "spring", DONE), _said("a2", "summer", LATE)], tmp_path
    )
    tracking = Promises(corpus, date(2024, 9, 1)).of(TASK)
    assert [e.relation for e in tracking.evidence] == [Relation.DONE, Relation.DELAYED]
    # Past due, one says done and a later one delayed: partly kept, both named.
    assert (tracking.verdict, tracking.basis) == (Verdict.PARTLY_KEPT, Basis.REPORTED)
    assert (
        tracking.note
        == "sources disagree: done by spring (2024-04-15), delayed by summer (2024-08-20)"
    )
    # Before the due date the newest report counts.
    early = Promises(corpus, date(2024, 5, 1)).of(TASK)
    assert early.verdict is Verdict.KEPT and [e.finding.id for e in early.evidence] == ["a1"]


def test_a_dismissed_link_no_longer_counts(tmp_path: Path) -> None:
    corpus = _corpus(SOURCES, [TASK, _said("a1", "spring", DONE)], tmp_path)
    links = Links({("d-registry", "a1"): LinkState.DISMISSED})
    tracking = Promises(corpus, date(2024, 7, 1), links).of(TASK)
    assert tracking.evidence == [] and tracking.verdict is Verdict.NO_EVIDENCE
    confirmed = Links({("d-registry", "a1"): LinkState.CONFIRMED})
    assert Promises(corpus, date(2024, 7, 1), confirmed).of(TASK).evidence[0].confirmed


def test_revisions_keep_the_original(tmp_path: Path) -> None:
    later = _finding(
        "t-permits-2",
        Kind.TARGET,
        "summer",
        "70% of building permits issued online",
        due="2025-06",
        metrics=_share(70, "2025-06"),
    )
    moved = _finding(
        "d-registry-2",
        Kind.DEADLINE,
        "summer",
        "Connect the land registry to the population database by year end",
        due="2024-12",
    )
    corpus = _corpus(SOURCES, [TARGET, TASK, later, moved], tmp_path)
    promises = Promises(corpus, date(2024, 9, 1))
    [revision] = promises.of(TARGET).revisions
    assert revision.finding.id == "t-permits-2"
    assert revision.change == "level 60% → 70%, due 2024-12 → 2025-06"
    [task_revision] = promises.of(TASK).revisions
    assert task_revision.change == "due 2024-06 → 2024-12"
    assert promises.of(TARGET).promise.due == "2024-12"  # never overwritten


def test_bundled_online_records_target(bundled: Path) -> None:
    corpus = load_corpus(bundled)
    target = corpus.by_id["cp-online-records-target"]
    before = Promises(corpus, date(2025, 3, 1)).of(target)
    # A flow (metrics.toml): the share of a period's records handled online. The latest
    # value is for a day (19 Jul 2024); the month's 17% (Dec 2023), the half-year's 42%
    # and the year's 5% describe periods of other lengths, so no pace is computed.
    assert before.trajectory is None
    assert (before.verdict, before.basis) == (Verdict.IN_PROGRESS, Basis.REPORTED)
    assert before.note == (
        "latest 43% (19 Jul 2024); no pace computed: 5 values are of another kind of "
        "period, not compared"
    )
    compared = {(e.metric.period.text, e.compared) for e in before.evidence if e.metric}
    assert compared == {
        ("2019", False),
        ("2023-12", False),
        ("2024-H1", False),
        ("2024-07-19", True),
    }
    after = Promises(corpus, date(2026, 1, 15)).of(target)
    assert after.verdict is Verdict.NO_EVIDENCE
    assert after.note == (
        "overdue, no evidence since 2025-02-06 (the values listed predate the promise)"
    )
    assert after.trajectory is None
