"""What the clause rules' findings become once an article's lines are read.

A task list's "Completion time: ..." line dates the task above it; a breakdown told on
("It was followed by ...") is the result before it; a result keeps only
the figures it reports (not the target it is compared with); a claim told twice is
one finding.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from briefing.core.model import Kind
from briefing.extract.due_dates import find_dues
from briefing.extract.extracted import Extracted
from briefing.extract.figures import Figure
from briefing.extract.naming import NamedMetric
from briefing.extract.textcase import has_digit
from briefing.extract.topic_words import TopicWords

TASKS = (Kind.TARGET, Kind.DEADLINE, Kind.DIRECTIVE)
"""The kinds that set work to do (a clause after one may continue it)."""


# A task list's own line for the time a task is due: "Completion time: before June 30".
_TIME_LINE = re.compile(
    r"\s*(?:[-•*+]\s*)?(?:completion\s+time|time\s+(?:limit|frame|for\s+completion)|deadline|"
    r"implementation\s+time|timeline|due(?:\s+date)?|to\s+be\s+completed)\s*:\s*\S"
    # a task's date told as a sentence of its own after it: "... paper copies. Complete in
    # August 2025."
    r"|\s*(?:to\s+be\s+)?(?:complete[ds]?|completing)\s+(?:in|by|before|no\s+later\s+than)\s+[^.;]{3,30}[.;]?\s*$",
    re.I,
)


def is_time_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` only a task's date ("Completion time: ...", "Complete in
    August 2025.")?"""
    return _TIME_LINE.match(text, start, end) is not None


def timed_task(
    text: str, start: int, end: int, found: list[Extracted], ref: date
) -> Extracted | None:
    """The task just before a "Completion time: DATE" line, due then, its quote reaching
    over the line; None when the line is not one or no undated task precedes it."""
    if not _TIME_LINE.match(text, start, end) or not found:
        return None
    task = found[-1]
    if task.kind not in TASKS or task.due is not None or text.count("\n", task.end, start) > 2:
        return None
    dues = find_dues(text, start, end, ref)
    if not dues:
        return None
    due = dues[-1].period
    kind = Kind.TARGET if task.kind is Kind.TARGET and task.metrics else Kind.DEADLINE
    return replace(task, kind=kind, due=due, end=end, quote=text[task.start : end])


# A breakdown told on in the next sentence: "IT services accounted for about 30%. It was
# followed by e-commerce (14.3%) and hardware (12.8%)." The parts of one total are one
# claim (LABELLING.md), the first sentence's.
_FOLLOWED_BY = re.compile(
    r"\s*(?:(?:it|this|they|these|that)\s+(?:was|were|is|are)\s+(?:then\s+)?followed\s+by|"
    r"(?:next|then)\s+(?:came|come|comes|were|was)|followed\s+by"
    # the total's parts: "Of which, level 1 accounts reached 400,000; level 2, 12.1 million"
    # "Of the figure, the data of 21.3 million borrowers was verified"
    r"|(?:of\s+(?:which|these|them|th(?:e|is|at)\s+(?:figure|number|total))|among\s+(?:them|these))\s*,?\s+(?=[^.;]*\d)"
    # the result's change against before: "This is a reduction of 14 working days compared
    # to the usual time", "That was an increase of 12% over 2023"
    r"|(?:this|that|it)\s+(?:is|was|represents|represented|marks|marked)\s+an?\s+(?:[\w-]+\s+)?"
    r"(?:reduction|increase|rise|decrease|drop|fall|cut|saving|improvement|jump|growth)\s+of\s+(?=[^.;]*\d)"
    r"(?![^.;]*,\s+(?:and|while|but|whereas)\s))\b",
    re.I,
)


def goes_on_with(text: str, start: int, end: int, found: list[Extracted]) -> bool:
    """Does the sentence ``text[start:end]`` open as the breakdown of the result just
    before it ("It was followed by ...", "Of these, ...")?"""
    if not found or not _FOLLOWED_BY.match(text, start, end) or not has_digit(text[start:end]):
        # "It was followed by the Ministry of Planning.": who came next in a ranking, with
        # no share of a total, is a place of its own
        return False
    result = found[-1]
    return result.kind is Kind.ACHIEVEMENT and not text[result.end : start].strip()


def with_breakdown(told: list[Extracted], text: str, end: int) -> list[Extracted]:
    """``told``: a result and the claims read in the sentence after it, its breakdown. The
    result alone, its quote reaching over that sentence (to ``end``), when every claim read
    there is a result too; else ``told`` as it is (a shortfall told in it is a claim of its
    own: "Of these, 83 were on time, and 12 are behind schedule")."""
    if any(part.kind is not Kind.ACHIEVEMENT for part in told):
        return told
    return [replace(told[0], end=end, quote=text[told[0].start : end].rstrip())]


