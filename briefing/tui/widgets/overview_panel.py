"""``OverviewPanel``: the briefing at a glance."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Label, Static
from textual.worker import get_current_worker

from briefing.analysis.narrowing import Narrowing, kept_fresh
from briefing.analysis.overview import Overview, at_hand, overview
from briefing.analysis.promises import (
    Promises,
    Verdict,
    promises_of,
    verdict_counts,
    watch_order,
)
from briefing.analysis.query import Query
from briefing.analysis.timeline import Point, Series
from briefing.core.model import BRIEFING_KINDS, Finding, Metric
from briefing.core.numbers import format_metric
from briefing.core.text import plural
from briefing.storage.marks import MarkStatus
from briefing.tui.context import ViewContext
from briefing.tui.widgets.background import Latest
from briefing.tui.widgets.due_cells import (
    DUE_COLUMNS,
    DUE_COLUMNS_COMPACT,
    due_cells,
)
from briefing.tui.widgets.finding_table import FindingTable, cell
from briefing.tui.widgets.indicator_names import indicator_cutter
from briefing.tui.widgets.panel import Panel
from briefing.tui.widgets.promise_view import VERDICT_COLUMN, verdict_cell, verdict_style


def _finding_id(finding: Finding) -> str:
    return finding.id


def _point_key(row: tuple[Series, Point]) -> str:
    return row[1].key


def _figure_key(row: tuple[Finding, Metric]) -> str:
    return f"{row[0].id}#{row[1].name}"


class OverviewPanel(VerticalScroll, Panel):
    """Counts per kind, the deadlines to watch and the headline figures, each citable."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__(id="panel-overview")
        self.context = context
        self._narrowing: Narrowing | None = None
        self._job = Latest("overview")
        self._tracking: Promises | None = None
        """The promises whose verdicts a worker is working out."""
        self.current_query = Query()
        self.colours: dict[str, str] = {}

    def compose(self) -> ComposeResult:
        yield Static(id="overview-summary")
        yield Label("Deadlines to watch", classes="section-title")
        yield FindingTable(id="overview-deadlines", classes="overview-table", chained=True)
        yield Label(
            "Headline figures (Project 06 first, then newest)",
            classes="section-title",
        )
        yield FindingTable(id="overview-figures", classes="overview-table", chained=True)
        yield Label(
            "Values disagree (same indicator and period)",
            id="overview-conflicts-title",
            classes="section-title",
        )
        yield FindingTable(id="overview-conflicts", classes="overview-table", chained=True)

    def on_mount(self) -> None:
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
        deadlines = self.query_one("#overview-deadlines", FindingTable)
        figures = self.query_one("#overview-figures", FindingTable)
        conflicts = self.query_one("#overview-conflicts", FindingTable)
        due = DUE_COLUMNS_COMPACT if self.compact else DUE_COLUMNS
        deadlines.set_columns([*due, VERDICT_COLUMN, ("Task", None)])
        source: list[tuple[str, int | None]] = [] if self.compact else [("Source", 14)]
        # Indicators that differ only at their end stay apart when cut in the middle.
        figures.set_columns(
            [("Indicator", None), ("Latest", 22), ("As of", 11), *source],
            cutters={"Indicator": indicator_cutter(self.context.corpus)},
        )
        conflicts.set_columns(
            [("Indicator", None), ("Value", 22), ("As of", 11), *source],
            cutters={"Indicator": indicator_cutter(self.context.corpus)},
        )

    def finding_in(self, table: FindingTable) -> Finding | None:
        row = table.current_row
        if row is None or table.id == "overview-deadlines":
            return super().finding_in(table)
        if table.id == "overview-figures":
            headline: tuple[Finding, Metric] = row
            return headline[0]
        disputed: tuple[Series, Point] = row
        return disputed[1].finding

    def apply(self, query: Query, colours: dict[str, str]) -> None:
        """Recompute the overview for the findings ``query`` selects."""
        self.current_query, self.colours = query, colours
        narrowing, corpus = self.narrowing, self.context.corpus
        compute, fill = partial(self._compute, narrowing, query), partial(self._fill, colours)
        # The whole corpus's glance is made while it loads: then only deadlines are left.
        size = 0 if at_hand(corpus, query) else len(narrowing.findings)
        self._job.run(self, size, compute, fill)

    def _compute(
        self, narrowing: Narrowing, query: Query
    ) -> tuple[Overview, dict[Verdict, int] | None]:
        """Everything the overview shows, as plain data (may run in a worker thread):
        the off-track and the overdue with no evidence first among the deadlines. The
        verdict counts are None while a large corpus's are still being worked out."""
        corpus, as_of = self.context.corpus, self.context.as_of
        chosen = narrowing.apply(query) if query.narrows else None
        data = overview(corpus, chosen, as_of)
        promises = promises_of(corpus, as_of)
        if not promises.at_hand():  # the verdicts follow from a worker (``_fill``)
            return data, None
        counts = verdict_counts(promises, list(chosen) if chosen is not None else None)
        return replace(data, deadlines=watch_order(promises, data.deadlines)), counts

    def _fill(
        self, colours: dict[str, str], made: tuple[Overview, dict[Verdict, int] | None]
    ) -> None:
        ctx = self.context
        corpus, as_of = ctx.corpus, ctx.as_of
        data, verdicts = made
        promises = promises_of(corpus, as_of)
        if verdicts is None and self._tracking is not promises:
            self._tracking = promises  # one worker for them, however often the view fills
            self.run_worker(partial(self._track_all, promises), thread=True, group="verdicts")
        self._summary(data, colours, verdicts)
        deadlines = self.query_one("#overview-deadlines", FindingTable)
        keep = deadlines.current_key
        compact = self.compact

        def cells(finding: Finding) -> list[Text]:
            due = due_cells(corpus, finding, as_of, colours, compact=compact)
            # Until the worker has them, a verdict is not worked out on this thread (the
            # first one builds indices of the whole corpus: seconds at 10,000 articles).
            verdict = verdict_cell(promises.of(finding), colours) if verdicts else cell("…", "dim")
            return [*due, verdict, cell(finding.statement)]

        # Every overdue item can be thousands in a large corpus: rows render on demand.
        deadlines.set_rows(data.deadlines, key=_finding_id, cells=cells)
        deadlines.select_key(keep)

        figures = self.query_one("#overview-figures", FindingTable)
        keep = figures.current_key
        series = data.glance.series
        warn = f"bold {colours.get('status-due-soon', '')}"

        def figure_cells(row: tuple[Finding, Metric]) -> list[Text]:
            finding, metric = row
            source = [] if compact else [cell(corpus.sources[finding.source].outlet, "dim")]
            label = cell(corpus.metric_label(metric.name))
            # ``!``: values disagree for a period, or one is given for two periods.
            shown = series.get(metric.name)
            if shown is not None and (shown.conflicts or shown.misdated):
                label = Text.assemble(Text("! ", style=warn), label)
            value, period = cell(format_metric(metric), "bold"), cell(metric.period.label())
            return [label, value, period, *source]

        # One row per indicator: ranked ``headline`` in metrics.toml first, then newest.
        figures.set_rows(list(data.glance.headline), key=_figure_key, cells=figure_cells)
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

    def _track_all(self, promises: Promises) -> None:
        """Work out every verdict (in a worker thread), then show the counts."""
        promises.all()
        if not get_current_worker().is_cancelled and self.app.is_running:
            self.app.call_from_thread(self._counted, promises)

    def _counted(self, promises: Promises) -> None:
        if promises.corpus is self.context.corpus:  # not a corpus replaced since
            self.apply(self.current_query, self.colours)

    def _summary(
        self, data: Overview, colours: dict[str, str], verdicts: dict[Verdict, int] | None
    ) -> None:
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
        # Marked done, an item is no longer late: counted apart from those still open.
        done = sum(
            1
            for finding in data.deadlines[: data.overdue]
            if (mark := corpus.mark_of(finding)) is not None and mark.status is MarkStatus.DONE
        )
        overdue = data.overdue - done
        if overdue:
            text.append(
                f"\n{plural(overdue, 'dated item')} past due",
                style=f"bold {colours.get('status-overdue', '')}",
            )
        if done:
            text.append(f"\n{done} past its date but marked done", style="dim")
        text.append_text(_verdicts_line(verdicts, colours))
        self.query_one("#overview-summary", Static).update(text)


def _verdicts_line(verdicts: dict[Verdict, int] | None, colours: dict[str, str]) -> Text:
    """``Promises: 1 on-track · 39 no-evidence``, each verdict in its colour."""
    line = Text()
    if verdicts is None:
        line.append("\nPromises: verdicts being worked out…", style="dim")
        return line
    shown = [(verdict, n) for verdict, n in verdicts.items() if n]
    if not shown:
        return line
    line.append("\nPromises: ", style="dim")
    for index, (verdict, n) in enumerate(shown):
        if index:
            line.append(" · ", style="dim")
        line.append(f"{n} {verdict.value}", style=verdict_style(verdict, colours))
    return line
