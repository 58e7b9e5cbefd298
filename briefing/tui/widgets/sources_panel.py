"""``SourcesPanel``: the articles, and what each one yields."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Static

from briefing.analysis.narrowing import Narrowing
from briefing.analysis.panel_lists import source_counts, whole_source_counts
from briefing.analysis.query import Query
from briefing.core.model import BRIEFING_KINDS, Kind, Source
from briefing.core.text import printable
from briefing.tui.context import ViewContext
from briefing.tui.widgets.background import Latest
from briefing.tui.widgets.composed_on_show import ComposedOnShow
from briefing.tui.widgets.finding_table import FindingTable, cell
from briefing.tui.widgets.panel import Panel

SOURCE_KEY = "source:"


_Listed = tuple[list[Source], dict[str, dict[Kind, int]]]
"""The sources to list, and each one's chosen findings per kind."""


def _source_key(source: Source) -> str:
    return f"{SOURCE_KEY}{source.id}"


class SourcesPanel(ComposedOnShow, Panel):
    """One row per article: outlet, date, title and its findings per kind."""

    has_compact_layout = False
    lists_sources = True

    def __init__(self, context: ViewContext) -> None:
        super().__init__(id="panel-sources")
        self.context = context
        self._narrowing: Narrowing | None = None
        self._job = Latest("sources")
        self.colours: dict[str, str] = {}

    def parts(self) -> ComposeResult:
        yield FindingTable(id="sources-table")
        yield Static(id="source-detail")

    def on_built(self) -> None:
        counts: list[tuple[str, int | None]] = [
            (kind.value[:3].capitalize(), 3) for kind in BRIEFING_KINDS
        ]
        self.query_one(FindingTable).set_columns(
            [("Outlet", 22), ("Published", 10), ("Title", None), *counts]
        )

    @property
    def narrowing(self) -> Narrowing:
        """Every finding, ready to be narrowed at every keystroke."""
        if self._narrowing is None:
            ctx = self.context
            self._narrowing = Narrowing(ctx.corpus, ctx.corpus.findings, ctx.index)
        return self._narrowing

    def apply(self, query: Query, colours: dict[str, str]) -> None:
        """List the sources that have findings ``query`` selects (all when it selects all)."""
        self.current_query, self.colours = query, colours
        narrowing = self.narrowing
        compute = partial(self._compute, narrowing, query)
        # The whole corpus's counts are made by the loading thread: then nothing is left.
        size = 0 if not query.narrows else len(narrowing.findings)
        self._job.run(self, size, compute, partial(self._fill, colours))

    def _compute(self, narrowing: Narrowing, query: Query) -> _Listed:
        ordered, every = whole_source_counts(self.context.corpus)
        if not query.narrows:
            return ordered, every
        # One pass over the chosen findings counts every source's findings per kind.
        counts = source_counts(narrowing.apply(query))
        return [s for s in ordered if s.id in counts], counts

    def _fill(self, colours: dict[str, str], listed: _Listed) -> None:
        shown, counts = listed
        table = self.query_one(FindingTable)
        keep = table.current_key
        none = dict.fromkeys(Kind, 0)

        def cells(source: Source) -> list[Text]:
            mine = counts.get(source.id, none)
            return [
                cell(source.outlet),
                cell(source.published or "unknown"),
                cell(source.title),
                *(
                    cell(str(mine[kind]), colours.get(f"kind-{kind.value}", ""))
                    for kind in BRIEFING_KINDS
                ),
            ]

        table.set_rows(shown, key=_source_key, cells=cells)
        table.select_key(keep)
        self._show()

    def source_in(self, table: FindingTable) -> Source | None:
        source: Source | None = table.current_row
        return source

    def on_finding_table_row_highlighted(self, event: FindingTable.RowHighlighted) -> None:
        event.stop()
        self._show()

    def _show(self) -> None:
        detail = self.query_one("#source-detail", Static)
        source = self.source_in(self.query_one(FindingTable))
        if source is None:
            detail.update("")
            return
        text = Text()
        text.append(printable(source.title), style="bold")
        text.append(f"\n{printable(source.outlet)} · published {source.published_label}\n")
        text.append(
            printable(source.url or "(no URL given by the article)"),
            style="underline" if source.url else "dim",
        )
        if source.note:
            text.append(f"\n{printable(source.note)}", style="dim")
        detail.update(text)
