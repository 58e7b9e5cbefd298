"""The article's own date when it is not printed: what its content tells a careful reader.

A news report names years of two sorts: the years whose results it reports ("in 2023",
"the 2024 edition", "the first half of 2024") and the years it looks ahead to ("by
2030", "vision to 2045", "the 2021-2025 period", "is expected to reach ... in 2025").
It was written no earlier than the latest reported year, so that year is its year
(the year after, for an index named for the year it measures: "PAPI 2022"). A
report with only deadlines ("before November 30, 2023") was written before the nearest
one. With neither, the date is unknown: never the day the article was read.
"""

from __future__ import annotations

import re

from briefing.extract import dates as d
from briefing.extract.alternation import word_scan
from briefing.extract.textcase import lower_whole

# "Not after a digit, slash, dot, comma or dash", tested after the year's first two
# digits (the character three back): a literal start lets re skip ahead to a "19" or
# "20" (an article's years 0.2 → 0.06 ms, CPU) where a look-behind first tries every place.
# (not a standard's edition: "ISO 27001:2013")
_YEAR = re.compile(r"(?:19|20)(?<![\d/.,:-]..)\d{2}(?![\d%])")
# A month, and a month's day, named before a year: "July 2025", "July 1, 2025".
_MONTH_BEFORE = d.MONTH_WORD + r"\s+"
_DAY_BEFORE = r"\d{1,2}(?:st|nd|rd|th)?,?\s+"
# Words just before a year that make it a horizon, not a reported year. A rule starts on a
# day ("from July 1, 2025"); "from August 2023 until the end of 2025" is a programme's
# period, its start often the article's own year. "before the July 2025 switch" is ahead;
# "before November 30, 2023" is a task's date, most often in the article's own year.
_AHEAD = re.compile(
    r"(?:\b(?:by|to|until|till|towards?|through|vision|orientation|beyond|before|"
    r"(?:vision|orientation)\s+(?:for|to|until|towards?)|"
    r"(?:before|by)\s+the\s+end\s+of)\s+(?:the\s+(?:year\s+)?)?"
    rf"|[-–—]\s*|\bfrom\s+(?:{_MONTH_BEFORE}{_DAY_BEFORE})?"
    rf"|\bbefore\s+the\s+{_MONTH_BEFORE}(?:{_DAY_BEFORE})?)$",
    re.I,
)
# "reviewed 2023 and set out key directions and tasks for 2024": at a meeting held in
# December, the year to come; in the new year's first weeks, the year the article is in.
_TASKS_FOR = re.compile(
    r"\b(?:tasks|directions|priorities|orientations?|targets|goals|objectives)\s+for\s+(?:the\s+year\s+)?$",
    re.I,
)
# A due day or a quarter ahead: "by December 31, 2025", "by Q4 2026", "by the second
# quarter of 2026" (not "in the first quarter of 2024"); but "By June 30, 2024, the
# province had connected 40 databases" is the day a result was measured.
_DUE_AHEAD = re.compile(
    rf"(?:\b(?:by|until|no\s+later\s+than)\s+{_MONTH_BEFORE}{_DAY_BEFORE}"
    r"|\b(?:by|before|until)\s+(?:the\s+)?(?:q[1-4]|(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of)\s+)$",
    re.I,
)
_DONE_AFTER = re.compile(
    # (not a source's telling of it: "... by 2025, the government website has reported")
    r"\b(?:had|has|have)\s+(?:already\s+|now\s+)?(?:been\s+)?"
    r"(?!(?:reported|said|stated|announced|noted|added|cited|written)\b)(?:[a-z]+(?:ed|en|wn)|done|made|met|held|built|paid|sent)\b"
    r"|\b(?:was|were)\s+[a-z]+(?:ed|en)\b",
    re.I,
)
_RANGE_AFTER = re.compile(r"\s*(?:[-–—]|to\b|and\b)\s*(?:19|20)\d{2}", re.I)
# "From July 1, 2024 to present", "since 2023 until now": a span reported, up to the
# article's own day, so its year is behind the article, never a horizon.
# "Since its inception in October 2020, the platform has handled ...": a start, the article
# some time after it; no year the article reports.
_SINCE = re.compile(
    rf"\bsince\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){{1,2}}?in\s+)?(?:{_MONTH_BEFORE})?(?:{_DAY_BEFORE})?$",
    re.I,
)
# "4 unfinished tasks carried over from 2023": that year is over, behind the article.
_CARRIED = r"(?:transferred|carried\s+over|brought\s+forward|left\s+over)\s+from"
_CARRIED_FROM = re.compile(rf"\b{_CARRIED}\s+(?:the\s+year\s+)?$", re.I)
_TO_NOW_AFTER = re.compile(
    r"\s*,?\s*(?:to|until|till|up\s+to)\s+(?:the\s+)?(?:present|date|now|today)\b", re.I
)
_FUTURE_CUE = re.compile(
    r"\b(?:will|expected|forecasts?|forecasted|projected|projections?|aims?|targets?|goals?|"
    r"strive|plans?|planned|set\s+to|would|shall|must|effective|takes?\s+effect|"
    r"(?:is|are)\s+(?:scheduled|slated)\s+(?:to|for)|"
    r"comes?\s+into\s+force|enters?\s+into\s+force"
    # a task's own date: "to be completed in January 2026", "and complete in the first quarter"
    r"|(?<!was\s)(?<!were\s)to\s+be\s+(?:completed|finished|submitted|issued|launched|done)"
    r"|complete\s+(?:in|by|before))\b",
    re.I,
)
# A target told as met: "17/23 targets reaching and exceeding the plan", "the goals set
# were all achieved" (a year's results, not a plan).
_TARGET_MET = re.compile(
    r"\b(?:targets?|goals?|plans?)\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:all\s+)?)?"
    r"(?:reach\w*|met|achiev\w*|exceed\w*|surpass\w*|fulfill?\w*|complet\w*)"
    r"|\b(?:reach\w*|met|meet\w*|achiev\w*|exceed\w*|surpass\w*|fulfill?\w*|complet\w*)\s+"
    r"(?:and\s+(?:exceed\w*|surpass\w*)\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:targets?|goals?|plans?)\b",
    re.I,
)


