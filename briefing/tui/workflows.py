"""The briefing's workflows that write to its corpus folder: marking a deadline, reviewing
extracted findings, and reading the corpus again after such a change.

Each opens its dialog over the briefing and ends in a message to the briefing screen
(``MarksChanged``, ``CorpusReloaded``), which adopts what changed and re-renders: no
workflow touches a panel. Reading the corpus again runs in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.screen import Screen

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
from briefing.workflows.review import review_refusal

if TYPE_CHECKING:
    from briefing.tui.screens.mark_screen import MarkChoice

# The dialogs are imported when first opened: the first frame needs none of them.


class MarksChanged(Message):
    """A mark was saved: the corpus's marks, read again (others may have marked meanwhile)."""

    def __init__(self, marks: Marks) -> None:
        super().__init__()
        self.marks = marks


class CorpusReloaded(Message):
    """The corpus was read again after a change on disk (it may have problems now)."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus


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
    status, note = choice
    saved: Mark | None = None
    try:
        if status is None:
            clear_mark(corpus.root, finding.id)
        else:
            saved = save_mark(corpus.root, finding.id, status, note, date.today())
    except MarksError as exc:
        screen.notify(f"Cannot mark: {exc}", severity="error", markup=False)
        return
    # Re-read: another window or `briefing mark` may have marked others meanwhile.
    marks = read_marks(corpus.root, corpus.dated())
    if saved is not None:
        marks.marks.setdefault(finding.id, saved)
    else:
        marks.marks.pop(finding.id, None)
    screen.post_message(MarksChanged(marks))
    said = saved.label().capitalize() if saved else "Mark removed"
    screen.notify(f"{said}: {printable(finding.statement)}", markup=False)


def review(
    screen: Screen[Any],
    context: ViewContext,
    finding_id: str,
    closed: Callable[[str | None], None],
) -> None:
    """Review ``finding_id``, then the next unreviewed ones; ``closed`` gets the last one
    shown (None when every one was reviewed). Each write reads the corpus again."""
    reason = review_refusal(context.corpus.root)
    if reason:
        screen.notify(f"Cannot review: {reason}", severity="warning", markup=False)
        return
    from briefing.tui.screens.review_screen import ReviewScreen

    def saved() -> None:
        reload(screen, context.corpus.root)

    screen.app.push_screen(ReviewScreen(context, finding_id, saved), closed)


def reload(screen: Screen[Any], root: Path) -> None:
    """Read the corpus in ``root`` again in a worker thread; the screen gets it as a
    ``CorpusReloaded`` message. A newer reload replaces one still reading."""

    def read() -> None:
        screen.post_message(CorpusReloaded(load_corpus(root)))

    screen.run_worker(read, thread=True, exclusive=True, group="reload", name="reload")
