"""Goals, tasks named and milestones told in shapes the cue scan does not open on (its
gate would let every "and", "of", "public" or "services" in): each is looked for only
where its words are."""

from __future__ import annotations

from briefing.extract.textcase import lowercase_pattern

_I = 0  # patterns are matched on lowercased text (textcase.lower)


# Milestones told in shapes the cue scan does not open on (its gate would let every "and"
# or "of" in: looked for only where their words are): "..., and the first of its kind in
# the country to be granted ...", "The inauguration of the National Data Centre was held".
MILESTONE_TOLD = lowercase_pattern(
    r"\band\s+(?:also\s+)?the\s+first\s+(?:\w+\s+){0,7}?to\s+(?:be\s+)?[a-z]+(?:ed|en)\b"
    r"|\b(?:inauguration|commissioning|official\s+launch)\s+(?:ceremony\s+)?of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){1,8}?(?:was|were)\s+(?:held|organi[sz]ed)\b",
    _I,
)


# Goals in shapes kept out of the cue scan for the same reason (it would open on every
# "public", "provincial", "services"): "set its sights on 10 million", "proposed several
# urgent solutions such as ...".
# Tasks named by what is to be done: "In the final four months of 2025, urgent tasks
# include eliminating 'wave dead zones' ..." (actions, so a task's kind when dated).
_TASKS_NAMED = (
    r"(?<![0-9]\s)\b(?:tasks|priorities)\s+(?:for\s+[^,;]{1,40}?\s+)?(?:include|includes|are|will\s+be)\s+"
    r"(?!being\b|ongoing\b|going\b)[a-z]+ing\b"  # (not "12 tasks are being implemented")
)
TASKS_NAMED = lowercase_pattern(_TASKS_NAMED)
GOAL_TOLD = lowercase_pattern(
    r"\bsets?\s+(?:its|their)\s+sights\s+on\b"
    r"|\b(?:proposed|put\s+forward|outlined|set\s+out|listed|laid\s+out|identified)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:solutions|measures|tasks|steps|actions)\s+(?:such\s+as|including|namely)\b"
    # (not a list of what was done: "..., all of which have been completed")
    r"(?![^.;]*\b(?:have|has|had|were|was)\s+(?:all\s+)?(?:been\s+)?(?:completed|done|finished|implemented)\b)"
    rf"|{_TASKS_NAMED}"
    # a plan's item in the infinitive perfect: "Digital economy to have accounted for 20%
    # of GRDP" (not a report's "is said to have reached")
    r"|(?<!said\s)(?<!reported\s)(?<!believed\s)(?<!estimated\s)(?<!thought\s)(?<!known\s)"
    r"(?<!appears\s)(?<!appeared\s)(?<!seems\s)(?<!seemed\s)(?<!likely\s)\bto\s+have\s+(?:been\s+)?"
    r"(?:reached|exceeded|accounted|achieved|[a-z]+(?:ed|en|wn))\b",
    _I,
)


_ADVISERS = lowercase_pattern(
    r"^(?:[\w-]+\s+){0,3}?(?:experts?|analysts?|researchers?|economists?|consultants?|scholars?)\b"
)


def goal_told(clause: str) -> bool:
    """Does a (lowercased) clause set a goal in one of ``GOAL_TOLD``'s shapes? (Not an
    adviser's: "Experts proposed solutions such as ..." sets no one a goal.)"""
    if not any(
        word in clause
        for word in (" sights ", " such as ", " including ", " namely ", "to have ", "tasks ")
    ):
        return False
    return (
        GOAL_TOLD.search(clause) is not None
        and _ADVISERS.match(clause) is None
        and ("to have " not in clause or _FIRST_TO_HAVE.search(clause) is None)
    )


# "the only one of the 63 provinces to have connected ...": a deed told, no plan's item
_FIRST_TO_HAVE = lowercase_pattern(r"\bthe\s+(?:only|first)\s+(?:[\w-]+\s+){0,8}?to\s+have\b")


def milestone_told(clause: str) -> bool:
    """Does a (lowercased) clause tell a milestone in one of ``MILESTONE_TOLD``'s shapes?"""
    if " first " not in clause and " held" not in clause and " organi" not in clause:
        return False
    return MILESTONE_TOLD.search(clause) is not None
