"""The ``Corpus``: every source and finding of one corpus folder, indexed for the views.

It is made by the loader (``loader.load_corpus``), from the TOML (``from_toml``) or from
the compiled cache, and indexed here the same way for both.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from pathlib import Path

from briefing.core.dates import Status, status
from briefing.core.model import Finding, Kind, Metric, MetricDef, Source
from briefing.corpus.layout import SEEDS
from briefing.storage.files import Problem
from briefing.storage.marks import Mark, Marks
from briefing.storage.reading import SEED_LIMIT, ReadRefused, read_regular


@dataclass
class Corpus:
    """Every source and finding of one corpus folder, indexed for the views."""

    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    metric_defs: dict[str, MetricDef] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    _claimed: dict[str, Path] | None = field(default_factory=dict, repr=False, compare=False)
    _claims_from: Callable[[], dict[str, Path]] | None = field(
        default=None, repr=False, compare=False
    )
    sources_unreadable: bool = False
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    """Article texts by source id, read from ``seeds/`` when first asked for (``texts[id]``,
    ``text_of``); ``get`` and iteration see only those read so far."""
    by_id: dict[str, Finding] = field(default_factory=dict, repr=False)
    _by_kind: dict[Kind, list[Finding]] | None = field(default=None, repr=False, compare=False)
    _by_topic: dict[str, list[Finding]] | None = field(default=None, repr=False, compare=False)
    _by_source: dict[str, list[Finding]] | None = field(default=None, repr=False, compare=False)
    _by_metric: dict[str, list[tuple[Finding, Metric]]] | None = field(
        default=None, repr=False, compare=False
    )
    compiled: int | None = None
    """The stamp of the compiled cache holding exactly these records (``cache.Hit.stamp``),
    when there is one: what is derived from them may be kept beside it."""
    marks: Marks = field(default_factory=Marks)
    """The deadline tracker's marks (``data/state.toml``); its problems are kept apart
    from ``problems``, since a broken state file must not stop the briefing."""
    _dated: list[Finding] | None = field(default=None, init=False, repr=False, compare=False)
    _rank: dict[str, int] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.texts = ArticleTexts(self)

    # The lists by kind, topic, source and metric are made together, from ``findings``,
    # when one is first asked for: a summary's title needs none of them, and making
    # them was a sixth of a large corpus's warm load.

    @property
    def by_kind(self) -> dict[Kind, list[Finding]]:
        """Every kind → its findings, in corpus order."""
        if self._by_kind is None:
            self._index()
        assert self._by_kind is not None
        return self._by_kind

    @property
    def by_topic(self) -> dict[str, list[Finding]]:
        """Each topic named → the findings filed under it, in corpus order."""
        if self._by_topic is None:
            self._index()
        assert self._by_topic is not None
        return self._by_topic

    @property
    def by_source(self) -> dict[str, list[Finding]]:
        """Each source cited → its findings, in the order of their quotes."""
        if self._by_source is None:
            self._index()
        assert self._by_source is not None
        return self._by_source

    @property
    def by_metric(self) -> dict[str, list[tuple[Finding, Metric]]]:
        """Each metric reported → every (finding, figure) reporting it, in corpus order."""
        if self._by_metric is None:
            self._index()
        assert self._by_metric is not None
        return self._by_metric

    def _index(self) -> None:
        by_kind: dict[Kind, list[Finding]] = {kind: [] for kind in Kind}
        by_topic: defaultdict[str, list[Finding]] = defaultdict(list)
        by_source: defaultdict[str, list[Finding]] = defaultdict(list)
        by_metric: defaultdict[str, list[tuple[Finding, Metric]]] = defaultdict(list)
        for finding in self.findings:
            by_kind[finding.kind].append(finding)
            by_source[finding.source].append(finding)
            for topic in finding.topics:
                by_topic[topic].append(finding)
            for metric in finding.metrics:
                by_metric[metric.name].append((finding, metric))
        by_span = attrgetter("span")
        for findings in by_source.values():
            findings.sort(key=by_span)
        self._by_kind = by_kind
        self._by_topic = dict(by_topic)
        self._by_source = dict(by_source)
        self._by_metric = dict(by_metric)

    @property
    def claimed_ids(self) -> dict[str, Path]:
        """Each finding id → the findings file it is written in (the first, for an id two
        files claim). A corpus from the compiled cache works it out when first asked
        for (``claims_from``): only reading files again after a change needs it."""
        if self._claimed is None:
            assert self._claims_from is not None
            self._claimed, self._claims_from = self._claims_from(), None
        return self._claimed

    def claims_from(self, make: Callable[[], dict[str, Path]]) -> None:
        """Have ``claimed_ids`` made by ``make`` when first asked for."""
        self._claimed, self._claims_from = None, make

    @property
    def ok(self) -> bool:
        """True when nothing is wrong with the corpus."""
        return not self.problems

    def text_of(self, source_id: str) -> str:
        """The full article text of a source (verified at load; ``KeyError`` if unreadable)."""
        return self.texts[source_id]

    def published_span(self) -> str:
        """``2024-07-10 to 2025-02``: the publication dates of the sources, as written."""
        return published_span(self.sources.values())

    def source_of(self, finding: Finding) -> Source:
        """The source a finding cites."""
        return self.sources[finding.source]

    def topic_label(self, topic: str) -> str:
        """The display label of a topic id."""
        return self.topics.get(topic, topic)

    def metric_label(self, name: str) -> str:
        """The display label of a metric name."""
        definition = self.metric_defs.get(name)
        return definition.label if definition else name

    def date_range(self) -> tuple[date, date] | None:
        """The first and last publication date of the sources."""
        if not self.sources:
            return None
        days = sorted(s.published_date for s in self.sources.values())
        return days[0], days[-1]

    def mark_of(self, finding: Finding) -> Mark | None:
        """The tracker's mark on a finding, if any."""
        return self.marks.marks.get(finding.id)

    def status_of(self, finding: Finding, as_of: date) -> Status | None:
        """Overdue / due-soon / upcoming for a dated finding, else None."""
        period = finding.due_period
        return status(period, as_of) if period else None

    def publication_rank(self) -> dict[str, int]:
        """Each finding id → its place in (source's publication day, id) order, counted
        from 0 (made once per indexing; the dict is shared: do not change it)."""
        if self._rank is None:
            day = {sid: s.published_date.toordinal() for sid, s in self.sources.items()}
            ids = sorted((day[f.source], f.id) for f in self.findings)
            self._rank = {fid: n for n, (_, fid) in enumerate(ids)}
        return self._rank

    def markable(self) -> Iterator[Finding]:
        """Every finding with a due date, in no particular order, made as it is read:
        what a state file's marks are checked against (a corpus with no state file
        never pays for sorting ``dated``'s forty thousand findings at load)."""
        if self._dated is not None:
            yield from self._dated
            return
        for finding in self.findings:
            if finding.due:  # as due_period is None for ""
                yield finding

    def dated(self) -> list[Finding]:
        """Every finding with a due date, soonest first (sorted once per indexing; the
        list is shared: do not change it)."""
        if self._dated is None:
            dated = [f for f in self.findings if f.due_period is not None]
            self._dated = sorted(
                dated, key=lambda f: (f.due_period.end, f.id) if f.due_period else (date.max, f.id)
            )
        return self._dated


