"""A plan's level told as what is to come: "will reach 20%", "100% of services will be
provided online", "is set to make up 30% of GDP", "will access fibre"; not what an analyst
foresees ("analysts expect the market will reach ..."), nor a year gone told in the
future tense, as translations do ("in 2024, Vietnam will rise to 71st place")."""

from __future__ import annotations

import re

from briefing.extract.clause_checks import GOAL_WORD, SHARE
from briefing.extract.textcase import has_digit, lower, lowercase_pattern

_LEVEL_TO_COME = re.compile(
    r"\bwill\s+(?:also\s+)?(?:be\s+able\s+to\s+)?(?:access|have\s+access|receive|enjoy|"
    r"be\s+(?:connected|covered|served))\b"
)
# A plan's level, no year named: "the proportion of the digital economy will reach 20% of
# GDP" (with a year the due date decides: "in 2024, Vietnam will rise to 71st place", a
# translation's way of reporting a year gone, is a result).
_LEVEL_TO_REACH = re.compile(
    r"\b(?:will|would)\s+(?:reach|exceed|surpass|account\s+for|make\s+up|be\s+at\s+least|"
    r"(?:rise|increase|grow)\s+to)\s+(?:at\s+least\s+|over\s+|more\s+than\s+|about\s+|nearly\s+)?\d"
    # a rate or share said to be: "the growth rate will be 7%", "its proportion in GRDP
    # will be about 30%"
    r"|\b(?:rates?|proportions?|shares?|ratios?|percentages?)\b[^.;]{0,60}?\b(?:will|would)\s+be\s+"
    r"(?:about\s+|around\s+|approximately\s+|over\s+|more\s+than\s+|nearly\s+)?\d"
    # a deed to come with its level: "will improve the economy with its digital economy
    # proportion in GRDP at about 30%", "..., with the digital economy accounting for 20%"
    r"|\bwill\s+[a-z]+\b[^.;]{0,80}?\bwith\s+(?:its|the|their|a)\s+[^.;]{0,60}?\b(?:at|reaching|"
    r"accounting\s+for|making\s+up)\s+(?:about\s+|around\s+|approximately\s+|least\s+|over\s+|nearly\s+)?\d"
)
# A plan's level told as what is set to be: "the digital economy is set to make up 30% of
# GDP", "productivity is due to increase by over 7.5% a year", "is poised to stay among
# the leading 40 countries" (not "the delay is due to a lack of staff").
_SET_TO_REACH = re.compile(
    r"\b(?:is|are)\s+(?:set|poised|due|slated)\s+to\s+(?:reach|exceed|surpass|account\s+for|"
    r"make\s+up|maintain|keep|stay|remain|increase|rise|grow|double|triple|be\s+among|rank)\b"
)
# A share told as what will be done or had: "100% of level-4 public services will be
# provided online", "100% of communes will have fibre" (a plan's level, as "will reach
# 100%" is).
_SHARE_TO_COME = re.compile(
    r"\d\s*%\s+of\b[^.;]{0,100}?\bwill\s+(?:all\s+)?(?:have\b(?!\s+to\b)|be\s+(?:[a-z]+ly\s+)?(?:provided|processed|handled|"
    r"digiti[sz]ed|signed|connected|issued|paid|settled|done|conducted|offered|delivered|integrated|"
    r"shared|submitted|filed|resolved|received|transferred|implemented|covered|served|trained|"
    r"equipped|made|granted|activated|authenticated|verified|updated|carried\s+out|aggregated|"
    r"used|applied|managed|monitored|performed|stored|exchanged|accessed|inspected)\b)"
)
# What a province or a ministry expects of its own plan is its goal: "The province expects
# that the digital economy will make up 20% of its GRDP" (not an analyst's forecast).
_BODY_EXPECTS = re.compile(
    r"^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:province|city|district|ministry|government|department|"
    r"sector|commune|ward|committee|locality)\s+(?:also\s+)?expects\s+(?:that\s+)?(?!analysts?|experts?)"
    r"(?![^.;]*\b(?:19|20)\d\d\b)"
)
_FORESEEN = re.compile(
    r"\b(?:forecast|predict|project(?:ed|ions?)|expect|estimat|according\s+to|analysts?|experts?)"
)
"""Who foresees a level is no one who aims at it ("analysts say the market will reach")."""
_NOT_AIMED = re.compile(_FORESEEN.pattern + r"|\b(?:19|20)\d\d\b")
"""... nor is a "will" level with a year a goal: the due date decides whether that year is
still to come."""


def level_to_come(clause: str) -> bool:
    """Does the (lowercased) clause, which has a figure, tell a level to come?"""
    # "would" as a plan is reported ("Cash payments would account for 50%"), not as a
    # supposition ("if the city rose ..., it would")
    if ("will " in clause or ("would " in clause and "if " not in clause)) and (
        _LEVEL_TO_COME.search(clause) is not None
        or (
            (_LEVEL_TO_REACH.search(clause) or _SHARE_TO_COME.search(clause))
            and (_NOT_AIMED.search(clause) is None or _BODY_EXPECTS.match(clause))
        )
    ):
        return True
    # (a year named does not make "is set to" a year gone: no translation reports so)
    return (
        " to " in clause
        and _SET_TO_REACH.search(clause) is not None
        and _FORESEEN.search(clause) is None
    )


_WILL = re.compile(r"\b(?:will|(?:is|are)\s+to)\s+(?!have\s+been\b)")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TOLD_BEFORE = re.compile(
    r"\b(?:has|have|had|was|were|is|are)\b|\b[a-z]{3,}(?:ed|wn)\b"
    r"|\b(?:rose|grew|hit|won|took|made|built|paid|fell|cut|led|saw|got|sold|spent)\b"
)


def foreseen_figure(clause: str) -> bool:
    """Is the (lowercased) clause's figure one of what will be, undated: "The upgrade will
    cut processing time by 30%", "About 35% of shops will be affected", "Each household is
    to pay VND 20,000 a month"? (Not a year gone told in the future tense, "In 2024,
    Vietnam will rise to 71st place", nor a result with what it will bring, "has connected
    120 communes, which will help".)"""
    will = _WILL.search(clause)
    if will is None or _ANY_YEAR.search(clause):
        return False
    before = clause[: will.start()]
    figure_before = has_digit(before)
    if figure_before and _TOLD_BEFORE.search(before) is not None:
        return False  # "has processed 2 million dossiers and will be expanded to 30 provinces"
    return figure_before or has_digit(clause[will.end() :])


# A plan recalled names itself: "the plan set the goal that by 2022, 100% ... will".
_PLAN_NAMED = lowercase_pattern(
    r"\b(?:plans?|programmes?|programs?|strateg(?:y|ies)|resolutions?|decisions?|roadmap|"
    r"set\s+out|expected|forecasts?|projected)\b"
)


def year_gone_told_ahead(clause: str) -> bool:  # as written
    """A share told in the future tense for a period the dated article is past, with no
    plan named: "(a report of 2023:) by 2022, 100% of state agencies ... will implement the
    software" tells what was done, as a translation often puts it, not a goal to come."""
    lowered = lower(clause)
    return (
        "will " in lowered
        and SHARE.search(clause) is not None
        and GOAL_WORD.search(clause) is None
        and _PLAN_NAMED.search(lowered) is None
    )
