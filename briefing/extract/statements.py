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
_DATELINE = re.compile(
    r"^[A-ZÀ-Ỹ][\w.À-ỹ ]{1,30}(?:\s\([A-Z]{2,6}\))?\s+[—–]\s+"
    r"|^(?:[A-Z]{2,6}|[A-ZÀ-Ỹ][\w.À-ỹ ]{1,30}\s\([A-Z]{2,6}\))\s+-\s+"  # "VGP - ", "Hanoi (VNA) - "
)
# Who said it, before what was said: "The deputy minister said that", "Colonel Le Van A,
# Deputy Director of the Provincial Police, said that", "The working group said the main
# cause is". Without "that" only after "said" and before a subject that is not a pronoun
# ("The department said it detected" keeps its "it"); a speaker holds no figure, so a
# time ("In the first half, the minister said that") is not taken for one.
_WORD = r"\(?[^\W\d][\w’'.()-]*"
_SPEAKER = rf"(?:{_WORD}\s+){{0,11}}?{_WORD}(?:,\s+[^,\d]{{3,80}},)?\s+"
_TOLD = r"said|says|stated|noted|added|reported|announced|stressed|emphasi[sz]ed|highlighted|"
_TOLD += r"shared|revealed|affirmed|informed|pointed\s+out|admitted|acknowledged|conceded|"
_TOLD += r"estimates|estimated|indicated|indicates|shows|showed|show|found"
# "According to Colonel A, Deputy Director of the Provincial Police, ": a speaker's role.
_ROLE = r"(?:deputy|vice|director|head|chair\w*|minister|secretary|chief|president|member|"
_ROLE += r"spokes\w+|leader|general|colonel|standing|permanent)\b"
_ATTRIBUTION = re.compile(
    rf"^(?:according\s+to\s+[^,]{{3,120}},(?:\s+{_ROLE}[^,]{{0,100}},)?\s*"
    rf"|{_SPEAKER}(?:{_TOLD})\s+that,?\s+"
    rf"|{_SPEAKER}(?:said|says|told\s+(?:reporters|deputies|the\s+\w+))\s+"
    r"(?!(?:it|its|he|she|they|we|i|you|this|these|those|there|that|on|in|at|to|of|for|with|by)\b)"
    r"(?=[\w“\"])"
    r"|(?:one|another|the\s+most)\s+(?:other\s+)?notable\s+(?:thing|point|fact)\b[^,]{0,40}?\s+is\s+that\s+)",
    re.I,
)
_CONNECTIVE = re.compile(
    r"^(?:however|meanwhile|moreover|in\s+addition|additionally|furthermore|notably|specifically|"
    r"similarly|besides|thus|therefore|in\s+particular|at\s+the\s+same\s+time|as\s+a\s+result|"
    r"also|of\s+these|of\s+which|among\s+them|in\s+total|overall|accordingly|in\s+fact|and|but)\s*,?\s+",
    re.I,
)
# "Honestly speaking, although the number has tripled": a result granted before the
# shortfall it is cut from (a quote that goes on past a comma keeps its "although").
_CONCEDED = re.compile(
    r"^(?:(?:honestly|frankly|candidly|to\s+be\s+(?:honest|frank))(?:\s+speaking)?\s*,\s*)?"
    r"(?:although|though|even\s+though)\s+(?=[^,;]+$)",
    re.I,
)
# "Speaking at the conference, ", "Responding, ", "Concluding the meeting, ": the
# occasion of a speech, before who said what.
_SPEAKING = re.compile(
    r"^(?:(?:speaking|addressing|talking|reporting|briefing|presenting)\s+(?:at|to|on|with|before)\s+[^,\d]{3,80}"
    r"|(?:responding|replying|answering|concluding|closing|opening|summing\s+up|wrapping\s+up)"
    r"(?:\s+[^,\d]{3,60})?),\s+",
    re.I,
)
# "In a visionary move towards ..., ": a leading phrase with no figure and no time in it.
# "Regarding digital infrastructure, ", "As for the police, ": the topic a report moves to.
_LEADING_PHRASE = re.compile(
    r"^(?:(?:in|with|as|amid|under|for)\s+(?:a|an|the|its|their)\s"
    r"|(?:regarding|concerning|as\s+for|as\s+regards|in\s+terms\s+of|with\s+regard\s+to|"
    r"with\s+respect\s+to)\s)"
    r"(?![^,]*\b(?:year|month|quarter|half|period|week|day|time|first|last)s?\b)[^,\d]{3,70},\s+",
    re.I,
)
_TRAILING = re.compile(
    r"(?:,\s*(?:according\s+to\s+[^,]{3,80}|(?:he|she|they|the\s+[^,\d]{2,60}?|[A-Z][\w’'. -]{2,40})\s+"
    r"(?:said|added|noted|stated))|\s*[-—–]\s*[A-Z]{2,5})\s*[./]*$"
    # a quote's speaker after it: '," said Vang Mi Chu, a commune official'
    r"|[,.]?[\"”]?,?\s+(?:said|says|added|noted)\s+[A-Z][^,.\"”]{2,50}(?:,\s+(?:a|an|the)\s+[^,.\"”]{2,60})?\s*[.]*$"
)
# "68.5 million accounts, the ministry said, and 2.1 billion lookups": who said it, between
# two things said.
_SAID_BETWEEN = re.compile(
    r",\s+(?:the\s+[^,\d]{2,60}?|[A-Z][\w’'. -]{2,40}?)\s+(?:said|says|added|noted|reported)(?=,\s)"
)
# "The number of accounts activated reached 2.4 million" says what "Accounts activated
# reached 2.4 million" does: taken out of a line too long, before a verb of change (whose
# past tense agrees with either subject).
_NUMBER_OF = re.compile(
    r"^the\s+(?:total\s+)?number\s+of\s+(?=[^,;]{3,90}?(?<!\shas)(?<!\shave)\s(?:reached|rose|grew|increased|fell|"
    r"dropped|declined|hit|surpassed|exceeded|doubled|tripled|jumped|climbed|totall?ed|stood\s+at)\b)",
    re.I,
)
_QUOTE_MARKS = re.compile(r"^[\"“]\s*|\s*[\"”]$")
_PARENS = re.compile(r"\s*\([^()\d]{0,60}\)")
# Where a clause ends inside a line: a comma, a semicolon, a relative word, a dash.
_CLAUSE_END = r",\s|;\s|\s(?:which|while|whereas|as\s+well\s+as)\s|\s[—–]\s"
_BOUNDARY = re.compile(_CLAUSE_END)
_MONTH_NAMES = "|".join(calendar.month_name[1:])


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
    for pattern in (_CONNECTIVE, _CONCEDED, _SPEAKING, _LEADING_PHRASE, _ATTRIBUTION, _CONNECTIVE):
        shorter = pattern.sub("", line, count=1)
        if len(shorter.split()) >= 4:
            line = shorter
    line = _SAID_BETWEEN.sub("", _TRAILING.sub("", line)).strip(" .;,/")
    if line[:1] in '"“' and line.count(line[0]) + line.count("”") <= 2:
        line = _QUOTE_MARKS.sub("", line).strip(" .;,/")  # a quote told whole: its words
    if len(line) > LIMIT + SLACK:
        line = _NUMBER_OF.sub("", _PARENS.sub("", line), count=1)
    if len(line) > LIMIT + SLACK:
        line = _without_asides(line) or _clause_cut(line)
    line = line[0].upper() + line[1:] if line else line
    if len(line) <= LIMIT + SLACK:
        return line
    return _elided(line) or _plain_cut(line)


