"""The briefing's workflows that write to its corpus folder: marking a deadline, reviewing
extracted findings, and reading the corpus again after such a change.

Each opens its dialog over the briefing and ends in a message to the briefing screen
(``MarksChanged``, ``CorpusEdited``, ``CorpusReloaded``), which adopts what changed and
re-renders: no workflow touches a panel. A review is applied to the corpus in memory
first and written to its file after, in a worker thread (one write at a time), so the
dialog goes on to the next finding at once; a write that fails is said, and the change
taken back. Reading the corpus again runs in a worker thread too.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import ScreenStackError
from textual.message import Message
from textual.screen import Screen

from briefing.analysis.edits import edited, settle
from briefing.analysis.per_corpus import PerCorpus
from briefing.core.model import Finding
from briefing.core.text import printable
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus
from briefing.storage.marks import (
    Mark,
    Marks,
    MarksError,
    clear_mark,
    markable,
    read_marks,
    refusal,
    save_mark,
)
from briefing.tui.context import ViewContext
from briefing.workflows.review import ReviewError, review_refusal, unreviewed

if TYPE_CHECKING:
    from briefing.tui.screens.mark_screen import MarkChoice

# The dialogs are imported when first opened: the first frame needs none of them.


class MarksChanged(Message):
    """A mark was saved: the corpus's marks, read again (others may have marked meanwhile)."""

    def __init__(self, marks: Marks) -> None:
        super().__init__()
        self.marks = marks


