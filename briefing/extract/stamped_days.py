"""The day a page stamps on itself, apart from what its words say: an update line or a
time stamp near the top, a dateline of the day alone among the first lines, and the
month its address files it under."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from briefing.extract import dates as d
from briefing.extract.cleaning import lines_of

_UPDATE_LINE = re.compile(
    r"^\s*(?:(?:last\s+)?updated?|posted|published|date)(?:\s+(?:on|at))?\s*:?\s*"
    r"(?:\d{1,2}:\d{2}(?:\s*[ap]m)?\s*(?:,|on|\|)?\s*)?"  # "Updated: 10:30, 17/05/2025", "Update: 17:45 | 25/10/2021"
    r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>(?:19|20)\d{2})\b",
    re.I | re.M,
)
# A time and a day on a line of their own: "14:05 | 13/03/2025", "10:01:41 AM | 3/5/2024".
_TIME_DAY_LINE = re.compile(
    r"^\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m)?\s*[|,-]?\s*"
    r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>(?:19|20)\d{2})\s*$",
    re.I | re.M,
)
# A day and a time on a line of their own, the day first: "15/01/2026 10:20".
_DAY_TIME_LINE = re.compile(
    r"^[ \t]*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>(?:19|20)\d{2})"
    r"(?:[ \t]*[-|,]?[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?:am|pm|gmt[+0-9:]*|\(gmt[+0-9:]*\)))?"
    # a portal's count of views after its time stamp: "13/07/2022 16:16    133"
    r"(?:[ \t]+\d{1,7}(?:[ \t]+views?)?)?)?[ \t]*$",
    re.I | re.M,
)
DAY_AND_PLACE = (
    r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>(?:19|20)\d{2})\s*"
    r"\((?:[A-ZÀ-Ỹ][A-ZÀ-Ỹ .-]{1,24})\)\s*[-–—]?\s*"
)
"""A wire's dateline of the day, its place after it: "19-6-2023 (HANOI) "."""
# ... opening the lead: "19-6-2023 (HANOI) Vietnamese consumers ...".
_DAY_DATELINE = re.compile(rf"^\s*{DAY_AND_PLACE}(?=[A-Z])", re.M)
# A Vietnamese portal's dateline: "Thứ 5, Ngày 21/03/2024, 09:00" (weekday, day, time).
_VI_DAY_LINE = re.compile(
    r"^\s*(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*(?:ngày\s+)?"
    r"(?P<day>\d{1,2})[-/.](?P<month>\d{1,2})[-/.](?P<year>(?:19|20)\d{2})\b",
    re.I | re.M,
)
# A headline that carries its own time stamp: "Hanoi discusses progress (21:23 01/03/2023)",
# "(21h23, 01-03-2023)", "(01/03/2023 - 21:23)". The time tells it from a document's date
# in brackets ("Decision 06 (06/01/2022)").
_TIME = r"\d{1,2}[:h]\d{2}"
_DMY = r"(?P<day>\d{1,2})[/-](?P<month>\d{1,2})[/-](?P<year>(?:19|20)\d{2})"
_HEADLINE_STAMP = (
    rf"[ \t]*(?P<stamp>\((?=[^)\n]*\d[:h]\d{{2}})(?:{_TIME}[ \t]*[,-]?[ \t]*)?"
    rf"{_DMY}(?:[ \t]*[,-]?[ \t]*{_TIME})?\))[ \t]*$"
)
_HEADLINE_STAMP_LINE = re.compile(r"^[ \t]*\S+(?:[ \t]+\S+){2,}?" + _HEADLINE_STAMP)
_STAMP_AT_END = re.compile(_HEADLINE_STAMP)
_TOP_LINES = 6
"""How many lines with words a dateline stands among: the top, not the body's own dates."""
_TOP_CHARS = 4000
"""Where those lines are looked for: the top of the article."""
# A page's own time stamp on a line of its own: "2025-05-17T08:15:00+07:00".
_ISO_STAMP = re.compile(
    r"^\s*(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?:T\d{2}:\d{2}[\d:.+Z-]*)?\s*$",
    re.M,
)


