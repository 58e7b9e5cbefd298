"""Periods (due dates, as-of periods, publication dates) and deadline status as of a date.

A period is written the way a briefing states it: ``2025-03-31`` (day), ``2025-05``
(month), ``2025-Q2`` (quarter), ``2025-H1`` (half year) or ``2025`` (year). A deadline
written with a coarse precision falls due at the *end* of its period: "in May 2025"
is not late until June.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

DUE_SOON_DAYS = 30
"""A deadline whose period ends within this many days is 'due soon'."""

_PERIOD = re.compile(
    r"(?P<year>[0-9]{4})"
    r"(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?|-Q(?P<quarter>[1-4])|-H(?P<half>[12]))?"
)


class Precision(StrEnum):
    """How finely a period is known."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"


class Status(StrEnum):
    """Where a dated target or deadline stands as of a date."""

    OVERDUE = "overdue"
    DUE_SOON = "due-soon"
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class Period:
    """A span of calendar time as written in the data (``text``), with its first and last day."""

    text: str
    start: date
    end: date
    precision: Precision

    def __str__(self) -> str:
        return self.text

    def label(self) -> str:
        """The period as a person reads it: ``31 Mar 2025``, ``May 2025``, ``Q2 2025``, ``2025``."""
        if self.precision is Precision.DAY:
            return f"{self.end.day} {self.end:%b %Y}"
        if self.precision is Precision.MONTH:
            return f"{self.end:%b %Y}"
        if self.precision is Precision.QUARTER:
            return f"Q{(self.end.month - 1) // 3 + 1} {self.end.year}"
        if self.precision is Precision.HALF:
            return f"H{1 if self.end.month <= 6 else 2} {self.end.year}"
        return str(self.end.year)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_period(text: str) -> Period:
    """Parse a period; raise ``ValueError`` with a readable reason when it is not one."""
    match = _PERIOD.fullmatch(text)
    if match is None:
        raise ValueError(
            f"'{text}' is not a date or period (use YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Hn or YYYY)"
        )
    year = int(match["year"])
    try:
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return Period(text, day, day, Precision.DAY)
        if match["month"]:
            month = int(match["month"])
            return Period(text, date(year, month, 1), _month_end(year, month), Precision.MONTH)
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a real date ({exc})") from None
    if match["quarter"]:
        last = int(match["quarter"]) * 3
        return Period(text, date(year, last - 2, 1), _month_end(year, last), Precision.QUARTER)
    if match["half"]:
        last = int(match["half"]) * 6
        return Period(text, date(year, last - 5, 1), _month_end(year, last), Precision.HALF)
    return Period(text, date(year, 1, 1), date(year, 12, 31), Precision.YEAR)


def parse_day(text: str) -> date:
    """Parse a ``YYYY-MM-DD`` day given by a person (``--as-of``); ``ValueError`` otherwise."""
    try:
        period = parse_period(text)
    except ValueError:
        period = None
    if period is None or period.precision is not Precision.DAY:
        raise ValueError(f"'{text}' is not a date (use YYYY-MM-DD)")
    return period.start


def status(due: Period, as_of: date) -> Status:
    """The status of something due in ``due`` as of the day ``as_of``."""
    left = (due.end - as_of).days
    if left < 0:
        return Status.OVERDUE
    if left <= DUE_SOON_DAYS:
        return Status.DUE_SOON
    return Status.UPCOMING


def days_left(due: Period, as_of: date) -> int:
    """Days from ``as_of`` to the end of ``due``; negative when late."""
    return (due.end - as_of).days


def describe_days_short(days: int) -> str:
    """``258d late``, ``today``, ``16d left``: for narrow columns."""
    if days == 0:
        return "today"
    return f"{-days}d late" if days < 0 else f"{days}d left"


def describe_days(days: int) -> str:
    """``12 days late``, ``due today``, ``5 days left``."""
    if days == 0:
        return "due today"
    unit = "day" if abs(days) == 1 else "days"
    return f"{-days} {unit} late" if days < 0 else f"{days} {unit} left"
