"""A finding's quote → its statement: a briefing line, short, with every figure kept.

The line drops what a meeting does not need (who said it, a dateline, a leading
connective, a trailing "he said") and is shortened at a clause's end after its last
figure; it never adds a word the quote does not have. Only a line that cannot be
shortened that way is cut with "…".
"""

from __future__ import annotations

import itertools
import re

from briefing.extract.context_cues import LIST_OPENER
from briefing.extract.lead_ins import without_dateline, without_lead_ins, without_trailing_speaker
from briefing.extract.line_parts import FIGURE, MONTH_NAMES, SIZED_FIGURE, TIME_SPAN, is_date_part
from briefing.extract.sentences import DATE_STAMP
from briefing.extract.shorter_forms import (
    NAME_LIST,
    NAME_SPELLED_OUT,
    NUMBER_OF,
    PARENS,
    SHORT_NAME,
    shorter_list,
)

LIMIT = 100
"""A briefing line's length; a line up to ``SLACK`` over it is kept whole."""
SLACK = 20

# "68 per cent" is "68%": the same figure, seven characters fewer on a briefing line.
_PER_CENT = re.compile(r"(?<=\d)\s?(?:per\s?cent|percent)\b", re.I)
_LIST_MARK = re.compile(r"^(?:[a-hđ]\)|\d\)|[-•*])\s*")
_QUOTE_MARKS = re.compile(r"^[\"“]\s*|\s*[\"”]$")
# Where a clause ends inside a line: a comma, a semicolon, a relative word, a dash.
_CLAUSE_END = r",\s|;\s|\s(?:which|while|whereas|as\s+well\s+as)\s|\s[—–]\s"
_BOUNDARY = re.compile(_CLAUSE_END)
# A list's opener left at the end when the items follow a colon: "4 overdue tasks, including".
_OPENER_END = re.compile(rf",?\s+(?:{LIST_OPENER}|namely)$", re.I)


def statement_of_quote(quote: str, lead: str = "") -> str:
    """The briefing line of ``quote`` (a finding's verbatim clause); ``lead``: the subject
    its sentence gave it, when the quote starts at its verb ("is forecast to ...")."""
    line = " ".join(quote.split()).strip(" .;,/")
    line = _PER_CENT.sub("%", line)
    if lead:
        line = f"{lead} {line}"
    line = _LIST_MARK.sub("", line)
    stamp = DATE_STAMP.match(line)  # the page's own date, run into the first sentence
    line = without_lead_ins(without_dateline(line[stamp.end() :] if stamp else line))
    line = _OPENER_END.sub("", without_trailing_speaker(line)).strip(" .;,/")
    if line[:1] in '"“' and line.count(line[0]) + line.count("”") <= 2:
        line = _QUOTE_MARKS.sub("", line).strip(" .;,/")  # a quote told whole: its words
    if len(line) > LIMIT + SLACK:
        line = SHORT_NAME.sub(r"\g<name>", NAME_SPELLED_OUT.sub("", line))
    if len(line) > LIMIT + SLACK:
        line = NUMBER_OF.sub("", PARENS.sub("", line), count=1)
    if len(line) > LIMIT + SLACK:
        line = NAME_LIST.sub(shorter_list, line)
    if len(line) > LIMIT + SLACK:
        line = _without_asides(line) or _clause_cut(line)
    line = line[0].upper() + line[1:] if line else line
    if len(line) <= LIMIT + SLACK:
        return line
    return _elided(line) or _subject_elided(line) or _cut_or_whole(line)


LONGEST = 2 * LIMIT
"""The longest line kept whole when no shortening keeps its figures: a long line that says
its claim beats a short one that has lost it."""


def _cut_or_whole(line: str) -> str:
    """``line`` cut plainly, or kept whole when the cut would lose one of its figures (not
    a date's) and it is not too long to read on a line or two."""
    cut = _plain_cut(line)
    if len(line) > LONGEST:
        return cut
    return line if _claim_figures(cut) < _claim_figures(line) else cut


# A document's number: "Procedure No. 570/TTLLTPQG", "Decision 06/QD-TTg".
_DOCUMENT_NUMBER = re.compile(r"(?<=No\.\s)|(?<=No\s)|(?=\d+/[A-ZĐ])")


