"""Validation of TOML input into the plain records of ``model.py``, by pydantic.

Every field rule lives here, once, as a pydantic model mirroring a record; what is
wrong comes back as pydantic errors that ``corpus.py`` turns into ``file:line``
problems. Importing pydantic and building these classes costs about 100 ms, so this
module is imported only when TOML is actually read: a warm start from the compiled
cache (``cache.py``) never needs it.
"""

from __future__ import annotations

import dataclasses
from functools import cached_property
from typing import Annotated, Any, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)

from briefing.core.dates import Period, Precision, parse_period
from briefing.core.model import (
    Better,
    Finding,
    Kind,
    Metric,
    MetricDef,
    MetricKind,
    Origin,
    Qualifier,
    Source,
    parsed_period,
)
from briefing.core.safe_text import has_unsafe
from briefing.storage.plain_records import ID, METRIC_NAME, SHA256

__all__ = ["ValidationError", "finding", "metric_def", "source"]


_R = TypeVar("_R")


def _check_id(value: str) -> str:
    if not ID.fullmatch(value):
        raise ValueError(f"id '{value}' must be lowercase letters, digits and '-'")
    return value


def _check_metric_name(value: str) -> str:
    if not METRIC_NAME.fullmatch(value):
        raise ValueError(f"metric name '{value}' must be lowercase letters, digits and '_'")
    return value


def _check_period(value: str) -> str:
    parsed_period(value)  # the records' cache of parsed periods: most texts repeat
    return value


def _check_one_line(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    if "\n" in value or "\r" in value:
        raise ValueError("must be a single line")
    return value


Id = Annotated[str, AfterValidator(_check_id)]
MetricName = Annotated[str, AfterValidator(_check_metric_name)]
PeriodText = Annotated[str, AfterValidator(_check_period)]
OneLine = Annotated[str, AfterValidator(_check_one_line)]

_STRICT = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class MetricIn(BaseModel):
    """A metric as written in a findings file."""

    model_config = _STRICT

    name: MetricName
    value: float = Field(allow_inf_nan=False)  # inf or nan is no figure, and no JSON
    unit: OneLine
    as_of: PeriodText
    qualifier: Qualifier | None = None
    note: OneLine | None = None

    def record(self) -> Metric:
        """The plain record."""
        return Metric(self.name, self.value, self.unit, self.as_of, self.qualifier, self.note)


class MetricDefIn(BaseModel):
    """A ``[metric.NAME]`` table of metrics.toml."""

    model_config = _STRICT

    name: MetricName
    label: OneLine
    unit: OneLine
    aliases: tuple[str, ...] = ()
    kind: MetricKind | None = None
    better: Better | None = None
    headline: StrictInt | None = Field(default=None, ge=1)
    national: StrictBool = False

    @model_validator(mode="after")
    def _a_rank_improves_downwards(self) -> MetricDefIn:
        if self.kind is MetricKind.RANK and self.better is Better.UP:
            raise ValueError('better "up" is wrong for a rank: smaller is better ("down")')
        return self


class SourceIn(BaseModel):
    """A ``[[source]]`` table of sources.toml."""

    model_config = _STRICT

    id: Id
    file: OneLine
    title: OneLine
    outlet: OneLine
    published: str
    published_stated: bool = True
    note: str | None = None
    url: str | None = None
    language: str = "en"
    sha256: str

    @field_validator("published")
    @classmethod
    def _published_is_day_month_or_year(cls, value: str) -> str:
        if not value:
            return value  # unknown: nothing in the article dates it
        period = parse_period(value)
        if period.precision not in (Precision.DAY, Precision.MONTH, Precision.YEAR):
            raise ValueError(
                f"published '{value}' must be YYYY-MM-DD, YYYY-MM, YYYY or \"\" (unknown)"
            )
        return value

    @field_validator("file")
    @classmethod
    def _file_stays_in_seeds(cls, value: str) -> str:
        if "/" in value or "\\" in value or value.startswith(".") or has_unsafe(value):
            raise ValueError(f"file '{value}' must be a plain file name inside seeds/")
        return value

    @field_validator("url")
    @classmethod
    def _url_is_web(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("https://", "http://")):
            raise ValueError(f"url '{value}' must start with https:// or http://")
        return value

    @field_validator("sha256")
    @classmethod
    def _sha_is_hex(cls, value: str) -> str:
        if not SHA256.fullmatch(value):
            raise ValueError("sha256 must be 64 lowercase hex digits")
        return value


class FindingIn(BaseModel):
    """A ``[[finding]]`` table of a findings file (its ``source`` filled in)."""

    model_config = _STRICT

    id: Id
    kind: Kind
    statement: OneLine
    quote: str = Field(min_length=1)
    source: Id
    span: tuple[int, int]
    topics: tuple[Id, ...] = Field(min_length=1)
    metrics: tuple[MetricIn, ...] = ()
    due: PeriodText | None = None
    owner: OneLine | None = None
    origin: Origin = Origin.CURATED
    confidence: float | None = Field(default=None, ge=0, le=1, allow_inf_nan=False)
    reviewed: bool = True

    @field_validator("span")
    @classmethod
    def _span_is_ordered(cls, value: tuple[int, int]) -> tuple[int, int]:
        start, end = value
        if start < 0 or end <= start:
            raise ValueError(f"span [{start}, {end}] must have 0 <= start < end")
        return value

    @model_validator(mode="after")
    def _span_fits_quote(self) -> FindingIn:
        start, end = self.span
        if end - start != len(self.quote):
            raise ValueError(
                f"span [{start}, {end}] is {end - start} characters long "
                f"but the quote is {len(self.quote)}"
            )
        if self.due_period is not None and self.due_period.precision is Precision.HALF:
            raise ValueError(f"due '{self.due}' is a half year: give a day, month, quarter or year")
        if self.kind is Kind.DEADLINE and self.due is None:
            raise ValueError("a deadline needs a due date ('due = \"YYYY-MM-DD\"')")
        return self

    @cached_property
    def due_period(self) -> Period | None:
        """``due`` parsed."""
        return parse_period(self.due) if self.due else None


def metric_def(data: dict[str, Any]) -> MetricDef:
    """A metric definition; ``ValidationError`` when ``data`` is wrong."""
    return _record(MetricDef, MetricDefIn.model_validate(data))


def source(data: Any) -> Source:
    """A source; ``ValidationError`` when ``data`` is wrong."""
    return _record(Source, SourceIn.model_validate(data))


def finding(data: Any) -> Finding:
    """A finding; ``ValidationError`` when ``data`` is wrong."""
    f = FindingIn.model_validate(data)
    return _record(Finding, f, metrics=tuple(m.record() for m in f.metrics))


def _record(cls: type[_R], valid: BaseModel, **fields_: Any) -> _R:
    """The plain record ``cls`` with the fields of ``valid`` (``fields_`` override)."""
    values = {name: getattr(valid, name) for name in _field_names(cls)}
    return cls(**(values | fields_))


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    # Once per record type: ``dataclasses.fields`` per record cost a third of a second
    # over the 200,000 findings of a large corpus.
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names
