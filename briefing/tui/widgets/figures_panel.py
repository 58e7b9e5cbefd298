"""``FiguresPanel``: each indicator across sources, its trend, and the citations behind it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from briefing.analysis.narrowing import Narrowing, kept_fresh
from briefing.analysis.overview import at_hand, whole_glance
from briefing.analysis.query import Query
from briefing.analysis.series_build import build_series
from briefing.analysis.timeline import MISDATING, MISDATING_WHY, Point, Series, corroboration_label
from briefing.core.model import Finding
from briefing.core.numbers import format_metric
from briefing.core.text import printable
from briefing.tui.context import ViewContext
from briefing.tui.widgets.background import Latest
from briefing.tui.widgets.composed_on_show import ComposedOnShow
from briefing.tui.widgets.finding_table import FindingTable, cell
from briefing.tui.widgets.indicator_names import indicator_cutter
from briefing.tui.widgets.panel import Panel

if TYPE_CHECKING:
    from briefing.tui.widgets.indicator_chart import IndicatorChart

CONFLICT = "conflict"
MISDATED_NOTE = "misdated?"
"""The note of a value another source gives for another period (``Series.misdated``)."""
WARNINGS = (CONFLICT, MISDATED_NOTE)
SHOWN_CONFLICTS = 3
"""Disputed periods spelt out in the detail (the citations list every one)."""
SHOWN_SIDES = 4
"""Values spelt out for one disputed period, and outlets named for each (the citations
list every one). At 10,000 articles a period can have 700 values from thousands of
outlets: joined whole, the detail was a few lines of 100,000 characters each, and
wrapping them cost a second on the Figures panel's first show and at each move."""
SHOWN_OUTLETS = 3


def outlets_of(points: Sequence[Point]) -> str:
    """``A; B; C and 1,204 more``: the first ``SHOWN_OUTLETS`` outlets of the points."""
    shown = "; ".join(printable(p.source.outlet) for p in points[:SHOWN_OUTLETS])
    more = len(points) - SHOWN_OUTLETS
    return f"{shown} and {more:,} more" if more > 0 else shown


def _point_key(point: Point) -> str:
    return point.key


def _latest_key(series: Series) -> str:
    return series.latest.first.key if series.latest else series.metric


def series_note(series: Series) -> str:
    """``conflict``, ``misdated?``, ``3 sources`` or empty: what a reader should know
    at a glance."""
    if series.conflicts:
        return CONFLICT
    if series.misdated:
        return MISDATED_NOTE
    latest = series.latest
    return f"{latest.corroboration} sources" if latest and latest.corroboration > 1 else ""