def _claim_figures(line: str) -> int:
    """How many figures ``line`` tells, not counting a date's parts or a document's number."""
    return sum(
        1
        for m in SIZED_FIGURE.finditer(line)
        if not is_date_part(line, m.start()) and not _DOCUMENT_NUMBER.match(line, m.start())
    )


def _plain_cut(line: str) -> str:
    """``line`` cut before the limit and marked "…": at a clause's end when that keeps as many
    figures and times, else at a word; never inside a figure ("8.8…" for "8.8 million" would
    be another figure), a time ("in the first…"), a bracket or a quotation, nor after "of"."""
    end = LIMIT + SLACK - 1
    wholes = [m.span() for m in (*SIZED_FIGURE.finditer(line), *TIME_SPAN.finditer(line))]
    cut = line.rfind(" ", 0, end)
    cut = end if cut < LIMIT // 2 else cut
    straddled = [a for a, b in wholes if a < cut < b]
    if straddled:
        cut = line.rfind(" ", 0, min(straddled)) if min(straddled) > LIMIT // 2 else cut
    clause_ends = [m.start() for m in _BOUNDARY.finditer(line, LIMIT // 2, end)]
    if clause_ends and _held(wholes, clause_ends[-1]) >= _held(wholes, cut):
        cut = clause_ends[-1]  # words fewer, to end where a clause does
    return _DANGLING.sub("", _outside_quotes(line[:cut]).rstrip(" ,;")).rstrip(" ,;") + "…"


def _outside_quotes(head: str) -> str:
    """``head`` without a bracket or a quotation it opens and does not close."""
    for opening, closing in (("(", ")"), ("“", "”")):
        if head.count(opening) > head.count(closing):
            head = head[: head.rindex(opening)]
    if head.count('"') % 2:
        head = head[: head.rindex('"')]
    return head


def _held(spans: list[tuple[int, int]], cut: int) -> int:
    """How many of ``spans`` end before ``cut``."""
    return sum(1 for _, b in spans if b <= cut)


_DANGLING = re.compile(
    r"(?:\s+(?:a|an|the|of|to|and|or|in|on|for|with|by|at|from|compared|through|via|against|"
    r"into|than|as|that|which|who|its|their|since|until|during|within|over|before|after|while|"
    r"whereas|among|across|between|per|including))+$",
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
    rf"\b(?:{MONTH_NAMES})\b"
    r"|\b(?:first|second|third|fourth|last)\s+(?:quarter|half|six\s+months)\b"
    r"|\bend\s+of\s+(?:the|this|next)\s+(?:year|month|quarter)\b|\b(?:this|next)\s+(?:year|month)\b",
    re.I,
)


# Where the phrase kept after "…" ends: a clause's end, or a second task ("and to set up").
_TAIL_END = re.compile(_CLAUSE_END + r"|\sand\s(?=to\s)")
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|shall|must|will|would|can|should|may|"
    r"aims?|strives?|plans?|targets?|reached|rose|grew|fell|set|made|took|saw|got|gave|began|"
    r"became|won|led|put|cut|hit|kept|met|paid|sold|spent|built|brought|held|lost|ran|sent)\b"
    r"|\b\w{2,}ed\b",
    re.I,
)
# A clause with a subject of its own: "…, and the figure for Bac Ninh is …", "while", "; "
# (not "between the portal and VNeID").
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|yet)\s+(?:the|a|an|its|their|[A-ZÀ-Ỹ])|,\s+but\s|\s(?:while|whereas)\s|;\s"
)
_RELATIVE = re.compile(r",\s(?:which|who|when|where)\b")
_YEAR_AFTER_DAY = re.compile(r"(?:\s\d{1,2})?,\s(?:19|20)\d\d\b")


def _elided(line: str) -> str | None:
    """``line``'s opening, "…", and the phrase holding the figures or the time a plain cut
    would lose ("X are accessing Y … with a 25.25 per cent access rate", "The police shall
    complete the issuance of cards … before August 31, 2023"); None when that is not short
    or would still drop a figure."""
    figures = [m.span() for m in SIZED_FIGURE.finditer(line)]
    times = [m.span() for m in _TIME.finditer(line)]
    spans = [m.span() for m in TIME_SPAN.finditer(line)]
    # A year or a day beyond the cut is worth the elision only with a quantity or a time.
    lost = [(a, b) for a, b in figures if b > LIMIT - 1 and not is_date_part(line, a)]
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
        head = _DANGLING.sub("", _outside_quotes(line[:budget].rsplit(" ", 1)[0]).rstrip(" ,;"))
        if _PREDICATE.search(head) is None:
            return None  # the claim's own verb would be left out ("The link between A and B …")
        if any(len(head) < b and a < tail_start for a, b in [*figures, *times]):
            continue  # a figure or a time between the two parts would be lost
        if (
            any(a < len(head) < b for a, b in spans)
            or _NEW_CLAUSE.search(line, len(head), tail_start)
            or "according to" in line[len(head) : tail_start]  # the tail is the source's
            or _CONDITION.search(line, len(head), tail_start)
            or _VERB_FIRST.match(tail)
        ):
            continue  # a time cut in two, a condition left out, a tail without its subject
        return f"{head} … {tail}"
    return None


