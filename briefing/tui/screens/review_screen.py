"""``ReviewScreen``: accept, reject or fix an extracted finding, then on to the next one.

The dialog shows the quote in its article context beside what the extractor made of
it (statement, kind, due date, confidence). ``ctrl+s`` accepts (with any edits),
``ctrl+r`` rejects, ``ctrl+n`` skips; after each, the next unreviewed finding in reading
order comes up, so forty findings are reviewed in a row. Files are changed only by
``briefing.workflows.review``; this screen renders and routes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Label, Select, Static

from briefing.core.model import Finding, Kind
from briefing.core.text import printable
from briefing.tui.colours import theme_colours
from briefing.tui.context import ViewContext
from briefing.tui.workflows import KEEP, ReviewWrite, waiting_for_review
from briefing.workflows.article_date import check_published, set_published
from briefing.workflows.review import (
    DUE_FORMS,
    accept,
    check_changes,
    excerpt,
    reject,
    reviewable,
)

DUE_HINT = f"{DUE_FORMS}; empty for none"
FIELDS = {
    "statement": "#review-statement",
    "kind": "#review-kind",
    "due": "#review-due",
    "published": "#review-published",
}
"""Each checked field and its widget, so an error points at the right one."""

SHORT_HEIGHT = 24
REACH, SHORT_REACH = 300, 60
"""Characters of article shown either side of the quote (fewer on a short terminal)."""
OrderKey = tuple[date, str, tuple[int, int]]


class ReviewScreen(ModalScreen[str | None]):
    """One extracted finding at a time; saved through ``briefing.workflows.review``.

    Dismissed with the id of the finding on show when closed, for the list to go to it.
    """

    CSS_PATH = Path(__file__).parent / "review_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        # ctrl keys, as the text fields leave them alone. Not priority bindings: those
        # would run before the field has taken the keys typed just before them.
        Binding("ctrl+s", "accept", "Accept"),
        Binding("ctrl+r", "reject", "Reject"),
        Binding("ctrl+n", "skip", "Skip"),
        Binding("escape", "close", "Close"),
    ]

    def __init__(
        self, context: ViewContext, finding_id: str, saved: Callable[[ReviewWrite], None]
    ) -> None:
        super().__init__()
        self.context = context
        self.finding_id = finding_id
        self.saved = saved
        """Given each accept or reject, to apply in memory and write in a worker."""
        self.skipped: set[str] = set()
        self.written: set[str] = set()
        """Findings accepted or rejected here: done, even before the corpus is read again."""

    @property
    def finding(self) -> Finding:
        """The finding on show (as last loaded)."""
        return self.context.corpus.by_id[self.finding_id]

    def compose(self) -> ComposeResult:
        with Vertical(id="review-dialog"):
            yield Static(id="review-meta")
            with VerticalScroll(id="review-context"):
                yield Static(id="review-quote")
            yield Label("Statement", classes="review-label")
            yield Input(id="review-statement", select_on_focus=False)
            with Horizontal(id="review-row"):
                with Vertical(id="review-kind-box"):
                    yield Label("Kind", classes="review-label")
                    yield Select(
                        [(kind.value, kind.value) for kind in Kind],
                        allow_blank=False,
                        id="review-kind",
                    )
                with Vertical(id="review-due-box"):
                    yield Label("Due", classes="review-label")
                    yield Input(placeholder=DUE_HINT, id="review-due", select_on_focus=False)
                with Vertical(id="review-published-box"):
                    # The article's date, for the reviewer to give when it is unknown.
                    yield Label("Article date", classes="review-label")
                    yield Input(placeholder="unknown", id="review-published", select_on_focus=False)
            yield Static(id="review-error")
        yield Footer()

    def on_mount(self) -> None:
        self._show()

    def on_resize(self) -> None:
        # Below 24 rows the article context gives up lines so every field stays in view,
        # and starts nearer the quote so the quote is among the lines left.
        short = self.size.height < SHORT_HEIGHT
        if short != self.has_class("short"):
            self.set_class(short, "short")
            self.query_one("#review-quote", Static).update(self._quote(self.finding))

    # Rendering ----------------------------------------------------------------
    def _show(self) -> None:
        finding = self.finding
        corpus = self.context.corpus
        # Written here but perhaps not read again yet: no longer waiting either way.
        ids = [f.id for f in waiting_for_review(corpus) if f.id not in self.written]
        where = (
            f"{ids.index(finding.id) + 1} of {len(ids)} to review"
            if finding.id in ids
            else f"reviewed · {len(ids)} to review"
        )
        self.query_one("#review-dialog").border_title = f"Review · {where}"
        self.query_one("#review-meta", Static).update(self._meta(finding))
        self.query_one("#review-quote", Static).update(self._quote(finding))
        self.query_one("#review-context").scroll_home(animate=False)
        # Shown (and edited) with its unsafe characters visible: an Input paints its
        # value as is, and an ESC[2J in it cleared the screen.
        self.query_one("#review-statement", Input).value = printable(finding.statement)
        self.query_one("#review-kind", Select).value = finding.kind.value
        self.query_one("#review-due", Input).value = finding.due or ""
        published = self.context.corpus.source_of(finding).published
        self.query_one("#review-published", Input).value = published
        self._clear_errors()
        statement = self.query_one("#review-statement", Input)
        statement.focus()
        statement.cursor_position = 0  # the start of the statement in view, to read it

    def _meta(self, finding: Finding) -> Text:
        source = self.context.corpus.source_of(finding)
        colour = theme_colours(self.app).get(f"kind-{finding.kind.value}", "")
        text = Text()
        text.append(finding.kind.value.upper(), style=f"bold {colour}")
        if finding.confidence is not None:
            text.append(f" · confidence {finding.confidence:.2f}")
        text.append(" · " + ("reviewed" if finding.reviewed else "not reviewed"), style="bold")
        text.append(f"\n{printable(source.outlet)}, {source.published_label} · ", style="dim")
        text.append(printable(source.title), style="dim italic")
        return text

    def _quote(self, finding: Finding) -> Text:
        reach = SHORT_REACH if self.has_class("short") else REACH
        cut = excerpt(self.context.corpus.text_of(finding.source), finding.span, reach)
        text = Text(printable(cut.text))
        colour = theme_colours(self.app)["quote-highlight"]
        text.stylize(f"bold on {colour}" if colour else "bold reverse", cut.start, cut.end)
        return text

    def _clear_errors(self) -> None:
        self.query_one("#review-error", Static).update("")
        for selector in FIELDS.values():
            self.query_one(selector).remove_class("-invalid")

    # Actions -----------------------------------------------------------------
    def action_accept(self) -> None:
        """Save the fields as they are and mark the finding reviewed; on to the next."""
        finding = self.finding
        statement = self.query_one("#review-statement", Input).value
        if statement == printable(finding.statement):  # untouched: the text as stored
            statement = finding.statement
        kind = str(self.query_one("#review-kind", Select).value)
        due = self.query_one("#review-due", Input).value
        changes, errors = check_changes(statement, kind, due)
        source = self.context.corpus.source_of(finding)
        published, wrong = check_published(self.query_one("#review-published", Input).value)
        if wrong is not None:
            changes, errors = None, {**errors, "published": wrong}
        self._clear_errors()
        if changes is None:
            field, message = next(iter(errors.items()))
            label = "Article date" if field == "published" else field.capitalize()
            self.query_one("#review-error", Static).update(
                Text(f"{label}: {printable(message)}. Nothing saved.")
            )
            widget = self.query_one(FIELDS[field])
            widget.add_class("-invalid")
            widget.focus()
            return
        unchanged = (changes.statement, changes.kind, changes.due) == (
            finding.statement,
            finding.kind,
            finding.due,
        )
        root = self.context.corpus.root
        dated = published is not None and published != source.published

        def save() -> Path:
            if dated and published is not None:
                set_published(root, source.id, published)
            return accept(root, finding, None if unchanged else changes)

        becomes: Finding | str = KEEP  # a source's new date: read again once written
        if not dated and unchanged:
            becomes = replace(finding, reviewed=True)
        elif not dated:
            statement, kind = changes.statement, changes.kind
            becomes = replace(
                finding, statement=statement, kind=kind, due=changes.due, reviewed=True
            )
        verb = "Accepted" if unchanged and not dated else "Accepted with changes"
        self._write(save, verb, becomes)

    def action_reject(self) -> None:
        """Remove the finding from its file; on to the next."""
        finding = self.finding
        self._write(lambda: reject(self.context.corpus.root, finding), "Rejected", None)

    def action_skip(self) -> None:
        """Leave this finding unreviewed for now and show the next one."""
        self.skipped.add(self.finding_id)
        self._advance(self._order_key(self.finding))

    def action_close(self) -> None:
        """Close the dialog, returning the finding on show; whatever was not saved is dropped."""
        self.dismiss(self.finding_id)

    # Routing -------------------------------------------------------------------
    def _write(self, save: Callable[[], Path], verb: str, becomes: Finding | str | None) -> None:
        finding = self.finding
        position = self._order_key(finding)
        self.written.add(finding.id)

        def undone() -> None:
            self.written.discard(finding.id)
            shown = finding.id in self.context.corpus.by_id
            if shown and self.app.screen is self:  # still reviewing: back to it, to try again
                self.finding_id = finding.id
                self._show()

        self.saved(ReviewWrite(finding, becomes, save, undone))
        self.notify(f"{verb}: {printable(finding.statement)}", markup=False)
        self._advance(position)

    def _order_key(self, finding: Finding) -> OrderKey:
        source = self.context.corpus.sources[finding.source]
        return (source.published_date, finding.source, finding.span)

    def _advance(self, after: OrderKey) -> None:
        """The next unreviewed finding after ``after`` in reading order, wrapping round."""
        pending = [f for f in waiting_for_review(self.context.corpus) if f.id not in self.written]
        waiting = [f for f in pending if f.id not in self.skipped and f.id != self.finding_id]
        if not waiting:
            left = len(pending)
            self.notify(
                f"{left} skipped finding(s) still to review." if left else "All reviewed.",
                title="Review",
            )
            self.dismiss(None)
            return
        later = [f for f in waiting if self._order_key(f) > after]
        self.finding_id = (later or waiting)[0].id
        self._show()


def can_review(finding: Finding | None) -> bool:
    """Whether the review dialog applies to ``finding`` (an extracted one)."""
    return finding is not None and reviewable(finding)
