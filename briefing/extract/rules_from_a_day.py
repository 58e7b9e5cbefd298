"""A rule's day: a change that takes effect, or is yet to, from a day ("the decree takes
effect from July 1", "from January 1, the fee will be cut by half"). The day is the
change's context, neither a task's due nor a result's (LABELLING.md)."""

from __future__ import annotations

import re

from briefing.extract.context_cues import (
    FUTURE_PREDICATE,
    MONTH_WORD,
    STARTING,
    STARTS_FROM,
    TOLD_RESULT,
)
from briefing.extract.textcase import lowercase_pattern

_TAKES_EFFECT = re.compile(
    r"\b(?:takes?|took)\s+effect\b|\b(?:comes?|came|enters?|entered)\s+into\s+(?:force|effect)\b"
)


_SINCE_START = re.compile(
    r"^(?:according\s+to\s+[^,]{1,60},\s*)?(?:since|after|once|following|ever\s+since)\b"
)


def takes_effect(clause: str) -> bool:
    # the words first: a pattern tried at every word of every clause costs more
    if not (" effect" in clause or " force" in clause):
        return False
    m = _TAKES_EFFECT.search(clause)
    if m is None:
        return False
    # "Since the model took effect on July 1, VNPT has connected ...": the start is the
    # time of the result the clause goes on to tell
    return not (_SINCE_START.match(clause) and "," in clause[m.end() :])


# A rule that applies from a day, opening the clause: "Meanwhile, from July 1, banks must
# verify customers' faces ...": its date is context, not a task (LABELLING.md).
RULE_FROM_A_DAY = lowercase_pattern(
    rf"^(?:(?:meanwhile|also|and|but|however|in\s+addition)\s*,?\s+)?{STARTING}"
    rf"{MONTH_WORD}[a-z]*\.?\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?"
    # its subject may be long, with commas: "transfers above VND10 million, or daily
    # totals above VND20 million, require ..." (but not a second clause: ", and ...")
    r"\s*,\s+(?:(?!,\s+(?:and|but|while)\b)[^;]){1,120}?\b(?:must|shall|(?:is|are)\s+required\s+to|"
    r"(?:has|have)\s+to|require[sd]?|can\s+no\s+longer|cannot|can\s+not|may\s+not|will\s+no\s+longer|"
    # "From July 1, 2025, the police will issue ID cards to children": a service from a day
    r"will(?:\s+(?:also|only|now))?\s+(?:issue|accept|provide|offer|apply|allow|charge|stop|begin|start))\s"
)


def rule_to_come(clause: str) -> bool:
    """Is the clause a change yet to take effect ("from January 1, the fee will be cut by
    half"; "from July 1, banks must verify ..."), with no result told before its future
    words?"""
    if RULE_FROM_A_DAY.match(clause):
        return True
    future = FUTURE_PREDICATE.search(clause)
    if future is None or TOLD_RESULT.search(clause, 0, future.start()):
        return False
    start = STARTS_FROM.search(clause)
    # "will be implemented from March 1 to before March 31": a span with an end, the end due
    return start is not None and _SPAN_END.match(clause, start.end()) is None


# The end of a span after its start: "(from March 1, 2025) to before March 31, 2025".
_SPAN_END = lowercase_pattern(
    r"[\w\s,./]{0,24}?\s(?:to|until|till)\s+(?:before\s+|the\s+end\s+of\s+)?"
    rf"(?:{MONTH_WORD}[a-z]*\.?\s+\d|\d{{1,2}}[/.]\d{{1,2}}\b|\d{{1,2}}\s+{MONTH_WORD}|(?:19|20)\d\d\b)"
)
