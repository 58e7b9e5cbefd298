"""A sentence's clauses cut into claims: where a new figure leads a claim of its own,
where two dated tasks or goals are joined by "and", where a list's items part."""

from __future__ import annotations

import re
from datetime import date

from briefing.extract.clause_turns import (
    concession,
    done_then_to_do,
    goal_then_state,
    order_after,
)
from briefing.extract.context_cues import STILL_BEING_DONE
from briefing.extract.cues import IMPERATIVE_VERBS
from briefing.extract.due_dates import find_dues
from briefing.extract.figures import Figure
from briefing.extract.finishing import is_time_line
from briefing.extract.result_lists import result_items
from briefing.extract.sentences import Span, opens_run, split_clauses
from briefing.extract.shortfall_cues import FEW_WRONG, SCANT
from briefing.extract.shortfall_lists import shortfall_items, told_items
from briefing.extract.textcase import lower_whole, lowercase_pattern

ClauseParts = tuple[Span, list[Span]]
"""A clause and the parts it is cut into (one part: the clause itself)."""

_FIGURE_LED = lowercase_pattern(
    # "..., but only 42% of fees were paid without cash": a result, then its shortfall
    rf"(?:,\s+(?:and\s+|while\s+|but\s+(?={SCANT}\s))?(?!of\s+which\b)|\s+and\s+)"
    rf"(?=(?:{SCANT}\s+)?(?:more than|over|nearly|almost|about|around|approximately|some)?\s*\d[\d,.]*\s*(?:%|million|billion|thousand)?\s+(?!times\b)[a-z])"
    # "28% in 2022 and 19% in 2023": one metric's series stays one finding
    r"(?!(?:more than|over|nearly|almost|about|around|approximately|some)?\s*\d[\d,.]*\s*"
    r"(?:%|per\s*cent|percent)?\s+(?:in|for)\s+(?:19|20)\d\d\b)"
    # "received 976 dossiers, 891 of which were processed online": a funnel stays one
    r"(?!(?:more than|over|nearly|almost|about|around|approximately|some)?\s*\d[\d,.]*\s*"
    r"(?:%|per\s*cent|percent)?\s+of\s+(?:which|them|these|those)\b)"
)
# "Online dossiers rose by 18% and the on-time rate rose to 97.6%": a second metric with
# its own subject and verb; "grew by 15.2%, and the number of shoppers by 22.7%": its verb
# left out (not "and the remaining 2.4% were late", the first's complement).
_SUBJECT_LED = lowercase_pattern(
    r"(?:,\s+|\s+)(?:and|while|whereas)\s+(?=the\s+(?!remaining\b|rest\b|others?\b|number\s+[a-z]+ed\b)(?:[\w-]+\s+){1,6}?"
    r"(?:(?:rose|increased|grew|fell|dropped|declined|decreased|reached|hit|stood|jumped|climbed|surged)\s+"
    r"(?:by\s+|to\s+|at\s+)?"
    r"|(?<=\s)by\s+)"
    r"(?:about\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?\d)"
    # "E-wallet payments rose to 37%, while payments by card fell to 27%": a contrast's
    # subject needs no article
    r"|,\s+(?:while|whereas)\s+(?=(?!the\b)(?:[\w-]+\s+){1,6}?"
    r"(?:(?:rose|increased|grew|fell|dropped|declined|decreased|reached|stood|jumped|climbed)\s+"
    r"(?:by\s+|to\s+|at\s+)?|(?:saw|recorded|posted)\s+(?:an?\s+)?(?:[\w-]+\s+)?)"
    r"(?:about\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?\d)"
)
_FUNNEL = lowercase_pattern(
    # after its source, if it comes first: "According to the department, of the 1,312 ..."
    # or what a count found: "The update of the list found that of the 7,200 systems, ..."
    r"(?:according\s+to\s+[^,;]{1,80},\s+|[^,;.]{1,100}?\b(?:found|showed|shows|revealed|indicated)\s+that\s+)?"
    r"(?:(?:to\s+date|so\s+far|currently),\s+)?(?:of|out\s+of)\s+"
    # "To date, out of a total of 47 tasks, 15 have been completed"
    r"(?:the|these|those|this|which|them|its|their|a\s+total\s+of)?\s*,?\s*(?:more\s+than\s+|over\s+|nearly\s+|about\s+)?\d"
)
_SCANT_SET_AGAINST = lowercase_pattern(rf",?\s+(?:while|but|whereas)\s+(?:{SCANT})\s")
_ORDER_VERBS = r"(?:ordered|asked|required|tasked|instructed|requested|assigned|directed|set)"
# "... by 2025 and to bring ...", "... before July 15 and complete ...": a second task.
_TASK_JOIN = lowercase_pattern(
    rf",?\s+and\s+(?=(?:to\s+)?(?:{IMPERATIVE_VERBS}|bring|have|reach|achieve|put|get|open|"
    r"extend|fix|install|provide|hold|keep)\b"
    # "... by 2028, and aims for 80% ... by 2030": a second goal
    r"|(?:aims?|strives?)\s+(?:to|for|at)\b|sets?\s+(?:the\s+|a\s+)?(?:goal|target)\b"
    # "... before March 31, and asked the districts to report ... before May 5"
    rf"|(?:(?:has|have|had)\s+)?(?:also\s+)?{_ORDER_VERBS}\b)"
    # "..., while the city police are to finish ... by June 30", "..., and carriers have
    # been asked to ...", "..., and the centre will open ...": another's task
    r"|,?\s+(?:and|while|whereas)\s+(?=(?:the\s+)?(?:[\w’'.-]+\s+){1,8}?"
    r"(?:must|shall|will|is\s+to|are\s+to|has\s+to|have\s+to|(?:is|are)\s+required\s+to|"
    rf"(?:has|have|had)\s+been\s+{_ORDER_VERBS})\s)"
    # "report the roadmap before June 30, ensuring that by the end of 2025, 80% of ...":
    # the task, then the level it is to bring, each with its own date
    r"|,\s+ensuring\s+that\s+"
)
# A count with no noun of its own, told on from the clause before: "Of the 18 tasks, 5 have
# been completed; 9 are in progress; and 4 are ongoing" (one breakdown; "9 are in
# progress" says nothing alone).
_BARE_COUNT = re.compile(
    r"\W*(?:and\s+)?(?:about\s+|over\s+|nearly\s+)?(?!(?:19|20)\d\d\b)\d[\d,.]*\s+"
    r"(?:are|were|is|was|have|has|had|remain\w*)\b"
)


