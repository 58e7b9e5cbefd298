"""``briefing topics`` and ``briefing sources``: the ids that ``--topic``, ``--source``,
``mark`` and ``review`` take, with what each one is.

One line each, tab-separated, so a script can cut a column; corpus text is printed
literally (control characters visible, one line per entry whatever the text holds).
"""

from __future__ import annotations

import argparse
import sys

from briefing.cli.options import EXIT_OK, EXIT_PROBLEMS, corpus_root
from briefing.core.text import printable


def _line(*cells: str) -> str:
    # A tab or newline inside a cell would break the one-line, tab-separated contract.
    return "\t".join(printable(c).replace("\t", " ").replace("\n", " ") for c in cells)


def run_topics(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus

    corpus = load_corpus(corpus_root(args.corpus))
    if corpus.problems:
        return _problems(len(corpus.problems))
    print(_line("id", "label", "findings"))
    used = set(corpus.by_topic)
    for topic in sorted(set(corpus.topics) | used):
        count = len(corpus.by_topic.get(topic, ()))
        print(_line(topic, corpus.topic_label(topic), str(count)))
    return EXIT_OK


def run_sources(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus

    corpus = load_corpus(corpus_root(args.corpus))
    if corpus.problems:
        return _problems(len(corpus.problems))
    print(_line("id", "outlet", "published", "findings", "title"))
    for source in sorted(corpus.sources.values(), key=lambda s: (s.published_date, s.id)):
        count = str(len(corpus.by_source.get(source.id, ())))
        print(_line(source.id, source.outlet, source.published_label, count, source.title))
    return EXIT_OK


def _problems(count: int) -> int:
    print(f"briefing: the corpus has {count} problem(s); run 'briefing check'", file=sys.stderr)
    return EXIT_PROBLEMS
