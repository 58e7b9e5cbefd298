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
from briefing.extract.cues import (
    ACHIEVEMENT,
    AGENDA_ANY,
    AGENDA_END,
    AGENDA_END_CHARS,
    AGENDA_START,
    BACKGROUND,
    FIRST_PERSON,
    FOREIGN_SUBJECT,
    FUTURE,
    FUTURE_PREDICATE,
    GOAL,
    HOME,
    HOME_NAMED,
    IMPERATIVE,
    IMPROVEMENT,
    INCIDENT,
    LIMITATION,
    MODAL_ANY_RE,
    MODAL_ORG_RE,
    MONTH_WORD,
    ONLY_BASELINE,
    PERMISSION,
    POSITIVE_FIX,
    PRAISE,
    PURPOSE_START,
    REQUEST,
    RESULT_WITH_FIGURE,
    RULE_ON_CITIZENS,
    STARTING,
    STARTS_FROM,
    TOLD_RESULT,
    VAGUE_RESULT,
)
from briefing.extract.textcase import lower, lowercase_pattern

_I = 0  # patterns are matched on lowercased text (textcase.lower)
# A sentence that only points back at a shortfall already told ("This is a very low rate").
# "This means people are still asked ...": what the shortfall before it leads to, told again.
_RESTATED = lowercase_pattern(r"(?:this|that|these|it)\s+(?:is|was|are|were|means|meant)\b")
# A shortfall announced, not told: the clause ends at "still has some difficulties", or
# at "shortcomings remain", or at what is to be done with them ("that need to be overcome").
_SHORTFALLS = r"(?:limitations|difficulties|shortcomings|problems|obstacles|challenges|weaknesses)"
_SOME = r"(?:(?:some|many|a\s+number\s+of|certain|several|a\s+few)\s+)?(?:remaining\s+)?"
_TO_OVERCOME = (
    r"(?:\s*,?\s*(?:that|which)\s+(?:still\s+)?(?:need|needs|must|should)\s+(?:to\s+)?be\s+"
    r"(?:overcome|addressed|resolved|fixed|remedied)(?:\s+soon)?)?"
)
_VAGUE_SHORTFALL = lowercase_pattern(
    r"\b(?:has|have|had|faces?|faced|there\s+(?:is|are|was|were))\s+(?:still\s+)?"
    rf"{_SOME}{_SHORTFALLS}(?:\s+and\s+{_SHORTFALLS})?{_TO_OVERCOME}\s*[.:;]?\s*$"
)
# Shortfalls said to remain, none named: "Despite the progress, shortcomings remain",
# "Challenges remain in the transformation": in the work in general. A place of its own
# ("persist in cybersecurity", "remain in linking the land database") says where the
# shortfall is, and stays a finding.
_SHORTFALLS_REMAIN = lowercase_pattern(
    r"^(?:[^,;]{0,60},\s*)?(?:but\s+|yet\s+)?(?:the\s+)?"
    rf"{_SOME}{_SHORTFALLS}(?:\s+and\s+{_SHORTFALLS})?\s+(?:still\s+)?"
    r"(?:remain|persist|exist)s?(?:\s+(?:in|for)\s+(?:the\s+|this\s+|its\s+)?(?:digital\s+)?"
    r"(?:implementation|process|work|transformation|task|tasks|field|sector|area|practice))?"
    r"\s*[.:;]?\s*$"
)
# People met in the street, their word with no figure: "Parents in districts such as Cau
# Giay said paying by app saves them trips" (a survey's "62% of residents said" has one).
_PEOPLE_SAID = lowercase_pattern(
    r"^(?:(?:but|and|yet|still|however,?)\s+)?(?:many\s+|some\s+)?"
    r"(?:parents|residents|patients|shoppers|passengers|villagers|readers)\s+"
    r"(?:(?:in|from|of|at)\s+[^,;]{1,50}?\s+)?(?:said|say|says|told)\b"
)
_FAMILY = lowercase_pattern(
    r"^(?:her|his|their)\s+(?:grand)?(?:sons?|daughters?|children|child|husband|wife|"
    r"mother|father|parents|neighbou?rs?|friends?)\b"
)
# The work called hard, no more: "The work is far from easy", "It is no easy task".
_HARD_WORK = lowercase_pattern(
    r"^(?:but\s+|yet\s+|however,\s+)?(?:the|this|that|it|such)\s*(?:\w+\s+){0,2}?(?:is|was|has\s+been|will\s+be)\s+"
    r"(?:far\s+from|not|no|by\s+no\s+means|never)\s+(?:an?\s+)?(?:easy|simple|smooth|straightforward)"
    r"(?:\s+(?:task|job|road|journey|process))?\s*[.!]?\s*$"
)
# A survey's own sample before what it found: "In a survey of 1,200 residents conducted in
# July" (what it found, in the clause after, is the claim).
_SURVEY_SAMPLE = lowercase_pattern(
    r"^(?:in|according\s+to|from)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:survey|poll|study)\s+of\s+"
    r"(?:about\s+|around\s+|more\s+than\s+|nearly\s+|some\s+|over\s+)?\d[\d,.]*\s+[^\d%]*$"
)
# A person's own words in quotation marks, with no figure: "Patients no longer carry paper
# records," said a doctor. Colour for the story, not a claim a reader could check; an
# official's quoted figure ("We have connected all 63 provinces," he said) still counts.
_QUOTED_WORDS = lowercase_pattern(
    r"^[\"“][^\"“”]{8,}[\"”]\s*,?\s*(?:[^,;\"“”]{1,60}?\s)?"
    r"(?:said|says|added|told|explained|recalled|admitted|shared)\b"
)
# A reason announced, not given: "The reason is simple", "the causes are many", "and the
# reasons are not hard to find" (what it is comes next, or not at all).
_REASON_ANNOUNCED = lowercase_pattern(
    r"^[\"“]?(?:[^;:]{0,80}?,\s*(?:and|but)\s+)?(?:the|one|another|its|their)\s+"
    r"(?:main\s+|root\s+|real\s+|biggest\s+)?(?:reasons?|causes?|explanations?)\s+"
    r"(?:is|are|was|were|seems?|appears?)\s+(?:(?:very|quite|rather|fairly|not|also)\s+)*"
    r"(?:simple|practical|clear|obvious|mysterious|many|several|complex|twofold|threefold|"
    r"(?:easy|hard|difficult)\s+to\s+(?:see|find|understand))\s*[.:;!]?\s*$"
)
# Lagging said in general, nothing named: "Several indicators are still behind schedule",
# "Some targets have not yet been met".
_UNNAMED_LAGGING = lowercase_pattern(
    r"^(?:but\s+|yet\s+|however,?\s+)?(?:some|several|many|a\s+number\s+of|certain|a\s+few)\s+"
    r"(?:indicators|targets|criteria|tasks|goals)\s+(?:are|were|remain|remained|have|had)\s+(?:still\s+)?"
    r"(?:behind\s+schedule|lagging(?:\s+behind)?|not\s+(?:yet\s+)?(?:been\s+)?(?:met|achieved|reached|completed)|unmet)"
    r"\s*[.;]?\s*$"
)
# Hearsay with nothing counted: "There have been reports of cyberattacks on state systems".
_HEARSAY = lowercase_pattern(
    r"^(?:but\s+|and\s+|yet\s+)?there\s+(?:have\s+been|has\s+been|were|was|are|is)\s+"
    r"(?:also\s+)?(?:some\s+|several\s+|many\s+|a\s+few\s+)?(?:reports?|rumou?rs?|claims)\s+(?:of|that)\b"
)
_REQUESTED_THAT = lowercase_pattern(
    r"\b(?:requested|requests|asked|demanded|urged|ordered)\s+that\b"
)


