"""The same claim in several sources: near-duplicate findings grouped across articles.

Plain data for the summary and the TUI alike (no Textual, no Rich). Two findings of
**different sources** make the same claim when they are of the same kind and either

- report the same metrics, each with the same value for the same period (the whole
  set must agree: "42% in H1 2024 (17% end-2023)" is not "42% in H1 2024"), or
- say the same thing in nearly the same words: their statements, or their quotes, are
  at least ``THRESHOLD`` alike (Jaccard over folded word pairs) *and* carry the same
  numbers, so "86.3 million cards" never joins "87.7 million cards".

Each group has one **representative**, its member from the earliest-published source
(ties broken by finding id), and lists every member in that order. A group never holds
two findings of one source: an article repeating itself is one article.

The grouping is computed once per corpus, when first asked for (``repeats_of``).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date

from briefing.analysis.per_corpus import PerCorpus
from briefing.core.collector import collection_paused
from briefing.core.dates import parse_period
from briefing.core.model import Finding, Kind
from briefing.core.text import fold
from briefing.corpus.beside import read_beside, write_beside
from briefing.corpus.indexed import Corpus

THRESHOLD = 0.7
"""How alike two texts must be (Jaccard over word pairs) to be the same claim.

Tuned on the bundled corpus: the findings two outlets copied from one ministry report
score 1.0 on their statements and 0.70-1.0 on their quotes (each outlet trims the
quote a little differently). The most alike pair of *different* claims scores 0.64
("18.3% of GDP in 2024" vs "... in H1 2024": another period, which the numbers rule
keeps apart anyway); every other pair scores 0.50 or less. 0.7 keeps the copies and
leaves a clear margin above the different claims."""

_WORD = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+")
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


@dataclass(frozen=True)
class Repeat:
    """One claim made by findings of several sources."""

    members: tuple[Finding, ...]
    """Every finding of the group, earliest-published source first."""

    @property
    def representative(self) -> Finding:
        """The finding shown for the group: the earliest source's."""
        return self.members[0]

    @property
    def sources(self) -> list[str]:
        """The source ids of the members, in member order."""
        return [f.source for f in self.members]

    def __len__(self) -> int:
        return len(self.members)


@dataclass
class Repeats:
    """Every group of a corpus, and the group of each grouped finding."""

    groups: list[Repeat] = field(default_factory=list)
    of: dict[str, Repeat] = field(default_factory=dict)
    """Finding id → its group (findings in no group are absent)."""
    _places: tuple[dict[str, int], dict[str, int]] | None = field(default=None, repr=False)

    def group_of(self, finding: Finding) -> Repeat | None:
        """The group ``finding`` belongs to, if it is repeated elsewhere."""
        return self.of.get(finding.id)

    def others(self, finding: Finding) -> list[Finding]:
        """The other members of ``finding``'s group."""
        group = self.of.get(finding.id)
        return [f for f in group.members if f.id != finding.id] if group else []

    def collapse(self, findings: Sequence[Finding]) -> list[Finding]:
        """``findings`` with each group once, in the given order.

        A group is shown by its first member *among* ``findings`` (the representative
        when it is there), so a view filtered to one source shows that source's member,
        and a search matching any member still finds the group.
        """
        if not self.of:
            return list(findings)
        number_of, rank_of = self.places()
        ids = [f.id for f in findings]
        groups = [number_of.get(i, -1) for i in ids]
        ranks = [rank_of.get(i, 0) for i in ids]
        return [findings[i] for i in first_members(range(len(ids)), groups, ranks)]

    def places(self) -> tuple[dict[str, int], dict[str, int]]:
        """Finding id → the number of its group, and → its rank among the group's members
        (grouped findings only): what ``first_members`` chooses by, made once."""
        if self._places is None:
            number_of: dict[str, int] = {}
            rank_of: dict[str, int] = {}
            for number, group in enumerate(self.groups):
                for rank, member in enumerate(group.members):
                    number_of[member.id], rank_of[member.id] = number, rank
            self._places = number_of, rank_of
        return self._places

    def present(self, finding: Finding, among: AbstractSet[str]) -> list[Finding]:
        """The members of ``finding``'s group whose ids are in ``among``, in member order.

        ``among`` is a set made once by the caller: made here, per finding, it made a
        briefing of 200,000 findings quadratic."""
        group = self.of.get(finding.id)
        if group is None:
            return [finding]
        return [m for m in group.members if m.id in among]


