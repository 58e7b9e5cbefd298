"""``LiteralApp``: a Textual app whose edges never pass corpus text on as it is.

Every toast quotes corpus text sooner or later (a URL, a statement, a problem), so
none is ever read as markup (a ``[@click=…]`` in a URL would run an action when the
toast is clicked) and each shows control characters visibly; the clipboard and the
URLs handed to the terminal get no control character either.
"""

from __future__ import annotations

from textual.app import App
from textual.notifications import SeverityLevel

from briefing.core.safe_text import printable, safe_url


class LiteralApp(App[None]):
    """Toasts, the clipboard and opened URLs made safe for untrusted text."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        super().notify(
            printable(message),
            title=printable(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def copy_to_clipboard(self, text: str) -> None:
        # A quote holding ESC[201~ would end a bracketed paste early where it is pasted.
        super().copy_to_clipboard(printable(text))

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        # The URL goes to the terminal (or the browser page) as is: one with control,
        # bidi or space characters is refused rather than passed on.
        if not safe_url(url):
            self.notify(f"Not opened: the URL {url} holds unsafe characters.", severity="warning")
            return
        super().open_url(url, new_tab=new_tab)
