"""Remarks about the news rather than news: a trend forecast to go on, what a measure is
reckoned to bring, a meeting's logistics, where and when figures were taken, a warning of penalties. None is a finding,
whatever its cues (LABELLING.md: logistics and background are no findings)."""

from __future__ import annotations

from briefing.extract.textcase import has_digit, lower, lowercase_pattern

# When and how a figure was taken, or a warning of penalties: "These figures were recorded
# at 10 a.m. on August 2", "warns of severe penalties for any agency that ...".
_NOTE = lowercase_pattern(
    r"^(?:(?:these|the|this|those)\s+)?(?:figures?|data|numbers?|statistics)\s+(?:were|was|is|are)\s+"
    r"(?:(?:recorded|updated|taken|collected|compiled|extracted)\s+(?:at|on|as\s+of|in|by)\b"
    # where they come from: "Data was compiled from 63 provincial reports"
    r"|(?:compiled|drawn|taken|sourced|aggregated)\s+from\b[^,;]{0,60}?"
    r"\b(?:reports?|sources?|surveys?|statistics|submissions))[^,;]{0,40}[.]?$"
)
# "warns of fines of up to VND 100 million", "threatened disciplinary action against
# agencies that leak data": what a rule would do, not what happened.
_WARNING = lowercase_pattern(
    r"\bwarn(?:s|ed)?\s+of\s+(?:severe\s+|strict\s+|heavy\s+)?"
    r"(?:penalties|sanctions|punishment|disciplinary|(?:administrative\s+)?fines)\b"
    r"|\bthreaten(?:s|ed)?\s+(?:(?:severe|strict|disciplinary|legal|criminal)\s+)+action\b"
)
_WARNED_WHY = lowercase_pattern(r",\s*(?:as|because|since|while|but|yet)\s")
"""A warning with its reason told: "warned of strict sanctions, as 15 communes are still
behind" tells the shortfall."""


# A trend told to go on, with no level to reach: "Cyberattacks will continue to rise",
# "E-commerce revenue will keep growing at 20% a year, according to a report" (a forecast
# of the market, not a goal of anyone's: the verb has no object, no "to 90%").
_TREND_TO_COME = lowercase_pattern(
    r"^[^,;]{0,80}?\b(?:(?:will|(?:is|are)\s+(?:expected|likely|set|forecast|projected|predicted)\s+to)\s+"
    r"(?:continue\s+(?:to\s+)?|keep\s+(?:on\s+)?)"
    # a forecaster's word needs no "continue": "E-commerce is forecast to grow strongly in 2023"
    r"|(?:is|are)\s+(?:forecast|forecasted|projected|predicted)\s+to\s+)"
    r"(?:ris\w*|grow\w*|expand\w*|increas\w*|surg\w*|climb\w*|declin\w*|fall\w*|soar\w*|boom\w*)"
    r"(?:\s+(?:rapidly|strongly|sharply|steadily|fast|quickly|further))?"
    r"(?:\s+(?:at\s+(?:about\s+|around\s+|over\s+)?\d[\d.,]*\s*%\s+(?:a|per|each)\s+year"
    r"|in\s+(?:the\s+)?(?:coming|next|years?\s+to\s+come)(?:\s+(?:few\s+)?(?:years?|months?|decade))?"
    r"|in\s+20\d\d|this\s+year|next\s+year))*"
    r"\s*(?:[,.;]|$|as\s|according\s+to\b|experts?\b|analysts?\b)"
)
# What a forecaster outside government foresees, whatever its date: "Online retail is set to
# grow 20% this year, according to a report by Google, Temasek and Bain", "30% of shoppers
# will be targeted by scams this year, a cybersecurity firm warned" (not a plan's level,
# "will reach 20%, according to the ministry's plan").
_FORECASTER = (
    r"(?:according\s+to\s+(?:a|an|the)\s+(?:new\s+|latest\s+|recent\s+|joint\s+|annual\s+)?"
    r"(?:[\w&.-]+\s+){0,3}?(?:report|study|survey|forecast|research|analysis)\s+(?:by|from|of)\s+"
    r"(?![^.;]*\b(?:ministry|ministries|government|department|committee|province|provincial|people's|"
    r"party|national\s+assembly|police|agency|authorit(?:y|ies)|plan|programme|program|strategy|"
    r"resolution|decision|project)\b)"
    r"|,\s*(?:a|an|the)?\s*(?:[\w&.-]+\s+){0,3}?(?:firm|company|consultancy|analysts?|experts?|"
    r"economists?|researchers?)\s+(?:has\s+|have\s+)?(?:warned|warns|said|says|estimated|estimates|"
    r"predicted|predicts|forecast|projected)\b)"
)
_FORECASTER_RE = lowercase_pattern(_FORECASTER)
_TO_COME = lowercase_pattern(
    r"\b(?:will|would|could|(?:is|are)\s+(?:expected|likely|set|forecast|forecasted|projected|"
    r"predicted|poised|tipped)\s+to)\s"
)


