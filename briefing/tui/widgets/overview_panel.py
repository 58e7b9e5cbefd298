"""``OverviewPanel``: the briefing at a glance."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Label, Static

from briefing.analysis.narrowing import Narrowing, kept_fresh
from briefing.analysis.overview import Overview, at_hand, overview
from briefing.analysis.query import Query
from briefing.analysis.timeline import Point, Series
from briefing.core.model import BRIEFING_KINDS, Finding
from briefing.core.numbers import format_metric
from briefing.core.text import plural
from briefing.tui.context import ViewContext
from briefing.tui.widgets.background import Latest
from briefing.tui.widgets.due_cells import (
    COMPACT_WIDTH,
    DUE_COLUMNS,
    DUE_COLUMNS_COMPACT,
    due_cells,
)
from briefing.tui.widgets.finding_table import FindingTable, cell


def _finding_id(finding: Finding) -> str:
    return finding.id


def _point_key(row: tuple[Series, Point]) -> str:
    return row[1].key


class OverviewPanel(VerticalScroll):
    """Counts per kind, the deadlines to watch and the headline figures, each citable."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(id="panel-overview")
        self.context = context
        self.compact = False
        self._narrowing: Narrowing | None = None
        self._job = Latest("overview")
        self.current: tuple[Query, dict[str, str]] = (Query(), {})

    def compose(self) -> ComposeResult:
        yield Static(id="overview-summary")
        yield Label("Deadlines to watch", classes="section-title")
        yield FindingTable(id="overview-deadlines", classes="overview-table", chained=True)
        yield Label("Headline figures (latest reported value)", classes="section-title")
        yield FindingTable(id="overview-figures", classes="overview-table", chained=True)
        yield Label(
            "Sources disagree (same indicator, same period, different values)",
            id="overview-conflicts-title",
            classes="section-title",
        )
        yield FindingTable(id="overview-conflicts", classes="overview-table", chained=True)

    def on_mount(self) -> None:
        self._set_columns()

    @property
    def narrowing(self) -> Narrowing:
        """Every finding, ready to be narrowed at every keystroke."""
        ctx = self.context
        self._narrowing = kept_fresh(
            self._narrowing, ctx.corpus, ctx.index, lambda: ctx.corpus.findings
        )
        return self._narrowing

    def _set_columns(self) -> None:
        deadlines = self.query_one("#overview-deadlines", FindingTable)
        figures = self.query_one("#overview-figures", FindingTable)
        conflicts = self.query_one("#overview-conflicts", FindingTable)
        for table in (deadlines, figures, conflicts):
            table.select_key_after_clear = table.current_key
            table.clear(columns=True)
        due = DUE_COLUMNS_COMPACT if self.compact else DUE_COLUMNS
        deadlines.set_columns([*due, ("Task", None)])
        source: list[tuple[str, int | None]] = [] if self.compact else [("Source", 14)]
        figures.set_columns([("Indicator", None), ("Latest", 22), ("As of", 11), *source])
        conflicts.set_columns([("Indicator", None), ("Value", 22), ("As of", 11), *source])

    def on_resize(self) -> None:
        self.refit()

    def refit(self) -> None:
        """Choose wide or compact columns for the current width, and fit the flexible ones."""
        if not self.size.width:  # hidden tab: decide when it is shown
            return
        for table in self.query(FindingTable):
            table.fit_flex_column()
        compact = self.size.width < COMPACT_WIDTH
        if compact != self.compact:
            self.compact = compact
            self._set_columns()
            self.apply(*self.current)

    def apply(self, query: Query, colours: dict[str, str]) -> None:
        """Recompute the overview for the findings ``query`` selects."""
        self.current = (query, colours)
        narrowing, corpus = self.narrowing, self.context.corpus
        compute, fill = partial(self._compute, narrowing, query), partial(self._fill, colours)
        # The whole corpus's glance is made while it loads: then only deadlines are left.
        size = 0 if at_hand(corpus, query) else len(narrowing.findings)
        self._job.run(self, size, compute, fill)

    def _compute(self, narrowing: Narrowing, query: Query) -> Overview:
        """Everything the overview shows, as plain data (may run in a worker thread)."""
        chosen = narrowing.apply(query) if query.narrows else None
        return overview(self.context.corpus, chosen, self.context.as_of)

    def _fill(self, colours: dict[str, str], data: Overview) -> None:
        ctx = self.context
        corpus, as_of = ctx.corpus, ctx.as_of
        self._summary(data, colours)
        deadlines = self.query_one("#overview-deadlines", FindingTable)
        keep = deadlines.current_key
        compact = self.compact

        def cells(finding: Finding) -> list[Text]:
            due = due_cells(corpus, finding, as_of, colours, compact=compact)
            return [*due, cell(finding.statement)]

        # Every overdue item can be thousands in a large corpus: rows render on demand.
        deadlines.set_rows(data.deadlines, key=_finding_id, cells=cells)
        deadlines.select_key(keep)

        figures = self.query_one("#overview-figures", FindingTable)
        keep = figures.current_key
        figures.clear()
        series = data.glance.series
        warn = f"bold {colours.get('status-due-soon', '')}"
        for finding, metric in data.glance.headline:  # one row per indicator
            source = [] if self.compact else [cell(corpus.sources[finding.source].outlet, "dim")]
            label = cell(corpus.metric_label(metric.name))
            if metric.name in series and series[metric.name].conflicts:
                label = Text.assemble(Text("! ", style=warn), label)
            figures.add_row(
                label,
                cell(format_metric(metric), "bold"),
                cell(metric.period.label()),
                *source,
                key=f"{finding.id}#{metric.name}",
            )
        figures.select_key(keep)
        self._conflicts(data, warn)

    def _conflicts(self, data: Overview, warn: str) -> None:
        """Each value of each disputed period, with its source: both sides, one row each."""
        table = self.query_one("#overview-conflicts", FindingTable)
        keep = table.current_key
        rows = data.glance.conflicts
        compact = self.compact

        def cells(row: tuple[Series, Point]) -> list[Text]:
            series, point = row
            source = [] if compact else [cell(point.source.outlet, "dim")]
            return [
                Text.assemble(Text("! ", style=warn), cell(series.label)),
                cell(format_metric(point.metric), "bold"),
                cell(point.period.label()),
                *source,
            ]

        table.set_rows(rows, key=_point_key, cells=cells)
        table.select_key(keep)
        shown = bool(rows)
        table.set_class(shown, "shown")
        self.query_one("#overview-conflicts-title").set_class(shown, "shown")

    def _repeats_line(self, data: Overview) -> Text:
        """Why the lists are shorter than the counts: claims several sources make."""
        seen = data.glance
        if not seen.repeated:
            return Text()
        counts = [
            f"{claims:,} distinct {kind.plural.lower()}"
            for kind, claims in seen.distinct.items()
            if claims < seen.counts[kind]
        ]
        repeated = seen.repeated
        return Text(
            f"\n{plural(repeated, 'claim')} made by several sources, "
            f"listed once: {', '.join(counts)}",
            style="dim",
        )

    def _summary(self, data: Overview, colours: dict[str, str]) -> None:
        corpus, as_of = self.context.corpus, self.context.as_of
        text = Text()
        text.append("As of ", style="dim")
        text.append(as_of.isoformat(), style="bold")
        text.append("  ·  sources ", style="dim")
        text.append(corpus.published_span(), style="bold")
        text.append(f"  ·  {plural(len(corpus.sources), 'source')}\n")
        for kind in BRIEFING_KINDS:
            number, _, noun = kind.counted(data.glance.counts[kind]).partition(" ")
            text.append(f"{number:>4} ", style=f"bold {colours.get(f'kind-{kind.value}', '')}")
            text.append(f"{noun}   ")
        text.append_text(self._repeats_line(data))
        overdue = data.overdue
        if overdue:
            text.append(
                f"\n{plural(overdue, 'dated item')} past due",
                style=f"bold {colours.get('status-overdue', '')}",
            )
        self.query_one("#overview-summary", Static).update(text)
