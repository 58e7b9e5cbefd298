"""The briefing app, built by one factory (``make_app``) for the CLI and the tests alike."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable
from datetime import date
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from briefing.corpus import Corpus, load_corpus
from briefing.news import new_sources
from briefing.paths import bundled_themes, settings_file, user_themes_dir
from briefing.settings import Settings, last_briefed, remember_briefed, update_settings
from briefing.store import Problem
from briefing.themes import APP_VARIABLES, DEFAULT_THEME, ThemeSet, load_themes, to_textual_theme
from briefing.tui.context import ViewContext
from briefing.tui.screens.briefing_screen import PANELS, BriefingScreen
from briefing.tui.screens.error_screen import CorpusErrorScreen
from briefing.tui.screens.keys_screen import KeysScreen
from briefing.tui.widgets.findings_panel import KindPanel

_HERE = Path(__file__).parent


class UnknownTheme(Exception):
    """``--theme`` names no theme that was found."""


class BriefingApp(App[None]):
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
        corpus: Corpus,
        as_of: date,
        themes: ThemeSet,
        theme: str,
        settings_path: Path | None = None,
    ) -> None:
        self._themes = themes
        self._theme_chosen_by_user = False
        super().__init__()
        last = last_briefed(corpus.root, settings_path)
        self.context = ViewContext(corpus, as_of, last, new_sources(corpus, last))
        self.settings_path = settings_path
        for spec in themes.themes.values():
            self.register_theme(to_textual_theme(spec))
        self.theme = theme

    @property
    def corpus(self) -> Corpus:
        """The corpus on show (read again after a review changes it)."""
        return self.context.corpus

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(APP_VARIABLES)

    def get_default_screen(self) -> Screen[None]:
        if self.corpus.problems:
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
        self._theme_chosen_by_user = True
        if not self.corpus.problems:
            # Remembered for next time: what is new is judged against this briefing.
            with contextlib.suppress(OSError):
                remember_briefed(
                    self.corpus.root, self.corpus.sources, date.today(), self.settings_path
                )

    def watch_theme(self, theme: str) -> None:
        # Remember a theme the person picked (not the one we started with).
        if self._theme_chosen_by_user:

            def change(settings: Settings) -> None:
                settings.theme = theme

            update_settings(change, self.settings_path)

    def action_show_keys(self) -> None:
        """Show every key binding."""
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
) -> BriefingApp:
    """Build the app for a corpus folder; raise ``UnknownTheme`` for a theme that does not exist."""
    themes = load_themes(bundled_themes(), user_themes_dir(), *extra_theme_dirs)
    settings = Settings.load(settings_path or settings_file())
    chosen = theme or settings.theme or DEFAULT_THEME
    if chosen not in themes.themes and chosen not in _builtin_themes():
        if theme is not None:
            known = ", ".join(sorted(themes.themes))
            raise UnknownTheme(f"--theme: no theme named '{theme}' (known: {known})")
        chosen = DEFAULT_THEME  # a remembered theme that has since gone away
    corpus = load_corpus(corpus_root)
    return BriefingApp(corpus, as_of or date.today(), themes, chosen, settings_path)


def _builtin_themes() -> set[str]:
    from textual.theme import BUILTIN_THEMES

    return set(BUILTIN_THEMES)


def run_app(corpus_root: Path, as_of: date | None, theme: str | None) -> int:
    """Run the app in the terminal; returns the exit status."""
    try:
        app = make_app(corpus_root, as_of, theme)
    except UnknownTheme as exc:
        print(f"briefing: error: {exc}", file=sys.stderr)
        return 2
    app.run()
    return 1 if app.corpus.problems else 0


__all__ = ["BriefingApp", "Problem", "UnknownTheme", "make_app", "run_app"]
