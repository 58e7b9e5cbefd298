"""The briefing's panels, in the order of their number keys: one list the screen, its
bindings and the command palette all read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefing.core.model import Kind
from briefing.tui.context import ViewContext
from briefing.tui.widgets.figures_panel import FiguresPanel
from briefing.tui.widgets.findings_panel import DeadlinesPanel, KindPanel
from briefing.tui.widgets.overview_panel import OverviewPanel
from briefing.tui.widgets.panel import Panel
from briefing.tui.widgets.sources_panel import SourcesPanel


@dataclass(frozen=True)
class PanelSpec:
    """One panel: its id, its tab title and how it is made for a corpus."""

    key: str
    """The suffix of its ids: ``tab-KEY`` for the tab, ``panel-KEY`` for the panel."""
    title: str
    make: Callable[[ViewContext], Panel]

    @property
    def tab_id(self) -> str:
        """The id of its tab pane."""
        return f"tab-{self.key}"

    @property
    def panel_id(self) -> str:
        """The id of the panel itself."""
        return f"panel-{self.key}"


def _kind(kind: Kind) -> Callable[[ViewContext], Panel]:
    return lambda context: KindPanel(context, kind)


PANELS: tuple[PanelSpec, ...] = (
    PanelSpec("overview", "Overview", OverviewPanel),
    PanelSpec("achievement", "Achievements", _kind(Kind.ACHIEVEMENT)),
    PanelSpec("limitation", "Limitations", _kind(Kind.LIMITATION)),
    PanelSpec("target", "Targets", _kind(Kind.TARGET)),
    PanelSpec("deadlines", "Deadlines", DeadlinesPanel),
    PanelSpec("sources", "Sources", SourcesPanel),
    PanelSpec("figures", "Figures", FiguresPanel),
    # Undated tasks with no figure: kept apart so that Targets means levels to reach.
    # Last, so the number keys of the other panels stay as they were.
    PanelSpec("directive", "Directives", _kind(Kind.DIRECTIVE)),
)
"""Every panel, in the order of the number keys 1 to 8."""
