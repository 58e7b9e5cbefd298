"""Results listed after their heading: "The projects have achieved four major results:
basically completing the data centre, completing the granting of ID numbers, and
successfully connecting the database". Each item is a result of its own (LABELLING.md,
one finding per claim), told as a deed in the gerund with no figure of its own; read
alone, none would say it was done.
"""

from __future__ import annotations

from briefing.extract.sentences import GERUND, RUN_ITEM, Span, opens_run
from briefing.extract.textcase import lowercase_pattern

RESULTS_NAMED = lowercase_pattern(
    r"\b(?:achieved|recorded|attained|made|yielded|brought|obtained)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:results|achievements|outcomes|successes)\s*:\s*$"
)
"""A heading that names results to follow, its colon last (matched on lowercased text)."""
_ITEM_OPENS = lowercase_pattern(r"\s*" + GERUND)
_NEXT_ITEM = lowercase_pattern(rf"(?:,\s+(?:and\s+)?|;\s+(?:and\s+)?)(?={GERUND})")
_NEXT_RUN_ITEM = lowercase_pattern(rf";\s+(?:and\s+)?(?={RUN_ITEM})")


def result_items(lowered: str, start: int, end: int) -> list[Span]:
    """The cuts between a results heading's listed deeds in ``lowered[start:end]`` (the
    clause after the heading's colon), or between the items of a run (deeds told done,
    levels a goal sets): (end of one, start of the next); none unless the clause follows
    such a heading and opens with a deed, or opens such a run."""
    if not RESULTS_NAMED.search(lowered, max(0, start - 120), start):
        if not opens_run(lowered, start, end):
            return []
        return [m.span() for m in _NEXT_RUN_ITEM.finditer(lowered, start, end)]
    if _ITEM_OPENS.match(lowered, start, end) is None:
        return []
    return [m.span() for m in _NEXT_ITEM.finditer(lowered, start, end)]
