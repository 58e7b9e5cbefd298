"""Figures as a person reads them: ``over 87.7 million cards``, ``18.3%``, ``rank 71``."""

from __future__ import annotations

from briefing.core.model import Metric

_SCALES = ((1e9, "billion"), (1e6, "million"))


def number(value: float) -> str:
    """``1928311``→``1,928,311``; ``87.7``→``87.7``; never rounds away a stated digit."""
    if float(value).is_integer():
        return f"{int(value):,}"
    text = f"{value:,.6f}".rstrip("0").rstrip(".")
    return text


def scaled(value: float) -> str:
    """A large count with its scale word: ``87.7 million``, ``1,928,311 billion``."""
    for factor, word in _SCALES:
        if abs(value) >= factor:
            return f"{number(round(value / factor, 6))} {word}"
    return number(value)


def format_value(value: float, unit: str) -> str:
    """A value in its unit, without a qualifier: ``87.7 million cards``, ``18.3%``."""
    if unit == "%":
        return f"{number(value)}%"
    if unit == "rank":
        return f"rank {number(value)}"
    if unit == "places":
        return f"{'+' if value > 0 else ''}{number(value)} places"
    return f"{scaled(value)} {unit}"  # counts and currencies alike: "25 billion USD"


def format_metric(metric: Metric, *, with_qualifier: bool = True) -> str:
    """The metric's value with its unit, as a sentence would give it."""
    text = format_value(metric.value, metric.unit)
    if with_qualifier and metric.qualifier:
        text = f"{metric.qualifier.value} {text}"
    return text
