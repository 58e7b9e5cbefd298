"""``briefing mark`` and ``briefing review``: a person's word on one finding, written
into a corpus folder (never the bundled one)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from briefing.cli.options import EXIT_OK, UsageError, corpus_root


def run_mark(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus
    from briefing.storage.marks import (
        BUNDLED_REFUSAL,
        MarksError,
        MarkStatus,
        clear_mark,
        markable,
        refusal,
        save_mark,
    )
    from briefing.storage.paths import bundled_corpus, is_same_folder

    root: Path | None = args.corpus
    # Refused before loading, so no other complaint comes first.
    if root is None or is_same_folder(root, bundled_corpus()):
        raise UsageError(f"mark: {BUNDLED_REFUSAL}")
    corpus = load_corpus(corpus_root(root))
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
    if args.status == "clear":
        if args.note is not None:
            raise UsageError("--note: goes with --done, --missed or --open, not --clear")
        try:
            had = clear_mark(root, finding.id)
        except MarksError as exc:
            raise UsageError(f"mark: {exc}") from None
        print(f"{finding.id}: mark removed" if had else f"{finding.id}: had no mark")
        return EXIT_OK
    try:
        mark = save_mark(root, finding.id, MarkStatus(args.status), args.note, date.today())
    except MarksError as exc:
        raise UsageError(f"mark: {exc}") from None
    print(f"{finding.id}: {mark.label()}" + (f" ({mark.note})" if mark.note else ""))
    return EXIT_OK


def run_review(args: argparse.Namespace) -> int:
    from briefing.corpus.loader import load_corpus
    from briefing.storage.marks import BUNDLED_REFUSAL
    from briefing.workflows.review import ReviewError, accept, check_changes, reject, review_refusal

    root: Path | None = args.corpus
    # Refused before loading, so no other complaint comes first (as for marks).
    if root is None or review_refusal(root):
        raise UsageError(f"review: {BUNDLED_REFUSAL}")
    corpus = load_corpus(corpus_root(root))
    finding = corpus.by_id.get(args.id)
    if finding is None:
        raise UsageError(f"review: unknown id '{args.id}'")
    edits = (args.statement, args.kind, args.due, args.metrics, args.topics, args.owner)
    try:
        if args.verdict == "reject":
            if any(edit is not None for edit in edits):
                raise UsageError(
                    "review: --statement, --kind, --due, --metrics, --topics and --owner "
                    "go with --accept"
                )
            reject(root, finding)
            print(f"{finding.id}: rejected")
            return EXIT_OK
        changes = None
        if any(edit is not None for edit in edits):
            changes, errors = check_changes(
                finding.statement if args.statement is None else args.statement,
                finding.kind.value if args.kind is None else args.kind,
                (finding.due or "") if args.due is None else args.due,
                metrics=args.metrics,
                topics=args.topics,
                owner=args.owner,
                corpus=corpus,
            )
            if changes is None:
                field, message = next(iter(errors.items()))
                raise UsageError(f"--{field}: {message}")
        accept(root, finding, changes)
    except ReviewError as exc:
        raise UsageError(f"review: {exc}") from None
    print(f"{finding.id}: accepted" + (" with changes" if changes else ""))
    return EXIT_OK
