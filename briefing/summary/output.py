"""Rendering a briefing in the format asked for, to text."""

from __future__ import annotations

import io
import os
import re
from datetime import date
from typing import TYPE_CHECKING

from briefing.corpus.indexed import Corpus
from briefing.summary.document import TITLE, Briefing

# Rich is imported only for the formats drawn with it (rich, html): about 25 ms of a
# plain-text summary's start, which writes its text without it (summary/plain.py).
if TYPE_CHECKING:
    from rich.console import Console
    from rich.terminal_theme import TerminalTheme

FORMATS = ("rich", "text", "markdown", "json", "html")


def _console(file: io.StringIO, width: int, *, styled: bool, record: bool = False) -> Console:
    from rich.console import Console

    # markup/emoji/highlight off: article text must print exactly as written.
    no_color = "NO_COLOR" in os.environ and styled and not record
    return Console(
        file=file,
        width=width,
        force_terminal=styled,
        color_system="truecolor" if styled and not no_color else None,
        no_color=no_color,
        markup=False,
        emoji=False,
        highlight=False,
        record=record,
        legacy_windows=False,
    )


def render(
    fmt: str,
    briefing: Briefing,
    corpus: Corpus,
    as_of: date,
    colours: dict[str, str],
    width: int,
) -> str:
    """The briefing in ``fmt`` (one of ``FORMATS``)."""
    # Imported for their format only: json (5 ms) is not needed by the others.
    if fmt == "json":
        from briefing.summary.json_export import to_json

        return to_json(corpus, as_of, briefing.findings, briefing.series)
    if fmt == "markdown":
        from briefing.summary.markdown import to_markdown

        return to_markdown(briefing)
    if fmt == "text":
        from briefing.summary.plain import to_text

        return to_text(briefing, width)
    from briefing.summary.rich_render import BriefingView

    buffer = io.StringIO()
    if fmt == "html":
        console = _console(buffer, width, styled=True, record=True)
        console.print(BriefingView(briefing, colours), crop=False)
        return console.export_html(
            theme=_page_theme(colours), inline_styles=True, code_format=_HTML_PAGE
        )
    console = _console(buffer, width, styled=fmt == "rich")
    console.print(BriefingView(briefing, colours), crop=False)
    # Rich pads cells to their width; mail and diffs want no trailing blanks.
    return "\n".join(_strip_trailing_blanks(line) for line in buffer.getvalue().split("\n"))


_TAIL = re.compile(r"(?:\x1b\[[0-9;]*m| )+$")
_CODE = re.compile(r"\x1b\[[0-9;]*m")


def _strip_trailing_blanks(line: str) -> str:
    """The line without blanks at its end, keeping any style codes found among them."""
    tail = _TAIL.search(line)
    if tail is None:
        return line
    return line[: tail.start()] + "".join(_CODE.findall(tail.group()))


def _page_theme(colours: dict[str, str]) -> TerminalTheme:
    """Rich's export palette with the briefing theme's page colours, so text stays legible."""
    from rich.color import Color
    from rich.color_triplet import ColorTriplet
    from rich.terminal_theme import DEFAULT_TERMINAL_THEME, TerminalTheme

    def rgb(value: str | None, fallback: ColorTriplet) -> tuple[int, int, int]:
        if not value:
            return (fallback.red, fallback.green, fallback.blue)
        triplet = Color.parse(value).get_truecolor()
        return (triplet.red, triplet.green, triplet.blue)

    base = DEFAULT_TERMINAL_THEME
    palette = [rgb(None, base.ansi_colors[n]) for n in range(16)]
    return TerminalTheme(
        rgb(colours.get("background"), base.background_color),
        rgb(colours.get("foreground"), base.foreground_color),
        palette[:8],
        palette[8:],
    )


_HTML_PAGE = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
    f"<title>{TITLE}</title>\n"
    "<style>\n{stylesheet}\nbody {{ color: {foreground}; background-color: {background}; }}\n"
    "a {{ color: inherit; }}\n</style>\n</head>\n<body>\n"
    "<pre style=\"font-family: Menlo, 'DejaVu Sans Mono', Consolas, monospace\">"
    '<code style="font-family: inherit">{code}</code></pre>\n</body>\n</html>\n'
)
