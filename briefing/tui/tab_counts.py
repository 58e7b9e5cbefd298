"""``TabCounts``: while a search is active, each list's tab says how many rows match.

The list on show counts its own rows as it fills them; the hidden ones are counted in a
thread, so a keystroke still costs one panel's narrowing on the interface's thread. That
thread waits until typing pauses (``COUNT_AFTER``): counting while the next key is
handled would take the interpreter from it, and the counts of letters typed since are
never shown anyway.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual.css.query import NoMatches
from textual.widgets import TabbedContent
from textual.worker import get_current_worker

from briefing.analysis.query import Query
from briefing.analysis.repeats import repeats_of
from briefing.tui.widgets.findings_panel import FindingsPanel
from briefing.tui.widgets.registry import PANELS

if TYPE_CHECKING:
    from briefing.tui.screens.briefing_screen import BriefingScreen


COUNT_AFTER = 0.2
"""Seconds of no typing before the hidden lists are counted."""


class TabCounts:
    """The tab labels of one briefing screen."""

    def __init__(self, screen: BriefingScreen) -> None:
        self.screen = screen

    def refresh(self) -> None:
        """Count the matches of the hidden lists in a thread; plain titles with no search."""
        screen = self.screen
        query = screen.query_now
        if not query.text.strip():
            for spec in PANELS:
                self._label(spec.tab_id, spec.title)
            return
        corpus, active = screen.context.corpus, screen.active_panel
        panels = [(spec, screen.query_one(f"#{spec.panel_id}")) for spec in PANELS]
        hidden = [
            (spec.tab_id, panel)
            for spec, panel in panels
            if isinstance(panel, FindingsPanel) and panel is not active
        ]

        def count() -> None:
            time.sleep(COUNT_AFTER)
            if get_current_worker().is_cancelled:
                return  # another key since: that one's worker counts
            repeats = repeats_of(corpus)
            # A hidden list's display order is built here the first time (a sort of
            # tens of thousands of findings), not on the interface's thread.
            counts = [(tab, len(panel.narrowing.distinct(query, repeats))) for tab, panel in hidden]
            if not get_current_worker().is_cancelled:
                screen.app.call_from_thread(self._show, query, counts)

        screen.run_worker(count, thread=True, exclusive=True, group="tab-counts")

    def counted(self, event: FindingsPanel.Counted) -> None:
        """The list on show has filled its rows for ``event.query``."""
        tab = f"tab-{(event.panel.id or '').removeprefix('panel-')}"
        if event.query.text.strip() and event.query == self.screen.query_now:
            self._label(tab, f"{_title(tab)} {event.count}")

    def _show(self, query: Query, counts: list[tuple[str, int]]) -> None:
        if query != self.screen.query_now:  # overtaken by the next keystroke
            return
        for tab, count in counts:
            self._label(tab, f"{_title(tab)} {count}")

    def _label(self, tab_id: str, label: str) -> None:
        try:
            tab = self.screen.query_one(TabbedContent).get_tab(tab_id)
        except NoMatches:
            return  # counts that arrive as the app closes: its tabs are gone
        if tab.label_text != label:
            tab.label = Text(label)


def _title(tab_id: str) -> str:
    return next(spec.title for spec in PANELS if spec.tab_id == tab_id)
