"""What a briefing line leaves out around a quote's claim: who said it, the occasion of a
speech, a leading connective, an outlet's dateline, the topic a report moves to.

Each is left out only where the claim means the same without it. A speaker stays when the
line would otherwise say more than the quote: one who denies or has not said it ("has not
yet announced that"), a rumour or a scam's message, an estimate, a group's opinion ("Most
respondents said that"), a pronoun the claim would be left with ("said that it will");
so does an opener that gives the claim its scope or its period ("In the Mekong Delta,",
"For the elderly,", "In the first half,").
"""

from __future__ import annotations

import re

from briefing.extract.stamped_days import DAY_AND_PLACE

# "HÀ NỘI — ", "Hanoi (VNA) – ", "VGP - ": an outlet's dateline before the first sentence
# (not "VNeID — the national app — now has ...", whose dash comes back).
_DATELINE = re.compile(
    r"^[A-ZÀ-Ỹ][\w.À-ỹ ]{1,30}(?:\s\([A-Z]{2,6}\))?\s+([—–])\s+"
    r"|^(?:[A-Z]{2,6}|[A-ZÀ-Ỹ][\w.À-ỹ ]{1,30}\s\([A-Z]{2,6}\))\s+(-)\s+"
)
_CAPITALS = re.compile(r"[A-ZÀ-Ỹ .]+")
_DAY_DATELINE = re.compile(rf"^{DAY_AND_PLACE}")  # "19-6-2023 (HANOI) "

