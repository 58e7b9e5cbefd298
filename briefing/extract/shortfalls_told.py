"""Shortfalls told where the cue scan does not look (their patterns would open on every
"have", "be" or figure): fraud told by its victims and losses, attacks counted, things
counted and left overdue by so long or late; and few faults, or none, told as a result.
Each is read only where its words are."""

from __future__ import annotations

import re

from briefing.extract.shortfall_cues import FEW_WRONG, LATE, LIMITATION
from briefing.extract.textcase import lowercase_pattern

# Work counted as left undone: "4 overdue, delayed and unfinished tasks", "2,631 late".
COUNTED_UNDONE = lowercase_pattern(
    rf"\b\d[\d,.]*\s+(?:more\s+)?(?:[\w-]+,?\s+)?(?:{LATE}|unfinished|uncompleted)\b"
    # "there are still 3 groups of slow-progress issues, including:": problems counted
    r"|\bthere\s+(?:are|were|remain)\s+still\s+\d+\s+(?:groups?\s+of\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:issues|problems|shortcomings|limitations|difficulties|bottlenecks|tasks)\b"
)


def _told(
    clause: str, words: tuple[str, ...], told: re.Pattern[str], unless: re.Pattern[str] | None
) -> bool:
    """Is ``told`` in the clause, looked for only where one of its ``words`` is, and not
    ``unless``? (The words are a plain substring test: most clauses stop there.)"""
    return (
        any(word in clause for word in words)
        and told.search(clause) is not None
        and (unless is None or unless.search(clause) is None)
    )


# Fraud told by its victims and losses: "one in every 220 users became victims", "70% of
# users have received invitations to invest in fake exchanges", "the loss from online
# fraud was estimated at ...". Kept out of the cue scan (opening on every "have" and "be"),
# looked for only where its words are.
FRAUD_TOLD = lowercase_pattern(
    r"\b(?:became|become|fell|fall)\s+victims?\b"
    r"|\b(?:(?:have|has|had)\s+)?(?:received|encountered|been\s+targeted\s+by|were\s+targeted\s+by|got)\s+"
    r"(?:[\w-]+\s+){0,6}?(?:fake|fraudulent|scam|phishing|impersonat\w+)\b"
    r"|\blosse?s?\s+(?:caused\s+by|from|due\s+to|to)\s+(?:online\s+)?(?:fraud|scams?|cybercrime)\b"
    # "12,000 people were victims of investment scams"; "Online fraud cost residents VND
    # 300 billion"
    r"|\b(?:were|was|are|is|have\s+been|has\s+been)\s+(?:the\s+)?victims?\s+of\b"
    r"|\b(?:fraud|scams?|cybercrime|phishing)\s+(?:cost|costs|caused\s+losses\s+of)\b"
)
_FRAUD_WORDS = ("victim", "fake", "fraud", "scam", "phishing", "impersonat")


_NOT_FRAUD_TOLD = lowercase_pattern(
    r"\b(?:training|guidance|instruct\w*|lessons|skills|how\s+to|tips)\b"
    r"|\b(?:reduc|decreas|declin|cut\b|fell\b(?!\s+victims?)|dropped\b|down\b)\w*"
)
"""What makes a fraud's words no shortfall: training to spot it, its losses cut."""


# Things counted and left overdue by so long: "11,000 applications were six months overdue"
# (not the complement of a share on time, "0.2% overdue", nor a rule, "declarations that
# are 30 days overdue"). Read only where "overdue" is (a count's pattern tried at every
# figure of every clause cost about 5% of the extraction's work).
_COUNTED_OVERDUE = lowercase_pattern(
    r"\d[\d,.]*\s+(?:[\w-]+\s+){0,8}?(?:were|was|are|is|remain\w*|had\s+been|have\s+been)\s+(?:still\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:days?|weeks?|months?|years?)\s+overdue\b"
)


# Things counted late: "there are still 2,631 late dossiers", "8 more overdue tasks" (not
# "only 3 late dossiers", "fewer than 10"). Out of the cue scan, which would try it at
# every figure (a third of the shortfall cues' scan time).
_LATE_THINGS = "dossiers|applications|files|records|documents|tasks|cases|projects|procedures"
_UNQUALIFIED = r"(?<!only\s)(?<!just\s)(?<!than\s)(?<!merely\s)"
"""No "only", "just", "merely" or "fewer than" before the count."""
_COUNTED_LATE = lowercase_pattern(
    rf"{_UNQUALIFIED}\b\d[\d,.]*\s+(?:more\s+)?(?:[\w-]+\s+){{0,2}}?{LATE}\s+(?:{_LATE_THINGS})\b"
    # the word after: "hot spots with more than 2,200 documents late"
    rf"|{_UNQUALIFIED}\b\d[\d,.]*\s+(?:[\w-]+\s+){{0,2}}?(?:{_LATE_THINGS})\s+(?:late|overdue|delayed)\b"
)
_LATE_WORDS = ("late", "overdue", "delayed", "backlog", "unresolved", "unprocessed")


