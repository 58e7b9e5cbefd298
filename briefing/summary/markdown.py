"""The briefing as a Markdown memo, each claim footnoted with its verbatim quote."""

from __future__ import annotations

import re

from briefing.analysis.timeline import (
    MISDATING,
    MISDATING_WHY,
    Report,
    corroboration_label,
)
from briefing.core.model import Finding, Kind
from briefing.core.numbers import format_metric
from briefing.core.text import plural, printable
from briefing.corpus.indexed import published_span
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
from briefing.summary.lines import dated_in, figures_heading
from briefing.summary.promise_lines import promise_block
from briefing.summary.rich_render import safe_url

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|~])")


def md(text: str) -> str:
    """Untrusted text made inert in Markdown: control characters visible, syntax escaped."""
    return _SPECIAL.sub(r"\\\1", printable(text)).replace("\n", " ")


def to_markdown(briefing: Briefing, *, quotes: bool = True) -> str:
    """The memo, ready to paste: each claim footnoted with its verbatim quote, or, with
    ``quotes=False``, a compact memo citing ``[n]`` (a link to the source) instead."""
    corpus, as_of = briefing.corpus, briefing.as_of
    notes: list[str] = []

    def cite(shown: Finding) -> str:
        """A footnote for each source making the claim, each with its own quote."""
        if not quotes:
            return " " + " ".join(number(n) for n in briefing.numbers_of(shown))
        return "".join(note(f) for f in briefing.reports(shown))

    def number(n: int) -> str:
        source = briefing.sources[n - 1]
        return f"[\\[{n}\\]](<{safe_url(source.url)}>)" if source.url else f"\\[{n}\\]"

    def note(finding: Finding) -> str:
        source = corpus.source_of(finding)
        notes.append(
            f"[^{len(notes) + 1}]: “{md(finding.quote)}” — {md(source.outlet)}, "
            f"{source.published_label}" + (f", <{safe_url(source.url)}>" if source.url else "")
        )
        return f"[^{len(notes)}]"

    def line(finding: Finding) -> str:
        details = finding_details(corpus, finding)
        extra = f" — {md('; '.join(details))}" if details else ""
        notes = "".join(f"\\\n  {md(n)}" for n in figure_notes(finding))
        return f"- {md(statement(finding))}{extra}{cite(finding)}{notes}"

    def report(item: Report) -> str:
        first = item.first
        if quotes:
            cites = "".join(note(p.finding) for p in item.points)
        else:
            cites = " " + " ".join(
                number(briefing.numbers[s])
                for s in sorted(set(item.sources), key=briefing.numbers.__getitem__)
            )
        when = ", ".join(filter(None, (first.period.label(), corroboration_label(item))))
        return f"{md(format_metric(first.metric))} ({when}){cites}"

    def deadlines(section: Section) -> list[str]:
        rows = ["| Due | Status | Task | Owner |", "|---|---|---|---|"]
        for row in dated_in(briefing, section):
            state = f"{row.status.value}, {row.days}"
            if row.mark:
                state += f" · {row.mark.label()}"
                if row.mark.note:
                    state += f" ({md(row.mark.note)})"
            rows.append(
                f"| {row.period.label()} | {state} | {md(statement(row.finding))}"
                f"{cite(row.finding)} | {md(row.finding.owner or '—')} |"
            )
        return [*rows, ""]

    def figures() -> list[str]:
        out = [f"## {figures_heading(briefing)}", ""]
        for series in briefing.timelines:
            latest, previous = series.latest, series.previous
            if latest is None:
                continue
            if not briefing.brief:
                out += [f"### {md(series.label)}", ""]
            entry = f"- {md(series.label)}: " if briefing.brief else "- Latest: "
            entry += report(latest)
            if previous is not None and series.change is not None:
                entry += f"; {series.change_words} since {report(previous)}"
            elif series.earlier is not None:
                entry += f"; {series.not_compared}: {report(series.earlier)}"
            out.append(entry)
            if len(series.reports) > 2 and not briefing.brief:
                steps = " → ".join(report(r) for r in series.reports)
                out.append(f"- Trend {series.spark()}: {steps}")
            for conflict in series.conflicts:
                sides = " vs ".join(report(r) for r in conflict.reports)
                out.append(f"- **{conflict.heading}** for {conflict.period_label()}: {sides}")
            for a, b in series.misdated_apart:
                why = f"**{MISDATING}** ({MISDATING_WHY})"
                out.append(f"- {why}: {report(a)} and {report(b)}")
            if not briefing.brief:
                out.append("")
        return out if not briefing.brief else [*out, ""]

    def promises() -> list[str]:
        block = promise_block(briefing)
        if block is None:
            return []
        out = ["## Promises", "", md(block.counts), ""]
        for item in block.items:
            out.append("- " + "".join(md(text) for text, _ in item.head))
            out += [f"  - {md(detail)}" for detail in item.details]
        if block.quiet:
            out += ["", md(block.quiet)]
        return [*out, ""]

    out = [f"# {TITLE}", ""]
    info = f"As of {as_of.isoformat()}"
    if briefing.sources:
        info += f" · sources {published_span(briefing.sources)}"
    out += [f"*{info} · {plural(briefing.finding_count, 'finding')}*", ""]
    if briefing.note:
        out += [md(briefing.note), ""]
    for section in briefing.layout():
        if section == FIGURES:
            out += figures()
            continue
        if section == PROMISES:
            out += promises()
            continue
        assert isinstance(section, Section)
        total = f" ({section.shown} of {section.total})" if section.shown < section.total else ""
        out += [f"## {section.kind.plural}{total}", ""]
        if section.kind is Kind.DEADLINE:
            out += deadlines(section)
            continue
        for topic, group in section.groups:
            if topic is not None:
                out += [f"### {md(corpus.topic_label(topic))}", ""]
            out += [line(f) for f in group]
            out.append("")
    out += ["## Sources", ""]
    for n, source in enumerate(briefing.sources, 1):
        title = md(source.title)
        linked = f"[{title}](<{safe_url(source.url)}>)" if source.url else title
        out.append(f"{n}. {md(source.outlet)}, {source.published_label}: {linked}")
    out += ["", *notes, ""]
    return "\n".join(out)
