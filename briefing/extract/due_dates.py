"""Due dates of tasks and goals as news prose writes them ("before July 5", "by the second
quarter of 2025", "by mid-2025"): the end of the period the task must be done in.

A missing year comes from the article's own date (``ref``); results are period strings of
``briefing.core.dates``.
"""

from __future__ import annotations

import re
from datetime import date

from briefing.extract.dates import (
    DATEISH,
    MONTH,
    MONTHS,
    ORDINALS,
    YEAR,
    DateMatch,
    DatePatterns,
    Found,
    find_periods,
    period_of,
    weekday_dues,
    year_for,
)
from briefing.extract.textcase import lower, lowercase_pattern

_DUE_MARK = r"(?P<mark>(?<=\s)on|(?<=\s)(?:targets|targeted|targeting)(?=\s+[a-z]+\s+\d{1,2}\s+for\b)|(?<=\d\s)to|(?<=\d,\s)to|no later than|prior to|not later than|before|by the end of|by end of|by|until|in|within|throughout|at the end of|from|(?<=deadline\s)(?:is|was)|(?<=deadline\s)of|(?<=deadline\s)for\s+[^,;.]{3,60}?\s+(?:is|was)|(?<=extended\s)(?:to|until)|(?<=postponed\s)(?:to|until)|(?<=moved\s)to|(?<=pushed\s)to)"
# "before June 30 this year": the article's year, even where the day has passed
_THIS_YEAR = r"(?P<thisyear>\s+(?:of\s+)?this\s+year)"
_OR_MONTH = MONTH.replace("?P<month>", "?P<ormonth>")
_DUE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # no later than July 1, 2025 / before March 31, 2025 / by June 30
    (
        "mdy",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?:the\s+)?{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*{YEAR}|{_THIS_YEAR})?\b",
            re.I,
        ),
    ),
    # by 30 June 2025
    (
        "dmy",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s*{YEAR}|{_THIS_YEAR})?\b",
            re.I,
        ),
    ),
    # before 31/3/2025 / by 30.6.2025
    (
        "num",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?P<day>\d{{1,2}})[/.](?P<nmonth>\d{{1,2}})[/.]{YEAR}\b", re.I
        ),
    ),
    # before 2025-06-30
    ("iso", re.compile(rf"\b{_DUE_MARK}\s+{YEAR}-(?P<nmonth>\d{{2}})-(?P<day>\d{{2}})\b", re.I)),
    # by mid-2025: the end of its first half
    ("mid", re.compile(rf"\b{_DUE_MARK}\s+(?:the\s+)?mid(?:dle)?(?:-|\s+of\s+){YEAR}\b", re.I)),
    # in early 2027 (its first half), in late 2027 (the year)
    (
        "early",
        re.compile(rf"\b{_DUE_MARK}\s+(?P<part>early|late)(?:-|\s+)(?:in\s+)?{YEAR}\b", re.I),
    ),
    # by the second quarter of 2025 / in Q2 2025
    (
        "quarter",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?:the\s+(?:end\s+of\s+the\s+)?)?(?:(?:first|second|third)\s+and\s+)?"
            r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarters?"
            rf"(?:\s+of\s+(?P<rel>this|next)\s+year|(?:\s+of)?\s*{YEAR})?",
            re.I,
        ),
    ),
    ("q", re.compile(rf"\b{_DUE_MARK}\s+Q(?P<qn>[1-4])[\s/-]*{YEAR}\b", re.I)),
    # first half of 2025
    (
        "half",
        re.compile(
            rf"\b{_DUE_MARK}\s+the\s+(?:end\s+of\s+the\s+)?(?P<h>first|second)\s+half(?:\s+of)?\s*{YEAR}?",
            re.I,
        ),
    ),
    # by the end of June 2025 / in February 2025 / before July 2024 / in May 2025
    (
        "my",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?P<endof>the\s+end\s+of\s+|end-)?(?:this\s+)?(?:(?:early|mid|late)[-\s]+)?{MONTH}"
            # "in November or December of this year": done by the later
            rf"(?:\s+or\s+{_OR_MONTH})?(?:,?\s*{YEAR}|{_THIS_YEAR})?\b(?!\s*\d)",
            re.I,
        ),
    ),
    # by the end of 2025 / in 2025 / by 2030
    (
        "y",
        re.compile(
            # "by 2025", "by the end of 2025", "by end-2025" ("by 2025-end" reads as "by 2025"),
            # "by the year 2025"
            rf"\b{_DUE_MARK}\s+(?P<endof>the\s+end\s+of\s+|end-)?(?:the\s+year\s+)?{YEAR}\b(?!\s*[-–/]\s*\d)",
            re.I,
        ),
    ),
    # "in the 2028 edition of the survey": a ranking's year
    (
        "y",
        re.compile(
            rf"\b(?P<mark>in)\s+the\s+{YEAR}\s+(?:edition|survey|index|ranking|rankings|assessment)\b",
            re.I,
        ),
    ),
    # "projections for 2024", "the target for 2025": a goal named with its year
    (
        "y",
        re.compile(
            rf"\b(?:projections?|forecasts?|targets?|goals?|objectives?|tasks|priorities)\s+(?P<mark>for)\s+{YEAR}\b(?!\s*[-–/]\s*\d)",
            re.I,
        ),
    ),
    # "in the final four months of 2025": the year's end
    (
        "y",
        re.compile(
            rf"\b(?P<mark>in|during|over|within)\s+the\s+(?:final|last|remaining)\s+(?:[\w-]+\s+)?"
            rf"(?:months|weeks|quarter|days)\s+of\s+{YEAR}\b",
            re.I,
        ),
    ),
    # by the end of this decade: its last year
    ("decade", re.compile(r"\b(?P<mark>by\s+)?the\s+end\s+of\s+(?:this|the)\s+decade\b", re.I)),
    # this year / the last months of the year / by the end of the year
    (
        "this",
        re.compile(
            r"\b(?P<mark>in\s+|by\s+|before\s+)?(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|last\s+months\s+of\s+the\s+year|remaining\s+months\s+of\s+the\s+year|this\s+year|(?<=within\s)the\s+year|"
            r"(?<=by\s)(?:the\s+)?year[-\s]end|(?<=before\s)(?:the\s+)?year[-\s]end)\b",
            re.I,
        ),
    ),
    # by the end of this month: the article's month
    (
        "month",
        re.compile(
            r"\b(?P<mark>in\s+|by\s+|before\s+|from\s+|starting(?:\s+from)?\s+|beginning\s+)?(?:the\s+end\s+of\s+)?this\s+month\b",
            re.I,
        ),
    ),
    # next month / by the end of next month: the month after the article's
    (
        "nextmonth",
        re.compile(
            r"\b(?P<mark>in\s+|by\s+|before\s+|from\s+|starting(?:\s+from)?\s+|beginning\s+)?(?:the\s+end\s+of\s+)?next\s+month\b",
            re.I,
        ),
    ),
    # in the last six months of 2025 / the remaining months of 2025: that year
    (
        "y",
        re.compile(
            rf"\b{_DUE_MARK}\s+the\s+(?:last|remaining|final|coming)\s+(?:six\s+|6\s+|few\s+)?months\s+of\s+{YEAR}\b",
            re.I,
        ),
    ),
    # next year / by the end of next year: the year after the article's
    (
        "next",
        re.compile(
            r"\b(?P<mark>in\s+|by\s+|before\s+|from\s+|starting(?:\s+from)?\s+|beginning\s+)?(?:the\s+end\s+of\s+)?next\s+year\b",
            re.I,
        ),
    ),
]