# ... but a backlog dealt with is a result: "resolved 2,631 late dossiers", "cleared all".
_LATE_DEALT = lowercase_pattern(
    r"\b(?:resolved|cleared|processed|settled|handled|dealt\s+with|completed|reduced|cut|finished)\s+"
    r"(?:all\s+|the\s+|its\s+|their\s+)*(?:more\s+than\s+|over\s+|nearly\s+|about\s+)?\d"
)


def overdue_told(clause: str) -> bool:
    """Does a (lowercased) clause count things left overdue by so long, or late?"""
    return _told(clause, ("overdue",), _COUNTED_OVERDUE, None) or _told(
        clause, _LATE_WORDS, _COUNTED_LATE, _LATE_DEALT
    )


def fraud_told(clause: str) -> bool:
    """Does a (lowercased) clause tell fraud by its victims or its losses?"""
    return _told(clause, _FRAUD_WORDS, FRAUD_TOLD, _NOT_FRAUD_TOLD)


# Attacks counted as they happened: "recorded approximately 13,900 cyber attacks", "the
# number of cyberattacks for the year exceeds 659,000", "46% of firms experienced at least
# one attack", "91% of the reported incidents involved the financial sector" (an incident
# is a shortfall, LABELLING.md). Not attacks fought ("blocked 3,100 phishing websites",
# "detected and handled 1,120 attacks"), fewer attacks, nor a drill's.
_ATTACKS = (
    r"(?:cyber\s*-?\s*)?(?:attacks?|cyberattacks?|incidents?|breaches|intrusions|infections)\b"
)
_ATTACKS_COUNTED = lowercase_pattern(
    r"\b(?:recorded|experienced|suffered|faced|facing|encountered|saw|logged|reported|hit\s+by|targeted\s+by)\s+"
    rf"(?:[^.;]{{0,30}}?\d[\d,.]*\s*(?:%|percent|million|thousand)?\s+|at\s+least\s+(?:one|an?)\s+)"
    rf"(?:[\w-]+\s+){{0,4}}?{_ATTACKS}"
    rf"|{_ATTACKS}[^.;]{{0,60}}?\b(?:exceed\w*|reach\w*|total\w*|numbered|stood\s+at|rose|increased|grew|"
    r"accounted\s+for|involved)\b[^.;]{0,30}?\d"
    rf"|\d[\d.,]*\s*(?:%|percent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_ATTACKS}[^.;]{{0,40}}?"
    r"\b(?:involved|targeted|hit|came|originated)\b"
    r"|\d[\d.,]*\s*(?:%|percent)\s+of\s+(?:[\w-]+\s+){1,5}?(?:experienced|suffered|faced|encountered|"
    r"(?:were|was)\s+(?:hit|attacked|targeted))\b"
    # "an uptick in cyber-attacks in 2023, with 13,900 incidents recorded": more of them
    rf"|\b(?:uptick|rise|increase|surge|spike|jump)\s+(?:in|of)\s+(?:[\w-]+\s+){{0,2}}?{_ATTACKS}"
    r"(?!\s+(?:response|insurance|prevention|protection|handling))[^.;]{0,60}?\d"
    # "Hackers attacked 320 government websites": attacks told by who made them
    r"|\bhackers?\s+(?:have\s+|had\s+)?(?:attacked|hacked|breached|hit|targeted|compromised)\s+[^.;]{0,20}?\d"
    # "is a major target for hackers": attacks suffered, told by who makes them
    r"|\b(?:a|the)\s+(?:[\w-]+\s+)?target\s+(?:of|for)\s+(?:[\w-]+\s+)?(?:attacks?|attackers|hackers|cyber\w*)"
)
_ATTACKS_FOUGHT = lowercase_pattern(
    r"\b(?:blocked|handled|prevented|repelled|thwarted|foiled|removed|took\s+down|dismantled|"
    r"arrested|prosecuted|fixed|resolved|simulated|drills?|fell|fallen|decreas\w*|declin\w*|dropped|"
    r"reduc\w*|down\s+\d|lower|fewer)\b"
    r"|\bno\s+(?:[\w-]+\s+)?(?:attacks?|incidents?|breaches|intrusions)\b"
)
_ATTACK_WORDS = ("attack", "incident", "breach", "intrusion", "infection", "hacker")


