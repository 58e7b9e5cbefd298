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
from typing import TYPE_CHECKING

from briefing.core.model import Kind

if TYPE_CHECKING:
    from briefing.extract.classify import Verdict

BULLET = r"[-•*–]"
"""The bullets a list's items open with."""
BULLET_OPENING = re.compile(BULLET + r"[ \t]+(?=\S)")
"""A list item's bullet, left out of its quote ("- Link the databases: by June 30")."""
_ITEM = rf"(?:{BULLET}|\d{{1,2}}[.)]|[a-z]\))\s*"
"""How an item of a list opens: "- ", "• ", "2. ", "a) "."""
_ITEM_START = re.compile(_ITEM)

FACT_LINE = re.compile(_ITEM + r"[^:;.!?\n]{2,90}:\s*\S[^\n]*\d[^\n.]*$")
"""A list item of a label, a colon and a value with a figure (or a date) in it, that
does not end as a sentence does ("- Leaders must lead: where they did, 80% was online."
is a sentence of its own)."""

FACT_LABEL = re.compile(_ITEM + r"[^:;.!?\n]{2,90}")
"""What comes before a fact line's colon (matched in full)."""

LIST_ITEM = re.compile(_ITEM + r"\S")
"""A line that is an item of a list."""


def is_fact_label(text: str, start: int, colon: int, end: int) -> bool:
    """Is ``text[start:colon]`` the label of a fact line ending at ``end``? A numbered
    item's sentence may start after its number ("1. ID cards issued: 85 million")."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        FACT_LABEL.fullmatch(text, line_start, colon) is not None
        and FACT_LINE.match(text, line_start, end) is not None
    )


# The label of a line of contact details or of a procedure, not of a figure.
_NO_FIGURE_LABEL = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:hotline|phone|tel(?:ephone)?|fax|address|e-?mail|website|web(?:site)?|"
    r"(?:opening|office|working)\s+hours|hours|venue|time|contact|step\s+\d+)(?:\s+[\w-]+){0,2}",
    re.I,
)


class NoClaim(Enum):
    """A heading of context: its lines are no claims."""

    CONTEXT = "context"


SectionKind = Kind | NoClaim

# A heading that is context: "At a glance", "For comparison", "Outlook for 2026 and
# beyond", "Notes", "How to apply", "Documents required", "Fees", "Contact" (not
# "Sources of growth", "Notes on the shortfalls in data").
_CONTEXT = re.compile(
    r"(?:at\s+a\s+glance|background|for\s+comparison|comparisons?|(?:the\s+)?outlook|notes?|"
    r"definitions?|methodology|context|forecasts?|projections?|glossary|(?:in\s+)?other\s+countries|"
    r"(?:in\s+the\s+)?region|how\s+to\b|documents?\s+(?:required|needed)|required\s+documents|fees?|"
    r"charges|procedures?|contacts?|q\s*&\s*a|faqs?|what\s+(?:residents|people|you|citizens)\s+(?:need|should|must))"
    r"(?:\W+\w+){0,4}\W*",
    re.I,
)
_SHORT = re.compile(
    r"\b(?:fall|falls|fell)\s+short\b|\bshort(?:falls?|comings?)\b|\blimitations?\b|\bweak(?:ness|nesses)?\b|"
    r"\bproblems?\b|\bchallenges?\b|\bdifficult(?:y|ies)\b|\bgaps?\b|\bbottlenecks?\b|\bconcerns?\b|"
    r"\blagg?ing\b|\bbehind\s+(?:schedule|target|plan)\b|\bissues\b|\bstill\s+to\s+(?:do|fix)\b",
    re.I,
)
# ... but not one of troubles overcome: "Problems resolved in 2024", "How Hanoi closed the gaps"
_OVERCOME = re.compile(
    r"\b(?:resolved|solved|fixed|closed|closing|overcome|overcoming|tackled|tackling|addressed|narrowed|improved)\b",
    re.I,
)
_TARGETS = re.compile(
    r"\b(?:targets?|goals?|objectives?|aims?|priorities|plans?\s+for|orientations?)\b", re.I
)
# ... but not one of results against them: "Goals achieved in 2024", "Targets and results"
_RESULTS = re.compile(r"\b(?:achieved|met|reached|results?|progress|performance)\b", re.I)
_DEADLINES = re.compile(
    r"\b(?:deadlines?|tasks?|timetable|timeline|schedule|next\s+steps|to-?do|assign(?:ed|ments?))\b",
    re.I,
)
_YEAR = re.compile(r"\b(20\d\d)\b")
HEADING_CONFIDENCE = 0.6
"""How sure the rules are of a fact line's kind when its heading alone gives it."""


def section_kind(heading: str | None) -> SectionKind | None:
    """What a list's heading makes its fact lines: a kind, no claims, or (``None``) what
    each line says for itself."""
    if not heading:
        return None
    heading = heading.strip().rstrip(":")
    if _CONTEXT.fullmatch(heading):
        return NoClaim.CONTEXT
    if _RESULTS.search(heading):
        return None
    if _DEADLINES.search(heading):
        return Kind.DEADLINE
    if _TARGETS.search(heading):
        return Kind.TARGET
    if _SHORT.search(heading) and not _OVERCOME.search(heading):
        return Kind.LIMITATION
    return None


def heading_year(heading: str | None) -> str | None:
    """The year a heading names ("Targets for 2026", the last of "2026-2030"): the due of
    its undated targets."""
    found = _YEAR.findall(heading or "")
    return found[-1] if found else None


@dataclass(frozen=True, slots=True)
class FactSection:
    """A fact line's list heading, read: the kind it gives, and the year it names."""

    kind: SectionKind | None
    """``None``: a heading of a subject ("Online public services")."""
    year: str | None
    contact: bool = False
    """The line's label names no figure's subject ("Hotline", "Step 3", "Fees")."""

    @property
    def context(self) -> bool:
        """A line of a heading of context: no claim, whatever its shape."""
        return self.kind is NoClaim.CONTEXT

    def verdict(self, verdict: Verdict, figures: bool, dated: bool) -> Verdict | None:
        """The line's verdict under its heading (``None``: no claim): a shortfall, a task if
        it is dated, a goal, a result if it has a figure; a context heading's line is none."""
        if self.kind is NoClaim.CONTEXT:  # (not ``self.context``: the type narrows here)
            return None
        if self.kind is None:  # a heading of a subject: a figure given is a result
            if verdict.kind is None and not verdict.ruled_out and figures and not self.contact:
                return _as(verdict, Kind.ACHIEVEMENT)
            return verdict
        if self.contact:
            return verdict
        if self.kind is Kind.LIMITATION:  # its value is a number, however small ("...: 38")
            return _as(verdict, Kind.LIMITATION)
        if self.kind is Kind.DEADLINE:
            if dated:
                return _as(verdict, Kind.DEADLINE)
            # "Tasks for 2025" over "- Level-2 accounts to activate: 2 million": a level
            return _as(verdict, Kind.TARGET) if self.year else verdict
        return _as(verdict, self.kind)


def _as(verdict: Verdict, kind: Kind) -> Verdict:
    """The verdict with the kind its heading gives, and the confidence of a claim read from
    its list's heading (a line the cues alone could not place had none)."""
    return replace(verdict, kind=kind, confidence=max(verdict.confidence, HEADING_CONFIDENCE))


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
    label = text[start : text.find(":", start, end)]
    marker = _ITEM_START.match(label)
    words = label[marker.end() if marker else 0 :].strip()
    contact = _NO_FIGURE_LABEL.fullmatch(words) is not None
    return FactSection(kind, heading_year(heading), contact)
