"""The subject's dated milestones: what an article names tells the earliest year it was written.

A careful reader dates an undated report on Vietnam's digital transformation by what it
speaks of: a piece on the two-tier local government was written after that reform began
(July 2025), one on the National Data Strategy after its approval (February 2024). Each
milestone is named here with the year it happened; an article that names one is of that
year at the earliest. A legal document numbered with its year ("Decree 69/2024/ND-CP")
is a milestone of its own.

Only lower bounds: a milestone never moves an article's date earlier, and it is used when
the article reports no later year of its own. So only milestones that reports cluster
after are named: Project 06 itself ran for years, and "Project 06" alone dates nothing;
its age told ("after the first six months of implementing Project 06") does.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.extract.dates import MONTH, MONTH_WORD, MONTHS, YEAR
from briefing.extract.textcase import lower_whole


class Milestone(NamedTuple):
    year: int
    month: int  # 1 when only the year is of record
    name: str
    pattern: re.Pattern[str]
    # One of these is in any text the pattern matches, once lowercased and its runs of
    # whitespace made one space.
    words: tuple[str, ...]


def _milestone(when: tuple[int, int], name: str, pattern: str, *words: str) -> Milestone:
    return Milestone(when[0], when[1], name, re.compile(pattern, re.I), words)


# Years are when the thing came to be (approved, issued, in force), as public record has
# them; the names are the words an English-language report uses for it.
MILESTONES: tuple[Milestone, ...] = (
    _milestone(
        (2023, 11),
        "the Law on Identification (passed November 2023)",
        r"\b(?:Law\s+on\s+Identification|Identification\s+Law)\b",
        "law on identification",
        "identification law",
    ),
    _milestone(
        (2024, 2),
        "the National Data Strategy (approved February 2024)",
        r"\bNational\s+Data\s+Strategy\b",
        "national data strategy",
    ),
    _milestone(
        (2024, 1),
        "the Data Law (drafted and passed in 2024)",
        r"\b(?:Data\s+Law|Law\s+on\s+Data)\b",
        "data law",
        "law on data",
    ),
    _milestone(
        (2024, 12),
        "Resolution 57 (issued December 2024)",
        r"\bResolution\s+(?:No\.?\s*)?57(?:-NQ/TW)?\b",
        "resolution",
    ),
    _milestone(
        (2025, 7),
        "the two-tier local government (from July 2025)",
        r"\btwo[-\s](?:tier|level)\s+(?:local\s+)?(?:government|administration|authorit)",
        "two-tier",
        "two tier",
        "two-level",
        "two level",
    ),
    _milestone(
        (2025, 6),
        "the 34 provinces and cities (from the 2025 merger)",
        r"\b34\s+(?:provinces|provincial[-\s]level|cities\s+and\s+provinces|localities)\b",
        "34 ",
    ),
)

# Time told since Project 06 was approved (Decision 06/QD-TTg, January 2022): "after the
# first six months of implementing Project 06", "two years of implementation of Project 06".
_PROJECT_06_AGE = re.compile(
    r"\b(?:(?:first|past|after|over)\s+(?:the\s+first\s+)?(?:more\s+than\s+|nearly\s+|almost\s+)?)?"
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\s+"
    r"(?P<unit>months?|years?)\s+of\s+(?:the\s+)?(?:implement(?:ing|ation)\s+(?:of\s+)?)?(?:the\s+)?Project\s+06\b",
    re.I,
)
_COUNT_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "eighteen": 18,
}


def _project_06_age(text: str) -> tuple[int, str, int] | None:
    """The year and month an article counts Project 06's age to, at the latest it tells."""
    best: tuple[int, str, int] | None = None
    for m in _PROJECT_06_AGE.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS[m["n"].lower()]
        months = n * 12 if m["unit"].lower().startswith("year") else n
        year, month = 2022 + months // 12, 1 + months % 12
        if best is None or (year, month) > (best[0], best[2]):
            best = (year, f"{m.group()} (approved January 2022)", month)
    return best


# "Decree 69/2024/ND-CP", "Decision No. 142/QD-TTg" has no year; "Circular 12/2023/TT-BCA".
_NUMBERED_DOCUMENT = re.compile(
    r"\b\d{1,4}/(?P<year>(?:19|20)\d{2})/(?:N[DĐ]|Q[DĐ]|TT|NQ|CT|QH|L)[-\w]*", re.I
)


# "Plan 02-KH/BCDTW dated June 19, 2025", "Resolution No. 09-NQ/TU (dated February 5,
# 2022)", "Directive 09 dated 23/2/2024": what is dated a day was issued by then.
# (the word's letters first, its boundary looked back at: a literal start lets re skip
# ahead to it, where a leading boundary is tried at every place)
_DATED_DAY = re.compile(
    rf"dated(?<=\bdated)\s+(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR}"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MONTH_WORD}),?\s+(?P<year2>(?:19|20)\d{{2}})"
    r"|\d{1,2}/(?P<month3>\d{1,2})/(?P<year3>(?:19|20)\d{2}))\b",
    re.I,
)


def _dated_day(text: str) -> tuple[int, str, int] | None:
    """The latest day a document the article names is dated: (year, what, month)."""
    best: tuple[int, str, int] | None = None
    for m in _DATED_DAY.finditer(text):
        if m["year"]:
            year, month = int(m["year"]), MONTHS[m["month"].lower().rstrip(".")]
        elif m["year2"]:
            year, month = int(m["year2"]), MONTHS[m["month2"].lower().rstrip(".")]
        else:
            year, month = int(m["year3"]), int(m["month3"])
        if 1 <= month <= 12 and (best is None or (year, month) > (best[0], best[2])):
            best = (year, f"a document {m.group()}", month)
    return best


def earliest_year(text: str) -> tuple[int, str, int] | None:
    """The latest milestone the article names: (its year, what it is, its month), or None."""
    best: tuple[int, str, int] | None = None
    # A pattern that starts at a word boundary is tried at every offset of the text; a
    # word it cannot match without is looked for first (about 1 ms of a 10 KB article).
    lowered = " ".join(lower_whole(text).split())
    for milestone in MILESTONES:
        if (
            (best is None or milestone.year > best[0])
            and any(word in lowered for word in milestone.words)
            and milestone.pattern.search(text)
        ):
            best = (milestone.year, milestone.name, milestone.month)
    aged = _project_06_age(text) if "project 06" in lowered else None
    if aged is not None and (best is None or aged[0] > best[0]):
        best = aged
    dated = _dated_day(text) if "dated" in lowered else None
    if dated is not None and (best is None or dated[0] > best[0]):
        best = dated
    if "/19" not in text and "/20" not in text:
        return best
    for m in _NUMBERED_DOCUMENT.finditer(text):
        year = int(m["year"])
        if best is None or year > best[0]:
            best = (year, f"document {m.group()}", 1)
    return best


def lede_year(year: int, month: int, floor: tuple[int, str, int] | None) -> int:
    """The year of a lede's day ("On the morning of May 21") read as ``year``: the year
    after when that day falls before the milestone the article speaks of (May 21 in an
    article on a resolution issued in December 2024 is May 21, 2025)."""
    return year + 1 if floor is not None and year == floor[0] and month < floor[2] else year
