"""The command line: ``briefing`` (the TUI), ``briefing check``, ``briefing summary``.

Only the TUI path imports Textual; ``check`` and ``summary`` stay on the light path
(a test looks at ``sys.modules`` to keep it that way).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how the command was called: reported in one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


def _day(text: str) -> date:
    from briefing.dates import parse_day

    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


# Sub-commands repeat the global options with SUPPRESS as default, so that
# `briefing --corpus X check` and `briefing check --corpus X` both work.
def _add_corpus(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--corpus",
        metavar="DIR",
        type=Path,
        default=default,
        help="corpus folder holding seeds/ and data/ (default: the bundled corpus)",
    )


def _add_as_of(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=_day,
        default=default,
        help="judge deadlines as of this day (default: today)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = _Parser(
        prog="briefing",
        description="A briefing on Vietnam's digital transformation and Project 06, "
        "every claim linked to its source. With no command, opens the briefing app.",
    )
    _add_corpus(parser, default=None)
    _add_as_of(parser, default=None)
    parser.add_argument("--theme", metavar="NAME", default=None, help="colour theme for the app")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser(
        "check", help="verify a corpus: every quote at its span, ids, references, dates, hashes"
    )
    _add_corpus(check)

    summary = commands.add_parser("summary", help="print the briefing to stdout")
    _add_corpus(summary)
    _add_as_of(summary)
    summary.add_argument(
        "--format",
        choices=["json"],
        default="json",
        help="output format",
    )
    return parser


def _corpus_root(path: Path | None) -> Path:
    if path is None:
        from briefing.paths import bundled_corpus

        return bundled_corpus()
    if not path.is_dir():
        raise UsageError(f"--corpus: '{path}' is not a folder")
    return path


def _run_check(args: argparse.Namespace) -> int:
    from briefing.corpus import load_corpus

    corpus = load_corpus(_corpus_root(args.corpus))
    if corpus.problems:
        for problem in corpus.problems:
            print(problem)
        print(f"{len(corpus.problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"ok: {len(corpus.sources)} sources, {len(corpus.findings)} findings")
    return EXIT_OK


def _run_summary(args: argparse.Namespace) -> int:
    from briefing.corpus import load_corpus
    from briefing.summary.json_export import to_json

    corpus = load_corpus(_corpus_root(args.corpus))
    if corpus.problems:
        for problem in corpus.problems:
            print(problem, file=sys.stderr)
        print(
            f"briefing: the corpus has {len(corpus.problems)} problem(s); run 'briefing check'",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    as_of = args.as_of or date.today()
    sys.stdout.write(to_json(corpus, as_of))
    return EXIT_OK


def _run_app(args: argparse.Namespace) -> int:
    from briefing.tui.app import run_app  # the only place Textual is imported

    return run_app(corpus_root=_corpus_root(args.corpus), as_of=args.as_of, theme=args.theme)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns the exit status."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already reported in one line
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    runners = {"check": _run_check, "summary": _run_summary, None: _run_app}
    try:
        return runners[args.command](args)
    except UsageError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `briefing summary | head` closing the pipe early is not an error.
        sys.stderr.close()
        return EXIT_OK