def _future_told(sentence: str) -> bool:
    """Does the sentence look ahead, a target told as met aside?"""
    if not _FUTURE_CUE.search(sentence):
        return False
    return _FUTURE_CUE.search(_TARGET_MET.sub(" ", sentence)) is not None


# A task given: its year, named after it, is when the task is due ("has been tasked with
# linking every office in 2027"); a year before it is when it was given ("In March 2026,
# the department was tasked with"), which is reported.
_TASK_CUE = re.compile(
    r"\b(?:tasked\s+with|(?:assigned|instructed|directed|ordered|required|asked|requested)\s+"
    r"(?:[\w'’-]+\s+){0,8}?to)\b",
    re.I,
)
_SENTENCE_START = re.compile(r"[.!?\n](?=\s)")
_AS_OF = re.compile(
    rf"\b(?:as\s+of|up\s+to|to\s+date\s+\(|until)\s+(?:the\s+end\s+of\s+)?{d.MONTH}\s+"
    rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{d.YEAR}\b",
    re.I,
)
_DEADLINE = re.compile(
    r"\b(?:before|by|no\s+later\s+than|deadline\s+of|to\s+be\s+(?:completed|finished|done)\s+(?:in|by|before))\s+"
    rf"(?:the\s+end\s+of\s+)?{d.MONTH}\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?{d.YEAR}\b",
    re.I,
)


def as_of_day(text: str) -> tuple[str, str] | None:
    """The latest "as of September 19, 2025" the article reports at: (the day, the phrase)."""
    best: tuple[str, str] | None = None
    for m in _AS_OF.finditer(text):
        day = d.period_of(int(m["year"]), d.MONTHS[m["month"].lower().rstrip(".")], int(m["day"]))
        if day and len(day) == 10 and (best is None or day > best[0]):
            best = (day, " ".join(m.group().split()))
    return best


