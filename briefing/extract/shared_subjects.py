"""The subject a part split from its clause shares with the part before it: "Vietnam" for
"is forecast to reach ..." after "Vietnam's digital economy grew 20%", "The province aims"
for "to bring the digital economy to 25% by 2030"."""

from __future__ import annotations

import re

_TO_VERB = re.compile(r"^to\s+[a-z]")
_PERFECT_START = re.compile(r"^(?:has|have)\s+[a-z]")
_GOAL_HEAD = re.compile(
    r"^((?:[\w’'.-]+\s+){1,8}?(?:aims?|strives?|plans?|targets?|seeks?|wants?|hopes?|intends?|"
    r"is\s+(?:aiming|striving|planning|targeting|seeking)|(?:has|have)\s+set\s+out))\s+to\b",
    re.I,
)
_VERB_START = re.compile(
    r"^(?:is|are)\s+(?:forecast|forecasted|expected|anticipated|projected)\b", re.I
)
_SUBJECT = re.compile(r"^((?:[\w’'.-]+\s+){1,6}?)(?:is|are|was|were|has|have|had)\b")


def lead_of(clause: str, prefix: str) -> str:
    """The subject a projection split from its result shares with it ("Vietnam")."""
    if not prefix or not _VERB_START.match(clause):
        return ""
    m = _SUBJECT.match(" ".join(prefix.split()))
    return m[1].strip() if m else ""


def goal_lead(clause: str, head: str) -> str:
    """The subject and verb a goal's second part shares with its first ("The province
    aims" for "to bring the digital economy to 25% by 2030")."""
    if not head:
        return ""
    if _PERFECT_START.match(clause):  # "... by 2025, and has ordered firms to ...": its subject
        m = _SUBJECT.match(" ".join(head.split()))
        return m[1].strip() if m else ""
    if not _TO_VERB.match(clause):
        return ""
    m = _GOAL_HEAD.match(" ".join(head.split()))
    return m[1] if m else ""