# "surpassing the target of 40 million": the level aimed at, named beside a result.
_TARGET_BEFORE = re.compile(
    r"\b(?:target(?:ed)?|goal|plan(?:ned)?|objective|aim)(?:\s+(?:set|of|for|is|was))*\s*(?:of\s+)?$",
    re.I,
)


def reported_only(
    text: str, figures: list[Figure], metrics: list[NamedMetric]
) -> list[NamedMetric]:
    """A result's metrics without the target figures it is compared with: a target's
    level never enters the series of reported values."""
    aimed: set[float] = set()
    reported: set[float] = set()
    for f in figures:
        target = _TARGET_BEFORE.search(text, max(0, f.start - 30), f.start)
        (aimed if target else reported).add(f.value)
    if not aimed:
        return metrics
    return [m for m in metrics if m.value not in aimed - reported]


def telling(figures: list[Figure]) -> tuple[tuple[float, str], ...] | None:
    """The figures that identify a claim: None when they are only round levels
    ("100%", "80%") that many different goals share. A count is known by what it counts
    too: "7 departments" and "the remaining 7 districts" are two claims."""
    values = tuple(
        sorted(
            (f.value, f"{f.unit} {f.noun.split()[0]}" if f.unit == "count" and f.noun else f.unit)
            for f in figures
        )
    )
    if not values or all(_round_level(v, unit) for v, unit in values):
        return None
    return values


def _round_level(value: float, unit: str) -> bool:
    """A level many claims share ("100%", "80%", "500 communes", a threshold of "VND 500
    million"), not a count as telling as "659,000 incidents" (two digits or more of its own)."""
    if value % 10:
        return False
    return not unit.startswith("count") or _own_digits(value) < 2


def _own_digits(value: float) -> int:
    """How many digits a whole count has before its trailing zeros (659,000 → 3)."""
    return len(f"{value:.0f}".rstrip("0"))


def _bare(telling: tuple[tuple[float, str], ...]) -> tuple[tuple[float, str], ...]:
    """The figures without what they count: a count told again may leave its noun out
    ("exceeding 659,000 incidents", then "exceeds 659,000")."""
    return tuple((value, unit.split()[0] if unit else unit) for value, unit in telling)


def without_repeats(found: list[Extracted]) -> list[Extracted]:
    """A claim told in the lede and again in the body is one finding: a later finding of
    the same kind whose figures are exactly an earlier one's is left out, as is one whose
    counts are the same but for a noun one of the two leaves out."""
    seen: set[tuple[Kind, tuple[tuple[float, str], ...]]] = set()
    # the bare figures of each kind, and whether some telling of them named no noun
    bare_seen: dict[tuple[Kind, tuple[tuple[float, str], ...]], bool] = {}
    # the distinctive counts told so far, by kind and value: what each counted
    counted: dict[tuple[Kind, float], set[str]] = {}
    kept: list[Extracted] = []
    for item in found:
        telling = item.telling
        if telling is not None:
            bare = (item.kind, _bare(telling))
            nounless = telling == bare[1]
            distinct = [(v, unit) for v, unit in telling if _distinct_count(v, unit)]
            if (
                (item.kind, telling) in seen
                or (bare in bare_seen and (nounless or bare_seen[bare]))
                or (_counts_only(telling) and _told_before(item.kind, distinct, counted))
            ):
                continue
            seen.add((item.kind, telling))
            bare_seen[bare] = bare_seen.get(bare, False) or nounless
            for value, unit in distinct:
                counted.setdefault((item.kind, value), set()).add(unit)
        kept.append(item)
    return kept


def _told_before(
    kind: Kind, distinct: list[tuple[float, str]], counted: dict[tuple[Kind, float], set[str]]
) -> bool:
    """Was one of these distinctive counts told before, of the same thing (or of a thing
    one of the two leaves unnamed)? "120,300 cards" and "120,300 accounts" are two."""
    for value, unit in distinct:
        units = counted.get((kind, value), set())
        if unit in units or (units and (unit == "count" or "count" in units)):
            return True
    return False


def _distinct_count(value: float, unit: str) -> bool:
    """A count no other claim of the article would share: "4,639 incidents"."""
    return unit.startswith("count") and value >= 1000 and _own_digits(value) >= 3


def _counts_only(telling: tuple[tuple[float, str], ...]) -> bool:
    """Figures that are all counts: a distinctive count told again against another base
    ("4,639, lower than the 5,463") adds nothing; with a share ("1.21 million accounts,
    equal to 87% of residents") it tells more, and stays."""
    return all(unit.startswith("count") for _, unit in telling)


def with_article_topic(kept: list[Extracted], text: str, words: TopicWords) -> list[Extracted]:
    """``kept``, each finding that names no topic filed under the article's."""
    if all(item.topics for item in kept):
        return kept
    topic = words.article_topic(text, [i.topics for i in kept if i.topics])
    return [item if item.topics else replace(item, topics=(topic,)) for item in kept]