def _is_ahead(text: str, start: int, end: int) -> bool:
    """Is the year at ``text[start:end]`` one the article looks ahead to?"""
    before = text[max(0, start - 40) : start]
    if _TO_NOW_AFTER.match(text, end, end + 20) or _CARRIED_FROM.search(before):
        return False
    if _RANGE_AFTER.match(text, end, end + 12):
        return True
    ahead = _AHEAD.search(before)
    if ahead is not None:
        # "By the end of 2024, only 3 units had completed ...": the day a result was measured
        return not (ahead.group().lower().startswith("by") and _done_after(text, end))
    if _DUE_AHEAD.search(before):
        return not _done_after(text, end)
    if "ince " in before and _SINCE.search(before):  # "since", "Since"
        return True  # not ahead, but not a year reported either: a start
    # "is expected to grow ... from $30 billion in 2023 to $45 billion in 2025": in a
    # sentence about the future, its latest year is the horizon (the earlier ones are bases).
    begin = max(
        (m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 400), start)),
        default=max(0, start - 400),
    )
    stop = re.search(r"[.!?\n]", text[end : end + 400])
    finish = end + (stop.start() if stop else 400)
    sentence = text[begin:finish]
    if not _future_told(sentence) and not _TASK_CUE.search(text, begin, start):
        return False
    if _RESULTS_OF.search(before):
        return False  # "asked the provinces to report their results for 2024": a year gone
    will = _WILL_BEFORE.search(text, begin, start)
    if will is not None:
        # "... will implement the records in 2027, but ... before June 30, 2025"; not
        # "will be upgraded after it processed two million dossiers in 2024"
        return _DONE_CLAUSE.search(text, will.start(), start) is None
    # (a year after it names no later horizon: "... in 2025, according to the 'e-Conomy
    # SEA 2022' report" still looks ahead to 2025)
    # (nor is a year the sentence names again: "a smart city in 2030, ... 40% in 2030")
    # (but a year told ahead in its own words is no base of the later one: "Phase 1 is
    # scheduled for the fourth quarter of 2025, while Phase 2 is slated for 2028"; "from
    # $30 billion in 2023" is one)
    year = int(text[start:end])
    if not any(int(m.group()) > year for m in _YEAR.finditer(text, end, finish)):
        return True
    return _FROM.search(text, begin, start) is None and _future_told(text[begin:end])


_FROM = re.compile(r"\bfrom\b", re.I)


# A year in the clause of a "will": what is to be done then ("facilities will implement
# electronic records in 2027"), whatever years the sentence names after it.
_WILL_BEFORE = re.compile(
    r"\bwill\s+(?:[\w-]+\s+){1,12}?(?:in|by|from)\s+(?:the\s+end\s+of\s+)?$", re.I
)


# A year's results, reported after it: "their results for 2024", "the review of 2024".
_RESULTS_OF = re.compile(
    r"\b(?:results?|review|performance|achievements?|outcomes?)\s+(?:of|for|in)\s+(?:the\s+year\s+)?$",
    re.I,
)
# Something done, told after the "will" in a clause of its own: "will be upgraded after it
# processed two million dossiers in 2024" (that year's is a result).
_DONE_CLAUSE = re.compile(
    r"\b(?:after|when|as|because|since|once)\s+(?:it|they|he|she|the\s+[\w-]+|[\w-]+)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?!been\b)[a-z]{3,}ed\b",
    re.I,
)


def _done_after(text: str, end: int) -> bool:
    """Does the sentence after ``end`` tell something done ("..., the province had
    connected 40 databases"), not to be done ("will have been connected")?"""
    stop = re.search(r"[.!?\n]", text[end : end + 160])
    done = _DONE_AFTER.search(text, end, end + (stop.start() if stop else 160))
    return done is not None and not text[max(end, done.start() - 5) : done.start()].endswith(
        "will "
    )


