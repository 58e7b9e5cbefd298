"""Dates as news prose writes them: the periods figures describe, and the scanner and
vocabulary the due dates (``due_dates``) share.

Every function takes the article's own date (``ref``) to give a year to "by June 30"
or "the first 6 months of the year". Results are period strings of ``briefing.core.dates``
(``2025-03-31``, ``2025-05``, ``2025-Q2``, ``2024-H1``, ``2025``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from briefing.extract.alternation import openings, prefix_gate
from briefing.extract.textcase import lower, lowercase_pattern, lowercase_source

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
MONTH_WORD = MONTH.replace("?P<month>", "?:")
"""A month's name, whole or short, in a group that captures nothing."""
YEAR = r"(?P<year>(?:19|20)\d{2})"
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_ORDINAL_WORDS = {**ORDINALS, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9}


@dataclass(frozen=True, slots=True)
class Found:
    """A date expression found in text: its period and where it is."""

    period: str
    start: int
    end: int
    baseline: bool = False  # "compared to 2022", "than in 2023": what a change is measured from


def period_of(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def year_for(month: int, day: int | None, ref: date) -> int:
    """The year of a date written without one: this year, or next if it is already past."""
    try:
        candidate = date(ref.year, month, day or calendar.monthrange(ref.year, month)[1])
    except ValueError:
        return ref.year
    return ref.year + 1 if (ref - candidate).days > 62 else ref.year


# --- the scanner ------------------------------------------------------------------------

# A cheap test before the date patterns; the first character is tested first (faster).
DATEISH = lowercase_pattern(
    r"(?=[0-9jfmasondqhy])(?:(?:19|20)\d\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|quarter|half|month|year|decade|\bQ[1-4]|\d/\d)"
)


_NOWISH = lowercase_pattern(r"\b(?:now|so\s+far|present|to\s+date|currently|month)\b")


class DateMatch:
    """The groups of one alternative of a combined pattern, under their own names."""

    def __init__(self, m: re.Match[str], index: int, names: frozenset[str]) -> None:
        self._suffix = f"_{index}"
        self._names = names
        self._m = m

    def group(self, name: str) -> str:
        """The text of a group ('' when it did not take part)."""
        return self._m.group(name + self._suffix) or ""

    def __getitem__(self, name: str) -> str | None:
        return self._m.group(name + self._suffix) if name in self._names else None

    def groupdict(self) -> dict[str, str | None]:
        return {name: self._m.group(name + self._suffix) for name in self._names}

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


class DatePatterns:
    """Named date patterns tried in order at each place, in one scan rather than one per kind."""

    def __init__(self, patterns: list[tuple[str, re.Pattern[str]]]) -> None:
        self._kinds = [kind for kind, _ in patterns]
        self._names = [frozenset(pattern.groupindex) for _, pattern in patterns]
        parts, anyone = [], set()
        for index, (_, pattern) in enumerate(patterns):
            body = lowercase_source(re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{index}>", pattern.pattern))
            opening = openings(body)
            anyone |= opening
            parts.append(f"(?P<alt_{index}>{prefix_gate(opening)}{body})")
        # Every alternative starts a word: testing that, then the letters some alternative
        # can open with, skips most places at once (``alternation.opening_gate``).
        self._combined = re.compile(
            r"\b(?=[a-z])" + prefix_gate(anyone) + "(?:" + "|".join(parts) + ")"
        )

    @property
    def pattern(self) -> re.Pattern[str]:
        """The one combined pattern (its groups named ``NAME_INDEX``)."""
        return self._combined

    def scan(self, text: str) -> Iterator[tuple[str, DateMatch]]:
        """Each match in ``text`` (lowercased): the kind of the alternative and its groups."""
        for m in self._combined.finditer(text):
            # The outermost group closes last: lastgroup is the alternative that matched.
            index = int((m.lastgroup or "alt_0")[4:])
            yield self._kinds[index], DateMatch(m, index, self._names[index])


# --- as-of periods of figures ------------------------------------------------------------

_ASOF_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "half",
        re.compile(
            rf"\b(?:the\s+)?(?:first|past|last)\s+(?P<n>6|six)\s+months(?:\s+of\s+(?:{YEAR}|the\s+year|this\s+year))?",
            re.I,
        ),
    ),
    (
        "halfw",
        re.compile(
            rf"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:{YEAR}|the\s+year|this\s+year)",
            re.I,
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"\b(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter(?:\s+of\s+(?:{YEAR}|the\s+year|this\s+year))?",
            re.I,
        ),
    ),
    (
        "nmonths",
        re.compile(
            rf"\b(?:the\s+)?first\s+(?P<n>\d{{1,2}}|three|nine|two|four)\s+months(?:\s+of\s+(?:{YEAR}|the\s+year|this\s+year))?",
            re.I,
        ),
    ),
    # as of February 28 / as of February 28, 2025: that day
    (
        "asofday",
        re.compile(
            rf"\b(?:as\s+of|up\s+to|until|by)\s+(?:the\s+)?{MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?![\d:])(?:,?\s*{YEAR})?",
            re.I,
        ),
    ),
    (
        "endmy",
        re.compile(
            rf"\b(?:by|at|as of|in|until)\s+(?:the\s+end\s+of\s+)?{MONTH}\s*,?\s*{YEAR}\b", re.I
        ),
    ),
    # compared to 2022 / than in 2023 / compared to the end of 2023: a change's baseline
    (
        "base",
        re.compile(
            rf"\b(?:compared\s+(?:to|with)|than|against|versus)\s+(?:(?:in|at)\s+)?(?P<endof>the\s+end\s+of\s+)?{YEAR}\b",
            re.I,
        ),
    ),
    ("endy", re.compile(rf"\b(?:(?:by|at|as of|to|until)\s+)?the\s+end\s+of\s+{YEAR}\b", re.I)),
    # from 2019 to 2023 / between 2021 and 2023 / in 2021-2025: the range's last year
    (
        "range",
        re.compile(
            rf"\b(?:(?:from|between)\s+(?:19|20)\d{{2}}\s+(?:to|and|until)\s+|(?:in\s+)?(?:the\s+)?(?:19|20)\d{{2}}\s*[-–]\s*){YEAR}\b",
            re.I,
        ),
    ),
    ("y", re.compile(rf"\b(?:in|by|of|for|during|as of)\s+{YEAR}\b(?!\s*[-–]\s*\d)", re.I)),
    # so far / at present / up to now: the day of the article
    (
        "now",
        re.compile(
            r"\b(?:so\s+far|at\s+present|(?:up\s+)?to\s+date|(?:up\s+)?until\s+now|up\s+to\s+now|as\s+of\s+now|currently|now)\b",
            re.I,
        ),
    ),
    ("lasty", re.compile(r"\b(?:last|previous|past)\s+year\b", re.I)),
    ("lastm", re.compile(r"\b(?:last|previous|past)\s+month\b", re.I)),
    # H1 2024 / H2/2024
    ("hn", re.compile(rf"\bH(?P<hn>[12])[\s/-]*{YEAR}\b", re.I)),
    ("thisy", re.compile(r"\b(?:this|the\s+current)\s+year\b", re.I)),
]