def _with_their_dates(text: str, clauses: list[Span]) -> list[Span]:
    """The clauses, each task's date told as a clause of its own after it ("...
    land database in the current period; complete in March 2026.") joined to it: the
    task is due then, and the date alone is no claim. So is a bare count told on."""
    joined: list[Span] = []
    for c_start, c_end in clauses:
        if joined and (
            is_time_line(text, c_start, c_end) or _BARE_COUNT.match(text, c_start, c_end)
        ):
            joined[-1] = (joined[-1][0], c_end)
        else:
            joined.append((c_start, c_end))
    return joined


def clause_parts(
    text: str, start: int, end: int, figures: list[Figure], ref: date
) -> tuple[list[ClauseParts], set[int], set[int]]:
    """The clauses of ``text[start:end]`` (a sentence) with their parts, the starts of
    the clauses cut where two dated tasks are joined (two findings only if the clause
    sets tasks, which the caller decides), and of those cut into a list's dated items
    (each with its own date or none: they share no date)."""
    groups: list[ClauseParts] = []
    joined: set[int] = set()
    listed: set[int] = set()
    lowered = lower_whole(text)
    clauses, item_cuts = told_items(
        lowered, _with_their_dates(text, split_clauses(text, start, end))
    )
    for c_start, c_end in done_then_to_do(text, lowered, clauses, ref):
        spans: list[Span] = []
        starts, stops = [c_start], []
        # Only a sentence with figures has clauses led by one; "Of the 26 million
        # applications, 23 million were approved and 8 million activated" is a funnel,
        # one claim (LABELLING.md), not three.
        # A run's items are cut at its semicolons (``result_items``), not at its figures.
        run = opens_run(text, c_start, c_end)
        leads: list[re.Match[str]] = _leads(lowered, c_start, c_end) if figures and not run else []
        if leads and _FUNNEL.match(lowered, c_start):
            # "Of these, over 51% were in ministries, while only 15% were local": the
            # shortfall set against the rest is a claim of its own; the funnel's other
            # parts are not
            leads = [m for m in leads if _SCANT_SET_AGAINST.match(lowered, m.start())]
        for m in leads:
            head = text[starts[-1] : m.start()]
            before = [f for f in figures if starts[-1] <= f.start and f.end <= m.start()]
            if (
                before
                and len(head.split()) >= 4
                # "(61.2% for ministries, 55.38% for localities)": a bracket's breakdown
                and lowered.count("(", c_start, m.start()) <= lowered.count(")", c_start, m.start())
                # "21 ministries, branches and 62 localities have issued ...": one subject
                and _NOUN_LIST.fullmatch(lowered, before[-1].end, m.start()) is None
                and not _same_claim(lowered, before[-1], m.end(), c_end, figures)
            ):
                stops.append(m.start())
                starts.append(m.end())
        items = _dated_items(text, lowered, c_start, c_end, ref) if len(starts) == 1 else []
        if c_start in item_cuts:  # "8 barriers, including lack of X; fear of Y; ..."
            stops.extend(a for a, _ in item_cuts[c_start])
            starts.extend(b for _, b in item_cuts[c_start])
        elif items:
            stops.extend(a for a, _ in items)
            starts.extend(b for _, b in items)
            joined.add(c_start)
            listed.add(c_start)
        elif len(starts) == 1 and (listed_results := result_items(lowered, c_start, c_end)):
            stops.extend(a for a, _ in listed_results)  # "achieved four results: completing ..."
            starts.extend(b for _, b in listed_results)
        elif len(starts) == 1 and (listed_shortfalls := shortfall_items(lowered, c_start, c_end)):
            # "difficulties, such as slow X or weak Y": the items, not the list's lead-in
            starts[0] = listed_shortfalls[0]
            stops.extend(a for a, _ in listed_shortfalls[1])
            starts.extend(b for _, b in listed_shortfalls[1])
        elif len(starts) == 1:
            cut = (
                concession(lowered, c_start, c_end)
                or _task_join(text, lowered, c_start, c_end, ref)
                or order_after(text, lowered, c_start, c_end, ref)
                or goal_then_state(lowered, c_start, c_end)
            )
            if cut is not None:
                stops.append(cut[0])
                starts.append(cut[1])
                if cut[2]:
                    joined.add(c_start)
        stops.append(c_end)
        for a, b in zip(starts, stops, strict=True):
            while b > a and text[b - 1] in " ,;":
                b -= 1
            if len(starts) > 1 and text.count(")", a, b) > text.count("(", a, b):
                b = _without_closing(text, a, b)  # "(so far only 39.5%)": the bracket's end
            while a < b and text[a].isspace():
                a += 1
            if b > a:
                spans.append((a, b))
        groups.append(((c_start, c_end), spans))
    return groups, joined, listed


