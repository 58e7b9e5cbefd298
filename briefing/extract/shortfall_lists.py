"""Shortfalls listed after "such as": each item is a claim of its own.

"There are still many difficulties, such as the low rate of clinics taking card payments
or shortcomings in linking with bank software": a careful reader marks each shortcoming,
and not the clause that only announces the list (LABELLING.md, one finding per claim).
An item is cut off only where it opens with a shortfall's word, so a list of neutral
nouns ("obstacles such as cost, convenience and trust") stays one claim, and a phrase's
own "and" ("ministries, agencies and localities") never parts it.
"""

from __future__ import annotations

from briefing.extract.sentences import Span
from briefing.extract.textcase import lowercase_pattern

_LIST_OPEN = lowercase_pattern(
    r"\b(?:difficult(?:y|ies)|shortcomings?|limitations?|problems?|obstacles?|challenges?|"
    r"weakness(?:es)?|bottlenecks?|barriers?|inadequacies|shortfalls?|drawbacks?)\b"
    r"[^;:]{0,80}?,?\s+such\s+as\s+"
)
_ITEM = (
    r"(?:the\s+|a\s+)?(?:slow|sluggish|low|lack|shortages?|shortcomings?|weak|limited|poor|"
    r"insufficient|inadequate|time-consuming|outdated|incomplete|inconsistent|unclear|"
    r"overlapping|cumbersome|complicated|difficult(?:y|ies)|few|missing|unstable|fragmented|"
    r"delays?|delayed|high\s+costs?)\b"
)
_ITEM_OPENS = lowercase_pattern(_ITEM)
_NEXT_ITEM = lowercase_pattern(rf"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?={_ITEM})")


def shortfall_items(lowered: str, start: int, end: int) -> tuple[int, list[Span]] | None:
    """Where the first of two or more listed shortfalls starts in ``lowered[start:end]``
    (a clause), and the cuts between the items: (end of one, start of the next); None
    when the clause lists no shortfalls."""
    if lowered.find("such as", start, end) < 0:
        return None  # the words first: most clauses list nothing
    opened = _LIST_OPEN.search(lowered, start, end)
    if opened is None or _ITEM_OPENS.match(lowered, opened.end(), end) is None:
        return None
    cuts: list[Span] = []
    item_start = opened.end()
    for m in _NEXT_ITEM.finditer(lowered, opened.end(), end):
        if len(lowered[item_start : m.start()].split()) < 2:
            continue  # "slow and unstable connections": two words of one item
        cuts.append(m.span())
        item_start = m.end()
    return (opened.end(), cuts) if cuts else None


# A list of shortfalls announced, its items told after it between semicolons: "The survey
# found 8 barriers, including lack of information; fear of fraud; lack of equipment".
_LISTED_SHORTFALLS = (
    r"\b(?:difficult(?:y|ies)|shortcomings|limitations|problems|obstacles|challenges|"
    r"weaknesses|bottlenecks|barriers|inadequacies|shortfalls|drawbacks)\b[^;:]{0,80}?"
)
_ANNOUNCED = lowercase_pattern(
    _LISTED_SHORTFALLS
    + r"(?:,?\s+(?:including|such\s+as|namely)\s*:?|:|\s+(?:are|include|were)\s*:)\s+"
    r"(?:[\w’'-]+[\s,]+){0,10}?[\w’'-]+\W*$"
)
# ... or its head alone, the items after its colon: "Difficulties include: high costs; ..."
_ANNOUNCED_HEAD = lowercase_pattern(
    _LISTED_SHORTFALLS + r"(?:\s+(?:including|such\s+as|namely|are|include|were))?\s*$"
)
_ITEM_VERB = lowercase_pattern(
    r"\b(?:is|are|was|were|has|have|had|will|can|could|must|should|said|says|led|made)\b"
)
_MAX_ITEM_WORDS = 12


def _is_item(lowered: str, start: int, end: int) -> bool:
    """A short phrase with no verb of its own: one more item of a list."""
    words = lowered[start:end].split()
    return 0 < len(words) <= _MAX_ITEM_WORDS and _ITEM_VERB.search(lowered, start, end) is None


def told_items(lowered: str, clauses: list[Span]) -> tuple[list[Span], dict[int, list[Span]]]:
    """``clauses`` (a sentence's, cut at semicolons) with a shortfall list's items, told
    in the clauses after the one announcing it, joined to that clause; and for each clause
    so joined (by its start), the cuts between its items (end of one, start of the next)."""
    if len(clauses) < 2 or lowered.find(";", clauses[0][0], clauses[-1][1]) < 0:
        return clauses, {}  # the items are told between semicolons: most sentences have none
    joined: list[Span] = []
    cuts: dict[int, list[Span]] = {}
    listing = False  # the clause before announced a list, or was one of its items
    head_only = False  # ... and ended at the list's colon ("Difficulties include:")
    for start, end in clauses:
        if listing and joined and _is_item(lowered, start, end):
            first, last = joined[-1]
            if not head_only:  # the first item after a colon stays with its head
                cuts.setdefault(first, []).append((last, start))
            joined[-1], head_only = (first, end), False
            continue
        listing = _ANNOUNCED.search(lowered, start, end) is not None
        head_only = not listing and lowered.startswith(":", end)
        head_only = head_only and _ANNOUNCED_HEAD.search(lowered, start, end) is not None
        listing = listing or head_only
        joined.append((start, end))
    return joined, cuts