def first_members(items: Sequence[int], group: Sequence[int], rank: Sequence[int]) -> list[int]:
    """``items`` (indexes into ``group`` and ``rank``) to show, in order: every item in no
    group (-1), and of each group the item of least rank (first in member order).

    ``Repeats.collapse`` and the app's lists (``Narrowing.distinct``, over a list's
    positions at every keystroke) both choose by it.
    """
    best: dict[int, int] = {}
    for item in items:
        number = group[item]
        if number >= 0:
            known = best.get(number)
            if known is None or rank[item] < rank[known]:
                best[number] = item
    if not best:
        return list(items)
    return [item for item in items if group[item] < 0 or best[group[item]] == item]


def _folded(text: str) -> str:
    # The common case, plain ASCII, needs no accent folding (and it is most of the time).
    return text.casefold() if text.isascii() else fold(text)


def words(text: str) -> list[str]:
    """The folded words of ``text``; numbers keep their digits (``1,928,311`` → ``1928311``)."""
    return [w.replace(",", "") if w[0].isdigit() else w for w in _WORD.findall(_folded(text))]


Shingle = tuple[str, ...]


def shingles(text: str) -> frozenset[Shingle]:
    """Adjacent word pairs of ``text`` (its single word, when it has only one)."""
    return _shingles(words(text))


def _shingles(tokens: list[str]) -> frozenset[Shingle]:
    if len(tokens) < 2:
        return frozenset((token,) for token in tokens)
    return frozenset(itertools.pairwise(tokens))


def numbers(text: str) -> frozenset[str]:
    """The numbers ``text`` states, normalised (``1,928,311`` → ``1928311``)."""
    return frozenset(n.replace(",", "") for n in _NUMBER.findall(text))


def jaccard(a: frozenset[Shingle], b: frozenset[Shingle]) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)


MetricKey = tuple[tuple[str, float, date, date], ...]
ClaimKey = tuple[MetricKey, str | None, str | None]


@functools.lru_cache(maxsize=4096)
def _span(period: str) -> tuple[date, date]:
    # A corpus states few distinct periods: parse each once, not once per metric.
    parsed = parse_period(period)
    return parsed.start, parsed.end


def metric_key(finding: Finding) -> MetricKey:
    """The finding's figures, order-free: (metric, value, period start, period end).

    Periods compare by their days, so "2024-06" and "2024-H1" differ (a month is not a
    half year) while a value is rounded to 12 digits to absorb float noise."""
    return tuple(
        sorted((m.name, float(f"{m.value:.12g}"), *_span(m.as_of)) for m in finding.metrics)
    )


def claim_key(finding: Finding) -> ClaimKey:
    """What two findings must share to be one claim, whatever their words: the same
    figures, the same due date ("by 2023-02" is not "by 2024-02", even when a shortened
    statement no longer says so) and the same owner (one task for two agencies is two)."""
    due = "/".join(str(day) for day in _span(finding.due)) if finding.due else None
    owner = _folded(finding.owner) if finding.owner else None
    return metric_key(finding), due, owner


def _order(corpus: Corpus, finding: Finding) -> tuple[date, str]:
    return (corpus.sources[finding.source].published_date, finding.id)