def update_line(text: str) -> tuple[str, str] | None:
    """A printed "Update: 13-12-2024 | 10:29" line (or a bare time stamp) near the top:
    (the day, as printed)."""
    top = text[:3000]
    m = (
        _UPDATE_LINE.search(top)
        or _ISO_STAMP.search(top)
        or _TIME_DAY_LINE.search(top)
        or _DAY_DATELINE.search(top)
        or _VI_DAY_LINE.search(top)
        or _HEADLINE_STAMP_LINE.match(_top_lines(top).split("\n", 1)[0])
    )
    if m is None:
        return None
    day = d.period_of(int(m["year"]), int(m["month"]), int(m["day"]))
    printed = m["stamp"] if "stamp" in m.re.groupindex else m.group()
    return (day, printed.strip()) if day and len(day) == 10 else None


def without_stamp(line: str) -> str:
    """``line`` without a headline's own time stamp at its end (it dates the article)."""
    return _STAMP_AT_END.sub("", line)


def stamped_headline(line: str) -> bool:
    """A headline with its own time stamp at its end (no byline: its words are the title)."""
    return _HEADLINE_STAMP_LINE.fullmatch(line.strip()) is not None


def _top_lines(text: str) -> str:
    """The first lines with words: where a page stamps its day, not the body's own dates."""
    lines = [line for line in text[:_TOP_CHARS].split("\n") if line.strip()]
    return "\n".join(lines[:_TOP_LINES])


def day_line(text: str) -> re.Match[str] | None:
    """A dateline of the day alone among the first lines ("15/01/2026 10:20", a portal's
    way), not a date of the body's own ("Decision 06 took effect on" / "06/01/2022")."""
    return _DAY_TIME_LINE.search(_top_lines(text))


# Sites file articles under the month or day they went up: ".../2024/02/...",
# ".../202402/...", ".../2024-02-17-title". The path's own segments, never its query.
_URL_MONTH = re.compile(
    r"/(?P<year>20\d{2})(?:/|-)?(?P<month>0[1-9]|1[0-2])(?:(?:/|-)?(?P<day>0[1-9]|[12]\d|3[01]))?(?=[/-]|$)"
)


def url_month(url: str | None) -> tuple[str, str] | None:
    """The month (or day) an article's address files it under: (the period, as written)."""
    if not url:
        return None
    path = urlparse(url).path
    m = _URL_MONTH.search(path)
    if m is None:
        return None
    period = f"{m['year']}-{m['month']}" + (f"-{m['day']}" if m["day"] else "")
    if m["day"] and len(d.period_of(int(m["year"]), int(m["month"]), int(m["day"])) or "") != 10:
        period = period[:7]
    return period, m.group().strip("/-")


# A day in words: "March 2, 2025", "Friday, 03 Aug 2018", "13 Mar 2025" (a month's name
# whole or short).
_MONTH_NAME = "|".join(sorted(d.MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_WORDED_DAY = (
    rf"{_WEEKDAY}(?:{d.MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAME})\s+(?P<year2>(?:19|20)\d{{2}}))"
)
DATE_WORDS_LINE = re.compile(
    rf"^\s*(?P<label>(?:published|posted|(?:last\s+)?updated|date)(?:\s+(?:on|at))?\s*:?\s*)?{_WORDED_DAY}"
    r"(?:[\s,|-]+\d{1,2}:\d{2}(?:\s*(?:AM|PM|am|pm))?(?:\s*(?:GMT|ICT)[+\d:]*)?)?\s*$",
    re.I | re.M,
)
_DATE_IN_LINE = re.compile(_WORDED_DAY, re.I)
HEAD = 4000
"""How far down a page its top reaches: where a headline, a byline and their dates are."""


def worded_date_line(head: str) -> re.Match[str] | None:
    """The line of a date in words: one the page labels as its own ("Updated at Friday, 03
    Aug 2018") before a bare day at the top, which is often the site's today ("Wednesday,
    26 Jun 2019", the day the page was read)."""
    lines = list(DATE_WORDS_LINE.finditer(head))
    return next((m for m in lines if m["label"]), lines[0] if lines else None)


def worded_in_byline(text: str) -> re.Match[str] | None:
    """A full date inside a short line near the top ("By Le Minh  March 2, 2025 | 06:00 pm")."""
    for start, end in lines_of(text[:HEAD])[:12]:
        line = text[start:end]
        if line.strip() and len(line.split()) <= 15 and not line.rstrip().endswith("."):
            found = _DATE_IN_LINE.search(line)
            if found:
                return found
    return None
