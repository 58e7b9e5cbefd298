"""``IndicatorChart``: the selected indicator's values over time, drawn by Plotext.

Drawn with textual-plotext (see the README for why a library and not our own): one
line per outlet with its own marker, disputed values as ``✕`` in the conflict colour,
and each target's level as a dashed line up to its due date, ending in ``◎``. Under
the plot, the text alternative lists every value drawn, each line led by its marker,
so it is also the legend; with ``NO_COLOR`` the text alone is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult, RenderResult
from textual.color import Color, ColorParseError
from textual.containers import Vertical
from textual.geometry import Size
from textual.widgets import Static
from textual_plotext import PlotextPlot
from textual_plotext.plot import Plot

from briefing.analysis.chart import (
    CONFLICT_COLOUR,
    SOURCE_COLOURS,
    TARGET_COLOUR,
    Chart,
    year_of,
    year_ticks,
)
from briefing.tui.colours import theme_colours

MARKERS = ("●", "◆", "■", "▲", "✚")
"""Each line's marker, in turn: lines stay apart without colour too."""
DISPUTED = "✕"
TARGET = "◎"

RGB = tuple[int, int, int]


class ChartPlot(PlotextPlot):
    """The plot, drawn at every paint for the size it has then: the value labels and
    the room between agreeing markers follow the size, with no redraw to wait for."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.drawing: Callable[[Plot, Size], None] | None = None

    def render(self) -> RenderResult:
        plt = self.plt
        plt.clear_figure()
        if self.drawing is not None:
            self.drawing(plt, self.size)
        return super().render()


class IndicatorChart(Vertical):
    """The chart of one indicator (``show``), above its values as text."""

    DEFAULT_CSS = Path(__file__).with_name("indicator_chart.tcss").read_text()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.chart: Chart | None = None

    def compose(self) -> ComposeResult:
        yield ChartPlot(id="chart-plot")
        yield Static(id="chart-values")

    def on_mount(self) -> None:
        self.set_class(self.app.no_color, "-text-only")
        self.app.theme_changed_signal.subscribe(self, lambda _: self._draw())

    @property
    def plot(self) -> ChartPlot:
        """The Plotext widget."""
        return self.query_one("#chart-plot", ChartPlot)

    def show(self, chart: Chart | None) -> None:
        """Draw ``chart`` (nothing for None)."""
        self.chart = chart
        self.border_title = chart.title if chart is not None else ""
        self._draw()

    def _colours(self) -> tuple[list[RGB], RGB, RGB]:
        """The lines', the targets' and the disputes' colours, from the active theme."""
        named = {**self.app.theme_variables, **theme_colours(self.app)}
        text = named.get("foreground") or "white"

        def rgb(name: str) -> RGB:
            try:
                return Color.parse(named.get(name) or text).rgb
            except ColorParseError:  # a user theme's odd value: the text colour
                return Color.parse(text).rgb

        return [rgb(n) for n in SOURCE_COLOURS], rgb(TARGET_COLOUR), rgb(CONFLICT_COLOUR)

    def _draw(self) -> None:
        chart = self.chart
        values = self.query_one("#chart-values", Static)
        if chart is None or not chart.points:
            values.update("")
            self.plot.drawing = None
        else:
            colours = self._colours()
            values.update(self._legend(chart, *colours))
            self.plot.drawing = partial(_draw_chart, chart, colours)
        self.plot.refresh()

    def _legend(self, chart: Chart, lines: list[RGB], target_rgb: RGB, conflict_rgb: RGB) -> Text:
        """The text alternative, each line led by the marker it is drawn with."""
        text = Text()
        for n, said in enumerate(chart.line_texts()):
            marker = MARKERS[n % len(MARKERS)]
            text.append(f"{marker} ", style=f"bold {Color(*lines[n % len(lines)]).hex}")
            text.append(f"{said}\n")
        for said in chart.target_texts():
            text.append(f"{TARGET} ", style=f"bold {Color(*target_rgb).hex}")
            text.append(f"{said}\n")
        if chart.disputed:
            text.append(f"{DISPUTED} ", style=f"bold {Color(*conflict_rgb).hex}")
            text.append(f"{chart.dispute_text()}\n")
        if chart.left_out:
            text.append(chart.left_out_text(), style="dim")
        text.rstrip()
        return text


def _draw_chart(chart: Chart, colours: tuple[list[RGB], RGB, RGB], plt: Plot, size: Size) -> None:
    """Draw ``chart`` with Plotext for a plot of ``size``."""
    lines, target_rgb, conflict_rgb = colours
    low, high = chart.values()
    sign = -1.0 if chart.inverted else 1.0  # a rank: the best (1) at the top
    start, end = (year_of(d) for d in chart.days())
    room = max((end - start) * 0.04, 0.1)
    column = (end - start + 2 * room) / max(size.width - 8, 10)  # about one cell
    sharing = chart.sharing()
    drawn = [
        (
            [year_of(p.day) + sharing[n, p.day, p.value] * column for p in line.points],
            [sign * p.value for p in line.points],
        )
        for n, line in enumerate(chart.lines)
    ]
    for n, (xs, ys) in enumerate(drawn):  # the lines first: no line hides a marker
        if len(xs) > 1:
            plt.plot(xs, ys, marker="braille", color=lines[n % len(lines)])
    for n, (xs, ys) in enumerate(drawn):
        plt.scatter(xs, ys, marker=MARKERS[n % len(MARKERS)], color=lines[n % len(lines)])
    disputed = [p for p in chart.points if p.conflict]
    if disputed:
        xs = [year_of(p.day) for p in disputed]
        plt.scatter(xs, [sign * p.value for p in disputed], marker=DISPUTED, color=conflict_rgb)
    for target in chart.targets:
        due = year_of(target.due)
        plt.plot([start, due], [sign * target.value] * 2, marker="╌", color=target_rgb)
        plt.scatter([due], [sign * target.value], marker=TARGET, color=target_rgb)
    plt.xlim(start - room, end + room)
    ticks = year_ticks(start - room, end + room)
    plt.xticks([float(y) for y in ticks], [str(y) for y in ticks])
    bottom, top = sorted((sign * low, sign * high))
    plt.ylim(bottom, top)
    levels = spaced([sign * v for v in chart.value_ticks()], bottom, top, size.height - 3)
    plt.yticks(levels, [chart.tick(abs(v)) for v in levels])


def spaced(levels: list[float], bottom: float, top: float, rows: int) -> list[float]:
    """The value labels a plot of ``rows`` rows has room for: two rows apart at least.

    80×24 leaves the plot three rows or so; two labels on one row would leave Plotext
    to choose which one shows."""
    kept: list[float] = []
    last: int | None = None
    for level in sorted(levels):
        row = round((level - bottom) / ((top - bottom) or 1.0) * max(rows - 1, 0))
        if last is None or row - last >= 2:
            kept.append(level)
            last = row
    return kept