def _only_vague(clause: str) -> bool:
    """Is every result the clause reports said in general words alone? ("has achieved
    important results"; but "has developed Project 06, which brings practical results"
    reports the project.)"""
    if not VAGUE_RESULT.search(clause):
        return False
    return not ACHIEVEMENT.search(VAGUE_RESULT.sub(" ", clause))


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
        ("praise", PRAISE),
        ("limitation", LIMITATION),
        ("modal", MODAL_ANY_RE),
        ("goal", GOAL),
        ("request", REQUEST),
        ("first_person", FIRST_PERSON),
        ("achievement", ACHIEVEMENT),
    ]
)


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
    if (figures == 1 and _SURVEY_SAMPLE.match(lowered)) or _FAMILY.match(lowered):
        # a survey's sample (what it found comes next), a feature's family: "Her
        # grandson, a grade 11 student, plans to teach her the app"
        return Verdict(None, 0.0, ruled_out=True)
    verdict = _classify(
        clause,
        figures=figures,
        named=named,
        due_after_article=due_after_article,
        sentence=sentence,
        hits=hits,
    )
    if verdict.kind is not None:
        if hits is None:
            hits = {name for _, _, name in cue_spans(lowered)}
        if "background" in hits or (
            not figures and ("praise" in hits or PURPOSE_START.match(lowered))
        ):
            return Verdict(None, 0.0)
        if _foreign(lowered, sentence):
            return Verdict(None, 0.0)  # "Singapore topped the index": another country's news
        if not figures and verdict.kind is Kind.ACHIEVEMENT and _only_vague(lowered):
            # "achieved many positive results": rhetoric, no claim, whatever the sentence
            return Verdict(None, 0.0, ruled_out=True)
        if verdict.kind is Kind.TARGET and (
            RULE_ON_CITIZENS.match(lowered) or _RULE_FROM_A_DAY.match(lowered)
        ):
            return Verdict(None, 0.0)  # a rule people or firms follow, not a task set
        if verdict.kind is Kind.ACHIEVEMENT and PERMISSION.match(lowered):
            return Verdict(None, 0.0)
        if (
            verdict.kind is Kind.ACHIEVEMENT
            and " such " in lowered
            and _SUCH_CASES.search(lowered)
            and LIMITATION.search(lower(sentence))
        ):
            return Verdict(Kind.LIMITATION, 0.7)
        if not figures and verdict.kind is Kind.LIMITATION and _HARD_WORK.match(lowered):
            return Verdict(None, 0.0)  # "The work is far from easy": what is hard comes next
        if not figures and (_PEOPLE_SAID.match(lowered) or _QUOTED_WORDS.match(lowered)):
            return Verdict(None, 0.0)  # a passer-by's word
        if not figures and verdict.kind is Kind.LIMITATION and _RESTATED.match(lowered):
            return Verdict(None, 0.0)  # "This is a very low rate": the shortfall told again
        if (
            not figures
            and verdict.kind is Kind.LIMITATION
            and (
                _REASON_ANNOUNCED.match(lowered)
                or _HEARSAY.match(lowered)
                or _UNNAMED_LAGGING.match(lowered)
            )
        ):
            # "The reason is simple": the reason comes next; ruled out, so that the part
            # cut from a sentence ("..., although several indicators are still behind
            # schedule") does not take the sentence's kind
            return Verdict(None, 0.0, ruled_out=True)
        if verdict.kind in (Kind.ACHIEVEMENT, Kind.LIMITATION) and _rule_to_come(lowered):
            return Verdict(None, 0.0)
        if (
            not figures
            and verdict.kind in (Kind.ACHIEVEMENT, Kind.TARGET)
            and "issued" in lowered
            and _ISSUED_DOCUMENT.match(lowered)
        ):
            return Verdict(None, 0.0)  # "has issued a plan on ...": the news of a document
        if verdict.kind is Kind.ACHIEVEMENT and _takes_effect(lowered):
            return Verdict(None, 0.0)  # "the decree takes effect from July 1": its context
        if verdict.kind is Kind.LIMITATION and _CONDITION.match(lowered):
            return Verdict(None, 0.0)  # "If they still fail to update, ...": a rule's case
        if (
            not figures
            and verdict.kind in (Kind.LIMITATION, Kind.TARGET)
            and (_VAGUE_SHORTFALL.search(lowered) or _SHORTFALLS_REMAIN.match(lowered))
        ):
            return Verdict(None, 0.0)  # "still has some limitations": what they are comes next
    return verdict