# A figure with the words of its size: "8.8 million", "3.5 times", "97,000 billion VND".
_SIZED_FIGURE = re.compile(
    r"(?<![A-Za-z\d])\d(?:[\d.,]*\d)?%?"
    r"(?:\s(?:million|billion|trillion|thousand|hundred|times|fold|vnd|usd|dong)\b)*",
    re.I,
)


def _plain_cut(line: str) -> str:
    """``line`` cut before the limit and marked "…": at a clause's end when that keeps as many
    figures and times, else at a word; never inside a figure ("8.8…" for "8.8 million" would
    be another figure), a time ("in the first…") or a bracket, nor after "of the"."""
    end = LIMIT + SLACK - 1
    wholes = [m.span() for m in (*_SIZED_FIGURE.finditer(line), *_TIME.finditer(line))]
    cut = line.rfind(" ", 0, end)
    cut = end if cut < LIMIT // 2 else cut
    straddled = [a for a, b in wholes if a < cut < b]
    if straddled:
        cut = line.rfind(" ", 0, min(straddled)) if min(straddled) > LIMIT // 2 else cut
    if line.count("(", 0, cut) > line.count(")", 0, cut):
        cut = line.rindex("(", 0, cut)
    clause_ends = [m.start() for m in _BOUNDARY.finditer(line, LIMIT // 2, end)]
    if clause_ends and _held(wholes, clause_ends[-1]) >= _held(wholes, cut):
        cut = clause_ends[-1]  # words fewer, to end where a clause does
    return _DANGLING.sub("", line[:cut].rstrip(" ,;")).rstrip(" ,;") + "…"


def _held(spans: list[tuple[int, int]], cut: int) -> int:
    """How many of ``spans`` end before ``cut``."""
    return sum(1 for _, b in spans if b <= cut)


# "by 2030," ends at the 0; the digits of a code ("C06", "5G") are not a figure's.
_FIGURE = re.compile(r"(?<![A-Za-z\d])\d(?:[\d.,]*\d)?%?")
_YEAR = re.compile(r"(?:19|20)\d\d\b(?!\s*(?:%|per\s*cent|percent))")
_MONTH_BEFORE = re.compile(rf"(?:{_MONTH_NAMES})\s$")


def _is_date_part(line: str, start: int) -> bool:
    """Whether the figure at ``start`` is a year or a day of a month ("September 17")."""
    return bool(_YEAR.match(line, start) or _MONTH_BEFORE.search(line[max(0, start - 10) : start]))


_DANGLING = re.compile(
    r"(?:\s+(?:a|an|the|of|to|and|or|in|on|for|with|by|at|from|compared|through|via|against|"
    r"into|than|as|that|which|who|its|their))+$",
    re.I,
)


# Where the phrase holding a figure or a time may start, inside a clause.
_PHRASE_START = re.compile(
    r"\s(?=(?:before|by|in|within|no\s+later\s+than|until|during|since|after|over|to|at|with|"
    r"from|reaching|accounting\s+for|up|down|compared\s+with|against|as\s+of)\s)"
)
# A time a briefing line keeps with its figures: "before August 31, 2023", "in the first
# quarter", "within April", "by the end of the year".
_TIME = re.compile(
    rf"\b(?:{_MONTH_NAMES})\b"
    r"|\b(?:first|second|third|fourth|last)\s+(?:quarter|half|six\s+months)\b"
    r"|\bend\s+of\s+(?:the|this|next)\s+(?:year|month|quarter)\b|\b(?:this|next)\s+(?:year|month)\b",
    re.I,
)


# Where the phrase kept after "…" ends: a clause's end, or a second task ("and to set up").
_TAIL_END = re.compile(_CLAUSE_END + r"|\sand\s(?=to\s)")
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|shall|must|will|would|can|should|may|"
    r"aims?|strives?|plans?|targets?|reached|rose|grew|fell)\b|\b\w{2,}ed\b",
    re.I,
)
_RELATIVE = re.compile(r",\s(?:which|who|when|where)\b")
_YEAR_AFTER_DAY = re.compile(r"(?:\s\d{1,2})?,\s(?:19|20)\d\d\b")


def _elided(line: str) -> str | None:
    """``line``'s opening, "…", and the phrase holding the figures or the time a plain cut
    would lose ("X are accessing Y … with a 25.25 per cent access rate", "The police shall
    complete the issuance of cards … before August 31, 2023"); None when that is not short
    or would still drop a figure."""
    figures = [m.span() for m in _SIZED_FIGURE.finditer(line)]
    times = [m.span() for m in _TIME.finditer(line)]
    # A year or a day beyond the cut is worth the elision only with a quantity or a time.
    lost = [(a, b) for a, b in figures if b > LIMIT - 1 and not _is_date_part(line, a)]
    lost += [(a, b) for a, b in [*times, *figures] if b > LIMIT - 1 and (lost or (a, b) in times)]
    # A time inside a relative clause ("which was launched on September 17") is context.
    relative = _RELATIVE.search(line)
    if relative is not None:
        lost = [(a, b) for a, b in lost if a < relative.start()]
    if not lost:
        return None
    first_lost = min(a for a, _ in lost)
    last_kept = max(b for _, b in lost)
    starts = [m.end() for m in _BOUNDARY.finditer(line, 0, first_lost)]
    starts += [m.end() for m in _PHRASE_START.finditer(line, 0, first_lost)]
    year = _YEAR_AFTER_DAY.match(line, last_kept)  # "August 31, 2023": the year too
    last_kept = year.end() if year else last_kept
    tail_end = next(
        (m.start() for m in _TAIL_END.finditer(line, last_kept)),
        len(line),
    )
    for tail_start in sorted(starts, reverse=True):
        tail = line[tail_start:tail_end].rstrip(" ,;")
        budget = LIMIT + SLACK - len(tail) - 3
        if budget < LIMIT // 2:
            return None
        if tail_start <= budget:
            return None  # nothing to leave out
        head = _DANGLING.sub("", line[:budget].rsplit(" ", 1)[0].rstrip(" ,;"))
        if _PREDICATE.search(head) is None:
            return None  # the claim's own verb would be left out ("The link between A and B …")
        if any(len(head) < b and a < tail_start for a, b in [*figures, *times]):
            continue  # a figure or a time between the two parts would be lost
        return f"{head} … {tail}"
    return None


# Where a clause of a long sentence ends and an aside may begin: a comma, a semicolon, a
# dash, or a relative or participial clause after a comma.
_ASIDE_START = re.compile(
    r",\s(?!of\s+which\b)|;\s|\s[—–]\s|(?<!of)\s(?=(?:which|while|whereas|including|as\s+well\s+as)\s)"
)
# What a briefing line must keep of a clause: a figure or a time ("before August 31",
# "in the first quarter", "within April", "by the end of the year").
_KEPT = re.compile(
    rf"\d|\b(?:{_MONTH_NAMES})\b"
    r"|\b(?:quarter|half|year|month|week|decade)\b|\b(?:not|no|never|only|yet)\b",
    re.I,
)
_HEAD_WORDS = 5
"""A first clause shorter than this many words is the head only with the clause after it."""


def _without_asides(line: str) -> str | None:
    """``line`` with the clauses that carry no figure, time or negation left out: those
    after the claim simply dropped, those inside it marked "…"; None when that does not
    make it short or leaves nothing out."""
    cuts = [(m.start(), m.end()) for m in _ASIDE_START.finditer(line)]
    if not cuts:
        return None
    bounds = [0, *[c for pair in cuts for c in pair], len(line)]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    head = 1
    while head < len(clauses) and len(line[: clauses[head - 1][1]].split()) < _HEAD_WORDS:
        head += 1  # "In 2026, Hanoi aims ...": the head holds a subject and its verb
    kept = list(range(head)) + [
        i for i in range(head, len(clauses)) if _KEPT.search(line, *clauses[i])
    ]
    if len(kept) == len(clauses):
        return None
    parts: list[str] = []
    previous = -1
    for i in kept:
        if parts and i != previous + 1:
            parts.append(" … ")
        elif parts:
            parts.append(line[clauses[previous][1] : clauses[i][0]])
        parts.append(line[clauses[i][0] : clauses[i][1]])
        previous = i
    shorter = "".join(parts).strip(" ,;")
    return shorter if len(shorter) <= LIMIT + SLACK else None


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
