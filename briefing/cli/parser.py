"""The whole command line: one parser, its sub-commands and their options."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from briefing.cli.options import EXIT_USAGE, MAX_WIDTH, MIN_WIDTH, day, port, positive, since, width


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see --help)\n")


if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[_Parser]


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


def _add_written_corpus(parser: argparse.ArgumentParser) -> None:
    """--corpus for a command that writes: required, and never the bundled corpus."""
    parser.add_argument(
        "--corpus",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help="the corpus to write to (required; never the bundled one: copy it first)",
    )


def _add_as_of(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    parser.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=day,
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
    _add_check(commands)
    _add_ingest(commands)
    _add_mark(commands)
    _add_review(commands)
    _add_summary(commands)
    _add_serve(commands)
    _add_catalogue(commands)
    return parser


def _add_check(commands: Commands) -> None:
    """check: verify a corpus."""
    check = commands.add_parser(
        "check", help="verify a corpus: every quote at its span, ids, references, dates, hashes"
    )
    _add_corpus(check)


def _add_ingest(commands: Commands) -> None:
    """ingest: add articles to a corpus."""
    ingest = commands.add_parser(
        "ingest",
        help="add articles (text or HTML files, folders, '-' for stdin) to a corpus, "
        "with extracted findings to review",
    )
    ingest.add_argument(
        "--corpus",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help="the corpus to add to (required; created if missing; never the bundled one)",
    )
    ingest.usage = (
        "briefing ingest --corpus DIR PATH [PATH ...]\n"
        "       briefing ingest --corpus DIR [--title T] [--outlet O] [--url U] "
        "[--published DATE] PATH"
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    for option, what in (
        ("title", "the article's headline"),
        ("outlet", "the outlet that published it"),
        ("url", "its web address (http or https)"),
        ("published", "its date: YYYY-MM-DD, YYYY-MM or YYYY"),
    ):
        ingest.add_argument(
            f"--{option}",
            metavar=option.upper()[0] if option != "published" else "DATE",
            default=None,
            help=f"for a single article: {what}, instead of what is read from its text",
        )


def _add_mark(commands: Commands) -> None:
    """mark: a deadline done, missed or open."""
    mark = commands.add_parser(
        "mark",
        help="mark a deadline or dated target done, missed or open (kept in data/state.toml)",
    )
    mark.usage = (
        "briefing mark ID (--done | --missed | --open | --clear) [--note TEXT] --corpus DIR"
    )
    mark.add_argument("id", metavar="ID", help="the finding's id")
    state = mark.add_mutually_exclusive_group(required=True)
    for value in ("done", "missed", "open"):
        state.add_argument(
            f"--{value}", dest="status", action="store_const", const=value, help=f"mark it {value}"
        )
    state.add_argument(
        "--clear",
        dest="status",
        action="store_const",
        const="clear",
        help="remove the mark: the calendar alone judges it again",
    )
    mark.add_argument("--note", metavar="TEXT", default=None, help="a short note (one line)")
    _add_written_corpus(mark)


def _add_review(commands: Commands) -> None:
    """review: accept or reject an extracted finding."""
    review = commands.add_parser(
        "review", help="accept (with fixes) or reject an extracted finding, in data/findings/"
    )
    review.usage = (
        "briefing review ID (--accept [--statement TEXT] [--kind KIND] [--due DATE] | --reject) "
        "--corpus DIR"
    )
    review.add_argument("id", metavar="ID", help="the finding's id")
    verdict = review.add_mutually_exclusive_group(required=True)
    verdict.add_argument(
        "--accept", dest="verdict", action="store_const", const="accept", help="reviewed = true"
    )
    verdict.add_argument(
        "--reject",
        dest="verdict",
        action="store_const",
        const="reject",
        help="remove it (re-ingesting the article does not bring it back)",
    )
    review.add_argument("--statement", metavar="TEXT", help="with --accept: a new statement")
    review.add_argument("--kind", metavar="KIND", help="with --accept: a new kind")
    review.add_argument("--due", metavar="DATE", help="with --accept: a new due date ('' for none)")
    review.add_argument(
        "--metrics",
        metavar="TEXT",
        help="with --accept: its figures, 'name: value unit (period); …' ('' for none)",
    )
    review.add_argument(
        "--topics", metavar="IDS", help="with --accept: its topic ids, comma-separated"
    )
    review.add_argument("--owner", metavar="TEXT", help="with --accept: who must act ('' for none)")
    _add_written_corpus(review)


def _add_summary(commands: Commands) -> None:
    """summary: the briefing on stdout, and what it selects."""
    summary = commands.add_parser("summary", help="print the briefing to stdout")
    _add_corpus(summary)
    _add_as_of(summary)
    summary.add_argument(
        "--format",
        choices=["rich", "text", "markdown", "json", "html"],
        default=None,
        help="output format (default: rich on a terminal, text otherwise)",
    )
    summary.add_argument(
        "--kind",
        action="append",
        default=[],
        metavar="KIND",
        help="only this kind (achievement, limitation, target, deadline); repeatable",
    )
    summary.add_argument(
        "--topic",
        action="append",
        default=[],
        metavar="T",
        help="only findings under this topic id; repeatable",
    )
    summary.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="ID",
        help="only findings from this source id; repeatable",
    )
    summary.add_argument(
        "--since",
        type=since,
        default=None,
        metavar="YYYY-MM-DD|last",
        help="only findings from sources published on or after this day; 'last': from "
        "sources added or published since you last opened this corpus in the app",
    )
    summary.add_argument(
        "--reviewed-only",
        action="store_true",
        help="leave out extracted findings nobody has reviewed yet",
    )
    summary.add_argument(
        "--limit",
        type=positive,
        default=None,
        metavar="N",
        help="at most N claims per section: deadlines and targets soonest due first, "
        "achievements and limitations newest source first",
    )
    summary.add_argument(
        "--brief",
        action="store_true",
        help="one page: open deadlines (overdue first), the headline figures (ranked, "
        "then newest), the limitations most sources make",
    )
    summary.add_argument(
        "--no-quotes",
        dest="quotes",
        action="store_false",
        help="markdown, html: cite [n] sources without each claim's verbatim quote",
    )
    summary.add_argument(
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="write to FILE (atomically) instead of stdout",
    )
    summary.add_argument(
        "--width",
        type=width,
        default=None,
        metavar="N",
        help=f"line width, {MIN_WIDTH} to {MAX_WIDTH} (default: the terminal's)",
    )
    summary.add_argument(
        "--theme", default=argparse.SUPPRESS, metavar="NAME", help="colour theme (rich, html)"
    )


def _add_serve(commands: Commands) -> None:
    """serve: the app in a web browser."""
    serve = commands.add_parser("serve", help="serve the briefing app to a web browser")
    _add_corpus(serve)
    _add_as_of(serve)
    serve.add_argument(
        "--theme", default=argparse.SUPPRESS, metavar="NAME", help="colour theme for the app"
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only)",
    )
    serve.add_argument("--port", type=port, default=8000, help="port (default: 8000)")
    serve.add_argument(
        "--public",
        action="store_true",
        help="allow a --host reachable from the network (anyone there can read the briefing)",
    )
    serve.add_argument(
        "--max-apps",
        type=positive,
        default=8,
        metavar="N",
        help="apps (browser windows) running at once; one more sees a busy page (default: 8)",
    )


def _add_catalogue(commands: Commands) -> None:
    """topics, sources: the ids that --topic, --source, mark and review take."""
    for name, what in (
        ("topics", "list the topics: id, label and how many findings each has"),
        ("sources", "list the sources: id, outlet, date, findings and title"),
    ):
        command = commands.add_parser(name, help=what)
        _add_corpus(command)
