"""The briefing as one self-contained HTML document (``--format html``).

A page to paste into a mail or print: headings, lists, a deadlines table, every ``[n]``
a link to its source in the list at the end, each source linking to its URL, colours
from the theme and a plain black-on-white print style. No script, no request: the style
sheet is inline (``html.css``, read from beside this module).

Untrusted text goes through ``printable()`` then ``html.escape``; a URL becomes a link
only when it is ``http(s)``, so a ``javascript:`` URL in a corpus stays text.
"""

from __future__ import annotations

import html
from importlib import resources

from briefing.analysis.chart import chart_of
from briefing.analysis.timeline import (
    MISDATING,
    MISDATING_WHY,
    Report,
    Series,
    corroboration_label,
)
from briefing.core.model import Finding, Kind, Source
from briefing.core.numbers import format_metric
from briefing.core.text import plural, printable
from briefing.corpus.indexed import published_span
from briefing.summary.chart_svg import chart_svg, chart_table
from briefing.summary.document import (
    FIGURES,
    PROMISES,
    TITLE,
    Briefing,
    Section,
    figure_notes,
    finding_details,
    statement,
)
from briefing.summary.lines import counts_parts, dated_in, figures_heading, section_heading
from briefing.summary.promise_lines import promise_block
from briefing.summary.rich_render import safe_url
from briefing.summary.title import title_of

_COLOURS = (
    "background",
    "foreground",
    "kind-achievement",
    "kind-limitation",
    "kind-target",
    "kind-deadline",
    "status-overdue",
    "status-due-soon",
    "status-upcoming",
)
_FALLBACK = {"background": "#ffffff", "foreground": "#1a1a1a"}


def esc(text: str) -> str:
    """Untrusted text, literal in HTML: control characters visible, markup escaped."""
    return html.escape(printable(text), quote=True)


def link_of(url: str) -> str | None:
    """The href for a source URL, or None when it is not a web address."""
    clean = printable(url).strip()
    if not clean.lower().startswith(("http://", "https://")):
        return None
    return html.escape(safe_url(clean), quote=True)


_ANSI_CSS = [
    *("black", "maroon", "green", "olive", "navy", "purple", "teal", "silver"),
    *("gray", "red", "lime", "yellow", "blue", "fuchsia", "aqua", "white"),
]
"""The sixteen terminal colours a theme of the terminal's own (``ansi``) names, as CSS
names them: a page has no terminal to take them from."""


def _css_colour(value: str, fallback: str) -> str:
    """A theme colour as CSS writes it: ``#rrggbb`` as it is, ``color(N)`` by its CSS
    name, the terminal's ``default`` (no value on a page) as ``fallback``."""
    if value.startswith("color(") and value[6:-1].isdigit() and int(value[6:-1]) < 16:
        return _ANSI_CSS[int(value[6:-1])]
    return value if value.startswith("#") else fallback


def _stylesheet(colours: dict[str, str]) -> str:
    sheet = resources.files("briefing.summary").joinpath("html.css").read_text("utf-8")
    names = [
        f"  --{name}: {esc(_css_colour(colours.get(name, ''), _FALLBACK.get(name, 'inherit')))};"
        for name in _COLOURS
    ]
    return ":root {\n" + "\n".join(names) + "\n}\n" + sheet