# An index or survey named for the year it measures ("PAPI 2022", "DTI 2023") is
# published the year after: the article is of that year at the earliest.
_INDEX_NAME = re.compile(r"\b[A-Z][A-Za-z-]*[A-Z]\s$")
# ... and so is a year's ranking told announced: "announced the provincial digital
# transformation (DTI) rankings in 2023" (not "a plan to improve the ranking in 2023").
_RANKING_ANNOUNCED = re.compile(
    r"\b(?:announced|published|released|unveiled)\s+(?:the\s+)?(?:[\w()-]+\s+){0,6}?"
    r"(?:rankings?|indexes|indices)\s+(?:in|for|of)\s+$",
    re.I,
)


def _published_after(text: str, start: int) -> bool:
    """Is the year at ``start`` an index's or a ranking's, published the year after it?"""
    if _INDEX_NAME.search(text, max(0, start - 12), start) is not None:
        return True
    # (the words just before the year first: most years have no ranking before them)
    return text.endswith(("in ", "for ", "of "), 0, start) and (
        _RANKING_ANNOUNCED.search(text, max(0, start - 90), start) is not None
    )


def reported_year(text: str, *, in_december: bool = False) -> int | None:
    """The latest year whose results the article reports (horizons left out).

    A year's results told whole are told once it is over, in the year after; but a
    review held ``in_december`` (the lede's day, its year unprinted) is of its own year,
    the tasks it sets for the next ahead of it."""
    years = [
        int(m.group()) + (1 if _published_after(text, m.start()) else 0)
        for m in _YEAR.finditer(text)
        if not _is_ahead(text, *m.span())
        and not (in_december and _TASKS_FOR.search(text, max(0, m.start() - 40), m.start()))
    ]
    current = [
        int(m["year"] or m["year2"] or m["year3"])
        for m in _CURRENT_YEAR.finditer(lower_whole(text))
    ]
    if current and (not years or max(current) >= max(years)):
        return max(current)  # "the remaining months of 2025": written in 2025
    if not years:
        return None
    latest = max(years)
    return latest + 1 if not in_december and _whole_year_told(text, latest) else latest


# Words that place the article inside a year: "the remaining months of 2025", "since the
# beginning of 2025", "so far in 2025", "the rest of 2025".
_CURRENT_YEAR = word_scan(
    r"\b(?:(?:remaining|last|final|coming)\s+months\s+of|rest\s+of|so\s+far\s+in|"
    r"since\s+the\s+(?:beginning|start)\s+of|from\s+the\s+(?:beginning|start)\s+of)\s+"
    r"(?:the\s+year\s+)?(?P<year>(?:19|20)\d{2})\b"
    # "this year (2025)", "this year, ... by June 30, 2025": the year the article is in
    r"|\bthis\s+year\s*\((?P<year2>(?:19|20)\d{2})\)"
    r"|\bthis\s+year\b[^.;\n]{0,80}?\b(?:by|before|in)\s+(?:the\s+end\s+of\s+)?"
    r"(?:[A-Z][a-z]+\s+\d{1,2},?\s+)?(?P<year3>(?:19|20)\d{2})\b"
)  # ``word_scan``: the words first, on the lowercased text (0.55 → 0.25 ms an article)


# A year's results told whole ("in 2022, ... posting a year-on-year growth of 28%") are
# told once the year is over; any part of the year named ("the first half of 2022",
# "May 2022", "as of September 2022") says the article may be of that year itself.
_PART_OF_YEAR = re.compile(
    rf"(?:\b(?:half|quarter|months?|as\s+of|since|until|up\s+to|so\s+far)\b[^.;\n]{{0,30}}|{d.MONTH}\s+(?:\d{{1,2}},?\s+)?)$",
    re.I,
)
_WHOLE_YEAR = re.compile(
    rf"\b(?:year-on-year|annual|for\s+the\s+(?:whole\s+)?year|whole\s+year|last\s+year|{_CARRIED})\b",
    re.I,
)


