"""Promise tracking: every target and deadline judged on what later sources report of it.

Plain data for the summary and the TUI alike (no Textual, no Rich).

- **Evidence** of a quantified target is every reported value of its metric in its unit
  (the series of the Figures panel); of a task, the later findings that say it was
  done, started or delayed (``task_evidence``). A person may confirm or dismiss a
  suggested link (``storage.links``); a dismissed one no longer counts.
- **Revisions**: a later target or deadline restating the promise (same metric, or the
  same wording) with another due date or level. The original is judged as made.
- **Trajectory** (``trajectory``): computed from two or more comparable values.
- **Verdict** and its **basis**: the person's mark wins (``marked``); then what a source
  reports (``reported``); then the trajectory or the calendar (``computed``).

Only sources published on or before the as-of day count, and marks made on or before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from briefing.analysis.per_corpus import PerCorpus
from briefing.analysis.period_kinds import period_kind
from briefing.analysis.revisions import PROMISE_KINDS as PROMISE_KINDS  # the kinds judged
from briefing.analysis.revisions import Restatements, Revision
from briefing.analysis.series_cache import whole_series
from briefing.analysis.task_evidence import Relation, TaskIndex
from briefing.analysis.timeline import Point
from briefing.analysis.trajectory import Reading, Trajectory, trajectory
from briefing.core.dates import Period
from briefing.core.model import Finding, Kind, Metric, MetricKind, Source
from briefing.core.numbers import format_value
from briefing.corpus.indexed import Corpus
from briefing.storage.links import Links, LinkState, read_links
from briefing.storage.marks import MarkStatus

MAX_VALUES = 20
"""The newest values of a target's metric taken as its evidence."""
PARTLY = 0.5
"""Share of the way from the first value to the target an outcome must cover to be
partly kept (a target reached is kept; less than this is missed)."""


class Verdict(StrEnum):
    """Where a promise stands: outcomes when due, prospects before."""

    KEPT = "kept"
    PARTLY_KEPT = "partly-kept"
    MISSED = "missed"
    ON_TRACK = "on-track"
    OFF_TRACK = "off-track"
    IN_PROGRESS = "in-progress"
    NO_EVIDENCE = "no-evidence"


class Basis(StrEnum):
    """What a verdict rests on."""

    MARKED = "marked"
    REPORTED = "reported"
    COMPUTED = "computed"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A finding reporting on a promise, and how it was linked."""

    finding: Finding
    source: Source
    relation: Relation
    how: str
    key: str
    """The link's name: the finding's id, or ``finding#metric#as-of`` for one value."""
    confirmed: bool = False
    metric: Metric | None = None
    compared: bool = False
    """True when the value is one the trajectory compares."""


@dataclass
class Tracking:
    """One promise's evidence, revisions, trajectory and verdict."""

    promise: Finding
    verdict: Verdict
    basis: Basis
    note: str
    evidence: list[Evidence] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    trajectory: Trajectory | None = None
    dismissed: list[Evidence] = field(default_factory=list)
    """Suggested links the person dismissed: shown apart, counted nowhere."""

    def label(self) -> str:
        """``on-track (computed)``."""
        return f"{self.verdict.value} ({self.basis.value})"


