"""``FindingTable`` on its own: a virtual table that renders only the lines on screen."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import App, ComposeResult

from briefing.tui.widgets.finding_table import FindingTable, cell
from tests.tui.helpers import rendered

ROWS = 50_000


@dataclass(frozen=True)
class Item:
    """A synthetic row: its position and a title."""

    n: int

    @property
    def key(self) -> str:
        return f"item-{self.n}"


class TableApp(App[None]):
    """One table of ``ROWS`` items, counting how many rows were ever rendered."""

    def __init__(self, rows: int = ROWS) -> None:
        super().__init__()
        self.items = [Item(n) for n in range(rows)]
        self.rendered_rows: set[int] = set()
        self.asked: list[int] = []
        """Every row asked for its cells, in order (once per line rendered)."""
        self.selected: list[str] = []
        self.highlighted: list[str] = []

    def compose(self) -> ComposeResult:
        yield FindingTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(FindingTable)
        table.set_columns([("N", 8), ("Title", None)])
        table.set_rows(self.items, key=lambda item: item.key, cells=self.cells)
        table.focus()

    def cells(self, item: Item) -> list[Text]:
        self.rendered_rows.add(item.n)
        self.asked.append(item.n)
        return [cell(str(item.n)), cell(f"[bold]row {item.n}[/bold] " + "x" * 200)]

    def on_finding_table_row_selected(self, event: FindingTable.RowSelected) -> None:
        self.selected.append(event.row_key)

    def on_finding_table_row_highlighted(self, event: FindingTable.RowHighlighted) -> None:
        self.highlighted.append(event.row_key)


def lines(app: TableApp) -> list[str]:
    return rendered(app.query_one(FindingTable)).splitlines()


async def test_fifty_thousand_rows_build_no_widgets_and_render_only_what_shows():
    app = TableApp()
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(FindingTable)
        assert table.row_count == ROWS
        assert list(table.children) == []  # no widget per row
        shown = lines(app)
        assert shown[0].split() == ["N", "Title"]  # the header row
        assert shown[1].split()[:2] == ["0", "[bold]row"]  # cells are literal, never markup
        assert shown[1].rstrip().endswith("…")  # a long cell ends in an ellipsis
        # Only the rows on screen were ever asked for their cells.
        assert len(app.rendered_rows) <= 2 * table.size.height
        assert max(app.rendered_rows) < 2 * table.size.height


async def test_keys_move_the_cursor_and_scroll_the_rows_into_view():
    app = TableApp()
    async with app.run_test(size=(80, 12)) as pilot:
        table = app.query_one(FindingTable)
        await pilot.press("j", "j", "down")
        assert table.current_key == "item-3"
        await pilot.press("k", "up")
        assert table.current_key == "item-1"
        await pilot.press("G")
        assert table.current_key == f"item-{ROWS - 1}"
        assert lines(app)[-1].split()[0] == str(ROWS - 1)  # scrolled to the end
        await pilot.press("pageup")
        page = ROWS - 1 - table.cursor_row
        assert page > 3
        await pilot.press("pagedown")
        assert table.current_key == f"item-{ROWS - 1}"
        await pilot.press("g")
        assert table.current_key == "item-0"
        assert lines(app)[1].split()[0] == "0"
        await pilot.press("pagedown", "end")
        assert table.cursor_row == ROWS - 1
        await pilot.press("home")
        assert table.cursor_row == 0
        assert app.highlighted[:3] == ["item-1", "item-2", "item-3"]
        assert max(app.rendered_rows) == ROWS - 1  # the end was drawn when shown
        assert len(app.rendered_rows) < 10 * table.size.height


async def test_enter_and_a_click_on_the_cursor_row_select_it():
    app = TableApp(rows=20)
    async with app.run_test(size=(80, 12)) as pilot:
        table = app.query_one(FindingTable)
        await pilot.press("j", "enter")
        assert app.selected == ["item-1"]
        # The header is line 0: line 4 is the fourth row (item-3). One click moves there…
        await pilot.click(FindingTable, offset=(3, 4))
        assert table.current_key == "item-3"
        assert app.selected == ["item-1"]
        # …a second click on the row under the cursor selects it.
        await pilot.click(FindingTable, offset=(3, 4))
        assert app.selected == ["item-1", "item-3"]
        await pilot.click(FindingTable, offset=(3, 0))  # the header selects nothing
        assert table.current_key == "item-3"


async def test_select_key_keeps_the_cursor_on_its_row_across_new_rows():
    app = TableApp(rows=100)
    async with app.run_test(size=(80, 12)) as pilot:
        table = app.query_one(FindingTable)
        await pilot.press(*"jjjj")
        assert table.current_key == "item-4"
        keep = table.current_key
        odd = [item for item in app.items if item.n % 2]
        table.set_rows(odd, key=lambda item: item.key, cells=app.cells)
        table.select_key(keep)  # gone: the cursor stays where it was, on a shown row
        assert table.current_key == "item-9"
        table.select_key("item-5")
        assert table.current_key == "item-5"
        table.select_key("item-51")
        assert table.current_key == "item-51"
        table.set_rows([], key=lambda item: item.key, cells=app.cells)
        assert table.current_key is None
        await pilot.press("j", "enter")
        assert app.selected == []


async def test_rows_are_redrawn_when_the_data_changes():
    app = TableApp(rows=10)
    async with app.run_test(size=(80, 12)) as pilot:
        table = app.query_one(FindingTable)
        assert lines(app)[1].split()[0] == "0"
        table.set_rows(app.items[5:], key=lambda item: item.key, cells=app.cells)
        await pilot.pause()
        assert lines(app)[1].split()[0] == "5"
        table.clear()
        table.add_row(cell("new"), cell("added one by one"), key="a")
        await pilot.pause()
        assert lines(app)[1].split() == ["new", "added", "one", "by", "one"]
        assert table.row_keys() == ["a"]


async def test_a_taller_window_renders_only_the_rows_it_adds_and_a_wider_one_every_row():
    app = TableApp(rows=40)
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.pause()
        shown = set(app.asked)
        assert len(app.asked) == len(shown)  # each row on screen rendered once
        app.asked.clear()
        await pilot.resize_terminal(80, 16)
        await pilot.pause()
        # The rows already on screen are kept as rendered: only the four new ones are made.
        assert set(app.asked) == set(range(len(shown), len(shown) + 4))
        app.asked.clear()
        await pilot.resize_terminal(100, 16)
        await pilot.pause()
        assert set(app.asked) == set(range(len(shown) + 4))  # a new width: every row again
        assert all(len(line) == 100 for line in lines(app))
