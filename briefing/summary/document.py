"""What a printed briefing holds, whatever its format: the chosen findings in sections,
and the sources they cite, numbered ``[n]`` in publication order.

A claim several sources make (``briefing.analysis.repeats``) is laid out once, by its first
chosen member, citing every chosen member."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from briefing.analysis.query import Query
from briefing.analysis.repeats import claims_per_kind, repeats_of
from briefing.analysis.series_cache import series_of
from briefing.analysis.timeline import Series
from briefing.core.model import Finding, Kind, Source
from briefing.core.numbers import format_metric
from briefing.corpus.indexed import Corpus

TITLE = "Briefing: Vietnam's digital transformation and Project 06"
GROUPED_BY_TOPIC = (Kind.ACHIEVEMENT, Kind.LIMITATION)
SECTION_ORDER = (Kind.DEADLINE, Kind.TARGET, Kind.DIRECTIVE, Kind.LIMITATION, Kind.ACHIEVEMENT)
"""What matters first in a meeting: what is due, then what was promised (levels to reach,
then undated directives), then what is wrong, then what was done. "Figures over time"
and "Promises" come right after the deadlines."""
FIGURES = "figures"
"""In ``Briefing.layout()``: where the figures go."""
PROMISES = "promises"
"""In ``Briefing.layout()``: where the promises go (a renderer leaves it out when there
are none)."""


Groups = list[tuple[str | None, list[Finding]]]


class Section:
    """One kind of finding; achievements and limitations are grouped by topic.

    Its counts are known when the briefing is built; its findings may be sorted,
    collapsed and grouped only when they are first asked for (``make``), so that a large
    briefing writes its first sections before the later ones are laid out."""

    __slots__ = ("_groups", "_make", "_reported", "findings", "kind", "total")

    def __init__(
        self,
        kind: Kind,
        groups: Groups | None = None,
        total: int = 0,
        findings: int = 0,
        *,
        make: Callable[[], tuple[Groups, list[Finding]]] | None = None,
    ) -> None:
        self.kind = kind
        self.total = total
        """How many distinct claims of this kind were selected before ``--limit``."""
        self.findings = findings
        """How many findings of this kind were selected (a claim of two sources counts two)."""
        self._groups = groups
        self._reported: list[Finding] | None = None
        self._make = make

    @property
    def groups(self) -> Groups:
        """The findings shown, by topic (one group of topic None for the other kinds)."""
        if self._groups is None:
            self._lay_out()
        assert self._groups is not None
        return self._groups

    @property
    def reported(self) -> list[Finding]:
        """Every chosen finding the shown claims report, in order (a claim's members
        after it); the shown findings themselves for a section given its groups."""
        if self._reported is None:
            if self._make is None:
                self._reported = [f for _, group in self.groups for f in group]
            else:
                self._lay_out()
        assert self._reported is not None
        return self._reported

    def _lay_out(self) -> None:
        assert self._make is not None
        self._groups, self._reported = self._make()
        self._make = None

    @property
    def shown(self) -> int:
        """How many findings the section prints."""
        return sum(len(findings) for _, findings in self.groups)

    def __repr__(self) -> str:
        return f"Section({self.kind!r}, total={self.total}, findings={self.findings})"


@dataclass
class Briefing:
    """The selected findings, laid out in sections, with numbered sources."""

    corpus: Corpus
    as_of: date
    sections: list[Section] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)
    series_from: Callable[[], list[Series]] | None = field(default=None, repr=False)
    """What works out ``series`` when it is first asked for: only the figures need the
    series (half a second at 200,000 findings), so the sections before them are
    written without waiting for them."""
    _series: list[Series] | None = field(default=None, repr=False)
    count: int | None = None
    """How many findings the briefing reports, when known before its sections are laid
    out (every chosen one, with no ``--limit``); None: ``len(findings)``."""
    _findings: list[Finding] | None = field(default=None, repr=False)
    members: dict[str, list[Finding]] = field(default_factory=dict)
    """Each shown finding of a claim made by several sources → every chosen finding
    making it, itself first."""
    figures: list[Series] | None = None
    """The series a one-page brief shows (``summary/brief.py``); None: every series
    reported more than once."""
    note: str = ""
    """A line under the title saying how the findings were chosen (the brief's)."""

    @property
    def series(self) -> list[Series]:
        """Every metric the chosen findings report, across sources (see ``timeline``)."""
        if self._series is None:
            self._series = self.series_from() if self.series_from is not None else []
        return self._series

    @series.setter
    def series(self, series: list[Series]) -> None:
        self._series = series

    @property
    def findings(self) -> list[Finding]:
        """Every finding reported, section by section in print order (asking for them
        lays out every section)."""
        if self._findings is None:
            self._findings = [f for section in self.sections for f in section.reported]
        return self._findings

    @findings.setter
    def findings(self, findings: list[Finding]) -> None:
        self._findings = findings

    @property
    def finding_count(self) -> int:
        """How many findings the briefing reports (``len(findings)``, known sooner)."""
        return len(self.findings) if self.count is None else self.count

    @property
    def brief(self) -> bool:
        """True for a one-page brief: figures on a line each, no trends."""
        return self.figures is not None

    def layout(self) -> Iterator[Section | str]:
        """The sections in print order, with ``FIGURES`` and ``PROMISES`` where the
        figures (when there are any) and the promises' verdicts go: after the deadlines
        (first when there are none). A brief has no room for the promises.

        Given one at a time: whether there are figures (the series) is worked out only
        once the deadlines before them have been taken."""
        after = 1 if self.sections and self.sections[0].kind is Kind.DEADLINE else 0
        yield from self.sections[:after]
        if self.timelines:
            yield FIGURES
        if not self.brief:
            yield PROMISES
        yield from self.sections[after:]

    def reports(self, finding: Finding) -> list[Finding]:
        """The chosen findings making the claim ``finding`` shows (just it, mostly)."""
        return self.members.get(finding.id, [finding])

    def numbers_of(self, finding: Finding) -> list[int]:
        """The citation numbers of every source making the claim, in order."""
        return sorted({self.numbers[f.source] for f in self.reports(finding)})

    def cites(self, finding: Finding) -> str:
        """``[2]``, or ``[1] [3]`` when two sources make the claim."""
        return " ".join(f"[{n}]" for n in self.numbers_of(finding))

    @property
    def timelines(self) -> list[Series]:
        """The series worth a "Figures over time" line: reported more than once (or
        the brief's chosen ones)."""
        if self.figures is not None:
            return self.figures
        return [s for s in self.series if len(s.points) > 1]

    def number(self, finding: Finding) -> int:
        """The citation number ``[n]`` of the finding's source."""
        return self.numbers[finding.source]


def _ordered(findings: list[Finding], kind: Kind, newest: dict[str, int]) -> list[Finding]:
    """``findings`` in their section's order; ``newest`` is each source's day, negated."""
    if kind in (Kind.DEADLINE, Kind.TARGET):
        # Dated first, soonest first; then undated, newest source first.
        def dated(f: Finding) -> tuple[bool, date, int, str]:
            period = f.due_period
            end = period.end if period else date.min
            return (period is None, end, newest[f.source], f.id)

        return sorted(findings, key=dated)
    return sorted(findings, key=lambda f: (newest[f.source], f.source, f.span))


def build_briefing(corpus: Corpus, query: Query, as_of: date, limit: int | None = None) -> Briefing:
    """Select findings with ``query`` and lay them out; ``limit`` caps each section.

    What the title says (each kind's findings and distinct claims, the sources cited)
    is counted here; each section's findings are sorted, collapsed and grouped when it
    is first asked for. With a ``limit``, which findings are reported (and so which
    sources are cited) depends on the order, and every section is laid out here."""
    briefing = Briefing(corpus=corpus, as_of=as_of)
    # Each source's day parsed once, not once per section and again for the sources'
    # order: 70,000 parses were half a second of a 10,000-article briefing.
    days = {sid: s.published_date for sid, s in corpus.sources.items()}
    newest = {sid: -day.toordinal() for sid, day in days.items()}
    chosen = query.apply(corpus, corpus.findings)
    of_kind: dict[Kind, list[Finding]] = {kind: [] for kind in Kind}
    for finding in chosen:
        of_kind[finding.kind].append(finding)
    if query.narrows:
        group_of = repeats_of(corpus).places()[0]
        totals = {kind: _claims(of_kind[kind], group_of) for kind in SECTION_ORDER}
    else:  # every finding: their claims counted from the groups' ids alone
        totals = claims_per_kind(corpus)
    for kind in SECTION_ORDER:
        mine = of_kind[kind]
        if not mine or (query.kinds and kind not in query.kinds):
            continue
        make = functools.partial(_lay_out, briefing, kind, mine, newest, limit)
        briefing.sections.append(Section(kind, None, totals[kind], len(mine), make=make))
    if limit is None:
        # Every chosen finding is reported (each in its kind's section): known without
        # their order.
        reported = chosen
        briefing.count = len(reported)
    else:
        reported = briefing.findings
    briefing.series_from = lambda: series_of(corpus, reported)
    cited = {f.source for f in reported}
    briefing.sources = [corpus.sources[s] for s in sorted(cited, key=lambda s: (days[s], s))]
    briefing.numbers = {source.id: n for n, source in enumerate(briefing.sources, 1)}
    return briefing


def _claims(findings: list[Finding], group_of: dict[str, int]) -> int:
    """How many distinct claims ``findings`` make: what ``Repeats.collapse`` keeps of
    them, in whatever order, counted without sorting or collapsing them."""
    groups: set[int] = set()
    alone = 0
    for finding in findings:
        number = group_of.get(finding.id)
        if number is None:
            alone += 1
        else:
            groups.add(number)
    return alone + len(groups)


def _lay_out(
    briefing: Briefing,
    kind: Kind,
    mine: list[Finding],
    newest: dict[str, int],
    limit: int | None,
) -> tuple[Groups, list[Finding]]:
    """One section's findings in order, each claim once, cut at ``limit``, by topic for
    the kinds grouped so; and every finding its shown claims report."""
    repeats = repeats_of(briefing.corpus)
    mine = _ordered(mine, kind, newest)
    claims = repeats.collapse(mine)
    kept = claims[:limit] if limit is not None else claims
    ids = {f.id for f in mine}
    reported: list[Finding] = []
    for finding in kept:
        members = repeats.present(finding, ids)
        if len(members) > 1:
            briefing.members[finding.id] = members
        reported += members
    if kind not in GROUPED_BY_TOPIC:
        return [(None, kept)], reported
    groups: dict[str, list[Finding]] = {}
    for finding in kept:
        groups.setdefault(finding.topics[0], []).append(finding)
    corpus = briefing.corpus
    ordered = sorted(groups.items(), key=lambda item: corpus.topic_label(item[0]))
    return [(topic, items) for topic, items in ordered], reported


def say_what_is_missing(briefing: Briefing, kinds: frozenset[Kind], asked: str) -> None:
    """Note on ``briefing`` why a kind asked for (or everything) has nothing to show:
    ``no targets match --topic electronic-id``. ``asked`` is the other filters given, as
    typed; ``kinds`` the ``--kind``s (none: every kind)."""
    shown = {section.kind for section in briefing.sections}
    missing = [kind for kind in SECTION_ORDER if kind in kinds and kind not in shown]
    if briefing.sections and not missing:
        return
    what = " or ".join(kind.plural.lower() for kind in missing) if missing else "findings"
    reason = f"No {what} match {asked}" if asked else f"No {what} in this corpus"
    briefing.note = " ".join(filter(None, (briefing.note, reason + ".")))


def finding_details(corpus: Corpus, finding: Finding) -> list[str]:
    """What follows a finding's statement in a memo or a page: its figures with their
    periods, its due date, the person's mark (with its note) and its owner."""
    details = [format_metric(m) + f" ({m.period.label()})" for m in finding.metrics]
    if finding.due_period:
        details.append(f"due {finding.due_period.label()}")
    mark = corpus.mark_of(finding)
    if mark:
        details.append(mark.label() + (f" ({mark.note})" if mark.note else ""))
    if finding.owner:
        details.append(finding.owner)
    return details


def figure_notes(finding: Finding) -> list[str]:
    """``note: ...`` for each of a finding's figures that has one: what establishes the
    figure beyond its quote (outside knowledge, marked as such), shown on a line of its own."""
    return [f"note: {m.note}" for m in finding.metrics if m.note]


UNREVIEWED = " (unreviewed)"


def statement(finding: Finding) -> str:
    """The finding's statement, marked when an extracted finding has not been reviewed."""
    return finding.statement + ("" if finding.reviewed else UNREVIEWED)
