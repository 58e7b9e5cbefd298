"""The words of each line of a terminal briefing, as (text, role) parts.

One place says what a line reads; the Rich view maps each role to a style, the plain
text view joins the texts. Every part's text has been through ``printable()``: article
text is untrusted, and neither view may print an escape sequence from it.

Roles: ``""`` (plain), ``"dim"``, ``"bold"``, ``"italic"``, ``"warn"`` (a figure the
sources disagree on), ``"kind-<kind>"`` and ``"status-<status>"`` (bold, in that colour).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from briefing.analysis.timeline import (
    MISDATING,
    MISDATING_WHY,
    Report,
    Series,
    corroboration_label,
)
from briefing.core.dates import Period, Status, days_left, describe_days
from briefing.core.model import Finding, Source
from briefing.core.numbers import format_metric
from briefing.core.text import plural, printable
from briefing.storage.marks import Mark
from briefing.summary.document import Briefing, Section, statement
from briefing.summary.title import Title

Part = tuple[str, str]
"""(text, role)."""

TABLE_MIN_WIDTH = 80
"""Below this width the deadlines print as lines, not a table that would cut words."""


def _p(text: str, role: str = "") -> Part:
    return (printable(text), role)


def info_text(title: Title) -> str:
    """``As of 2025-03-15 · sources 2024-07-15 to 2025-01 · 2 of 2 sources · 11 findings``."""
    text = f"As of {title.as_of.isoformat()}"
    if title.cited:
        text += f" · sources {title.span}"
    text += f" · {title.cited} of {title.of} sources · "
    return printable(text + plural(title.findings, "finding"))


def counts_parts(title: Title) -> list[Part]:
    """``3 achievements  4 limitations (3 distinct claims)  1 target``."""
    parts: list[Part] = []
    for kind, findings, total in title.counts:
        if parts:
            parts.append(("  ", ""))
        number, _, noun = kind.counted(findings).partition(" ")
        parts += [(f"{number} ", f"kind-{kind.value}"), (noun, "")]
        if total < findings:
            parts.append((f" ({total} distinct claims)", "dim"))
    return parts


def section_heading(section: Section) -> str:
    """``Achievements (95)``, or ``Achievements (10 of 95)`` when ``--limit`` cut it."""
    heading = f"{section.kind.plural} ({section.shown}"
    return heading + (f" of {section.total})" if section.shown < section.total else ")")


def figures_heading(briefing: Briefing) -> str:
    """``Figures over time``; a brief's says how many it picked of how many."""
    if not briefing.brief:
        return "Figures over time"
    of = sum(1 for s in briefing.series if s.latest is not None)
    shown = len(briefing.timelines)
    return f"Headline figures ({shown} of {of})" if shown < of else f"Headline figures ({shown})"


def status_prefix(briefing: Briefing, finding: Finding) -> Part | None:
    """``31 Mar 2025, due-soon · marked done, 16 days left: `` for a dated finding."""
    status = briefing.corpus.status_of(finding, briefing.as_of)
    if not finding.due_period or not status:
        return None
    days = describe_days(days_left(finding.due_period, briefing.as_of))
    mark = briefing.corpus.mark_of(finding)
    text = f"{finding.due_period.label()}, {status.value}"
    text += (f" · {mark.label()}" if mark else "") + f", {days}: "
    return _p(text, f"status-{status.value}")


def finding_parts(briefing: Briefing, finding: Finding, *, with_status: bool = False) -> list[Part]:
    """A finding's line: [status,] statement, ``— details`` and its citations."""
    parts: list[Part] = []
    prefix = status_prefix(briefing, finding) if with_status else None
    if prefix is not None:
        parts.append(prefix)
    parts.append(_p(statement(finding)))
    details = [format_metric(m) + f" ({m.period.label()})" for m in finding.metrics]
    mark = briefing.corpus.mark_of(finding)
    if finding.due_period and not with_status:
        details.append(f"due {finding.due_period.label()}")
        if mark:
            details.append(mark.label())
    if mark and mark.note:
        details.append(f"note: {mark.note}")
    if finding.owner:
        details.append(finding.owner)
    if details:
        parts.append(_p(" — " + "; ".join(details), "dim"))
    parts.append((f" {briefing.cites(finding)}", "bold"))
    return parts