# Threats counted: "2,364 phishing domains targeting users", "warnings about 15 fake
# websites", "495,000 distributed denial-of-service (DDoS) attacks", "46 cases of data
# exposure", "17,000 new vulnerabilities were discovered". Unlike an incident, a threat
# caught ("blocked 300 fake websites", "took down 1,200 phishing sites") stays a result, as
# the caller's fix test (``POSITIVE_FIX``) says. Out of the cue scan: a number opens them,
# and the scan's gate of first characters would then pass every number.
_THREATS_COUNTED = lowercase_pattern(
    r"\b\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:\w+\s+)?(?:phishing|counterfeit|fake|spoofed|malicious|scam)\s+"
    r"(?:[\w-]+\s+)?(?:domains?|websites?|sites?|pages?|links?|apps?|applications?|accounts?|messages?|emails?|"
    r"calls?|versions?)\b"
    r"|\b\d[\d,.]*\s*(?:million\s+|thousand\s+)?(?:[\w-]+\s+){0,2}?(?:denial-of-service|ddos)\s+(?:\(ddos\)\s+)?attacks\b"
    r"|\b\d[\d,.]*\s+cases\s+of\s+(?:[\w-]+\s+)?(?:data\s+)?(?:exposure|leaks?|leakage|breach(?:es)?|theft)\b"
    r"|\b\d[\d,.]*\s+(?:new\s+)?(?:[\w-]+\s+)?vulnerabilities\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:discovered|found|detected|identified|reported)\b"
)
_THREAT_WORDS = (
    "phishing",
    "counterfeit",
    "fake",
    "spoofed",
    "malicious",
    "scam",
    "ddos",
    "denial-of-service",
    "cases of",
    "vulnerabilities",
)


def threats_counted(clause: str) -> bool:
    """Does a (lowercased) clause count threats met (phishing or fake sites, DDoS attacks,
    cases of data exposure, vulnerabilities found)?"""
    return _told(clause, _THREAT_WORDS, _THREATS_COUNTED, None)


def attacks_told(clause: str) -> bool:
    """Does a (lowercased) clause count attacks as they happened?"""
    return _told(clause, _ATTACK_WORDS, _ATTACKS_COUNTED, _ATTACKS_FOUGHT)


# Few of a bad thing, or none, is a result: "only 12 complaints were filed", "just 4
# outages were recorded", "only 2% of dossiers were returned late", "had zero late
# dossiers". Not a backlog left ("only 5 late dossiers remain"), a scant share of faults
# put right ("only 60% of complaints were resolved"), nor few free of them ("only 15
# communes without delays").
_FEW_FAULTS = lowercase_pattern(
    r"\b(?:only|just|merely)\s+(?:\d[\d,.]*\s*(?:%|percent|per\s*cent)?|one|two|three|four|five|"
    # the faults themselves counted, or a share of things said to be faulty ("only 2% of
    # dossiers were returned late"; not "only 45% of them reported the incident")
    r"a\s+few|a\s+handful\s+of)\s+(?:of\s+(?:the\s+)?[\w-]+\s+(?:were|was|are|is)\s+(?:[\w-]+\s+)?)?"
    + FEW_WRONG
    + r"|\b(?:had|has|have|recorded|reported|received|saw|logged)\s+(?:zero|no)\s+"
    r"(?:(?:late|overdue|delayed)\s+(?:dossiers|applications|files|tasks|cases|records)|"
    r"(?:[\w-]+\s+)?(?:complaints|errors|incidents|outages|violations|breaches|delays))"
    # (not what is had for them: "have no written incident response plan")
    r"(?![\w-]|\s+(?:response|management|plans?|reporting|handling|prevention|procedures?))"
)
_FAULTS_LEFT_OR_FIXED = lowercase_pattern(
    r"\b(?:remain\w*|still|left|pending|backlog\w*|resolved|handled|fixed|settled|addressed|"
    r"processed|corrected|answered|without|free\s+of)\b"
)
_FEW_WORDS = ("only", "just", "merely", "zero", "no ")


