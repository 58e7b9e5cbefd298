"""The briefing's data: sources (articles), findings (cited claims) and their metrics.

These records are plain frozen dataclasses: building one costs next to nothing, so a
large corpus loads quickly from the compiled cache (``cache.py``) without importing
pydantic at all. They trust their input: what comes from a TOML file is validated
first by ``validate.py`` (pydantic), which rejects what is wrong with a message a
person understands; checks that need the article text or the shared vocabularies
live in ``corpus.py``, which has them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from briefing.core.dates import Period, Precision, parse_period

# Periods repeat across a corpus (a few hundred distinct texts for 200,000 findings),
# and a Period is immutable, so one parse per text serves every record that names it.
parsed_period = lru_cache(maxsize=8192)(parse_period)
"""``parse_period``, remembered: one parse per distinct text."""


class Kind(StrEnum):
    """What a finding says: one of the four sections of a briefing, or a directive.

    A directive is a task with no figure and no date ("Eliminate unnecessary
    administrative procedures"): not a finding of the briefing's four kinds (Targets
    are levels to reach, Deadlines dated tasks), so it is kept, and shown, apart.
    """

    ACHIEVEMENT = "achievement"
    LIMITATION = "limitation"
    TARGET = "target"
    DEADLINE = "deadline"
    DIRECTIVE = "directive"

    @property
    def plural(self) -> str:
        """The section heading: ``Achievements``."""
        return f"{self.value.capitalize()}s"

    def counted(self, n: int) -> str:
        """``1 target``, ``3 targets``, ``1,777 targets``."""
        return f"{n:,} {self.value if n == 1 else self.plural.lower()}"


BRIEFING_KINDS = (Kind.ACHIEVEMENT, Kind.LIMITATION, Kind.TARGET, Kind.DEADLINE)
"""The four kinds of finding a briefing reports; directives are shown after them, apart."""


class Origin(StrEnum):
    """Who wrote a finding: a person reading closely, or the extractor."""

    CURATED = "curated"
    EXTRACTED = "extracted"


class Qualifier(StrEnum):
    """How the article hedges a figure ("over 87.7 million")."""

    OVER = "over"
    NEARLY = "nearly"
    ABOUT = "about"
    UNDER = "under"
    ESTIMATED = "estimated"
    AT_LEAST = "at least"


class MetricKind(StrEnum):
    """What an indicator measures, which decides which of its values may be compared.

    A *stock* (a level at a date: cards issued so far, the share of adults with an
    account) and a *rank* (a place in a ranking) are read at the end of their period,
    so a value at a day, at a month's end and at a year's end are compared. A *flow* (an
    amount over a period: a half-year's transactions, a year's revenue, the share of a
    period's records handled online, places gained), a *rate* (a change over its period:
    growth year on year) and an *index* (a score for a period) are compared only
    between periods of the same length: a half-year's total is not a year's.
    """

    STOCK = "stock"
    FLOW = "flow"
    RATE = "rate"
    RANK = "rank"
    INDEX = "index"

    @property
    def at_a_date(self) -> bool:
        """True when a value is a level at the end of its period (stock, rank)."""
        return self in (MetricKind.STOCK, MetricKind.RANK)


class Better(StrEnum):
    """Which way an indicator improves: ``up`` (more is better) or ``down`` (a rank)."""

    UP = "up"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class Metric:
    """One figure: a canonical indicator's value for a period."""

    name: str
    """Canonical indicator name from metrics.toml, shared across sources."""
    value: float
    """Absolute value in the indicator's unit (87.7 million = 87700000)."""
    unit: str
    """The indicator's unit, as declared in metrics.toml."""
    as_of: str
    """The period the figure describes."""
    qualifier: Qualifier | None = None
    """How the article hedges it."""
    note: str | None = None
    """What establishes the figure beyond its quote (outside knowledge, marked as such)."""

    @property
    def period(self) -> Period:
        """``as_of`` parsed."""
        return parsed_period(self.as_of)


@dataclass(frozen=True, slots=True)
class MetricDef:
    """A canonical indicator in the shared vocabulary (metrics.toml)."""

    name: str
    """The canonical name (the table key in metrics.toml)."""
    label: str
    """What a person reads."""
    unit: str
    """The unit every value of this indicator is stored in."""
    aliases: tuple[str, ...] = ()
    """Phrasings naming it in article text."""
    kind: MetricKind | None = None
    """What it measures (None: unsaid, so values are compared only between periods of
    the same precision)."""
    better: Better | None = None
    """Which way it improves (None: neither is said, and a change is not judged)."""
    headline: int | None = None
    """Its place among the Overview's headline figures (1 first; None after all ranked)."""
    national: bool = False
    """A figure for the whole country: a locality's figure ("the province issued 1.1
    million cards") is never named as this indicator."""

    @property
    def direction(self) -> Better | None:
        """``better``, or ``down`` for a rank that does not say: smaller is better."""
        if self.better is None and (self.kind is MetricKind.RANK or self.unit == "rank"):
            return Better.DOWN
        return self.better

    def __post_init__(self) -> None:
        # metrics.toml gives a list; the record keeps a tuple so it stays hashable.
        aliases: object = self.aliases
        if not isinstance(aliases, tuple):
            object.__setattr__(self, "aliases", tuple(self.aliases))
        # A reader taking metrics.toml as it is (the extractor's) passes the words.
        kind: object = self.kind
        if kind is not None and not isinstance(kind, MetricKind):
            object.__setattr__(self, "kind", MetricKind(str(kind)))
        better: object = self.better
        if better is not None and not isinstance(better, Better):
            object.__setattr__(self, "better", Better(str(better)))


