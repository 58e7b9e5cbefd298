"""``FindingTable``: a keyboard-first table whose rows are findings (row key = finding id).

It is a Line API widget: it keeps a sequence of row items and two functions (an item's
key, an item's cells) and renders only the lines on screen, so a list of 200,000
findings costs no more to show than a list of 20. Rendered lines are kept in a small
LRU cache that is dropped whenever the rows, the columns' widths, the focus or the theme
change (a line of another width is rendered again when shown).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.containers import ScrollableContainer
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.core.text import printable
from briefing.tui.widgets.columns import Cutter, Grow, Width, share_out

CELL_PADDING = 1
"""Blank cells either side of every cell."""

HEADER_ROW = -1
"""The header line's key among the rendered lines (rows count from 0)."""

SCROLLBAR_ROOM = 2
"""Columns the flexible column leaves free for a vertical scrollbar."""


def cell(text: str, style: str = "") -> Text:
    """A table cell that shows untrusted text literally (never parsed as markup)."""
    return Text(printable(text), style=style, no_wrap=True, overflow="ellipsis")


Cells = Sequence[Text]


class FindingTable(ScrollView, can_focus=True):
    """A virtual table with vi-style keys; ``enter`` selects a row (opens its source)."""

    DEFAULT_CSS = (Path(__file__).with_name("finding_table.tcss")).read_text()

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "finding-table--header",
        "finding-table--cursor",
        "finding-table--even-row",
        "finding-table--odd-row",
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g,home", "scroll_top", "First", show=False, id="list.first"),
        Binding("G,end", "scroll_bottom", "Last", show=False, id="list.last"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("enter", "select_cursor", "Source", id="list.open_source"),
    ]

    class RowHighlighted(Message):
        """The cursor moved onto a row."""

        def __init__(self, table: FindingTable, cursor_row: int, row_key: str) -> None:
            super().__init__()
            self.table = table
            self.cursor_row = cursor_row
            self.row_key = row_key

        @property
        def control(self) -> FindingTable:
            """The table the cursor moved in."""
            return self.table

    class RowSelected(RowHighlighted):
        """A row was chosen (``enter``, or a click on the row under the cursor)."""

    def __init__(
        self,
        *,
        id: str | None = None,
        classes: str | None = None,
        chained: bool = False,
        zebra_stripes: bool = False,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.chained = chained
        """Moving past the last (first) row focuses the next (previous) table."""
        self.zebra_stripes = zebra_stripes
        self.select_key_after_clear: str | None = None
        """A row to return to once the table is refilled (kept across a column rebuild)."""
        self.show_header = True
        self._labels: list[str] = []
        self._widths: list[int] = []
        self._flex: int | None = None
        self._grow: dict[int, Grow] = {}
        self._cutters: dict[int, Cutter] = {}
        self._rows: Sequence[Any] = []
        self._key_of: Callable[[Any], str] = itemgetter(0)
        self._cells_of: Callable[[Any], Cells] = itemgetter(1)
        self._eager: list[tuple[str, Cells]] = []
        self._index: dict[str, int] | None = None
        self._cursor = 0
        self._resize_pending = False
        self._fitted = 0
        """The width the columns were last shared out for."""
        self._strips: LRUCache[tuple[int, bool], Strip] = LRUCache(64)

    # Columns ------------------------------------------------------------------
    def set_columns(
        self, columns: Sequence[tuple[str, Width]], *, cutters: dict[str, Cutter] | None = None
    ) -> None:
        """Set the columns; the one whose width is None takes the space the others leave,
        a ``Grow`` one its share of it. ``cutters`` fit the named columns' text their
        own way rather than cutting at its end."""
        self._labels = [label for label, _ in columns]
        self._grow = {i: width for i, (_, width) in enumerate(columns) if isinstance(width, Grow)}
        self._widths = [
            width.least if isinstance(width, Grow) else width or 10 for _, width in columns
        ]
        self._flex = next((i for i, (_, width) in enumerate(columns) if width is None), None)
        self._cutters = {
            i: cutter
            for i, label in enumerate(self._labels)
            if (cutter := (cutters or {}).get(label))
        }
        self.fit_flex_column()
        self._changed()

    @property
    def column_labels(self) -> list[str]:
        """The column headings, left to right."""
        return list(self._labels)

    def on_resize(self) -> None:
        # Keep the rendered lines of about two screens: the one shown and the last one.
        self._strips.maxsize = max(2 * self.size.height, 8)
        self.fit_flex_column()
        # The lines already rendered stay: one of another width is rendered again when
        # it is next shown, and new column widths cleared them all (``_fit_widths``).
        # Clearing here painted the first frame's tables twice (the first Resize comes
        # after the first paint).
        self._size_to_rows()
        # A table that shrinks (the chart opening under it) keeps its cursor in sight.
        self.call_after_refresh(self._scroll_to_cursor)

    def fit_flex_column(self) -> None:
        """Give the flexible column the width the others leave."""
        if self._fit_widths():
            self._changed()

    def _fit_widths(self) -> bool:
        """Share out the table's width among the columns; whether any width changed.

        Also called from ``render_line``: the first frame is painted before the first
        ``Resize`` arrives, and the columns would show squeezed until it did."""
        self._fitted = self.size.width
        if self._flex is None or not self.size.width:
            return False
        room = self.size.width - SCROLLBAR_ROOM
        widths = share_out(self._widths, self._flex, self._grow, room, CELL_PADDING)
        if widths == self._widths:
            return False
        self._widths = widths
        self._strips.clear()
        return True

    # Rows ---------------------------------------------------------------------
    def clear(self, columns: bool = False) -> None:
        """Remove every row (and the columns too, when ``columns``)."""
        self._eager = []
        self._set(self._eager, itemgetter(0), itemgetter(1))
        if columns:
            self._labels, self._widths, self._flex = [], [], None
            self._changed()

    def add_row(self, *cells: Text, key: str) -> None:
        """Append a row (for short tables; long ones use ``set_rows``)."""
        if self._rows is not self._eager:
            self.clear()
        self._eager.append((key, cells))
        self._index = None
        if not self._resize_pending:
            # One update for a batch of rows, not one per row.
            self._resize_pending = True
            self.call_next(self._changed)

    def set_rows(
        self, rows: Sequence[Any], key: Callable[[Any], str], cells: Callable[[Any], Cells]
    ) -> None:
        """Show ``rows``; ``key`` and ``cells`` are asked only for the rows on screen."""
        self._set(rows, key, cells)

    def _set(
        self, rows: Sequence[Any], key: Callable[[Any], str], cells: Callable[[Any], Cells]
    ) -> None:
        self._rows, self._key_of, self._cells_of = rows, key, cells
        self._index = None
        self._cursor = min(self._cursor, max(len(rows) - 1, 0))
        self._changed()

    @property
    def row_count(self) -> int:
        """How many rows the table holds."""
        return len(self._rows)

    @property
    def cursor_row(self) -> int:
        """The index of the row under the cursor."""
        return self._cursor

    def row_key(self, index: int) -> str:
        """The key of the row at ``index``."""
        return self._key_of(self._rows[index])

    def row_keys(self) -> list[str]:
        """Every row key, top to bottom."""
        return [self._key_of(row) for row in self._rows]

    def get_row(self, key: str) -> list[Text]:
        """The cells of the row with ``key`` (KeyError when it is not shown)."""
        return list(self._cells_of(self._rows[self.get_row_index(key)]))

    def get_row_index(self, key: str) -> int:
        """The index of the row with ``key`` (KeyError when it is not shown)."""
        rows, key_of = self._rows, self._key_of
        # The cursor usually stays on its row, so look there before indexing every key.
        if self._cursor < len(rows) and key_of(rows[self._cursor]) == key:
            return self._cursor
        if self._index is None:
            self._index = {key_of(row): i for i, row in enumerate(rows)}
        return self._index[key]

    def has_row(self, key: str) -> bool:
        """Whether a row with ``key`` is shown."""
        try:
            self.get_row_index(key)
        except KeyError:
            return False
        return True

    def _changed(self) -> None:
        self._resize_pending = False
        self._strips.clear()
        self._size_to_rows()

    def _size_to_rows(self) -> None:
        header = 1 if self.show_header else 0
        self.virtual_size = Size(self.size.width, len(self._rows) + header)
        self.refresh()

    # Cursor -------------------------------------------------------------------
    @property
    def current_key(self) -> str | None:
        """The finding id under the cursor, if any."""
        if self.select_key_after_clear is not None:
            return self.select_key_after_clear
        if not self._rows:
            return None
        return self.row_key(self._cursor)

    @property
    def current_row(self) -> Any:
        """The row under the cursor as given to ``set_rows`` (None when there is none):
        what a panel reads to say what its cursor is on, never parsing a row key."""
        return self._rows[self._cursor] if self._rows else None

    def select_key(self, key: str | None) -> None:
        """Put the cursor on the row with ``key``, when it is shown."""
        self.select_key_after_clear = None
        if key is None:
            return
        try:
            index = self.get_row_index(key)
        except KeyError:  # filtered out: leave the cursor where it is
            return
        self.move_cursor(row=index)

    def move_cursor(self, *, row: int) -> None:
        """Move the cursor to ``row`` (clamped), scroll it into view, announce it."""
        if not self._rows:
            return
        row = max(0, min(row, len(self._rows) - 1))
        moved = row != self._cursor
        if moved:
            for old_or_new in (self._cursor, row):
                self._strips.discard((old_or_new, True))
                self._strips.discard((old_or_new, False))
            self._refresh_row(self._cursor)
            self._cursor = row
            self._refresh_row(row)
        self._scroll_to_cursor()
        if moved:
            self.post_message(self.RowHighlighted(self, row, self.row_key(row)))

    def _refresh_row(self, row: int) -> None:
        self.refresh_line(row + (1 if self.show_header else 0))

    def _scroll_to_cursor(self) -> None:
        visible = self.scrollable_content_region.height - (1 if self.show_header else 0)
        if visible <= 0:
            return
        top = round(self.scroll_y)
        if self._cursor < top:
            self.scroll_to(y=self._cursor, animate=False, immediate=True)
        elif self._cursor >= top + visible:
            self.scroll_to(y=self._cursor - visible + 1, animate=False, immediate=True)

    def _page(self) -> int:
        return max(self.scrollable_content_region.height - 2, 1)

    def action_cursor_down(self) -> None:
        """One row down (into the next table at the end of a chained one)."""
        if self.chained and self._cursor >= len(self._rows) - 1:
            self._chain_step(1)
            return
        self.move_cursor(row=self._cursor + 1)

    def action_cursor_up(self) -> None:
        """One row up (into the previous table at the top of a chained one)."""
        if self.chained and self._cursor <= 0:
            self._chain_step(-1)
            return
        self.move_cursor(row=self._cursor - 1)

    def _chain_step(self, step: int) -> None:
        """Focus the next (``step`` 1) or previous (-1) chained table beside this one.

        Past the first or last one the focus stays: wrapping round would jump to the
        other end of the panel, and the next key straight back (focus ping-pong). Up
        from the first shows what is above it, which the tables otherwise keep hidden.
        """
        parent = self.parent
        if parent is None:
            return
        chain = [
            table
            for table in parent.query_children(FindingTable)
            if table.chained and table.display and table.row_count
        ]
        at = chain.index(self) if self in chain else -1
        if 0 <= at + step < len(chain) and at >= 0:
            chain[at + step].focus()
        elif step < 0 and isinstance(parent, ScrollView | ScrollableContainer):
            parent.scroll_home(animate=False)

    def action_page_down(self) -> None:
        """A screenful down."""
        self.move_cursor(row=self._cursor + self._page())

    def action_page_up(self) -> None:
        """A screenful up."""
        self.move_cursor(row=self._cursor - self._page())

    def action_scroll_top(self) -> None:
        """Jump to the first row."""
        self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        """Jump to the last row."""
        self.move_cursor(row=len(self._rows) - 1)

    def action_select_cursor(self) -> None:
        """Choose the row under the cursor."""
        if self._rows:
            self.post_message(self.RowSelected(self, self._cursor, self.row_key(self._cursor)))

    async def _on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        header = 1 if self.show_header else 0
        if offset.y < header:
            return
        row = round(self.scroll_y) + offset.y - header
        if not 0 <= row < len(self._rows):
            return
        event.stop()
        if row == self._cursor:
            self.action_select_cursor()
        else:
            self.move_cursor(row=row)

    def _on_focus(self, event: events.Focus) -> None:
        self._strips.clear()
        super()._on_focus(event)

    def _on_blur(self, event: events.Blur) -> None:
        self._strips.clear()
        super()._on_blur(event)

    def notify_style_update(self) -> None:
        # A new theme or a pseudo-class change restyles every line.
        super().notify_style_update()
        self._strips.clear()

    # Rendering ----------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        if self._fitted != self.size.width:
            self._fit_widths()
        width = self.scrollable_content_region.width
        if self.show_header:
            if y == 0:
                return self._line((HEADER_ROW, False), width, self._header_strip)
            y -= 1
        row = round(self.scroll_y) + y
        if not 0 <= row < len(self._rows):
            return Strip.blank(width, self.rich_style)
        cursor = row == self._cursor
        return self._line((row, cursor), width, self._row_strip)

    def _line(
        self, key: tuple[int, bool], width: int, make: Callable[[int, bool, int], Strip]
    ) -> Strip:
        # A line painted before is taken as it was, without working out the table's
        # style again: Textual's ``rich_style`` walks every ancestor at each call.
        strip = self._strips.get(key)
        if strip is None or strip.cell_length != width:
            strip = make(*key, width)
            self._strips.set(key, strip)
        return strip

    def _header_strip(self, _row: int, _cursor: bool, width: int) -> Strip:
        header = self.get_component_rich_style("finding-table--header")
        labels = [Text(label, no_wrap=True, overflow="ellipsis") for label in self._labels]
        return self._strip(labels, self.rich_style + header, width)

    def _row_strip(self, row: int, cursor: bool, width: int) -> Strip:
        style = self.rich_style
        if self.zebra_stripes:
            zebra = "finding-table--odd-row" if row % 2 else "finding-table--even-row"
            style += self.get_component_rich_style(zebra)
        post = None
        if cursor:
            cursor_style = self.get_component_rich_style("finding-table--cursor")
            style += cursor_style
            # The cursor's colour wins over a cell's own, as DataTable does it.
            post = Style.from_color(color=cursor_style.color)
        return self._strip(self._cells_of(self._rows[row]), style, width, post)

    def _strip(self, cells: Cells, style: Style, width: int, post: Style | None = None) -> Strip:
        line = Text(no_wrap=True, end="")
        pad = " " * CELL_PADDING
        for column, (text, cell_width) in enumerate(zip(cells, self._widths, strict=False)):
            cutter = self._cutters.get(column)
            fitted = cutter(text, cell_width) if cutter else text.copy()
            fitted.truncate(cell_width, overflow="ellipsis", pad=True)
            line.append(pad)
            line.append_text(fitted)
            line.append(pad)
        segments = Segment.apply_style(line.render(self.app.console), style, post)
        return Strip(segments).adjust_cell_length(width, style)
