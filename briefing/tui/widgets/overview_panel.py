"""``OverviewPanel``: the briefing at a glance."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Label, Static

from briefing.dates import Status, days_left, describe_days
from briefing.figures import format_metric
from briefing.model import Finding, Kind
from briefing.query import Query
from briefing.tui.context import ViewContext
from briefing.tui.widgets.finding_table import FindingTable, cell

NEXT_DEADLINES = 5


class OverviewPanel(VerticalScroll):
    """Counts per kind, the deadlines to watch and the headline figures, each citable."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(id="panel-overview")
        self.context = context

    def compose(self) -> ComposeResult:
        yield Static(id="overview-summary")
        yield Label("Deadlines to watch", classes="section-title")
        yield FindingTable(id="overview-deadlines", classes="overview-table", chained=True)
        yield Label("Headline figures (latest reported value)", classes="section-title")
        yield FindingTable(id="overview-figures", classes="overview-table", chained=True)

    def on_mount(self) -> None:
        self.query_one("#overview-deadlines", FindingTable).set_columns(
            [("Due", 11), ("Status", 9), ("Days", 13), ("Task", None)]
        )
        self.query_one("#overview-figures", FindingTable).set_columns(
            [("Indicator", None), ("Latest", 26), ("As of", 11), ("Source", 14)]
        )

    def apply(self, query: Query, colours: dict[str, str]) -> None:
        """Recompute the overview for the findings ``query`` selects."""
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
            status = corpus.status_of(finding, as_of)
            period = finding.due_period
            assert status is not None and period is not None
            colour = colours.get(f"status-{status.value}", "")
            deadlines.add_row(
                cell(period.label()),
                cell(status.value, f"bold {colour}"),
                cell(describe_days(days_left(period, as_of)), colour),
                cell(finding.statement),
                key=finding.id,
            )
        deadlines.select_key(keep)

        figures = self.query_one("#overview-figures", FindingTable)
        keep = figures.current_key
        figures.clear()
        for finding, metric in corpus.headline_metrics(among=chosen_ids):
            figures.add_row(
                cell(corpus.metric_label(metric.name)),
                cell(format_metric(metric), "bold"),
                cell(metric.period.label()),
                cell(corpus.sources[finding.source].outlet, "dim"),
                key=f"{finding.id}#{metric.name}",
            )
        figures.select_key(keep)

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
        overdue = sum(1 for f in chosen if corpus.status_of(f, as_of) is Status.OVERDUE)
        if overdue:
            text.append(
                f"\n{overdue} dated {'item' if overdue == 1 else 'items'} past due",
                style=f"bold {colours.get('status-overdue', '')}",
            )
        self.query_one("#overview-summary", Static).update(text)
