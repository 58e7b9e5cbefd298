"""A finding's quote → its statement: a briefing line, short, with every figure kept.

The line drops what a meeting does not need (who said it, a dateline, a leading
connective, a trailing "he said") and is shortened at a clause's end after its last
figure; it never adds a word the quote does not have. Only a line that cannot be
shortened that way is cut with "…".
"""

from __future__ import annotations

import calendar
import re

from briefing.extract.sentences import DATE_STAMP

LIMIT = 100
"""A briefing line's length; a line up to ``SLACK`` over it is kept whole."""
SLACK = 20

# "68 per cent" is "68%": the same figure, seven characters fewer on a briefing line.
_PER_CENT = re.compile(r"(?<=\d)\s?(?:per\s?cent|percent)\b", re.I)
_LIST_MARK = re.compile(r"^(?:[a-hđ]\)|\d\)|[-•*])\s*")
# "HÀ NỘI — ", "Hanoi (VNA) – ": an outlet's dateline before the first sentence.
_DATELINE = re.compile(r"^[A-ZÀ-Ỹ][\w.À-ỹ ]{1,30}(?:\s\([A-Z]{2,6}\))?\s+[—–]\s+")
_ATTRIBUTION = re.compile(
    r"^(?:according\s+to\s+[^,]{3,120},\s*"
    r"|(?:[\w’'.()-]+\s+){1,12}?(?:said|says|stated|noted|added|reported|announced|stressed|"
    r"emphasi[sz]ed|highlighted|shared|revealed|affirmed|informed|pointed\s+out|estimates|estimated|"
    r"indicated|indicates|shows|showed|show|found)\s+that\s+"
    r"|(?:one|another|the\s+most)\s+(?:other\s+)?notable\s+(?:thing|point|fact)\b[^,]{0,40}?\s+is\s+that\s+)",
    re.I,
)
_CONNECTIVE = re.compile(
    r"^(?:however|meanwhile|moreover|in\s+addition|additionally|furthermore|notably|specifically|"
    r"similarly|besides|thus|therefore|in\s+particular|at\s+the\s+same\s+time|as\s+a\s+result|"
    r"also|of\s+these|of\s+which|among\s+them|in\s+total|overall|accordingly|in\s+fact|and|but)\s*,?\s+",
    re.I,
)
# "Speaking at the conference, ": the occasion of a speech, before who said what.
_SPEAKING = re.compile(
    r"^(?:speaking|addressing|talking|reporting|briefing|presenting)\s+(?:at|to|on|with|before)\s+[^,\d]{3,80},\s+",
    re.I,
)
# "In a visionary move towards ..., ": a leading phrase with no figure and no time in it.
_LEADING_PHRASE = re.compile(
    r"^(?:in|with|as|amid|under|for)\s+(?:a|an|the|its|their)\s"
    r"(?![^,]*\b(?:year|month|quarter|half|period|week|day|time|first|last)s?\b)[^,\d]{3,70},\s+",
    re.I,
)
_TRAILING = re.compile(
    r"(?:,\s*(?:according\s+to\s+[^,]{3,80}|(?:he|she|they|the\s+\w+|[A-Z][\w’'. -]{2,40})\s+"
    r"(?:said|added|noted|stated))|\s*[-—–]\s*[A-Z]{2,5})\s*[./]*$"
    # a quote's speaker after it: '," said Vang Mi Chu, a commune official'
    r"|[,.]?[\"”]?,?\s+(?:said|says|added|noted)\s+[A-Z][^,.\"”]{2,50}(?:,\s+(?:a|an|the)\s+[^,.\"”]{2,60})?\s*[.]*$"
)
_QUOTE_MARKS = re.compile(r"^[\"“]\s*|\s*[\"”]$")
_PARENS = re.compile(r"\s*\([^()\d]{0,60}\)")
_BOUNDARY = re.compile(r",\s|;\s|\s(?:which|while|whereas|as\s+well\s+as)\s|\s[—–]\s")


