"""``FindingDetail``: everything about one finding, and where it comes from."""

from __future__ import annotations

import heapq
from datetime import date
from itertools import islice

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from briefing.analysis.citation import source_line
from briefing.analysis.promises import PROMISE_KINDS, promises_of
from briefing.analysis.repeats import repeats_of
from briefing.core.dates import days_left, describe_days
from briefing.core.model import Finding, Metric
from briefing.core.numbers import format_metric
from briefing.core.text import one_paragraph, printable
from briefing.corpus.indexed import Corpus
from briefing.tui.widgets.promise_view import chain

ALSO_SHOWN = 10
"""Other reports of the same metric (or sources of the same claim) listed in the detail;
the Figures panel has them all."""


def _t(text: str, style: str = "") -> Text:
    """Untrusted text, shown literally."""
    return Text(printable(text), style=style)


def _field(label: str, value: str, style: str = "") -> Text:
    line = Text(f"{label}: ", style="bold")
    line.append_text(_t(value, style))
    return line


def render_finding(
    corpus: Corpus,
    finding: Finding,
    as_of: date,
    colours: dict[str, str],
    reports: NewestReports | None = None,
) -> RenderableType:
    """The detail of a finding as a Rich renderable (no markup is ever parsed)."""
    source = corpus.source_of(finding)
    kind_colour = colours.get(f"kind-{finding.kind.value}", "")
    parts: list[RenderableType] = [
        Text(finding.kind.value.upper(), style=f"bold {kind_colour}"),
        _t(finding.statement, "bold"),
        Text(),
        _t(f"“{one_paragraph(finding.quote)}”", "italic"),
        Text(),
    ]
    # The claim's other sources come early: on a small terminal they would scroll away.
    group = repeats_of(corpus).group_of(finding)
    if group is not None:
        parts.append(Text(f"Reported by {len(group)} sources", style="bold"))
        # A claim copied by thousands of articles lists the first few; ] and [ reach all.
        listed = list(group.members[:ALSO_SHOWN])
        if finding not in listed:
            listed[-1] = finding
        for member in listed:
            member_source = corpus.source_of(member)
            this = " (this one)" if member.id == finding.id else ""
            parts.append(_t(f"• {member_source.outlet}, {member_source.published_label}{this}"))
            parts.append(Padding(_t(f"“{one_paragraph(member.quote)}”", "italic"), (0, 0, 0, 2)))
        if len(group) > len(listed):
            parts.append(Text(f"• and {len(group) - len(listed)} more", style="dim"))
        parts += [Text("enter opens this source; there ] and [ step to the others", "dim"), Text()]
    for metric in finding.metrics:
        parts.append(
            _field(
                corpus.metric_label(metric.name),
                f"{format_metric(metric)} (as of {metric.period.label()})",
            )
        )
        if metric.note:  # outside knowledge, marked as such (as in the Figures detail)
            parts.append(Padding(_t(f"Note: {metric.note}", "dim"), (0, 0, 0, 2)))
    if finding.due_period:
        status = corpus.status_of(finding, as_of)
        state = (
            f"{status.value}, {describe_days(days_left(finding.due_period, as_of))}"
            if status
            else ""
        )
        done = corpus.mark_of(finding)
        if done is not None and done.status.value == "done":
            state, status = "done, marked", None
        parts.append(
            _field(
                "Due",
                f"{finding.due_period.label()} ({state})",
                colours.get(f"status-{status.value}", "") if status else "",
            )
        )
    mark = corpus.mark_of(finding)
    if mark:
        note = f": {mark.note}" if mark.note else ""
        parts.append(_field("Mark", f"{mark.status.value} (on {mark.marked.isoformat()}){note}"))
    if finding.owner:
        parts.append(_field("Owner", finding.owner))
    parts.append(_field("Topics", ", ".join(corpus.topic_label(t) for t in finding.topics)))
    parts.append(_field("Source", source_line(source)))
    parts.append(_field("Article", source.title))
    # The ids that `briefing mark`, `review`, `--topic` and `--source` take.
    parts.append(
        _field(
            "Ids",
            f"finding {finding.id} · source {source.id} · topics {', '.join(finding.topics)}",
            "dim",
        )
    )
    if finding.origin.value != "curated":
        parts.append(
            _field(
                "Origin", f"{finding.origin.value}{'' if finding.reviewed else ', not reviewed'}"
            )
        )
    # The sources of the same claim are listed above; these are the metric's other reports.
    same = {m.id for m in group.members} if group else {finding.id}
    others, more = (reports or NewestReports(corpus)).others(finding, same)
    if others:
        parts += [Text(), Text("Also reported in", style="bold")]
        for other, metric in others:
            other_source = corpus.source_of(other)
            target = "target " if other.kind.value == "target" else ""
            parts.append(
                _t(
                    f"• {target}{format_metric(metric)} ({metric.period.label()}) — "
                    f"{other_source.outlet}, {other_source.published_label}"
                )
            )
    if more:
        parts.append(Text(f"• and {more} more (the Figures panel lists them all)", style="dim"))
    return Group(*parts)


class NewestReports:
    """Each metric's reports, newest period first, sorted once per corpus."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._sorted: dict[str, list[tuple[Finding, Metric]]] = {}

    def of(self, name: str) -> list[tuple[Finding, Metric]]:
        """The reports of ``name``, newest period first (ties in corpus order)."""
        pairs = self._sorted.get(name)
        if pairs is None:
            pairs = self._sorted[name] = sorted(
                self.corpus.by_metric.get(name, []),
                key=lambda pair: pair[1].period.end,
                reverse=True,
            )
        return pairs

    def others(
        self, finding: Finding, leave_out: set[str]
    ) -> tuple[list[tuple[Finding, Metric]], int]:
        """The newest ``ALSO_SHOWN`` reports of the finding's metrics by findings not in
        ``leave_out`` (the finding and its group), and how many more there are.

        Newest period first, merged from the per-metric lists without sorting thousands.
        """
        names = sorted({m.name for m in finding.metrics})
        merged = heapq.merge(
            *(self.of(name) for name in names), key=lambda pair: pair[1].period.end, reverse=True
        )
        newest = list(islice((pair for pair in merged if pair[0].id not in leave_out), ALSO_SHOWN))
        by_metric, by_id = self.corpus.by_metric, self.corpus.by_id
        total = sum(len(by_metric.get(name, [])) for name in names)
        left_out = sum(
            1
            for fid in leave_out
            if fid in by_id
            for metric in by_id[fid].metrics
            if metric.name in names
        )
        return newest, total - left_out - len(newest)


class FindingDetail(VerticalScroll):
    """A scrollable pane showing one finding."""

    DEFAULT_CSS = """
    FindingDetail { padding: 0 1; }
    FindingDetail > Static { width: 1fr; }
    """

    _reports: NewestReports | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="detail-body")

    def show(
        self,
        corpus: Corpus,
        finding: Finding | None,
        as_of: date,
        colours: dict[str, str],
        empty: str = "Nothing selected.",
    ) -> None:
        """Show ``finding`` (or ``empty``, saying why, when there is none)."""
        body = self.query_one("#detail-body", Static)
        if finding is None:
            body.update(_t(empty, "dim"))
        else:
            if self._reports is None or self._reports.corpus is not corpus:
                self._reports = NewestReports(corpus)
            shown = render_finding(corpus, finding, as_of, colours, self._reports)
            if finding.kind in PROMISE_KINDS:  # a target or deadline: where it stands
                tracking = promises_of(corpus, as_of).of(finding)
                shown = Group(shown, *chain(tracking, colours))
            body.update(shown)
        self.scroll_home(animate=False)
