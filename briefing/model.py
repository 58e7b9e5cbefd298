"""The briefing's data: sources (articles), findings (cited claims) and their metrics.

These models know nothing of files or screens. They reject what is wrong with a
message a person understands; where a check needs the article text or the shared
vocabularies, it lives in ``corpus.py``, which has them.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from functools import cached_property
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from briefing.dates import Period, Precision, parse_period

_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_METRIC_NAME = re.compile(r"[a-z0-9][a-z0-9_]*")
_SHA256 = re.compile(r"[0-9a-f]{64}")


class Kind(StrEnum):
    """What a finding says: one of the four sections of a briefing."""

    ACHIEVEMENT = "achievement"
    LIMITATION = "limitation"
    TARGET = "target"
    DEADLINE = "deadline"

    @property
    def plural(self) -> str:
        """The section heading: ``Achievements``."""
        return f"{self.value.capitalize()}s"

    def counted(self, n: int) -> str:
        """``1 target``, ``3 targets``."""
        return f"{n} {self.value if n == 1 else self.plural.lower()}"


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


def _check_id(value: str) -> str:
    if not _ID.fullmatch(value):
        raise ValueError(f"id '{value}' must be lowercase letters, digits and '-'")
    return value


def _check_metric_name(value: str) -> str:
    if not _METRIC_NAME.fullmatch(value):
        raise ValueError(f"metric name '{value}' must be lowercase letters, digits and '_'")
    return value


def _check_period(value: str) -> str:
    parse_period(value)
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


class Metric(BaseModel):
    """One figure: a canonical indicator's value for a period."""

    model_config = _STRICT

    name: MetricName = Field(
        description="Canonical indicator name from metrics.toml, shared across sources."
    )
    value: float = Field(
        description="Absolute value in the indicator's unit (87.7 million = 87700000)."
    )
    unit: OneLine = Field(description="The indicator's unit, as declared in metrics.toml.")
    as_of: PeriodText = Field(description="The period the figure describes.")
    qualifier: Qualifier | None = Field(default=None, description="How the article hedges it.")

    @cached_property
    def period(self) -> Period:
        """``as_of`` parsed."""
        return parse_period(self.as_of)


class MetricDef(BaseModel):
    """A canonical indicator in the shared vocabulary (metrics.toml)."""

    model_config = _STRICT

    name: MetricName = Field(description="The canonical name (the table key in metrics.toml).")
    label: OneLine = Field(description="What a person reads.")
    unit: OneLine = Field(description="The unit every value of this indicator is stored in.")
    aliases: tuple[str, ...] = Field(default=(), description="Phrasings naming it in article text.")


class Source(BaseModel):
    """One article of the corpus."""

    model_config = _STRICT

    id: Id = Field(description="Short unique id, cited by findings.")
    file: OneLine = Field(description="The article's file name inside seeds/.")
    title: OneLine = Field(description="The article's headline.")
    outlet: OneLine = Field(description="Who published it.")
    published: str = Field(description="YYYY-MM-DD, or YYYY-MM when only the month is known.")
    published_stated: bool = Field(default=True, description="False when the date was inferred.")
    note: str | None = Field(default=None, description="How the date or metadata was established.")
    url: str | None = Field(default=None, description="The article's address, when known.")
    language: str = Field(default="en", description="ISO 639-1 code of the text.")
    sha256: str = Field(description="Hex SHA-256 of the article file's bytes.")

    @field_validator("published")
    @classmethod
    def _published_is_day_or_month(cls, value: str) -> str:
        period = parse_period(value)
        if period.precision not in (Precision.DAY, Precision.MONTH):
            raise ValueError(f"published '{value}' must be YYYY-MM-DD or YYYY-MM")
        return value

    @field_validator("file")
    @classmethod
    def _file_stays_in_seeds(cls, value: str) -> str:
        if "/" in value or "\\" in value or value.startswith("."):
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
        if not _SHA256.fullmatch(value):
            raise ValueError("sha256 must be 64 lowercase hex digits")
        return value

    @cached_property
    def published_period(self) -> Period:
        """``published`` parsed."""
        return parse_period(self.published)

    @property
    def published_date(self) -> date:
        """The first day the article can have been published (for sorting and --since)."""
        return self.published_period.start

    @property
    def published_label(self) -> str:
        """``2025-02-06``, or ``2025-02 (inferred)``."""
        return self.published if self.published_stated else f"{self.published} (inferred)"


class Finding(BaseModel):
    """One claim of a briefing, with the verbatim quote that grounds it in its source."""

    model_config = _STRICT

    id: Id = Field(description="Unique across the corpus.")
    kind: Kind = Field(description="achievement | limitation | target | deadline.")
    statement: OneLine = Field(description="One short line in the curator's words.")
    quote: str = Field(min_length=1, description="Verbatim text of the source article.")
    source: Id = Field(description="The id of the source it cites.")
    span: tuple[int, int] = Field(
        description="[start, end) str offsets of the quote in the article."
    )
    topics: tuple[Id, ...] = Field(min_length=1, description="Topic ids from topics.toml.")
    metrics: tuple[Metric, ...] = Field(default=(), description="The figures it reports.")
    due: PeriodText | None = Field(
        default=None, description="When it falls due (targets, deadlines)."
    )
    owner: OneLine | None = Field(default=None, description="Who must act.")
    origin: Origin = Field(default=Origin.CURATED, description="curated | extracted.")
    confidence: float | None = Field(
        default=None, ge=0, le=1, description="Extractor's confidence."
    )
    reviewed: bool = Field(
        default=True, description="False for extracted findings not yet reviewed."
    )

    @field_validator("span")
    @classmethod
    def _span_is_ordered(cls, value: tuple[int, int]) -> tuple[int, int]:
        start, end = value
        if start < 0 or end <= start:
            raise ValueError(f"span [{start}, {end}] must have 0 <= start < end")
        return value

    @model_validator(mode="after")
    def _span_fits_quote(self) -> Finding:
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
