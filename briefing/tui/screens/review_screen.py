"""``ReviewScreen``: accept, reject or fix an extracted finding, then on to the next one.

The dialog shows the quote in its article context beside what the extractor made of
it: statement, kind, due date, figures, topics and owner, and the article's title,
outlet, URL and date, each editable. ``ctrl+s`` accepts (with any edits; every field is
checked first, and nothing is saved while one is wrong), ``ctrl+r`` rejects (``ctrl+z``
takes it back), ``ctrl+n`` skips; after each, the next unreviewed finding in reading
order comes up, so forty findings are reviewed in a row. Files are changed only by
``briefing.workflows``; this screen renders and routes.
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
from textual.widgets import Input, Label, Select, Static

from briefing.core.model import Finding, Kind
from briefing.core.text import printable
from briefing.tui.colours import theme_colours
from briefing.tui.context import ViewContext
from briefing.tui.widgets.keys_footer import KeysFooter
from briefing.tui.workflows import KEEP, ReviewWrite, waiting_for_review
from briefing.workflows.article_date import check_source, set_source
from briefing.workflows.review import (
    DUE_FORMS,
    Rejected,
    accept,
    check_changes,
    excerpt,
    reject,
    restore,
    reviewable,
)
from briefing.workflows.review_fields import METRIC_FORM, TOPIC_FORM, metrics_text, topics_text

DUE_HINT = f"{DUE_FORMS}; empty for none"
LABELS = {
    "statement": "Statement",
    "kind": "Kind",
    "due": "Due",
    "metrics": "Metrics",
    "topics": "Topics",
    "owner": "Owner",
    "title": "Title",
    "outlet": "Outlet",
    "url": "URL",
    "published": "Article date",
}
"""Each checked field, by the name its check gives, and the label it is shown with; its
widget is ``#review-<name>``, so an error points at the right one."""

SHORT_HEIGHT = 30
FILL_HEIGHT = 48
"""Below this many rows the dialog may not fit whole: it fills the window and its fields scroll."""
REACH, SHORT_REACH = 300, 60
"""Characters of article shown either side of the quote (fewer on a short terminal)."""
OrderKey = tuple[date, str, tuple[int, int]]


def _field(name: str, placeholder: str = "") -> ComposeResult:
    """A labelled text field, ``#review-<name>``."""
    yield Label(LABELS[name], classes="review-label")
    yield Input(placeholder=placeholder, id=f"review-{name}", select_on_focus=False)


