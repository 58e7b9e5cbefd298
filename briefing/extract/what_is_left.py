"""What a result leaves over, told after it: "has digitized 2,023,255 records (91%), the
remaining 208,219 have not been", "...; the remaining 13 are yet to be connected". A share
done told with its complement is one claim, the result (LABELLING.md's funnel); what is
left is a shortfall of its own only when a cause is given or no result came first."""

from __future__ import annotations

from typing import Literal

from briefing.extract.cues import ACHIEVEMENT
from briefing.extract.shortfall_cues import LIMITATION
from briefing.extract.textcase import has_digit, lowercase_pattern

Left = Literal["complement", "result", "shortfall"]

_REST_NOT_DONE = lowercase_pattern(
    r"(?:,(?:\s+but)?|;|\bwhile|\band|^)\s*(?:the\s+)?(?:remaining|rest|other)\s+(?:of\s+the\s+)?"
    r"(?:[\w%.,-]+\s+){0,4}?(?:have|has|are|is|were|was)\s+(?:still\s+)?(?:not|yet)\b"
)
_CAUSE = lowercase_pattern(
    r"\b(?:due\s+to|because|owing\s+to|as\s+a\s+result\s+of|for\s+lack\s+of)\b"
)
DONE = lowercase_pattern(r"\b(?:has|have|had)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b")
"""Something done, told in the perfect: "has digitized", "have been connected"."""


def what_is_left(clause: str, sentence: str) -> Left | None:
    """How a (lowercased) clause with a shortfall cue and a figure reads when it tells what
    a result leaves over: "complement" (it opens on it, after a result its sentence told
    first: no claim of its own), "result" (the result told first, the rest after it), or
    "shortfall"; None when it tells no rest."""
    rest = _REST_NOT_DONE.search(clause)
    if rest is None:
        return None
    if rest.start() == 0:
        told_first = _result_before(clause, sentence) and _CAUSE.search(clause) is None
        return "complement" if told_first else "shortfall"
    done_first = bool(
        ACHIEVEMENT.search(clause, 0, rest.start()) or DONE.search(clause, 0, rest.start())
    )
    if done_first and LIMITATION.search(clause, 0, rest.start()) is None:
        return "result"
    return "shortfall"


def _result_before(clause: str, sentence: str) -> bool:
    """Does the (lowercased) sentence tell a result with a figure before ``clause``?"""
    at = sentence.find(clause[:40])
    head = sentence[:at] if at > 0 else ""
    return has_digit(head) and bool(ACHIEVEMENT.search(head) or DONE.search(head))
