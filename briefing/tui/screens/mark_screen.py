"""``MarkScreen``: mark a deadline or dated target done, missed or open, with a short note."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from briefing.core.model import Finding
from briefing.core.text import printable
from briefing.storage.marks import Mark, MarkStatus

MarkChoice = tuple[MarkStatus | None, str | None]
"""The status chosen (None: remove the mark) and the note typed (None when left empty)."""

CLEAR = "clear"
"""The option that removes a mark: the calendar alone judges the deadline again."""


class MarkScreen(ModalScreen[MarkChoice | None]):
    """Three statuses (and "clear" when marked) and a note; ``enter`` saves, ``escape`` cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "save", "Save", priority=True, id="mark.save"),
        Binding("escape", "cancel", "Cancel", id="mark.cancel"),
    ]

    def __init__(self, finding: Finding, mark: Mark | None) -> None:
        super().__init__()
        self.finding = finding
        self.mark = mark

    def compose(self) -> ComposeResult:
        with Vertical(id="mark-dialog"):
            yield Label(Text(printable(self.finding.statement), style="bold"), id="mark-task")
            yield Label("↑ ↓ choose, tab to the note, enter saves, escape cancels", id="mark-help")
            options = [Option(status.value, id=status.value) for status in MarkStatus]
            if self.mark is not None:
                options.append(Option("clear (remove the mark)", id=CLEAR))
            yield OptionList(*options, id="mark-status")
            yield Input(
                value=printable(self.mark.note or "") if self.mark else "",  # painted as is
                placeholder="note (optional, one line)",
                id="mark-note",
            )

    def on_mount(self) -> None:
        self.query_one("#mark-dialog").border_title = "Mark"
        options = self.query_one("#mark-status", OptionList)
        current = self.mark.status if self.mark else MarkStatus.DONE
        options.highlighted = list(MarkStatus).index(current)
        options.focus()

    def action_save(self) -> None:
        """Keep the highlighted status and the note."""
        options = self.query_one("#mark-status", OptionList)
        index = options.highlighted if options.highlighted is not None else 0
        note = " ".join(self.query_one("#mark-note", Input).value.split())
        chosen = options.get_option_at_index(index).id
        status = None if chosen == CLEAR else MarkStatus(chosen or MarkStatus.DONE)
        self.dismiss((status, note or None))

    def action_cancel(self) -> None:
        """Leave the mark as it was."""
        self.dismiss(None)
