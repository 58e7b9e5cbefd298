"""``BackgroundLoad``: the corpus read in a thread that starts with the app, not after it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

Progress = Callable[[int, int], None]
"""``progress(done, total)``: findings files read so far, of how many."""


@dataclass
class Milestones:
    """What the app and the reading thread tell each other once the corpus is read."""

    painted: threading.Event = field(default_factory=threading.Event)
    """The briefing has been painted and has gone idle: work after it may start."""
    remembered: threading.Event = field(default_factory=threading.Event)
    """The reading thread has remembered this briefing (if not, quitting does)."""


Stage = Callable[[str], None]
"""``stage(what)``: what the read does once the files are read, in words."""


class BackgroundLoad(Generic[T]):
    """Runs ``read`` in a thread at once, then ``then`` on its result in the same thread.

    Started when the app is built, the read overlaps Textual's own start-up; an app whose
    corpus is read by the time its first screen is chosen opens straight on the briefing.
    """

    def __init__(self, read: Callable[[Progress, Stage], T], then: Callable[[T], None]) -> None:
        self.done_of: tuple[int, int] | None = None
        """Findings files read, of how many (one assignment per file: safe across threads)."""
        self.stage: str | None = None
        """What the read does after the files, when it says (shown instead of the count)."""
        self._result: T | None = None
        self._error: BaseException | None = None
        self._finished = threading.Event()
        # A daemon: quitting while a large corpus is read must not wait for the read.
        thread = threading.Thread(target=self._run, args=(read, then), daemon=True)
        thread.name = "briefing-load"
        thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.done_of = (done, total)

    def _stage(self, what: str) -> None:
        self.stage = what

    def _run(self, read: Callable[[Progress, Stage], T], then: Callable[[T], None]) -> None:
        try:
            result = read(self._progress, self._stage)
        except BaseException as exc:  # handed to whoever waits, raised there
            self._error = exc
            self._finished.set()
            return
        self._result = result
        self._finished.set()
        then(result)

    def wait(self, timeout: float | None = None) -> T | None:
        """The result, once read; None if not read within ``timeout`` seconds.

        What the read raised is raised here.
        """
        if not self._finished.wait(timeout):
            return None
        if self._error is not None:
            raise self._error
        return self._result
