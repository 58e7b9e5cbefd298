"""``Panel``: what the briefing screen asks of each of its panels, said once.

Every panel shows one corpus through the current query (``apply``), narrows its list at
every keystroke (``narrowing``), fits its tables to the width it is given (``refit``,
switching to compact columns on a narrow terminal) and says what its cursor is on
(``finding_in``, ``source_in``): the screen never reads a panel's row keys.
"""

from __future__ import annotations

from typing import ClassVar

from textual.widget import Widget

from briefing.analysis.narrowing import Narrowing
from briefing.analysis.query import Query
from briefing.core.model import Finding, Source
from briefing.tui.context import ViewContext
from briefing.tui.widgets.due_cells import COMPACT_WIDTH
from briefing.tui.widgets.finding_table import FindingTable


class Panel(Widget):
    """The shared base of the panels (listed, in order, in ``registry.PANELS``).

    A panel class names it after its layout base (``class FiguresPanel(ComposedOnShow,
    Panel)``), so its CSS and styles are its layout's; this adds behaviour only.
    """

    has_compact_layout: ClassVar[bool] = True
    """Whether the panel has compact columns for a narrow terminal."""
    lists_sources: ClassVar[bool] = False
    """Whether its rows are articles rather than findings (nothing there to cite)."""
    built: bool = True
    """False while a panel composed on show has not been shown yet."""

    context: ViewContext
    compact: bool = False
    """True on a narrow terminal: fewer, wider columns."""
    current_query: Query = Query()
    """The query last applied (the rows may lag it while a worker narrows them)."""
    colours: dict[str, str]
    """The theme's colours last applied."""

    def apply(self, query: Query, colours: dict[str, str]) -> None:
        """Show what ``query`` selects, in ``colours``."""
        raise NotImplementedError

    def search(self, query: Query, colours: dict[str, str]) -> None:
        """``apply`` after a keystroke in the search bar: only the search text changed
        since the last call, so a panel may keep the rows that stand as drawn."""
        self.apply(query, colours)

    @property
    def narrowing(self) -> Narrowing:
        """The panel's findings in display order, ready to be narrowed at every keystroke."""
        raise NotImplementedError

    def set_columns(self) -> None:
        """Give the (empty) tables their columns for ``compact``."""

    def on_resize(self) -> None:
        self.refit()

    def refit(self) -> None:
        """Fit the flexible columns to the width, switching wide and compact columns."""
        if not self.size.width or not self.built:  # a hidden tab: decided when it is shown
            return
        tables = list(self.query(FindingTable))
        for table in tables:
            table.fit_flex_column()
        if not self.has_compact_layout:
            return
        compact = self.size.width < COMPACT_WIDTH
        if compact != self.compact:
            self.compact = compact
            for table in tables:
                table.select_key_after_clear = table.current_key  # back to it once refilled
                table.clear(columns=True)
            self.set_columns()
            self.apply(self.current_query, self.colours)

    def finding_in(self, table: FindingTable) -> Finding | None:
        """The finding of the row under ``table``'s cursor, if that row is one's."""
        row = table.current_row
        return row if isinstance(row, Finding) else None

    def source_in(self, table: FindingTable) -> Source | None:
        """The article of the row under ``table``'s cursor, if that row is one's."""
        return None
