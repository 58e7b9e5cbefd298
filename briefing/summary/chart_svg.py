"""An indicator's chart as inline SVG, with its values as a table: the HTML briefing's.

The same chart as the Figures panel (``analysis.chart``): one line per outlet, each
with its own marker shape (colour is not needed to tell them apart), disputed values
ringed in the conflict colour, each target's level dashed up to its due date. Colours
are the theme's, through CSS classes (``html.css``). The ``<title>`` and ``<desc>``
name the chart for screen readers, and the table under it lists every value drawn.
"""

from __future__ import annotations

from briefing.analysis.chart import Chart, ChartPoint, year_of, year_ticks
from briefing.summary.svg import element, num, text

WIDTH, HEIGHT = 640.0, 240.0
LEFT, RIGHT, TOP, BOTTOM = 110.0, 20.0, 14.0, 28.0
"""Room for the value labels (left) and the years (below)."""
Attrs = dict[str, str | float]
DODGE = 10.0
"""Pixels between the markers of outlets giving the very same value for one period."""
SHAPES = ("circle", "diamond", "square", "triangle", "plus")


class _Axes:
    """Where a (fractional year, value) lands in the picture."""

    def __init__(self, chart: Chart) -> None:
        start, end = (year_of(d) for d in chart.days())
        room = max((end - start) * 0.04, 0.1)
        self.start, self.end = start - room, end + room
        self.low, self.high = chart.values()
        self.inverted = chart.inverted

    def x(self, year: float) -> float:
        return LEFT + (year - self.start) / (self.end - self.start) * (WIDTH - LEFT - RIGHT)

    def y(self, value: float) -> float:
        share = (value - self.low) / ((self.high - self.low) or 1.0)
        if self.inverted:  # a rank: the best (smallest) at the top
            share = 1 - share
        return HEIGHT - BOTTOM - share * (HEIGHT - TOP - BOTTOM)


def marker(shape: str, x: float, y: float, cls: str, size: float = 4.5) -> str:
    """A point's marker, one shape per line."""
    if shape == "circle":
        return element("circle", {"cx": x, "cy": y, "r": size, "class": cls})
    if shape == "square":
        box: Attrs = {"x": x - size, "y": y - size, "width": 2 * size, "height": 2 * size}
        return element("rect", {**box, "class": cls})
    s = size * 1.3
    corners = {
        "diamond": [(x, y - s), (x + s, y), (x, y + s), (x - s, y)],
        "triangle": [(x, y - s), (x + s, y + s * 0.8), (x - s, y + s * 0.8)],
        "plus": [
            (x - s / 3, y - s), (x + s / 3, y - s), (x + s / 3, y - s / 3), (x + s, y - s / 3),
            (x + s, y + s / 3), (x + s / 3, y + s / 3), (x + s / 3, y + s), (x - s / 3, y + s),
            (x - s / 3, y + s / 3), (x - s, y + s / 3), (x - s, y - s / 3), (x - s / 3, y - s / 3),
        ],
    }[shape]  # fmt: skip
    points = " ".join(f"{num(a)},{num(b)}" for a, b in corners)
    return element("polygon", {"points": points, "class": cls})


