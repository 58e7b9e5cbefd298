"""The briefing as Rich renderables: for the terminal (``rich``), plain text and HTML.

Untrusted text only ever enters as ``Text`` objects built from ``printable()`` strings:
Rich markup in an article is never parsed, escape sequences never reach the terminal.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

from rich import box
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.rule import Rule
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from briefing.corpus import published_span
from briefing.dates import days_left, describe_days
from briefing.figures import format_metric
from briefing.model import Finding, Kind
from briefing.summary.document import TITLE, Briefing, statement
from briefing.text import plural, printable
from briefing.timeline import Report, Series, corroboration_label, format_change, sparkline

TABLE_MIN_WIDTH = 80
"""Below this width the deadlines print as lines, not a table that would cut words."""


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
        width = min(Measurement.get(console, options, self.text).maximum, available)
        lines = console.render_lines(
            self.text,
            options.update(
                width=width, justify="left", no_wrap=False, overflow="ellipsis", height=None
            ),
        )
        new_line = Segment.line()
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

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self._title()
        for section in self.briefing.sections:
            yield Text()
            heading = f"{section.kind.plural} ({section.shown}"
            heading += f" of {section.total})" if section.shown < section.total else ")"
            colour = self._colour(f"kind-{section.kind.value}")
            yield Rule(Text(heading, style=f"bold {colour}"), align="left", style=colour or "dim")
            if section.kind is Kind.DEADLINE:
                deadlines = [f for _, group in section.groups for f in group]
                if options.max_width >= TABLE_MIN_WIDTH:
                    yield self._deadlines(deadlines)
                else:  # too narrow for columns: a line each, so no word is cut
                    yield from (_bullet(self._line(f, with_status=True)) for f in deadlines)
                continue
            for topic, findings in section.groups:
                if topic is not None:
                    yield _t(self.briefing.corpus.topic_label(topic), "bold")
                for finding in findings:
                    yield _bullet(self._line(finding))
        yield from self._figures()
        yield Text()
        yield Rule(Text("Sources", style="bold"), align="left", style="dim")
        for n, source in enumerate(self.briefing.sources, 1):
            line = Text()
            line.append(f"[{n}] ", style="bold")
            line.append_text(_t(f"{source.outlet}, {source.published_label}. "))
            line.append_text(_t(source.title, "italic"))
            yield line
            if source.url:
                # On a line of its own and never wrapped, so it stays one piece to copy.
                url = _t(f"    {source.url}", Style(link=safe_url(source.url), underline=True))
                url.no_wrap, url.overflow = True, "ignore"
                yield url

    def _figures(self) -> Iterator[Text | Rule | _Bullet]:
        timelines = self.briefing.timelines
        if not timelines:
            return
        yield Text()
        yield Rule(Text("Figures over time", style="bold"), align="left", style="dim")
        warn = f"bold {self._colour('status-due-soon')}"
        for series in timelines:
            yield _t(series.label, "bold")
            for kind, text in figure_lines(self.briefing, series):
                yield _bullet(_t(text, warn if kind == "conflict" else ""))

    def _title(self) -> Iterator[Text]:
        briefing, corpus = self.briefing, self.briefing.corpus
        yield Text(TITLE, style="bold")
        info = Text(f"As of {briefing.as_of.isoformat()}", style="dim")
        if briefing.sources:
            info.append(f" · sources {published_span(briefing.sources)}")
        info.append(f" · {len(briefing.sources)} of {len(corpus.sources)} sources · ")
        info.append(plural(len(briefing.findings), "finding"))
        yield info
        counts = Text()
        for section in briefing.sections:
            number, _, noun = section.kind.counted(section.findings).partition(" ")
            colour = self._colour(f"kind-{section.kind.value}")
            counts.append(f"{number} ", style=f"bold {colour}")
            counts.append(noun)
            if section.total < section.findings:
                counts.append(f" ({section.total} distinct claims)", style="dim")
            counts.append("  ")
        counts.rstrip()
        yield counts

    def _line(self, finding: Finding, *, with_status: bool = False) -> Text:
        line = Text()
        status = self.briefing.corpus.status_of(finding, self.briefing.as_of)
        if with_status and finding.due_period and status:
            days = describe_days(days_left(finding.due_period, self.briefing.as_of))
            mark = self.briefing.corpus.mark_of(finding)
            line.append(
                f"{finding.due_period.label()}, {status.value}"
                + (f" · {mark.label()}" if mark else "")
                + f", {days}: ",
                style=f"bold {self._colour(f'status-{status.value}')}",
            )
        line.append_text(_t(statement(finding)))
        details = [format_metric(m) + f" ({m.period.label()})" for m in finding.metrics]
        mark = self.briefing.corpus.mark_of(finding)
        if finding.due_period and not with_status:
            details.append(f"due {finding.due_period.label()}")
            if mark:
                details.append(mark.label())
        if mark and mark.note:
            details.append(f"note: {mark.note}")
        if finding.owner:
            details.append(finding.owner)
        if details:
            line.append_text(_t(" — " + "; ".join(details), "dim"))
        line.append(f" {self.briefing.cites(finding)}", style="bold")
        return line

    def _deadlines(self, findings: list[Finding]) -> Table:
        corpus, as_of = self.briefing.corpus, self.briefing.as_of
        table = Table(box=box.SIMPLE_HEAD, expand=True, show_edge=False, pad_edge=False)
        table.add_column("Due", no_wrap=True)
        table.add_column("Status", no_wrap=True)
        table.add_column("Task", ratio=3)
        table.add_column("Owner", ratio=2)
        table.add_column("", no_wrap=True)
        for finding in findings:
            period = finding.due_period
            status = corpus.status_of(finding, as_of)
            if period is None or status is None:
                continue
            colour = self._colour(f"status-{status.value}")
            state = Text(status.value, style=f"bold {colour}")
            mark = corpus.mark_of(finding)
            if mark:
                state.append(f" · {mark.label()}", style="bold")
            state.append(f"\n{describe_days(days_left(period, as_of))}", style=colour)
            table.add_row(
                Text(period.label()),
                state,
                _t(statement(finding) + (f"\nnote: {mark.note}" if mark and mark.note else "")),
                _t(finding.owner or "—", "dim"),
                Text(self.briefing.cites(finding), style="bold"),
            )
        return table


def report_text(briefing: Briefing, report: Report) -> str:
    """``18.3% (H1 2024, reported by 2 sources) [1] [2]``."""
    first = report.first
    cites = " ".join(f"[{n}]" for n in sorted({briefing.numbers[s] for s in report.sources}))
    when = ", ".join(filter(None, (first.period.label(), corroboration_label(report))))
    return f"{format_metric(first.metric)} ({when}) {cites}"


def figure_lines(briefing: Briefing, series: Series) -> list[tuple[str, str]]:
    """The lines of one metric in "Figures over time": (kind, text), kind being
    ``latest``, ``trend`` or ``conflict``."""
    latest, previous = series.latest, series.previous
    if latest is None:
        return []
    line = f"Latest: {report_text(briefing, latest)}"
    if previous is not None and series.change is not None:
        change = format_change(series.change, series.unit)
        line += f"; {change} since {report_text(briefing, previous)}"
    lines = [("latest", line)]
    if len(series.reports) > 2:
        steps = " → ".join(report_text(briefing, r) for r in series.reports)
        lines.append(("trend", f"Trend {sparkline(series.trend)}: {steps}"))
    for conflict in series.conflicts:
        sides = " vs ".join(report_text(briefing, r) for r in conflict.reports)
        lines.append(("conflict", f"Sources disagree for {conflict.period_label()}: {sides}"))
    return lines
