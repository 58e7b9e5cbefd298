"""A corpus folder (``seeds/`` + ``data/``) turned into a validated, indexed ``Corpus``.

Loading never stops at the first mistake: a person fixing a data file wants every
problem in one run, so each one is collected as a ``Problem`` (``file:line: what``)
and the findings that are sound are still indexed.

A corpus with no problems is saved to the compiled cache (``cache.py``); the next
load of the unchanged folder reads that instead of the TOML, and does not import
pydantic (``validate.py``) at all.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core.collector import collection_paused
from briefing.core.dates import Status, status
from briefing.core.model import Finding, Kind, Metric, MetricDef, Source
from briefing.corpus import cache, codec
from briefing.corpus.layout import (
    DATA,
    FINDINGS_DIR,
    METRICS_FILE,
    SEEDS,
    SOURCES_FILE,
    TOPICS_FILE,
)
from briefing.storage.files import Problem, StoreError, TomlDoc, read_toml
from briefing.storage.marks import Mark, Marks, read_marks, state_path

if TYPE_CHECKING:
    from pydantic import ValidationError


@dataclass
class Corpus:
    """Every source and finding of one corpus folder, indexed for the views."""

    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    metric_defs: dict[str, MetricDef] = field(default_factory=dict)
    topics: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    claimed_ids: dict[str, Path] = field(default_factory=dict, repr=False)
    sources_unreadable: bool = False
    texts: dict[str, str] = field(default_factory=dict, repr=False)
    """Article texts by source id, read from ``seeds/`` when first asked for (``texts[id]``,
    ``text_of``); ``get`` and iteration see only those read so far."""
    by_id: dict[str, Finding] = field(default_factory=dict, repr=False)
    by_kind: dict[Kind, list[Finding]] = field(default_factory=dict, repr=False)
    by_topic: dict[str, list[Finding]] = field(default_factory=dict, repr=False)
    by_source: dict[str, list[Finding]] = field(default_factory=dict, repr=False)
    by_metric: dict[str, list[tuple[Finding, Metric]]] = field(default_factory=dict, repr=False)
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

    def also_reported(self, finding: Finding) -> list[tuple[Finding, Metric]]:
        """The same metrics reported by other findings, newest period first."""
        names = {m.name for m in finding.metrics}
        others = [
            (other, metric)
            for name in sorted(names)
            for other, metric in self.by_metric.get(name, [])
            if other.id != finding.id
        ]
        return sorted(others, key=lambda pair: pair[1].period.end, reverse=True)

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
        try:
            text = (self._corpus.root / SEEDS / source.file).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
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


def load_corpus(
    root: Path,
    progress: Callable[[int, int], None] | None = None,
    *,
    trust_cache: bool = True,
) -> Corpus:
    """Load and verify the corpus in ``root``; problems are collected, not raised.

    With ``trust_cache`` an unchanged corpus comes from the compiled cache;
    without (``briefing check``), the TOML is always read and validated. Either
    way a corpus found sound is cached for the next load. ``progress(done, total)``
    is called with the number of findings files read so far (a cache hit reads none).
    """
    with collection_paused(long_lived=True):
        if trust_cache:
            corpus = _from_cache(root)
            if corpus is not None:
                return corpus
        inputs = cache.Inputs(root)
        corpus = _from_toml(root, inputs, progress)
        if corpus.ok and not corpus.marks.problems:
            corpus.compiled = cache.write(root, inputs, _encode(corpus))
        return corpus


def _from_toml(
    root: Path, inputs: cache.Inputs, progress: Callable[[int, int], None] | None
) -> Corpus:
    corpus = Corpus(root=root)
    data = root / DATA
    corpus.topics = _load_topics(data / TOPICS_FILE, corpus.problems, inputs)
    corpus.metric_defs = _load_metric_defs(data / METRICS_FILE, corpus.problems, inputs)
    _load_sources(root, corpus, inputs)
    findings_dir = data / FINDINGS_DIR
    paths = sorted(findings_dir.glob("*.toml")) if findings_dir.is_dir() else []
    if progress:
        progress(0, len(paths))
    if findings_dir.is_dir():
        for done, path in enumerate(paths, 1):
            _load_findings_file(path, corpus, inputs)
            if progress:
                progress(done, len(paths))
    else:
        corpus.problems.append(Problem(findings_dir, None, "folder not found"))
    corpus.texts.clear()  # verified; read again on demand (see text_of)
    _index(corpus)
    inputs.state = _state_input(root)
    corpus.marks = read_marks(root, corpus.dated())
    return corpus


def _state_input(root: Path) -> cache.Input:
    path = state_path(root)
    relative = f"{DATA}/{path.name}"
    try:
        stat = path.stat()
        raw = path.read_bytes()
    except OSError:
        return cache.Input(relative, cache.ABSENT, 0, "")
    return cache.Input(relative, stat.st_size, stat.st_mtime_ns, cache.sha256(raw))


def _encode(corpus: Corpus) -> tuple[Any, ...]:
    """The corpus as plain values for the cache: findings grouped by their file."""
    files: list[tuple[str, list[tuple[Any, ...]]]] = []
    current: Path | None = None
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    for finding in corpus.findings:
        path = corpus.claimed_ids[finding.id]
        if path != current:
            files.append((str(path.relative_to(corpus.root)), []))
            current = path
        files[-1][1].append(codec.FINDINGS.encode(finding, shared))
    marks = corpus.marks.marks
    return (
        corpus.topics,
        [codec.METRIC_DEFS.encode(d, shared) for d in corpus.metric_defs.values()],
        [codec.SOURCES.encode(s, shared) for s in corpus.sources.values()],
        files,
        (list(marks), [codec.MARKS.encode(m, shared) for m in marks.values()]),
    )


def _from_cache(root: Path) -> Corpus | None:
    hit = cache.read(root)
    if hit is None:
        return None
    # The body is checked (CRC) and was written by this very code (the header names
    # it): a failure to decode it is a bug, and raised as one.
    topics, defs, sources, files, (marked, marks) = hit.body
    corpus = Corpus(root=root, topics=topics)
    corpus.metric_defs = {d.name: d for d in codec.METRIC_DEFS.decode(defs)}
    corpus.sources = {s.id: s for s in codec.SOURCES.decode(sources)}
    claimed = corpus.claimed_ids
    for relative, rows in files:
        path = root / relative
        corpus.findings += codec.FINDINGS.decode(rows)
        for row in rows:
            claimed[row[0]] = path
    _index(corpus)
    if hit.marks_current:
        corpus.marks.marks = dict(zip(marked, codec.MARKS.decode(marks), strict=True))
    else:
        corpus.marks = read_marks(root, corpus.dated())
    corpus.compiled = hit.stamp
    return corpus


def _read(path: Path, problems: list[Problem], inputs: cache.Inputs) -> TomlDoc | None:
    def seen(stat: os.stat_result, raw: bytes) -> None:
        inputs.record(path, stat, raw)

    try:
        return read_toml(path, seen)
    except StoreError as exc:
        problems.append(exc.problem)
        return None


def _describe(error: Any) -> tuple[tuple[str | int, ...], str]:
    """A pydantic error as (location, a sentence a person understands)."""
    loc = tuple(error["loc"])
    kind = error["type"]
    name = next((str(part) for part in reversed(loc) if isinstance(part, str)), "value")
    if kind == "missing":
        return loc, f"'{name}' is missing"
    if kind == "extra_forbidden":
        return loc, f"unknown field '{name}'"
    message = str(error["msg"]).removeprefix("Value error, ")
    if kind in ("value_error", "assertion_error"):
        return loc, message
    return loc, f"{name}: {message[0].lower()}{message[1:]}"


def _validation_problems(
    doc: TomlDoc, table: str, index: int | str, label: str, exc: ValidationError
) -> Iterable[Problem]:
    for error in exc.errors():
        loc, message = _describe(error)
        if not loc:
            # A whole-model check names its field first ("span [..] is ..", "due '..' is ..").
            loc = (message.split(" ", 1)[0],)
        yield Problem(doc.path, doc.line_of(table, index, *loc), f"{label}: {message}")


def _load_topics(path: Path, problems: list[Problem], inputs: cache.Inputs) -> dict[str, str]:
    doc = _read(path, problems, inputs)
    if doc is None:
        return {}
    topics = doc.data.get("topics")
    if not isinstance(topics, dict) or not all(isinstance(v, str) for v in topics.values()):
        problems.append(Problem(path, doc.line_of("topics"), "[topics] must map ids to labels"))
        return {}
    return {str(k): str(v) for k, v in topics.items()}


def _load_metric_defs(
    path: Path, problems: list[Problem], inputs: cache.Inputs
) -> dict[str, MetricDef]:
    from briefing.storage import validate  # pydantic: only when TOML is read

    doc = _read(path, problems, inputs)
    if doc is None:
        return {}
    defs: dict[str, MetricDef] = {}
    table = doc.data.get("metric", {})
    if not isinstance(table, dict):
        problems.append(Problem(path, doc.line_of("metric"), "[metric.NAME] tables expected"))
        return {}
    for name, body in table.items():
        if not isinstance(body, dict):
            problems.append(
                Problem(path, doc.line_of("metric", name), f"metric '{name}': a table expected")
            )
            continue
        try:
            defs[name] = validate.metric_def({**body, "name": name})
        except validate.ValidationError as exc:
            problems.extend(_validation_problems(doc, "metric", name, f"metric '{name}'", exc))
    return defs


def _read_article(
    path: Path, line: int | None, sources_path: Path, problems: list[Problem]
) -> tuple[os.stat_result, bytes, str] | None:
    try:
        stat = path.stat()
        raw = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(sources_path, line, f"article file {path} not found"))
        return None
    except OSError as exc:
        problems.append(Problem(sources_path, line, f"cannot read {path}: {exc.strerror}"))
        return None
    try:
        return stat, raw, raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, bad_line, f"not valid UTF-8 (byte {exc.start})"))
        return None


def _load_sources(root: Path, corpus: Corpus, inputs: cache.Inputs) -> None:
    from briefing.storage import validate  # pydantic: only when TOML is read

    path = root / DATA / SOURCES_FILE
    doc = _read(path, corpus.problems, inputs)
    if doc is None:
        corpus.sources_unreadable = True
        return
    entries = doc.data.get("source", [])
    if not isinstance(entries, list):
        corpus.problems.append(Problem(path, doc.line_of("source"), "[[source]] tables expected"))
        return
    for index, body in enumerate(entries):
        label = f"source '{body.get('id', index + 1)}'" if isinstance(body, dict) else "source"
        try:
            source = validate.source(body)
        except validate.ValidationError as exc:
            corpus.problems.extend(_validation_problems(doc, "source", index, label, exc))
            continue
        if source.id in corpus.sources:
            corpus.problems.append(
                Problem(
                    path, doc.line_of("source", index, "id"), f"duplicate source id '{source.id}'"
                )
            )
            continue
        corpus.sources[source.id] = source
        article_path = root / SEEDS / source.file
        article = _read_article(
            article_path, doc.line_of("source", index, "file"), path, corpus.problems
        )
        if article is None:
            continue
        stat, raw, text = article
        digest = cache.sha256(raw)
        inputs.record(article_path, stat, raw, digest)
        if digest != source.sha256:
            corpus.problems.append(
                Problem(
                    path,
                    doc.line_of("source", index, "sha256"),
                    f"{label}: {SEEDS}/{source.file} has changed since it was curated "
                    f"(sha256 {digest[:12]}…, expected {source.sha256[:12]}…)",
                )
            )
        corpus.texts[source.id] = text


def _load_findings_file(path: Path, corpus: Corpus, inputs: cache.Inputs) -> None:
    from briefing.storage import validate  # pydantic: only when TOML is read

    doc = _read(path, corpus.problems, inputs)
    if doc is None:
        return
    source_id = doc.data.get("source")
    if not isinstance(source_id, str):
        corpus.problems.append(
            Problem(path, 1, "'source' is missing: name the source these findings cite")
        )
        return
    if source_id not in corpus.sources:
        if corpus.sources_unreadable:
            return  # sources.toml itself is broken and already reported
        corpus.problems.append(
            Problem(
                path,
                doc.line_of("source"),
                f"unknown source id '{source_id}' (not in {SOURCES_FILE})",
            )
        )
        return
    entries = doc.data.get("finding", [])
    if not isinstance(entries, list):
        corpus.problems.append(Problem(path, doc.line_of("finding"), "[[finding]] tables expected"))
        return
    for index, body in enumerate(entries):
        if not isinstance(body, dict):
            continue
        label = f"finding '{body.get('id', index + 1)}'"
        # Claim the id before validating, so a duplicate is caught even when the
        # first copy has problems of its own.
        raw_id = body.get("id")
        duplicate = isinstance(raw_id, str) and raw_id in corpus.claimed_ids
        if isinstance(raw_id, str) and not duplicate:
            corpus.claimed_ids[raw_id] = path
        if duplicate:
            corpus.problems.append(
                Problem(
                    path,
                    doc.line_of("finding", index, "id"),
                    f"duplicate finding id '{raw_id}' (first in {corpus.claimed_ids[str(raw_id)]})",
                )
            )
        body = {**body, "source": source_id}
        try:
            finding = validate.finding(body)
        except validate.ValidationError as exc:
            corpus.problems.extend(_validation_problems(doc, "finding", index, label, exc))
            continue
        before = len(corpus.problems)
        _verify_finding(finding, doc, index, label, corpus)
        if len(corpus.problems) == before and not duplicate:
            corpus.findings.append(finding)


def _verify_finding(finding: Finding, doc: TomlDoc, index: int, label: str, corpus: Corpus) -> None:
    """The checks that need the article text and the vocabularies."""
    problems = corpus.problems

    def add(message: str, *loc: str | int) -> None:
        problems.append(
            Problem(doc.path, doc.line_of("finding", index, *loc), f"{label}: {message}")
        )

    text = corpus.texts.get(finding.source)
    if text is not None:
        start, end = finding.span
        if text[start:end] != finding.quote:
            found = text.find(finding.quote)
            if found >= 0:
                add(
                    f"quote is not at span [{start}, {end}]; it is at "
                    f"[{found}, {found + len(finding.quote)}]",
                    "span",
                )
            else:
                add(f"quote is not in {SEEDS}/{corpus.sources[finding.source].file}", "quote")
    for topic in finding.topics:
        if corpus.topics and topic not in corpus.topics:
            add(f"unknown topic '{topic}' (not in {TOPICS_FILE})", "topics")
    for m_index, metric in enumerate(finding.metrics):
        definition = corpus.metric_defs.get(metric.name)
        if definition is None:
            add(
                f"unknown metric '{metric.name}' (not in {METRICS_FILE})",
                "metrics",
                m_index,
                "name",
            )
        elif definition.unit != metric.unit:
            add(
                f"metric '{metric.name}' is in '{definition.unit}', not '{metric.unit}'",
                "metrics",
                m_index,
                "unit",
            )


def _index(corpus: Corpus) -> None:
    corpus._dated = None
    corpus._rank = None
    by_kind: dict[Kind, list[Finding]] = {kind: [] for kind in Kind}
    by_topic: defaultdict[str, list[Finding]] = defaultdict(list)
    by_source: defaultdict[str, list[Finding]] = defaultdict(list)
    by_metric: defaultdict[str, list[tuple[Finding, Metric]]] = defaultdict(list)
    for finding in corpus.findings:
        corpus.by_id[finding.id] = finding
        by_kind[finding.kind].append(finding)
        by_source[finding.source].append(finding)
        for topic in finding.topics:
            by_topic[topic].append(finding)
        for metric in finding.metrics:
            by_metric[metric.name].append((finding, metric))
    by_span = attrgetter("span")
    for findings in by_source.values():
        findings.sort(key=by_span)
    corpus.by_kind = by_kind
    corpus.by_topic = dict(by_topic)
    corpus.by_source = dict(by_source)
    corpus.by_metric = dict(by_metric)