# A word of a speaker's name or title ("Colonel", "(SBV)", "Hưng"), and a speaker: a few
# such words, then perhaps a role between commas ("Colonel A, Deputy Director of B,").
_WORD = r"\(?[^\W\d][\w’'.()-]*"
_SPEAKER = rf"(?:{_WORD}\s+){{0,11}}?{_WORD}(?:,\s+[^,\d]{{3,120}}(?:,\s+[^,\d]{{3,60}})?,|,\s+(?!the\s)[^,\d\"“]{{3,80}}?(?=\s+said,))?\s+"
_TOLD = (
    r"said|says|stated|noted|added|reported|announced|stressed|emphasi[sz]ed|highlighted|"
    r"shared|revealed|affirmed|informed|pointed\s+out|admitted|acknowledged|conceded|"
    r"indicated|indicates|shows|showed|show|found|discovered|detected|warned|observed|"
    r"told\s+(?:[^,\d]{2,60}?)"
)
# "According to Colonel A, Deputy Director of the Provincial Police, ": a speaker's role.
_ROLE = (
    r"(?:deputy|vice|director|head|chair\w*|minister|secretary|chief|president|"
    r"spokes\w+|leader|general|colonel|standing|permanent)\s"
)
_ACCORDING = re.compile(
    rf"^according\s+to\s+(?P<who>[^,]{{3,120}}),(?:\s+(?=[^,]*\bof\b){_ROLE}[^,]{{0,100}},)?\s*",
    re.I,
)
# "According to statistics of the ministry as of June 19, 2023, the rate ...": the time is
# the claim's, and stays ("As of June 19, 2023, the rate ..."); who counted goes.
_ACCORDING_AS_OF = re.compile(
    r"^according\s+to\s+(?P<who>[^,]{3,120}?)\s+(?=as\s+of\s)"
    r"(?P<time>as\s+of\s+[^,]{3,40}?(?:,\s*(?:19|20)\d\d)?),\s*",
    re.I,
)
_SAID_THAT = re.compile(rf"^(?P<who>{_SPEAKER})(?:{_TOLD})\s+that,?\s+", re.I)
# Without "that" only after "said" ("The working group said the main cause is"), or a
# finding's verb before the time of the finding ("A, chief technology officer of B,
# discovered in the first months of 2023, groups of hackers ...").
_SAID = re.compile(rf"^(?P<who>{_SPEAKER})(?:said|says|told\s+reporters),?\s+(?=[\w“\"])", re.I)
_FOUND_WHEN = re.compile(
    rf"^(?P<who>{_SPEAKER})(?:discovered|found|warned|noted|observed)\s+"
    r"(?=(?:in|during|over|since)\s+[^,.;]{3,40},\s)",
    re.I,
)
_NOTABLE = re.compile(
    r"^(?:one|another|the\s+most)\s+(?:other\s+)?notable\s+(?:thing|point|fact)\b[^,]{0,40}?\s+is\s+that\s+",
    re.I,
)
# Who must stay with what they said: a denial, a rumour or a scam, an impersonal report or
# an estimate, a group's opinion or a survey's answers; a time is the claim's, not theirs.
_KEPT_SOURCE = re.compile(
    r"\b(?:not|no|never|nobody|none|neither|nor|hardly|denied|\w+n't"
    r"|fake|fraudulent|scam\w*|rumou?rs?|unconfirmed|unverified|alleged\w*|hoax\w*|posing"
    r"|estimat\w*|forecast\w*|projection\w*|expect\w*|predict\w*|scenario"
    r"|(?:some|many|most|few|several)\s+(?:[\w-]+\s+)?(?:experts?|people|residents|users|citizens|"
    r"voters|businesses|firms|customers|traders|officials|delegates|members)"
    r"|experts?|analysts?|observers?|critics?|respondents?|economists?"
    r"|that|which|whom|is|are|was|were"
    r"|year|month|quarter|half|week|first|last|since|until|before|after"
    r"|january|february|march|april|june|july|august|september|october|november|december"
    r"|him|her|them|us|me|this|these)\b",
    re.I,
)
# A claim that starts with a pronoun needs the speaker it stands for; after "said" without
# "that", a preposition starts the speaker's own words ("said on Monday that").
_PRONOUN = (
    r"(?:(?:he|she|it|its|they|them|their|his|her|we|our|us|i|my|you|your)\b"
    r"|(?:this|these|those|that|such)\s+(?:is|are|was|were|has|have|had|will|would|can|could|"
    r"should|must|may|also|means?|includes?)\b)"
)
_PRONOUN_FIRST = re.compile(_PRONOUN, re.I)
_PREPOSITION_FIRST = re.compile(_PRONOUN + r"|(?:on|in|at|to|of|for|with|by|that)\b", re.I)
# A leading connective; the words that also begin other phrases ("Besides the app",
# "Thus far", "In addition to") only with their comma.
_CONNECTIVE = re.compile(
    r"^(?:(?:however|meanwhile|moreover|in\s+addition|additionally|furthermore|notably|"
    r"specifically|similarly|besides|thus|therefore|in\s+particular|at\s+the\s+same\s+time|"
    r"as\s+a\s+result|among\s+them|in\s+total|overall|accordingly|in\s+fact|next|firstly|"
    r"secondly|thirdly|finally|along\s+with\s+that|typically|for\s+example|for\s+instance)\s*,\s+|(?:also|of\s+these|of\s+which|and|but)\s*,?\s+)",
    re.I,
)
# "Honestly speaking, although the number has tripled": a result granted before the
# shortfall it is cut from (a quote that goes on past a comma keeps its "although").
_CONCEDED = re.compile(
    r"^(?:(?:honestly|frankly|candidly|to\s+be\s+(?:honest|frank))(?:\s+speaking)?\s*,\s*)?"
    r"(?:although|though|even\s+though)\s+(?=[^,;]+$)",
    re.I,
)
# No time in an opener that is left out: "Reporting on the first six months," stays.
_NO_TIME = r"(?![^,]*\b(?:year|month|quarter|half|period|week|day|time|first|last|decade|term|phase|season|holiday)s?\b)"
# "Speaking at the conference, ", "Responding, ", "Concluding the meeting, ": the
# occasion of a speech, before who said what.
_SPEAKING = re.compile(
    rf"^{_NO_TIME}(?:(?:speaking|addressing|talking|reporting|briefing|presenting)\s+(?:at|to|on|with|before)\s+[^,\d]{{3,80}}"
    r"|(?:responding|replying|answering)(?:\s+[^,\d]{3,60})?"
    r"|(?:concluding|closing|opening|summing\s+up|wrapping\s+up)(?:\s+(?:the|a|an|this)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:conference|meeting|session|debate|forum|workshop|seminar|dialogue|"
    r"discussion|ceremony|event|hearing|talks))?),\s+",
    re.I,
)
# "In a visionary move towards ..., ", "As part of the campaign, ": the frame of a report,
# by its noun; "Regarding digital infrastructure, ": the field a report moves to, in
# words of no name (not "As for Ho Chi Minh City,", "For the elderly,": a scope).
_LEADING_PHRASE = re.compile(
    rf"^{_NO_TIME}(?:(?:in|with|amid|under|as)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:move|step|bid|push|drive|effort|attempt|spirit|motto|aim|goal|determination|context|"
    r"process|implementation|framework|direction|campaign|race|journey|quest|era|trend)\b"
    r"|in\s+(?:order|line|response|addition\s+to)\b|as\s+part\s+of\b"
    r"|under\s+(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:programme|program|strategy|plan|scheme|"
    r"project|resolution|decision|decree|conclusions?|directive|roadmap)\b"
    r"|(?:regarding|concerning|in\s+terms\s+of|with\s+regard\s+to|with\s+respect\s+to|as\s+regards)"
    r"(?=(?-i:[^,A-ZÀ-Ỹ]*),))[^,\d]{0,70},\s+",
    re.I,
)
# "At the online conference on February 11, 2025 on the implementation of ... (Project 06),
# the Prime Minister requested ...": the meeting a speech or an order was made at, dates
# and commas and all, up to the comma before who spoke and their verb.
_OCCASION = re.compile(
    r"^at\s+(?:the|a|an|its|their|this)\s+(?:[\w-]+\s+){0,4}?(?:conference|meeting|session|forum|"
    r"workshop|seminar|ceremony|event|dialogue|review)\b"
    # (the opener tells no claim of its own: "At the ceremony, 45 kiosks were handed over,")
    r"(?:(?!\b(?:was|were|is|are|has|have|had)\b|\b[a-z]{3,}ed\b)[^;]){0,400}?,\s+"
    r"(?=(?:the\s+)?(?:[\w'’.-]+\s+){1,14}?(?:requested|asked|urged|directed|instructed|said|stated|"
    r"emphasi[sz]ed|stressed|noted|reported|announced|assigned|tasked|called\s+on|ordered|demanded)\b)",
    re.I,
)
_TRAILING = re.compile(
    r"(?:,\s*(?:according\s+to\s+[^,]{3,80}|(?:he|she|they|the\s+[^,\d]{2,60}?|[A-Z][\w’'. -]{2,40})\s+"
    r"(?:said|added|noted|stated))|\s*[-—–]\s*[A-Z]{2,5})\s*[./]*$"
    # a quote's speaker after it: '," said Vang Mi Chu, a commune official'
    r"|(?:[,.][\"”]?|[\"”],?)\s+(?:said|says|added|noted)\s+[A-Z][^,.\"”]{2,50}(?:,\s+(?:a|an|the)\s+[^,.\"”]{2,60})?\s*[.]*$"
)
# "68.5 million accounts, the ministry said, and 2.1 billion lookups": who said it, between
# two things said.
_SAID_BETWEEN = re.compile(
    # (its source named after it: "..., the website has reported, citing a draft decision.")
    r",\s+(?:the\s+[^,\d]{2,60}?|[A-Z][\w’'. -]{2,40}?)\s+(?:said|says|added|noted|reported),"
    r"(?:\s+citing\s+[^,;]+?(?=[.;]?\s*$)|(\s+(?:and|but|while|yet)\b)?)"
)


