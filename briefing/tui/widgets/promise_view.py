"""A promise's verdict and its chain as Rich text, for the lists, the detail pane and the
promise screen: promise quote → evidence (quote, source, date) → verdict and basis, with
the trajectory in words and figures. Corpus text is shown literally (``Text``, never markup).
"""

from __future__ import annotations

from rich.text import Text

from briefing.analysis.promises import Evidence, Tracking, Verdict
from briefing.core.numbers import format_metric, format_value
from briefing.core.text import one_paragraph, printable
from briefing.tui.widgets.finding_table import cell

VERDICT_COLUMN: tuple[str, int | None] = ("Verdict", 11)

VERDICT_COLOURS = {
    Verdict.KEPT: "status-upcoming",
    Verdict.ON_TRACK: "status-upcoming",
    Verdict.PARTLY_KEPT: "status-due-soon",
    Verdict.IN_PROGRESS: "",
    Verdict.OFF_TRACK: "status-overdue",
    Verdict.MISSED: "status-overdue",
    Verdict.NO_EVIDENCE: "",
}
"""Each verdict in the colour of the schedule status it is nearest to."""


def verdict_style(verdict: Verdict, colours: dict[str, str]) -> str:
    """The Rich style of a verdict."""
    if verdict is Verdict.NO_EVIDENCE:
        return "dim"
    return f"bold {colours.get(VERDICT_COLOURS[verdict], '')}".strip()


def verdict_cell(tracking: Tracking, colours: dict[str, str]) -> Text:
    """The verdict for the Verdict column, ``*`` after it when the person's mark set it."""
    mark = "*" if tracking.basis.value == "marked" else ""
    return cell(tracking.verdict.value + mark, verdict_style(tracking.verdict, colours))


def _t(text: str, style: str = "") -> Text:
    return Text(printable(text), style=style)


def evidence_line(evidence: Evidence) -> Text:
    """``17% (Dec 2023) · Outlet, 2024-07-10 · “quote”``, saying how it was linked."""
    source = evidence.source
    if evidence.metric is not None:
        what = f"{format_metric(evidence.metric)} ({evidence.metric.period.label()})"
        if not evidence.compared:
            what += ", not compared"
    else:
        what = evidence.relation.value
    line = Text()
    line.append_text(_t(what, "bold"))
    if evidence.confirmed:
        line.append(" ✓ confirmed", style="bold")
    line.append_text(_t(f" · {source.outlet}, {source.published_label}\n", "dim"))
    line.append_text(_t(f"“{one_paragraph(evidence.finding.quote)}”", "italic"))
    line.append_text(_t(f"\nfound by {evidence.how}", "dim"))
    return line


def verdict_line(tracking: Tracking, colours: dict[str, str]) -> Text:
    """``Verdict: on-track (computed): projected 100%``."""
    line = Text("Verdict: ", style="bold")
    line.append(tracking.verdict.value, style=verdict_style(tracking.verdict, colours))
    line.append(f" ({tracking.basis.value})", style="bold")
    if tracking.note:
        line.append_text(_t(f": {tracking.note}"))
    return line


def trajectory_lines(tracking: Tracking) -> list[Text]:
    """The trajectory in words, then its figures, labelled computed; none without one."""
    path = tracking.trajectory
    if path is None:
        return []
    figures = f"latest {format_metric_value(path.latest.value, path.unit)}"
    figures += f" · target {format_metric_value(path.target, path.unit)} by {path.due.label()}"
    return [
        Text("Trajectory (computed, not reported)", style="bold"),
        _t(path.words()),
        _t(figures, "dim"),
    ]


def format_metric_value(value: float, unit: str) -> str:
    """A value in its unit, rounded to a tenth: a computed figure claims no more."""
    return format_value(round(value, 1), unit)


def chain(tracking: Tracking, colours: dict[str, str]) -> list[Text]:
    """The whole chain for the detail pane, from the promise to its verdict."""
    parts: list[Text] = [Text(), Text("Promise tracking", style="bold underline")]
    parts.append(verdict_line(tracking, colours))
    parts += trajectory_lines(tracking)
    if tracking.evidence:
        parts.append(Text(f"Evidence ({len(tracking.evidence)})", style="bold"))
        for evidence in tracking.evidence:
            parts.append(Text.assemble("• ", evidence_line(evidence)))
        parts.append(Text("v lists them: enter opens one, c confirms, x dismisses", style="dim"))
    else:
        parts.append(Text("No evidence linked.", style="dim"))
    for revision in tracking.revisions:
        source = revision.source
        parts.append(
            _t(f"Revised {source.published_label} ({source.outlet}): {revision.change}", "bold")
        )
        parts.append(_t(f"“{one_paragraph(revision.finding.quote)}”", "italic"))
    return parts
