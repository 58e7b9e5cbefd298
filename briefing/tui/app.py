"""The briefing app, built by one factory (``make_app``) for the CLI and the tests alike."""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.actions import parse as parse_action
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import Screen
from textual.worker import get_current_worker

from briefing.analysis.overview import prepare as prepare_overview
from briefing.analysis.panel_lists import prepare_lists
from briefing.analysis.promises import promises_of
from briefing.analysis.whats_new import new_sources
from briefing.core.safe_text import one_line
from briefing.core.text import plural
from briefing.corpus.cache import write_warning as cache_warning
from briefing.corpus.indexed import Corpus
from briefing.corpus.loader import load_corpus
from briefing.storage.files import Problem
from briefing.storage.paths import bundled_themes, settings_file, user_themes_dir
from briefing.storage.settings import (
    Settings,
    last_briefed,
    remember_briefed,
    update_settings,
)
from briefing.themes import (
    APP_VARIABLES,
    ThemeError,
    ThemeSet,
    choose_theme,
    load_themes,
    textual_ansi_theme,
    to_textual_theme,
)
from briefing.tui.context import ViewContext
from briefing.tui.keymap import apply_user_keymap, shown_keys
from briefing.tui.literal_app import LiteralApp
from briefing.tui.loading import BackgroundLoad, Milestones, Progress, Stage
from briefing.tui.screens.briefing_screen import BriefingScreen
from briefing.tui.widgets.findings_panel import first_lists

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
        _HERE / "widgets" / "panels.tcss",
    ]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "show_keys", "Keys", id="app.keys"),
        Binding("t", "change_theme", "Theme", show=False, id="app.theme"),
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
        self.user_keys: dict[str, str] = {}
        """The keys a ``[keymap]`` in settings.toml gave bindings, by binding id."""
        self.root = root
        self.as_of = as_of
        self.settings_path = settings_path
        self._background = load
        self.loaded = corpus is not None
        """False until the loading worker has read the corpus (empty until then)."""
        self._milestones = milestones or Milestones()
        loaded_context = self._view_context(corpus) if corpus else None
        self.context = loaded_context or ViewContext(Corpus(root=root), as_of)
        self.register_theme(textual_ansi_theme())
        for spec in themes.themes.values():
            self.register_theme(to_textual_theme(spec))
        self._start_with_theme(theme)

    def _start_with_theme(self, theme: str) -> None:
        """Set the first theme as Textual's theme watcher would, without its re-parse.

        Set as ``self.theme = theme``, the watcher queues a parse of every stylesheet
        again, and a restyle, before the first frame, though nothing is parsed or styled
        before the first screen. The watcher's other work is done here: the stylesheet's
        variables (which that first parse reads), the theme's classes, and the ANSI
        filter (off for an ANSI theme).
        """
        self.set_reactive(BriefingApp.theme, theme)
        self.stylesheet.set_variables(self.get_css_variables())
        dark = self.current_theme.dark
        self.update_classes(
            {f"-theme-{theme}": True, "-dark-mode": dark, "-light-mode": not dark}, update=False
        )
        self._refresh_truecolor_filter(self.ansi_theme)

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
        settings = Settings.load(self.settings_path or settings_file())
        broken = settings.problem
        if broken is not None:
            self.notify(
                f"{broken}. Using the defaults; the file is kept as it is and not saved to.",
                title="Settings",
                severity="warning",
                timeout=10,
            )
        self.user_keys = apply_user_keymap(self, settings.keymap)
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
            shown = shown_keys(self, self.user_keys) if self.user_keys else {}
            self.push_screen(KeysScreen(shown, frozenset(self.user_keys)))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # Every action a key reaches on this screen, titled as its binding and with its
        # key; then Textual's own commands that no key of ours already offers.
        ours = list(binding_commands(self, screen))
        titles = {command.title for command in ours}
        yield from ours
        yield from (c for c in super().get_system_commands(screen) if c.title not in titles)


def binding_commands(app: App[Any], screen: Screen[object]) -> Iterator[SystemCommand]:
    """One palette command per action bound on ``screen`` (its focused widgets, the screen
    and the app), in the order the footer lists them, each help ending with its key."""
    seen: set[tuple[str, str]] = set()
    keys: dict[tuple[str, str], list[str]] = {}
    found: list[tuple[DOMNode, Binding]] = []
    for node, binding, enabled, _ in screen.active_bindings.values():
        if not enabled or binding.system or not binding.description:
            continue
        action = (binding.action, binding.description)
        keys.setdefault(action, []).append(app.get_key_display(binding))
        if action not in seen:
            seen.add(action)
            found.append((node, binding))
    for node, binding in found:
        action = (binding.action, binding.description)
        help_text = _action_help(node, binding.action) or binding.description
        yield SystemCommand(
            binding.description,
            f"{help_text} ({' or '.join(keys[action])})",
            partial(app.run_action, binding.action, node),
        )


