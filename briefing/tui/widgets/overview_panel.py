"""``OverviewPanel``: the briefing at a glance."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Label, Static

from briefing.dates import Status
from briefing.figures import format_metric
from briefing.model import Finding, Kind
from briefing.query import Query
from briefing.repeats import repeats_of
from briefing.timeline import Series, build_series
from briefing.tui.context import ViewContext
from briefing.tui.widgets.due_cells import (
    COMPACT_WIDTH,
    DUE_COLUMNS,
    DUE_COLUMNS_COMPACT,
    due_cells,
)
from briefing.tui.widgets.finding_table import FindingTable, cell

NEXT_DEADLINES = 5


class OverviewPanel(VerticalScroll):
    """Counts per kind, the deadlines to watch and the headline figures, each citable."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(id="panel-overview")
        self.context = context
        self.compact = False
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
        ctx = self.context
        corpus, as_of = ctx.corpus, ctx.as_of
        chosen = query.apply(corpus, corpus.findings, ctx.index)
        self._summary(chosen, colours)

        deadlines = self.query_one("#overview-deadlines", FindingTable)
        keep = deadlines.current_key
        deadlines.clear()
        chosen_ids = {f.id for f in chosen}
        dated = [f for f in corpus.dated() if f.id in chosen_ids]
        overdue = [f for f in dated if corpus.status_of(f, as_of) is Status.OVERDUE]
        upcoming = [f for f in dated if corpus.status_of(f, as_of) is not Status.OVERDUE]
        for finding in overdue + upcoming[:NEXT_DEADLINES]:
            deadlines.add_row(
                *due_cells(corpus, finding, as_of, colours, compact=self.compact),
                cell(finding.statement),
                key=finding.id,
            )
        deadlines.select_key(keep)

        figures = self.query_one("#overview-figures", FindingTable)
        keep = figures.current_key
        figures.clear()
        series = {s.metric: s for s in build_series(corpus, chosen)}
        warn = f"bold {colours.get('status-due-soon', '')}"
        for finding, metric in corpus.headline_metrics(among=chosen_ids):
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
        self._conflicts([s for s in series.values() if s.conflicts], warn)

    def _conflicts(self, disputed: list[Series], warn: str) -> None:
        """Each value of each disputed period, with its source: both sides, one row each."""
        table = self.query_one("#overview-conflicts", FindingTable)
        keep = table.current_key
        table.clear()
        for series in disputed:
            for conflict in series.conflicts:
                for point in conflict.points:
                    source = [] if self.compact else [cell(point.source.outlet, "dim")]
                    table.add_row(
                        Text.assemble(Text("! ", style=warn), cell(series.label)),
                        cell(format_metric(point.metric), "bold"),
                        cell(point.period.label()),
                        *source,
                        key=point.key,
                    )
        table.select_key(keep)
        shown = bool(disputed)
        table.set_class(shown, "shown")
        self.query_one("#overview-conflicts-title").set_class(shown, "shown")

    def _repeats_line(self, chosen: list[Finding]) -> Text:
        """Why the lists are shorter than the counts: claims several sources make."""
        repeats = repeats_of(self.context.corpus)
        distinct = repeats.collapse(chosen)
        if len(distinct) == len(chosen):
            return Text()
        # Claims with two or more members among the findings shown (a filter may drop some).
        per_group = Counter(id(g) for f in chosen if (g := repeats.of.get(f.id)))
        repeated = sum(1 for n in per_group.values() if n > 1)
        counts = []
        for kind in Kind:
            claims = sum(1 for f in distinct if f.kind is kind)
            if claims < sum(1 for f in chosen if f.kind is kind):
                counts.append(f"{claims} distinct {kind.plural.lower()}")
        return Text(
            f"\n{repeated} {'claim' if repeated == 1 else 'claims'} made by several sources, "
            f"listed once: {', '.join(counts)}",
            style="dim",
        )

    def _summary(self, chosen: list[Finding], colours: dict[str, str]) -> None:
        corpus, as_of = self.context.corpus, self.context.as_of
        text = Text()
        text.append("As of ", style="dim")
        text.append(as_of.isoformat(), style="bold")
        text.append("  ·  sources ", style="dim")
        text.append(corpus.published_span(), style="bold")
        text.append(f"  ·  {len(corpus.sources)} sources\n")
        for kind in Kind:
            count = sum(1 for f in chosen if f.kind is kind)
            number, _, noun = kind.counted(count).partition(" ")
            text.append(f"{number:>4} ", style=f"bold {colours.get(f'kind-{kind.value}', '')}")
            text.append(f"{noun}   ")
        text.append_text(self._repeats_line(chosen))
        overdue = sum(1 for f in chosen if corpus.status_of(f, as_of) is Status.OVERDUE)
        if overdue:
            text.append(
                f"\n{overdue} dated {'item' if overdue == 1 else 'items'} past due",
                style=f"bold {colours.get('status-overdue', '')}",
            )
        self.query_one("#overview-summary", Static).update(text)
