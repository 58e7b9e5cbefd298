"""``briefing`` with no command: the briefing app, the only path that imports Textual."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from briefing.cli.options import corpus_root


def run_app(args: argparse.Namespace, *, settle: Callable[[], None] | None = None) -> int:
    """The app on the corpus asked for; ``settle`` is called once it is loaded."""
    from briefing.tui.app import run_app as open_app  # the only place Textual is imported

    return open_app(
        corpus_root=corpus_root(args.corpus), as_of=args.as_of, theme=args.theme, settle=settle
    )
