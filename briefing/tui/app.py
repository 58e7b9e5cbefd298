"""The briefing app, built by one factory (``make_app``) for the CLI and the tests alike."""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from collections.abc import Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import get_current_worker

from briefing.analysis.overview import prepare as prepare_overview
from briefing.analysis.whats_new import new_sources
from briefing.core.text import plural
from briefing.corpus.cache import write_warning as cache_warning
from briefing.corpus.loader import Corpus, load_corpus
from briefing.storage.files import Problem
from briefing.storage.paths import bundled_themes, settings_file, user_themes_dir
from briefing.storage.settings import (
    Settings,
    last_briefed,
    remember_briefed,
    settings_problem,
    update_settings,
)
from briefing.themes import (
    APP_VARIABLES,
    ThemeError,
    ThemeSet,
    choose_theme,
    load_themes,
    to_textual_theme,
)
from briefing.tui.context import ViewContext
from briefing.tui.literal_app import LiteralApp
from briefing.tui.loading import BackgroundLoad, Milestones, Progress, Stage
from briefing.tui.screens.briefing_screen import PANELS, BriefingScreen
from briefing.tui.widgets.findings_panel import KindPanel

_HERE = Path(__file__).parent
FOLD_PAUSE = 0.002
"""Seconds the background folding of search texts rests after each thousand findings."""
PAINT_WAIT = 5.0
"""Seconds a background read waits for the briefing's first paint before its follow-up
work (remembering the briefing, folding search texts)."""

LOAD_POLL = 0.1
"""Seconds between two looks, while waiting for the read, at whether the app is quitting."""
QUICK_LOAD = 0.1
"""Seconds the app waits for a corpus read in the background before showing a progress
bar instead: a warm start reads the bundled corpus in far less and opens on the briefing."""


class UnknownTheme(Exception):
    """``--theme`` names no theme that was found."""