def chart_svg(chart: Chart, chart_id: str) -> str:
    """The chart as an ``<svg>`` element, titled and described for screen readers."""
    axes = _Axes(chart)
    parts = [
        element("title", {"id": f"{chart_id}-title"}, text(chart.title)),
        element("desc", {"id": f"{chart_id}-desc"}, text("; ".join(chart.alternative()))),
    ]
    parts += _frame(chart, axes)
    for target in chart.targets:
        y, due = axes.y(target.value), axes.x(year_of(target.due))
        level: Attrs = {"x1": axes.x(axes.start), "y1": y, "x2": due, "y2": y, "class": "target"}
        parts.append(element("line", level))
        parts.append(element("circle", {"cx": due, "cy": y, "r": 5.0, "class": "target-due"}))
        label = f"target {target.shown} by {target.due_label}"
        at: Attrs = {"x": due - 6, "y": y - 6, "text-anchor": "end", "class": "target-label"}
        parts.append(element("text", at, text(label)))
    sharing = chart.sharing()
    for n, line in enumerate(chart.lines):
        cls = f"line-{n % 4}"
        placed = [(axes.x(year_of(p.day)) + sharing[n, p.day, p.value] * DODGE, axes.y(p.value))
                  for p in line.points]  # fmt: skip
        if len(placed) > 1:
            path = " ".join(f"{num(x)},{num(y)}" for x, y in placed)
            parts.append(element("polyline", {"points": path, "class": f"path {cls}"}))
        shape = SHAPES[n % len(SHAPES)]
        for point, (x, y) in zip(line.points, placed, strict=True):
            parts.append(_point(point, shape, x, y, cls, line.name))
    attrs: Attrs = {
        "xmlns": "http://www.w3.org/2000/svg",
        "class": "chart",
        "role": "img",
        "viewBox": f"0 0 {num(WIDTH)} {num(HEIGHT)}",
        "width": WIDTH,
        "height": HEIGHT,
        "aria-labelledby": f"{chart_id}-title {chart_id}-desc",
    }
    return element("svg", attrs, *parts)


def _point(point: ChartPoint, shape: str, x: float, y: float, cls: str, outlet: str) -> str:
    said = f"{outlet}: {point.shown} ({point.period})"
    drawn = [element("title", None, text(said + (", disputed" if point.conflict else "")))]
    drawn.append(marker(shape, x, y, f"point {cls}"))
    if point.conflict:  # apart from the agreeing values: ringed, in the conflict colour
        drawn.append(element("circle", {"cx": x, "cy": y, "r": 8.5, "class": "disputed"}))
    return element("g", {"class": "value"}, *drawn)


def _frame(chart: Chart, axes: _Axes) -> list[str]:
    """The axes, the value labels with their grid lines, and the years."""
    bottom, left, right = HEIGHT - BOTTOM, LEFT, WIDTH - RIGHT
    parts = []
    for value in chart.value_ticks():
        y = axes.y(value)
        parts.append(element("line", {"x1": left, "y1": y, "x2": right, "y2": y, "class": "grid"}))
        at: Attrs = {"x": left - 6, "y": y + 4, "text-anchor": "end", "class": "tick"}
        parts.append(element("text", at, text(chart.tick(value))))
    for year in year_ticks(axes.start, axes.end):
        x = axes.x(float(year))
        parts.append(element("line", {"x1": x, "y1": bottom, "x2": x, "y2": bottom + 5}))
        at = {"x": x, "y": bottom + 18, "text-anchor": "middle", "class": "tick"}
        parts.append(element("text", at, text(str(year))))
    parts.append(
        element("polyline", {"points": f"{num(left)},{num(TOP)} {num(left)},{num(bottom)} "
                             f"{num(right)},{num(bottom)}", "class": "axis"})
    )  # fmt: skip
    return parts


def chart_table(chart: Chart) -> str:
    """The chart's values as a table: the text alternative, and the legend."""
    rows = []
    for n, line in enumerate(chart.lines):
        key = marker(SHAPES[n % len(SHAPES)], 8.0, 8.0, f"point line-{n % 4}", 4.0)
        swatch = element("svg", {"class": "key", "width": 16.0, "height": 16.0}, key)
        rows.append(f"<tr><th>{swatch} {text(line.name)}</th><td>{text(line.said())}</td></tr>")
    for target in chart.targets:
        rows.append(f'<tr><th class="target-label">Target</th><td>{text(target.said())}</td></tr>')
    if chart.disputed:
        rows.append(f'<tr><th class="warn">Disputed</th><td>{text(chart.dispute_text())}</td></tr>')
    if chart.left_out:
        rows.append(f"<tr><th>Earlier</th><td>{text(chart.left_out_text())}</td></tr>")
    head = "<thead><tr><th>Source</th><th>Values (period)</th></tr></thead>"
    return f'<table class="chart-values">{head}<tbody>{"".join(rows)}</tbody></table>'