_TAKES_EFFECT = re.compile(
    r"\b(?:takes?|took)\s+effect\b|\b(?:comes?|came|enters?|entered)\s+into\s+(?:force|effect)\b"
)


# A document issued is the news that carries the claims, not one: its levels and tasks are
# the findings ("The city has issued a plan on Project 06 in 2026, setting out targets").
_ISSUED_DOCUMENT = re.compile(
    r"^(?:[\w'’.-]+\s+){0,8}?(?:has|have|had)\s+(?:just\s+|recently\s+)?issued\s+(?:a|an|the)?\s*"
    r"(?:new\s+)?(?:plan|decision|decree|resolution|directive|circular|document|programme|"
    r"program|instruction|dispatch)\b"
)


_SINCE_START = re.compile(r"^(?:since|after|once|following|ever\s+since)\b")


def _takes_effect(clause: str) -> bool:
    # the words first: a pattern tried at every word of every clause costs more
    if not (" effect" in clause or " force" in clause):
        return False
    m = _TAKES_EFFECT.search(clause)
    if m is None:
        return False
    # "Since the model took effect on July 1, VNPT has connected ...": the start is the
    # time of the result the clause goes on to tell
    return not (_SINCE_START.match(clause) and "," in clause[m.end() :])


_CONDITION = re.compile(r"^(?:if|unless|in\s+case)\b")
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


def _foreign(clause: str, sentence: str) -> bool:
    """Is the clause (lowercased) another country's news? Its own subject, or, for a clause
    cut from its subject ("... is forecast to pass $100 billion"), the sentence's, with no
    word of home."""
    if FOREIGN_SUBJECT.match(clause):
        return not HOME_NAMED.search(clause)
    if not sentence:
        return False
    sentence = lower(sentence)
    if sentence.startswith(clause[:20]):
        return False  # the clause opens the sentence: its subject is the sentence's
    return bool(FOREIGN_SUBJECT.match(sentence)) and not HOME.search(sentence)