@dataclass(frozen=True, slots=True)
class Source:
    """One article of the corpus."""

    id: str
    """Short unique id, cited by findings."""
    file: str
    """The article's file name inside seeds/."""
    title: str
    """The article's headline."""
    outlet: str
    """Who published it."""
    published: str
    """YYYY-MM-DD, YYYY-MM or YYYY as finely as it is known; "" when it is unknown."""
    sha256: str
    """Hex SHA-256 of the article file's bytes."""
    published_stated: bool = True
    """False when the date was inferred."""
    note: str | None = None
    """How the date or metadata was established."""
    url: str | None = None
    """The article's address, when known."""
    language: str = "en"
    """ISO 639-1 code of the text."""

    @property
    def published_known(self) -> bool:
        """False when nothing dates the article (a reviewer may set it)."""
        return bool(self.published)

    @property
    def published_period(self) -> Period:
        """``published`` parsed (an unknown date sorts before every known one)."""
        if not self.published:
            return Period("", date.min, date.min, Precision.DAY)
        return parsed_period(self.published)

    @property
    def published_date(self) -> date:
        """The first day the article can have been published (for sorting and --since)."""
        return self.published_period.start

    @property
    def published_label(self) -> str:
        """``2025-02-06``, ``2025-02 (inferred)``, or ``date unknown``."""
        if not self.published:
            return "date unknown"
        return self.published if self.published_stated else f"{self.published} (inferred)"


@dataclass(frozen=True, slots=True)
class Finding:
    """One claim of a briefing, with the verbatim quote that grounds it in its source."""

    id: str
    """Unique across the corpus."""
    kind: Kind
    """achievement | limitation | target | deadline."""
    statement: str
    """One short line in the curator's words."""
    quote: str
    """Verbatim text of the source article."""
    source: str
    """The id of the source it cites."""
    span: tuple[int, int]
    """[start, end) str offsets of the quote in the article."""
    topics: tuple[str, ...]
    """Topic ids from topics.toml."""
    metrics: tuple[Metric, ...] = ()
    """The figures it reports."""
    due: str | None = None
    """When it falls due (targets, deadlines)."""
    owner: str | None = None
    """Who must act."""
    origin: Origin = Origin.CURATED
    """curated | extracted."""
    confidence: float | None = None
    """Extractor's confidence."""
    reviewed: bool = True
    """False for extracted findings not yet reviewed."""

    @property
    def due_period(self) -> Period | None:
        """``due`` parsed."""
        return parsed_period(self.due) if self.due else None


# Building records in bulk (the compiled cache: 200,000 findings on a large corpus).
#
# A frozen dataclass's __init__ sets each field through object.__setattr__, a call
# per field. These plain twins, with the very same slots, set their fields as any
# plain object does and then become the frozen class (``__class__`` may change
# between classes of one layout): the record is in every way the frozen one, made
# in a third of the time. ``tests/core/test_model.py`` checks that both agree.


class _MetricFields:
    __slots__ = Metric.__slots__

    def __init__(
        self,
        name: str,
        value: float,
        unit: str,
        as_of: str,
        qualifier: Qualifier | None,
        note: str | None,
    ) -> None:
        self.name = name
        self.value = value
        self.unit = unit
        self.as_of = as_of
        self.qualifier = qualifier
        self.note = note
        self.__class__ = Metric  # type: ignore[assignment]


class _FindingFields:
    __slots__ = Finding.__slots__

    def __init__(
        self,
        id: str,
        kind: Kind,
        statement: str,
        quote: str,
        source: str,
        span: tuple[int, int],
        topics: tuple[str, ...],
        metrics: tuple[Metric, ...],
        due: str | None,
        owner: str | None,
        origin: Origin,
        confidence: float | None,
        reviewed: bool,
    ) -> None:
        self.id = id
        self.kind = kind
        self.statement = statement
        self.quote = quote
        self.source = source
        self.span = span
        self.topics = topics
        self.metrics = metrics
        self.due = due
        self.owner = owner
        self.origin = origin
        self.confidence = confidence
        self.reviewed = reviewed
        self.__class__ = Finding  # type: ignore[assignment]


make_metric: Callable[[str, float, str, str, Qualifier | None, str | None], Metric] = _MetricFields  # type: ignore[assignment]
"""``Metric(...)`` with every field given in order, for building many at once."""

make_finding: Callable[
    [
        str,
        Kind,
        str,
        str,
        str,
        tuple[int, int],
        tuple[str, ...],
        tuple[Metric, ...],
        str | None,
        str | None,
        Origin,
        float | None,
        bool,
    ],
    Finding,
] = _FindingFields  # type: ignore[assignment]
"""``Finding(...)`` with every field given in order, for building many at once."""
