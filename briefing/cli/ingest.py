"""``briefing ingest``: add articles to a corpus, with extracted findings to review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from briefing.cli.options import EXIT_OK, EXIT_PROBLEMS, UsageError


def run_ingest(args: argparse.Namespace) -> int:
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
    from briefing.workflows.given_meta import Given, GivenError

    try:
        given = Given(args.title, args.outlet, args.url, args.published)
    except GivenError as exc:
        raise UsageError(str(exc)) from None
    if given and (len(args.paths) != 1 or Path(args.paths[0]).is_dir()):
        option = given.fields()[0][0]
        raise UsageError(f"--{option}: for a single article (one file or '-'), not a batch")
    try:
        ensure_corpus(root, bundled_corpus())
        ingester = Ingester(root, given or None)
        failed = 0
        # A batch is extracted on every core (a pool); each outcome prints as it is stored.
        # stdin may be closed (``<&-``): then there is none, and '-' reads as empty.
        stdin = getattr(sys.stdin, "buffer", None) if STDIN in args.paths else None
        for outcome in ingester.ingest_all(list(expand_inputs(args.paths)), stdin):
            print(outcome, flush=True)
            failed += outcome.failed
    except IngestError as exc:
        raise UsageError(str(exc)) from None
    return EXIT_PROBLEMS if failed else EXIT_OK