@dataclass(frozen=True)
class DeadlineRow:
    """One row of the deadlines table; ``task`` may hold a second line (the mark's note)."""

    due: str
    status: str
    mark: str
    days: str
    task: str
    owner: str
    cites: str


@dataclass(frozen=True)
class Dated:
    """A dated finding of a deadlines section, with what its row says of its schedule."""

    finding: Finding
    period: Period
    status: Status
    mark: Mark | None
    days: str
    """``16 days left``, ``258 days late``."""


def dated_in(briefing: Briefing, section: Section) -> Iterator[Dated]:
    """The section's dated findings, in order, each with its status as of the briefing's day."""
    corpus, as_of = briefing.corpus, briefing.as_of
    for _, group in section.groups:
        for finding in group:
            period, status = finding.due_period, corpus.status_of(finding, as_of)
            if period is None or status is None:
                continue
            days = describe_days(days_left(period, as_of))
            yield Dated(finding, period, status, corpus.mark_of(finding), days)


def deadline_rows(briefing: Briefing, findings: list[Finding]) -> list[DeadlineRow]:
    """The rows of the deadlines table: the dated ones of ``findings``, in order."""
    corpus, as_of = briefing.corpus, briefing.as_of
    rows = []
    for finding in findings:
        period = finding.due_period
        status = corpus.status_of(finding, as_of)
        if period is None or status is None:
            continue
        mark = corpus.mark_of(finding)
        note = f"\nnote: {mark.note}" if mark and mark.note else ""
        rows.append(
            DeadlineRow(
                due=period.label(),
                status=status.value,
                mark=printable(f" · {mark.label()}") if mark else "",
                days=describe_days(days_left(period, as_of)),
                task=printable(statement(finding) + note),
                owner=printable(finding.owner or "—"),
                cites=briefing.cites(finding),
            )
        )
    return rows


def source_parts(number: int, source: Source, *, titled: bool = True) -> list[Part]:
    """``[1] Outlet, 2024-07-15. Title`` (a brief leaves the title out: the URL follows)."""
    if not titled:
        return [(f"[{number}] ", "bold"), _p(f"{source.outlet}, {source.published_label}")]
    return [
        (f"[{number}] ", "bold"),
        _p(f"{source.outlet}, {source.published_label}. "),
        _p(source.title, "italic"),
    ]


def report_text(briefing: Briefing, report: Report) -> str:
    """``18.3% (H1 2024, reported by 2 sources) [1] [2]``."""
    first = report.first
    cites = " ".join(f"[{n}]" for n in sorted({briefing.numbers[s] for s in report.sources}))
    when = ", ".join(filter(None, (first.period.label(), corroboration_label(report))))
    return f"{format_metric(first.metric)} ({when}) {cites}"


def figure_lines(briefing: Briefing, series: Series) -> list[tuple[str, str]]:
    """The lines of one metric in "Figures over time": (kind, text), kind being
    ``latest``, ``trend`` or ``conflict``."""
    latest, previous = series.latest, series.previous
    if latest is None:
        return []
    # A brief gives each indicator one line, named, and no trend.
    line = f"{series.label}: " if briefing.brief else "Latest: "
    line += report_text(briefing, latest)
    if previous is not None and series.change is not None:
        line += f"; {series.change_words} since {report_text(briefing, previous)}"
    elif series.earlier is not None:
        line += f"; {series.not_compared}: {report_text(briefing, series.earlier)}"
    lines = [("latest", line)]
    if len(series.reports) > 2 and not briefing.brief:
        steps = " → ".join(report_text(briefing, r) for r in series.reports)
        lines.append(("trend", f"Trend {series.spark()}: {steps}"))
    for conflict in series.conflicts:
        sides = " vs ".join(report_text(briefing, r) for r in conflict.reports)
        lines.append(("conflict", f"{conflict.heading} for {conflict.period_label()}: {sides}"))
    for a, b in series.misdated_apart:
        pair = f"{report_text(briefing, a)} and {report_text(briefing, b)}"
        lines.append(("conflict", f"{MISDATING} ({MISDATING_WHY}): {pair}"))
    return lines


def figure_parts(briefing: Briefing, series: Series) -> list[Part]:
    """``figure_lines`` as parts: a conflict is a warning."""
    return [
        _p(text, "warn" if kind == "conflict" else "")
        for kind, text in figure_lines(briefing, series)
    ]