# Fewer of a bad thing than before is a result too: "4,483 cyberattack incidents, a
# decrease of more than 57%", "attacks fell 30%" (not "up 9%").
_FAULTS_FELL = lowercase_pattern(
    r"\b(?:incidents|attacks|cyber-?\s*attacks|breaches|scams|frauds|complaints|errors|violations|leaks)\b"
    r"[^.;]{0,80}?(?:\ba\s+(?:decrease|decline|drop|fall|reduction)\s+of\b"
    r"|\b(?:down|fell|dropped|decreased|declined)\s+(?:by\s+)?(?:more\s+than\s+|over\s+|nearly\s+|about\s+|almost\s+)?\d"
    # "was 4,639, 15 percent lower than in the same period", "lower than the 5,463"
    r"|\d\s*(?:%|percent|per\s+cent)\s+lower\s+than\b|\blower\s+than\s+(?:the\s+)?\d)"
)
_FELL_WORDS = (
    "decrease",
    "decline",
    "drop",
    "fall",
    "reduction",
    "down",
    "fell",
    "dropped",
    "lower",
)


def few_faults(clause: str) -> bool:
    """Does a (lowercased) clause tell few faults, or none, or fewer than before, as a
    result?"""
    return _told(clause, _FEW_WORDS, _FEW_FAULTS, _FAULTS_LEFT_OR_FIXED) or _told(
        clause, _FELL_WORDS, _FAULTS_FELL, None
    )


# A shortfall denied in passing: "to ensure unified management, without any interruptions,
# overlaps or omissions", "completed with no errors", "there were no outages" name faults
# only to say there are none.
_FAULT = r"(?:interruptions?|overlaps?|omissions?|errors?|delays?|disruptions?|problems?|incidents?|outages?|glitch\w*|complaints?|congestion)"
_WITHOUT_FAULTS = re.compile(
    rf"\b(?:without|with\s+(?:no|zero)|free\s+of|there\s+(?:were|was|have\s+been|has\s+been)\s+no)\s+"
    rf"(?:any\s+)?(?:[\w-]+\s+)?{_FAULT}(?:\s*,\s*(?:or\s+|and\s+)?(?:[\w-]+\s+)?{_FAULT}|\s+(?:or|and)\s+(?:[\w-]+\s+)?{_FAULT})*\b"
)


def faults_only_denied(clause: str) -> bool:
    """Are all of a (lowercased) clause's shortfall cues inside a "without any ...", "with
    no ..." or "there were no ..."?"""
    if "with" not in clause and "free of" not in clause and " no " not in clause:
        return False
    denied = _WITHOUT_FAULTS.sub(" ", clause)
    return denied != clause and LIMITATION.search(denied) is None


_DESPITE = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding)\b")
# Whom an order is for, named by their shortfall: "agencies that have not met the target
# must focus on ..., striving for 95%" is the order, not a shortfall told.
_LAGGARDS_ORDERED = lowercase_pattern(
    r"^\W*(?:(?:accordingly|therefore|in\s+addition|also|meanwhile),\s+)?(?:[\w-]+\s+){0,6}?(?:that|which|who|whose)\s+(?:have|has|had|are|is)\s+(?:not|yet\s+to)\b"
    # (not a burden they bear: "must still submit paper reports", "have to re-enter data")
    r"[^,;]{0,60}?\s(?:must|should|shall|need\s+to|are\s+required\s+to)\s+(?!still\b)"
)


# What a result was set against, told first: "Facing many difficulties and a low starting
# point, the province has ...", "Despite many obstacles, the city connected ..." (its words
# of hardship, with no figure, are the result's setting).
_SET_AGAINST_FIRST = re.compile(
    r"^\W*(?:facing|faced\s+with|despite|in\s+spite\s+of|amid|in\s+the\s+face\s+of|although|"
    r"though|even\s+though)\b[^,;\d]{0,120},\s+"
)


def shortfall_aside(clause: str, figures: int) -> bool:
    """Are the shortfall's words of ``clause`` (lowercased) only an aside to its claim: in
    a "despite ..." told after a result with figures ("grew by 57% despite growing fears
    of scams": what it stood against), or naming whom an order is for?"""
    if _LAGGARDS_ORDERED.match(clause):
        return True
    setting = _SET_AGAINST_FIRST.match(clause)
    if setting is not None and LIMITATION.search(clause, setting.end()) is None:
        return True
    despite = _DESPITE.search(clause) if figures else None  # read only for a shortfall
    if despite is None or despite.start() == 0:
        return False
    # (nor after it: "The province, despite heavy investment, has only 35% ...")
    after = clause.find(",", despite.end())
    return LIMITATION.search(clause, 0, despite.start()) is None and (
        after < 0 or LIMITATION.search(clause, after) is None
    )
