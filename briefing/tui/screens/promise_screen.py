"""``PromiseScreen``: one target's or deadline's chain, its evidence one line each.

``enter`` opens the highlighted evidence's article at its quote; ``c`` confirms the
suggested link (again: back to suggested), ``x`` dismisses it (it then no longer counts,
is listed apart, and stays dismissed after a new ingest; ``x`` on it restores it);
``escape`` returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.analysis.promises import Evidence, Tracking, forget_links, promises_of
from briefing.core.model import Finding
from briefing.core.text import one_paragraph, printable
from briefing.storage.links import LinkState, save_link
from briefing.storage.marks import MarksError
from briefing.tui.context import ViewContext
from briefing.tui.widgets.keys_footer import KeysFooter
from briefing.tui.widgets.promise_view import (
    evidence_line,
    trajectory_lines,
    verdict_line,
)


class PromiseScreen(Screen[None]):
    """The promise, its evidence to open, confirm or dismiss, and its verdict."""

    CSS_PATH = Path(__file__).parent / "promise_screen.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", id="promise.back"),
        Binding("enter", "open", "Open article", priority=True, id="promise.open"),
        Binding("c", "link('confirmed')", "Confirm link", id="promise.confirm"),
        Binding("x", "link('dismissed')", "Dismiss link", id="promise.dismiss"),
    ]

    def __init__(
        self,
        context: ViewContext,
        promise: Finding,
        colours: dict[str, str],
        changed: Callable[[], None],
    ) -> None:
        super().__init__(classes="promise-screen")
        self.context = context
        self.promise = promise
        self.colours = colours
        self.changed = changed
        self.tracking: Tracking = promises_of(context.corpus, context.as_of).of(promise)
        self._writing = threading.Lock()
        """Held while a link is written and its verdict worked out: one change at a time."""

    def compose(self) -> ComposeResult:
        yield Static(id="promise-header")
        with VerticalScroll(id="promise-body"):
            yield OptionList(id="promise-evidence")
            yield Static(id="promise-verdict")
        yield KeysFooter()

    def on_mount(self) -> None:
        self._fill()
        self.query_one("#promise-evidence", OptionList).focus()

    def _fill(self) -> None:
        corpus, tracking = self.context.corpus, self.tracking
        source = corpus.source_of(self.promise)
        header = Text(printable(self.promise.statement), style="bold")
        header.append(printable(f"\n“{one_paragraph(self.promise.quote)}”"), style="italic")
        header.append(printable(f"\n{source.outlet}, {source.published_label}"), style="dim")
        if self.promise.due_period:
            header.append(f" · due {self.promise.due_period.label()}", style="dim")
        self.query_one("#promise-header", Static).update(header)
        options = self.query_one("#promise-evidence", OptionList)
        keep = options.highlighted
        options.clear_options()
        listed = self.listed
        for n, evidence in enumerate(listed):
            line = evidence_line(evidence)
            if n >= len(tracking.evidence):  # dismissed: shown apart, counted nowhere
                line = Text.assemble(Text("dismissed (x restores) ", style="bold"), line)
                line.stylize("dim")
            options.add_option(Option(line, id=str(n)))
        if listed:
            options.highlighted = min(keep, len(listed) - 1) if keep is not None else 0
        else:
            options.add_option(Option(Text("No evidence linked.", style="dim"), disabled=True))
        title = f"Evidence ({len(tracking.evidence)})"
        if tracking.dismissed:
            title += f" · {len(tracking.dismissed)} dismissed"
        options.border_title = title
        parts = [verdict_line(tracking, self.colours), *trajectory_lines(tracking)]
        for revision in tracking.revisions:
            revised = revision.source
            parts.append(
                Text(
                    printable(
                        f"Revised {revised.published_label} ({revised.outlet}): {revision.change}"
                    ),
                    style="bold",
                )
            )
        self.query_one("#promise-verdict", Static).update(Group(*parts))

    @property
    def listed(self) -> list[Evidence]:
        """The lines of the list: the evidence that counts, then the dismissed links."""
        return [*self.tracking.evidence, *self.tracking.dismissed]

    def current(self) -> Evidence | None:
        """The evidence (or dismissed link) under the cursor."""
        options = self.query_one("#promise-evidence", OptionList)
        index = options.highlighted
        listed = self.listed
        return listed[index] if index is not None and index < len(listed) else None

    def action_open(self) -> None:
        """Open the highlighted evidence's article at its quote."""
        evidence = self.current()
        if evidence is None:
            self.notify("No evidence to open here.", severity="warning")
            return
        from briefing.tui.screens.source_screen import SourceScreen

        self.app.push_screen(SourceScreen(self.context, evidence.source, evidence.finding))

    def action_link(self, state: str) -> None:
        """Confirm or dismiss the highlighted link; doing it again undoes it (a dismissed
        link is restored by ``x``)."""
        evidence = self.current()
        if evidence is None:
            self.notify("No link to confirm or dismiss here.", severity="warning")
            return
        chosen: LinkState | None = LinkState(state)
        was_dismissed = evidence in self.tracking.dismissed
        if (chosen is LinkState.CONFIRMED and evidence.confirmed) or (
            chosen is LinkState.DISMISSED and was_dismissed
        ):
            chosen = None
        corpus, promise, app = self.context.corpus, self.promise, self.app
        as_of = self.context.as_of

        def work() -> None:
            # The file written and the verdict worked out again off the UI thread (every
            # promise's evidence is read again: seconds on a large corpus), one at a time.
            with self._writing:
                try:
                    save_link(corpus.root, promise.id, evidence.key, chosen)
                except MarksError as exc:
                    said = f"Cannot change the link: {exc}"
                    app.call_from_thread(self.notify, said, severity="error", markup=False)
                    return
                forget_links(corpus)
                tracking = promises_of(corpus, as_of).of(promise)
            app.call_from_thread(self._linked, tracking, evidence, chosen)

        self.run_worker(work, thread=True, group="links", name="link")

    def _linked(self, tracking: Tracking, evidence: Evidence, chosen: LinkState | None) -> None:
        """Show the verdict a link's change gives (on the UI thread, once written); when
        this screen has been left meanwhile, only the lists behind it are told."""
        self.tracking = tracking
        self.changed()
        if not self.is_attached:
            return
        self._fill()
        said = {
            LinkState.CONFIRMED: "Confirmed",
            LinkState.DISMISSED: "Dismissed",
            None: "Unconfirmed",
        }
        self.notify(
            f"{said[chosen]}: {printable(evidence.finding.statement)}; verdict "
            f"{self.tracking.label()}",
            markup=False,
        )


_SAID = {
    LinkState.CONFIRMED: "Confirmed",
    LinkState.DISMISSED: "Dismissed",
    None: "Suggested again",
}
