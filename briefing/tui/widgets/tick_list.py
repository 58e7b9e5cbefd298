"""``TickList``: a selection list whose ticked boxes read ``✓`` and unticked ones blank.

Textual's ``SelectionList`` draws the same ``X`` in both states and tells them apart by
colour alone, which a monochrome terminal, a colour-blind reader or a screenshot loses.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.option_list import OptionDoesNotExist

TICKED = "✓"
UNTICKED = " "


class TickList(SelectionList[str]):
    """A ``SelectionList`` of string values with a visible tick."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 3 or segments[1].text != ToggleButton.BUTTON_INNER:
            return strip  # a line with no box (below the last option)
        try:
            option = self.get_option_at_index(round(self.scroll_offset.y) + y)
        except OptionDoesNotExist:
            return strip
        mark = TICKED if option.value in self._selected else UNTICKED
        box = segments[1]
        segments[1] = Segment(mark, box.style, box.control)
        return Strip(segments, strip.cell_length)
