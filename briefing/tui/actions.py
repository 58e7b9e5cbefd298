"""Actions both the briefing and the source view offer: cite a finding, open its URL."""

from __future__ import annotations

from typing import Any

from textual.app import App

from briefing.analysis.citation import citation
from briefing.core.model import Finding, Source
from briefing.core.safe_text import printable, safe_url
from briefing.corpus.indexed import Corpus


def copy_citation(app: App[Any], corpus: Corpus, finding: Finding | None) -> None:
    """Copy the finding's citation to the clipboard (OSC 52: works over SSH)."""
    if finding is None:
        app.notify("Nothing to cite here: select a finding first.", severity="warning")
        return
    # Shown literally where it is pasted: no ESC can end a bracketed paste early.
    app.copy_to_clipboard(printable(citation(corpus, finding)))
    app.notify("Citation copied to the clipboard.")


def open_source_url(app: App[Any], source: Source | None) -> None:
    """Open the article's URL in the browser (a new tab when served to a browser)."""
    if source is None or not source.url:
        app.notify("This article gives no URL.", severity="warning")
        return
    if not safe_url(source.url):
        app.notify(f"Not opened: the URL {source.url} holds unsafe characters.", severity="warning")
        return
    if not app.is_web and not browser_available():
        # Nothing would open: say so rather than "Opening …", and where the URL is at hand.
        app.notify(
            f"No web browser found to open {source.url}; y copies the citation with its URL.",
            severity="warning",
            markup=False,
        )
        return
    app.open_url(source.url)
    app.notify(f"Opening {source.url}", markup=False)


def browser_available() -> bool:
    """Whether this machine has a browser to hand a URL to (served to a browser, the
    browser's own tab is used instead)."""
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True
