"""The levels listed under a goal: "set a goal that by 2030 ...", then lines of levels.

A resolution's goals are often printed as a goal sentence followed by paragraphs of
levels in the plain present ("the digital economy reaches at least 30% of GDP"). Read
alone, those lines look like results; under the goal they are the goal's levels, due
when it is. The list ends at a line that names a year of its own (a report of a period).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.core.model import Kind
from briefing.extract.fact_lists import heading_year, section_kind

if TYPE_CHECKING:
    from briefing.extract.extracted import Extracted

_SETS_GOALS = re.compile(
    r"\b(?:set|sets|setting|laid\s+out|lays\s+out|outlined?)\s+(?:out\s+)?(?:a|the|its)?\s*"
    r"(?:goals?|targets?|objectives?)\b",
    re.I,
)
# The goal's own year, said outright ("by 2030"): "this year, we set the goal of ..."
# is one task of the year, not the head of a list of levels.
_BY_YEAR = re.compile(r"\b(?:by|to|towards?|until)\s+(?:the\s+end\s+of\s+)?(20\d{2})\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PERFECT_WITH_YEAR = re.compile(r"\b(?:in|since|as of|by the end of)\s+(?:19|20)\d{2}\b", re.I)


class GoalList:
    """Follows a text line by line; ``apply`` turns the levels under a goal into targets."""

    __slots__ = ("_due", "_year")

    def __init__(self) -> None:
        self._due: str | None = None
        self._year = ""

    def apply(
        self, line: str, items: list[Extracted], heading: str | None = None
    ) -> list[Extracted]:
        """``items``: the findings of ``line``; returns them, levels under a goal retyped.
        ``heading``: the line's list heading, if it is an item of a list; under "Targets
        by 2025" its levels are targets, due when the heading says, whatever their tense
        ("The percentage of adults trained in digital skills is over 70%")."""
        if heading is not None and items and section_kind(heading) is Kind.TARGET:
            year = heading_year(heading)
            return [
                _as_goal(item, item.due or year)
                if item.kind in (Kind.ACHIEVEMENT, Kind.TARGET)
                else item
                for item in items
            ]
        if self._due is None and not any(i.kind is Kind.TARGET and i.due for i in items):
            return items  # most lines: no list open, no dated goal to open one
        if self._due is not None:
            years = set(_YEAR.findall(line))
            if years - {self._year} or _PERFECT_WITH_YEAR.search(line):
                self._due = None  # a year of its own: the list has ended
            else:
                items = [
                    _as_goal(item, item.due or self._due)
                    if item.kind in (Kind.ACHIEVEMENT, Kind.TARGET)
                    else item
                    for item in items
                ]
        by_year = _BY_YEAR.search(line)
        if by_year and _SETS_GOALS.search(line):
            for item in items:
                if item.kind is Kind.TARGET and item.due and item.due[:4] == by_year[1]:
                    self._due, self._year = item.due, item.due[:4]
                    break
        return items


def _as_goal(item: Extracted, due: str | None) -> Extracted:
    """``item`` as a goal due ``due``: its figures are what is to be reached then."""
    metrics = tuple(replace(m, as_of=due) for m in item.metrics) if due else item.metrics
    return replace(item, kind=Kind.TARGET, due=due, metrics=metrics)
