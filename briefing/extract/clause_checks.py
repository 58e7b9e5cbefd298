"""The checks made on a clause once its cues are read: an order given, a level with no
figure, hope alone, advice from outside the government, a shortfall after "but only", a
figure below the target told beside it, a clause that may speak of the future, a task
continued, a result continued or listed. ``pipeline`` and ``classify`` settle a clause's kind with
them.
"""

from __future__ import annotations

import re

from briefing.core.dates import Precision, parse_period
from briefing.core.model import Kind
from briefing.extract import dates as d
from briefing.extract.context_cues import FUTURE_PREDICATE, LAW_SAYS, STARTS_FROM
from briefing.extract.cues import (
    FUTURE_DEED,
    GOAL,
    IMPERATIVE,
    MODAL,
    PLAN_WOULD,
    REQUEST,
)
from briefing.extract.figures import Figure, find_figures
from briefing.extract.shortfall_cues import SCANT
from briefing.extract.textcase import has_digit, lower, lowercase_pattern
from briefing.extract.told_apart import TASKS_NAMED

ORDERED = lowercase_pattern(
    r"\b(?:must|shall|(?:is|are|(?:has|have)\s+(?:also\s+)?been)\s+(?:required|assigned|tasked)\s+(?:to|with)|(?:has|have)\s+to)\b"
    # "The ministry is to submit the draft by the end of 2024": a task set (but "the plan
    # is to ..." says what is hoped)
    r"|(?<!plan\s)(?<!aim\s)(?<!idea\s)(?<!hope\s)(?<!objective\s)\b(?:is|are)\s+to\s+(?!be\b)[a-z]"
    # "the Prime Minister has assigned the Ministry of Public Security to finalise ...": an
    # order given, told in the active voice
    r"|\b(?:has|have|had)\s+(?:also\s+)?(?:assigned|tasked|instructed|directed|ordered)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,8}?(?:to|with)\s+[a-z]"
)
BUT_ONLY_AFTER = re.compile(rf"\s*,\s*but\s+{SCANT}\s", re.I)
_LOOKED_OVER = "".join(
    rf"(?<!{verb}\s)"
    for verb in (
        *("review", "reviewing", "inspect", "inspecting", "check", "checking"),
        *("examine", "examining", "study", "studying", "assess", "assessing"),
        *("survey", "surveying", "consider", "considering"),
    )
)
"""Lookbehinds: "review all procedures" looks over all, it brings none to a level."""
LEVEL = re.compile(
    # "the authorities at all levels" names the tiers of government, not a level to reach
    # nor does "every week" (how often, not how many)
    r"\b(?:"
    + _LOOKED_OVER
    + r"all(?!\s+levels\b)|every(?!\s+(?:day|week|month|quarter|year|time|\d))|"
    r"100\s*(?:%|per\s*cent|percent)|by\s+half|halve|double|triple|(?:half|a\s+third|two\s+thirds|a\s+quarter)\s+of|"
    # "to build two more centres", "to attract at least two technology giants": a count
    # to reach, said in words (not how long: "keep the logs for at least five years")
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+(?:more|new|additional|further)\s+[a-z]+|"
    r"at\s+least\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?!(?:years?|months?|weeks?|days?|hours?|times?)\b)[a-z]+|"
    # a place to reach: "in the leading group in Southeast Asia", "among the top five"
    r"(?:in|among)\s+the\s+(?:leading|top)\s+(?:group|\d+|three|five|ten)|"
    # a rank to reach: "to become one of the best localities in ...", "aiming to become
    # the leading digital trade centre in the region" (not "take the lead in
    # ...", a speech's exhortation more often than a place to reach)
    r"one\s+of\s+the\s+(?:best|leading|top)|become\s+(?:the|a)\s+(?:leading|top|largest|biggest)|(?<!\bwhich\s)(?<!\bwho\s)(?<!\bthat\s)rank\s+(?:first|top))\b",
    re.I,
)
"""A level without a figure ("all agencies will ...", "every commune"): still a target."""
HOPE_ONLY = re.compile(
    r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:expected|anticipated|forecast|projected|hoped|likely)\s+to\b",
    re.I,
)
"""Words of expectation: with no level and no date, nothing to track."""
ADVICE = re.compile(
    r"\b(?:experts?|analysts?|observers?|economists?|researchers?|scholars?)\s+"
    r"(?:say|said|suggest\w*|recommend\w*|believe\w*|argue\w*|think|thought)\b",
    re.I,
)
"""Advice from outside the government: not an order anyone was given."""
GOAL_HEADING = lowercase_pattern(
    r"^(?!.*\b(?:results?|against|compared|achieved|met|versus|outcomes?|exceeded|been)\b)"
    r"(?:.*\b(?:goals?|targets?|objectives?|the\s+following)(?:\s+(?:for|by|in)\s+(?:the\s+year\s+)?"
    r"20\d\d)?(?:\s+(?:are|is|include|as\s+follows))?\s*$"
    # "With the specific goal of developing digital government:"
    r"|^(?:with\s+)?(?:the|its|a)\s+(?:specific\s+|main\s+|key\s+)?(?:goals?|targets?|objectives?)\s+(?:of|for)\s+"
    r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*$)"
)
"""The words before a colon that make what follows it goals: "set three goals for 2025:",
"the targets are:", "aims for the following:" (matched on lowercased text)."""
GOAL_WORD = re.compile(
    # (not targets counted as the things to do: "45 targets and 82 tasks need to be completed")
    # (a count, not a year: "its 2026 targets" are a level still)
    # (nor a day set for a deed: "targets May 30 for the full issuance of accounts"; nor
    # the goals a deed is about: "tools to evaluate the implementation of targets, goals",
    # "review the plan's targets")
    r"\b(?:strives?|striving|strived|strove|(?<!\b\d\s)(?<!\b\d\d\s)(?<!\b\d\d\d\s)(?<!\bof\s)"
    r"(?<!\btargets,\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bthese\s)(?<!\babove\s)(?<!plan['’]s\s)(?<!programme['’]s\s)(?<!program['’]s\s)(?<!project['’]s\s)(?:goals?|targets?(?!\s+[a-z]+\s+\d{1,2}\s+for\b))|"
    r"theme|aims?|aiming)\b",
    re.I,
)
"""A dated clause's word that makes it a level to reach (a target), not a task."""
PURPOSE_TAIL = re.compile(
    r",\s+(?:aiming|with\s+the\s+(?:aim|goal|target)|in\s+order|so\s+as|ensuring|to\s+ensure)\b.*$",
    re.I | re.S,
)
"""What a task is for, told after it: "complete data integration by December 31, 2025,
aiming to streamline ...", "..., ensuring 100% of services run": the task is still a task
(a deadline)."""
SHARE = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.I)
"""A share told with its figure: "12%", "40 per cent"."""
MAYBE_FUTURE = re.compile(
    rf"\bwill\b|{PLAN_WOULD}|\bby\s+(?:the\s+end\s+of\s+)?20\d\d",
    re.I,
)


