"""Rendering a briefing in the format asked for, to text."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from briefing.corpus.indexed import Corpus
from briefing.summary.document import Briefing
from briefing.summary.title import Title

# Rich is imported only for the format drawn with it (rich): about 25 ms of a
# plain-text summary's start, which writes its text without it (summary/plain.py).
if TYPE_CHECKING:
    from rich.console import Console

FORMATS = ("rich", "text", "markdown", "json", "html")


def _console(file: io.StringIO, width: int, *, styled: bool) -> Console:
    from rich.console import Console

    # markup/emoji/highlight off: article text must print exactly as written.
    no_color = "NO_COLOR" in os.environ and styled
    return Console(
        file=file,
        width=width,
        force_terminal=styled,
        color_system="truecolor" if styled and not no_color else None,
        no_color=no_color,
        markup=False,
        emoji=False,
        highlight=False,
        legacy_windows=False,
    )


def render(
    fmt: str,
    briefing: Briefing,
    corpus: Corpus,
    as_of: date,
    colours: dict[str, str],
    width: int,
    *,
    quotes: bool = True,
) -> str:
    """The briefing in ``fmt`` (one of ``FORMATS``), whole (for ``--output``)."""
    return "".join(iter_render(fmt, briefing, corpus, as_of, colours, width, quotes=quotes))


def iter_render(
    fmt: str,
    briefing: Briefing,
    corpus: Corpus,
    as_of: date,
    colours: dict[str, str],
    width: int,
    *,
    quotes: bool = True,
) -> Iterator[str]:
    """The briefing in ``fmt`` in pieces: text and rich a part at a time, so a large
    briefing's first lines are on screen while the rest is laid out; the other formats
    whole. ``quotes=False`` leaves the verbatim quotes out of markdown and html, which
    cite ``[n]`` only."""
    # Imported for their format only: json (5 ms) is not needed by the others.
    if fmt == "json":
        from briefing.summary.json_export import to_json

        yield to_json(corpus, as_of, briefing.findings, briefing.series)
    elif fmt == "markdown":
        from briefing.summary.markdown import to_markdown

        yield to_markdown(briefing, quotes=quotes)
    elif fmt == "text":
        from briefing.summary.plain import iter_text

        yield from iter_text(briefing, width)
    elif fmt == "html":
        from briefing.summary.html import to_html

        yield to_html(briefing, colours, quotes=quotes)
    else:
        yield from _iter_rich(fmt, briefing, colours, width)


def title_piece(fmt: str, title: Title, colours: dict[str, str], width: int) -> str:
    """The first piece ``iter_render`` gives for a briefing with this title (text or
    rich): written from the title's numbers alone, before the briefing is made."""
    if fmt == "text":
        from briefing.summary.plain import title_text

        return title_text(title, width)
    from briefing.summary.rich_render import title_view

    buffer = io.StringIO()
    console = _console(buffer, width, styled=fmt == "rich")
    return _flush(console, buffer, [*title_view(title, colours)])


_RICH_BATCH = 200
"""Renderables laid out per piece written: one print per item costs more than the item."""


def _iter_rich(fmt: str, briefing: Briefing, colours: dict[str, str], width: int) -> Iterator[str]:
    from briefing.summary.rich_render import BriefingView

    buffer = io.StringIO()
    console = _console(buffer, width, styled=fmt == "rich")
    batch: list[object] = []
    # Each part written as soon as it is laid out, before the next is asked for: the
    # title is on screen while the first section (at 10,000 articles, 26,000 deadlines)
    # is laid out, and that section before the figures' series are worked out.
    for part in BriefingView(briefing, colours).parts(console.options.max_width):
        for item in part:
            batch.append(item)
            if len(batch) >= _RICH_BATCH:
                yield _flush(console, buffer, batch)
        if batch:
            yield _flush(console, buffer, batch)


def _flush(console: Console, buffer: io.StringIO, batch: list[object]) -> str:
    """The batch's renderables, laid out and taken out of the buffer."""
    from rich.console import Group

    console.print(Group(*batch), crop=False)  # type: ignore[arg-type]
    batch.clear()
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    # Rich pads cells to their width; mail and diffs want no trailing blanks.
    return "\n".join(_strip_trailing_blanks(line) for line in text.split("\n"))


_TAIL = re.compile(r"(?:\x1b\[[0-9;]*m| )+$")
_CODE = re.compile(r"\x1b\[[0-9;]*m")


def _strip_trailing_blanks(line: str) -> str:
    """The line without blanks at its end, keeping any style codes found among them."""
    tail = _TAIL.search(line)
    if tail is None:
        return line
    return line[: tail.start()] + "".join(_CODE.findall(tail.group()))