class ArticleTexts(dict[str, str]):
    """Article texts read when first asked for, not kept from loading: ten thousand
    articles would hold tens of megabytes for the few a person opens."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self._corpus = corpus

    def __missing__(self, source_id: str) -> str:
        source = self._corpus.sources[source_id]
        root = self._corpus.root
        try:
            _, raw = read_regular(root / SEEDS / source.file, SEED_LIMIT, within=root)
            text = raw.decode("utf-8")
        except (OSError, ReadRefused, UnicodeDecodeError):
            raise KeyError(source_id) from None
        self[source_id] = text
        return text


def published_span(sources: Iterable[Source]) -> str:
    """The first and last publication date of ``sources``, as written in the data (and
    how many are of unknown date)."""
    every = list(sources)
    ordered = sorted(
        (s for s in every if s.published_known),
        key=lambda s: (s.published_date, s.published_period.end),
    )
    unknown = len(every) - len(ordered)
    undated = f"{unknown} of unknown date" if unknown else ""
    if not ordered:
        return undated or "no sources"
    first, last = ordered[0].published, ordered[-1].published
    span = first if first == last else f"{first} to {last}"
    return f"{span}, {undated}" if undated else span


def index_findings(corpus: Corpus) -> None:
    """Index ``corpus.findings`` for the views (again, after they change): ``by_id`` now,
    the lists by kind, topic, source and metric when first asked for."""
    corpus._dated = None
    corpus._rank = None
    findings = corpus.findings
    corpus.by_id.update({f.id: f for f in findings})
    corpus._by_kind = corpus._by_topic = corpus._by_source = corpus._by_metric = None
