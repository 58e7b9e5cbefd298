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
from briefing.extract.clause_checks import GOAL_HEADING, SHARE
from briefing.extract.fact_lists import heading_year, section_kind
from briefing.extract.textcase import lower

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
# A year's goals announced, told in the lines after: "the goals for 2024 are in terms of
# the digital government, ..." (then "Regarding the digital government, 90% of data are
# shared ...").
_GOALS_OF_YEAR = re.compile(
    r"\b(?:goals?|targets?|objectives?)\s+(?:for\s+|of\s+)?(?:the\s+year\s+)?(20\d{2})\s+"
    # (an announcement of what they are, not "are ambitious", "are basically achieved")
    r"(?:are|include)\s*(?::|as\s+follows\b|in\s+terms\s+of\b)",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_PERFECT_WITH_YEAR = re.compile(r"\b(?:in|since|as of|by the end of)\s+(?:19|20)\d{2}\b", re.I)
_ASIDE = re.compile(r",[^,;.]{0,60},|\([^)]{0,60}\)")
# (not "have reached" or "reaches": a resolution's levels are often told so)
_NOW_DONE = re.compile(
    r"\b(?:now|currently|so\s+far|to\s+date|rose|grew|fell|declined|witnessed|experienced)\b",
    re.I,
)


class GoalList:
    """Follows a text line by line; ``apply`` turns the levels under a goal into targets."""

    __slots__ = ("_due", "_year")

    def __init__(self) -> None:
        self._due: str | None = None
        self._year = ""

    def apply(
        self, line: str, items: list[Extracted], heading: str | None = None, at: int = 0
    ) -> list[Extracted]:
        """``items``: the findings of ``line`` (at ``at`` in the text); returns them,
        levels under a goal retyped. ``heading``: the line's list heading, if it is an item
        of a list; under "Targets by 2025" its levels are targets, due when the heading
        says, whatever their tense ("The percentage of adults trained in digital skills is
        over 70%"). A goal's colon holds for its paragraph's levels told in the present."""
        items = _after_goal_lead(line, _under_goal_colon(line, items, at), at)
        if heading is not None and items and section_kind(heading) is Kind.TARGET:
            year = heading_year(heading)
            return [
                _as_goal(item, item.due or year)
                if item.kind in (Kind.ACHIEVEMENT, Kind.TARGET)
                else item
                for item in items
            ]
        if (
            self._due is None
            and ("oal" in line or "arget" in line or "bjective" in line)  # the words first
            and (announced := _GOALS_OF_YEAR.search(line)) is not None
        ):
            self._due = self._year = announced[1]
            # the announcement is the list's heading, not a goal of its own
            where = at + announced.start()
            return [
                i
                for i in items
                if not (i.kind is Kind.TARGET and not i.metrics and i.start <= where < i.end)
            ]
        if self._due is None and not any(i.kind is Kind.TARGET and i.due for i in items):
            return items  # most lines: no list open, no dated goal to open one
        if self._due is not None:
            years = set(_YEAR.findall(line))
            told = _ASIDE.sub(" ", line)  # not a baseline told aside: ", currently about 70,000,"
            if years - {self._year} or _PERFECT_WITH_YEAR.search(line) or _NOW_DONE.search(told):
                # a year of its own, or a result told as it stands now or as it moved
                # ("over 75% of adults now have an account", "have witnessed a rise"):
                # the list has ended
                self._due = None
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


# "With the specific goal of developing digital government: 100% of agencies connect to
# the network. More than 90% of services are provided on mobile devices.": the levels in
# the plain present after a goal's colon, to the paragraph's end, are its levels (not one
# told as done: "has reached", "rose", "was").
_GOAL_COLON = re.compile(
    r"(?:^|[.;]\s)([^.:;\n]{0,120}\b(?:goals?|targets?|objectives?)\b[^.:;\n]{0,80}):\s", re.I
)
_TOLD_DONE = re.compile(
    r"\b(?:has|have|had|was|were|reached|rose|grew|increased|fell|achieved|recorded|so\s+far|"
    r"meanwhile|however|but)\b",
    re.I,
)


def _under_goal_colon(line: str, items: list[Extracted], at: int) -> list[Extracted]:
    """``items``, the levels told in the present after a goal's colon in ``line`` as goals."""
    if ":" not in line or not items:
        return items
    colon = _GOAL_COLON.search(line)
    if colon is None or not GOAL_HEADING.search(lower(colon[1].strip())):
        return items  # not "Results against the targets:"
    return _levels_as_goals(items, at + colon.end(), len(line) + at, None)


# "The goal is that by 2025, 90% of dossiers are processed online; 95% of documents are
# signed digitally.": the levels after the goal's first semicolon, in the plain present,
# are its levels too, due when it is.
_GOAL_LEAD = re.compile(
    r"(?:^|[.!?]\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:goals?|targets?|objectives?)\s+(?:is|are)\s+"
    r"(?:that\s+)?by\s+(?:the\s+end\s+of\s+)?(20\d{2})\s*,[^.;]*;",
    re.I,
)


def _after_goal_lead(line: str, items: list[Extracted], at: int) -> list[Extracted]:
    """``items``, the levels told in the present after a dated goal's lead in ``line``, as
    goals of its year."""
    if ";" not in line or not items:
        return items
    lead = _GOAL_LEAD.search(line)
    if lead is None:
        return items
    stop = line.find(". ", lead.end())
    return _levels_as_goals(
        items, at + lead.end(), at + (stop if stop >= 0 else len(line)), lead[1]
    )


def _levels_as_goals(
    items: list[Extracted], after: int, end: int, due: str | None
) -> list[Extracted]:
    """``items``, the levels told in the present (a share, nothing told done) that start in
    ``[after, end)``, as goals due ``due`` (or their own due when it is None)."""
    return [
        _as_goal(item, due or item.due)
        if item.kind is Kind.ACHIEVEMENT
        and after <= item.start < end
        and SHARE.search(item.quote)
        and not _TOLD_DONE.search(item.quote)
        else item
        for item in items
    ]