class BriefingApp(LiteralApp):
    """Walk through what the news says, one key from every source."""

    TITLE = "briefing"
    CSS_PATH = [  # noqa: RUF012 (Textual reads it as a plain class attribute)
        _HERE / "app.tcss",
        _HERE / "screens" / "briefing_screen.tcss",
        _HERE / "screens" / "source_screen.tcss",
        _HERE / "widgets" / "panels.tcss",
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "show_keys", "Keys"),
        Binding("t", "change_theme", "Theme", show=False),
    ]

    def __init__(
        self,
        root: Path,
        as_of: date,
        themes: ThemeSet,
        theme: str,
        settings_path: Path | None = None,
        corpus: Corpus | None = None,
        load: BackgroundLoad[ViewContext] | None = None,
        milestones: Milestones | None = None,
    ) -> None:
        self._themes = themes
        self._theme_chosen_by_user = False
        super().__init__()
        self.root = root
        self.as_of = as_of
        self.settings_path = settings_path
        self._background = load
        self.loaded = corpus is not None
        """False until the loading worker has read the corpus (empty until then)."""
        self._milestones = milestones or Milestones()
        loaded_context = self._view_context(corpus) if corpus else None
        self.context = loaded_context or ViewContext(Corpus(root=root), as_of)
        for spec in themes.themes.values():
            self.register_theme(to_textual_theme(spec))
        self.theme = theme

    @property
    def corpus(self) -> Corpus:
        """The corpus on show (read again after a review changes it)."""
        return self.context.corpus

    def _view_context(self, corpus: Corpus) -> ViewContext:
        return view_context(corpus, self.as_of, self.settings_path)

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(APP_VARIABLES)

    def get_default_screen(self) -> Screen[None]:
        if not self.loaded and self._background is not None:
            context = self._background.wait(QUICK_LOAD)
            if context is not None:
                self.context, self.loaded = context, True
        if not self.loaded:
            from briefing.tui.screens.loading_screen import LoadingScreen  # a slow read only

            return LoadingScreen(str(self.root), self._background)
        return self._main_screen()

    def _main_screen(self) -> Screen[None]:
        if self.corpus.problems:
            from briefing.tui.screens.error_screen import CorpusErrorScreen

            return CorpusErrorScreen(self.corpus.problems)
        return BriefingScreen(self.context)

    def on_mount(self) -> None:
        if self._themes.problems:
            lines = "\n".join(str(p) for p in self._themes.problems)
            self.notify(
                f"Skipped {len(self._themes.problems)} theme file(s):\n{lines}",
                severity="warning",
                timeout=10,
                markup=False,
            )
        broken = settings_problem(self.settings_path or settings_file())
        if broken is not None:
            self.notify(
                f"{broken}. Using the defaults; the file is kept as it is and not saved to.",
                title="Settings",
                severity="warning",
                timeout=10,
            )
        self._theme_chosen_by_user = True
        if self.loaded:
            self._opened()
        elif self._background is not None:
            self._await_load(self._background)

    @work(thread=True, exclusive=True, group="load")
    def _await_load(self, load: BackgroundLoad[ViewContext]) -> None:
        """Wait off the UI thread for the corpus being read, then show it."""
        worker = get_current_worker()
        # In short waits: quitting cancels this worker, and the app must not stay for
        # the rest of the read (the reading thread itself is a daemon).
        while (context := load.wait(LOAD_POLL)) is None:
            if worker.is_cancelled:
                return
        self.call_from_thread(self._show_loaded, context)

    def _show_loaded(self, context: ViewContext) -> None:
        self.context, self.loaded = context, True
        # Pushed over the loading screen: replacing the app's bottom screen is not allowed.
        screen = self._main_screen()
        self.push_screen(screen)
        if not isinstance(screen, BriefingScreen):
            self._milestones.painted.set()  # the corpus's problems: nothing follows
        self._opened()

    def _opened(self) -> None:
        """What follows a load: warn about broken marks, remember this briefing."""
        marks = self.corpus.marks
        if marks.problems and not self.corpus.problems:
            first, more = marks.problems[0], len(marks.problems) - 1
            also = f" (and {more} more; run 'briefing check')" if more else ""
            self.notify(
                f"{first}{also}. "
                + ("Marks are read-only." if marks.broken else "Those marks are left out."),
                title="Deadline marks",
                severity="warning",
                timeout=10,
                markup=False,
            )
        unwritable = cache_warning()
        if unwritable is not None:
            self.notify(unwritable.capitalize(), title="Cache", severity="warning", timeout=10)
        if self._background is None:  # a background read remembers it in its thread
            remember(self.context, self.settings_path)

    def on_briefing_screen_shown(self) -> None:
        self._milestones.painted.set()

    def on_unmount(self) -> None:
        # Quit before the reading thread remembered this briefing: remembered here.
        read = self._background is not None and self.loaded
        if read and not self._milestones.remembered.is_set():
            remember(self.context, self.settings_path)
        # What ``settle_heap`` exempted can be collected again once the app is gone
        # (tests and benchmarks run many apps in one process).
        gc.unfreeze()

    def watch_theme(self, theme: str) -> None:
        # Remember a theme the person picked (not the one we started with).
        if self._theme_chosen_by_user:

            def change(settings: Settings) -> None:
                settings.theme = theme

            update_settings(change, self.settings_path)

    def action_show_keys(self) -> None:
        """Show every key binding."""
        from briefing.tui.screens.keys_screen import KeysScreen

        if not isinstance(self.screen, KeysScreen):
            self.push_screen(KeysScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Our keys screen lists every binding; Textual's own "Keys" panel would duplicate it.
        yield from (c for c in super().get_system_commands(screen) if c.title != "Keys")
        if isinstance(screen, BriefingScreen):
            for index, (_, title) in enumerate(PANELS):
                yield SystemCommand(
                    f"Go to {title}",
                    f"Show the {title} panel ({index + 1})",
                    partial(screen.action_show_panel, index),
                )
            yield SystemCommand(
                "Search", "Search statements, quotes, topics and owners (/)", screen.action_search
            )
            panel = screen.active_panel
            if isinstance(panel, KindPanel):
                yield SystemCommand(
                    "Sort", "Sort by topic or by source date (s)", panel.action_toggle_sort
                )
            yield SystemCommand("Filter", "Filter by topic and source (f)", screen.action_filter)
            yield SystemCommand(
                "Clear search and filter", "Show everything again (escape)", screen.action_clear
            )
            yield SystemCommand(
                "Copy citation",
                "Copy the selected finding's citation (y)",
                screen.action_copy_citation,
            )
            yield SystemCommand(
                "Open source URL",
                "Open the selected finding's article in a browser (o)",
                screen.action_open_url,
            )
            yield SystemCommand(
                "Review finding",
                "Accept, reject or fix the selected extracted finding (r)",
                screen.action_review,
            )
            yield SystemCommand(
                "Review unreviewed findings",
                "Walk through every extracted finding not yet reviewed (R)",
                screen.action_review_next,
            )
        yield SystemCommand("Keys", "Every key binding (? or F1)", self.action_show_keys)


def make_app(
    corpus_root: Path,
    as_of: date | None = None,
    theme: str | None = None,
    *,
    settings_path: Path | None = None,
    extra_theme_dirs: tuple[Path, ...] = (),
    background: bool = False,
) -> BriefingApp:
    """Build the app for a corpus folder; raise ``UnknownTheme`` for a theme that does not exist.

    With ``background`` the corpus is read in a thread started here, and a read that
    takes longer than ``QUICK_LOAD`` shows a progress bar; without, it is read here and
    the app opens on the briefing.
    """
    freeze_imports()
    themes = load_themes(bundled_themes(), user_themes_dir(), *extra_theme_dirs)
    settings = Settings.load(settings_path or settings_file())
    try:
        chosen = choose_theme(themes, theme, settings.theme)
    except ThemeError as exc:
        raise UnknownTheme(str(exc)) from None
    day = as_of or date.today()
    if background:
        milestones = Milestones()

        # Started now, the read overlaps the app's start-up; a slow one shows progress.
        def read(progress: Progress, stage: Stage) -> ViewContext:
            corpus = open_corpus(corpus_root, progress, stage)
            return view_context(corpus, day, settings_path)

        def then(context: ViewContext) -> None:
            # After the first paint, not during it: the interpreter runs one thread at once.
            milestones.painted.wait(PAINT_WAIT)
            remember(context, settings_path)  # a synced write: kept off the UI thread
            milestones.remembered.set()
            fold_search_texts(context)

        load = BackgroundLoad(read, then)
        return BriefingApp(
            corpus_root, day, themes, chosen, settings_path, load=load, milestones=milestones
        )
    corpus = open_corpus(corpus_root)
    return BriefingApp(corpus_root, day, themes, chosen, settings_path, corpus)


def open_corpus(root: Path, progress: Progress | None = None, stage: Stage | None = None) -> Corpus:
    """The corpus in ``root``, read, with its first view made and the heap settled."""
    corpus = load_corpus(root, progress=progress)
    if not corpus.problems:
        if stage is not None:
            stage(f"Adding up {plural(len(corpus.findings), 'finding')}…")
        prepare_overview(corpus)  # the first view, ready for its first frame
    settle_heap()
    return corpus


_imports_frozen = False


def freeze_imports() -> None:
    """Exempt what is loaded so far, the modules, from the cyclic garbage collector.

    They live as long as the process; walked by the first full collection, which came
    during the first frame, they cost it about 20 ms. Only the first app built in a
    process does it: a later one would freeze what its predecessors left for collection.
    """
    global _imports_frozen
    if not _imports_frozen:
        _imports_frozen = True
        gc.freeze()


def view_context(corpus: Corpus, as_of: date, settings_path: Path | None) -> ViewContext:
    """What the views share, with what is new since the previous briefing of this corpus."""
    last = last_briefed(corpus.root, settings_path)
    return ViewContext(corpus, as_of, last, new_sources(corpus, last))


def remember(context: ViewContext, settings_path: Path | None) -> None:
    """Remember this briefing of a sound corpus: the next one says what is new since."""
    corpus = context.corpus
    if not corpus.problems:
        with contextlib.suppress(OSError):
            remember_briefed(corpus.root, corpus.sources, date.today(), settings_path)


def fold_search_texts(context: ViewContext) -> None:
    """Fold every search text now, so that the first keystroke need not; a little at a
    time, leaving the interpreter to the UI thread in between (one runs at once)."""
    if not context.corpus.problems:
        context.index.fold_all(between=partial(time.sleep, FOLD_PAUSE))


def settle_heap() -> None:
    """Exempt what is loaded so far (the corpus) from the cyclic garbage collector.

    The corpus lives as long as the app; without this, every full collection walks its
    hundreds of thousands of objects, a pause of a second at 200,000 findings that
    lands on a random keystroke. No collection first: loading makes no cycles, and a
    collection walks it all. (A load in a process that exempts objects exempts its
    records itself; this takes in what was made since, such as the first view.)
    """
    gc.freeze()


def run_app(corpus_root: Path, as_of: date | None, theme: str | None) -> int:
    """Run the app in the terminal; returns the exit status."""
    try:
        app = make_app(corpus_root, as_of, theme, background=True)
    except UnknownTheme as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return 2
    app.run()
    if app.return_code:  # the app crashed (Textual printed why): never a silent 0
        return app.return_code
    return 1 if app.corpus.problems else 0


__all__ = ["BriefingApp", "Problem", "UnknownTheme", "make_app", "run_app"]
