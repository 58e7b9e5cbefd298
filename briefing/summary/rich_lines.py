"""A bullet's wrapped lines as Rich's segments, without Rich's per-line machinery.

Laying out a ``Text`` through ``Console.render_lines`` (wrap, divide, justify, pad,
render, split and crop again) cost about 0.4 ms a bullet: at 1,000 articles, 13,500
bullets were over half of ``briefing summary --format rich``. For the text a briefing
is made of (one cell per character, no newline or tab, no word wider than the line)
the layout is simple, and ``bullet_lines`` makes the very segments Rich makes, so the
terminal gets the same bytes; anything else (wide characters, a word Rich would cut
with an ellipsis) returns ``None`` and goes through Rich as before. A test compares both
on every bullet of a generated corpus.
"""

from __future__ import annotations

import re
from itertools import pairwise

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text

from briefing.summary.plain import one_cell_each

# A word with the blanks around it, as ``rich._wrap.words`` splits a line.
_WORD = re.compile(r"\s*\S+\s*")
_TRAILING_BLANKS = re.compile(r"\s+$")


def _breaks(plain: str, width: int) -> list[int] | None:
    """Where Rich's ``divide_line`` (no folding) breaks ``plain`` to ``width`` cells, for
    text of one cell a character; ``None`` for a word wider than the line."""
    breaks: list[int] = []
    used = 0
    for match in _WORD.finditer(plain):
        word = match.group()
        size = len(word.rstrip())
        if width - used >= size:
            used += len(word)
            continue
        if size > width:
            return None  # Rich crops it with an ellipsis: its own path says how
        start = match.start()
        if used and start:
            breaks.append(start)
            used = len(word)
    return breaks


class _Styles:
    """Each span style parsed and combined once per console, as ``Text.render`` does."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.combined: dict[object, Style] = {}

    def of(self, base: str | Style, span: str | Style) -> Style:
        key = (base, span)
        style = self.combined.get(key)
        if style is None:
            null = Style.null()
            style = Style.combine(
                [
                    self.console.get_style(base, default=null),
                    self.console.get_style(span, default=null),
                ]
            )
            self.combined[key] = style
        return style


_STYLES: dict[int, _Styles] = {}


def _styles(console: Console) -> _Styles:
    styles = _STYLES.get(id(console))
    if styles is None or styles.console is not console:
        styles = _STYLES[id(console)] = _Styles(console)
    return styles


def bullet_lines(console: Console, text: Text, width: int) -> list[list[Segment]] | None:
    """``text`` wrapped as Rich wraps it to ``width`` cells (left-justified, padded to the
    widest line it needs), a list of segments per line; ``None`` when the text is not
    the simple kind (see the module's docstring)."""
    return text_lines(console, text, width, shrink=True)


def text_lines(
    console: Console, text: Text, width: int, *, shrink: bool = False, no_wrap: bool = False
) -> list[list[Segment]] | None:
    """``text`` laid out as Rich lays it out in ``width`` cells, left-justified, overflow
    cut with an ellipsis: its lines of segments, each padded to the width (to the widest
    line it needs with ``shrink``, as Rich measures a bullet's text). ``no_wrap``: lines
    are not broken (a table's fixed column). ``None`` when the text is not the simple kind."""
    if text.justify or text.overflow or text.no_wrap or text.end != "\n":
        return None
    plain = text.plain
    if "\t" in plain or not one_cell_each(plain):
        return None
    paragraphs: list[tuple[int, int]] = []
    start = 0
    for piece in plain.split("\n"):
        paragraphs.append((start, start + len(piece)))
        start += len(piece) + 1
    if shrink:  # Rich's measurement of one-cell text: its longest line
        width = min(max(end - start for start, end in paragraphs), width)
    if width <= 0:
        return None
    base = text.style
    styles = _styles(console)
    base_style = console.get_style(base, default=Style.null()) if base else None
    spans = [span for span in text.spans if span.end > span.start]
    lines: list[list[Segment]] = []
    for first, last in paragraphs:
        if no_wrap and last - first > width:
            return None
        breaks = [] if no_wrap else _breaks(plain[first:last], width)
        if breaks is None:
            return None
        cuts = [first + n for n in breaks]
        for start, end in zip([first, *cuts], [*cuts, last], strict=True):
            line = _line(plain, start, end, width, spans, base, base_style, styles)
            if line is None:
                return None
            lines.append(line)
    return lines


def _line(
    plain: str,
    start: int,
    end: int,
    width: int,
    spans: list[Span],
    base: str | Style,
    base_style: Style | None,
    styles: _Styles,
) -> list[Segment] | None:
    """The segments of ``plain[start:end]`` as one line of ``width`` cells."""
    if end - start > width:  # Rich's rstrip_end: blanks past the width go
        blanks = _TRAILING_BLANKS.search(plain, start, end)
        if blanks is not None:
            end -= min(blanks.end() - blanks.start(), end - start - width)
    # The padding Rich adds is part of the line's text, in the line's own style.
    line_text = plain[start:end] + " " * (width - (end - start))
    # Each span cut to the line, as Rich's divide and right crop cut it.
    cut = [
        (max(span.start, start) - start, min(span.end, end) - start, span.style)
        for span in spans
        if span.start < end and span.end > start
    ]
    points = {0, len(line_text)}
    for left, right, _ in cut:
        points.add(left)
        points.add(right)
    segments: list[Segment] = []
    for left, right in pairwise(sorted(points)):
        covering = [style for low, high, style in cut if low <= left and high >= right]
        if not covering:
            style = base_style
        elif len(covering) == 1:
            style = styles.of(base, covering[0])
        else:
            return None  # overlapping spans: Rich's stack of styles says how
        segments.append(Segment(line_text[left:right], style))
    return segments