_BEGAN = re.compile(
    r"(?:\b(?:took|takes?|taking|came|comes?|coming|entered|enters?)\s+(?:into\s+)?(?:effect|force)"
    r"|\b(?:was|were|been)\s+(?:issued|signed|approved|adopted|passed|promulgated|enacted)"
    # a document's day told after it: "The plan ..., issued in early April, sets ..."
    r"|,\s+(?:issued|signed|approved|adopted|promulgated)(?:\s+in)?(?:\s+(?:early|mid|late))?)\s*$"
)


# "In May 2020, the Prime Minister signed off a master plan ...": the day of a deed done.
_DEED_DONE_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:(?!(?:will|would|must|shall|should|to|be|been|have|has|is|are|can|could|may)\b)"
    r"[\w'’-]+\s+){0,6}?(?:signed|approved|issued|adopted|promulgated|enacted)\b"
)


def find_dues(text: str, start: int, end: int, ref: date) -> list[Found]:
    """Due-date expressions in ``text[start:end]``, the most precise reading at each place."""
    offset, text = start, lower(text[start:end])
    if not DATEISH.search(text):
        return []
    found: list[Found] = []
    for kind, m in _DUES.scan(text):
        if kind not in ("mdy", "dmy", "num", "iso") and _SPAN_TO.match(text, max(0, m.start() - 2)):
            continue  # "from 2021 to 2025", "from May to July": a programme's span, as "2021-2025" is
        at_end = kind == "my" and bool(_IN_MAY_AT_END.match(text, m.start()))
        period = _due_period(kind, m, ref, verb_ruled_out=at_end)
        if period is None:
            continue
        # "dated December 22, 2024" names a document, "took effect in December 2024" or
        # "was signed in May" when it began: context, not a due date.
        before = text[max(0, m.start() - 30) : m.start()]
        if (
            "dated" in before[-8:]
            or _BEGAN.search(before)
            or (m.start() <= 4 and _DEED_DONE_AFTER.match(text, m.end()))
            or _MEASURED_OVER.search(text, max(0, m.start() - 100), m.start())
        ):
            continue
        found.append(Found(period, m.start() + offset, m.end() + offset))
    return _on_the_day(text, offset, found)