def _whole_year_told(text: str, year: int) -> bool:
    places = [m.start() for m in _YEAR.finditer(text) if int(m.group()) == year]
    if any(_PART_OF_YEAR.search(text, max(0, at - 40), at) for at in places):
        return False
    return any(_WHOLE_YEAR.search(text, max(0, at - 200), at + 200) for at in places)


def nearest_deadline(text: str) -> tuple[int, int] | None:
    """The year and month of the nearest dated deadline ("before November 30, 2023")."""
    dues = [
        (int(m["year"]), d.MONTHS[m["month"].lower().rstrip(".")]) for m in _DEADLINE.finditer(text)
    ]
    return min(dues) if dues else None


# The day a lede says something was said or done, its year left out: "said Minister X at
# a Q&A session on November 12".
_SAID_ON = re.compile(
    rf"\bon\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?{d.MONTH}\s+"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d{2})",
    re.I,
)

_TOLD_BEFORE = re.compile(
    r"\b(?:said|says|announced|told|stated|reported|revealed|held|at\s+(?:a|an|the)\s+)", re.I
)
_LEDE = 600
"""How far into the article its lede is looked for."""


def deadline_ahead_of(text: str, nearest: tuple[int, int]) -> tuple[int, int, str, str] | None:
    """When the ``nearest`` deadline (``nearest_deadline``) is the article's only clue to its
    year ("will be eliminated by June 2025"), and its lede names the day it tells of ("on
    November 12") in a month past the deadline's: that day fell the year before, the
    deadline still ahead. (year, month, day) of that day and its words, or None."""
    said = _SAID_ON.search(text, 0, _LEDE)
    if (
        said is None
        # what was said, or held, that day: not what is to start then ("from ... on July 1")
        or not _TOLD_BEFORE.search(text, max(0, said.start() - 60), said.start())
    ):
        return None
    month = d.MONTHS[said["month"].lower().rstrip(".")]
    if month <= nearest[1]:
        return None
    return nearest[0] - 1, month, said["day"], " ".join(said.group().split())


# An opening that dates the report: "This afternoon, February 6", "On March 3, 2025".
OPENING_DAY = re.compile(
    rf"\b(?:(?:On\s+)?(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+|This\s+(?:morning|afternoon|evening)\s*,\s*|Today\s*,\s*|On\s+)"
    rf"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?{d.MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*{d.YEAR})?",
)
# A wire dateline: "Hanoi, May 17 (VNA) –", its year left to the text.
DATELINE_DAY = re.compile(
    rf"^[A-ZÀ-Ỹ][\w.À-ỹ -]{{1,30}},\s+{d.MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s*{d.YEAR})?\s*\([A-Z]{{2,6}}(?:/[A-Z]{{2,6}})?\)",
    re.M,
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d{2}(?![\d%])")
_NOT_BEFORE_YEAR = frozenset("0123456789/.,-")
MONTH_YEAR = re.compile(rf"\b{d.MONTH}\s*,?\s*{d.YEAR}\b")


def nearest_horizon(text: str) -> int | None:
    """The nearest year the article looks ahead to ("the programme to 2025 with a vision
    to 2030": 2025), the best guess at its own year when all its years are ahead of it."""
    ahead = [
        int(m.group())
        for m in _YEAR.finditer(text)
        if _AHEAD.search(text[max(0, m.start() - 40) : m.start()])
    ]
    return min(ahead) if ahead else None


def year_from_context(text: str) -> int | None:
    """The latest year the article names: a report of year N's results given in N+1 names N+1."""
    # A literal start lets the scan skip ahead (4x faster than a look-behind first).
    years = [
        int(m.group())
        for m in _YEAR_LIKE.finditer(text)
        if m.start() == 0 or text[m.start() - 1] not in _NOT_BEFORE_YEAR
    ]
    return max(years) if years else None
