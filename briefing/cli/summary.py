"""``briefing summary``: the briefing on stdout (or in a file), in one of five formats.

Never imports Textual: only the app does (a test looks at ``sys.modules``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from briefing.cli.options import (
    EXIT_OK,
    EXIT_PROBLEMS,
    MAX_WIDTH,
    SINCE_LAST,
    UsageError,
    corpus_root,
)

if TYPE_CHECKING:
    from briefing.analysis.query import Query
    from briefing.corpus.indexed import Corpus


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


def run_summary(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus
    from briefing.summary.document import build_briefing, say_what_is_missing
    from briefing.summary.output import iter_render, render

    as_of = args.as_of or date.today()
    fmt = _format(args)
    width = args.width or (min(_terminal_columns(100), MAX_WIDTH) if args.output is None else 100)
    root = corpus_root(args.corpus)
    early = _EarlyTitle(root, fmt, as_of, width) if _whole_title(args, fmt) else None
    corpus = load_corpus(root, on_hit=None if early is None else early.write)
    if not _corpus_usable(corpus):
        return EXIT_PROBLEMS
    query = _query(args, corpus)
    if args.brief and args.limit is not None:
        raise UsageError("--limit: a --brief chooses its own (see --help); give one or the other")
    if not args.quotes and fmt not in ("markdown", "html"):
        raise UsageError(f"--no-quotes: only markdown and html cite quotes, not {fmt}")
    # Plain text, markdown and JSON have no colours: the themes (and the settings file
    # naming the chosen one) are read only to check a --theme given, or for colour.
    colours: dict[str, str] = {}
    if early is not None and early.colours is not None:
        colours = early.colours
    elif fmt in ("rich", "html") or args.theme is not None:
        colours = summary_colours(args.theme, fmt)
    stdout = getattr(sys.stdout, "buffer", None)
    if fmt == "json" and args.output is None and stdout is not None and not args.brief:
        _stream_json(args, corpus, query, as_of, stdout)
        return EXIT_OK
    if args.brief:
        from briefing.summary.brief import build_brief

        briefing = build_brief(corpus, query, as_of)
    else:
        briefing = build_briefing(corpus, query, as_of, args.limit)
    if not args.brief or not briefing.sections:  # a brief leaves kinds out on purpose
        say_what_is_missing(briefing, query.kinds, _asked(args))
    if args.output is None:
        pieces = iter_render(fmt, briefing, corpus, as_of, colours, width, quotes=args.quotes)
        keep = early is not None and not early.written
        if early is not None and early.written:
            next(pieces)  # the title, written already
        for piece in pieces:
            sys.stdout.write(piece)
            sys.stdout.flush()
            if keep:  # once the title is out, for the next summary (even one cut short)
                from briefing.summary.title import keep_title

                keep_title(briefing)
                keep = False
    else:
        text = render(fmt, briefing, corpus, as_of, colours, width, quotes=args.quotes)
        _write_output(args.output, text)
    return EXIT_OK


def _whole_title(args: argparse.Namespace, fmt: str) -> bool:
    """True when the title is the whole corpus's, as kept beside the cache (see
    ``briefing.summary.title``): text or rich on stdout, no filter, no --limit or --brief,
    and nothing refused once the corpus is read (--no-quotes, a --theme): an error
    after a title already written would leave it on stdout."""
    filtered = (
        args.kind or args.topic or args.source or args.since is not None or args.reviewed_only
    )
    return (
        fmt in ("text", "rich")
        and args.output is None
        and not filtered
        and args.limit is None
        and not args.brief
        and args.quotes  # --no-quotes is refused for these, after the corpus is read
        and args.theme is None
    )


class _EarlyTitle:
    """Writes the title kept for the records found in the cache, before they are decoded."""

    def __init__(self, root: Path, fmt: str, as_of: date, width: int) -> None:
        self.root, self.fmt, self.as_of, self.width = root, fmt, as_of, width
        self.written = False
        self.colours: dict[str, str] | None = None
        """The theme's colours, when read here (rich)."""

    def write(self, compiled: int) -> None:
        """``load_corpus``'s ``on_hit``: the kept title on stdout, if there is one."""
        from briefing.summary.output import title_piece
        from briefing.summary.title import kept_title

        title = kept_title(self.root, compiled, self.as_of)
        if title is None:
            return
        if self.fmt == "rich":
            self.colours = summary_colours(None, self.fmt)
        sys.stdout.write(title_piece(self.fmt, title, self.colours or {}, self.width))
        sys.stdout.flush()
        self.written = True


