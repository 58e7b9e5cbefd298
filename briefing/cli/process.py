"""The ``briefing`` console command, and the one place that chooses process-wide state.

Library code (``main``, ``load_corpus``, the app) leaves the garbage collector and the
interpreter's exit as it found them; a console command owns its process, so this module
alone decides, per command, how the process collects garbage and how it ends.
"""

from __future__ import annotations

import gc
import os
import sys
from contextlib import suppress
from typing import NoReturn

from briefing.cli.dispatch import execute, parse

ONE_SHOT = frozenset({"summary", "check"})
"""Commands that leave nothing running behind them when they return."""

NO_COLLECTION = frozenset({"summary"})
"""Commands run with the cyclic garbage collector off. A summary makes millions of
small acyclic objects on a large corpus: cyclic collections, walking them all again and
again, took half its time."""

KEEPS_A_CORPUS = frozenset({None})
"""Commands holding a corpus for a session (the app, also each process of ``serve``)."""


def exempt_from_collection() -> None:
    """Exempt every object alive now from the cyclic garbage collector, for good.

    The app does it twice: for its modules (walked by the first full collection, which
    came during the first frame, they cost it about 20 ms), and once its corpus is
    loaded (without, every full collection walks its hundreds of thousands of objects,
    a pause of a second at 200,000 findings that lands on a random keystroke).
    Loading makes no cycles, so nothing is collected first.
    """
    gc.freeze()


def run() -> NoReturn:
    """The ``briefing`` console command: the command, and then the process ends.

    After ``summary`` or ``check`` it ends without freeing what it built: a large
    corpus is millions of objects, and freeing them one by one took half a second
    of a 10,000-article summary that nobody waits for (mypy ends the same way).
    Other commands exit as usual, letting threads and worker processes wind down.
    """
    parsed = parse(None)
    if isinstance(parsed, int):
        raise SystemExit(parsed)
    command: str | None = parsed.command
    if command in NO_COLLECTION:
        gc.disable()
    settle = None
    if command in KEEPS_A_CORPUS:
        exempt_from_collection()  # the modules
        settle = exempt_from_collection  # the corpus and its first view, once made
    status = execute(parsed, settle=settle)
    if command not in ONE_SHOT:
        raise SystemExit(status)
    for stream in (sys.stdout, sys.stderr):
        with suppress(BrokenPipeError, ValueError):  # closed early by a reader (`| head`)
            stream.flush()
    os._exit(status)
