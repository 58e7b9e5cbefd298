"""Panels that list findings beside their detail: one per kind, and the deadlines table."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message

from briefing.analysis.narrowing import Narrowing
from briefing.analysis.panel_lists import ListKey, by_source_date, by_topic, shared_list
from briefing.analysis.promises import PROMISE_KINDS, promises_of
from briefing.analysis.query import Query
from briefing.analysis.repeats import repeats_of
from briefing.core.model import Finding, Kind, Origin
from briefing.corpus.indexed import Corpus
from briefing.tui.context import ViewContext
from briefing.tui.widgets.background import NARROW_IN_THREAD_OVER, Latest
from briefing.tui.widgets.columns import Grow, Width
from briefing.tui.widgets.composed_on_show import ComposedOnShow
from briefing.tui.widgets.due_cells import (
    DUE_COLUMNS,
    DUE_COLUMNS_COMPACT,
    due_cells,
)
from briefing.tui.widgets.finding_detail import FindingDetail
from briefing.tui.widgets.finding_table import FindingTable, cell
from briefing.tui.widgets.panel import Panel
from briefing.tui.widgets.promise_view import VERDICT_COLUMN, verdict_cell


class FindingsPanel(ComposedOnShow, Panel):
    """A table of findings and the detail of the one under the cursor."""

    class Counted(Message):
        """The panel now lists ``count`` rows for ``query`` (the tab shows it while searching)."""

        def __init__(self, panel: FindingsPanel, count: int, query: Query) -> None:
            super().__init__()
            self.panel = panel
            self.count = count
            self.query = query

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("J", "scroll_detail(4)", "Scroll detail down", show=False, id="list.detail_down"),
        Binding("K", "scroll_detail(-4)", "Scroll detail up", show=False, id="list.detail_up"),
    ]

    def __init__(self, context: ViewContext, *, id: str, classes: str = "") -> None:
        super().__init__(id=id, classes=f"findings-panel {classes}".strip())
        self.context = context
        self.shown: Sequence[Finding] = []
        self.shown_query = Query()
        """The query the rows on show answer (lags ``current_query`` while a worker runs)."""
        self._job = Latest(f"narrow-{id}", NARROW_IN_THREAD_OVER)
        self.colours: dict[str, str] = {}
        self.current_query = Query()
        self._keys_shown: tuple[Origin, bool] | None = None
        """The origin of the row last highlighted: the footer's keys depend on it."""
        self._redraw = True
        """Whether the next fill must redraw its rows even when they are the same ones
        (anything but a keystroke in the search bar may have changed their cells)."""

    def parts(self) -> ComposeResult:
        yield FindingTable(classes="finding-table")
        yield FindingDetail(classes="finding-detail")

    @property
    def table(self) -> FindingTable:
        """The panel's table."""
        return self.query_one(FindingTable)

    def on_built(self) -> None:
        self.set_columns()

    def set_columns(self) -> None:
        self.table.set_columns(self.columns())

    # What subclasses decide -------------------------------------------------
    def columns(self) -> list[tuple[str, Width]]:
        """Column labels and fixed widths (None: take the rest)."""
        raise NotImplementedError

    def base_findings(self) -> list[Finding]:
        """The findings this panel shows before any query, in display order."""
        raise NotImplementedError

    def list_key(self) -> ListKey:
        """What names the list ``base_findings`` makes among the corpus's lists."""
        raise NotImplementedError

    def cells(self, finding: Finding) -> Iterator[Text]:
        """The row of a finding."""
        raise NotImplementedError

    # Shared behaviour -------------------------------------------------------
    @property
    def narrowing(self) -> Narrowing:
        """The panel's findings in display order, ready to be narrowed at every keystroke."""
        # Shared with the loading thread, which makes it after the first frame.
        ctx = self.context
        return shared_list(ctx.corpus, ctx.index, self.list_key(), self.base_findings)

    def apply(self, query: Query, colours: dict[str, str]) -> None:
        """Show the findings that ``query`` selects, keeping the cursor on the same finding.

        A long list is narrowed in a worker thread, so typing never waits for it.
        """
        self._redraw = True
        self.search(query, colours)

    def search(self, query: Query, colours: dict[str, str]) -> None:
        """``apply`` after a keystroke: rows that stand are not drawn again."""
        self.colours = colours
        self.current_query = query
        narrowing = self.narrowing
        repeats = repeats_of(self.context.corpus)

        def compute() -> Sequence[Finding]:
            # The list's search texts, gathered when it is first shown rather than at the
            # first key typed (a tenth of a second at 200,000 findings).
            narrowing.prepare()
            # A claim several sources make is one row: the first member the query keeps.
            return narrowing.distinct(query, repeats)

        self._job.run(self, len(narrowing.findings), compute, partial(self._fill, query))

    def _fill(self, query: Query, shown: Sequence[Finding]) -> None:
        table = self.table
        keep = table.current_key
        repeats = repeats_of(self.context.corpus)
        # New search words: the cursor goes to the first match, not the old row number.
        searched = bool(query.text.strip()) and query.text != self.shown_query.text
        if shown is self.shown and not self._redraw:
            self._same_rows(query, searched)
            return
        self._redraw = False
        self.shown = shown
        self.shown_query = query
        # Rows are rendered when scrolled into view, never all at once.
        table.set_rows(shown, key=_finding_id, cells=self._row)
        group = repeats.of.get(keep) if keep else None
        if group is not None:
            # The row may now show another member of the same claim: stay on it.
            keep = next((m.id for m in group.members if table.has_row(m.id)), keep)
        if searched:
            table.select_key_after_clear = None
            table.move_cursor(row=0)
        else:
            table.select_key(keep)
        self.border_title = (
            f"{len(shown)} of {self.narrowing.distinct_count(repeats)}{self.title_note()}"
        )
        self._show_detail(table.current_key)
        self.post_message(self.Counted(self, len(shown), query))

    def _same_rows(self, query: Query, searched: bool) -> None:
        """A keystroke that narrowed nothing: the rows, their count and the detail stand.

        Redrawing them would cost the table's lines and the detail's layout at every
        letter of a query that matches everything (bench/tui_latency.py). Only the cursor
        goes to the first match, as after any new search words.
        """
        self.shown_query = query
        if not self.shown:
            self._show_detail(None)  # why nothing is listed names the query
        elif searched:
            self.table.select_key_after_clear = None
            self.table.move_cursor(row=0)  # a move announces itself: the detail follows
        self.post_message(self.Counted(self, len(self.shown), query))

    def title_note(self) -> str:
        """What the border title adds after the count."""
        return ""

    def noun(self) -> str:
        """What one row is, to say why a list is empty."""
        return "finding"

    def empty_reason(self, query: Query) -> str:
        """Why nothing is listed under ``query``."""
        if query.text.strip():
            return f"No {self.noun()} matches '{query.text.strip()}'."
        if query.narrows:
            return f"No {self.noun()} in the chosen topics and sources (escape clears)."
        return f"The corpus has no {self.noun()}."

    def _row(self, finding: Finding) -> list[Text]:
        return list(self.cells(finding))

    def current_finding(self) -> Finding | None:
        """The finding under the cursor."""
        key = self.table.current_key
        return self.context.corpus.by_id.get(key) if key else None

    def on_finding_table_row_highlighted(self, event: FindingTable.RowHighlighted) -> None:
        event.stop()
        # A highlight queued before the rows were replaced may name a row now gone.
        if self.table.row_count:
            self._show_detail(self.table.current_key)
        finding = self.current_finding()
        shown = (finding.origin, finding.kind in PROMISE_KINDS) if finding else None
        if shown != self._keys_shown:  # only then: the footer is rebuilt each time
            self._keys_shown = shown  # r on an extracted finding, m and v on a promise
            self.screen.refresh_bindings()

    def action_scroll_detail(self, lines: int) -> None:
        """Scroll the detail pane without leaving the list."""
        self.query_one(FindingDetail).scroll_relative(y=lines, animate=False)

    def statement_cell(self, finding: Finding) -> Text:
        """The statement, after ``● `` when unreviewed, ``✦ `` when from a new source and
        ``×2`` when two sources make the claim."""
        statement = cell(finding.statement)
        group = repeats_of(self.context.corpus).group_of(finding)
        if group is not None:
            statement = Text.assemble(Text(f"×{len(group)} ", style="bold"), statement)
        if not finding.reviewed:
            statement = Text.assemble(Text("● ", style="bold"), statement)
        if finding.source in self.context.new:
            colour = self.colours.get("accent", "")
            statement = Text.assemble(Text("✦ ", style=f"bold {colour}"), statement)
        statement.no_wrap, statement.overflow = True, "ellipsis"  # assemble drops them
        return statement

    def verdict_cell(self, finding: Finding) -> Text:
        """Where the promise stands, as of the day (``*``: set by the person's mark)."""
        tracking = promises_of(self.context.corpus, self.context.as_of).of(finding)
        return verdict_cell(tracking, self.colours)

    def _show_detail(self, key: str | None) -> None:
        finding = self.context.corpus.by_id.get(key) if key else None
        empty = self.empty_reason(self.shown_query) if not self.shown else "Nothing selected."
        self.query_one(FindingDetail).show(
            self.context.corpus, finding, self.context.as_of, self.colours, empty
        )


