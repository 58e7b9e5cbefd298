"""Is a clause an achievement, a limitation, a target or a deadline (or none of these)?

Cue patterns of the genre (government and provincial reports, conference news), not
of any one article: results in the perfect tense or with figures are achievements;
shortfalls ("only 48%", "remains low", "not yet", "behind schedule") are limitations;
obligations and goals ("shall preside over", "must", "strive to", imperative task
lists) are targets, and deadlines when they carry a due date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.core.model import Kind
from briefing.extract.alternation import one_scan
from briefing.extract.clause_checks import (
    plan_would,
    short_of_target,
    targets_met,
    without_relative_future,
)
from briefing.extract.context_cues import (
    AGENDA_ANY,
    AGENDA_END,
    AGENDA_END_CHARS,
    AGENDA_START,
    BACKGROUND,
    IN_PROGRESS,
    PRAISE,
    TOLD_RESULT,
)
from briefing.extract.cues import (
    ACHIEVEMENT,
    FIRST_PERSON,
    FUTURE,
    FUTURE_DEED,
    GOAL,
    GOOD_TURN,
    IMPERATIVE,
    IMPROVEMENT,
    MODAL_ANY_RE,
    MODAL_ORG_RE,
    ONLY_BASELINE,
    POSITIVE_FIX,
    REQUEST,
    RESULT_WITH_FIGURE,
    WHOLE_SERVED,
)
from briefing.extract.incidents import INCIDENT
from briefing.extract.levels_to_come import foreseen_figure, level_to_come
from briefing.extract.no_claim import no_claim, opening_ruled_out
from briefing.extract.shortfall_cues import LIMITATION
from briefing.extract.shortfalls_told import (
    COUNTED_UNDONE,
    attacks_told,
    faults_only_denied,
    few_faults,
    fraud_told,
    overdue_told,
    shortfall_aside,
    threats_counted,
)
from briefing.extract.textcase import lower, lowercase_pattern
from briefing.extract.told_apart import goal_told, milestone_told
from briefing.extract.what_is_left import what_is_left

_I = 0  # patterns are matched on lowercased text (textcase.lower)
_TASKED_WITH = lowercase_pattern(r"\btasked\s+(?:[\w'’,-]+\s+){1,10}?with\s+[a-z]+ing\b")
_REQUESTED_THAT = lowercase_pattern(
    r"\b(?:requested|requests|asked|demanded|urged|ordered)\s+that\b"
)


@dataclass(frozen=True, slots=True)
class Verdict:
    """The kind of a clause (``None``: not a finding) and how sure the rules are."""

    kind: Kind | None
    confidence: float
    directive: bool = False
    """An order or a goal; with no kind, an order that is a finding only if it is dated."""
    ruled_out: bool = False
    """Not a claim by a rule, not merely for want of a cue: a part of a sentence that is
    ruled out does not take the kind of the sentence it is part of."""


# One scan finds every cue of a sentence: the patterns tried in this order at each place
# (a shortfall before a result, so "has not been completed" is not an achievement).
# What must be at a clause's start or end is checked on the clause itself.
# Every cue starts a word; ``one_scan`` lets ``re`` pass over a word no cue can open with.
_CUES = one_scan(
    [
        ("agenda", AGENDA_ANY),
        ("background", BACKGROUND),
        ("in_progress", IN_PROGRESS),
        ("praise", PRAISE),
        ("limitation", LIMITATION),
        ("modal", MODAL_ANY_RE),
        ("goal", GOAL),
        ("request", REQUEST),
        ("first_person", FIRST_PERSON),
        ("achievement", ACHIEVEMENT),
    ]
)


_SLIP = r"glitch\w*|mistaken\w*|by\s+mistake"
_MISTAKE = re.compile(rf"\b(?:{_SLIP}|wrongly|in\s+error)\b", re.I)
"""A catch that was itself the fault: "the bank mistakenly locked 12,000 accounts"."""
_FAULT_BESIDE = re.compile(
    rf"\b(?:but|yet|although|still|errors?|outages?|overload\w*|{_SLIP})\b", re.I
)
"""What keeps a fault caught from being a result: another fault beside it, or a mistake."""


def cue_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every cue in ``text[start:end]`` (``text`` lowercased with ``textcase.lower``):
    start, end (offsets into ``text``) and cue name."""
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.lastgroup or "") for m in _CUES.finditer(text, start, end)]


