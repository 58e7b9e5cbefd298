"""The briefing as Rich renderables: for the terminal (``rich``) and HTML.

Untrusted text only ever enters as ``Text`` objects built from ``printable()`` strings:
Rich markup in an article is never parsed, escape sequences never reach the terminal.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

from rich import box
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.rule import Rule
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from briefing.core.model import Finding, Kind
from briefing.core.text import printable
from briefing.summary.document import (
    FIGURES,
    PROMISES,
    TITLE,
    Briefing,
    Section,
    figure_notes,
)
from briefing.summary.lines import (
    TABLE_MIN_WIDTH,
    Part,
    counts_parts,
    deadline_rows,
    figure_parts,
    figures_heading,
    finding_parts,
    info_text,
    section_heading,
    source_parts,
)
from briefing.summary.promise_lines import promise_block
from briefing.summary.rich_lines import bullet_lines
from briefing.summary.rich_table import StreamedTable
from briefing.summary.title import Title, title_of


def safe_url(url: str) -> str:
    """A URL fit for a terminal hyperlink or an HTML href (quotes and brackets encoded)."""
    return quote(printable(url), safe=":/?#[]@!$&'()*+,;=%~.-_")


class _Bullet:
    """``• text`` with wrapped lines indented under the text, not under the bullet.

    It renders exactly as a two-column ``Table.grid`` (a 2-cell column, then the text
    wrapped and padded to its width) but without laying out a table for each of the
    hundreds of lines of a briefing: that was most of the summary's rendering time.
    """

    def __init__(self, text: Text) -> None:
        self.text = text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        available = max(options.max_width - 2, 1)
        new_line = Segment.line()
        fast = bullet_lines(console, self.text, available)
        if fast is not None:
            for index, segments in enumerate(fast):
                yield Segment("• " if index == 0 else "  ")
                yield from segments
                yield new_line
            return
        width = min(Measurement.get(console, options, self.text).maximum, available)
        lines = console.render_lines(
            self.text,
            options.update(
                width=width, justify="left", no_wrap=False, overflow="ellipsis", height=None
            ),
        )
        for index, line in enumerate(lines):
            yield Segment("• " if index == 0 else "  ")
            yield from line
            yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text).with_maximum(options.max_width)


def _bullet(text: Text) -> _Bullet:
    """``• text``, wrapped under the text."""
    return _Bullet(text)


def _t(text: str, style: str | Style = "") -> Text:
    return Text(printable(text), style=style)


class BriefingView:
    """The whole briefing as one Rich renderable."""

    def __init__(self, briefing: Briefing, colours: dict[str, str]) -> None:
        self.briefing = briefing
        self.colours = colours

    def _colour(self, name: str) -> str:
        return self.colours.get(name, "")

    def _text(self, parts: list[Part]) -> Text:
        return styled_text(parts, self.colours)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for part in self.parts(options.max_width):
            yield from part

    def parts(self, width: int) -> Iterator[Iterator[RenderableType]]:
        """The briefing a part at a time (the title, each part of ``layout()``, the
        sources), each taken whole before the next is asked for: a part's data (the
        figures' series) is worked out only when its turn comes."""
        yield self._title()
        for section in self.briefing.layout():
            yield self._section(section, width)
        yield self._sources()

    def _section(self, section: Section | str, width: int) -> Iterator[RenderableType]:
        if section == FIGURES:
            yield from self._figures()
            return
        if section == PROMISES:
            yield from self._promises()
            return
        assert isinstance(section, Section)
        yield Text()
        colour = self._colour(f"kind-{section.kind.value}")
        heading = Text(section_heading(section), style=f"bold {colour}")
        yield Rule(heading, align="left", style=colour or "dim")
        if section.kind is Kind.DEADLINE:
            deadlines = [f for _, group in section.groups for f in group]
            if width >= TABLE_MIN_WIDTH and not self.briefing.brief:
                yield from self._deadlines(deadlines).parts()
            else:  # too narrow for columns: a line each, so no word is cut
                for finding in deadlines:
                    parts = finding_parts(self.briefing, finding, with_status=True)
                    yield _bullet(self._text(parts))
            return
        for topic, findings in section.groups:
            if topic is not None:
                yield _t(self.briefing.corpus.topic_label(topic), "bold")
            for finding in findings:
                yield _bullet(self._text(finding_parts(self.briefing, finding)))
                for note in figure_notes(finding):
                    yield Padding(_t(note, "dim"), (0, 0, 0, 2))

    def _sources(self) -> Iterator[Text | Rule]:
        yield Text()
        yield Rule(Text("Sources", style="bold"), align="left", style="dim")
        for n, source in enumerate(self.briefing.sources, 1):
            yield self._text(source_parts(n, source, titled=not self.briefing.brief))
            if source.url:
                # On a line of its own and never wrapped, so it stays one piece to copy.
                url = _t(f"    {source.url}", Style(link=safe_url(source.url), underline=True))
                url.no_wrap, url.overflow = True, "ignore"
                yield url

    def _promises(self) -> Iterator[Text | Rule | _Bullet | Padding]:
        block = promise_block(self.briefing)
        if block is None:
            return
        yield Text()
        yield Rule(Text("Promises", style="bold"), align="left", style="dim")
        yield _t(block.counts)
        for item in block.items:
            yield _bullet(self._text(item.head))
            for detail in item.details:
                yield Padding(_bullet(_t(detail, "dim")), (0, 0, 0, 2))
        if block.quiet:
            yield _t(block.quiet, "dim")

    def _figures(self) -> Iterator[Text | Rule | _Bullet]:
        yield Text()
        heading = Text(figures_heading(self.briefing), style="bold")
        yield Rule(heading, align="left", style="dim")
        for series in self.briefing.timelines:
            if not self.briefing.brief:  # a brief's lines name their series
                yield _t(series.label, "bold")
            for part in figure_parts(self.briefing, series):
                yield _bullet(self._text([part]))

    def _title(self) -> Iterator[Text]:
        return title_view(title_of(self.briefing), self.colours)

    def _deadlines(self, findings: list[Finding]) -> StreamedTable:
        rows = []
        for row in deadline_rows(self.briefing, findings):
            colour = self._colour(f"status-{row.status}")
            state = Text(row.status, style=f"bold {colour}")
            if row.mark:
                state.append(row.mark, style="bold")
            state.append(f"\n{row.days}", style=colour)
            rows.append(
                (
                    Text(row.due),
                    state,
                    Text(row.task),
                    Text(row.owner, style="dim"),
                    Text(row.cites, style="bold"),
                )
            )
        return StreamedTable(_deadline_table, rows)


def _deadline_table() -> Table:
    """The deadline table's columns, with no rows yet."""
    table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False)
    table.add_column("Due", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Task", ratio=3)
    table.add_column("Owner", ratio=2)
    table.add_column("", no_wrap=True)
    return table


def title_view(title: Title, colours: dict[str, str]) -> Iterator[Text]:
    """The title's lines, the first part ``BriefingView.parts`` gives."""
    yield Text(TITLE, style="bold")
    yield Text(info_text(title), style="dim")
    if title.note:
        yield _t(title.note, "dim")
    yield styled_text(counts_parts(title), colours)


def _style(role: str, colours: dict[str, str]) -> str:
    """The Rich style of a part's role (see ``briefing.summary.lines``)."""
    if role.startswith(("kind-", "status-")):
        return f"bold {colours.get(role, '')}"
    if role == "warn":
        return f"bold {colours.get('status-due-soon', '')}"
    return role


def styled_text(parts: list[Part], colours: dict[str, str]) -> Text:
    """The parts as one Text, each in its role's style."""
    text = Text()
    for part, role in parts:
        text.append(part, style=_style(role, colours))
    return text
