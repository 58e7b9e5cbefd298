"""A Rich table laid out a row at a time, for a briefing's long deadline table.

Rich lays a ``Table`` out whole: it measures every cell of every column, then renders
each cell through a ``Padding`` and ``render_lines``. At 1,000 articles the deadline
table (2,600 rows) was 3.3 s of a 7 s rich summary, and nothing of it could be written
before all of it was done. ``StreamedTable`` prints the same bytes: Rich works the
column widths out from the few cells that decide them (each column's widest cell and
its longest word), prints the header, and each row's cells are laid out by
``rich_lines.text_lines`` (Rich's own layout for what is not simple) and joined with
the table's dividers, a row at a time. A test compares it with the whole ``Table``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from rich.console import Console, ConsoleOptions, ConsoleRenderable, RenderResult
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from briefing.summary.plain import cell_len
from briefing.summary.rich_lines import text_lines


def _measure(text: Text) -> tuple[int, int]:
    """Rich's measurement of a text (its longest word, its longest line), quickly."""
    plain = text.plain
    widest = max((cell_len(line) for line in plain.splitlines()), default=0)
    words = plain.split()
    return (max(map(cell_len, words)) if words else widest), widest


class StreamedTable:
    """The table ``make_table()`` starts, with ``rows`` in it, printed as Rich prints it
    by the renderables of ``parts()``."""

    def __init__(self, make_table: Callable[[], Table], rows: Sequence[tuple[Text, ...]]) -> None:
        self.make_table = make_table
        self.rows = rows
        self._layout: _Layout | None = None

    def _whole(self) -> Table:
        table = self.make_table()
        for row in self.rows:
            table.add_row(*row)
        return table

    def _widths(self, console: Console, options: ConsoleOptions) -> list[int]:
        """Each column's width, padding included, as Rich works it out for the whole
        table: from a table of the rows holding each column's widest cell and longest
        word, which give every column the same measurement as all the rows would."""
        chosen: set[int] = set()
        for column in range(len(self.make_table().columns)):
            measured = [_measure(row[column]) for row in self.rows]
            chosen.add(max(range(len(measured)), key=lambda n: measured[n][0]))
            chosen.add(max(range(len(measured)), key=lambda n: measured[n][1]))
        sample = self.make_table()
        for n in sorted(chosen):
            sample.add_row(*self.rows[n])
        # Rich's own arithmetic (private, Rich is pinned to 15.0 in pyproject.toml), as
        # Table.__rich_console__ calls it.
        room = options.update_width(options.max_width - sample._extra_width)
        return sample._calculate_column_widths(console, room)

    def parts(self) -> Iterator[ConsoleRenderable]:
        """The header, then each row on its own: a stream writes the rows as they come."""
        if not self.rows:
            yield self._whole()
            return
        yield _Header(self)
        for row in self.rows:
            yield _Row(self, row)

    def layout(self, console: Console, options: ConsoleOptions) -> _Layout:
        """The columns' widths and paddings, worked out once, by the header."""
        if self._layout is None:
            widths = self._widths(console, options)
            table = self.make_table()
            pads: list[tuple[int, int]] = []
            for index in range(len(table.columns)):
                padding = table._get_padding_width(index)
                left = 0 if index == 0 and not table.pad_edge else table.padding[3]
                pads.append((left, padding - left))
            assert table.box is not None and not table.show_edge and not table.show_lines
            self._layout = _Layout(table, widths, pads, Segment(table.box.mid_vertical))
        return self._layout


@dataclass
class _Layout:
    table: Table
    """The table's columns (with no rows)."""
    widths: list[int]
    pads: list[tuple[int, int]]
    """Each column's padding, left and right."""
    divider: Segment


class _Header:
    """The column headings and the rule under them: Rich's own table, of no rows."""

    def __init__(self, streamed: StreamedTable) -> None:
        self.streamed = streamed

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        layout = self.streamed.layout(console, options)
        header = self.streamed.make_table()
        header.expand = False
        for column, width, (left, right) in zip(
            header.columns, layout.widths, layout.pads, strict=True
        ):
            column.width, column.ratio = width - left - right, None
        yield header


class _Row:
    """One row, its cells side by side as Rich's table lays them out."""

    def __init__(self, streamed: StreamedTable, row: tuple[Text, ...]) -> None:
        self.streamed = streamed
        self.row = row

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        layout = self.streamed.layout(console, options)
        cells: list[list[list[Segment]]] = []
        for text, column, width, (left, right) in zip(
            self.row, layout.table.columns, layout.widths, layout.pads, strict=True
        ):
            inner = width - left - right
            lines = text_lines(console, text, inner, no_wrap=column.no_wrap)
            if lines is None:
                lines = console.render_lines(
                    text,
                    options.update(
                        width=inner,
                        justify=column.justify,
                        overflow=column.overflow,
                        no_wrap=column.no_wrap,
                        height=None,
                    ),
                    pad=True,
                )
            cells.append(
                [
                    [Segment(" " * left), *line, Segment(" " * right)] if left or right else line
                    for line in lines
                ]
            )
        new_line = Segment.line()
        for line_no in range(max(map(len, cells))):
            for index, (cell, width) in enumerate(zip(cells, layout.widths, strict=True)):
                if index:
                    yield layout.divider
                if line_no < len(cell):
                    yield from cell[line_no]
                else:
                    yield Segment(" " * width)
            yield new_line
