"""Where a clause turns from one claim to another that shares no kind with it: a result
granted, then a shortfall ("Although ... has tripled, the share reused is only 35%"); a
state, then a dated order given on it in a participle (", asking agencies to ... within
2023"); a result, then the dated task it leaves ("... and will finish the rest by June")."""

from __future__ import annotations

import re
from datetime import date

from briefing.extract.cues import ACHIEVEMENT
from briefing.extract.due_dates import find_dues
from briefing.extract.sentences import Span
from briefing.extract.shortfall_cues import LIMITATION
from briefing.extract.textcase import lowercase_pattern

# "Although the number of linked databases has tripled, the share reused is only 35%": a
# result granted, then the shortfall; two claims. Only a result said in so many words
# ("has tripled", "was put into operation") is cut off: the head must carry its own cue.
_CONCESSION = lowercase_pattern(
    r"(?:[^,;]{1,30},\s*)?(?:although|though|even\s+though)\s+(?P<head>[^,;]{12,160}?),\s+(?=\w)"
)


# "... had been activated by then, although 4.1 million applications were still waiting":
# the result, then the shortfall it concedes; two claims when each says so in words.
_CONCEDED_AFTER = lowercase_pattern(r",\s+(?:although|though|even\s+though)\s+(?=\w)")


def concession(lowered: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """Where a clause that grants a result and then tells a shortfall is cut (or tells a
    result and then concedes a shortfall)."""
    if "though" not in lowered[start:end]:
        return None  # the word first: most clauses concede nothing
    m = _CONCESSION.match(lowered, start, end)
    if m is not None and ACHIEVEMENT.search(m["head"]) is not None:
        return m.end("head"), m.end(), False
    after = _CONCEDED_AFTER.search(lowered, start, end)
    if (
        after is not None
        and ACHIEVEMENT.search(lowered, start, after.start()) is not None
        and LIMITATION.search(lowered, after.end(), end) is not None
        and LIMITATION.search(lowered, start, after.start()) is None
    ):
        return after.start(), after.end(), False
    return None


# "... still has 266 hamlets without power, asking agencies to ensure that all have it
# within 2023": a state told, then a dated order given on it in a participle; two claims.
_ORDER_AFTER = lowercase_pattern(
    r",\s+(?:asking|urging|requesting|directing|instructing|ordering|requiring|tasking|calling\s+on)\s+"
    r"(?=[^;]{0,120}?\bto\s+[a-z])"
)


# "The province has digitised 95% of its records and will finish the rest by June": a
# result, then the task left, dated; two claims.
# (a deed done, not one decided on: "has decided to connect 40 databases")
_PERFECT = lowercase_pattern(
    r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|ilt)\b(?!\s+to\b)"
)
# (or its relative's dated level: "..., which will be expanded to 120 communes by 2027")
# (or what is foreseen after it: "grew 20% last year and could reach 25 billion USD by 2026",
# "reached 36 billion USD in 2024 and will keep growing": the result stays a result)
# "... is said to be $19 billion and the country hopes to double this": a goal after it
_GOAL_TOLD = (
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:hopes|aims|plans|wants|expects|targets)\s+to\s+[a-z]"
)
_DONE_THEN_TO_DO = lowercase_pattern(
    r"(?:\s+and|,\s+which)\s+(?=(?:will|could|may|might|is\s+to|plans\s+to|"
    rf"(?:is|are)\s+(?:expected|forecast|projected|likely|set)\s+to)\s+[a-z]|{_GOAL_TOLD})"
)
_GOAL_AFTER = lowercase_pattern(_GOAL_TOLD)
# a figure told in the past: "reached 36 billion USD in 2024", "grew 20% last year"
_PAST_FIGURE = lowercase_pattern(
    r"\b(?:reached|rose|grew|hit|recorded|totalled|totaled|increased|surged|jumped|stood\s+at|"
    r"(?:is|was)\s+said\s+to\s+be)\s+"
    r"(?:by\s+|to\s+)?(?:about\s+|over\s+|nearly\s+|more\s+than\s+)?(?:us\$|\$|vnd\s*)?\d"
)
_TREND_AFTER = lowercase_pattern(
    r"will\s+(?:keep|continue)\s+(?:on\s+)?(?:to\s+)?(?:grow|rise|increase|expand|climb)\w*"
)


