"""Dates as news prose writes them: due dates of tasks, periods of figures, the article's day.

Every function takes the article's own date (``ref``) to give a year to "by June 30"
or "the first 6 months of the year". Results are period strings of ``briefing.core.dates``
(``2025-03-31``, ``2025-05``, ``2025-Q2``, ``2024-H1``, ``2025``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from briefing.extract.alternation import openings, prefix_gate
from briefing.extract.textcase import lower, lowercase_pattern, lowercase_source

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_ORDINAL_WORDS = {**_ORDINALS, "one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9}


@dataclass(frozen=True, slots=True)
class Found:
    """A date expression found in text: its period and where it is."""

    period: str
    start: int
    end: int
    baseline: bool = False  # "compared to 2022", "than in 2023": what a change is measured from


def _period(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _year_for(month: int, day: int | None, ref: date) -> int:
    """The year of a date written without one: this year, or next if it is already past."""
    try:
        candidate = date(ref.year, month, day or calendar.monthrange(ref.year, month)[1])
    except ValueError:
        return ref.year
    return ref.year + 1 if (ref - candidate).days > 62 else ref.year


# --- due dates -------------------------------------------------------------------------

_DUE_MARK = r"(?P<mark>no later than|not later than|before|by the end of|by end of|by|until|in|within|at the end of|from|(?<=deadline\s)(?:is|was)|(?<=deadline\s)of|(?<=deadline\s)for\s+[^,;.]{3,60}?\s+(?:is|was)|(?<=extended\s)(?:to|until)|(?<=postponed\s)(?:to|until)|(?<=moved\s)to|(?<=pushed\s)to)"
_DUE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # no later than July 1, 2025 / before March 31, 2025 / by June 30
    (
        "mdy",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?:the\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*{_YEAR})?\b",
            re.I,
        ),
    ),
    # by 30 June 2025
    (
        "dmy",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s*{_YEAR})?\b",
            re.I,
        ),
    ),
    # before 31/3/2025 / by 30.6.2025
    (
        "num",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?P<day>\d{{1,2}})[/.](?P<nmonth>\d{{1,2}})[/.]{_YEAR}\b", re.I
        ),
    ),
    # before 2025-06-30
    ("iso", re.compile(rf"\b{_DUE_MARK}\s+{_YEAR}-(?P<nmonth>\d{{2}})-(?P<day>\d{{2}})\b", re.I)),
    # by mid-2025: the end of its first half
    ("mid", re.compile(rf"\b{_DUE_MARK}\s+(?:the\s+)?mid(?:dle)?(?:-|\s+of\s+){_YEAR}\b", re.I)),
    # in early 2027 (its first half), in late 2027 (the year)
    (
        "early",
        re.compile(rf"\b{_DUE_MARK}\s+(?P<part>early|late)(?:-|\s+)(?:in\s+)?{_YEAR}\b", re.I),
    ),
    # by the second quarter of 2025 / in Q2 2025
    (
        "quarter",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?:the\s+(?:end\s+of\s+the\s+)?)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
            rf"(?:\s+of\s+(?P<rel>this|next)\s+year|(?:\s+of)?\s*{_YEAR})?",
            re.I,
        ),
    ),
    ("q", re.compile(rf"\b{_DUE_MARK}\s+Q(?P<qn>[1-4])[\s/-]*{_YEAR}\b", re.I)),
    # first half of 2025
    (
        "half",
        re.compile(
            rf"\b{_DUE_MARK}\s+the\s+(?:end\s+of\s+the\s+)?(?P<h>first|second)\s+half(?:\s+of)?\s*{_YEAR}?",
            re.I,
        ),
    ),
    # by the end of June 2025 / in February 2025 / before July 2024 / in May 2025
    (
        "my",
        re.compile(
            rf"\b{_DUE_MARK}\s+(?P<endof>the\s+end\s+of\s+|end-)?{_MONTH}(?:,?\s*{_YEAR})?\b(?!\s*\d)",
            re.I,
        ),
    ),
    # by the end of 2025 / in 2025 / by 2030
    ("y", re.compile(rf"\b{_DUE_MARK}\s+(?:the\s+end\s+of\s+)?{_YEAR}\b(?!\s*[-–/]\s*\d)", re.I)),
    # "projections for 2024", "the target for 2025": a goal named with its year
    (
        "y",
        re.compile(
            rf"\b(?:projections?|forecasts?|targets?|goals?|objectives?)\s+(?P<mark>for)\s+{_YEAR}\b(?!\s*[-–/]\s*\d)",
            re.I,
        ),
    ),
    # by the end of this decade: its last year
    ("decade", re.compile(r"\b(?P<mark>by\s+)?the\s+end\s+of\s+(?:this|the)\s+decade\b", re.I)),
    # this year / the last months of the year / by the end of the year
    (
        "this",
        re.compile(
            r"\b(?P<mark>in\s+|by\s+|before\s+)?(?:the\s+)?(?:end\s+of\s+(?:the|this)\s+year|last\s+months\s+of\s+the\s+year|remaining\s+months\s+of\s+the\s+year|this\s+year|(?<=within\s)the\s+year)\b",
            re.I,
        ),
    ),
    # by the end of this month: the article's month
    (
        "month",
        re.compile(r"\b(?P<mark>in\s+|by\s+|before\s+)?(?:the\s+end\s+of\s+)?this\s+month\b", re.I),
    ),
    # next year / by the end of next year: the year after the article's
    (
        "next",
        re.compile(r"\b(?P<mark>in\s+|by\s+|before\s+)?(?:the\s+end\s+of\s+)?next\s+year\b", re.I),
    ),
]


# A cheap test before the date patterns; the first character is tested first (faster).
_DATEISH = lowercase_pattern(
    r"(?=[0-9jfmasondqhy])(?:(?:19|20)\d\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
    r"|quarter|half|month|year|decade|\bQ[1-4]|\d/\d)"
)


_BEGAN = re.compile(
    r"(?:\b(?:took|takes?|taking|came|comes?|coming|entered|enters?)\s+(?:into\s+)?(?:effect|force)"
    r"|\b(?:was|were|been)\s+(?:issued|signed|approved|adopted|passed|promulgated|enacted))\s*$"
)
_NOWISH = lowercase_pattern(r"\b(?:now|so\s+far|present|to\s+date|currently|month)\b")


class _Match:
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


def _combine(patterns: list[tuple[str, re.Pattern[str]]]) -> re.Pattern[str]:
    """One pattern trying each alternative in order at each place: one scan, not one per kind."""
    parts, anyone = [], set()
    for index, (_, pattern) in enumerate(patterns):
        body = lowercase_source(re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{index}>", pattern.pattern))
        opening = openings(body)
        anyone |= opening
        parts.append(f"(?P<alt_{index}>{prefix_gate(opening)}{body})")
    # Every alternative starts a word: testing that, then the letters some alternative
    # can open with, skips most places at once (``alternation.opening_gate``).
    return re.compile(r"\b(?=[a-z])" + prefix_gate(anyone) + "(?:" + "|".join(parts) + ")")


def _group_names(patterns: list[tuple[str, re.Pattern[str]]]) -> list[frozenset[str]]:
    return [frozenset(pattern.groupindex) for _, pattern in patterns]


def _scan(
    combined: re.Pattern[str],
    patterns: list[tuple[str, re.Pattern[str]]],
    text: str,
    start: int,
    end: int,
) -> Iterator[tuple[str, _Match]]:
    names = _NAMES[id(patterns)]
    for m in combined.finditer(text, start, end):
        # The outermost group closes last: lastgroup is the alternative that matched.
        index = int((m.lastgroup or "alt_0")[4:])
        yield patterns[index][0], _Match(m, index, names[index])


def find_dues(text: str, start: int, end: int, ref: date) -> list[Found]:
    """Due-date expressions in ``text[start:end]``, the most precise reading at each place."""
    offset, text = start, lower(text[start:end])
    if not _DATEISH.search(text):
        return []
    found: list[Found] = []
    for kind, m in _scan(_DUES, _DUE_PATTERNS, text, 0, len(text)):
        at_end = kind == "my" and bool(_IN_MAY_AT_END.match(text, m.start()))
        period = _due_period(kind, m, ref, verb_ruled_out=at_end)
        if period is None:
            continue
        # "dated December 22, 2024" names a document, "took effect in December 2024" or
        # "was signed in May" when it began: context, not a due date.
        before = text[max(0, m.start() - 30) : m.start()]
        if "dated" in before[-8:] or _BEGAN.search(before):
            continue
        found.append(Found(period, m.start() + offset, m.end() + offset))
    return found


_IN_MAY_AT_END = lowercase_pattern(r"in\s+may\s*(?:[.,;:)]|$)")


def _due_period(kind: str, m: _Match, ref: date, *, verb_ruled_out: bool = False) -> str | None:
    mark = (m.group("mark") or "").strip().lower()
    year_text = m["year"]
    if kind in ("mdy", "dmy", "num", "iso"):
        numeric = kind in ("num", "iso")
        month = int(m.group("nmonth")) if numeric else MONTHS[m.group("month").lower()]
        day = int(m.group("day"))
        year = int(year_text) if year_text else _year_for(month, day, ref)
        if mark in ("in", "from", "within", "until") and not numeric and not year_text:
            return None if mark == "from" else _period(year, month, day)
        return _period(year, month, day)
    if kind in ("quarter", "q", "half") and mark == "from":
        return None  # "rolled out from the third quarter": when it starts, not a due date
    if kind == "quarter" or kind == "q":
        q = int(m.group("qn")) if kind == "q" else _ORDINALS[m.group("q").lower()]
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
        month = MONTHS[m.group("month").lower()]
        # "May" is also a verb ("results in may help"): without a year, "in May" counts
        # only where the clause ends at it (``find_dues``).
        if (
            m.group("month").lower() == "may"
            and not year_text
            and mark in ("", "in")
            and not verb_ruled_out
        ):
            return None
        year = int(year_text) if year_text else _year_for(month, None, ref)
        if mark == "before" and not m["endof"]:  # before July 2024: done by the end of June
            month -= 1
            if month == 0:
                year, month = year - 1, 12
        return _period(year, month)
    if kind == "y":
        if mark == "from":
            return None
        year = int(year_text)  # type: ignore[arg-type]
        return str(year - 1) if mark == "before" else str(year)
    if kind == "this":
        return str(ref.year)
    if kind == "month":
        return f"{ref.year}-{ref.month:02d}"
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


# --- as-of periods of figures ------------------------------------------------------------

_ASOF_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "half",
        re.compile(
            rf"\b(?:the\s+)?(?:first|past|last)\s+(?P<n>6|six)\s+months(?:\s+of\s+(?:{_YEAR}|the\s+year|this\s+year))?",
            re.I,
        ),
    ),
    (
        "halfw",
        re.compile(
            rf"\b(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:{_YEAR}|the\s+year|this\s+year)",
            re.I,
        ),
    ),
    (
        "quarter",
        re.compile(
            rf"\b(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter(?:\s+of\s+(?:{_YEAR}|the\s+year|this\s+year))?",
            re.I,
        ),
    ),
    (
        "nmonths",
        re.compile(
            rf"\b(?:the\s+)?first\s+(?P<n>\d{{1,2}}|three|nine|two|four)\s+months(?:\s+of\s+(?:{_YEAR}|the\s+year|this\s+year))?",
            re.I,
        ),
    ),
    (
        "endmy",
        re.compile(
            rf"\b(?:by|at|as of|in|until)\s+(?:the\s+end\s+of\s+)?{_MONTH}\s*,?\s*{_YEAR}\b", re.I
        ),
    ),
    # compared to 2022 / than in 2023 / compared to the end of 2023: a change's baseline
    (
        "base",
        re.compile(
            rf"\b(?:compared\s+(?:to|with)|than|against|versus)\s+(?:(?:in|at)\s+)?(?P<endof>the\s+end\s+of\s+)?{_YEAR}\b",
            re.I,
        ),
    ),
    ("endy", re.compile(rf"\b(?:(?:by|at|as of|to|until)\s+)?the\s+end\s+of\s+{_YEAR}\b", re.I)),
    # from 2019 to 2023 / between 2021 and 2023 / in 2021-2025: the range's last year
    (
        "range",
        re.compile(
            rf"\b(?:(?:from|between)\s+(?:19|20)\d{{2}}\s+(?:to|and|until)\s+|(?:in\s+)?(?:the\s+)?(?:19|20)\d{{2}}\s*[-–]\s*){_YEAR}\b",
            re.I,
        ),
    ),
    ("y", re.compile(rf"\b(?:in|by|of|for|during|as of)\s+{_YEAR}\b(?!\s*[-–]\s*\d)", re.I)),
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
    ("hn", re.compile(rf"\bH(?P<hn>[12])[\s/-]*{_YEAR}\b", re.I)),
    ("thisy", re.compile(r"\b(?:this|the\s+current)\s+year\b", re.I)),
]


def find_periods(text: str, start: int, end: int, ref: date) -> list[Found]:
    """Expressions naming the period a figure describes, in text order."""
    offset, text = start, lower(text[start:end])
    if not _DATEISH.search(text) and not _NOWISH.search(text):
        return []
    found: list[Found] = []
    for kind, m in _scan(_PERIODS, _ASOF_PATTERNS, text, 0, len(text)):
        year_text = m["year"]
        year = int(year_text) if year_text else ref.year
        if kind == "half":
            period = f"{year}-H1"
        elif kind == "halfw":
            period = f"{year}-H{1 if m.group('h').lower() == 'first' else 2}"
        elif kind == "quarter":
            period = f"{year}-Q{_ORDINALS[m.group('q').lower()]}"
        elif kind == "nmonths":
            n = m.group("n").lower()
            months = int(n) if n.isdigit() else _ORDINAL_WORDS.get(n, 0)
            if not 1 <= months <= 12:
                continue
            period = f"{year}-{months:02d}"
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
_DUES = _combine(_DUE_PATTERNS)
_PERIODS = _combine(_ASOF_PATTERNS)
_NAMES = {id(p): _group_names(p) for p in (_DUE_PATTERNS, _ASOF_PATTERNS)}