# The words that may come before a claim's verb and go with it after "…": "only reached".
_BEFORE_VERB = re.compile(
    r"(?:\b(?:only|still|just|already|now|also|currently|so\s+far|has|have|had|is|are|was|"
    r"were|be|been|being|will|would|shall|should|can|could|must|may|might)\s+)+$",
    re.I,
)
# What the words before the kept verb must not hold, head or left out: a time ("in the
# first six months") or a "that" (the subject would be another clause's).
_NOT_LEFT_OUT = re.compile(r"\b(?:months|quarters|years|weeks|days|that)\b", re.I)
_MODIFIER = re.compile(r"\s(?=(?:of|in|among|from|for|on|at|with|across|under|via|through)\s)")
# A verb of the head's own (not a participle of its noun): its subject is another clause's.
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|shall|must|will|would|can|should|may)\b", re.I
)
# "... is 12.8%, and of localities is 56.2%": the tail sets another modifier beside the
# one that would be left out, which is then what the figure is told apart by.
_PARALLEL = re.compile(r",\s+(?:and|while|whereas|but)\s+(?:of|in|for|among|at|from)\s", re.I)
_SUBJECT_WORDS = 4
"""The fewest words of a subject kept before "…": enough to say what the figure is of."""


def _subject_elided(line: str) -> str | None:
    """``line`` with the middle of a long subject left out: its opening, "…", then its verb
    and the figures ("The rate of activating level-2 accounts … only reached 25.78% by the
    end of June"); None when the left-out words hold a verb, a figure, a time, a
    condition or a negation (which would change what the figure is of), or the line
    stays long."""
    figures = [m.span() for m in SIZED_FIGURE.finditer(line)]
    lost = [a for a, b in figures if b > LIMIT - 1 and not is_date_part(line, a)]
    if not lost:
        return None  # a plain cut keeps every figure
    # The claim's verb is the last before its figure: an "-ed" before it is a participle
    # of the subject ("dossiers filed through the portal ... only reached 17.4%").
    verb = max(_PREDICATE.finditer(line, 0, lost[0]), key=lambda m: m.start(), default=None)
    if verb is None:
        return None
    before = _BEFORE_VERB.search(line, 0, verb.start())
    tail_start = before.start() if before else verb.start()
    last = max(b for _, b in figures)
    tail_end = next((m.start() for m in _TAIL_END.finditer(line, last)), len(line))
    tail = line[tail_start:tail_end].rstrip(" ,;")
    budget = LIMIT + SLACK - len(tail) - 3
    # The head ends where a modifier of its noun begins ("accounts | among residents of
    # ..."), so it is a whole noun phrase and what is left out only narrows it.
    cut = max(
        (m.start() for m in _MODIFIER.finditer(line, 0, tail_start) if m.start() <= budget),
        default=0,
    )
    head = line[:cut]
    left_out = line[cut:tail_start]
    subject = _BOUNDARY.split(head)[-1]  # after "In 2024, ...": the subject's own words
    if (
        not cut
        or len(subject.split()) < _SUBJECT_WORDS
        or _AUXILIARY.search(head)
        or _PREDICATE.search(left_out)
        or _KEPT.search(left_out)
        or _NOT_LEFT_OUT.search(line, 0, tail_start)
        or _BOUNDARY.search(left_out)
        or _PARALLEL.search(tail)
        or _outside_quotes(head) != head
    ):
        return None
    return f"{head} … {tail}"


