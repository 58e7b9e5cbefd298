"""Work a panel does per query that grows with the corpus: at once when small, else in a thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.widget import Widget
from textual.worker import get_current_worker

T = TypeVar("T")

BACKGROUND_OVER = 20_000
"""Above this many findings a panel computes its summary in a worker thread."""


class Latest:
    """Runs a panel's computation; when several overlap, only the newest result lands."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.generation = 0

    def run(
        self, widget: Widget, size: int, compute: Callable[[], T], fill: Callable[[T], None]
    ) -> None:
        """``fill(compute())``: here up to ``BACKGROUND_OVER`` findings, else in a thread."""
        self.generation += 1
        if size <= BACKGROUND_OVER:
            fill(compute())
            return
        generation = self.generation

        def land(result: T) -> None:
            if generation == self.generation:  # a newer query has not overtaken it
                fill(result)

        def work() -> None:
            result = compute()
            if not get_current_worker().is_cancelled:
                widget.app.call_from_thread(land, result)

        widget.run_worker(work, thread=True, exclusive=True, group=self.name)
