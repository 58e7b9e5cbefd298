"""The pace of a quantified target: where its figure stands, and where it is heading.

Plain data, always *computed*: the briefing never presents a projection as reported.

Only values that measure the same thing are compared: the target's metric, in its
unit, and of one **kind of period**, by the rule the Figures panel follows
(``period_kinds``): any two values of a stock or a rank (levels at a date); of a flow,
a rate or an index only values for periods of the same length. The trajectory is drawn
from the kind of the latest report, between its earliest and its latest value; values
of another kind are listed but never used for a pace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from briefing.analysis.period_kinds import AT_A_DATE, period_kind
from briefing.core.dates import Period, Precision
from briefing.core.model import MetricKind
from briefing.core.numbers import format_value, number

DAYS_PER_MONTH = 365.25 / 12

KIND_LABELS = {
    AT_A_DATE: "levels at a date",
    Precision.DAY.value: "figures for a day",
    Precision.MONTH.value: "monthly figures",
    Precision.QUARTER.value: "quarterly figures",
    Precision.HALF.value: "half-year figures",
    Precision.YEAR.value: "yearly figures",
}


def months_between(start: date, end: date) -> float:
    """Calendar months from ``start`` to ``end`` (30.44 days each)."""
    return (end - start).days / DAYS_PER_MONTH


@dataclass(frozen=True, slots=True)
class Reading:
    """One comparable value: the figure and the period it describes."""

    value: float
    period: Period


@dataclass(frozen=True, slots=True)
class Trajectory:
    """Latest value, the pace needed and observed, and the projected value at the due date."""

    unit: str
    kind: str
    """The kind of period compared (``period_kinds.period_kind``: ``point``, ``year``...)."""
    first: Reading
    latest: Reading
    target: float
    due: Period
    needed_per_month: float | None
    """The change per month still needed from ``latest`` (None when due already)."""
    observed_per_month: float
    projected: float
    """``latest`` carried on at the observed pace to the end of ``due``."""
    capped: bool
    """True when the projection was held at 100%."""
    on_track: bool

    @property
    def rising(self) -> bool:
        """True when the target asks for a higher value than the first reading."""
        return self.target >= self.first.value

    def words(self) -> str:
        """The trajectory in one sentence, saying that it is computed."""
        unit = self.unit
        latest = format_value(self.latest.value, unit)
        parts = [
            f"computed from {KIND_LABELS.get(self.kind, self.kind)}: "
            f"{format_value(self.first.value, unit)} ({self.first.period.label()}) "
            f"to {latest} ({self.latest.period.label()}),"
            f" {pace(self.observed_per_month, unit)} a month"
        ]
        if self.needed_per_month is not None:
            parts.append(f"needs {pace(self.needed_per_month, unit)} a month to reach ")
            parts[-1] += f"{format_value(self.target, unit)} by {self.due.label()}"
        projected = format_value(round(self.projected, 1), unit) + (
            " (capped)" if self.capped else ""
        )
        parts.append(
            f"projected {projected} at {self.due.label()}: "
            + ("on track" if self.on_track else "off track")
        )
        return "; ".join(parts)


def pace(per_month: float, unit: str) -> str:
    """``+3.9 points``, ``−1,200 cards``: a change per month."""
    sign = "+" if per_month >= 0 else "−"
    size = abs(per_month)
    shown = number(round(size, 1) if size < 100 else round(size))
    if unit == "%":
        return f"{sign}{shown} points"
    return f"{sign}{shown} {unit}"


def comparable(
    readings: list[Reading], kind: MetricKind | None
) -> tuple[str, list[Reading]] | None:
    """The kind of period of the latest reading (``period_kind`` for a metric of this
    ``kind``), and every reading of that kind, one per period end (the last given for
    it), oldest first; None with no readings."""
    if not readings:
        return None
    ordered = sorted(readings, key=lambda r: r.period.end)
    latest_kind = period_kind(kind, ordered[-1].period)
    per_end: dict[date, Reading] = {}
    for reading in ordered:
        if period_kind(kind, reading.period) == latest_kind:
            per_end[reading.period.end] = reading
    return latest_kind, list(per_end.values())


def trajectory(
    readings: list[Reading], target: float, due: Period, unit: str, kind: MetricKind | None
) -> Trajectory | None:
    """The trajectory of a target from its comparable readings (before its due date's
    end), or None with fewer than two periods of one kind."""
    found = comparable([r for r in readings if r.period.end <= due.end], kind)
    if found is None or len(found[1]) < 2:
        return None
    period, chosen = found
    first, latest = chosen[0], chosen[-1]
    span = months_between(first.period.end, latest.period.end)
    observed = (latest.value - first.value) / span
    left = months_between(latest.period.end, due.end)
    needed = (target - latest.value) / left if left > 0 else None
    projected = latest.value + observed * max(left, 0.0)
    capped = unit == "%" and projected > 100
    if capped:
        projected = 100.0
    rising = target >= first.value
    on_track = projected >= target if rising else projected <= target
    return Trajectory(
        unit, period, first, latest, target, due, needed, observed, projected, capped, on_track
    )
