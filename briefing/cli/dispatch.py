"""From arguments to a command's exit status; usage mistakes become one line on stderr.

Nothing here touches process-wide state: ``main`` leaves the process as it found it
(the choices a console command makes for its process are in ``briefing.cli.process``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from briefing.cli.app import run_app
from briefing.cli.catalogue import run_sources, run_topics
from briefing.cli.check import run_check
from briefing.cli.edits import run_mark, run_review
from briefing.cli.ingest import run_ingest
from briefing.cli.options import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError
from briefing.cli.parser import build_parser
from briefing.cli.serve import run_serve
from briefing.cli.summary import run_summary

RUNNERS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "check": run_check,
    "summary": run_summary,
    "serve": run_serve,
    "ingest": run_ingest,
    "mark": run_mark,
    "review": run_review,
    "topics": run_topics,
    "sources": run_sources,
    None: run_app,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns the exit status."""
    parsed = parse(argv)
    return parsed if isinstance(parsed, int) else execute(parsed)


def parse(argv: Sequence[str] | None) -> argparse.Namespace | int:
    """The parsed arguments, or the exit status of --help or of a usage error (already
    reported in one line)."""
    try:
        return build_parser().parse_args(argv)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE


def execute(args: argparse.Namespace, *, settle: Callable[[], None] | None = None) -> int:
    """Run the command parsed; its exit status. ``settle`` is called once the app's
    corpus is loaded (the console command's heap policy, from ``process``)."""
    try:
        if args.command is None:
            return run_app(args, settle=settle)
        return RUNNERS[args.command](args)
    except UsageError as exc:
        from briefing.core.safe_text import one_line  # a message may quote a file name

        print(one_line(f"briefing: error: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except PermissionError as exc:
        # A folder the user may not read, met before any command could name it.
        from briefing.core.safe_text import one_line

        where = f"{exc.filename}: " if exc.filename else ""
        print(one_line(f"briefing: error: {where}{exc.strerror or exc}"), file=sys.stderr)
        return EXIT_PROBLEMS
    except BrokenPipeError:
        # `briefing summary | head` closing the pipe early is not an error.
        sys.stderr.close()
        return EXIT_OK