class CorpusEdited(Message):
    """A review applied in memory (or taken back): the corpus to show from now on.

    ``settled`` when what its views ask for first has been worked out (in the worker)."""

    def __init__(
        self,
        corpus: Corpus,
        changed: str,
        *,
        settled: bool = False,
        then: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.changed = changed
        """The id of the finding changed."""
        self.settled = settled
        self.then = then
        """Called once the corpus is adopted (the dialog going back to a failed one)."""


class CorpusReloaded(Message):
    """The corpus was read again after a change on disk (it may have problems now)."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus


@dataclass
class _Editor:
    """The review writes of one briefing screen: one at a time, each on the last."""

    lock: threading.Lock
    latest: Corpus | None = None
    """The corpus the last edit made (perhaps not adopted by the screen yet)."""
    unsettled: tuple[Corpus, str] | None = None
    """The last edit's corpus and finding, while what it derives is still carried over."""
    unwritten: list[ReviewWrite] = field(default_factory=list)
    """The reviews applied in memory whose write has not begun: written at exit if the
    app ends first (``write_pending_reviews``)."""


_EDITORS: weakref.WeakKeyDictionary[Screen[Any], _Editor] = weakref.WeakKeyDictionary()


def mark(
    screen: Screen[Any], context: ViewContext, finding: Finding | None, then: Callable[[], None]
) -> None:
    """Mark ``finding`` (a deadline or dated target) done, missed or open, with a note;
    ``then`` is called when the dialog closes."""
    corpus = context.corpus
    if finding is None or not markable(finding):
        screen.notify("Only a deadline or a dated target can be marked.", severity="warning")
        return
    reason = refusal(corpus.root, corpus.marks)
    if reason:
        screen.notify(f"Cannot mark: {reason}", severity="warning", markup=False)
        return

    def chosen(choice: MarkChoice | None) -> None:
        if choice is not None:
            _save_mark(screen, corpus, finding, choice)
        then()

    from briefing.tui.screens.mark_screen import MarkScreen

    screen.app.push_screen(MarkScreen(finding, corpus.mark_of(finding)), chosen)


def _save_mark(screen: Screen[Any], corpus: Corpus, finding: Finding, choice: MarkChoice) -> None:
    """Show the mark at once, write it in a worker; a failed write is said and taken back."""
    status, note = choice
    if note is not None:
        note = " ".join(note.split()) or None  # as the file will hold it
    before = corpus.marks
    marks = dict(before.marks)
    saved = Mark(status, note, date.today()) if status is not None else None
    if saved is None:
        marks.pop(finding.id, None)
    else:
        marks[finding.id] = saved
    screen.post_message(MarksChanged(replace(before, marks=marks)))
    said = saved.label().capitalize() if saved else "Mark removed"
    screen.notify(f"{said}: {printable(finding.statement)}", markup=False)
    editor = _EDITORS.setdefault(screen, _Editor(threading.Lock()))

    def failed(message: str) -> None:
        screen.notify(f"Cannot mark: {message}", severity="error", markup=False)
        screen.post_message(MarksChanged(before))

    def work() -> None:
        with editor.lock:
            try:
                if saved is None:
                    clear_mark(corpus.root, finding.id)
                else:
                    save_mark(corpus.root, finding.id, saved.status, note, saved.marked)
            except MarksError as exc:
                screen.app.call_from_thread(failed, str(exc))
                return
            # Re-read: another window or `briefing mark` may have marked others meanwhile.
            marks = read_marks(corpus.root, corpus.dated())
        if saved is not None:
            marks.marks.setdefault(finding.id, saved)
        else:
            marks.marks.pop(finding.id, None)
        screen.post_message(MarksChanged(marks))

    screen.run_worker(work, thread=True, group="marks", name="mark")


_WAITING: PerCorpus[list[Finding]] = PerCorpus()


def waiting_for_review(corpus: Corpus) -> list[Finding]:
    """``unreviewed(corpus)``, worked out once per corpus (an edit makes a new one): the
    review dialog asks twice per accept, at 30 ms or more a look at 200,000 findings."""
    return list(_WAITING.made(corpus, unreviewed))


def review(
    screen: Screen[Any],
    context: ViewContext,
    finding_id: str,
    closed: Callable[[str | None], None],
) -> None:
    """Review ``finding_id``, then the next unreviewed ones; ``closed`` gets the last one
    shown (None when every one was reviewed). Each accept or reject is applied in memory
    and written in a worker (``apply_review``)."""
    reason = review_refusal(context.corpus.root)
    if reason:
        screen.notify(f"Cannot review: {reason}", severity="warning", markup=False)
        return
    from briefing.tui.screens.review_screen import ReviewScreen

    def saved(write: ReviewWrite) -> None:
        apply_review(screen, context, write)

    screen.app.push_screen(ReviewScreen(context, finding_id, saved), closed)


KEEP = "keep"
"""``ReviewWrite.becomes`` for a change the corpus in memory cannot take (an article's
date): the corpus is read again once it is written."""


@dataclass(frozen=True)
class ReviewWrite:
    """One accept or reject of the review dialog, for ``apply_review``."""

    finding: Finding
    becomes: Finding | str | None
    """The finding as accepted, None when rejected, or ``KEEP``."""
    write: Callable[[], object]
    """Writes it to the corpus folder; raises ``ReviewError`` (or ``OSError``)."""
    undone: Callable[[], None]
    """Called (on the UI thread) when the write failed and the change was taken back."""


def settle_edits(screen: Screen[Any], context: ViewContext) -> None:
    """Work out, in a worker, what the last review left to work out (``CorpusEdited``
    with ``settled`` follows); the briefing screen calls it when a dialog closes."""
    editor = _EDITORS.get(screen)
    if editor is not None and editor.unsettled is not None:
        screen.run_worker(
            lambda: _settle(screen, context, editor), thread=True, group="review", name="settle"
        )


def _settle(screen: Screen[Any], context: ViewContext, editor: _Editor) -> None:
    with editor.lock:
        unsettled, editor.unsettled = editor.unsettled, None
    if unsettled is None or editor.latest is not unsettled[0]:
        return  # settled already, or edited again since (that edit settles)
    corpus, changed = unsettled
    settle(corpus, context.as_of)
    screen.post_message(CorpusEdited(corpus, changed, settled=True))


def _covered(screen: Screen[Any]) -> bool:
    """True while a dialog is open over ``screen`` (False once the app has ended)."""
    try:
        return screen.app.is_running and screen.app.screen is not screen
    except ScreenStackError:
        return False


def apply_review(screen: Screen[Any], context: ViewContext, review: ReviewWrite) -> None:
    """Apply ``review`` to the corpus in memory and show it, then write it, in a worker
    thread; a failed write is said and the change taken back."""
    editor = _EDITORS.setdefault(screen, _Editor(threading.Lock()))
    changed = review.finding.id

    def failed(message: str, before: Corpus, after: Corpus) -> None:
        screen.notify(f"Cannot review: {message}", severity="error", markup=False)
        if editor.latest is after:  # nothing edited since: back to the corpus before it
            editor.latest = before
            screen.post_message(CorpusEdited(before, changed, then=review.undone))
        else:  # later edits were made on this one: what the files hold, read again
            editor.latest = None
            reload(screen, context.corpus.root)
            review.undone()

    def work() -> None:
        with editor.lock:
            if not any(r is review for r in editor.unwritten):
                return  # written at exit already (``write_pending_reviews``)
            editor.unwritten[:] = [r for r in editor.unwritten if r is not review]
            before = editor.latest or context.corpus
            new = review.becomes
            current = before.by_id.get(changed)
            after = before
            if current is not None and new != KEEP:
                after = edited(before, current, new if isinstance(new, Finding) else None)
                editor.latest = after
                screen.post_message(CorpusEdited(after, changed))
            try:
                review.write()
            except (ReviewError, OSError) as exc:
                screen.app.call_from_thread(failed, str(exc), before, after)
                return
        if after is before:
            editor.latest = None
            screen.app.call_from_thread(reload, screen, context.corpus.root)
            return
        # What only the briefing shows (the Overview's glance, the verdicts) is worked out
        # once the dialog has closed (``settle_edits``), and only for the last edit: at
        # 10,000 articles it takes seconds, which would slow every key of the review.
        editor.unsettled = (after, changed)
        if not _covered(screen):
            _settle(screen, context, editor)

    with editor.lock:
        editor.unwritten.append(review)
    # Started once the dialog shows the next finding: its work would slow that otherwise.
    screen.app.call_after_refresh(
        screen.run_worker, work, thread=True, group="review", name="review"
    )


def reload(screen: Screen[Any], root: Path) -> None:
    """Read the corpus in ``root`` again in a worker thread; the screen gets it as a
    ``CorpusReloaded`` message. A newer reload replaces one still reading."""

    def read() -> None:
        editor = _EDITORS.get(screen)
        if editor is not None:
            editor.latest = None  # edits go on from what the files hold
        screen.post_message(CorpusReloaded(load_corpus(root)))

    screen.run_worker(read, thread=True, exclusive=True, group="reload", name="reload")


def write_pending_reviews() -> list[str]:
    """Write, now, every review whose worker had not begun when the app ended (a quit
    straight after ``ctrl+s`` must not lose it); what could not be written, said."""
    problems: list[str] = []
    for editor in list(_EDITORS.values()):
        with editor.lock:
            while editor.unwritten:
                review = editor.unwritten.pop(0)
                try:
                    review.write()
                except (ReviewError, OSError) as exc:
                    problems.append(f"review of {review.finding.id} not saved: {exc}")
    return problems