_ON = lowercase_pattern(r"on\s")
# what is to be done, and when: "will launch", "is scheduled to be launched on April 1"
# (or is required: "it is necessary to ... complete the account opening on July 21")
_WILL = lowercase_pattern(
    r"\b(?:will|would|(?:is|are)\s+(?:scheduled|set|due|slated|planned|necessary|required)\s+to|"
    r"must|needs?\s+to)\b"
)
_ORDERED = lowercase_pattern(r"\b(?:tasked|assigned|asked|requested|instructed|directed|ordered)\b")


def _on_the_day(text: str, offset: int, found: list[Found]) -> list[Found]:
    """``found`` with a day told with "on" kept only as what a deed to come is due on ("will
    launch the app on April 15"), and only when nothing else in the clause is a due date:
    "at the conference on March 5, the city asked ... by June 30" is due June 30."""
    dated = [f for f in found if not _ON.match(text, f.start - offset)]
    if dated or not found:
        return dated
    return [f for f in found if _will_do_on(text, f.start - offset)]


def _will_do_on(text: str, at: int) -> bool:
    """Is the day at ``at`` the one a "will" before it in the same clause is done on? Not
    after a comma or a speaker's verb: "X will lead, the minister said at a meeting on
    November 22" is the day of the speech."""
    will = max(_WILL.finditer(text, 0, at), key=lambda m: m.start(), default=None)
    ordered = will is None  # an order's day: "has tasked the minister with ... on August 19"
    if ordered:
        will = max(_ORDERED.finditer(text, 0, at), key=lambda m: m.start(), default=None)
    if will is None:
        return False
    between = text[will.end() : at]
    if "," in between or _SPEECH.search(between) or _AT_EVENT.search(between):
        return False  # "will propose solutions at the forum on March 20": the forum's day
    # an order's day is the task's only once the task is told ("asked the department on
    # March 5 to speed up ..." is the day it was asked)
    return not ordered or _TASK_TOLD.search(between) is not None


_SPEECH = lowercase_pattern(r"\b(?:said|says|told|stated|announced|noted)\b")
_AT_EVENT = lowercase_pattern(
    r"\bat\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:forum|conference|meeting|seminar|workshop|"
    r"session|event|ceremony|summit)\b"
)
_TASK_TOLD = lowercase_pattern(r"\bto\s+[a-z]+\b|\bwith\s+[a-z]+ing\b")


# "reviewing the work in the first nine months of this year": the period a result or a
# review covers, not a due date ("in the remaining months of this year" still is one).
_MEASURED_OVER = re.compile(
    r"\b(?:review\w*|results?|reported|report)\b[^.;]{0,60}?\b(?:first|past|previous)\s+(?:\w+\s+)?"
    r"(?:months|quarters|weeks)\s+of\s+(?:the\s+)?$"
)
_SPAN_TO = re.compile(r"\d,?\s(?:to|until|till)\b")
_IN_MAY_AT_END = lowercase_pattern(r"in\s+may\s*(?:[.,;:)]|$)")