def _finding_id(finding: Finding) -> str:
    return finding.id


DATED = "dated"
"""The key of the Deadlines panel's list among the corpus's lists."""


def kind_list_key(kind: Kind, by_date: bool) -> ListKey:
    """The key of a kind panel's list among the corpus's lists."""
    return (kind, by_date)


def first_lists(corpus: Corpus) -> list[tuple[ListKey, Callable[[], list[Finding]]]]:
    """The lists the finding panels show first (each kind by topic, the deadlines), for
    the loading thread to make ahead of their first show (``panel_lists.prepare_lists``)."""
    made: list[tuple[ListKey, Callable[[], list[Finding]]]] = [
        (kind_list_key(kind, False), partial(by_topic, corpus, kind)) for kind in KIND_PANELS
    ]
    return [*made, (DATED, corpus.dated)]


KIND_PANELS = (Kind.ACHIEVEMENT, Kind.LIMITATION, Kind.TARGET, Kind.DIRECTIVE)
"""The kinds with a panel of their own (``registry.PANELS``), in the order of their keys."""


def topic_column(corpus: Corpus) -> tuple[str, Width]:
    """Over a quarter of the free width, no wider than the longest topic name: whole
    names on a wide window, legible ones at 80 columns."""
    longest = max((len(label) for label in corpus.topics.values()), default=14)
    return ("Topic", Grow(10, min(longest, 40), 0.28))


