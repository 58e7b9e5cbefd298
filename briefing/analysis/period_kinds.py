"""Which values of a metric compare: the one rule for changes, charts and trajectories.

A *stock* or a *rank* (``metrics.toml``'s ``kind``) is a level at the end of its
period, so a value at a day, at a month's end and at a year's end compare. A *flow*, a
*rate* or an *index* describes its whole period, so only periods of the same length
compare (a half-year's total is not a year's); so does a metric whose kind is unsaid.
"""

from __future__ import annotations

from briefing.core.dates import Period
from briefing.core.model import MetricKind

AT_A_DATE = "point"
"""The kind of period of every value of a stock or a rank."""


def period_kind(kind: MetricKind | None, period: Period) -> str:
    """``point`` for a stock or a rank; else the period's length (``day``, ``month``,
    ``quarter``, ``half``, ``year``). Two values compare when their kinds are equal."""
    if kind is not None and kind.at_a_date:
        return AT_A_DATE
    return period.precision.value


def comparable_periods(kind: MetricKind | None, a: Period, b: Period) -> bool:
    """True when values of a metric of this ``kind`` for periods ``a`` and ``b`` compare."""
    return period_kind(kind, a) == period_kind(kind, b)