class Promises:
    """Every promise of a corpus tracked as of one day (worked out when first asked)."""

    def __init__(self, corpus: Corpus, as_of: date, links: Links | None = None) -> None:
        self.corpus = corpus
        self.as_of = as_of
        self.links = links if links is not None else read_links(corpus.root)
        sources = corpus.sources
        self.visible = {sid for sid, s in sources.items() if s.published_date <= as_of}
        newest = max((sources[sid] for sid in self.visible), key=_day, default=None)
        self.latest_source = newest.published if newest else None
        """The publication date of the newest source counted, as written."""
        self._series = {s.metric: s for s in whole_series(corpus)}
        self._tasks: TaskIndex | None = None
        self._points: dict[tuple[str, str], list[Point]] = {}
        self._restated = Restatements(corpus, self.visible)
        self._kept: dict[str, Tracking] = {}
        self.complete = False
        """True once every promise is tracked (``all``): counting them is then free."""

    def of(self, promise: Finding) -> Tracking:
        """The tracking of one target or deadline."""
        kept = self._kept.get(promise.id)
        if kept is None:
            kept = self._kept[promise.id] = self._track(promise)
        return kept

    def of_id(self, finding_id: str) -> Tracking:
        """The tracking of the target or deadline with this id (``KeyError`` if none)."""
        return self.of(self.corpus.by_id[finding_id])

    def all(self) -> list[Tracking]:
        """Every target and deadline, as the corpus lists them."""
        tracked = [self.of(f) for f in self.corpus.findings if f.kind in PROMISE_KINDS]
        self.complete = True
        return tracked

    def at_hand(self) -> bool:
        """Whether every verdict can be counted at once: worked out already, or few
        enough (``QUICK_VERDICTS``) to work out in a moment. At 45,000 promises they take
        about 15 s of CPU, which no first frame or keystroke can wait for."""
        by_kind = self.corpus.by_kind
        few = sum(len(by_kind.get(kind, ())) for kind in PROMISE_KINDS) <= QUICK_VERDICTS
        return self.complete or few

    # --- evidence ------------------------------------------------------------------

    def _counts(self, promise: Finding, key: str) -> tuple[bool, bool]:
        """(counts, confirmed) for a suggested link."""
        state = self.links.state(promise.id, key)
        return state is not LinkState.DISMISSED, state is LinkState.CONFIRMED

    def _visible_points(self, name: str, unit: str) -> list[Point]:
        """The metric's values in ``unit`` from sources counted, by period (kept)."""
        kept = self._points.get((name, unit))
        if kept is None:
            series = self._series.get(name)
            every = series.points if series is not None else []
            visible = self.visible
            kept = [p for p in every if p.source.id in visible and p.metric.unit == unit]
            self._points[(name, unit)] = kept
        return kept

    def _kind(self, name: str) -> MetricKind | None:
        """The metric's kind (``metrics.toml``), which decides which of its values compare."""
        series = self._series.get(name)
        return series.kind if series is not None else None

    def _values(self, promise: Finding, target: Metric) -> tuple[list[Evidence], list[Evidence]]:
        """The values reported for a target, and those the person dismissed."""
        # The newest values only: a metric of a large corpus has 100,000s of them.
        points: list[Point] = []
        how = f"same metric ({target.name}) and unit ({target.unit})"
        dismissed = []
        for p in reversed(self._visible_points(target.name, target.unit)):
            if len(points) == MAX_VALUES:
                break
            if self.links.state(promise.id, p.key) is not LinkState.DISMISSED:
                points.append(p)
            else:
                dismissed.append(
                    Evidence(p.finding, p.source, Relation.REPORTS, how, p.key, metric=p.metric)
                )
        points.reverse()
        metric_kind = self._kind(target.name)
        kinds = {period_kind(metric_kind, p.period) for p in points}
        latest = period_kind(metric_kind, max(points, key=_end).period) if points else None
        result = []
        for p in points:
            kind = period_kind(metric_kind, p.period)
            said = how
            if len(kinds) > 1 and kind != latest:
                said += f"; a {_KIND_WORD[kind]}, not compared with the others"
            confirmed = self.links.state(promise.id, p.key) is LinkState.CONFIRMED
            result.append(
                Evidence(
                    p.finding,
                    p.source,
                    Relation.REPORTS,
                    said,
                    p.key,
                    confirmed,
                    p.metric,
                    kind == latest,
                )
            )
        return result, dismissed

    def _task_links(self, promise: Finding) -> tuple[list[Evidence], list[Evidence]]:
        """The findings saying a task was done, started or delayed, and those dismissed."""
        if self._tasks is None:
            self._tasks = TaskIndex(
                f for f in self.corpus.findings if f.kind in (Kind.ACHIEVEMENT, Kind.LIMITATION)
            )
        made = self.corpus.sources[promise.source].published_date
        result: list[Evidence] = []
        dismissed: list[Evidence] = []
        for link in self._tasks.links(promise):
            source = self.corpus.sources[link.finding.source]
            if source.id not in self.visible or source.published_date < made:
                continue
            counts, confirmed = self._counts(promise, link.finding.id)
            evidence = Evidence(
                link.finding, source, link.relation, link.how, link.finding.id, confirmed
            )
            (result if counts else dismissed).append(evidence)

        def order(e: Evidence) -> tuple[date, str]:
            return e.source.published_date, e.finding.id

        return sorted(result, key=order), sorted(dismissed, key=order)

    # --- verdict -------------------------------------------------------------------

    def _track(self, promise: Finding) -> Tracking:
        target = next((m for m in promise.metrics), None)
        evidence, dismissed = self._values(promise, target) if target else self._task_links(promise)
        revisions = self._restated.of(promise)
        path = None
        due = promise.due_period
        if target is not None and due is not None:
            readings = [Reading(e.metric.value, e.metric.period) for e in evidence if e.metric]
            path = trajectory(readings, target.value, due, target.unit, self._kind(target.name))
        tracking = Tracking(
            promise, Verdict.NO_EVIDENCE, Basis.COMPUTED, "", evidence, revisions, path, dismissed
        )
        mark = self.corpus.mark_of(promise)
        if mark is not None and mark.marked <= self.as_of:
            tracking.verdict = _MARKED[mark.status]
            tracking.basis = Basis.MARKED
            tracking.note = mark.label() + (f": {mark.note}" if mark.note else "")
            return tracking
        if target is not None:
            self._judge_target(tracking, target, due)
        else:
            self._judge_task(tracking, due)
        return tracking

    def _past(self, due: Period | None) -> bool:
        return due is not None and due.end < self.as_of

    def _no_evidence(self, tracking: Tracking, due: Period | None) -> None:
        tracking.verdict, tracking.basis = Verdict.NO_EVIDENCE, Basis.COMPUTED
        since = self.latest_source or "the first source"
        if self._past(due):
            tracking.note = f"overdue, no evidence since {since}"
        else:
            tracking.note = f"nothing reported since the promise (sources up to {since})"

    def _judge_target(self, tracking: Tracking, target: Metric, due: Period | None) -> None:
        values = [e for e in tracking.evidence if e.metric is not None]
        rising = _rising(values, target)
        reached = [e for e in values if e.metric and _reaches(e.metric.value, target.value, rising)]
        if due is not None:
            reached = [e for e in reached if e.metric and e.metric.period.end <= due.end]
        if reached:
            first = min(reached, key=lambda e: e.metric.period.end if e.metric else date.max)
            tracking.verdict, tracking.basis = Verdict.KEPT, Basis.REPORTED
            tracking.note = f"{_value(first)} reported by {first.source.id}"
            return
        outcome = [
            e for e in values if due is not None and e.metric and e.metric.period.end >= due.start
        ]
        if due is not None and self._past(due) and outcome:
            last = max(outcome, key=lambda e: e.metric.period.end if e.metric else date.min)
            got = last.metric.value if last.metric else 0.0
            start = min(values, key=lambda e: e.metric.period.end if e.metric else date.max)
            base = start.metric.value if start.metric and start is not last else 0.0
            gap = target.value - base
            share = (got - base) / gap if gap else 0.0
            tracking.verdict = Verdict.PARTLY_KEPT if share >= PARTLY else Verdict.MISSED
            tracking.basis = Basis.REPORTED
            tracking.note = f"{_value(last)} against {format_value(target.value, target.unit)}"
            return
        made = self.corpus.sources[tracking.promise.source].published_date
        since = [e for e in values if e.source.published_date >= made]
        if self._past(due) and not since:
            self._no_evidence(tracking, due)
            if values:
                tracking.note += " (the values listed predate the promise)"
            return
        path = tracking.trajectory
        if path is not None:
            tracking.verdict = Verdict.ON_TRACK if path.on_track else Verdict.OFF_TRACK
            tracking.basis = Basis.COMPUTED
            tracking.note = "projected " + format_value(round(path.projected, 1), path.unit)
            if self._past(due):
                tracking.note = "overdue, no outcome reported; " + tracking.note
            return
        if values:
            last = max(values, key=_evidence_end)
            tracking.verdict, tracking.basis = Verdict.IN_PROGRESS, Basis.REPORTED
            tracking.note = f"latest {_value(last)}" + _no_pace(values, due)
            return
        self._no_evidence(tracking, due)

    def _judge_task(self, tracking: Tracking, due: Period | None) -> None:
        said = [e for e in tracking.evidence if e.relation is not Relation.REPORTS]
        if not said:
            self._no_evidence(tracking, due)
            return
        # The newest report counts; an article published after the due date that says
        # the task was done does not say it was done late, so it is still kept.
        newest = said[-1]
        after = due is not None and newest.source.published_date > due.end
        done = [e for e in said if e.relation is Relation.DONE]
        delayed = [e for e in said if e.relation is Relation.DELAYED]
        on = f"{newest.source.id} ({newest.source.published})"
        tracking.basis = Basis.REPORTED
        if done and delayed:
            first, last = done[-1].source, delayed[-1].source
            tracking.note = (
                f"sources disagree: done by {first.id} ({first.published}), "
                f"delayed by {last.id} ({last.published})"
            )
            if self._past(due):
                tracking.verdict = Verdict.PARTLY_KEPT
            else:
                tracking.verdict = _SAID[newest.relation]
                tracking.note += "; the newest counts"
            return
        tracking.verdict = _SAID[newest.relation]
        if newest.relation is Relation.DELAYED and after:
            tracking.verdict = Verdict.MISSED
        tracking.note = f"reported {newest.relation.value} by {on}"
        if tracking.verdict is not Verdict.KEPT and self._past(due) and not after:
            tracking.note = "overdue; " + tracking.note


