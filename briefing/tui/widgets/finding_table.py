"""``FindingTable``: a keyboard-first table whose rows are findings (row key = finding id)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable
from textual.widgets.data_table import ColumnKey, RowDoesNotExist

from briefing.text import printable


def cell(text: str, style: str = "") -> Text:
    """A table cell that shows untrusted text literally (DataTable parses plain str as markup)."""
    return Text(printable(text), style=style, no_wrap=True, overflow="ellipsis")


class FindingTable(DataTable[Text]):
    """A DataTable with vi-style keys; ``enter`` selects a row (opens its source)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_top", "First", show=False),
        Binding("G", "scroll_bottom", "Last", show=False),
        Binding("enter", "select_cursor", "Source"),
    ]

    def __init__(
        self, *, id: str | None = None, classes: str | None = None, chained: bool = False
    ) -> None:
        super().__init__(id=id, classes=classes, cursor_type="row")
        self.chained = chained
        """Moving past the last (first) row focuses the next (previous) table."""
        self.select_key_after_clear: str | None = None
        """A row to return to once the table is refilled (kept across a column rebuild)."""

    def action_cursor_down(self) -> None:
        if self.chained and self.cursor_row >= self.row_count - 1:
            self.screen.focus_next(FindingTable)
            return
        super().action_cursor_down()

    def action_cursor_up(self) -> None:
        if self.chained and self.cursor_row <= 0:
            self.screen.focus_previous(FindingTable)
            return
        super().action_cursor_up()

    def set_columns(self, columns: list[tuple[str, int | None]]) -> None:
        """Add columns; the one whose width is None takes the space the others leave."""
        self._flex_key: str | None = None
        self._fixed = 0
        for label, width in columns:
            key = label.lower()
            self.add_column(label, key=key, width=width or 10)
            if width is None:
                self._flex_key = key
            else:
                self._fixed += width + 2 * self.cell_padding
        self.fit_flex_column()

    def on_resize(self) -> None:
        self.fit_flex_column()

    def fit_flex_column(self) -> None:
        """Give the flexible column the width the others leave."""
        key = getattr(self, "_flex_key", None)
        if key is None or not self.size.width:
            return
        # Leave room for the cell padding and a vertical scrollbar.
        width = max(self.size.width - self._fixed - 2 * self.cell_padding - 2, 8)
        column = self.columns[ColumnKey(key)]
        if column.width != width:
            column.width = width
            column.auto_width = False
            self._require_update_dimensions = True
            self.refresh()

    def action_scroll_top(self) -> None:
        """Jump to the first row."""
        if self.row_count:
            self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        """Jump to the last row."""
        if self.row_count:
            self.move_cursor(row=self.row_count - 1)

    @property
    def current_key(self) -> str | None:
        """The finding id under the cursor, if any."""
        if self.select_key_after_clear is not None:
            return self.select_key_after_clear
        if not self.row_count or self.cursor_row < 0:
            return None
        row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        return row_key.value

    def select_key(self, key: str | None) -> None:
        """Put the cursor on the row with ``key``, when it is shown."""
        self.select_key_after_clear = None
        if key is None:
            return
        try:
            index = self.get_row_index(key)
        except RowDoesNotExist:  # filtered out: leave the cursor where it is
            return
        self.move_cursor(row=index)
