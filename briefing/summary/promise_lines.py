"""The words of the "Promises" section, whatever the format: each target and deadline of the
briefing with its verdict, then its chain (evidence, trajectory, revisions).

Promises with no evidence and no revision are counted on one line rather than listed:
the Targets and Deadlines sections above list them already. Every text has been through
``printable()`` (article text is untrusted).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from briefing.analysis.promises import Evidence, Tracking, Verdict, promises_of
from briefing.analysis.task_evidence import Relation
from briefing.core.model import Kind
from briefing.core.numbers import format_metric
from briefing.core.text import ellipsize, printable
from briefing.summary.document import Briefing, statement
from briefing.summary.lines import Part

STATEMENT_WIDTH = 90
"""Cells of an evidence's statement in the summary (the app shows its quote whole)."""

VERDICT_ROLES = {
    Verdict.KEPT: "status-upcoming",
    Verdict.ON_TRACK: "status-upcoming",
    Verdict.PARTLY_KEPT: "status-due-soon",
    Verdict.IN_PROGRESS: "bold",
    Verdict.OFF_TRACK: "status-overdue",
    Verdict.MISSED: "status-overdue",
    Verdict.NO_EVIDENCE: "dim",
}
"""The role (colour) of each verdict: the schedule statuses' colours, good to bad."""


@dataclass
class PromiseItem:
    """One promise: its line (statement, verdict) and the lines of its chain."""

    tracking: Tracking
    head: list[Part]
    details: list[str] = field(default_factory=list)


@dataclass
class PromiseBlock:
    """The section: verdict counts, the promises with something to show, the rest counted."""

    counts: str
    items: list[PromiseItem]
    quiet: str | None


def promise_trackings(briefing: Briefing) -> list[Tracking]:
    """The tracking of every target and deadline the briefing shows, in its order."""
    promises = promises_of(briefing.corpus, briefing.as_of)
    return [
        promises.of(finding)
        for section in briefing.sections
        if section.kind in (Kind.TARGET, Kind.DEADLINE)
        for _, group in section.groups
        for finding in group
    ]


def verdict_counts(trackings: list[Tracking]) -> str:
    """``1 on-track · 11 no-evidence``, in the order of the verdicts."""
    counted = Counter(t.verdict for t in trackings)
    return " · ".join(f"{counted[v]} {v.value}" for v in Verdict if counted[v])


def evidence_text(briefing: Briefing, evidence: Evidence) -> str:
    """``17% (Dec 2023) — Outlet, 2024-07-10 [2]: statement``."""
    source = evidence.source
    number = briefing.numbers.get(source.id)
    cite = f" [{number}]" if number else ""
    what = (
        format_metric(evidence.metric) + f" ({evidence.metric.period.label()})"
        if evidence.metric is not None
        else evidence.relation.value
    )
    if evidence.metric is not None and not evidence.compared:
        what += ", not compared"
    if evidence.confirmed:
        what += ", confirmed"
    said = ellipsize(evidence.finding.statement, STATEMENT_WIDTH)
    return printable(f"{what} — {source.outlet}, {source.published_label}{cite}: {said}")


def promise_block(briefing: Briefing) -> PromiseBlock | None:
    """The "Promises" section of ``briefing``, or None when it shows no target or deadline."""
    trackings = promise_trackings(briefing)
    if not trackings:
        return None
    items, quiet = [], []
    for tracking in trackings:
        if tracking.verdict is Verdict.NO_EVIDENCE and not tracking.evidence:
            quiet.append(tracking)
            continue
        finding = tracking.promise
        head: list[Part] = [
            (printable(statement(finding)), ""),
            (f" — {tracking.label()}", VERDICT_ROLES[tracking.verdict]),
            (printable(f": {tracking.note}") if tracking.note else "", "dim"),
            (f" {briefing.cites(finding)}", "bold"),
        ]
        item = PromiseItem(tracking, head)
        reported = [e for e in tracking.evidence if e.relation is Relation.REPORTS]
        said = [e for e in tracking.evidence if e.relation is not Relation.REPORTS]
        item.details += [evidence_text(briefing, e) for e in reported + said]
        if tracking.trajectory is not None:
            item.details.append(printable("Trajectory " + tracking.trajectory.words()))
        for revision in tracking.revisions:
            source = revision.source
            item.details.append(
                printable(f"Revised {source.published_label} ({source.outlet}): {revision.change}")
            )
        items.append(item)
    line = None
    if quiet:
        overdue = [t for t in quiet if t.note.startswith("overdue")]
        line = f"No evidence yet for {len(quiet)}"
        if overdue:
            since = overdue[0].note.removeprefix("overdue, ")
            line += f"; {len(overdue)} of them overdue, {since}"
    return PromiseBlock(verdict_counts(trackings), items, line)