class _Groups:
    """Union-find over findings that never joins two findings of one source."""

    def __init__(self, findings: list[Finding]) -> None:
        self.parent = list(range(len(findings)))
        self.source_of = [f.source for f in findings]
        self.sources: list[set[str]] = [{s} for s in self.source_of]

    def root(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> bool:
        """Join the groups of ``i`` and ``j``; False when they share a source."""
        a, b = self.root(i), self.root(j)
        if a == b:
            return True
        if not self.sources[a].isdisjoint(self.sources[b]):
            return False
        if len(self.sources[a]) < len(self.sources[b]):
            a, b = b, a
        self.parent[b] = a
        self.sources[a] |= self.sources[b]
        self.sources[b] = set()
        return True


Block = tuple[Kind, frozenset[str], ClaimKey]


@dataclass(frozen=True)
class _Text:
    """A distinct text (folded, spaces collapsed) in its block: only texts of one block,
    of one kind, claim key and numbers, can be the same claim."""

    block: Block
    folded: str

    @functools.cached_property
    def pairs(self) -> frozenset[Shingle]:
        """Its word pairs, made only for texts that have something to match."""
        return shingles(self.folded)


def _similar_texts(texts: list[_Text], sources: dict[Block, set[str]]) -> Iterable[tuple[int, int]]:
    """Index pairs of texts at least ``THRESHOLD`` alike, in one block.

    A block of one source is skipped (most of them: the figures differ). Prefix
    filtering keeps the rest near-linear: with each text's pairs sorted rarest first,
    two texts can only reach the threshold if they share one of their first
    ``n - ceil(THRESHOLD * n) + 1`` pairs, so only those are indexed and compared.
    """
    paired = [(i, text) for i, text in enumerate(texts) if len(sources[text.block]) > 1]
    frequency: defaultdict[Shingle, int] = defaultdict(int)
    for _, text in paired:
        for pair in text.pairs:
            frequency[pair] += 1
    index: defaultdict[tuple[Block, Shingle], list[int]] = defaultdict(list)
    for i, text in paired:
        ordered = sorted(text.pairs, key=lambda p: (frequency[p], p))
        size = len(ordered)
        prefix = size - math.ceil(THRESHOLD * size) + 1
        seen: set[int] = set()
        for pair in ordered[:prefix]:
            bucket = index[(text.block, pair)]
            for j in bucket:
                if j in seen:
                    continue
                seen.add(j)
                other = texts[j].pairs
                # Sets of too different sizes cannot reach the threshold.
                if min(size, len(other)) >= THRESHOLD * max(size, len(other)) and (
                    jaccard(other, text.pairs) >= THRESHOLD
                ):
                    yield j, i
            bucket.append(i)


def find_repeats(corpus: Corpus, findings: Sequence[Finding] | None = None) -> Repeats:
    """Group the findings (all of the corpus by default) that make the same claim."""
    with collection_paused():  # millions of small tuples and sets, none cyclic
        return _find_repeats(corpus, findings)


def _find_repeats(corpus: Corpus, findings: Sequence[Finding] | None) -> Repeats:
    chosen = sorted(
        corpus.findings if findings is None else findings, key=lambda f: _order(corpus, f)
    )
    groups = _Groups(chosen)
    by_metrics: dict[tuple[Kind, MetricKey], _Anchors] = {}
    by_text: dict[_Text, _Anchors] = {}
    sources: defaultdict[Block, set[str]] = defaultdict(set)
    for i, finding in enumerate(chosen):
        key = claim_key(finding)
        if key[0]:
            _stream(groups, by_metrics.setdefault((finding.kind, key[0]), _Anchors()), i)
        for text in (finding.statement, finding.quote):
            folded = _folded(text)
            block = (finding.kind, numbers(folded), key)
            anchors = by_text.setdefault(_Text(block, " ".join(folded.split())), _Anchors())
            _stream(groups, anchors, i)
            sources[block].add(finding.source)
    distinct = list(by_text)
    for j, i in sorted(_similar_texts(distinct, sources)):
        _link(groups, by_text[distinct[j]].items, by_text[distinct[i]].items)
    return _collect(chosen, groups)


class _Anchors:
    """One finding of each group formed so far for one key, and for each source where
    to start looking: every anchor before it is in a group that already holds that
    source (a group's sources only grow, so it always will)."""

    __slots__ = ("items", "start")

    def __init__(self) -> None:
        self.items: list[int] = []
        self.start: dict[str, int] = {}


def _stream(groups: _Groups, anchors: _Anchors, i: int) -> None:
    """Join finding ``i`` to the first group of ``anchors`` without its source.

    Usually there are few anchors (a new group starts only when a source repeats
    itself), but one source repeating one claim N times makes N of them: the start
    kept per source skips those once, not once per finding (N² joins tried before).
    """
    items, source = anchors.items, groups.source_of[i]
    k = anchors.start.get(source, 0)
    while k < len(items) and source in groups.sources[groups.root(items[k])]:
        k += 1
    anchors.start[source] = k
    for position in range(k, len(items)):
        if groups.join(items[position], i):
            return
    items.append(i)


def _link(groups: _Groups, left: list[int], right: list[int]) -> None:
    """Join the groups of two alike texts, where their sources allow."""
    for j in right:
        for i in left:
            if groups.join(i, j):
                break


def _collect(chosen: list[Finding], groups: _Groups) -> Repeats:
    members: defaultdict[int, list[Finding]] = defaultdict(list)
    for i, finding in enumerate(chosen):
        members[groups.root(i)].append(finding)  # ``chosen`` is in member order
    repeats = Repeats()
    for group in members.values():
        if len(group) < 2:
            continue
        repeat = Repeat(tuple(group))
        repeats.groups.append(repeat)
        for finding in group:
            repeats.of[finding.id] = repeat
    return repeats


_KEPT: PerCorpus[Repeats] = PerCorpus()

MAGIC = b"briefing repeats\n"
FORMAT = 1
SUFFIX = ".repeats"


def repeats_of(corpus: Corpus) -> Repeats:
    """The groups of ``corpus``: worked out the first time they are asked for, and kept
    beside its compiled cache, so a large corpus does not group its findings again at
    every start (seconds)."""
    return _KEPT.made(corpus, _read_or_find)


def kept_repeats(corpus: Corpus) -> Repeats | None:
    """The groups of ``corpus`` if they were worked out already, else None."""
    return _KEPT.get(corpus)


def keep_repeats(corpus: Corpus, repeats: Repeats) -> None:
    """Keep ``repeats`` as the groups of ``corpus`` (an edited corpus's, carried over)."""
    _KEPT.put(corpus, repeats)


def claims_per_kind(corpus: Corpus) -> dict[Kind, int]:
    """How many distinct claims all of ``corpus``'s findings of each kind make: its
    findings less, for each group (of one kind, as every group is), all its members but
    one. Counted from the groups' ids as kept beside the compiled cache, without making
    the groups (a tenth of a second at 200,000 findings): a summary's title says these
    before its first section needs the groups."""
    counts = dict.fromkeys(Kind, 0) | Counter(f.kind for f in corpus.findings)
    kept = kept_repeats(corpus)
    if kept is not None:
        for group in kept.groups:
            counts[group.representative.kind] -= len(group) - 1
        return counts
    ids = read_beside(corpus, SUFFIX, MAGIC, FORMAT)
    if ids is None:
        ids = group_ids(repeats_of(corpus))
    kind_of = corpus.by_id.__getitem__
    for members in ids:
        counts[kind_of(members[0]).kind] -= len(members) - 1
    return counts


def _read_or_find(corpus: Corpus) -> Repeats:
    groups = read_beside(corpus, SUFFIX, MAGIC, FORMAT)
    if groups is not None:
        return from_group_ids(corpus, groups)
    repeats = find_repeats(corpus)
    write_beside(corpus, SUFFIX, MAGIC, FORMAT, group_ids(repeats))
    return repeats


def group_ids(repeats: Repeats) -> list[tuple[str, ...]]:
    """The groups as finding ids, member order kept: what is kept beside the cache."""
    return [tuple(f.id for f in group.members) for group in repeats.groups]


def from_group_ids(corpus: Corpus, groups: list[tuple[str, ...]]) -> Repeats:
    """The groups of ``group_ids`` made of ``corpus``'s findings (the ids are those of
    the very records they were made from: an unknown one is a bug, a ``KeyError``)."""
    repeats = Repeats()
    finding = corpus.by_id.__getitem__
    for ids in groups:
        repeat = Repeat(tuple(map(finding, ids)))
        repeats.groups.append(repeat)
        for fid in ids:
            repeats.of[fid] = repeat
    return repeats