def _action_help(node: DOMNode, action: str) -> str:
    """The first line of the docstring of the method behind ``action``, if any."""
    _, name, _ = parse_action(action)
    namespace = node.app if action.startswith("app.") else node
    method = getattr(namespace, f"action_{name}", None)
    doc = (getattr(method, "__doc__", None) or "").strip()
    return doc.splitlines()[0].rstrip(".") if doc else ""


def make_app(
    corpus_root: Path,
    as_of: date | None = None,
    theme: str | None = None,
    *,
    settings_path: Path | None = None,
    extra_theme_dirs: tuple[Path, ...] = (),
    background: bool = False,
    settle: Callable[[], None] | None = None,
) -> BriefingApp:
    """Build the app for a corpus folder; raise ``UnknownTheme`` for a theme that does not exist.

    With ``background`` the corpus is read in a thread started here, and a read that
    takes longer than ``QUICK_LOAD`` shows a progress bar; without, it is read here and
    the app opens on the briefing. ``settle`` is called once the corpus and its first
    view are made (in the reading thread), and again once the panels' lists are made
    after the first frame: the console command's choice for its heap
    (``briefing.cli.process``); the app itself leaves the process as it found it.
    """
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
            corpus = open_corpus(corpus_root, progress, stage, settle, as_of=day)
            return view_context(corpus, day, settings_path)

        def then(context: ViewContext) -> None:
            # After the first paint, not during it: the interpreter runs one thread at once.
            milestones.painted.wait(PAINT_WAIT)
            remember(context, settings_path)  # a synced write: kept off the UI thread
            milestones.remembered.set()
            fold_search_texts(context)
            prepare_panel_lists(context)
            if settle is not None:
                # The lists just made join the corpus out of the collector's way: left
                # in it, a collection during a panel's first show walked them all
                # (Figures at 10,000 articles 580 → 280 ms, bench/panel_latency.py).
                settle()

        load = BackgroundLoad(read, then)
        return BriefingApp(
            corpus_root, day, themes, chosen, settings_path, load=load, milestones=milestones
        )
    corpus = open_corpus(corpus_root, settle=settle, as_of=day)
    return BriefingApp(corpus_root, day, themes, chosen, settings_path, corpus)


def open_corpus(
    root: Path,
    progress: Progress | None = None,
    stage: Stage | None = None,
    settle: Callable[[], None] | None = None,
    *,
    as_of: date | None = None,
) -> Corpus:
    """The corpus in ``root``, read, with its first view made (and, given ``as_of``, its
    promises' verdicts), then ``settle`` called."""
    corpus = load_corpus(root, progress=progress)
    if not corpus.problems:
        if stage is not None:
            stage(f"Adding up {plural(len(corpus.findings), 'finding')}…")
        prepare_overview(corpus)  # the first view, ready for its first frame
        if as_of is not None:  # its verdict counts too, when they take a moment
            promises = promises_of(corpus, as_of)
            if promises.at_hand():
                promises.all()
    if settle is not None:
        settle()
    return corpus


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


def prepare_panel_lists(context: ViewContext) -> None:
    """Make the finding panels' lists now (sorted, their search texts lined up), so that
    no panel's first show has to: half a second for Achievements at 10,000 articles."""
    if not context.corpus.problems:
        lists = first_lists(context.corpus)
        prepare_lists(context.corpus, context.index, lists, between=partial(time.sleep, FOLD_PAUSE))


def run_app(
    corpus_root: Path,
    as_of: date | None,
    theme: str | None,
    *,
    settle: Callable[[], None] | None = None,
) -> int:
    """Run the app in the terminal; returns the exit status (``settle``: see make_app)."""
    try:
        app = make_app(corpus_root, as_of, theme, background=True, settle=settle)
    except UnknownTheme as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return 2
    app.run()
    from briefing.tui.workflows import write_pending_reviews

    for problem in write_pending_reviews():
        print(f"briefing: error: {one_line(problem)}", file=sys.stderr)
    if app.return_code:  # the app crashed (Textual printed why): never a silent 0
        return app.return_code
    return 1 if app.corpus.problems else 0


__all__ = ["BriefingApp", "Problem", "UnknownTheme", "make_app", "run_app"]
