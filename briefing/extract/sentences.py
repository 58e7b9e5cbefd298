"""Sentences and clauses of news prose, as ``[start, end)`` offsets into the text.

The genre is full of full stops that end nothing: decimals and thousands (``18.3%``,
``1,928,311``), document numbers (``Decree No. 163``, ``57-NQ/TW``), abbreviations
(``U.S.``, ``Dr.``), and lettered list items run into one paragraph (``a) ... b) ...``).
"""

from __future__ import annotations

import re

from briefing.extract.fact_lists import is_fact_label
from briefing.extract.textcase import has_digit

Span = tuple[int, int]

_ABBREVIATIONS = frozenset(
    [
        "no",
        "nos",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "co",
        "ltd",
        "inc",
        "corp",
        "dept",
        "gov",
        "assoc",
        "art",
        "cl",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "approx",
        "est",
        "fig",
        "vol",
        "p",
        "pp",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
    ]
)
# A candidate end: . ! ? … then optional closing quotes/brackets, then space.
_END = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s)")
_NEXT_START = re.compile(r"\s+[\"“‘(\[]?([A-Z0-9ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚĂĐƠƯ*•\-])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
# A page's paragraphs run together with no space: "reached over 13.2 million.According to
# the department, ..." (not "Chinhphu.vn", "U.S.Army", "Mr.Long": abbreviations are kept).
_GLUED_END = re.compile(r"(?<=[a-z0-9%)])[.!?](?=[A-ZĐ][a-zà-ỹ]+\b)")
# "a) ...", "b) ..." list items inside a paragraph: start a new sentence at each.
_LIST_ITEM = re.compile(r"(?:(?<=[.;:])|(?<=^))\s*([a-hđ]\)|\(?[ivx]{1,4}\)|[0-9]{1,2}\))\s+", re.M)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at ``dot`` closes an abbreviation, not a sentence."""
    match = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not match:
        return False
    word = match.group(1).lower().strip(".")
    if word in _ABBREVIATIONS:
        return True
    # Initials and dotted abbreviations: "U.S", "P.M", a single capital "J".
    return bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)) or (
        len(word) == 1 and match.group(1).isupper()
    )


# A page's date stamp run into a paragraph's first sentence (its quotes and statements
# leave it out).
DATE_STAMP = re.compile(
    r"(?:(?i:date|updated|published|posted)\s*:?\s*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s+\d{1,2}:\d{2})?\s+(?=[A-ZÀ-Ỹ][A-ZÀ-Ỹ .]*\s[—–-]|[A-ZÀ-Ỹ][a-zà-ỹ])"
)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]`` (one paragraph, no newlines expected)."""
    end = len(text) if end is None else end
    stamp = DATE_STAMP.match(text, start, end)
    if stamp is not None:
        start = stamp.end()  # "Date 2025-05-17 HÀ NỘI — ...": the page's date is not prose
    cuts = [start]
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        following = _NEXT_START.match(text, stop, end)
        if following is None:
            continue
        cuts.append(following.start(1) - (1 if text[following.start(1) - 1] in '"“‘([' else 0))
    for match in _GLUED_END.finditer(text, start, end):
        if text[match.start()] != "." or not _is_abbreviation(text, match.start()):
            cuts.append(match.end())
    items = _LIST_ITEM.finditer(text, start, end) if text.find(")", start, end) >= 0 else ()
    for match in items:
        if match.start(1) > start:
            cuts.append(match.start(1))
    cuts = sorted(set(cuts))
    return _pieces(text, cuts, end)


def _pieces(text: str, cuts: list[int], end: int) -> list[Span]:
    """The non-empty, trimmed spans between consecutive cuts (and ``end``)."""
    spans: list[Span] = []
    for a, b in zip(cuts, [*cuts[1:], end], strict=True):
        a, b = _trim(text, a, b)
        if b > a:
            spans.append((a, b))
    return spans


_TIME_LABEL = re.compile(r"(?:completion\s+time|deadline|time\s+limit|due\s+date)$", re.I)
_TIME_AFTER = re.compile(
    r"(?:completion\s+time|deadline|time\s+limit|due\s+date|to\s+be\s+(?:completed|finished))\b",
    re.I,
)
# A colon before the clause's own date, all that follows it: "- Link the remaining
# databases: by June 30, 2026" (not "slow at first: by December, 8.5 million had ...").
_DUE_AFTER = re.compile(
    r"(?:by|before|within|no\s+later\s+than|(?:in\s+)?the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)|"
    r"(?:first|second|third|fourth)\s+quarter|(?:the\s+)?end\s+of)\b",
    re.I,
)
_YEAR_END = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d$")
# A measure's parts named: "In the index, there are five indicators: A, B and C" is one
# definition, not a run of items (each would read as a level).
_PARTS_NAMED = re.compile(
    r"\b(?:index|indices|indexes|ranking|survey|scorecard|assessment)\b[^.;:]*"
    r"\b(?:there\s+(?:are|is)|consists?\s+of|comprises?|is\s+made\s+up\s+of)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:indicators|criteria|components|pillars|sub-?ind(?:ices|exes)|dimensions)\s*$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r";\s+|:\s+(?=\S)")
GERUND = r"(?:[a-z]+ly\s+)?(?!(?:during|nothing|something|anything|everything|morning|evening)\b)[a-z]{3,}ing\b"
"""A deed told in the gerund, an adverb perhaps before it ("basically completing")."""
RUN_OPENS = re.compile(
    rf"(?<!was\s)(?<!were\s)(?<!been\s)\b(?:completed\s+{GERUND}|sets?\s+(?:the|a)\s+(?:goals?|targets?)\s+"
    r"(?:of|to|that|for)\b)",
    re.I,
)
"""A run of items one verb governs: deeds told done ("The province completed providing
...; deploying ...; putting into operation ...") or levels a goal sets ("The plan sets
the target of 100% of ministries ...; 50% of records ..."): the items after its
semicolons are of the same kind as its first."""
RUN_ITEM = rf"{GERUND}|(?:over\s+|about\s+|at\s+least\s+)?\d[\d.,]*%\s+(?:[a-z]+\s+)?of\b"
"""How an item of such a run opens: a deed in the gerund, or a share ("100% of ...")."""
_NEXT_ITEM = re.compile(rf"(?:and\s+)?(?:{RUN_ITEM})", re.I)
# An item told as things stand ("...; 41% of adults still lack them"): a claim of its own.
_STATE_TOLD = re.compile(r"\b(?:still|now|currently|so\s+far|to\s+date|had|lacks?|lacking)\b", re.I)


def _item_end(text: str, start: int, end: int) -> int:
    """Where a run's item starting at ``start`` ends: its semicolon, or ``end``."""
    at = text.find(";", start, end)
    return end if at < 0 else at


def opens_run(text: str, start: int, end: int) -> bool:
    """Does the clause at ``text[start:end]`` open a run of deeds done or of levels set
    (its verb within the clause's first 120 characters)?"""
    return RUN_OPENS.search(text, start, min(end, start + 120)) is not None


# A result followed by its projection is two claims: "... 16.5% in 2023, with projections
# for 2024 rising to 18.6%"; "... for the second year in a row and is forecast to ...".
_PROJECTION = re.compile(
    r"\b(?:with\s+(?:projections?|forecasts?)\s+for|"
    r"(?:is|are)\s+(?:forecast|forecasted|expected|projected)\s+to)\b",
    re.I,
)
_GOAL_AFTER_RESULT = re.compile(
    r"(?:(?<=,\sand\s)|(?<=,\swhile\s))(?:[\w’'.-]+\s+){1,4}?(?:aims?|plans?|targets?|strives?|hopes?|intends?|expects?)\s+to\b"
    # "has reported 2.5 million users and plans to add 10,000 stations": the same subject
    r"|(?<=\sand\s)(?:also\s+)?(?:(?:is|are)\s+(?:planning|aiming|seeking|striving)|aims|plans|targets|"
    r"strives|intends|hopes|expects)\s+to\b",
    re.I,
)
# "Having surpassed six million users, the operator has set its sights on 10 million":
# a result told in a participle, then a goal.
_HAVING_DONE = re.compile(
    r"Having\s+(?:already\s+|now\s+|just\s+)?[a-z]+(?:ed|en|wn)\b[^,;]*?(?:\d|\bmillion\b|\bbillion\b)[^,;]*,\s+"
)
_GOAL_WORDS = re.compile(r"aim|plan|target|striv|hope|intend|expect")
"""The words a goal told after a result opens with: looked for before the pattern."""
_GOAL_AFTER_HAVING = re.compile(
    r"\b(?:aims?|plans?|targets?|strives?|intends?|expects?)\s+to\b|\bsets?\s+(?:its|their)\s+sights\s+on\b"
    r"|\b(?:has|have)\s+set\s+(?:its|their|a|the)\s+(?:sights|goal|target)\b",
    re.I,
)
_JOIN_BEFORE = re.compile(r",?\s+(?:(?:and|while)\s+)?$", re.I)
_RESULT_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|made|makes|grew|grows|rose|rises|led|leads|stood|hit|\w+ed)\b",
    re.I,
)