# A clause whose subject is the clause before's: "...; and report to ...".
CONTINUED_TASK = re.compile(r"(?:and|then|also)\s+(?!the\b|a\b|an\b|this\b|these\b|it\b)[a-z]+\b")


def continues_result(clause: str, prefix: str) -> bool:  # both as written
    """An imperative-looking clause that continues a reported result:
    "the Government has deployed solutions ...; promote ...; focus on ..."."""
    if not prefix:  # the cheap tests first: most clauses start their sentence
        return False
    clause, prefix = lower(clause), lower(prefix)
    if not IMPERATIVE.search(clause):
        return False
    if MODAL.search(clause) or GOAL.search(clause) or REQUEST.search(clause):
        return False
    return bool(re.search(r"\b(?:has|have)\s+(?:\w+\s+){0,3}\w+ed\b", prefix)) and not (
        MODAL.search(prefix) or REQUEST.search(prefix) or GOAL.search(prefix)
    )


_TOLD_QUALIFIERS = frozenset({"over", "nearly", "about"})


def lists_result(clause: str, figures: list[Figure]) -> bool:  # as written
    """An order's wording for a result, in a list of results: after "Activate over 65
    million accounts;" (a result), "issue over 716 thousand records" is one too. Only
    a count told as counts are ("over", "nearly", "about" it), not a level ("ensure
    100% of wards ...", "over 90% of dossiers") nor an order with a goal or a "must"."""
    if not any(f.unit == "count" and f.qualifier in _TOLD_QUALIFIERS for f in figures):
        return False
    lowered = lower(clause)
    if not IMPERATIVE.match(lowered):
        return False
    return not (MODAL.search(lowered) or GOAL.search(lowered) or REQUEST.search(lowered))