def classify(
    clause: str,
    *,
    figures: int,
    named: int,
    due_after_article: bool,
    sentence: str = "",
    hits: set[str] | None = None,
) -> Verdict:
    """Decide what ``clause`` reports. ``figures``/``named``: its figures, and those given a
    metric; ``hits``: the names of its cues when already found (``cue_spans`` of the sentence)."""
    lowered = lower(clause)
    if opening_ruled_out(lowered, figures):
        return Verdict(None, 0.0, ruled_out=True)
    if due_after_article and "would" in lowered:
        # "By 2025, the city would complete ...": a plan's "will" told in reported speech
        # (a conditional, "this would save VND 50 million", has no later horizon)
        lowered = plan_would(lowered)
        clause, hits = lowered, None
    verdict = _classify(
        clause,
        figures=figures,
        named=named,
        due_after_article=due_after_article,
        sentence=sentence,
        hits=hits,
    )
    if verdict.kind is None:
        return verdict
    if hits is None:
        hits = {name for _, _, name in cue_spans(lowered)}
    if "background" in hits and milestone_told(lowered):
        hits = hits - {"background"}  # "The inauguration of ... was held on": no logistics
    ruling = no_claim(
        verdict.kind,
        lowered,
        figures=figures,
        sentence=sentence,
        hits=hits,
        dated=due_after_article,
    )
    if ruling is not None:
        # an order ruled no claim is still one to date: dated, it may be a task after all
        # ("is drafting a decree, and plans to submit it in the third quarter")
        return Verdict(None, 0.0, directive=verdict.directive, ruled_out=ruling == "ruled out")
    if (
        verdict.kind is Kind.ACHIEVEMENT
        and " such " in lowered
        and _SUCH_CASES.search(lowered)
        and LIMITATION.search(lower(sentence))
    ):
        return Verdict(Kind.LIMITATION, 0.7)
    return verdict


# One person's story ("300 million dong in my savings account was gone"), not a claim
# about the programme.
_PERSONAL = re.compile(
    r"\bmy\s+(?:savings|account|money|phone|bank|card|wallet|family|wife|husband|son|daughter|"
    r"mother|father|parents|house|home)\b"
)

# A letter writer's own doing: "I activated my level-2 account on my own".
_OWN_DEED = re.compile(
    r"\bi\s+(?:\w+\s+)?(?:activated|registered|set\s+up|installed|opened|paid|did|managed|learn(?:ed|t)|"
    r"completed|applied|used)\b[^.;]*\bmy\b"
)


_NONE_START = re.compile(
    r"^(?:none|not\s+one|no\s+(?:single\s+)?(?:[\w-]+\s+)?(?:application|case|record|file|data|account)s?)\b"
)
_TO_FIX = re.compile(
    r"\bto\s+(?:correct|fix|resolve|clean\s+up|clean|remedy|address|overcome|tackle|remove|eliminate)\b"
)


_HAD_DONE = lowercase_pattern(
    r"\bhad\s+(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b"
    # "By 2020, 53% of the population participated in online shopping": a past told
    # (not a level to come: "By 2030, the digital economy to exceed 30%", "are expected to")
    r"|(?:^|[:“\"])\W*by\s+(?:the\s+end\s+of\s+)?(?:[a-z]+\s+)?(?:19|20)\d\d\s*,\s*"
    r"(?![^.;]*\b(?:will|would|must|shall|should|to|expected|aims?|plans?|targets?)\b)"
    r"[^.;]{0,80}?\b(?:was|were|(?<!is\s)(?<!are\s)(?<!be\s)(?<!been\s)[a-z]{3,}ed)\b"
)


def _asked_first(clause: str) -> bool:
    """Does the clause's request come before its shortfall ("asked the provinces to
    overcome the limitations"), rather than after it, as its consequence?"""
    asked, short = REQUEST.search(clause), LIMITATION.search(clause)
    return asked is not None and (short is None or asked.start() < short.start())


# "Fraudsters posed as police ...; police recorded 38 such cases": the shortfall counted.
_SUCH_CASES = re.compile(
    r"\bsuch\s+(?:cases|incidents|calls|scams|attacks|frauds|complaints|errors|messages)\b"
)