class ReviewScreen(ModalScreen[str | None]):
    """One extracted finding at a time; saved through ``briefing.workflows.review``.

    Dismissed with the id of the finding on show when closed, for the list to go to it.
    """

    CSS_PATH = Path(__file__).parent / "review_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        # ctrl keys, as the text fields leave them alone. Not priority bindings: those
        # would run before the field has taken the keys typed just before them.
        Binding("ctrl+s", "accept", "Accept", id="review.accept"),
        Binding("ctrl+r", "reject", "Reject", id="review.reject"),
        Binding("ctrl+z", "undo", "Undo reject", id="review.undo"),
        Binding("ctrl+n", "skip", "Skip", id="review.skip"),
        Binding("escape", "close", "Close", id="review.close"),
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
        self.undo: Rejected | None = None
        """The last rejection, while ``ctrl+z`` can take it back."""
        self.restored: dict[str, Finding] = {}
        """Findings put back here, shown before the corpus read again has them."""

    @property
    def finding(self) -> Finding:
        """The finding on show (as last loaded)."""
        found = self.context.corpus.by_id.get(self.finding_id)
        return found if found is not None else self.restored[self.finding_id]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # ctrl+z is in the footer only while there is a rejection to take back.
        return self.undo is not None if action == "undo" else True

    def compose(self) -> ComposeResult:
        with Vertical(id="review-dialog"):
            yield Static(id="review-meta")
            with VerticalScroll(id="review-context"):
                yield Static(id="review-quote")
            # The fields scroll (tab brings the next into view), so a short window shows
            # the quote and the error line all the same.
            with VerticalScroll(id="review-fields"):
                yield from _field("statement")
                with Horizontal(classes="review-row"):
                    with Vertical(id="review-kind-box"):
                        yield Label("Kind", classes="review-label")
                        yield Select(
                            [(kind.value, kind.value) for kind in Kind],
                            allow_blank=False,
                            id="review-kind",
                        )
                    with Vertical(classes="review-box"):
                        yield from _field("due", DUE_HINT)
                yield from _field("metrics", f"{METRIC_FORM}; empty for none")
                with Horizontal(classes="review-row"):
                    with Vertical(classes="review-box"):
                        yield from _field("topics", TOPIC_FORM)
                    with Vertical(classes="review-box"):
                        yield from _field("owner", "who must act; empty for none")
                yield Label("The article", classes="review-section")
                yield from _field("title")
                with Horizontal(classes="review-row"):
                    with Vertical(classes="review-box"):
                        yield from _field("outlet")
                    with Vertical(classes="review-box"):
                        yield from _field("url", "https://…; empty for none")
                    with Vertical(id="review-published-box"):
                        # The article's date, for the reviewer to give when it is unknown.
                        yield from _field("published", "unknown")
            yield Static(id="review-error")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._show()

    def on_resize(self) -> None:
        self.set_class(self.size.height < FILL_HEIGHT, "fill")
        # Below 30 rows the article context gives up lines so more fields stay in view,
        # and starts nearer the quote so the quote is among the lines left.
        short = self.size.height < SHORT_HEIGHT
        if short != self.has_class("short"):
            self.set_class(short, "short")
            self.query_one("#review-quote", Static).update(self._quote(self.finding))

    # Rendering ----------------------------------------------------------------
    def _show(self) -> None:
        finding = self.finding
        ids = [f.id for f in self._pending()]
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
        self.query_one("#review-kind", Select).value = finding.kind.value
        for name, value in self._shown(finding).items():
            self.query_one(f"#review-{name}", Input).value = value
        self.query_one("#review-fields").scroll_home(animate=False)
        self._clear_errors()
        statement = self.query_one("#review-statement", Input)
        statement.focus()
        statement.cursor_position = 0  # the start of the statement in view, to read it

    def _shown(self, finding: Finding) -> dict[str, str]:
        """Each text field's value as first shown: the finding's and its article's."""
        source = self.context.corpus.source_of(finding)
        return {
            "statement": printable(finding.statement),
            "due": finding.due or "",
            "metrics": printable(metrics_text(finding.metrics)),
            "topics": printable(topics_text(finding.topics)),
            "owner": printable(finding.owner or ""),
            "title": printable(source.title),
            "outlet": printable(source.outlet),
            "url": printable(source.url or ""),
            "published": source.published,
        }

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
        error = self.query_one("#review-error", Static)
        error.update("")
        error.display = False  # no blank line kept for it
        for name in LABELS:
            self.query_one(f"#review-{name}").remove_class("-invalid")

    # Actions -----------------------------------------------------------------
    def action_accept(self) -> None:
        """Save the fields as they are and mark the finding reviewed; on to the next."""
        finding = self.finding
        corpus = self.context.corpus
        source = corpus.source_of(finding)
        shown = self._shown(finding)
        typed = {name: self.query_one(f"#review-{name}", Input).value for name in shown}
        # A field left as shown keeps the stored text (its unsafe characters were made
        # visible to be shown, not to be saved), and its figures as they are.
        untouched = {name for name, value in typed.items() if value == shown[name]}

        def text(name: str, stored: str) -> str:
            return stored if name in untouched else typed[name]

        changes, errors = check_changes(
            text("statement", finding.statement),
            str(self.query_one("#review-kind", Select).value),
            typed["due"],
            metrics=None if "metrics" in untouched else typed["metrics"],
            topics=None if "topics" in untouched else typed["topics"],
            owner=None if "owner" in untouched else typed["owner"],
            corpus=corpus,
        )
        article, wrong = check_source(
            text("title", source.title),
            text("outlet", source.outlet),
            text("url", source.url or ""),
            typed["published"],
        )
        errors = {**errors, **wrong}
        self._clear_errors()
        if changes is None or article is None:
            self._show_errors(errors)
            return
        root = corpus.root
        edited = changes.differs_from(finding)
        retitled = bool(article.changed(source))

        def save() -> None:
            if retitled:
                set_source(root, source, article)
            accept(root, finding, changes if edited else None)

        # Applied in memory at once when only the finding's own words change; a new
        # article field, new figures or topics are read again once written (the figures'
        # series and the topic lists are worked out from the files).
        becomes: Finding | str = KEEP
        if not retitled and changes.metrics is None and changes.topics is None:
            becomes = replace(
                finding,
                statement=changes.statement,
                kind=changes.kind,
                due=changes.due,
                owner=finding.owner if changes.owner is None else (changes.owner or None),
                reviewed=True,
            )
        verb = "Accepted with changes" if edited or retitled else "Accepted"
        self._write(save, f"{verb}: {printable(changes.statement)}", becomes)

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Every wrong field, a line each, and the first one focused to fix."""
        count = f"{len(errors)} fields" if len(errors) > 1 else "1 field"
        lines = [f"Nothing saved: {count} to fix."]
        lines += [f"{LABELS[name]}: {printable(message)}." for name, message in errors.items()]
        # One line each, cut to the width: every field's error stays in view.
        shown = Text("\n".join(lines), no_wrap=True, overflow="ellipsis")
        error = self.query_one("#review-error", Static)
        error.update(shown)
        error.display = True
        for name in errors:
            self.query_one(f"#review-{name}").add_class("-invalid")
        self.query_one(f"#review-{next(iter(errors))}").focus()

    def action_reject(self) -> None:
        """Remove the finding from its file; on to the next (``ctrl+z`` takes it back)."""
        finding = self.finding
        root, app = self.context.corpus.root, self.app  # the app: a worker thread has none

        def save() -> Rejected:
            # Written in a worker: what was removed reaches the dialog on the UI thread.
            rejected = reject(root, finding)
            app.call_from_thread(self._rejected, rejected)
            return rejected

        self._write(save, f"Rejected (ctrl+z to undo): {printable(finding.statement)}", None)

    def _rejected(self, rejected: Rejected) -> None:
        self.undo = rejected
        self.refresh_bindings()

    def action_undo(self) -> None:
        """Put the last rejected finding back, unreviewed, and show it again."""
        rejected = self.undo
        if rejected is None:
            return
        root = self.context.corpus.root
        self.undo = None
        self.refresh_bindings()
        finding = rejected.finding
        self.written.discard(finding.id)
        self.restored[finding.id] = finding

        def undone() -> None:  # the file could not take it back: as it was
            self.restored.pop(finding.id, None)
            self.written.add(finding.id)

        # Put back in its file, then the corpus read again (a finding cannot be inserted
        # in memory); shown here at once from what the rejection kept.
        self.saved(ReviewWrite(finding, KEEP, lambda: restore(root, rejected), undone))
        self.notify(f"Restored: {printable(finding.statement)}", markup=False)
        self.finding_id = finding.id
        self._show()

    def action_skip(self) -> None:
        """Leave this finding unreviewed for now and show the next one."""
        self.skipped.add(self.finding_id)
        self._advance(self._order_key(self.finding))

    def action_close(self) -> None:
        """Close the dialog, returning the finding on show; whatever was not saved is dropped."""
        self.dismiss(self.finding_id)

    # Routing -------------------------------------------------------------------
    def _write(self, save: Callable[[], object], said: str, becomes: Finding | str | None) -> None:
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
        self.notify(said, markup=False)
        self._advance(position)

    def _pending(self) -> list[Finding]:
        """The findings still to review, in reading order, as this dialog knows them:
        not those written here (though not read again yet), and those put back here."""
        corpus = self.context.corpus
        found = [f for f in waiting_for_review(corpus) if f.id not in self.written]
        back = [
            f for i, f in self.restored.items() if i not in corpus.by_id and i not in self.written
        ]
        return sorted([*found, *back], key=self._order_key)

    def _order_key(self, finding: Finding) -> OrderKey:
        source = self.context.corpus.sources[finding.source]
        return (source.published_date, finding.source, finding.span)

    def _advance(self, after: OrderKey) -> None:
        """The next unreviewed finding after ``after`` in reading order, wrapping round."""
        pending = self._pending()
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