# "proposed several solutions such as transferring ... in November 2025, allocating ...
# before November 30, 2025, and launching ...": tasks listed as what is to be done, each
# its own claim with its own date.
_ITEMS_OPEN = lowercase_pattern(r"\b(?:such\s+as|including|namely)\s+(?=[a-z]{3,}ing\b)")
_NEXT_ITEM = lowercase_pattern(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[a-z]{3,}ing\b)")


def _leads(lowered: str, start: int, end: int) -> list[re.Match[str]]:
    """Where a claim of its own may start in a clause: at a new figure, or at a new
    subject with its verb and figure, in the order they come."""
    leads = list(_FIGURE_LED.finditer(lowered, start, end))
    if lowered.find(" while ", start, end) >= 0 or (
        lowered.find(" the ", start, end) >= 0 and lowered.find(" and ", start, end) >= 0
    ):
        leads.extend(_SUBJECT_LED.finditer(lowered, start, end))
        leads.sort(key=lambda m: m.start())
    return leads


def _dated_items(text: str, lowered: str, start: int, end: int, ref: date) -> list[Span]:
    """Where a list of things to do ("such as doing X by ..., doing Y before ...") is cut
    between its items: (end of one, start of the next); none unless two items are dated."""
    if (lowered.find(",", start, end) < 0 and lowered.find(" and ", start, end) < 0) or not any(
        lowered.find(word, start, end) >= 0 for word in ("such as", "including", "namely")
    ):
        return []  # the words first: most clauses list nothing
    opened = _ITEMS_OPEN.search(lowered, start, end)
    if opened is None:
        return []
    items = list(_NEXT_ITEM.finditer(lowered, opened.end(), end))
    if not items:
        return []
    dues = find_dues(text, start, end, ref)
    # A bare "and" parts two items only after a date ("... in May 2025 and training ... by
    # June"); "reviewing procedures and cutting fees by June" is one item, one date.
    cuts = [
        m.span()
        for m in items
        if lowered[m.start()] == "," or any(m.start() - 1 <= d.end <= m.start() for d in dues)
    ]
    if not cuts:
        return []
    bounds = list(
        zip([opened.end()] + [b for _, b in cuts], [a for a, _ in cuts] + [end], strict=True)
    )
    dated = [any(a <= d.start and d.end <= b for d in dues) for a, b in bounds]
    return cuts if sum(dated) >= 2 else []