def find_periods(text: str, start: int, end: int, ref: date) -> list[Found]:
    """Expressions naming the period a figure describes, in text order."""
    offset, text = start, lower(text[start:end])
    if not DATEISH.search(text) and not _NOWISH.search(text):
        return []
    found: list[Found] = []
    for kind, m in _PERIODS.scan(text):
        year_text = m["year"]
        year = int(year_text) if year_text else ref.year
        if kind == "half":
            period = f"{year}-H1"
        elif kind == "halfw":
            period = f"{year}-H{1 if m.group('h').lower() == 'first' else 2}"
        elif kind == "quarter":
            period = f"{year}-Q{ORDINALS[m.group('q').lower()]}"
        elif kind == "nmonths":
            n = m.group("n").lower()
            months = int(n) if n.isdigit() else _ORDINAL_WORDS.get(n, 0)
            if not 1 <= months <= 12:
                continue
            period = f"{year}-{months:02d}"
        elif kind == "asofday":
            month = MONTHS[m.group("month").lower().rstrip(".")]
            y = int(year_text) if year_text else year_for(month, int(m.group("day")), ref)
            day = period_of(y, month, int(m.group("day")))
            if day is None:
                continue
            period = day
        elif kind == "endmy":
            period = f"{year}-{MONTHS[m.group('month').lower()]:02d}"
        elif kind == "endy" or (kind == "base" and m["endof"]):
            period = f"{year}-12"
        elif kind == "now":
            period = ref.isoformat()
        elif kind == "lasty":
            period = str(ref.year - 1)
        elif kind == "lastm":
            period = f"{ref.year - 1}-12" if ref.month == 1 else f"{ref.year}-{ref.month - 1:02d}"
        elif kind == "hn":
            period = f"{year}-H{m.group('hn')}"
        elif kind == "thisy":
            period = str(ref.year)
        else:
            period = str(year)
        baseline = kind == "base" or _BASELINE_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        )
        found.append(Found(period, m.start() + offset, m.end() + offset, bool(baseline)))
    return found


# "up 26% over the same period in 2023", "an increase compared to 2022": the period a
# change is measured from, not the period of the figure.
_BASELINE_BEFORE = lowercase_pattern(
    r"(?:\bsame\s+period(?:\s+of)?|\bcompared\s+(?:to|with)|\bthan|\bover|\bagainst|\bversus)\s+(?:the\s+)?$"
)
_PERIODS = DatePatterns(_ASOF_PATTERNS)


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "He directed that by Friday, all provinces must publish ...": a weekday due, in an article
# dated to the day, is the next such day from it (that day itself when it is one).
_WEEKDAY_DUE = lowercase_pattern(
    # (not "starting 6pm on Friday": the day a change begins is no due)
    r"\b(?:by|before|until|no\s+later\s+than)\s+(?P<next>next\s+|this\s+)?(?:the\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def weekday_dues(text: str, start: int, end: int, published: str | None) -> list[Found]:
    """Weekday dues in ``text[start:end]`` ("by Friday"), read from the article's day
    (``published``, "YYYY-MM-DD"); none when the article is not dated to the day."""
    if not published or len(published) != 10:
        return []
    lowered = lower(text[start:end])  # the clause only: this runs for every undated clause
    if "day" not in lowered:
        return []
    day = date.fromisoformat(published)
    found: list[Found] = []
    for m in _WEEKDAY_DUE.finditer(lowered):
        ahead = (WEEKDAYS.index(m["day"]) - day.weekday()) % 7 + (7 if m["next"] == "next " else 0)
        found.append(
            Found((day + timedelta(days=ahead)).isoformat(), start + m.start(), start + m.end())
        )
    return found