def _classify(
    clause: str,
    *,
    figures: int,
    named: int,
    due_after_article: bool,
    sentence: str = "",
    hits: set[str] | None = None,
) -> Verdict:
    """Decide what ``clause`` reports. ``figures``/``named``: its figures, and those given a
    metric; ``hits``: the names of its cues when already found (``cue_spans`` of the sentence)."""
    clause = lower(clause)
    if (head := without_relative_future(clause)) is not clause:
        clause, hits = head, None  # the result, read without what it will do
    words = len(clause.split())
    tail = clause.rstrip()
    # A question, or one put as "Whether that is enough ... is another matter", claims nothing.
    if words < 4 or tail.endswith("?") or clause.startswith("whether "):
        return Verdict(None, 0.0)
    if "my " in clause and (_PERSONAL.search(clause) or _OWN_DEED.search(clause)):
        return Verdict(None, 0.0)
    if hits is None:
        hits = {name for _, _, name in cue_spans(clause)}
    if "limitation" not in hits and (
        fraud_told(clause)
        or overdue_told(clause)
        or attacks_told(clause)
        or threats_counted(clause)
    ):
        hits = hits | {"limitation"}
    # The end-anchored test reads only the clause's end (it would try every place).
    ending = max(0, len(tail) - AGENDA_END_CHARS)
    milestone = milestone_told(clause)  # "The inauguration of ... was held on": no agenda
    # "There are 4 overdue tasks, including: ...": a shortfall counted before its list is
    # a claim, not a list announced (read only where a list's opener ends the clause).
    if not milestone and (
        "agenda" in hits
        or AGENDA_START.match(clause)
        or (
            AGENDA_END.search(tail, ending)
            and not ("limitation" in hits and COUNTED_UNDONE.search(clause))
            # "all procedures are provided on platforms such as: ..." is a result before
            # the list of where
            and not ("achievement" in hits and WHOLE_SERVED.search(clause))
        )
    ):
        return Verdict(None, 0.0)
    met = targets_met(clause) if figures else None
    if met is not None:
        return Verdict(met, 0.8)  # "has achieved 2/11 targets for 2025": a count, not a goal
    first_person = "first_person" in hits
    # "have not connected their systems, so cashiers must reconcile by hand": a "must"
    # after ", so" is the shortfall's consequence, not an order.
    so = clause.find(", so ") if "limitation" in hits else -1
    modal = bool(MODAL_ORG_RE.match(clause)) or (
        "modal" in hits and (so < 0 or MODAL_ANY_RE.search(clause, 0, so) is not None)
    )
    goal = "goal" in hits or goal_told(clause)
    imperative = bool(IMPERATIVE.match(clause))
    directive = modal or goal or imperative
    # "asked the ministry to finish", "requested that the province complete"
    requested = "request" in hits and (
        " to " in clause
        or bool(_REQUESTED_THAT.search(clause))
        or (" with " in clause and _TASKED_WITH.search(clause) is not None)  # "tasked X with doing"
    )
    if requested and so >= 0 and REQUEST.search(clause, 0, so) is None:
        # "readers that cannot read the chip, so patients are asked to bring the card":
        # what people are asked after ", so" is the fault's consequence, not an order
        requested = False
    limitation = "limitation" in hits and (
        not POSITIVE_FIX.search(clause)
        or INCIDENT.search(clause) is not None
        or _MISTAKE.search(clause) is not None  # "mistakenly locked 12,000 accounts"
    )
    if limitation and few_faults(clause):
        return Verdict(Kind.ACHIEVEMENT, 0.65)  # "only 12 complaints were filed": a result
    # "has digitized 2,023,255 records (91%), the remaining 208,219 have not been": a share
    # done told with its complement is one claim, the result (LABELLING.md's funnel).
    left = what_is_left(clause, lower(sentence)) if limitation and figures else None
    if left == "complement":
        return Verdict(None, 0.0)
    # "has digitized 91%, ...": the result; "grew by 57% despite fears of scams": the result
    limitation = limitation and left != "result" and not shortfall_aside(clause, figures)
    # "in 2019 it only reached 11% ... now 55%": a baseline, not a shortfall.
    if (
        limitation
        and re.search(r"\b(?:only|merely|barely|just)\b", clause, _I)
        and not re.search(r"\b(not|no|still|low|behind|limited)\b", clause, _I)
        and ONLY_BASELINE.search(clause)
        and (IMPROVEMENT.search(clause) or IMPROVEMENT.search(lower(sentence)))
    ):
        limitation = False
    # "must finish cleaning the remaining 31,000 records before March": a task, its object
    # a shortfall.
    # "expects the share to reach 19.5% by the end of 2025, still short of the goal": a
    # dated goal, its gap said in passing.
    if (
        limitation
        # "asked agencies to look at the limitations and overcome them": an order (but
        # "was out of order, and staff asked everyone to pay in cash": the fault first)
        and not ((directive or (requested and _asked_first(clause))) and not figures)
        and not ((modal or goal) and due_after_article)
        # "None of the 12,000 applications was rejected": the shortfall denied
        and not _NONE_START.match(clause)
        and not faults_only_denied(clause)
        # "will work with the ward to correct the mismatched records": a task to come,
        # its object a shortfall
        and not (not figures and _TO_FIX.search(clause) and FUTURE.search(clause))
    ):
        return Verdict(Kind.LIMITATION, 0.8 if figures else 0.7)
    if (
        figures
        and re.match(r"^(?:however|but|yet)\b", clause, _I)
        and not directive
        and not GOOD_TURN.search(clause)
    ):
        return Verdict(Kind.LIMITATION, 0.6)
    if (
        figures
        and "limitation" in hits
        and not limitation
        and not directive
        and not requested
        and not _FAULT_BESIDE.search(clause)
    ):
        # a fault caught, counted: "Police blocked 3,100 fraudulent websites" (not "The
        # bank blocked 500 accounts, but fraudsters still stole 2 billion VND")
        return Verdict(Kind.ACHIEVEMENT, 0.65)
    will_do = "will " in clause and FUTURE_DEED.search(clause) is not None
    deed = due_after_article and will_do
    # "2.7 million more households will access fibre each year": a level to come, dated or not
    level = bool(figures) and level_to_come(clause)
    if (
        directive
        or requested
        or deed
        or level
        or (
            figures
            and due_after_article
            and FUTURE.search(clause)
            # "By the end of 2025, 8.5 billion invoices had been processed": measured then
            and not (("had " in clause or "by " in clause) and _HAD_DONE.search(clause))
        )
    ):
        if first_person and not figures and not goal and not due_after_article:
            # "we must ...": a speech's exhortation, unless it is dated ("Before the end
            # of March, we have to finish connecting ..."): ``directive`` asks for its date
            return Verdict(None, 0.0, directive=modal)
        if re.search(r"\b(?:conference|meeting|session)\s+(?:needs?|must|should)\b", clause, _I):
            return Verdict(None, 0.0)
        if not directive and requested:
            return Verdict(Kind.TARGET, 0.6, True)
        # an order with a level ("Ensure that 100% of wards use ...") is a target; not
        # "Set up in 2021, the centre has handled 1.2 million calls" (a result told)
        ordered_level = imperative and TOLD_RESULT.search(clause) is None
        if (
            figures
            and not due_after_article
            and not modal
            and not goal
            and not ordered_level
            and not level
        ):
            # "reached 87% (exceeding the target for 2025)": a result, not a goal
            pass
        else:
            return Verdict(Kind.TARGET, 0.75 if (modal or goal) else 0.6, True)
    if figures and short_of_target(clause):
        return Verdict(Kind.LIMITATION, 0.7)  # a gap to the target, told with the figure
    if figures and ("will " in clause or " to " in clause) and foreseen_figure(clause):
        return Verdict(None, 0.0)
    if named:
        return Verdict(Kind.ACHIEVEMENT, 0.85)
    if figures and RESULT_WITH_FIGURE.search(clause):
        return Verdict(Kind.ACHIEVEMENT, 0.65)
    if "achievement" in hits or milestone or few_faults(clause):
        if first_person and not re.search(
            r"\b(?:has|have)\s+(?:\w+\s+)?(?:developed|built|issued|established)\b", clause, _I
        ):
            return Verdict(None, 0.0)
        return Verdict(Kind.ACHIEVEMENT, 0.6)
    # "The city will transfer ... in November 2025": a finding only if it is dated
    return Verdict(None, 0.0, directive=will_do)