def order_after(
    text: str, lowered: str, start: int, end: int, ref: date
) -> tuple[int, int, bool] | None:
    """Where a clause's dated order in a participle ("..., asking agencies to finish it
    within 2023") starts, when what comes before it is undated."""
    if "ing " not in lowered[start:end]:
        return None
    m = _ORDER_AFTER.search(lowered, start, end)
    if m is None or not _dated_after(text, start, end, m.start(), ref):
        return None
    return m.start(), m.start() + 2, False


def _dated_after(text: str, start: int, end: int, at: int, ref: date) -> bool:
    """Is ``text[start:end]`` dated after ``at`` only?"""
    dues = find_dues(text, start, end, ref)
    return bool(dues) and all(d.start >= at for d in dues)


def done_then_to_do(text: str, lowered: str, clauses: list[Span], ref: date) -> list[Span]:
    """The clauses, each result followed by a dated task ("has digitised 95% ... and will
    finish the rest by June") told as two clauses: each is read for its own kind."""
    cut: list[Span] = []
    for start, end in clauses:
        m = (
            _DONE_THEN_TO_DO.search(lowered, start, end)
            if lowered.find(" and ", start, end) >= 0 or lowered.find(", which ", start, end) >= 0
            else None
        )
        if (
            m is not None
            and (
                ACHIEVEMENT.search(lowered, start, m.start())
                or _PERFECT.search(lowered, start, m.start())
                or _PAST_FIGURE.search(lowered, start, m.start())
            )
            and (
                _dated_after(text, start, end, m.start(), ref)
                or _TREND_AFTER.match(lowered, m.end(), end)
                or _GOAL_AFTER.match(lowered, m.end(), end)
            )
        ):
            cut.extend([(start, m.start()), (m.end(), end)])
        else:
            cut.append((start, end))
    return cut


# "... must reach 90% in 2025 (up to now only reaching 39.5%)", "... must reach 80% in
# 2026, while it is currently only 41%": a goal, then how short of it things stand; two
# claims (LABELLING.md: a gap to a target is a shortfall of its own).
_STATE_AFTER_GOAL = lowercase_pattern(
    r"(?:\s*\(|,\s+(?:while|whereas|but)\s+)(?=[^.;()]{0,40}?\b(?:so\s+far|up\s+to\s+now|to\s+date|currently|"
    r"now|at\s+present|is|are|was|were|stands?|stood)\b[^.;()]{0,30}?\b(?:only|merely|just)\s+"
    r"(?:[a-z]+ing\s+|at\s+|about\s+|around\s+)?\d)"
)
_GOAL_HEAD = lowercase_pattern(
    r"\b(?:must|should|strive\w*|aims?|aiming|targets?|goals?)\b[^.;()]{0,80}?\d"
)


def goal_then_state(lowered: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """Where a clause that sets a level to reach then tells how far short of it things
    stand is cut: the goal, then the shortfall."""
    part = lowered[start:end]
    if "only" not in part and "merely" not in part and "just" not in part:
        return None  # the word first: most goals tell no state
    m = _STATE_AFTER_GOAL.search(lowered, start, end)
    if m is None or _GOAL_HEAD.search(lowered, start, m.start()) is None:
        return None
    return m.start(), m.end(), False


_STATE_CUT = re.compile(r"(?:\(|,\s+(?:while|whereas|but))\s*$", re.I)
_SCANT_SOON = re.compile(r"[^.;()]{0,40}?\b(?:only|merely|just)\s", re.I)


def state_after_goal(text: str, start: int) -> bool:
    """Is the part at ``start`` the state told after a goal's cut ("(so far only ...",
    ", while it is currently only ...")? Not another's task after ", while"."""
    return (
        _STATE_CUT.search(text, max(0, start - 12), start) is not None
        and _SCANT_SOON.match(text, start) is not None
    )