# A figure told as what a verb reaches: "connected with 13 ministries, 3 enterprises and
# all provinces", "connected to the systems of 34 provinces and 18 ministries" lists one
# claim's reach.
_LISTED_AFTER = lowercase_pattern(
    r"\b(?:with|to|across|among|including|in|from)\s+(?:the\s+(?:[\w-]+\s+){1,2}?of\s+)?"
    # the list's items before it: "with four laws, 32 decrees, and 34 circulars issued"
    r"(?:(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+[\w-]+(?:\s+[\w-]+){0,2},\s+)*"
    r"(?:more\s+than\s+|over\s+|nearly\s+|about\s+|all\s+)?$"
)
# A survey's sample listed: "a survey of 2,400 firms and 3,000 households" is one sample.
_SAMPLE_OF = lowercase_pattern(
    r"\b(?:survey|poll|study|census|sample)\s+of\s+(?:about\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$"
)
# What follows a figure when the figure only begins a compound subject: "21 ministries,
# branches" (and 62 localities have issued ...): short nouns and commas, no verb.
_NOUN_LIST = lowercase_pattern(r"\s*[\w-]+(?:\s+[\w-]+)?(?:,\s*[\w-]+(?:\s+[\w-]+)?)+\s*")
_COUNTED_ITEM = lowercase_pattern(r"\d[\d,.]*\s+[a-z]")  # "47 procedures", not "98%"
_ITEM_PASSIVE_END = lowercase_pattern(
    r"\s+(?:were|was|(?:have|has|had)\s+been)\s+(?:\w+ly\s+)?[a-z]+ed\W*$"
)
_OWN_VERB = lowercase_pattern(
    r"\b(?:is|are|was|were|has|have|had|reached|rose|grew|fell|increased|decreased|dropped|"
    r"accounted|recorded|stood|hit|made|remain\w*|will|can)\b"
)
# A part with no verb of its own, all of it a figure's: "24.23% in value year-on-year" (not
# "14 of the incidents led to leaks"; a "respectively" list is one claim by its own check).
_VERBLESS = lowercase_pattern(
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|can|led|saw|took|got|made|went|came|rose|grew|"
    r"fell|stood|hit|won|lost|paid|sold|spent|built|held|kept|met|left|began|became|respectively)\b)"
    r"(?!\b(?!compared\b)[a-z]{3,}ed\b)[^;])*"
)
_SHARE_OF = lowercase_pattern(
    r"(?:more than|over|nearly|almost|about|around|approximately|some)?\s*\d[\d,.]*\s*(?:%|per\s*cent|percent)\s+of\b"
)


# The few that went wrong, told after a result: "only 3 returned late".
_FEW_WRONG_AFTER = lowercase_pattern(rf"(?:{SCANT})\s+\d[\d,.]*\s+{FEW_WRONG}")
# A change told against a base: "0.61 points from June", "3% compared with 2023".
_ANOTHER_BASE = lowercase_pattern(
    # (a rank's too: "ranked 12th, 43 places higher than in 2020")
    r"\s*(?:an?\s+increase\s+of\s+|up\s+|down\s+)?\d[\d.,]*\s*(?:(?:%|per\s*cent|percentage\s+points?|points?|places|positions|spots)\s+"
    r"(?:(?:higher|lower|more|less|up|down)\s+)?(?:from|compared\s+(?:to|with)|over|than|against)"
    # a score's change, its unit told before: "scoring 0.64 points, 0.15 higher than 2020"
    r"|(?:higher|lower)\s+than)\b"
)
# A range's second end: "mostly between 18 and 25 years old" is one span, never two claims;
# nor is one change told by volume and by value ("a 54.5% rise in volume and 34.3% in value").
_BETWEEN_AND = lowercase_pattern(
    r"\bbetween\s+(?:about\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent|[a-z]+)?\s+and\s+$"
)
_IN_VOLUME_AND = lowercase_pattern(r"\bin\s+(?:volume|value)\s*,?\s+and\s+$")
_IN_VALUE = lowercase_pattern(r"\d[\d.,]*\s*(?:%|per\s*cent|percent)\s+in\s+(?:value|volume)\b")


