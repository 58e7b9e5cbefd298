"""A plan's roadmap told by its phases: "Phase 1 (Now - 2025): The construction of National
Data Center No. 1 ...", "Stage 2 (2026-2028): expanding the network". What follows a
phase's heading is a task due at the end of its span (LABELLING.md: a task tied to a
period is a deadline, due at the period's end), whether or not it has a verb of its own.
"""

from __future__ import annotations

from briefing.core.model import Kind
from briefing.extract.textcase import lower, lowercase_pattern

_PHASE_HEAD = lowercase_pattern(
    r"(?:phase|stage|period|step)\s+(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five)\s*"
    r"\(\s*(?:now|today|(?:19|20)\d\d)\s*(?:[-–—]|to)\s*(?P<end>(?:19|20)\d\d)\s*\)\s*:\s*$"
)


def phase_due(
    text: str, sentence_start: int, start: int, kind: Kind | None, ruled_out: bool
) -> str | None:
    """The year a phase's heading before the clause at ``start`` ends its span in ("Phase
    1 (Now - 2025): " → "2025"), when the clause is a task of it: not a result or a
    shortfall told under it, nor a clause ruled out; None when no phase heads it."""
    if start <= sentence_start or ruled_out or kind in (Kind.ACHIEVEMENT, Kind.LIMITATION):
        return None
    head = text[sentence_start:start]
    if not head.rstrip().endswith(":"):
        return None  # most clauses: no heading's colon before them
    m = _PHASE_HEAD.match(lower(head))
    return m["end"] if m else None