# "23% in the first half, against a target of 50%": the target told beside the figure.
_AGAINST_TARGET = re.compile(
    r"\b(?:against|versus|compared\s+(?:with|to))\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    # "against a target of 50%", "compared with a target for the year of 15%"
    r"(?:target|goal)\s+(?:for\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,2}?)?of\s+(?:about\s+|around\s+|nearly\s+)?\d",
    re.I,
)


def short_of_target(clause: str) -> bool:
    """Whether ``clause`` tells a figure below the target it names beside it ("stood at
    23%, against a target of 50%"), of the same unit (not "214 teams, against a target of
    200", nor a year before it: ``find_figures`` reads neither a year nor a date)."""
    found = _AGAINST_TARGET.search(clause) if "target" in clause or "goal" in clause else None
    if found is None:
        return False
    figures = find_figures(clause, 0, len(clause))
    target = next((f for f in figures if f.start >= found.start()), None)
    if target is None:
        return False
    told = [f for f in figures if f.end <= found.start() and f.unit == target.unit]
    return bool(told) and told[-1].value < target.value


# Targets counted as met: "has achieved 2/11 targets for 2025", "completed 5 of the 12
# goals set for 2025". The targets' year is ahead; the count of those met is a result told
# (with "only" before it, a shortfall).
_TARGETS_MET = lowercase_pattern(
    r"\b(?:has|have|had)\s+(?:so\s+far\s+|now\s+|already\s+|(?P<only>only\s+))?"
    r"(?:achieved|completed|met|reached|fulfill?ed|accomplished|hit)\s+"
    r"(?:and\s+(?:exceeded|surpassed|over-fulfill?ed)\s+)?"
    # (with the total or without: "has completed 34 digital transformation targets")
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*(?:/|of|out\s+of)\s*(?:the\s+|its\s+|their\s+)?"
    r"\d+)?\s+(?:[\w-]+\s+){0,3}?(?:targets?|goals?|criteria|indicators?|tasks?)\b"
    # the plan's targets told met: "the province completed and exceeded the planned targets"
    r"|(?<!not\s)(?<!never\s)(?<!yet\s)(?<!failed\sto\s)\b(?:completed|achieved|met|fulfill?ed|exceeded|surpassed)\s+"
    r"(?:and\s+(?:exceeded|surpassed)\s+)?"
    r"(?:all\s+)?the\s+(?:planned|set|assigned)\s+(?:targets?|goals?)\b"
    # told of the targets: "All 23 targets set for 2024 were met and exceeded"
    # (the breakdown of targets set: "Of these, 18 targets have been completed, 27 are likely")
    r"|^\W*(?:of\s+(?:these|them|which|those)\s*,?\s*)?(?:all\s+(?:the\s+)?)?\d+(?:\s*/\s*\d+|\s+(?:out\s+)?of\s+(?:the\s+)?\d+)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:targets?|goals?|criteria|indicators?)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:all\s+)?(?P<only2>only\s+)?"
    r"(?:met|achieved|completed|reached|fulfill?ed|exceeded|surpassed|accomplished)\b"
)


def targets_met(clause: str) -> Kind | None:
    """The kind of a count of targets met, if ``clause`` (lowercased) tells one: a result,
    or a shortfall when it says "only"."""
    found = (
        _TARGETS_MET.search(clause)
        if "ha" in clause or "were" in clause or "was" in clause or "targets" in clause
        else None
    )
    if found is None:
        return None
    return Kind.LIMITATION if found["only"] or found["only2"] else Kind.ACHIEVEMENT