# "... said that 99.5% of requests are processed within a day, and that the errors come
# from other agencies' data": two things reported, each a claim of its own.
# So is a result and what its source conceded: "18.7% of GDP, according to the ministry,
# which conceded that the goal is unlikely to be met".
_SECOND_THAT = re.compile(
    r"(?P<and_that>,\s+and\s+that\s+)|,\s+(?:which|who)\s+(?:also\s+)?(?:conceded|admitted|acknowledged|warned)\b"
    r"[^,;]{0,60}?\bthat\s+",
    re.I,
)


def _said_twice(text: str, a: int, b: int) -> list[Span]:
    """A clause of two reported claims (two that-clauses, or a result and what its source
    conceded) as two spans, else the clause itself."""
    second = (
        _SECOND_THAT.search(text, a, b)
        if text.find(", and that ", a, b) >= 0 or text.find(", wh", a, b) >= 0
        else None
    )
    if second is None:
        return [(a, b)]
    if second["and_that"] and text.find(" that ", a, second.start()) < 0:
        return [(a, b)]  # ", and that" joins two reported claims only after a first "that"
    return [_trim(text, a, second.start()), _trim(text, second.end(), b)]


def split_clauses(text: str, start: int, end: int) -> list[Span]:
    """A sentence cut at ';' and at ':' that opens a run of items: clause-level quotes."""
    cuts = [start]
    bracketed = text.find("(", start, end) >= 0
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        head = text[match.start()]
        if head == ";" and _TIME_AFTER.match(text, match.end(), end):
            continue  # "...; deadline: before 30/6/2025" dates the task before it
        if (
            head == ";"
            and _NEXT_ITEM.match(text, match.end(), end)
            and opens_run(text, start, match.start())
            and not _STATE_TOLD.search(text, match.end(), _item_end(text, match.end(), end))
        ):
            continue  # the run's next item: cut into its items with the run's kind
        if bracketed and text.count("(", start, match.start()) > text.count(
            ")", start, match.start()
        ):
            continue  # "(about 3 million at the provincial level; 9.1 million at the commune level)"
        if head == ":":
            # "such as: A; B" or "Regarding X: ..." opens items; "10:30" or 'said: "' does not.
            after = text[match.end() : match.end() + 1]
            if (
                after in '"“'
                # "10: 30" or "Article 5:", not a heading's year ("Goals by 2030: ...")
                or (
                    text[match.start() - 1].isdigit()
                    and not _YEAR_END.search(text, max(start, match.start() - 5), match.start())
                )
                or _TIME_LABEL.search(text, max(start, match.start() - 24), match.start())
                or (end - match.end() <= 40 and _DUE_AFTER.match(text, match.end(), end))
                or is_fact_label(text, start, match.start(), end)
                or _PARTS_NAMED.search(text, start, match.start())
            ):
                continue  # "completion time: before May 5" is the clause's own date
        cuts.append(match.end())
    spans: list[Span] = []
    for piece in _pieces(text, cuts, end):
        for a, b in _said_twice(text, *piece):
            spans.extend(_result_then_more(text, a, b))
    return spans


