"""Lists of key figures: "- ID cards issued since 2021: more than 89.4 million".

A factsheet, an infographic's text or a report's box gives its claims as short lines, a
label, a colon and a value, grouped under headings that say what kind they are ("Where
the numbers fall short", "Targets for 2026", "Deadlines set by the Government"). Such a
line is too short to be read as a sentence (it has no verb), so it is read as one claim
whatever its shape, and its heading gives its kind; a heading of context ("At a glance",
"For comparison", "Outlook", "Notes") makes its lines no claims at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

from briefing.core.model import Kind

if TYPE_CHECKING:
    from briefing.extract.classify import Verdict

FACT_LINE = re.compile(r"[-•*–]\s*[^:;.!?\n]{2,90}:\s*\S[^\n]*\d")
"""A list item of a label, a colon and a value with a figure (or a date) in it."""

FACT_LABEL = re.compile(r"[-•*–]\s*[^:;.!?\n]{2,90}")
"""What comes before a fact line's colon (matched in full)."""


class NoClaim(Enum):
    """A heading of context: its lines are no claims."""

    CONTEXT = "context"


SectionKind = Kind | NoClaim

# A heading that is only that: "At a glance", "For comparison", "Outlook for 2026",
# "Notes" (not "Sources of growth", "Notes on the shortfalls in data").
_CONTEXT = re.compile(
    r"(?:at\s+a\s+glance|background|for\s+comparison|comparisons?|(?:the\s+)?outlook|notes?|"
    r"definitions?|methodology|context|forecasts?|projections?|glossary|(?:in\s+)?other\s+countries|"
    r"(?:in\s+the\s+)?region)(?:\s+(?:for|in)\s+20\d\d)?\W*",
    re.I,
)
_SHORT = re.compile(
    r"\b(?:fall|falls|fell)\s+short\b|\bshort(?:falls?|comings?)\b|\blimitations?\b|\bweak(?:ness|nesses)?\b|"
    r"\bproblems?\b|\bchallenges?\b|\bdifficult(?:y|ies)\b|\bgaps?\b|\bbottlenecks?\b|\bconcerns?\b|"
    r"\blagg?ing\b|\bbehind\b|\bissues\b|\bstill\s+to\s+(?:do|fix)\b",
    re.I,
)
_TARGETS = re.compile(r"\b(?:targets?|goals?|objectives?|aims?)\b", re.I)
_DEADLINES = re.compile(
    r"\b(?:deadlines?|tasks?|timetable|timeline|schedule|next\s+steps|to-?do|assign(?:ed|ments?))\b",
    re.I,
)
_YEAR = re.compile(r"\b(20\d\d)\b")


def section_kind(heading: str | None) -> SectionKind | None:
    """What a list's heading makes its fact lines: a kind, no claims, or (``None``) what
    each line says for itself."""
    if not heading:
        return None
    if _DEADLINES.search(heading):
        return Kind.DEADLINE
    if _TARGETS.search(heading):
        return Kind.TARGET
    if _SHORT.search(heading):
        return Kind.LIMITATION
    if _CONTEXT.fullmatch(heading.strip()):
        return NoClaim.CONTEXT
    return None


def heading_year(heading: str | None) -> str | None:
    """The year a heading names ("Targets for 2026"): the due of its undated targets."""
    found = _YEAR.search(heading or "")
    return found[1] if found else None


@dataclass(frozen=True, slots=True)
class FactSection:
    """A fact line's list heading, read: the kind it gives, and the year it names."""

    kind: SectionKind | None
    """``None``: a heading of a subject ("Online public services")."""
    year: str | None

    def verdict(self, verdict: Verdict, figures: Any, dues: Any) -> Verdict | None:
        """The line's verdict under its heading (``None``: no claim): a shortfall, a task if
        it is dated, a goal, a result if it has a figure; a context heading's line is none."""
        if self.kind is NoClaim.CONTEXT:
            return None
        if self.kind is None:  # a heading of a subject: a figure given is a result
            if verdict.kind is None and not verdict.ruled_out and figures:
                return replace(verdict, kind=Kind.ACHIEVEMENT)
            return verdict
        if self.kind is Kind.LIMITATION:  # its value is a number, however small ("...: 38")
            return replace(verdict, kind=Kind.LIMITATION)
        if self.kind is Kind.DEADLINE:
            return replace(verdict, kind=Kind.DEADLINE) if dues else verdict
        return replace(verdict, kind=self.kind)


def fact_section(text: str, start: int, end: int, heading: str | None) -> FactSection | None:
    """How the list item ``text[start:end]`` is read under its list's ``heading``
    (``None``: as any other line)."""
    if heading is None:
        return None
    kind = section_kind(heading)
    if kind is NoClaim.CONTEXT:  # every item of "For comparison", fact line or not
        return FactSection(kind, None)
    if FACT_LINE.match(text, start, end) is None:
        return None
    return FactSection(kind, heading_year(heading))