class KindPanel(FindingsPanel):
    """Achievements, limitations or targets, grouped by topic or by source date."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("s", "toggle_sort", "Sort", id="list.sort")]

    def __init__(self, context: ViewContext, kind: Kind) -> None:
        super().__init__(context, id=f"panel-{kind.value}")
        self.kind = kind
        self.by_date = False

    def columns(self) -> list[tuple[str, Width]]:
        # A target's date is when it is due; an achievement's or limitation's, its source's.
        if self.kind is Kind.TARGET:
            return [
                topic_column(self.context.corpus),
                ("Finding", None),
                VERDICT_COLUMN,
                ("Due", 11),
            ]
        return [topic_column(self.context.corpus), ("Finding", None), ("Source date", 11)]

    def base_findings(self) -> list[Finding]:
        corpus = self.context.corpus
        return by_source_date(corpus, self.kind) if self.by_date else by_topic(corpus, self.kind)

    def list_key(self) -> ListKey:
        return kind_list_key(self.kind, self.by_date)

    def cells(self, finding: Finding) -> Iterator[Text]:
        corpus = self.context.corpus
        yield cell(corpus.topic_label(finding.topics[0]), "dim")
        yield self.statement_cell(finding)
        if self.kind is Kind.TARGET:
            yield self.verdict_cell(finding)
            due = finding.due_period
            yield cell(due.label() if due else "—", "dim")
            return
        yield cell(corpus.sources[finding.source].published, "dim")

    def noun(self) -> str:
        return self.kind.value

    def title_note(self) -> str:
        order = " · by source date" if self.by_date else " · by topic"
        return order + (" · v evidence" if self.kind is Kind.TARGET else "")

    def action_toggle_sort(self) -> None:
        """Switch between grouping by topic and newest sources first."""
        self.by_date = not self.by_date  # another list: made the first time it is asked for
        self.apply(self.current_query, self.colours)


class DeadlinesPanel(FindingsPanel):
    """Every dated target and deadline, soonest first, with its status as of the day."""

    def __init__(self, context: ViewContext) -> None:
        # Stacked: the table needs the full width for due, status, task and owner.
        super().__init__(context, id="panel-deadlines", classes="stacked")

    def columns(self) -> list[tuple[str, Width]]:
        if self.compact:
            return [*DUE_COLUMNS_COMPACT, VERDICT_COLUMN, ("Task", None)]
        return [*DUE_COLUMNS, VERDICT_COLUMN, ("Task", None), ("Owner", Grow(16, 40, 0.25))]

    def base_findings(self) -> list[Finding]:
        return self.context.corpus.dated()

    def list_key(self) -> ListKey:
        return DATED

    def noun(self) -> str:
        return "deadline"

    def title_note(self) -> str:
        return " · m marks done, missed or open · v evidence"

    def cells(self, finding: Finding) -> Iterator[Text]:
        corpus, as_of = self.context.corpus, self.context.as_of
        yield from due_cells(corpus, finding, as_of, self.colours, compact=self.compact)
        yield self.verdict_cell(finding)
        yield self.statement_cell(finding)
        if not self.compact:
            yield cell(finding.owner or "—", "dim")