def without_dateline(line: str) -> str:
    """``line`` without an outlet's dateline ("HÀ NỘI — ") before its first words."""
    if (day := _DAY_DATELINE.match(line)) is not None:
        return line[day.end() :]
    found = _DATELINE.match(line)
    if found is None:
        return line
    dash = found.group(1) or found.group(2)
    head = line[: found.start(1) if found.group(1) else found.start(2)]
    if f" {dash} " in line[found.end() :] and not _CAPITALS.fullmatch(head.strip()):
        return line  # "VNeID — the national app — now has ...": an aside, not a dateline
    return line[found.end() :]


def without_lead_ins(line: str) -> str:
    """``line`` without a leading connective, a granted result, the occasion of a speech,
    the frame or field of a report and who said it, each when what is left keeps at least
    four words and means what the quote does."""
    for pattern in (
        _CONNECTIVE,
        _OCCASION,
        _CONCEDED,
        _SPEAKING,
        _LEADING_PHRASE,
        None,
        _CONNECTIVE,
    ):
        shorter = _without_speaker(line) if pattern is None else pattern.sub("", line, count=1)
        if pattern in (_SPEAKING, _LEADING_PHRASE) and _PRONOUN_FIRST.match(shorter):
            continue  # "Regarding the province's economy, its share": "its" needs the opener
        if len(shorter.split()) >= 4:
            line = shorter
    return line


def _without_speaker(line: str) -> str:
    notable = _NOTABLE.match(line)
    if notable is not None:
        return line[notable.end() :]
    timed = _ACCORDING_AS_OF.match(line)
    if timed is not None and not _KEPT_SOURCE.search(timed["who"]):
        return f"{timed['time']}, {line[timed.end() :]}"
    for pattern in (_ACCORDING, _SAID_THAT, _SAID, _FOUND_WHEN):
        found = pattern.match(line)
        if found is None:
            continue
        first = _PREPOSITION_FIRST if pattern is _SAID else _PRONOUN_FIRST
        # (the words said may open with their quotation mark: 'said, "We have ...')
        said = found.end() + (line[found.end() : found.end() + 1] in '"“')
        if _KEPT_SOURCE.search(found["who"]) or first.match(line, said):
            return line
        return line[found.end() :]
    return line


def without_trailing_speaker(line: str) -> str:
    """``line`` without who said it at its end (", the ministry said") or between two
    things said (", the ministry said, and ..."), unless it is an estimate's source."""
    trailing = _TRAILING.search(line)
    if (
        trailing is not None
        and not _KEPT_SOURCE.search(trailing.group(0))
        and len(line[: trailing.start()].split()) >= 4
    ):
        line = line[: trailing.start()]
    return _SAID_BETWEEN.sub(lambda m: "," + m.group(1) if m.group(1) else "", line)