class _Page:
    """Writes one briefing's HTML."""

    def __init__(self, briefing: Briefing, *, quotes: bool) -> None:
        self.briefing = briefing
        self.quotes = quotes
        self.out: list[str] = []
        self.charts = 0

    def cites(self, numbers: list[int]) -> str:
        return " ".join(f'<a class="cite" href="#source-{n}">[{n}]</a>' for n in numbers)

    def finding(self, finding: Finding) -> str:
        """A finding's statement, details, citations and (optionally) its quotes."""
        details = finding_details(self.briefing.corpus, finding)
        text = f'<span class="statement">{esc(statement(finding))}</span>'
        if details:
            text += f' <span class="details">— {esc("; ".join(details))}</span>'
        text += " " + self.cites(self.briefing.numbers_of(finding))
        for note in figure_notes(finding):
            text += f'<br><small class="note">{esc(note)}</small>'
        return text + self.quoted(self.briefing.reports(finding))

    def quoted(self, findings: list[Finding]) -> str:
        if not self.quotes:
            return ""
        lines = [
            f'<q>{esc(f.quote)}</q> <a class="cite" href="#source-{self.briefing.number(f)}">'
            f"[{self.briefing.number(f)}]</a>"
            for f in findings
        ]
        return '<span class="quotes">' + "<br>".join(lines) + "</span>"

    def section(self, section: Section) -> None:
        kind = section.kind.value
        self.out.append(f'<section id="{kind}s" class="kind-{kind}">')
        self.out.append(f"<h2>{esc(section_heading(section))}</h2>")
        if section.kind is Kind.DEADLINE:
            self.deadlines(section)
        else:
            for topic, findings in section.groups:
                if topic is not None:
                    self.out.append(f"<h3>{esc(self.briefing.corpus.topic_label(topic))}</h3>")
                self.out.append("<ul>")
                self.out += [f"<li>{self.finding(f)}</li>" for f in findings]
                self.out.append("</ul>")
        self.out.append("</section>")

    def deadlines(self, section: Section) -> None:
        self.out.append(
            "<table><thead><tr><th>Due</th><th>Status</th><th>Task</th><th>Owner</th>"
            "</tr></thead><tbody>"
        )
        for row in dated_in(self.briefing, section):
            finding, mark = row.finding, row.mark
            state = f'<span class="status-{row.status.value}">{row.status.value}</span>'
            if mark:
                state += f" · {esc(mark.label())}"
            state += f"<br><small>{esc(row.days)}</small>"
            task = f'<span class="statement">{esc(statement(finding))}</span> '
            task += self.cites(self.briefing.numbers_of(finding))
            if mark and mark.note:
                task += f"<br><small>note: {esc(mark.note)}</small>"
            task += self.quoted(self.briefing.reports(finding))
            self.out.append(
                f"<tr><td>{esc(row.period.label())}</td><td>{state}</td><td>{task}</td>"
                f"<td>{esc(finding.owner or '—')}</td></tr>"
            )
        self.out.append("</tbody></table>")

    def report(self, report: Report) -> str:
        first = report.first
        when = ", ".join(filter(None, (first.period.label(), corroboration_label(report))))
        numbers = sorted({self.briefing.numbers[s] for s in report.sources})
        return f"{esc(format_metric(first.metric))} ({esc(when)}) {self.cites(numbers)}"

    def figures(self) -> None:
        self.out.append('<section id="figures">')
        self.out.append(f"<h2>{esc(figures_heading(self.briefing))}</h2>")
        brief = self.briefing.brief
        if brief:
            self.out.append("<ul>")
        for series in self.briefing.timelines:
            self.series(series, brief=brief)
        if brief:
            self.out.append("</ul>")
        self.out.append("</section>")

    def series(self, series: Series, *, brief: bool) -> None:
        latest, previous = series.latest, series.previous
        if latest is None:
            return
        line = f"<strong>{esc(series.label)}</strong>: " if brief else "Latest: "
        line += self.report(latest)
        if previous is not None and series.change is not None:
            line += f"; {esc(series.change_words)} since {self.report(previous)}"
        elif series.earlier is not None:
            line += f"; {esc(series.not_compared)}: {self.report(series.earlier)}"
        items = [line]
        if len(series.reports) > 2 and not brief:
            items.append("Over time: " + " → ".join(self.report(r) for r in series.reports))
        for conflict in series.conflicts:
            sides = " vs ".join(self.report(r) for r in conflict.reports)
            items.append(
                f'<span class="warn">{esc(conflict.heading)}</span> for '
                f"{esc(conflict.period_label())}: {sides}"
            )
        for a, b in series.misdated_apart:
            items.append(
                f'<span class="warn">{MISDATING}</span> ({esc(MISDATING_WHY)}): '
                f"{self.report(a)} and {self.report(b)}"
            )
        if brief:
            self.out += [f"<li>{item}</li>" for item in items]
            return
        self.out.append(f"<h3>{esc(series.label)}</h3><ul>")
        self.out += [f"<li>{item}</li>" for item in items]
        self.out.append("</ul>")
        self.chart(series)

    def chart(self, series: Series) -> None:
        """The series drawn (``chart_svg``), its values as a table under it."""
        chart = chart_of(self.briefing.corpus, series)
        if not chart.points:
            return
        self.charts += 1
        self.out.append(
            f'<figure class="indicator-chart">{chart_svg(chart, f"chart-{self.charts}")}'
            f"<figcaption>{chart_table(chart)}</figcaption></figure>"
        )

    def promises(self) -> None:
        """Each target's and deadline's verdict, its chain of evidence under it."""
        block = promise_block(self.briefing)
        if block is None:
            return
        self.out += ['<section id="promises">', "<h2>Promises</h2>", f"<p>{esc(block.counts)}</p>"]
        self.out.append("<ul>")
        for item in block.items:
            head = "".join(
                f'<span class="{role}">{esc(text)}</span>' if role else esc(text)
                for text, role in item.head
            )
            details = "".join(f"<li>{esc(detail)}</li>" for detail in item.details)
            self.out.append(f"<li>{head}" + (f"<ul>{details}</ul>" if details else "") + "</li>")
        self.out.append("</ul>")
        if block.quiet:
            self.out.append(f'<p class="info">{esc(block.quiet)}</p>')
        self.out.append("</section>")

    def source(self, n: int, source: Source) -> str:
        title = f"<cite>{esc(source.title)}</cite>"
        href = link_of(source.url) if source.url else None
        if href is not None:
            title = f'<a href="{href}">{title}</a>'
        line = f'<li id="source-{n}">{esc(source.outlet)}, {esc(source.published_label)}. {title}'
        if source.url and href is None:  # not a web address: shown, never a link
            line += f" <small>{esc(source.url)}</small>"
        return line + "</li>"

    def page(self, colours: dict[str, str]) -> str:
        briefing = self.briefing
        info = f"As of {briefing.as_of.isoformat()}"
        if briefing.sources:
            info += f" · sources {published_span(briefing.sources)}"
        info += f" · {plural(briefing.finding_count, 'finding')}"
        counts = "".join(
            f'<span class="{role}">{esc(text)}</span>' if role else esc(text)
            for text, role in counts_parts(title_of(briefing))
        )
        self.out += [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(TITLE)}</title>",
            f"<style>\n{_stylesheet(colours)}</style>",
            "</head>",
            "<body>",
            "<main>",
            f"<h1>{esc(TITLE)}</h1>",
            f'<p class="info">{esc(info)}</p>',
        ]
        if briefing.note:
            self.out.append(f'<p class="info">{esc(briefing.note)}</p>')
        self.out.append(f'<p class="counts">{counts}</p>')
        for part in briefing.layout():
            if part == FIGURES:
                self.figures()
            elif part == PROMISES:
                self.promises()
            elif isinstance(part, Section):
                self.section(part)
        self.out += ['<section id="sources">', "<h2>Sources</h2>", "<ol>"]
        self.out += [self.source(n, s) for n, s in enumerate(briefing.sources, 1)]
        self.out += ["</ol>", "</section>", "</main>", "</body>", "</html>", ""]
        return "\n".join(self.out)


def to_html(briefing: Briefing, colours: dict[str, str], *, quotes: bool = True) -> str:
    """The briefing as a self-contained HTML document, coloured by ``colours`` (a theme's)."""
    return _Page(briefing, quotes=quotes).page(colours)
