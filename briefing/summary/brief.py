"""A one-page brief (``briefing summary --brief``): what to say in five minutes.

The overdue and next deadlines with their owners, then the headline figures with their
changes, then the main limitations, each cited; about a printed page (60 lines at 100
columns on the bundled corpus). It is a ``Briefing`` like the full one, so every format
prints it; only the choice of what goes in is made here.
"""

from __future__ import annotations

from datetime import date

from briefing.analysis.query import Query
from briefing.analysis.timeline import Series, headline_order
from briefing.core.dates import Status
from briefing.core.model import Finding, Kind
from briefing.corpus.indexed import Corpus
from briefing.storage.marks import MarkStatus
from briefing.summary.document import Briefing, Section, build_briefing

DEADLINES = 6
"""Every overdue deadline still open comes first, then the soonest upcoming, up to this."""
FIGURES = 8
LIMITATIONS = 5

NOTE = (
    "Brief: open deadlines, overdue first; the headline figures, ranked then newest; the "
    "limitations most sources make."
)


def build_brief(corpus: Corpus, query: Query, as_of: date) -> Briefing:
    """The brief of the findings ``query`` selects, as of ``as_of``."""
    full = build_briefing(corpus, query, as_of)
    brief = Briefing(corpus=corpus, as_of=as_of, note=NOTE)
    brief.findings = []  # filled below, claim by claim
    for section in full.sections:
        shown = [f for _, group in section.groups for f in group]
        if section.kind is Kind.DEADLINE:
            picked = _deadlines(full, shown)
        elif section.kind is Kind.LIMITATION:
            picked = _limitations(full, shown)
        else:
            continue
        if not picked:
            continue
        brief.sections.append(Section(section.kind, [(None, picked)], len(shown), section.findings))
        for finding in picked:
            members = full.reports(finding)
            if len(members) > 1:
                brief.members[finding.id] = members
            brief.findings += members
    # A deadline section first, as in the full briefing.
    brief.sections.sort(key=lambda s: s.kind is not Kind.DEADLINE)
    brief.series = full.series
    brief.figures = _figures(full.series)
    cited = {f.source for f in brief.findings}
    cited |= {p.source.id for s in brief.figures for r in s.reports for p in r.points}
    brief.sources = sorted(
        (corpus.sources[s] for s in cited), key=lambda s: (s.published_date, s.id)
    )
    brief.numbers = {source.id: n for n, source in enumerate(brief.sources, 1)}
    return brief


def _deadlines(full: Briefing, findings: list[Finding]) -> list[Finding]:
    """Open dated deadlines: overdue ones first (most overdue first), then the soonest.

    One marked done or missed is settled: a brief is about what is still to watch."""
    corpus, as_of = full.corpus, full.as_of
    open_ones = []
    for finding in findings:
        period, mark = finding.due_period, corpus.mark_of(finding)
        if period is None or (mark is not None and mark.status is not MarkStatus.OPEN):
            continue
        open_ones.append(finding)
    # ``findings`` is soonest first already, so the overdue ones lead.
    overdue = [f for f in open_ones if corpus.status_of(f, as_of) is Status.OVERDUE]
    later = [f for f in open_ones if corpus.status_of(f, as_of) is not Status.OVERDUE]
    return (overdue + later)[:DEADLINES]


def _limitations(full: Briefing, claims: list[Finding]) -> list[Finding]:
    """The limitations most sources make; ties go to the newest source (``claims`` are
    newest first already, and the sort keeps that order)."""
    ranked = sorted(claims, key=lambda f: -len({m.source for m in full.reports(f)}))
    return ranked[:LIMITATIONS]


def _figures(series: list[Series]) -> list[Series]:
    """The first headline figures in the Overview's order: ranked ``headline`` in
    ``metrics.toml`` first, then the most recent."""
    return headline_order(series)[:FIGURES]