_SAID = {
    Relation.DONE: Verdict.KEPT,
    Relation.DELAYED: Verdict.OFF_TRACK,
    Relation.STARTED: Verdict.IN_PROGRESS,
    Relation.REPORTS: Verdict.IN_PROGRESS,
}

_MARKED = {
    MarkStatus.DONE: Verdict.KEPT,
    MarkStatus.MISSED: Verdict.MISSED,
    MarkStatus.OPEN: Verdict.IN_PROGRESS,
}
_KIND_WORD = {
    "point": "level at a date",
    "day": "figure for a day",
    "month": "monthly figure",
    "quarter": "quarterly figure",
    "half": "half-year figure",
    "year": "yearly figure",
}


def _day(source: Source) -> tuple[date, date]:
    return source.published_date, source.published_period.end


def _end(point: Point) -> date:
    return point.period.end


def _evidence_end(e: Evidence) -> date:
    return e.metric.period.end if e.metric else date.min


def _no_pace(values: list[Evidence], due: Period | None) -> str:
    """Why no pace is computed when two or more values were reported before the due date:
    too few of them are of one kind of period (``; no pace: ...``), else nothing."""
    before = [e for e in values if e.metric and (due is None or e.metric.period.end <= due.end)]
    compared = {e.metric.period.end for e in before if e.compared and e.metric}
    others = sum(1 for e in before if not e.compared)
    if len(compared) >= 2 or not others:
        return ""
    shown = "value is" if others == 1 else "values are"
    return f"; no pace computed: {others} {shown} of another kind of period, not compared"