def _due_period(kind: str, m: DateMatch, ref: date, *, verb_ruled_out: bool = False) -> str | None:
    mark = (m.group("mark") or "").strip().lower()
    year_text = m["year"]
    if kind in ("mdy", "dmy", "num", "iso"):
        numeric = kind in ("num", "iso")
        month = int(m.group("nmonth")) if numeric else MONTHS[m.group("month").lower()]
        day = int(m.group("day"))
        year = int(year_text) if year_text else year_for(month, day, ref)
        if m["thisyear"]:
            year = ref.year
        if mark == "from":
            return None  # "From July 1, 2025, the police will issue ...": when it starts
        return period_of(year, month, day)
    if kind in ("quarter", "q", "half") and mark == "from":
        return None  # "rolled out from the third quarter": when it starts, not a due date
    if kind == "quarter" or kind == "q":
        q = int(m.group("qn")) if kind == "q" else ORDINALS[m.group("q").lower()]
        year = int(year_text) if year_text else ref.year
        if kind == "quarter" and m["rel"] == "next":
            year += 1
        return f"{year}-Q{q}"
    if kind == "half":
        year = int(year_text) if year_text else ref.year
        return f"{year}-06" if m.group("h").lower() == "first" else f"{year}"
    if kind == "my":
        if mark == "from":
            return None
        month = MONTHS[str(m["ormonth"] or m["month"]).lower()]
        # "May" is also a verb ("results in may help"): without a year, "in May" counts
        # only where the clause ends at it (``find_dues``).
        if (
            m.group("month").lower() == "may"
            and not year_text
            and mark in ("", "in")
            and not verb_ruled_out
        ):
            return None
        year = int(year_text) if year_text else year_for(month, None, ref)
        if m["thisyear"]:
            year = ref.year
        if mark == "before" and not m["endof"]:  # before July 2024: done by the end of June
            month -= 1
            if month == 0:
                year, month = year - 1, 12
        return period_of(year, month)
    if kind == "y":
        if mark == "from":
            return None
        year = int(year_text)  # type: ignore[arg-type]
        # before 2026: done by the end of 2025; before the end of 2025: in 2025
        return str(year - 1) if mark == "before" and not m["endof"] else str(year)
    if kind in ("month", "nextmonth", "next") and mark.startswith(
        ("from", "starting", "beginning")
    ):
        return None  # "from next month it will serve every commune": when it starts
    if kind == "this":
        return str(ref.year)
    if kind == "month":
        return f"{ref.year}-{ref.month:02d}"
    if kind == "nextmonth":
        return f"{ref.year + 1}-01" if ref.month == 12 else f"{ref.year}-{ref.month + 1:02d}"
    if kind == "next":
        return str(ref.year + 1)
    if kind == "decade":
        return str(ref.year // 10 * 10 + 10 if ref.year % 10 else ref.year)
    if kind == "early":
        if mark == "from":
            return None
        return f"{year_text}-06" if m.group("part").lower() == "early" else str(year_text)
    if kind == "mid":
        return None if mark == "from" else f"{year_text}-06"
    return None


_DUES = DatePatterns(_DUE_PATTERNS)


# "In the same year, at least 90% of adults are to ...": the period of the goal before.
_SAME_PERIOD = lowercase_pattern(
    r"\b(?:in|by)\s+(?:the\s+same\s+(?:year|period|time)|that\s+year)\b|\bby\s+then\b"
    r"|\b(?:that|this)\s+is\s+also\s+when\b|\bby\s+that\s+time\b"
)


def listed_dues(text: str, start: int, end: int, ref: date) -> list[Found]:
    """The due dates of a line of a key-figures list of tasks: the value after the label's
    colon is one even without a "by" ("- ...: third quarter of 2026")."""
    dues = find_dues(text, start, end, ref)
    colon = text.find(":", start, end)
    if dues or colon < 0:
        return dues
    # A bare date ("June 30, 2025", "30/9/2025") read as if "by" came first; only its
    # period is used, not its place.
    value = text[colon + 1 : end].strip()
    return find_periods(text, colon + 1, end, ref) or find_dues(
        "by " + value, 0, len(value) + 3, ref
    )


def says_same_period(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` date itself by the period said before it?"""
    return _SAME_PERIOD.search(lower(text[start:end])) is not None


_BY_YEAR_OPENING = re.compile(
    # (after a goal's lead: "The goal is that by 2025, ...; ...")
    r"^\W*(?:the\s+(?:[\w-]+\s+){0,3}?(?:goals?|targets?|objectives?)\s+(?:is|are)\s+(?:that\s+)?)?"
    r"(?:by|until|towards?)\s+(?:the\s+end\s+of\s+)?(20\d\d)\s*,",
    re.I,
)


def opening_year(sentence: str) -> str | None:
    """The year a sentence opens with as its goals' date ("By 2030, ...; ..."): the due of
    every goal of the sentence that names none of its own."""
    m = _BY_YEAR_OPENING.match(sentence)
    return m[1] if m else None


def dues_of(
    text: str, start: int, end: int, ref: date, *, listed: bool, published: str | None
) -> list[Found]:
    """The dues of a clause: a task list's line's (``listed``) or a sentence's, else its
    weekday's when the article is dated to the day."""
    dues = listed_dues(text, start, end, ref) if listed else find_dues(text, start, end, ref)
    return dues or weekday_dues(text, start, end, published)
