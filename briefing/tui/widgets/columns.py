"""How a table's columns share out its width, and how a cell too long for one is cut."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.text import Text


@dataclass(frozen=True)
class Grow:
    """A column that takes ``share`` of the room left by the fixed ones, between
    ``least`` and ``most`` cells (a topic: legible at 80 columns, whole at 200)."""

    least: int
    most: int
    share: float


Width = int | Grow | None
"""A column's width: fixed, growing with the window, or (None) the rest."""


def share_out(
    widths: list[int], flex: int, grow: dict[int, Grow], room: int, padding: int
) -> list[int]:
    """The columns' widths in ``room`` cells: the fixed ones as they are, each ``Grow``
    its share of what they leave, the flexible one (``flex``) the rest (at least 8);
    ``padding`` blank cells either side of every column."""
    shared = list(widths)
    room -= sum(w + 2 * padding for i, w in enumerate(widths) if i != flex and i not in grow)
    room -= 2 * padding
    for i, column in grow.items():
        shared[i] = max(column.least, min(column.most, int(room * column.share)))
        room -= shared[i] + 2 * padding
    shared[flex] = max(room, 8)
    return shared


Cutter = Callable[[Text, int], Text]
"""Fits a cell's text to a width (the default cuts at the end, with an ellipsis)."""


def cut_apart(labels: Iterable[str]) -> Cutter:
    """A cutter for names that often share a long beginning ("Administrative procedure
    records processed online, localities" / "…, ministries and branches"): what they
    share is cut, what tells one from the others is kept."""
    names = sorted(set(labels))

    def shared(name: str) -> int:
        # The longest word-aligned beginning this name shares with a neighbour in order.
        at = bisect.bisect_left(names, name)
        best = 0
        for other in names[max(at - 1, 0) : at + 2]:
            if other == name:
                continue
            pairs = enumerate(zip(name, other, strict=False))
            n = next((i for i, (a, b) in pairs if a != b), min(len(name), len(other)))
            best = max(best, name.rfind(" ", 0, n + 1) + 1 if n < len(name) else n)
        return best

    def cut(text: Text, width: int) -> Text:
        plain = text.plain
        if text.cell_len <= width or width < 9:
            return text
        common = shared(plain)
        if common + 8 <= width - 1:  # the end cut already shows what differs
            return text
        rest = len(plain) - common
        # All of what differs after as much of the shared part as fits, else a little.
        head = width - 1 - rest if rest + 1 <= width else min(common, width // 3)
        return Text.assemble(text[:head], Text("…", style=text.style), text[len(plain) - rest :])

    return cut
