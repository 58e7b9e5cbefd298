"""What reads like a claim and claims nothing: a clause with a cue of a kind that is
background, another country's news, rhetoric, a rule people follow, a passer-by's word,
a shortfall only announced or told again, hearsay, or the context of a reform (LABELLING.md:
praise, background, context dates and restatements are not findings).

``no_claim`` rules on a clause the cue rules gave a kind; ``opening_ruled_out`` on one
before they run. Patterns are matched on lowercased text (``textcase.lower``).
"""

from __future__ import annotations

import re
from typing import Literal

from briefing.core.model import Kind
from briefing.extract.context_cues import (
    LAW_SAYS,
    PERMISSION,
    PURPOSE_START,
    RULE_ON_CITIZENS,
    VAGUE_RESULT,
)
from briefing.extract.cues import ACHIEVEMENT
from briefing.extract.foreign_news import foreign_news
from briefing.extract.remarks import forecast_told, side_remark
from briefing.extract.rules_from_a_day import RULE_FROM_A_DAY, rule_to_come, takes_effect
from briefing.extract.textcase import lowercase_pattern

Ruling = Literal["no claim", "ruled out"]
"""Not a claim; "ruled out": nor is any part cut from the clause, whatever the sentence."""

# A sentence that only points back at a shortfall already told ("This is a very low rate").
# "This means people are still asked ...": what the shortfall before it leads to, told again.
_RESTATED = lowercase_pattern(
    # (not the "it" that stands for what comes after: "It is difficult for the blind to
    # access the portals" tells the shortfall)
    r"(?:this|that|these|it(?!\s+(?:is|was)\s+(?:still\s+|very\s+|quite\s+|rather\s+)?"
    r"(?:difficult|hard|not\s+easy|impossible)\s+(?:for|to)\b))\s+(?:is|was|are|were|means|meant)\b"
    r"|(?:this|that)\s+(?:has|had)\b"
)
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
# Shortfalls or their causes announced, none named: "several shortcomings and limitations
# still need to be promptly addressed", "The above-mentioned limitations stem from various
# causes", "The taskforce has cited many reasons behind the slow implementation".
_SHORTFALLS_ANNOUNCED = lowercase_pattern(
    r"^(?:[^,;]{0,60},\s*)?(?:but\s+|yet\s+)?(?:the\s+)?"
    rf"{_SOME}{_SHORTFALLS}(?:\s+and\s+{_SHORTFALLS})?\s+(?:still\s+)?(?:need|needs|must|should)\s+"
    r"(?:to\s+)?be\s+(?:\w+\s+)?(?:overcome|addressed|resolved|fixed|remedied|tackled)\b[^,;]{0,30}$"
    r"|^(?:the\s+)?(?:above(?:-|\s)?mentioned|aforementioned|these|such|those)\s+"
    rf"{_SHORTFALLS}(?:\s+and\s+{_SHORTFALLS})?\s+(?:stem|stems|stemmed|come|comes|result|results|arise|arises)\s+"
    r"from\s+(?:various|many|several|a\s+number\s+of|both|different)\s+(?:causes|reasons|factors)"
    r"(?:,\s*(?:both\s+)?objective\s+and\s+subjective)?\s*[.;:]?\s*$"
    r"|\b(?:cited|pointed\s+out|listed|named|gave)\s+(?:many|several|a\s+number\s+of|various)\s+"
    r"(?:reasons|causes)\b(?![^.;]*:)"
    # a meeting that talked them over: "focused on discussing and analysing existing causes
    # and shortcomings in implementing ..." (what they are, if anywhere, is told elsewhere)
    r"|\b(?:discuss\w*|analy[sz]\w*|clarif\w*)\s+(?:and\s+(?:discuss\w*|analy[sz]\w*|clarif\w*)\s+)?"
    r"(?:the\s+)?(?:existing\s+|remaining\s+)?(?:causes|reasons|shortcomings|limitations)\b"
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
# Work that goes on, with no result told: "The province continues to expand activities to
# strengthen the three pillars" (with a figure, the result stands).
_GOES_ON = lowercase_pattern(
    r"\bcontinues?\s+to\s+(?:expand|implement|promote|carry\s+out|step\s+up|deploy)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:activities|efforts|solutions|measures|work|tasks)\b"
)
# Bodies counted at work not yet done: "32 credit institutions are deploying the app" (read
# on the clause: a number opens it, and the cue scan would try it at every number).
_DEPLOYING = lowercase_pattern(
    r"\b\d[\d,.]*\s+(?:[\w-]+\s+){1,6}?(?:are|is)\s+(?:now\s+|currently\s+|still\s+)?deploying\b"
    r"(?![^.;]*(?:%|per\s*cent|percent|accounting\s+for))"
)
# What a step belongs to, no result told before it: "The link-up is part of the agency's
# efforts to implement Decision 06/QD-TTg" (not "The app, downloaded 2 million times, is
# part of the city's efforts ...").
_PART_OF_EFFORTS = lowercase_pattern(
    r"^[^\d]*?\b(?:is|are|was|were)\s+(?:also\s+)?(?:a\s+)?part\s+of\s+(?:[\w'’-]+\s+){0,3}?efforts?\s+to\b"
)
# A feature's own people: "Ms. Y Nuong, a resident of Ca Roong village, previously did not
# have a smartphone", and what one of them was given: "Thanks to the commune's help, she
# was granted a SIM card" (a story's colour, not the report's claim).
_ONE_PERSON = lowercase_pattern(
    r"^(?:mr|ms|mrs|miss)\.?\s+[\w'’ -]{1,40},\s+(?:an?\s+)?(?:\d+-year-old\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:resident|farmer|villager|student|trader|vendor|worker|retiree|pensioner|teacher|owner|mother|father)\b"
    r"|^(?:[^;.]{0,160}?,\s+)?(?:she|he)\s+(?:was\s+(?:granted|given|helped|issued|shown|taught)|received|got)\b"
    r"(?!\s+(?:the\s+|a\s+)?(?:task|job|responsibility|assignment|duty)\b)"
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
# A writer's own opinion: "In my view, the law matters more than the next ten million
# accounts" claims nothing a reader could check, figure or not.
_OPINION = lowercase_pattern(
    r"^(?:but\s+|and\s+|yet\s+)?(?:in\s+(?:my|our)\s+(?:view|opinion)|to\s+my\s+mind|"
    r"(?:personally\s*,?\s+)?(?:i|we)\s+(?:(?:do\s+)?think|believe|feel|would\s+argue))\b"
)
_TASK_NOUNS = r"(?:tasks|missions|groups\s+of\s+tasks)"
"""How a plan's tasks are counted ("38 tasks", "5 groups of tasks"), lowercased."""
# A list's item that only counts a plan's tasks, with no word of their state: "8 general
# implementation tasks and 30 key tasks" after "there are 4 unfinished tasks, ...".
_TASKS_ONLY = lowercase_pattern(
    r"^(?:and\s+)?(?:about\s+|over\s+|more\s+than\s+|nearly\s+)?\d[\d,]*\s+(?:[a-z-]+\s+){0,3}?"
    rf"{_TASK_NOUNS}\W*$"
)
# The consequence of a shortfall already told, said of "this" or "these": "He warned that
# this slow implementation is hindering national progress" (LABELLING.md: a follow-on
# that only spells out a listed limitation's consequence is no finding of its own).
_ITS_CONSEQUENCE = lowercase_pattern(
    r"^(?:[\w\s,]{0,40}?\b(?:warned|said|noted|stressed|added|cautioned)\s+that\s+)?"
    r"(?:this|these|such|that)\s+(?:[\w-]+\s+){0,3}?(?:situation|problems?|shortcomings?|delays?|slowness|"
    r"implementation|rollout|state|weakness(?:es)?|limitations?|trend|issues?|gaps?|bottlenecks?)\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|will\s+be)\s+)?"
    r"(?:hinder\w*|hamper\w*|imped\w*|affect\w*|undermin\w*|holding\s+back|held\s+back|slow\w*|"
    r"delay\w*|drag\w*\s+down)\b"
)
# A plan's tasks counted by what they are, not by what was done with them.
_TASKS_SET = lowercase_pattern(
    rf"\b\d[\d,]*\s+(?:[a-z-]+\s+){{0,2}}?{_TASK_NOUNS}\s+(?:set|assigned|given|planned|for)\b"
)
# A person's own words in quotation marks, with no figure: "Patients no longer carry paper
# records," said a doctor. Colour for the story, not a claim a reader could check; an
# official's quoted figure ("We have connected all 63 provinces," he said) still counts.
_QUOTED_WORDS = lowercase_pattern(
    r"^[\"“][^\"“”]{8,}[\"”]\s*,?\s*(?:[^,;\"“”]{1,60}?\s)?"
    r"(?:said|says|added|told|explained|recalled|admitted|shared)\b"
)
_OFFICIAL_SAID = lowercase_pattern(
    r"[\"”]\s*,?\s*(?:said|says|added|told)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:minister|chairman|chairwoman|chairperson|director|secretary|governor|president)\b"
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
    # "Progress has been uneven, however.": the detail comes next
    r"|^(?:but\s+|yet\s+)?(?:progress|implementation|the\s+picture|results)\s+(?:has|have)\s+been\s+"
    r"(?:uneven|mixed|patchy)(?:,\s*however)?\s*[.;]?\s*$"
)
# Hearsay with nothing counted: "There have been reports of cyberattacks on state systems".
_HEARSAY = lowercase_pattern(
    r"^(?:but\s+|and\s+|yet\s+)?there\s+(?:have\s+been|has\s+been|were|was|are|is)\s+"
    r"(?:also\s+)?(?:some\s+|several\s+|many\s+|a\s+few\s+)?(?:reports?|rumou?rs?|claims)\s+(?:of|that)\b"
)


def _only_vague(clause: str) -> bool:
    """Is every result the clause reports said in general words alone? ("has achieved
    important results"; but "has developed Project 06, which brings practical results"
    reports the project.)"""
    if not VAGUE_RESULT.search(clause):
        return False
    return not ACHIEVEMENT.search(VAGUE_RESULT.sub(" ", clause))


# A document issued is the news that carries the claims, not one: its levels and tasks are
# the findings ("The city has issued a plan on Project 06 in 2026, setting out targets").
_ISSUED_DOCUMENT = re.compile(
    # after a dateline, if any: "HANOI (Chinhphu.vn) - The Prime Minister has signed ..."
    r"^(?:[^-–—;]{1,40}?\s[-–—]\s+)?(?:[\w'’.-]+\s+){0,12}?(?:has|have|had)\s+(?:just\s+|recently\s+)?(?:issued|signed)\s+(?:a|an|the)?\s*"
    r"(?:new\s+)?(?:official\s+)?(?:plan|decision|decree|resolution|directive|circular|document|programme|"
    r"program|instruction|dispatch|notice|announcement|conclusion)\b"
)


_PLAN_TO = re.compile(r"\b(?:plan|programme|program|decision)\s+to\s+[a-z]")
# A meeting's chair, its reach online: "X chaired the conference, which was connected
# online to 10 districts" (what was said there is the news).
_CHAIRED = re.compile(
    r"^[^,;]{0,120}?\b(?:chaired|co-chaired|presided\s+over|hosted)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:conference|meeting|session|workshop|forum|seminar)\b(?![^.;]*\b(?:said|says|noted|reported|announced)\b)"
)

# A plan's tasks counted, none said done or late: "In 2025, there are 136 tasks under
# Project 06, of which 31 are general tasks" describes the plan ("has completed 54 of 60
# tasks", "38 tasks are behind schedule" tell how it went).
_TASKS_COUNTED = re.compile(
    r"\b(?:there\s+(?:are|were|is)|(?:has|have|had|includes?|included|comprises?|comprised|"
    r"sets?\s+out|consists?\s+of|plan\s+(?:to\s+implement|with|of|comprising))\s+(?:a\s+total\s+of\s+)?)\s*"
    r"(?:about\s+|over\s+|more\s+than\s+|nearly\s+)?"
    rf"\d[\d,]*\s+(?:[a-z-]+\s+)?{_TASK_NOUNS}\b"
)
_TASKS_STATUS = re.compile(
    r"\b(?:complet\w*|done|finish\w*|fulfil\w*|accomplish\w*|achiev\w*|behind|overdue|late|delay\w*|"
    r"schedule|remain\w*|unfinished|outstanding|pending|not\s+yet|still|met|missed)\b"
)


_CONDITION = re.compile(
    r"^(?:if|unless|in\s+case)\b"
    # "Agencies that fail to meet the rates will be held accountable": whom a rule is for
    r"|^(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){1,3}?(?:that|which|who)\s+(?:still\s+)?fails?\s+to\b"
    r"[^.;]*\b(?:will|shall|must|would)\b"
)
# A result supposed, not told: "If the province rose to the high group, it would attract
# ...", "Once the portal is connected with the national portal, residents will be able to"
_SUPPOSED = re.compile(
    r"^(?:if|unless)\b[^.;]*\b(?:would|could|might|can\s+(?:save|help|cut|reduce|bring|earn))\b"
    r"|^(?:if|unless|once)\s[^.;,]{3,100}?\s(?:is|are)\s[^.;]*\b(?:will|can)\b"
)


def opening_ruled_out(lowered: str, figures: int) -> bool:
    """A survey's sample (what it found comes next), a plan's tasks counted, a feature's
    family ("Her grandson, a grade 11 student, plans to teach her the app"), a writer's
    opinion: ruled out before any cue is read."""
    return bool(
        (figures == 1 and (_SURVEY_SAMPLE.match(lowered) or _TASKS_ONLY.match(lowered)))
        or _FAMILY.match(lowered)
        or _ONE_PERSON.match(lowered)
        or _OPINION.match(lowered)
    )


_IF_WE_WANT = lowercase_pattern(
    r"(?:^|\b(?:that|said|emphasi[sz]ed|stressed|noted)\s+)if\s+we\s+(?:really\s+)?(?:want|wish|hope|are\s+to)\b"
)
# "..., but 40% of firms have not done so", "yet the ministry recorded 1,860 leaks": a gap
# told beside the rule.
_GAP_TOLD = lowercase_pattern(r",\s*(?:but|yet)\b|\bwhile\b|\bhowever\b")


def no_claim(
    kind: Kind, lowered: str, *, figures: int, sentence: str, hits: set[str], dated: bool = False
) -> Ruling | None:
    """Why a clause the cue rules call ``kind`` claims nothing (``None``: it stands).
    ``hits``: the names of its cues; ``sentence``: the sentence it is part of; ``dated``:
    the clause has a due date after the article's."""
    if (
        "in_progress" in hits
        and kind is not Kind.LIMITATION  # "still under way, two years behind schedule"
        and not (dated and kind in (Kind.TARGET, Kind.DEADLINE))
    ):
        return "no claim"  # "is drafting a decree": work going on, no result yet
    if "background" in hits or (not figures and ("praise" in hits or PURPOSE_START.match(lowered))):
        return "no claim"
    if figures == 1 and "praise" in hits and _TASKS_SET.search(lowered):
        return "no claim"  # "praised Hanoi for its achievements in the 19 key tasks set for 2024"
    if foreign_news(lowered, sentence):
        return "no claim"  # "Singapore topped the index": another country's news
    if not figures and kind is Kind.ACHIEVEMENT and _only_vague(lowered):
        # "achieved many positive results": rhetoric, no claim, whatever the sentence
        return "ruled out"
    if kind is Kind.TARGET and (RULE_ON_CITIZENS.match(lowered) or RULE_FROM_A_DAY.match(lowered)):
        return "no claim"  # a rule people or firms follow, not a task set
    if kind is Kind.ACHIEVEMENT and PERMISSION.match(lowered):
        return "no claim"
    if side_remark(lowered) or forecast_told(lowered, sentence):
        return "no claim"
    if not figures and "if we " in lowered and _IF_WE_WANT.search(lowered):
        return "no claim"  # "if we want a double-digit economy, ... there is no other way": a speech's premise
    if (
        kind in (Kind.ACHIEVEMENT, Kind.LIMITATION)
        and LAW_SAYS.search(lowered)
        and not _GAP_TOLD.search(lowered)
    ):
        return "no claim"  # "the 2023 Law on Identification stipulates that ...": a rule, no result
    if not figures and kind is Kind.LIMITATION and _ITS_CONSEQUENCE.match(lowered):
        return "no claim"
    if not figures and kind is Kind.LIMITATION and _HARD_WORK.match(lowered):
        return "no claim"  # "The work is far from easy": what is hard comes next
    if not figures and (
        _PEOPLE_SAID.match(lowered)
        or (
            _QUOTED_WORDS.match(lowered)
            # an official's own words on a shortfall: "... with cash," said the minister
            and not (kind is Kind.LIMITATION and _OFFICIAL_SAID.search(lowered))
        )
    ):
        return "no claim"  # a passer-by's word
    if (not figures and _GOES_ON.search(lowered)) or _PART_OF_EFFORTS.match(lowered):
        return "no claim"
    if kind is Kind.ACHIEVEMENT and "deploying" in lowered and _DEPLOYING.search(lowered):
        return "no claim"  # "32 credit institutions are deploying ...": work going on
    if not figures and kind is Kind.LIMITATION and _RESTATED.match(lowered):
        return "no claim"  # "This is a very low rate": the shortfall told again
    if (
        not figures
        and kind is Kind.LIMITATION
        and (
            _REASON_ANNOUNCED.match(lowered)
            or _HEARSAY.match(lowered)
            or _UNNAMED_LAGGING.match(lowered)
        )
    ):
        # "The reason is simple": the reason comes next; ruled out, so that the part
        # cut from a sentence ("..., although several indicators are still behind
        # schedule") does not take the sentence's kind
        return "ruled out"
    if kind in (Kind.ACHIEVEMENT, Kind.LIMITATION) and rule_to_come(lowered):
        return "no claim"
    if (
        not figures
        and kind in (Kind.ACHIEVEMENT, Kind.TARGET)
        # "has signed a plan to connect all communes by 2026": the plan's dated goal
        and not (dated and " to " in lowered and _PLAN_TO.search(lowered))
        and ("issued" in lowered or "signed" in lowered)
        and _ISSUED_DOCUMENT.match(lowered)
    ):
        return "no claim"  # "has issued a plan on ...": the news of a document
    if (
        kind in (Kind.ACHIEVEMENT, Kind.TARGET)
        and "task" in lowered
        and _TASKS_COUNTED.search(lowered)
        and not _TASKS_STATUS.search(lowered)
    ):
        return "no claim"  # "there are 136 tasks under the plan": the plan described
    if kind is Kind.ACHIEVEMENT and _CHAIRED.match(lowered) is not None:
        return "no claim"
    if kind is Kind.ACHIEVEMENT and takes_effect(lowered):
        return "no claim"  # "the decree takes effect from July 1": its context
    if kind is Kind.LIMITATION and _CONDITION.match(lowered):
        return "no claim"  # "If they still fail to update, ...": a rule's case
    if kind is Kind.ACHIEVEMENT and _SUPPOSED.match(lowered):
        return "no claim"  # "If the province rose to the high group, it would ...": supposed
    if (
        not figures
        and kind in (Kind.LIMITATION, Kind.TARGET)
        and (
            _VAGUE_SHORTFALL.search(lowered)
            or _SHORTFALLS_REMAIN.match(lowered)
            or _SHORTFALLS_ANNOUNCED.search(lowered)
        )
    ):
        return "no claim"  # "still has some limitations": what they are comes next
    return None