# A rule that applies from a day, opening the clause: "Meanwhile, from July 1, banks must
# verify customers' faces ...": its date is context, not a task (LABELLING.md).
_RULE_FROM_A_DAY = lowercase_pattern(
    rf"^(?:(?:meanwhile|also|and|but|however|in\s+addition)\s*,?\s+)?{STARTING}"
    rf"{MONTH_WORD}[a-z]*\.?\s+\d{{1,2}}(?:,?\s+(?:19|20)\d\d)?"
    # its subject may be long, with commas: "transfers above VND10 million, or daily
    # totals above VND20 million, require ..." (but not a second clause: ", and ...")
    r"\s*,\s+(?:(?!,\s+(?:and|but|while)\b)[^;]){1,120}?\b(?:must|shall|(?:is|are)\s+required\s+to|"
    r"(?:has|have)\s+to|require[sd]?|can\s+no\s+longer|cannot|can\s+not|may\s+not|will\s+no\s+longer)\s"
)


def _rule_to_come(clause: str) -> bool:
    """Is the clause a change yet to take effect ("from January 1, the fee will be cut by
    half"; "from July 1, banks must verify ..."), with no result told before its future
    words?"""
    if _RULE_FROM_A_DAY.match(clause):
        return True
    future = FUTURE_PREDICATE.search(clause)
    if future is None or TOLD_RESULT.search(clause, 0, future.start()):
        return False
    return STARTS_FROM.search(clause) is not None


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
    words = len(clause.split())
    tail = clause.rstrip()
    # A question, or one put as "Whether that is enough ... is another matter", claims nothing.
    if words < 4 or tail.endswith("?") or clause.startswith("whether "):
        return Verdict(None, 0.0)
    if "my " in clause and (_PERSONAL.search(clause) or _OWN_DEED.search(clause)):
        return Verdict(None, 0.0)
    if hits is None:
        hits = {name for _, _, name in cue_spans(clause)}
    # The end-anchored test reads only the clause's end (it would try every place).
    ending = max(0, len(tail) - AGENDA_END_CHARS)
    if "agenda" in hits or AGENDA_START.match(clause) or AGENDA_END.search(tail, ending):
        return Verdict(None, 0.0)
    first_person = "first_person" in hits
    # "have not connected their systems, so cashiers must reconcile by hand": a "must"
    # after ", so" is the shortfall's consequence, not an order.
    so = clause.find(", so ") if "limitation" in hits else -1
    modal = bool(MODAL_ORG_RE.match(clause)) or (
        "modal" in hits and (so < 0 or MODAL_ANY_RE.search(clause, 0, so) is not None)
    )
    goal = "goal" in hits
    directive = modal or goal or bool(IMPERATIVE.match(clause))
    # "asked the ministry to finish", "requested that the province complete"
    requested = "request" in hits and (" to " in clause or bool(_REQUESTED_THAT.search(clause)))
    if requested and so >= 0 and REQUEST.search(clause, 0, so) is None:
        # "readers that cannot read the chip, so patients are asked to bring the card":
        # what people are asked after ", so" is the fault's consequence, not an order
        requested = False
    limitation = "limitation" in hits and (
        not POSITIVE_FIX.search(clause) or INCIDENT.search(clause) is not None
    )
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
    ):
        return Verdict(Kind.LIMITATION, 0.8 if figures else 0.7)
    if figures and re.match(r"^(?:however|but|yet)\b", clause, _I) and not directive:
        return Verdict(Kind.LIMITATION, 0.6)
    if directive or requested or (figures and due_after_article and FUTURE.search(clause)):
        if first_person and not figures and not goal and not due_after_article:
            # "we must ...": a speech's exhortation, unless it is dated ("Before the end
            # of March, we have to finish connecting ..."): ``directive`` asks for its date
            return Verdict(None, 0.0, directive=modal)
        if re.search(r"\b(?:conference|meeting|session)\s+(?:needs?|must|should)\b", clause, _I):
            return Verdict(None, 0.0)
        if not directive and requested:
            return Verdict(Kind.TARGET, 0.6, True)
        if figures and not due_after_article and not modal and not goal:
            # "reached 87% (exceeding the target for 2025)": a result, not a goal
            pass
        else:
            return Verdict(Kind.TARGET, 0.75 if (modal or goal) else 0.6, True)
    if named:
        return Verdict(Kind.ACHIEVEMENT, 0.85)
    if figures and RESULT_WITH_FIGURE.search(clause):
        return Verdict(Kind.ACHIEVEMENT, 0.65)
    if "achievement" in hits:
        if first_person and not re.search(
            r"\b(?:has|have)\s+(?:\w+\s+)?(?:developed|built|issued|established)\b", clause, _I
        ):
            return Verdict(None, 0.0)
        return Verdict(Kind.ACHIEVEMENT, 0.6)
    return Verdict(None, 0.0)
