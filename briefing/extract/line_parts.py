"""What a briefing line must keep whole when it is shortened: a figure with the words of
its size, a time, and which figures are only a date's part."""

from __future__ import annotations

import calendar
import re

from briefing.extract.shorter_forms import MONEY_SIZE

MONTH_NAMES = "|".join(calendar.month_name[1:])


# A figure with the words of its size: "8.8 million", "3.5 times", "VND97,000 billion",
# "15-18%", "85.2 Mbps", "71st"; not the digits of a code ("5G", "C06").
SIZED_FIGURE = re.compile(
    r"(?:(?<=VND)|(?<=USD)|(?<=\$)|(?<![A-Za-z\d]))\d(?:[\d.,]*\d)?(?:st|nd|rd|th)?(?![A-Za-z\d])%?"
    r"(?:\s?(?:-|–|to)\s?\d(?:[\d.,]*\d)?%?)?"
    r"(?:\s(?:million|billion|trillion|thousand|hundred|times|fold|vnd|usd|dong|bn|mln|trn|"
    r"[mgk]bps|km|ha|hectares?|mw|gw|gb|tb|percentage\s+points?|points?|places|spots|"
    r"(?:working\s+)?days|weeks|months|years)\b)*"
    rf"(?:\s\((?:{MONEY_SIZE})\b[^()]{{0,20}}\))?",  # "(billion dong)"
    re.I,
)
# A time a cut must not part: "the first nine months of the year", "the end of 2025", "the
# same period last year", "from January to June".
TIME_SPAN = re.compile(
    rf"\b(?:from\s+|between\s+)?(?:{MONTH_NAMES})(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?"
    rf"(?:\s+(?:to|and|-)\s+(?:{MONTH_NAMES})(?:\s+\d{{1,2}})?)?"
    r"|\b(?:the\s+)?(?:first|second|third|fourth|last|past|next|previous|coming)\s+(?:\w+\s+)?"
    r"(?:quarters?|half|months?|years?|weeks?|days?)(?:\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:year|\d{4}))?"
    r"|\b(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:year|month|quarter|\d{4})"
    r"|\b(?:the\s+)?same\s+period(?:\s+(?:last|of\s+the\s+previous)\s+year|\s+(?:in|of)\s+\d{4})?"
    r"|\b(?:this|next|last)\s+(?:year|month|quarter|week)\b",
    re.I,
)


# "by 2030," ends at the 0; the digits of a code ("C06", "5G") are not a figure's.
FIGURE = re.compile(r"(?<![A-Za-z\d])\d(?:[\d.,]*\d)?%?")
YEAR = re.compile(r"(?:19|20)\d\d\b(?!\s*(?:%|per\s*cent|percent))")
MONTH_BEFORE = re.compile(rf"(?:{MONTH_NAMES})\s$")


def is_date_part(line: str, start: int) -> bool:
    """Whether the figure at ``start`` is a year or a day of a month ("September 17")."""
    return bool(YEAR.match(line, start) or MONTH_BEFORE.search(line[max(0, start - 10) : start]))
