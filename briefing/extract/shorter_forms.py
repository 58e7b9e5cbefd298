"""Shorter forms of the same words, for a briefing line too long: a programme's short
name for its full one, a long list of names by its first two and its last, "The number
of" before a verb that reaches a figure, a bracket with no figure. Each says what the words
it replaces say (``statements`` applies them one at a time, only while a line is long)."""

from __future__ import annotations

import re

# "The number of accounts activated reached 2.4 million" says what "Accounts activated
# reached 2.4 million" does: taken out of a line too long, before a verb that reaches a
# figure (whose past tense agrees with either subject) and not one of a relative clause.
NUMBER_OF = re.compile(
    r"^the\s+(?:total\s+)?number\s+of\s+"
    r"(?=(?:(?!\b(?:who|that|which|whose|has|have|had)\b)[^,;]){3,90}?\s"
    r"(?:reached|hit|surpassed|exceeded|topped|totall?ed|stood\s+at)\s+(?:\w+\s+){0,2}?\d)",
    re.I,
)
MONEY_SIZE = r"million|billion|trillion|thousand|vnd|usd|dong"
"""The words of a figure's size that a bracket may hold: "4,500 (billion dong)"."""
# A bracket with no figure is an aside, unless it holds a figure's size or scope, or says
# the figure is an estimate: "(billion dong)", "(excluding Hanoi)", "(estimated)".
PARENS = re.compile(
    rf"\s*\((?![^()]*\b(?:{MONEY_SIZE}|per\s?cent|percent|"
    r"excluding|including|except|only|not|estimat\w*|preliminary|provisional|expected|forecast\w*|"
    r"planned|target\w*)\b)[^()\d]{0,60}\)",
    re.I,
)

# A programme's full name in quotes, then the name it goes by: 'the "Project on developing
# applications of population data ... with a vision to 2030" (referred to as Project 06)'
# is "Project 06" in a line; and its full name in a bracket after that name is left out.
SHORT_NAME = re.compile(
    r"(?:the\s+)?[\"“][^\"”]{20,300}[\"”]\s*\((?:hereinafter\s+)?(?:referred\s+to\s+as|called|"
    r"abbreviated\s+as|shortened\s+to)\s+(?:the\s+)?(?P<name>[^()\"“”]{1,40})\)",
    re.I,
)
NAME_SPELLED_OUT = re.compile(
    r"\s*\((?:the\s+)?(?:Project|Programme|Program|Plan|Strategy|Scheme)\s+(?:on|to|for|of)\b[^()]{20,300}\)"
)

# A list of five or more places or bodies by name ("Ha Tinh, Phu Tho, Ha Nam, Quang Ninh
# and Hue have exceeded ..."): its first two and its last kept, the rest "…", so the
# line keeps what they did (a cut at one of its commas would leave a list with no verb).
_NAME = r"[A-ZĐ][\w'’.]*(?:\s(?:[–-]\s)?[A-ZĐ][\w'’.]*){0,3}"
NAME_LIST = re.compile(rf"\b({_NAME}),\s({_NAME})(?:,\s{_NAME}){{2,}},?\s+and\s+({_NAME})\b")


def shorter_list(m: re.Match[str]) -> str:
    """The list ``NAME_LIST`` matched, as its first two names, "…" and its last."""
    return f"{m[1]}, {m[2]}, … and {m[3]}"
