"""A change and a trend in words and glyphs, judged by which way a metric improves.

Plain text for every view (the Figures panel, the Overview, each summary format), so
they all read a change alike: ``+1.4 million cards (computed, improved)``, ``improved by
15 places (computed)`` (a rank going from 86th to 71st), and draw a rank's rise to 1st as
a rise. A change is always said to be computed: no source reports it.
"""

from __future__ import annotations

import math

from briefing.core.model import Better
from briefing.core.numbers import number, scaled

SPARK = "▁▂▃▄▅▆▇█"
IMPROVED, WORSENED = "improved", "worsened"
COMPUTED = "computed"
"""What a change is called where it is shown: no source reports it, the briefing works it out."""


def same_value(a: float, b: float) -> bool:
    """True when two values in the same unit are the same figure."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def judged(change: float, better: Better | None) -> str | None:
    """``improved`` or ``worsened`` as ``better`` reads ``change``; None unjudged."""
    change = round(change, 9)
    if better is None or change == 0:
        return None
    return IMPROVED if (change > 0) == (better is Better.UP) else WORSENED


def _amount(change: float, unit: str) -> str:
    sign = "+" if change > 0 else "−"
    if unit == "%":
        size = round(abs(change), 6)
        return f"{sign}{number(size)} {'point' if size == 1 else 'points'}"
    return f"{sign}{scaled(abs(change))} {unit}"


def _places(change: float) -> str:
    size = abs(change)
    return f"{number(size)} {'place' if size == 1 else 'places'}"


def format_change(change: float, unit: str, better: Better | None = None) -> str:
    """The change since the previous report, judged by ``better`` and said to be computed
    (no source reports it): ``+1.4 million cards (computed, improved)``, ``−5 points
    (computed, worsened)``, ``improved by 15 places (computed)`` (a rank: 86th to 71st), or
    unjudged ``+3 laws (computed)``."""
    change = round(change, 9)
    if change == 0:
        return "unchanged"
    if unit == "rank":
        verdict = judged(change, better or Better.DOWN)
        return f"{verdict} by {_places(change)} ({COMPUTED})"
    verdict = judged(change, better)
    amount = _amount(change, unit)
    return f"{amount} ({COMPUTED}, {verdict})" if verdict else f"{amount} ({COMPUTED})"


def short_change(change: float, unit: str, better: Better | None = None) -> str:
    """``format_change`` for a narrow column: ``+1.8 points better``, ``15 places
    better``, ``−20 million worse``, ``+3 laws``."""
    change = round(change, 9)
    if change == 0:
        return "unchanged"
    if unit == "rank":
        verdict = judged(change, better or Better.DOWN)
        return f"{_places(change)} {'better' if verdict == IMPROVED else 'worse'}"
    verdict = judged(change, better)
    if verdict is None:
        return _amount(change, unit)
    # Judged, a count drops its unit (the Latest column beside it has it); points stay.
    sign = "+" if change > 0 else "−"
    amount = _amount(change, unit) if unit == "%" else f"{sign}{scaled(abs(change))}"
    return f"{amount} {'better' if verdict == IMPROVED else 'worse'}"


def sparkline(values: list[float], better: Better | None = None) -> str:
    """A one-line trend: one block per value, lowest ``▁`` to highest ``█``; for a metric
    better ``down`` (a rank) the blocks are turned over, so a rise is an improvement
    (6th then 1st draws ``▁█``)."""
    if not values:
        return ""
    low, high = min(values), max(values)
    if same_value(low, high):
        return SPARK[len(SPARK) // 2 - 1] * len(values)
    steps = len(SPARK) - 1
    heights = [round((v - low) / (high - low) * steps) for v in values]
    if better is Better.DOWN:
        heights = [steps - h for h in heights]
    return "".join(SPARK[h] for h in heights)