def _asked(args: argparse.Namespace) -> str:
    """The filters given, but --kind, as a person typed them: ``--topic electronic-id``."""
    asked = [f"--topic {t}" for t in args.topic] + [f"--source {s}" for s in args.source]
    if args.since is not None:
        asked.append(f"--since {args.since}")
    if args.reviewed_only:
        asked.append("--reviewed-only")
    return " ".join(asked)


def _corpus_usable(corpus: Corpus) -> bool:
    """False (said on stderr) for a corpus with problems; broken marks are a warning."""
    if corpus.problems:
        for problem in corpus.problems:
            print(problem, file=sys.stderr)
        print(
            f"briefing: the corpus has {len(corpus.problems)} problem(s); run 'briefing check'",
            file=sys.stderr,
        )
        return False
    if corpus.marks.problems:
        first, more = corpus.marks.problems[0], len(corpus.marks.problems) - 1
        also = f" (and {more} more)" if more else ""
        print(
            f"briefing: warning: {first}{also}; marks left out, run 'briefing check'",
            file=sys.stderr,
        )
    return True


def _query(args: argparse.Namespace, corpus: Corpus) -> Query:
    """The findings asked for; an unknown kind, topic or source is a usage error."""
    from briefing.analysis.query import Query
    from briefing.core.model import Kind

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
    return Query(
        kinds=frozenset(Kind(k) for k in args.kind),
        topics=frozenset(args.topic),
        sources=frozenset(args.source),
        since=since,
        among=among,
        reviewed_only=args.reviewed_only,
    )


def _format(args: argparse.Namespace) -> str:
    """The format asked for; by default rich on a terminal (or FORCE_COLOR), else text."""
    import os

    if args.format is not None:
        return str(args.format)
    to_terminal = args.output is None and sys.stdout.isatty()
    return "rich" if to_terminal or os.environ.get("FORCE_COLOR") else "text"


def _stream_json(
    args: argparse.Namespace, corpus: Corpus, query: Query, as_of: date, stdout: BinaryIO
) -> None:
    """JSON written as it is made: a large corpus's JSON is never held whole (160 MB
    and its records for 10,000 articles)."""
    from briefing.summary.document import build_briefing
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


def _write_output(path: Path, text: str) -> None:
    """--output: the file written whole or not at all."""
    from briefing.storage.files import write_output

    if not path.name or path.is_dir():
        raise UsageError(f"--output: '{path}' is a folder, not a file name")
    try:
        write_output(path, text)
    except OSError as exc:
        raise UsageError(f"--output: cannot write '{path}': {exc.strerror or exc}") from None


def summary_colours(theme: str | None, fmt: str = "html") -> dict[str, str]:
    """The theme's colours: the kinds and statuses, and the page's own (for HTML).

    The theme is ``--theme``, else the one picked in the app; on a terminal (``rich``)
    a remembered light theme is left for the default unless the terminal says it is
    light: its dark inks would be unreadable on a dark background."""
    import os

    from briefing.storage.paths import bundled_themes, user_themes_dir
    from briefing.storage.settings import Settings
    from briefing.themes import ThemeError, choose_theme, load_themes, terminal_is_light

    themes = load_themes(bundled_themes(), user_themes_dir())
    light_ok = fmt != "rich" or terminal_is_light(os.environ)
    try:
        name = choose_theme(themes, theme, Settings.load().theme, light_ok=light_ok)
    except ThemeError as exc:
        raise UsageError(str(exc)) from None
    spec = themes.spec(name)
    return {} if spec is None else spec.colours()
