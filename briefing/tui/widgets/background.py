"""Work a panel does per query that grows with the corpus: at once when small, else in a thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.widget import Widget
from textual.worker import get_current_worker

T = TypeVar("T")

SUMMARY_IN_THREAD_OVER = 20_000
"""Above this many findings a panel computes its summary (series, counts) in a thread."""

NARROW_IN_THREAD_OVER = 150_000
"""Above this many findings a list is narrowed in a thread. Below, a scan takes under
about 25 ms, less than a thread's hand-offs cost, and the table updates in the same
frame as the keystroke."""


class Latest:
    """Runs a panel's computation; when several overlap, only the newest result lands."""

    def __init__(self, name: str, in_thread_over: int | None = None) -> None:
        self.name = name
        self.in_thread_over = in_thread_over
        """Above this size, compute in a thread (None: ``SUMMARY_IN_THREAD_OVER``)."""
        self.generation = 0

    def run(
        self, widget: Widget, size: int, compute: Callable[[], T], fill: Callable[[T], None]
    ) -> None:
        """``fill(compute())``: here up to ``in_thread_over`` findings, else in a thread."""
        self.generation += 1
        limit = SUMMARY_IN_THREAD_OVER if self.in_thread_over is None else self.in_thread_over
        if size <= limit:
            fill(compute())
            return
        generation = self.generation

        def land(result: T) -> None:
            if generation == self.generation:  # a newer query has not overtaken it
                fill(result)

        def work() -> None:
            if generation != self.generation:
                return  # overtaken before it began: leave the interpreter to the newer one
            result = compute()
            if not get_current_worker().is_cancelled:
                widget.app.call_from_thread(land, result)

        widget.run_worker(work, thread=True, exclusive=True, group=self.name)