def statement_of_quote(quote: str, lead: str = "") -> str:
    """The briefing line of ``quote`` (a finding's verbatim clause); ``lead``: the subject
    its sentence gave it, when the quote starts at its verb ("is forecast to ...")."""
    line = " ".join(quote.split()).strip(" .;,/")
    line = _PER_CENT.sub("%", line)
    if lead:
        line = f"{lead} {line}"
    line = _LIST_MARK.sub("", line)
    stamp = DATE_STAMP.match(line)  # the page's own date, run into the first sentence
    line = _DATELINE.sub("", line[stamp.end() :] if stamp else line)
    for pattern in (_CONNECTIVE, _SPEAKING, _LEADING_PHRASE, _ATTRIBUTION, _CONNECTIVE):
        shorter = pattern.sub("", line, count=1)
        if len(shorter.split()) >= 4:
            line = shorter
    line = _TRAILING.sub("", line).strip(" .;,/")
    if line[:1] in '"“' and line.count(line[0]) + line.count("”") <= 2:
        line = _QUOTE_MARKS.sub("", line).strip(" .;,/")  # a quote told whole: its words
    if len(line) > LIMIT + SLACK:
        line = _PARENS.sub("", line)
    if len(line) > LIMIT + SLACK:
        line = _clause_cut(line)
    line = line[0].upper() + line[1:] if line else line
    if len(line) <= LIMIT + SLACK:
        return line
    return _elided(line) or line[: LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;") + "…"


_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?%?")  # "by 2030," ends at the 0
_YEAR = re.compile(r"(?:19|20)\d\d\b(?!\s*(?:%|per\s*cent|percent))")
_MONTH_BEFORE = re.compile("(?:" + "|".join(calendar.month_name[1:]) + r")\s$")


def _is_date_part(line: str, start: int) -> bool:
    """Whether the figure at ``start`` is a year or a day of a month ("September 17")."""
    return bool(_YEAR.match(line, start) or _MONTH_BEFORE.search(line[max(0, start - 10) : start]))


_DANGLING = re.compile(
    r"(?:\s+(?:a|an|the|of|to|and|or|in|on|for|with|by|at|from|compared))+$", re.I
)


def _elided(line: str) -> str | None:
    """``line``'s opening, "…", and the clause holding the figures a plain cut would lose
    ("X are accessing Y … with a 25.25 per cent access rate"); None when that is not short
    or would still drop a figure."""
    figures = [m.span() for m in _FIGURE.finditer(line)]
    # Only a quantity is worth the elision: a year or a day beyond the cut is context.
    lost = [(a, b) for a, b in figures if b > LIMIT - 1 and not _is_date_part(line, a)]
    if not lost:
        return None
    first_lost = lost[0][0]
    starts = [m.end() for m in _BOUNDARY.finditer(line, 0, first_lost)]
    if not starts:
        return None
    tail_start = starts[-1]
    tail_end = next((m.start() for m in _BOUNDARY.finditer(line, figures[-1][1])), len(line))
    tail = line[tail_start:tail_end].rstrip(" ,;")
    budget = LIMIT + SLACK - len(tail) - 3
    if budget < LIMIT // 2 or tail_start <= budget:
        return None
    head = _DANGLING.sub("", line[:budget].rsplit(" ", 1)[0].rstrip(" ,;"))
    if any(len(head) < b and a < tail_start for a, b in figures):
        return None  # a figure between the two parts would be lost
    return f"{head} … {tail}"


def _clause_cut(line: str) -> str:
    """``line`` up to the end of the clause that holds its last figure, when that is short;
    else up to the last clause end within the limit, when no figure lies beyond it."""
    digits = [m.end() for m in _FIGURE.finditer(line)]
    last = digits[-1] if digits else 0
    for m in _BOUNDARY.finditer(line):
        if m.start() >= last and m.start() >= LIMIT // 2:
            if m.start() <= LIMIT + SLACK:
                return line[: m.start()].rstrip(" ,;")
            break
    best = 0
    for m in _BOUNDARY.finditer(line, 0, LIMIT + SLACK):
        if m.start() >= LIMIT // 2 and m.start() >= last:
            best = m.start()
    return line[:best].rstrip(" ,;") if best else line
