"""Rendering a briefing in the format asked for, to text."""

from __future__ import annotations

import io
import os
from datetime import date

from rich.console import Console

from briefing.corpus import Corpus
from briefing.summary.document import TITLE, Briefing
from briefing.summary.json_export import to_json
from briefing.summary.markdown import to_markdown
from briefing.summary.rich_render import BriefingView

FORMATS = ("rich", "text", "markdown", "json", "html")


def _console(file: io.StringIO, width: int, *, styled: bool, record: bool = False) -> Console:
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
    if fmt == "json":
        return to_json(corpus, as_of, briefing.findings)
    if fmt == "markdown":
        return to_markdown(briefing)
    buffer = io.StringIO()
    if fmt == "html":
        console = _console(buffer, width, styled=True, record=True)
        console.print(BriefingView(briefing, colours), crop=False)
        return console.export_html(inline_styles=True, code_format=_HTML_PAGE)
    console = _console(buffer, width, styled=fmt == "rich")
    console.print(BriefingView(briefing, colours), crop=False)
    return buffer.getvalue()


_HTML_PAGE = (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="UTF-8">\n'
    f"<title>{TITLE}</title>\n"
    "<style>\n{stylesheet}\nbody {{ color: {foreground}; background-color: {background}; }}\n"
    "a {{ color: inherit; }}\n</style>\n</head>\n<body>\n"
    "<pre style=\"font-family: Menlo, 'DejaVu Sans Mono', Consolas, monospace\">"
    '<code style="font-family: inherit">{code}</code></pre>\n</body>\n</html>\n'
)