class FiguresPanel(ComposedOnShow, Panel):
    """The metrics (latest value, change, trend) above the citations of the selected one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l,right", "focus_citations", "Citations", priority=True, id="figures.citations"),
        Binding(
            "h,left", "focus_metrics", "Figures", show=False, priority=True, id="figures.indicators"
        ),
        Binding("c", "toggle_chart", "Chart", id="figures.chart"),
    ]

    def __init__(self, context: ViewContext) -> None:
        super().__init__(id="panel-figures")
        self.context = context
        self.series: dict[str, Series] = {}
        self.colours: dict[str, str] = {}
        self.current_query = Query()
        self._metric_of_key: dict[str, str] = {}
        self._narrowing: Narrowing | None = None
        self._job = Latest("figures")

    def parts(self) -> ComposeResult:
        yield FindingTable(id="figures-table")
        yield Static(id="figures-detail")
        yield FindingTable(id="figures-citations")
        # Plotext takes 30 ms or so to import: paid when Figures is first shown, never
        # before the first frame.
        from briefing.tui.widgets.indicator_chart import IndicatorChart

        yield IndicatorChart(id="figures-chart")

    @property
    def metrics_table(self) -> FindingTable:
        """The table of metrics."""
        return self.query_one("#figures-table", FindingTable)

    @property
    def citations_table(self) -> FindingTable:
        """The citations of the selected metric."""
        return self.query_one("#figures-citations", FindingTable)

    @property
    def chart(self) -> IndicatorChart:
        """The chart of the selected metric (shown in place of its citations with ``c``)."""
        from briefing.tui.widgets.indicator_chart import IndicatorChart

        return self.query_one("#figures-chart", IndicatorChart)

    @property
    def charted(self) -> bool:
        """True while the chart is shown in place of the citations."""
        return self.has_class("-charted")

    def on_built(self) -> None:
        self.set_columns()

    @property
    def narrowing(self) -> Narrowing:
        """Every finding, ready to be narrowed at every keystroke."""
        ctx = self.context
        self._narrowing = kept_fresh(
            self._narrowing, ctx.corpus, ctx.index, lambda: ctx.corpus.findings
        )
        return self._narrowing

    def set_columns(self) -> None:
        metrics, citations = self.metrics_table, self.citations_table
        if self.compact:
            metrics.set_columns(
                [("Indicator", None), ("Latest", 18), ("Trend", 6), ("Note", 9)],
                cutters={"Indicator": indicator_cutter(self.context.corpus)},
            )
            citations.set_columns([("As of", 11), ("Value", 18), ("Source", None)])
        else:
            metrics.set_columns(
                [
                    ("Indicator", None),
                    ("Latest", 22),
                    ("Change (computed)", 20),
                    ("Trend", 8),
                    ("Note", 10),
                ],
                cutters={"Indicator": indicator_cutter(self.context.corpus)},
            )
            citations.set_columns(
                [("As of", 11), ("Value", 22), ("Source", None), ("Published", 10), ("Note", 10)]
            )

    def apply(self, query: Query, colours: dict[str, str]) -> None:
        """List the metrics that the findings ``query`` selects report."""
        self.colours, self.current_query = colours, query
        narrowing, corpus = self.narrowing, self.context.corpus

        def compute() -> list[Series]:
            if not query.narrows:  # the whole corpus's, made while it loaded
                return list(whole_glance(corpus).series.values())
            return build_series(corpus, narrowing.apply(query))

        size = 0 if at_hand(corpus, query) else len(narrowing.findings)
        self._job.run(self, size, compute, partial(self._fill, colours))

    def _fill(self, colours: dict[str, str], series_list: list[Series]) -> None:
        self.series = {s.metric: s for s in series_list}
        table = self.metrics_table
        # By key: after a column rebuild the cursor's row is gone but its key is kept.
        keep = self._metric_of_key.get(table.current_key or "")
        warn = f"bold {colours.get('status-due-soon', '')}"
        compact = self.compact

        def cells(series: Series) -> list[Text]:
            shown, note = series.latest_point, series_note(series)
            row = [
                cell(series.label),
                cell(format_metric(shown.metric) if shown else "—", "bold"),
            ]
            if not compact:
                row.append(cell(series.change_short or "—"))
            return [
                *row,
                cell(series.spark(8)),
                cell(note, warn if note in WARNINGS else "dim"),
            ]

        listed = [series for series in series_list if series.latest is not None]
        table.set_rows(listed, key=_latest_key, cells=cells)
        self._metric_of_key = {_latest_key(series): series.metric for series in listed}
        kept = self.series.get(keep) if keep else None
        table.select_key(_latest_key(kept) if kept else None)
        self.border_title = f"{len(listed)} indicators"
        self._show(self._metric_under_cursor())

    def _metric_under_cursor(self) -> str | None:
        series: Series | None = self.metrics_table.current_row
        return series.metric if series is not None else None

    def finding_in(self, table: FindingTable) -> Finding | None:
        if table is self.metrics_table:
            series: Series | None = table.current_row
            shown = series.latest_point if series is not None else None
            return shown.finding if shown is not None else None
        point: Point | None = table.current_row
        return point.finding if point is not None else None

    def on_finding_table_row_highlighted(self, event: FindingTable.RowHighlighted) -> None:
        event.stop()
        if event.table is self.metrics_table and self.metrics_table.row_count:
            self._show(self._metric_under_cursor())

    def action_toggle_chart(self) -> None:
        """Show the selected metric's chart in place of its citations, or back."""
        self.toggle_class("-charted")
        self._show(self._metric_under_cursor())
        if not self.charted and self.app.focused is None:
            self.metrics_table.focus()

    def action_focus_citations(self) -> None:
        """Move into the citation list of the selected metric."""
        if self.charted:  # the citations are where the chart was
            self.action_toggle_chart()
        if self.citations_table.row_count:
            self.citations_table.focus()

    def action_focus_metrics(self) -> None:
        """Back to the list of metrics."""
        self.metrics_table.focus()

    def _show(self, name: str | None) -> None:
        series = self.series.get(name) if name else None
        detail = self.query_one("#figures-detail", Static)
        citations = self.citations_table
        citations.clear()
        if self.charted:  # drawn only while shown: a redraw costs more than a table fill
            from briefing.analysis.chart import chart_of  # 10 ms or so: when first drawn

            self.chart.show(chart_of(self.context.corpus, series) if series else None)
        if series is None:
            detail.update("")
            return
        detail.update(self._describe(series))
        corpus = self.context.corpus
        warn = f"bold {self.colours.get('status-due-soon', '')}"
        compact = self.compact
        notes = self._notes(series)

        def cells(point: Point) -> list[Text]:
            row = [
                cell(point.period.label()),
                cell(format_metric(point.metric), "bold"),
                cell(corpus.sources[point.finding.source].outlet),
            ]
            if not compact:
                note = notes.get(id(point), "")
                row += [
                    cell(point.source.published, "dim"),
                    cell(note, warn if note in WARNINGS else "dim"),
                ]
            return row

        # Newest period first; an indicator can have thousands of citations.
        citations.set_rows(series.points[::-1], key=_point_key, cells=cells)

    @staticmethod
    def _notes(series: Series) -> dict[int, str]:
        """``conflict``, ``misdated?`` or ``agrees`` for each point (by identity) that
        has a note."""
        notes: dict[int, str] = {}
        for report in series.reports:
            if report.corroboration > 1:
                notes.update(dict.fromkeys(map(id, report.points), "agrees"))
        for pair in series.misdated:
            for report in pair:
                notes.update(dict.fromkeys(map(id, report.points), MISDATED_NOTE))
        for conflict in series.conflicts:
            notes.update(dict.fromkeys(map(id, conflict.points), CONFLICT))
        return notes

    def _describe(self, series: Series) -> Text:
        text = Text()
        text.append(printable(series.label), style="bold")
        latest, previous, shown = series.latest, series.previous, series.latest_point
        if latest is not None and shown is not None:
            text.append("  latest ", style="dim")
            text.append(format_metric(shown.metric), style="bold")
            text.append(f" ({shown.period.label()})")
            also = corroboration_label(latest)
            if also:
                text.append(f", {also}", style="dim")
            if previous is not None and series.change is not None:
                text.append(f"; {series.change_words} since ")
                text.append(f"{format_metric(previous.first.metric)} ")
                text.append(f"({previous.first.period.label()})")
            elif series.earlier is not None:
                earlier = series.earlier.first
                text.append(f"; {series.not_compared}: {format_metric(earlier.metric)} ")
                text.append(f"({earlier.period.label()})")
            note = shown.metric.note
            if note:
                text.append(f"\nNote: {printable(note)}", style="dim")
        warn = f"bold {self.colours.get('status-due-soon', '')}"
        for conflict in series.conflicts[:SHOWN_CONFLICTS]:
            text.append(f"\n! {conflict.heading} for {conflict.period_label()}: ", style=warn)
            sides = [
                f"{format_metric(report.first.metric)} ({outlets_of(report.points)})"
                for report in conflict.reports[:SHOWN_SIDES]
            ]
            text.append(" vs ".join(sides))
            others = len(conflict.reports) - SHOWN_SIDES
            if others > 0:
                text.append(f" and {others:,} other values")
        more = len(series.conflicts) - SHOWN_CONFLICTS
        if more > 0:
            text.append(f"\n! and {more} more periods in dispute", style=warn)
        for a, b in series.misdated_apart[:SHOWN_CONFLICTS]:
            text.append(f"\n! {MISDATING} ({MISDATING_WHY}): ", style=warn)
            sides = [
                f"{format_metric(r.first.metric)} ({r.first.period.label()}, "
                + outlets_of(r.points)
                + ")"
                for r in (a, b)
            ]
            text.append(" and ".join(sides))
        return text
