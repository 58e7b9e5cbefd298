"""``BriefingScreen``: the seven panels, search, filter, and the way into each source."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static, TabbedContent, TabPane

from briefing.analysis.promises import PROMISE_KINDS
from briefing.analysis.query import Query
from briefing.core.model import Finding
from briefing.core.text import plural, printable
from briefing.corpus.indexed import Corpus
from briefing.tui import workflows
from briefing.tui.actions import copy_citation, open_source_url
from briefing.tui.colours import theme_colours
from briefing.tui.context import ViewContext
from briefing.tui.filter_choice import FilterChoice
from briefing.tui.tab_counts import TabCounts
from briefing.tui.widgets.composed_on_show import ComposedOnShow
from briefing.tui.widgets.finding_table import FindingTable
from briefing.tui.widgets.findings_panel import FindingsPanel
from briefing.tui.widgets.keys_footer import KeysFooter
from briefing.tui.widgets.panel import Panel
from briefing.tui.widgets.registry import PANELS
from briefing.workflows.review import reviewable

# The dialogs and the source view are imported when first opened: the first frame
# needs none of them.

NARROW_WIDTH = 110
"""Below this many columns the detail pane moves under the list."""


class BriefingScreen(Screen[None]):
    """The briefing: panels reachable by number keys and a tab bar."""

    class Shown(Message):
        """The briefing has been laid out and painted, with nothing left to do: work
        in other threads may start without slowing its first frame."""

    # No focus chosen by Textual: it would focus the tab bar (the first focusable
    # widget) and restyle all its tabs, then again when ``on_mount`` moves the focus
    # to the shown panel's table.
    AUTO_FOCUS: ClassVar[str | None] = ""

    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(
                str(n), f"show_panel({n - 1})", f"Go to {panel.title}", show=False, id=f"panel.{n}"
            )
            for n, panel in enumerate(PANELS, 1)
        ),
        Binding("tab", "cycle_panel(1)", "Next panel", show=False, priority=True, id="panel.next"),
        Binding(
            "shift+tab",
            "cycle_panel(-1)",
            "Previous panel",
            show=False,
            priority=True,
            id="panel.previous",
        ),
        Binding("y", "copy_citation", "Cite", id="cite"),
        Binding("o", "open_url", "Open URL", id="open_url"),
        Binding("m", "mark", "Mark", id="list.mark"),
        Binding("v", "promise", "Verdict", tooltip="Verdict and evidence", id="list.verdict"),
        Binding("r", "review", "Review", id="list.review"),
        Binding("R", "review_next", "Review next unreviewed", show=False, id="list.review_next"),
        # A priority key: the keys typed in the same burst ("/vneid") are already queued,
        # and reach the bar only if it has the focus before they are handed on.
        Binding("slash", "search", "Search", id="list.search", priority=True),
        Binding("f", "filter", "Filter", id="list.filter"),
        Binding("escape", "clear", "Clear", show=False, id="list.clear"),
    ]

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self._shown_once = False
        self._waiting_in: Corpus | None = None
        self._waiting = 0
        """How many findings are waiting for review in ``_waiting_in``."""
        self.choice = FilterChoice()
        self.search_text = ""
        self._typing = False
        """True from ``/`` until enter or escape: the search bar has the keys."""
        self.tab_counts = TabCounts(self)
        self._stale: set[str] = set()
        """Ids of hidden panels not yet shown the current query; each catches up when shown."""

    # Layout -----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(id="topbar")
        with TabbedContent(id="panels"):
            for panel in PANELS:
                with TabPane(panel.title, id=panel.tab_id):
                    yield panel.make(self.context)
        yield Input(placeholder="Search statements, quotes, topics, owners…", id="search")
        yield KeysFooter()

    def on_idle(self) -> None:
        if not self._shown_once:
            self._shown_once = True
            self.post_message(self.Shown())

    def on_mount(self) -> None:
        self.query_one("#search", Input).display = False
        self.refresh_panels()
        self.watch(self.app, "theme", lambda _: self.refresh_panels(), init=False)
        # Focused before the first paint, not queued after it as ``focus()`` would: the
        # focus restyles the table, and every line painted unfocused was painted again.
        self._focus_panel(at_once=True)

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW_WIDTH, "narrow")
        self.call_after_refresh(self._refit_panel)

    def _refit_panel(self) -> None:
        # A panel laid out while its tab was hidden had no width to share out.
        self.active_panel.refit()

    # State ------------------------------------------------------------------
    @property
    def query_now(self) -> Query:
        """What the panels show: the filter and the search text."""
        return Query(topics=self.choice.topics, sources=self.choice.sources, text=self.search_text)

    @property
    def active_index(self) -> int:
        """The position of the shown panel in ``PANELS``."""
        active = self.query_one(TabbedContent).active
        return next(i for i, panel in enumerate(PANELS) if panel.tab_id == active)

    @property
    def active_panel(self) -> Panel:
        """The panel on show."""
        return self._panel(self.active_index)

    def _panel(self, index: int) -> Panel:
        return self.query_one(f"#{PANELS[index].panel_id}", Panel)

    async def _build(self, panel: Panel) -> None:
        # Hidden panels are composed when first shown (see ComposedOnShow).
        if isinstance(panel, ComposedOnShow):
            await panel.build()

    def refresh_panels(self, *, typed: bool = False) -> None:
        """Re-apply the query (and the theme's colours) to the panel on show; ``typed``:
        after a keystroke in the search bar, when only the search text changed.

        Hidden panels catch up when shown: a keystroke costs one panel, not seven.
        """
        active = self.active_panel
        self._stale = {panel.panel_id for panel in PANELS} - {active.id or ""}
        if typed:
            active.search(self.query_now, theme_colours(self.app))
        else:
            active.apply(self.query_now, theme_colours(self.app))
        self._render_topbar()
        self.tab_counts.refresh()

    @on(FindingsPanel.Counted)
    def _panel_counted(self, event: FindingsPanel.Counted) -> None:
        self.tab_counts.counted(event)

    def _catch_up(self) -> None:
        panel = self.active_panel
        if panel.id in self._stale:
            self._stale.discard(panel.id)
            panel.apply(self.query_now, theme_colours(self.app))

    def _render_topbar(self) -> None:
        corpus = self.context.corpus
        text = Text()
        text.append(" briefing ", style="bold reverse")
        text.append(f"  as of {self.context.as_of.isoformat()}  ·  ")
        findings, sources = plural(len(corpus.findings), "finding"), len(corpus.sources)
        text.append(f"{findings} from {plural(sources, 'source')}")
        last, new = self.context.last_briefed, self.context.new
        if last is not None and new:
            count = sum(len(corpus.by_source.get(s, [])) for s in new)
            text.append(f"  ·  ✦ {count} new since {last.on.isoformat()}", style="bold")
        if self.choice.topics or self.choice.sources:
            names = [corpus.topic_label(t) for t in sorted(self.choice.topics)]
            names += [
                corpus.sources[s].outlet for s in sorted(self.choice.sources) if s in corpus.sources
            ]
            text.append("  ·  filter: ", style="bold")
            text.append(printable(", ".join(names)))
        if self._waiting_in is not corpus:  # counted once per corpus, not per keystroke
            self._waiting_in, self._waiting = corpus, len(workflows.waiting_for_review(corpus))
        waiting = self._waiting
        if waiting:
            text.append(f"  ·  ● {waiting} to review", style="bold")
        if self.search_text:
            text.append("  ·  search: ", style="bold")
            text.append(printable(self.search_text))
        # One line as wide as the screen (app.tcss): its text never changes its size, and
        # a layout of the whole screen at every keystroke would cost more than the search.
        self.query_one("#topbar", Static).update(text, layout=False)

    def current_finding(self) -> Finding | None:
        """The finding under the cursor of the shown panel, if any."""
        table = self._focused_table()
        return self.active_panel.finding_in(table) if table else None

    def _focused_table(self) -> FindingTable | None:
        focused = self.focused
        if isinstance(focused, FindingTable):
            return focused
        tables = list(self.active_panel.query(FindingTable))
        return tables[0] if tables else None

    def _focus_panel(self, at_once: bool = False) -> None:
        # A focus queued by a tab switch must not take the keys from a search being typed.
        if self._typing:
            return
        tables = list(self.active_panel.query(FindingTable))
        if not tables:
            return
        if at_once:
            self.set_focus(tables[0])
        else:
            tables[0].focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search" and self._typing:
            return False  # a "/" typed in the search bar is part of the query
        # The Sources panel lists articles, not findings: nothing there to cite.
        if action == "copy_citation" and self.is_mounted:
            try:
                return not self.active_panel.lists_sources
            except NoMatches:  # before the panels exist
                return True
        if action in ("mark", "promise") and self.is_mounted:
            # Shown on a target or a deadline: the keys of promise tracking where they apply.
            try:
                finding = self.current_finding()
            except NoMatches:
                return False
            return finding is not None and finding.kind in PROMISE_KINDS
        if action == "review" and self.is_mounted:
            # Shown only on an extracted finding: the footer says when r applies.
            try:
                panel = self.active_panel
            except NoMatches:
                return False
            finding = self.current_finding()
            return isinstance(panel, FindingsPanel) and finding is not None and reviewable(finding)
        return True

    # Navigation ---------------------------------------------------------------
    async def action_show_panel(self, index: int) -> None:
        """Show panel ``index`` (0-based, in the order of the number keys)."""
        await self._build(self._panel(index))  # before it is shown: no empty frame
        self.query_one(TabbedContent).active = PANELS[index].tab_id
        self._catch_up()
        self._focus_panel()
        self.call_after_refresh(self._refit_panel)

    async def action_cycle_panel(self, step: int) -> None:
        """Show the next (or previous) panel."""
        await self.action_show_panel((self.active_index + step) % len(PANELS))

    @on(TabbedContent.TabActivated)
    async def _tab_clicked(self) -> None:
        await self._build(self.active_panel)  # a tab clicked before its number key
        self._catch_up()
        self.refresh_bindings()
        self.call_after_refresh(self._focus_panel)
        self.call_after_refresh(self._refit_panel)

    @on(FindingTable.RowSelected)
    def _open_source(self, event: FindingTable.RowSelected) -> None:
        panel, corpus = self.active_panel, self.context.corpus
        from briefing.tui.screens.source_screen import SourceScreen

        source = panel.source_in(event.table)
        if source is not None:
            self.app.push_screen(SourceScreen(self.context, source, None))
            return
        finding = panel.finding_in(event.table)
        if finding is not None:
            self.app.push_screen(SourceScreen(self.context, corpus.source_of(finding), finding))

    # Search and filter ------------------------------------------------------
    def action_search(self) -> None:
        """Open the search bar; each keystroke narrows the panels."""
        search = self.query_one("#search", Input)
        search.display = True
        self._typing = True
        self.set_focus(search)  # at once, not queued behind the keys typed after "/"
        # Once the bar is painted, line up the list's search texts (a tenth of a second
        # at 100,000 findings), so that the first letter typed does not wait for them.
        self.call_after_refresh(self._ready_search)

    def _ready_search(self) -> None:
        self.active_panel.narrowing.prepare()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.search_text = event.value
        self.refresh_panels(typed=True)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        # The person left the search bar (a click elsewhere): tab switches focus lists again.
        if getattr(event.widget, "id", None) == "search":
            self._typing = False

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self._typing = False
        self._focus_panel()

    def action_clear(self) -> None:
        """Clear the search (the first escape) or the filter (the next)."""
        search = self.query_one("#search", Input)
        self._typing = False
        if self.search_text or search.display:
            search.value = ""
            search.display = False
            self.search_text = ""
        elif self.choice.topics or self.choice.sources:
            self.choice = FilterChoice()
        else:
            return
        self.refresh_panels()
        self._focus_panel()

    def action_filter(self) -> None:
        """Choose topics and sources to keep."""

        def chosen(choice: FilterChoice | None) -> None:
            if choice is not None:
                self.choice = choice
                self.refresh_panels()
            self._focus_panel()

        from briefing.tui.screens.filter_screen import FilterScreen

        self.app.push_screen(FilterScreen(self.context.corpus, self.choice), chosen)

    # Citations ----------------------------------------------------------------
    def action_copy_citation(self) -> None:
        """Copy the selected finding's citation."""
        copy_citation(self.app, self.context.corpus, self.current_finding())

    def action_open_url(self) -> None:
        """Open the selected finding's (or source's) URL."""
        finding = self.current_finding()
        if finding is not None:
            open_source_url(self.app, self.context.corpus.source_of(finding))
            return
        table = self._focused_table()
        open_source_url(self.app, self.active_panel.source_in(table) if table else None)

    # Workflows that change the corpus folder (briefing.tui.workflows) ----------------
    def action_mark(self) -> None:
        """Mark the selected deadline or dated target done, missed or open, with a note."""
        workflows.mark(self, self.context, self.current_finding(), then=self._focus_panel)

    # Promise tracking ------------------------------------------------------------
    def action_promise(self) -> None:
        """Show the selected target's or deadline's evidence: open, confirm or dismiss."""
        finding = self.current_finding()
        if finding is None or finding.kind not in PROMISE_KINDS:
            self.notify("Only a target or a deadline has a verdict.", severity="warning")
            return
        from briefing.tui.screens.promise_screen import PromiseScreen

        screen = PromiseScreen(self.context, finding, theme_colours(self.app), self.refresh_panels)
        self.app.push_screen(screen, lambda _: self._focus_panel())

    # Reviewing extracted findings -----------------------------------------------
    def action_review(self) -> None:
        """Accept, reject or fix the selected extracted finding, then the next ones."""
        finding = self.current_finding()
        if finding is None or not reviewable(finding):
            self.notify("Only an extracted finding can be reviewed.", severity="warning")
            return
        self._open_review(finding.id)

    def action_review_next(self) -> None:
        """Review the first unreviewed finding, in reading order, wherever it is listed."""
        waiting = workflows.waiting_for_review(self.context.corpus)
        if not waiting:
            self.notify("No extracted finding is waiting for review.")
            return
        self._open_review(waiting[0].id)

    def _open_review(self, finding_id: str) -> None:
        def closed(last: str | None) -> None:
            table = self._focused_table()
            if last and table is not None:
                table.select_key(last)  # where the review stopped, when it is listed here
            self._focus_panel()
            workflows.settle_edits(self, self.context)

        workflows.review(self, self.context, finding_id, closed)

    def reload_corpus(self) -> None:
        """Read the corpus again after a change on disk (in a worker), and show it."""
        workflows.reload(self, self.context.corpus.root)

    @on(workflows.MarksChanged)
    def _marks_changed(self, event: workflows.MarksChanged) -> None:
        self.context.corpus.marks = event.marks
        self.refresh_panels()

    @on(workflows.CorpusEdited)
    def _corpus_edited(self, event: workflows.CorpusEdited) -> None:
        if event.settled and event.corpus is not self.context.corpus:
            return  # edited again since: that corpus is on show
        if event.corpus is not self.context.corpus:
            self.context.adopt_edit(event.corpus, event.changed)
        self.refresh_panels()
        if event.then is not None:
            event.then()

    @on(workflows.CorpusReloaded)
    def _corpus_reloaded(self, event: workflows.CorpusReloaded) -> None:
        corpus = event.corpus
        if corpus.problems:
            # Changed elsewhere into something broken: keep showing what was sound.
            self.notify(
                f"The corpus has problems now ({corpus.problems[0]}); run 'briefing check'.",
                severity="warning",
                markup=False,
            )
            return
        self.context.adopt(corpus)
        self.refresh_panels()
