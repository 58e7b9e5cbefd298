"""``briefing check``: verify a corpus, every problem on its own line."""

from __future__ import annotations

import argparse
import sys

from briefing.cli.options import EXIT_OK, EXIT_PROBLEMS, corpus_root


def run_check(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus
    from briefing.storage.links import read_links

    # Always from the TOML: a check validates for real (and refreshes the cache).
    corpus = load_corpus(corpus_root(args.corpus), trust_cache=False)
    links = read_links(corpus.root).problems  # confirmed and dismissed evidence links
    problems = [*corpus.problems, *corpus.marks.problems, *links]
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"ok: {len(corpus.sources)} sources, {len(corpus.findings)} findings")
    return EXIT_OK
