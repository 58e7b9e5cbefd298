"""``briefing serve``: the app to a web browser, each visitor's app its own process."""

from __future__ import annotations

import argparse

from briefing.cli.options import UsageError, corpus_root
from briefing.cli.summary import summary_colours


def run_serve(args: argparse.Namespace) -> int:
    try:
        from briefing.serve.limits import Limits
        from briefing.serve.server import ServeError, ServeOptions, serve
    except ImportError as exc:  # pragma: no cover (a dependency of the package)
        raise UsageError(f"serve needs textual-serve: {exc}") from None
    corpus = corpus_root(args.corpus).resolve()
    if args.theme is not None:
        summary_colours(args.theme)  # an unknown theme is a usage error here, not in the page
    options = ServeOptions(
        host=args.host,
        port=args.port,
        corpus=corpus,
        as_of=args.as_of,
        theme=args.theme,
        public=args.public,
        limits=Limits(max_apps=args.max_apps),
    )
    try:
        return serve(options)
    except ServeError as exc:
        raise UsageError(str(exc)) from None
