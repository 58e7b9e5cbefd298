"""The command line: ``briefing`` (the TUI), ``check``, ``summary``, ``serve``, ``ingest``,
``mark`` and ``review``.

Only the TUI path imports Textual; ``check`` and ``summary`` stay on the light path
(a test looks at ``sys.modules`` to keep it that way). ``serve`` runs a web server whose
app processes are the TUI path, each in its own process.
"""

from __future__ import annotations

import argparse
import os
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
    from briefing.core.dates import parse_day

    try:
        return parse_day(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


SINCE_LAST = "last"


def _since(text: str) -> date | str:
    return SINCE_LAST if text == SINCE_LAST else _day(text)


# Sub-commands repeat the global options with SUPPRESS as default, so that
# `briefing --corpus X check` and `briefing check --corpus X` both work.
def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of 1 or more")
    return value


MIN_WIDTH = 20


def _width(text: str) -> int:
    value = _positive(text)
    if value < MIN_WIDTH:
        raise argparse.ArgumentTypeError(f"'{text}' is too narrow (at least {MIN_WIDTH})")
    return value


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
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")

    mark = commands.add_parser(
        "mark",
        help="mark a deadline or dated target done, missed or open (kept in data/state.toml)",
    )
    mark.add_argument("id", metavar="ID", help="the finding's id")
    state = mark.add_mutually_exclusive_group(required=True)
    for value in ("done", "missed", "open"):
        state.add_argument(
            f"--{value}", dest="status", action="store_const", const=value, help=f"mark it {value}"
        )
    mark.add_argument("--note", metavar="TEXT", default=None, help="a short note (one line)")
    _add_corpus(mark)

    review = commands.add_parser(
        "review", help="accept (with fixes) or reject an extracted finding, in data/findings/"
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
    _add_corpus(review)

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
        type=_since,
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
        "--limit", type=_positive, default=None, metavar="N", help="at most N findings per section"
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
        type=_width,
        default=None,
        metavar="N",
        help="line width (default: the terminal's)",
    )
    summary.add_argument(
        "--theme", default=argparse.SUPPRESS, metavar="NAME", help="colour theme (rich, html)"
    )

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
    serve.add_argument("--port", type=_port, default=8000, help="port (default: 8000)")
    serve.add_argument(
        "--public",
        action="store_true",
        help="allow a --host reachable from the network (anyone there can read the briefing)",
    )
    return parser


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port (1 to 65535)")
    return value


def _corpus_root(path: Path | None) -> Path:
    if path is None:
        from briefing.storage.paths import bundled_corpus

        return bundled_corpus()
    if not path.is_dir():
        raise UsageError(f"--corpus: '{path}' is not a folder")
    return path


def _run_check(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus

    # Always from the TOML: a check validates for real (and refreshes the cache).
    corpus = load_corpus(_corpus_root(args.corpus), trust_cache=False)
    problems = [*corpus.problems, *corpus.marks.problems]
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"ok: {len(corpus.sources)} sources, {len(corpus.findings)} findings")
    return EXIT_OK


def _terminal_columns(fallback: int) -> int:
    """The terminal's width, as ``shutil.get_terminal_size`` finds it (``COLUMNS`` first),
    without importing shutil: 2 ms (it brings bz2 and lzma) of a summary's start."""
    import os

    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0 and sys.__stdout__ is not None:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (ValueError, OSError):  # closed, detached or not a terminal
            columns = 0
    return columns or fallback


def _run_summary(args: argparse.Namespace) -> int:
    import gc
    import os

    from briefing.analysis.query import Query
    from briefing.core.model import Kind
    from briefing.corpus.loader import load_corpus
    from briefing.summary.document import build_briefing
    from briefing.summary.output import render

    # A one-shot command making millions of small acyclic objects on a large corpus:
    # cyclic collections, walking them all again and again, took half its time.
    gc.disable()
    corpus = load_corpus(_corpus_root(args.corpus))
    if corpus.problems:
        for problem in corpus.problems:
            print(problem, file=sys.stderr)
        print(
            f"briefing: the corpus has {len(corpus.problems)} problem(s); run 'briefing check'",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    if corpus.marks.problems:
        first, more = corpus.marks.problems[0], len(corpus.marks.problems) - 1
        also = f" (and {more} more)" if more else ""
        print(
            f"briefing: warning: {first}{also}; marks left out, run 'briefing check'",
            file=sys.stderr,
        )
    kinds = {k.value for k in Kind}
    for option, given, known in (
        ("--kind", args.kind, kinds),
        ("--topic", args.topic, set(corpus.topics)),
        ("--source", args.source, set(corpus.sources)),
    ):
        unknown = [value for value in given if value not in known]
        if unknown:
            raise UsageError(
                f"{option}: unknown '{unknown[0]}' (known: {', '.join(sorted(known))})"
            )
    since, among = args.since, None
    if since == SINCE_LAST:
        from briefing.analysis.whats_new import new_sources
        from briefing.storage.settings import last_briefed

        last = last_briefed(corpus.root)
        if last is None:
            raise UsageError(
                "--since last: this corpus has not been opened in the app yet, "
                "so nothing is remembered"
            )
        since, among = None, new_sources(corpus, last)
    query = Query(
        kinds=frozenset(Kind(k) for k in args.kind),
        topics=frozenset(args.topic),
        sources=frozenset(args.source),
        since=since,
        among=among,
        reviewed_only=args.reviewed_only,
    )
    as_of = args.as_of or date.today()
    fmt = args.format
    if fmt is None:
        to_terminal = args.output is None and sys.stdout.isatty()
        fmt = "rich" if to_terminal or os.environ.get("FORCE_COLOR") else "text"
    width = args.width or (_terminal_columns(100) if args.output is None else 100)
    # Plain text, markdown and JSON have no colours: the themes (and the settings file
    # naming the chosen one) are read only to check a --theme given, or for colour.
    colours: dict[str, str] = {}
    if fmt in ("rich", "html") or args.theme is not None:
        colours = _summary_colours(args.theme)
    stdout = getattr(sys.stdout, "buffer", None)
    if fmt == "json" and args.output is None and stdout is not None:
        # Written as it is made: a large corpus's JSON is never held whole (160 MB
        # and its records for 10,000 articles).
        from briefing.summary.json_export import iter_json

        if args.limit is None:
            # Every finding the query selects, in the export's own order: the briefing's
            # sections and collapsed claims (half a second at 200,000) are not needed.
            chosen, series = query.apply(corpus, corpus.findings), None
        else:
            briefing = build_briefing(corpus, query, as_of, args.limit)
            chosen, series = briefing.findings, briefing.series
        sys.stdout.flush()
        for piece in iter_json(corpus, as_of, chosen, series):
            stdout.write(piece)
        stdout.flush()
        return EXIT_OK
    briefing = build_briefing(corpus, query, as_of, args.limit)
    text = render(fmt, briefing, corpus, as_of, colours, width)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    from briefing.storage.files import write_atomic

    if not args.output.name or args.output.is_dir():
        raise UsageError(f"--output: '{args.output}' is a folder, not a file name")
    try:
        write_atomic(args.output, text)
    except OSError as exc:
        raise UsageError(f"--output: cannot write '{args.output}': {exc.strerror or exc}") from None
    return EXIT_OK


def _summary_colours(theme: str | None) -> dict[str, str]:
    """The theme's colours: the kinds and statuses, and the page's own (for HTML)."""
    from briefing.storage.paths import bundled_themes, user_themes_dir
    from briefing.storage.settings import Settings
    from briefing.themes import APP_VARIABLES, DEFAULT_THEME, load_themes

    themes = load_themes(bundled_themes(), user_themes_dir())
    name = theme or Settings.load().theme or DEFAULT_THEME
    spec = themes.themes.get(name)
    if spec is None:
        if theme is not None:
            broken = [p for p in themes.problems if p.path.stem == theme]
            if broken:  # the file is there but wrong: say what is wrong with it
                raise UsageError(f"--theme: {broken[0]}")
            known = ", ".join(sorted(themes.themes))
            raise UsageError(f"--theme: no theme named '{theme}' (known: {known})")
        spec = themes.themes.get(DEFAULT_THEME)
    if spec is None:
        return {}
    colours = {key: spec.colour(key) for key in APP_VARIABLES}
    for key in ("background", "foreground"):
        value = getattr(spec, key)
        if value:
            colours[key] = value
    return colours


def _run_serve(args: argparse.Namespace) -> int:
    try:
        from briefing.serve.server import ServeError, ServeOptions, serve
    except ImportError as exc:  # pragma: no cover (a dependency of the package)
        raise UsageError(f"serve needs textual-serve: {exc}") from None
    corpus = _corpus_root(args.corpus).resolve()
    if args.theme is not None:
        _summary_colours(args.theme)  # an unknown theme is a usage error here, not in the page
    options = ServeOptions(
        host=args.host,
        port=args.port,
        corpus=corpus,
        as_of=args.as_of,
        theme=args.theme,
        public=args.public,
    )
    try:
        return serve(options)
    except ServeError as exc:
        raise UsageError(str(exc)) from None


def _run_ingest(args: argparse.Namespace) -> int:
    from briefing.storage.paths import bundled_corpus, is_same_folder
    from briefing.workflows.ingest import (
        STDIN,
        Ingester,
        IngestError,
        ensure_corpus,
        expand_inputs,
    )

    root: Path | None = args.corpus
    if root is None:
        raise UsageError("ingest: give --corpus DIR (the bundled corpus is never written to)")
    if is_same_folder(root, bundled_corpus()):
        raise UsageError(f"--corpus: '{root}' is the bundled corpus, which is never written to")
    if args.paths.count(STDIN) > 1:
        raise UsageError("ingest: '-' (stdin) can be given once")
    try:
        ensure_corpus(root, bundled_corpus())
        ingester = Ingester(root)
        failed = 0
        # A batch is extracted on every core (a pool); each outcome prints as it is stored.
        for outcome in ingester.ingest_all(list(expand_inputs(args.paths)), sys.stdin.buffer):
            print(outcome, flush=True)
            failed += outcome.failed
    except IngestError as exc:
        raise UsageError(str(exc)) from None
    return EXIT_PROBLEMS if failed else EXIT_OK


def _run_mark(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus
    from briefing.storage.marks import (
        BUNDLED_REFUSAL,
        MarksError,
        MarkStatus,
        markable,
        refusal,
        save_mark,
    )
    from briefing.storage.paths import bundled_corpus, is_same_folder

    root: Path | None = args.corpus
    # Refused before loading, so no other complaint comes first.
    if root is None or is_same_folder(root, bundled_corpus()):
        raise UsageError(f"mark: {BUNDLED_REFUSAL}")
    corpus = load_corpus(_corpus_root(root))
    finding = corpus.by_id.get(args.id)
    if finding is None:
        raise UsageError(f"mark: unknown id '{args.id}'")
    if not markable(finding):
        raise UsageError(f"mark: '{args.id}' is not dated: only deadlines and dated targets")
    if args.note is not None and ("\n" in args.note or "\r" in args.note):
        raise UsageError("--note: one line, please")
    reason = refusal(root, corpus.marks)
    if reason:
        raise UsageError(f"mark: {reason}")
    try:
        mark = save_mark(root, finding.id, MarkStatus(args.status), args.note, date.today())
    except MarksError as exc:
        raise UsageError(f"mark: {exc}") from None
    print(f"{finding.id}: {mark.label()}" + (f" ({mark.note})" if mark.note else ""))
    return EXIT_OK


def _run_review(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus
    from briefing.storage.marks import BUNDLED_REFUSAL
    from briefing.workflows.review import ReviewError, accept, check_changes, reject, review_refusal

    root: Path | None = args.corpus
    # Refused before loading, so no other complaint comes first (as for marks).
    if root is None or review_refusal(root):
        raise UsageError(f"review: {BUNDLED_REFUSAL}")
    corpus = load_corpus(_corpus_root(root))
    finding = corpus.by_id.get(args.id)
    if finding is None:
        raise UsageError(f"review: unknown id '{args.id}'")
    edits = (args.statement, args.kind, args.due)
    try:
        if args.verdict == "reject":
            if edits != (None, None, None):
                raise UsageError("review: --statement, --kind and --due go with --accept")
            reject(root, finding)
            print(f"{finding.id}: rejected")
            return EXIT_OK
        changes = None
        if edits != (None, None, None):
            changes, errors = check_changes(
                finding.statement if args.statement is None else args.statement,
                finding.kind.value if args.kind is None else args.kind,
                (finding.due or "") if args.due is None else args.due,
            )
            if changes is None:
                field, message = next(iter(errors.items()))
                raise UsageError(f"--{field}: {message}")
        accept(root, finding, changes)
    except ReviewError as exc:
        raise UsageError(f"review: {exc}") from None
    print(f"{finding.id}: accepted" + (" with changes" if changes else ""))
    return EXIT_OK


def _run_app(args: argparse.Namespace) -> int:
    from briefing.tui.app import run_app  # the only place Textual is imported

    return run_app(corpus_root=_corpus_root(args.corpus), as_of=args.as_of, theme=args.theme)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``briefing`` command; returns the exit status."""
    return _dispatch(argv)[0]


_ONE_SHOT = frozenset({"summary", "check"})
"""Commands that leave nothing running behind them when they return."""


def run() -> NoReturn:
    """The ``briefing`` console command: ``main``, and then the process ends.

    After ``summary`` or ``check`` it ends without freeing what it built: a large
    corpus is millions of objects, and freeing them one by one took half a second
    of a 10,000-article summary that nobody waits for (mypy ends the same way).
    Other commands exit as usual, letting threads and worker processes wind down.
    """
    status, command = _dispatch(None)
    if command not in _ONE_SHOT:
        raise SystemExit(status)
    from contextlib import suppress

    for stream in (sys.stdout, sys.stderr):
        with suppress(BrokenPipeError, ValueError):  # closed early by a reader (`| head`)
            stream.flush()
    os._exit(status)


def _dispatch(argv: Sequence[str] | None) -> tuple[int, str | None]:
    """The exit status, and the command that ran (None for the app or a usage error)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already reported in one line
        return (exc.code if isinstance(exc.code, int) else EXIT_USAGE), None
    runners = {
        "check": _run_check,
        "summary": _run_summary,
        "serve": _run_serve,
        "ingest": _run_ingest,
        "mark": _run_mark,
        "review": _run_review,
        None: _run_app,
    }
    command: str | None = args.command
    try:
        return runners[command](args), command
    except UsageError as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return EXIT_USAGE, command
    except KeyboardInterrupt:
        return 130, command
    except BrokenPipeError:
        # `briefing summary | head` closing the pipe early is not an error.
        sys.stderr.close()
        return EXIT_OK, command