def _result_then_more(text: str, a: int, b: int) -> list[Span]:
    """A clause as a result and the goal or projection told after it, else as itself."""
    # the words first (str.find is cheap): most clauses have no projection
    m = (
        _PROJECTION.search(text, a, b)
        if text.find("project", a, b) >= 0
        or text.find("forecast", a, b) >= 0
        or text.find("expected", a, b) >= 0
        else None
    )
    head = text[a : m.start()] if m is not None else ""
    goal = None
    having = _HAVING_DONE.match(text, a, b) if text.startswith("Having", a) else None
    if having is not None and _GOAL_AFTER_HAVING.search(text, having.end(), b):
        return [_trim(text, a, having.end()), _trim(text, having.end(), b)]
    if (
        m is None
        and (text.find(" and ", a, b) >= 0 or text.find(", while ", a, b) >= 0)
        and _GOAL_WORDS.search(text, a, b)
    ):
        # "4G now covers 99.8% of people, and MIC aims to launch 5G in 2023": a result
        # with its figure, then someone's goal: two claims.
        goal = _GOAL_AFTER_RESULT.search(text, a, b)
        head = text[a : goal.start()] if goal is not None else ""
    if goal is not None and len(head.split()) >= 4 and has_digit(head):
        cut = a + _JOIN_BEFORE.search(head).start()  # type: ignore[union-attr]
        return [p for p in (_trim(text, a, cut), _trim(text, goal.start(), b)) if p[1] > p[0]]
    # The result must be a clause of its own: "Using the data is projected to ..." is one.
    elif (
        m is not None
        and len(head.split()) >= 4
        and _RESULT_VERB.search(head)
        and "will" not in head
    ):
        join = _JOIN_BEFORE.search(head)
        cut = a + join.start() if join else m.start()
        return [p for p in (_trim(text, a, cut), _trim(text, m.start(), b)) if p[1] > p[0]]
    return [(a, b)]


def _trim(text: str, a: int, b: int) -> Span:
    while a < b and (text[a].isspace()):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ";:,"):
        b -= 1
    return a, b