# A market's leap foreseen: "is expected to shoot up to US$57 billion in 2025". A plan's
# level is "reached" or "raised to"; only a forecast soars.
_LEAP_TO_COME = lowercase_pattern(
    r"\b(?:will|(?:is|are)\s+(?:expected|likely|set|forecast|forecasted|projected|predicted|poised|"
    r"tipped)\s+to)\s+(?:shoot\s+up|soar|skyrocket|rocket|balloon|surge|explode)\b"
)


# (but a plan's own leap is its goal: "Under the resolution, cashless payments are expected
# to surge to 80% by 2030")
_PLAN_SAYS = lowercase_pattern(
    r"\b(?:under|according\s+to|in)\s+the\s+(?:[\w-]+\s+){0,3}?(?:plan|resolution|programme|program|"
    r"strategy|decision|directive|project)\b|\b(?:province|city|ministry|government)\s+expects\b"
)


def forecast_told(lowered: str, sentence: str) -> bool:
    """Is the (lowercased) clause a figure to come that a forecaster outside government
    foresees, named in the clause or its sentence, or told as a market's leap?"""
    if not has_digit(lowered) or _TO_COME.search(lowered) is None:
        return False
    if _FORECASTER_RE.search(lowered) is not None:
        return True
    whole = lower(sentence)  # lowered only here: most clauses never get this far
    if _LEAP_TO_COME.search(lowered) is not None and _PLAN_SAYS.search(whole) is None:
        return True
    return whole != lowered and _FORECASTER_RE.search(whole) is not None


# A meeting's logistics: "The meeting took place online with the participation of 126
# communes", "The conference will open on November 20" (not an event's outcome: "...,
# generating VND 10 trillion in sales").
_LOGISTICS = lowercase_pattern(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|conference|session|workshop|forum|seminar|ceremony|event|"
    r"exhibition|expo|fair|festival|summit)\s+"
    r"(?:was\s+(?:also\s+)?(?:held|organised|organized|connected|broadcast|streamed|attended)|took\s+place"
    r"|will\s+(?:open|take\s+place|be\s+held|be\s+organi[sz]ed|kick\s+off|start|begin|run|close)"
    r"|(?:is|was)\s+(?:scheduled|set|due|slated)\s+to\s+(?:open|take\s+place|be\s+held|start|begin))\b"
    r"(?!(?:[^.;]|\.(?=\d))*\b(?:generat|earn|record|sales|revenue|transactions|signed|signing|raised|attract|launch|"
    r"inaugurat|put\s+into|open))"
)


# What someone reckons a measure will bring: "It is estimated that issuing the
# certificates on VNeID will save around VND 400 billion a year" (a forecast, no result).
_RECKONED = lowercase_pattern(
    r"^(?:[\w\s,]{0,30}?\b)?it\s+is\s+(?:estimated|expected|forecast|projected|predicted|calculated)\s+"
    r"that\b[^.;]*?\b(?:will|would|could)\b"
)


# Money asked for, nothing yet done or set: "is looking to foreign investors to fund 5G
# stations in 30 communes", "is seeking partners for ...", "is calling for investment in".
_FUNDING_SOUGHT = lowercase_pattern(
    r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:looking|seeking|calling)\s+(?:to|for)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:investors?|investment|partners?|funding|funds|donors?|sponsors?|capital)\b"
)


def side_remark(lowered: str) -> bool:
    """Is the (lowercased) clause a remark about the news, not a claim of it?"""
    if ("will" in lowered or " to " in lowered) and _TREND_TO_COME.match(lowered):
        return True  # "Cyberattacks will continue to rise": a forecast
    if (
        ("warn" in lowered or "threaten" in lowered)
        and _WARNING.search(lowered)
        and not _WARNED_WHY.search(lowered)
    ):
        return True
    if "it is " in lowered and _RECKONED.match(lowered):
        return True
    if any(
        word in lowered for word in ("looking", "seeking", "calling")
    ) and _FUNDING_SOUGHT.search(lowered):
        return True  # "The city is looking to foreign investors to fund 5G stations"
    return bool(_LOGISTICS.match(lowered) or _NOTE.match(lowered))