def _value(e: Evidence) -> str:
    metric = e.metric
    if metric is None:
        return e.finding.statement
    return f"{format_value(metric.value, metric.unit)} ({metric.period.label()})"


def _rising(values: list[Evidence], target: Metric) -> bool:
    """True when the target asks for more than was first reported (a rank: less)."""
    if target.unit == "rank":
        return False
    first = min(values, key=_evidence_end) if values else None
    return first is None or first.metric is None or target.value >= first.metric.value


def _reaches(value: float, target: float, rising: bool) -> bool:
    return value >= target if rising else value <= target


QUICK_VERDICTS = 2_000
"""Up to this many targets and deadlines, every verdict is worked out where it is asked
for (the bundled corpus has 17: a few milliseconds)."""

_KEPT: PerCorpus[dict[date, Promises]] = PerCorpus()


def promises_of(corpus: Corpus, as_of: date) -> Promises:
    """The promises of ``corpus`` as of ``as_of``, kept with the corpus."""
    kept = _KEPT.made(corpus, lambda _: {})
    found = kept.get(as_of)
    if found is None:
        found = kept[as_of] = Promises(corpus, as_of)
    return found


def carry_promises(before: Corpus, after: Corpus) -> None:
    """Show ``before``'s promises for ``after`` (an edit of it) until ``refresh_promises``."""
    kept = _KEPT.get(before)
    if kept is not None:
        _KEPT.put(after, dict(kept))


def refresh_promises(corpus: Corpus, as_of: date) -> None:
    """Work out ``corpus``'s promises as of ``as_of`` again (a worker calls it)."""
    fresh = Promises(corpus, as_of)
    _KEPT.made(corpus, lambda _: {})[as_of] = fresh


def forget_links(corpus: Corpus) -> None:
    """Drop what was worked out for ``corpus`` (after a link was confirmed or dismissed)."""
    kept = _KEPT.get(corpus)
    if kept is not None:
        kept.clear()


WATCHED = 1000
"""Deadlines to watch whose verdict is worked out to put the worrying ones first (a large
corpus has thousands overdue; past this many they keep their calendar order)."""


def watch_order(promises: Promises, deadlines: list[Finding]) -> list[Finding]:
    """``deadlines`` with the off-track ones first, then those overdue with no evidence,
    then the rest, each in its order."""
    head, tail = deadlines[:WATCHED], deadlines[WATCHED:]

    def rank(finding: Finding) -> int:
        tracking = promises.of(finding)
        if tracking.verdict is Verdict.OFF_TRACK:
            return 0
        if tracking.verdict is Verdict.NO_EVIDENCE and tracking.note.startswith("overdue"):
            return 1
        return 2

    return sorted(head, key=rank) + tail


def verdict_counts(promises: Promises, findings: list[Finding] | None = None) -> dict[Verdict, int]:
    """How many targets and deadlines (of ``findings``, or all) have each verdict."""
    chosen = (
        promises.all()
        if findings is None
        else [promises.of(f) for f in findings if f.kind in PROMISE_KINDS]
    )
    counts = dict.fromkeys(Verdict, 0)
    for tracking in chosen:
        counts[tracking.verdict] += 1
    return counts