# Where a clause of a long sentence ends and an aside may begin: a comma, a semicolon, a
# dash, or a relative or participial clause after a comma.
_ASIDE_START = re.compile(
    r",\s(?!of\s+which\b)|;\s|\s[—–]\s|(?<!of)\s(?=(?:which|while|whereas|including|as\s+well\s+as)\s)"
)
# A condition or the bounds of a figure's scope: what a shortened line must not leave out.
_CONDITIONS = r"\b(?:if|unless|provided\s+that|excluding|except)\b"
_CONDITION = re.compile(_CONDITIONS, re.I)
# What a briefing line must keep of a clause: a figure or a time ("before August 31",
# "in the first quarter", "within April", "by the end of the year"), a condition, a negation.
_KEPT = re.compile(
    rf"\d|\b(?:{MONTH_NAMES})\b|\b(?:quarter|half|year|month|week|decade)\b|{_CONDITIONS}"
    r"|\b(?:not|no|never|only|yet|cannot|without)\b|n't\b",  # a negation
    re.I,
)
# A clause that opens on its verb has its subject before it: after "…" ("… has reached
# 90%") it would give its figure to the head's subject.
_VERB_FIRST = re.compile(
    r"(?:has|have|had|is|are|was|were|will|would|can|could|should|must|may|shall|did|does|"
    r"reached|rose|grew|fell|increased|decreased|declined|dropped|totall?ed|hit|issued|activated)\b",
    re.I,
)
_HEAD_WORDS = 5
"""A first clause shorter than this many words is the head only with the clause after it."""


# "that" and a phrase put before its clause's subject ("that by 2026, villages will ...").
_THAT_FRONTED = re.compile(
    r"(?<!times\s)(?<!than\s)(?<!like\s)(?<!\bas\s)(?<!\bof\s)\bthat\s+(?:by|in|from|after|before|with|until|during|through|under|within|over|at|"
    r"on|for|as|since|upon|when|once|if)\b",
    re.I,
)


_FRONTED_WORDS = 8
"""A phrase put before a clause's subject is short; a longer run is the clause itself."""


def _open_that(line: str, end: int) -> bool:
    """Whether ``line[:end]`` ends in a "that" clause that has so far only the phrase put
    before its subject ("The commune aims that by 2026"): its claim comes after the comma,
    so a line cannot end there."""
    last = max(_THAT_FRONTED.finditer(line, 0, end), key=lambda m: m.start(), default=None)
    return (
        last is not None
        and len(line[last.end() : end].split()) <= _FRONTED_WORDS
        and not _PREDICATE.search(line, last.end(), end)
    )


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
    while head < len(clauses) and (
        (words := len(line[: clauses[head - 1][1]].split())) < _HEAD_WORDS
        or (words < 2 * _HEAD_WORDS and not _PREDICATE.search(line, 0, clauses[head - 1][1]))
        or _open_that(line, clauses[head - 1][1])
    ):
        head += 1  # "In 2026, Hanoi aims ...": the head holds a subject and its verb
    kept = list(range(head)) + [
        i for i in range(head, len(clauses)) if _KEPT.search(line, *clauses[i])
    ]
    if len(kept) == len(clauses):
        return None
    gaps = [(clauses[a][1], clauses[b][0]) for a, b in itertools.pairwise(kept) if b != a + 1]
    if any(_NEW_CLAUSE.search(line, start, end) for start, end in gaps):
        return None  # "…, while HCMC, the largest city, has reached 90%": whose 90% it is
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
    """``line`` up to the end of the clause that holds its last figure (or condition), when
    that is short; else up to the last clause end within the limit, when none lies beyond."""
    digits = [m.end() for m in (*FIGURE.finditer(line), *_CONDITION.finditer(line))]
    last = max(digits, default=0)
    for m in _BOUNDARY.finditer(line):
        if m.start() >= last and m.start() >= LIMIT // 2:
            # "Concerning the key tasks for 2025, the ministry is to ...": a head with no
            # verb is no line; it is cut further on instead
            if _open_that(line, m.start()):
                continue  # "... set a goal that by 2030, the potential": not yet the claim
            if m.start() <= LIMIT + SLACK and _PREDICATE.search(line, 0, m.start()):
                return line[: m.start()].rstrip(" ,;")
            break
    best = 0
    for m in _BOUNDARY.finditer(line, 0, LIMIT + SLACK):
        if m.start() >= LIMIT // 2 and m.start() >= last and not _open_that(line, m.start()):
            best = m.start()
    return line[:best].rstrip(" ,;") if best else line