# "In 2010, there were only four online services ...": a year long past opening the clause.
_OPENING_YEAR = re.compile(
    r"^(?:back\s+)?(?:in|as\s+of|at\s+the\s+(?:start|end|beginning)\s+of|by\s+the\s+end\s+of)\s+"
    # "In early 2019,", "As of March 2018,", "In the first half of 2019,"
    r"(?:(?:early|late|mid-?)\s*|the\s+(?:first|second)\s+(?:half|quarter)\s+of\s+|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\s*,",
    re.I,
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOW = re.compile(
    r"\b(?:now|to\s+date|currently|so\s+far|today|this\s+year|since|up\s+to\s+now)\b"
    # a status up to the article's time: "..., and 85% of them have been completed"
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b",
    re.I,
)
BASELINE_YEARS = 4
"""How many years before the article a clause's own year makes it a baseline."""


_YEARS_AGO = re.compile(
    r"^(?:two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d+)\s+years\s+ago\s*,", re.I
)


def past_baseline(clause: str, year: int) -> bool:
    """Is the clause a baseline long past, told for comparison ("In 2019, online dossiers
    accounted for just 5%" in an article of 2024), every year it names that old?"""
    if _YEARS_AGO.match(clause):
        return not _NOW.search(clause)  # "Two years ago, the country had only 184 stations"
    m = _OPENING_YEAR.match(clause)
    if m is None or int(m[1]) > year - BASELINE_YEARS or _NOW.search(clause):
        return False
    return all(int(y) <= year - BASELINE_YEARS for y in _ANY_YEAR.findall(clause))


_OUT_OF = re.compile(r"\s*(?:out\s+of|of|among)\s+(?:the\s+)?(\d{2,3})\b", re.I)
BOTTOM_SHARE = 0.8
"""A rank past this share of the field ("56th out of 63") is near the bottom."""


_RISE = re.compile(r"\b(?:increas\w*|up|rose|risen|improv\w*|gain\w*|climb\w*|jump\w*)\b", re.I)


def near_the_bottom(text: str, figures: list[Figure], start: int, end: int) -> bool:
    """Does a rank among ``figures`` (in the clause ``text[start:end]``) stand near the
    bottom of its field ("ranking 56th out of 63 provinces", "62nd of 63"): a shortfall,
    unless the clause tells a rise ("58th out of 63, an increase of 1.61 points")?"""
    for rank in figures:
        if rank.unit != "rank":
            continue  # (most clauses have no rank: the rise is looked for only beside one)
        field = _OUT_OF.match(text, rank.end)
        if field is not None and BOTTOM_SHARE * int(field[1]) < rank.value <= int(field[1]):
            return _RISE.search(text, start, end) is None
    return False


_TASK_WORDS = re.compile(r"complet|finish|deadline|\b(?:operation|launch|go\s+live)", re.I)


# Asked to do a thing, not to become one: "asked the carriers to cover every village"
# (not "assigned the city the task of becoming the flagship centre": a state to reach).
_ASKED_TO = lowercase_pattern(
    r"\b(?:asked|asking|asks|urged|urging|urges|requested|requesting|called\s+on|calling\s+on)\s+"
    r"(?:[\w'’-]+\s+){0,6}?to\s+(?!be\b|become\b)[a-z]"
)


_DIRECTS = lowercase_pattern(r"\b(?:directs|directed|urges|urged|instructs|instructed)\b")


def _ordered(lowered: str) -> bool:
    """Does the (lowercased) clause give an order: "must", "is required to", "asked ... to",
    "directs"?"""
    return bool(ORDERED.search(lowered) or _ASKED_TO.search(lowered) or _DIRECTS.search(lowered))


def dated_kind(kind: Kind, due: str, clause: str, figures: list[Figure]) -> tuple[Kind, str]:
    """A dated goal's kind and due: a deadline when it is a task (a due finer than a year,
    words of completion, an order with no level) rather than a level to reach (a share,
    a goal's word); a half year's due is its last month."""
    precision = parse_period(due).precision
    head = PURPOSE_TAIL.sub("", clause)
    # A goal's word sets a level to reach; so does a share, unless an order sets it: "are
    # required to ... ensure 100% ... no later than September 2024", "directs and urges 100%
    # of hospitals to deploy ...": a task, dated, its share the task's reach (LABELLING.md:
    # a target only when it "aims").
    goal = GOAL_WORD.search(head) is not None or (
        any(f.unit == "%" for f in figures)
        and SHARE.search(head) is not None
        and not _ordered(lower(head))
    )
    if precision is Precision.HALF:
        due = f"{due[:4]}-06" if due.endswith("H1") else due[:4]
        precision = parse_period(due).precision
    lowered = lower(clause)
    if not goal and (
        precision is not Precision.YEAR
        or _TASK_WORDS.search(clause)
        # "Ministries must connect their databases by 2025": an order, no level
        # (or asked of them: "asked the carriers to cover every village within 2026")
        or (
            not figures
            and (
                ORDERED.search(lowered)
                or TASKS_NAMED.search(lowered)
                or _ASKED_TO.search(lowered)
                # a deed to come, dated: "By 2025, the city will digitize documents of ..."
                or FUTURE_DEED.search(lowered)
            )
        )
    ):
        kind = Kind.DEADLINE
    return kind, due


def undated_goal_kind(clause: str) -> Kind | None:
    """The kind of a goal with no figure and no due date: a target only when it names a
    level to reach; else a directive ("Promote the quality of online services": Targets
    are levels, Deadlines dated tasks), or no claim when it is a hope or an adviser's word."""
    if LEVEL.search(clause):
        return Kind.TARGET
    lowered = lower(clause)
    if LAW_SAYS.search(lowered):
        return None  # "The Law on Identification stipulates that citizens must ...": a rule
    if STARTS_FROM.search(lowered) and FUTURE_PREDICATE.search(lowered):
        return None  # "The office is to open on Saturdays from March 15": a change from a day
    if ADVICE.search(clause) or (HOPE_ONLY.search(clause) and not MODAL.search(lower(clause))):
        return None
    return Kind.DIRECTIVE


# A result, then what its subject will do in a relative clause: "78 million people now use
# the internet, who will be able to access 5G", "2 million residents used the app, which
# will be upgraded": the claim is the result; the relative's future sets no level.
_RELATIVE_FUTURE = lowercase_pattern(r",\s+(?:which|who)\s+(?:will|would)\b")
_RESULT_HEAD = lowercase_pattern(
    r"\b(?:has|have|had|was|were|used|reached|recorded|completed|now\s+(?:has|have|uses?))\b"
    r"|\b[a-z]{3,}ed\b"
)


_DATED_TAIL = lowercase_pattern(rf"\b(?:19|20)\d\d\b|\b(?:by|before|in)\s+{d.MONTH}")


# "..., with the remaining institutions striving to meet the deadline": the rest's effort
# told after a result, not a goal of the result's.
_REST_STRIVING = lowercase_pattern(
    r",\s+with\s+the\s+(?:remaining|rest|others?)\b[^.;]{0,60}?\b(?:striving|working|racing|trying)\s+to\b"
)


_PLAN_WOULD = lowercase_pattern(PLAN_WOULD)


def plan_would(clause: str) -> str:
    """The (lowercased) clause with a plan's reported "would" read as "will"."""
    return _PLAN_WOULD.sub("will", clause)


def without_relative_future(clause: str) -> str:
    """The (lowercased) clause without a relative's future told after a result with its
    figure, or the rest's effort told after it; the clause itself when it has neither."""
    if "with the " in clause and (rest := _REST_STRIVING.search(clause)) is not None:
        return clause[: rest.start()]
    if "will" not in clause and "would" not in clause:
        return clause
    m = _RELATIVE_FUTURE.search(clause)
    if m is None:
        return clause
    head = clause[: m.start()]
    if _DATED_TAIL.search(clause, m.end()):
        return clause  # "..., which will be expanded to 120 communes by 2027": a goal told
    return head if has_digit(head) and _RESULT_HEAD.search(head) else clause


# "Only 12% of residents paid online and 8% used the kiosks": the "only" of the first
# figure holds for the second, joined to it bare (not "..., but 20% ...", nor a part with
# its own turn: "and has since risen to 30%").
_SCANT_FIRST = lowercase_pattern(rf"\W*(?:{SCANT})\s+(?:about\s+|around\s+|over\s+)?\d")
_BARE_JOIN = lowercase_pattern(r"(?:,\s*|\s+)and\s*$|,\s*$")


_TIME_TURN = lowercase_pattern(
    r"\b(?:now|today|currently|at\s+present|so\s+far|to\s+date|since|this\s+year)\b"
)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def shares_scant(text: str, clause_start: int, start: int, end: int) -> bool:
    """Does the part ``text[start:end]``, cut from the clause at ``clause_start``, share
    the clause's opening "only" (a bare second figure of it, told of the same time: not
    "Only 5 communes had fibre in 2020, and 40 have it now")?"""
    if start <= clause_start or not text[start : start + 1].isdigit():
        return False
    head = lower(text[clause_start:start])
    part = lower(text[start:end])
    return (
        bool(_SCANT_FIRST.match(head))
        and bool(_BARE_JOIN.search(head))
        and not _TIME_TURN.search(part)
        # "Only 12% paid by card in 2022, and 58% in 2024": another year, another time
        and not set(_A_YEAR.findall(part)) - set(_A_YEAR.findall(head))
    )