def _same_claim(lowered: str, last: Figure, start: int, end: int, figures: list[Figure]) -> bool:
    """Does the part from ``start`` go on with the claim before it rather than make its
    own? A share against its complement ("99.3% on time and 0.7% overdue"), the figure
    before restated as a share ("94.3 million, about 76% of the 124 million"), or one
    more item of a list the verb before reaches ("with 13 ministries, 3 enterprises")."""
    if _BETWEEN_AND.search(lowered, max(0, start - 40), start) or (
        _IN_VOLUME_AND.search(lowered, max(0, start - 20), start)
        and _IN_VALUE.match(lowered, start)
    ):
        return True
    if "respectively" in lowered[start : min(end, start + 40)]:
        # "scores of 0.7112 and 0.6981 respectively", "ranked 3 and 4, respectively": one
        # list; cut, its second part ("0.6981 respectively") would say nothing alone
        return True
    after = next((f for f in figures if f.start >= start), None)
    if after is None:
        return False
    if _ANOTHER_BASE.match(lowered, start):
        # "US$225 per person, 40.6% higher than 2015 and 11.3% than 2018": a change
        # against a base has no subject of its own; it is the figure's before it
        return True
    if last.unit == "%" and after.unit == "%" and abs(last.value + after.value - 100) < 0.6:
        return True
    if (
        last.change
        and lowered[start : after.start].strip(" ,") in ("", "and")  # figure first: no new subject
        and _VERBLESS.fullmatch(lowered, start, end) is not None
    ):
        return True  # "increases of 43.23% in volume and 24.23% in value": one change, told twice
    if last.unit != "%" and _SHARE_OF.match(lowered, start):
        return True
    if STILL_BEING_DONE.match(lowered, start):
        return True
    if _FEW_WRONG_AFTER.match(lowered, start):
        return True  # "2,407 of them on time, and only 3 returned late": the result's rest
    if lowered.endswith("and ", 0, start) and _SAMPLE_OF.search(
        lowered, max(0, last.start - 30), last.start
    ):
        return True
    listed = _LISTED_AFTER.search(lowered, max(0, last.start - 80), last.start)
    if listed is None:
        return False
    part = lowered[start:end]
    if listed.group().startswith("including") and _COUNTED_ITEM.match(lowered, start):
        # "including 71 new procedures, 187 amended and 47 were abolished": a breakdown's
        # last item told in the passive is still an item
        part = _ITEM_PASSIVE_END.sub("", part)
    return _OWN_VERB.search(part) is None


def _task_join(
    text: str, lowered: str, start: int, end: int, ref: date
) -> tuple[int, int, bool] | None:
    """Where a clause joins two tasks or goals each with its own date ("report before
    July 15 and complete the rollout by the third quarter"; "have 90% online by 2025
    and to bring ... to 25% by 2030"): the end of the first and the start of the second
    (and that the cut joins tasks)."""
    joins = []
    for word in (" and ", " while ", " whereas ", " ensuring "):
        at = lowered.find(word, start, end)
        while at >= 0:  # the join only where the word is: a pattern would try every space
            back = at - 1 if at > start and lowered[at - 1] == "," else at
            m = _TASK_JOIN.match(lowered, back, end)
            if m is not None:
                joins.append(m)
            at = lowered.find(word, at + len(word), end)
    if not joins:
        return None  # tested before the dates: most clauses join no tasks
    dues = find_dues(text, start, end, ref)
    if len(dues) < 2:
        return None
    for m in joins:
        if any(d.end <= m.start() for d in dues) and any(d.start >= m.end() for d in dues):
            return m.start(), m.end(), True
    return None


def _without_closing(text: str, a: int, b: int) -> int:
    """The end of ``text[a:b]`` before the closing bracket it ends with (a full stop
    after it aside), or ``b`` when it does not end with one."""
    close = text.rfind(")", a, b)
    return close if not text[close + 1 : b].strip(" .") else b
