"""Shortfalls met by the people a service is for, and by the service itself: a paper copy
asked for at the counter, a call unanswered, a machine out of order, files still pending
or sent late, an outage, fraud suffered, complaints and queues, a fall in use or rank,
laws at odds, data leaked, links too loose, a burden that stays. Part of
``shortfall_cues.LIMITATION``; matched on lowercased text (``textcase.lower``).
"""

from __future__ import annotations

MET_BY_PEOPLE = (
    # what a reader meets at the counter or on the line: asked for a paper copy, turned
    # down, no one answering, a machine out of order, data out of date, files still pending
    r"\b(?:asked|required|told)\s+(?:me|us|him|her|them|people|residents|citizens|applicants|patients|customers)\s+"
    r"(?:for|to\s+(?:bring|submit|provide|show))\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:paper|certified|printed|original|notari[sz]ed|photo)\s*(?:cop(?:y|ies)|documents?|papers?|versions?)\b"
    r"|(?<!none\sof\s)(?<!no\s)\b(?:was|were|been|got|is|are)\s+(?!not\b|never\b)(?:\w+\s+)?rejected\b|\b(?:went|goes|go|rang|rings?|remained?|were|was)\s+unanswered\b"
    r"|\bout\s+of\s+(?:order|service|date)\b|(?<!replaced\s)(?<!upgraded\s)\boutdated\b|\bstill\s+(?:waiting|pending|awaiting|unprocessed|outstanding|overdue|late|delayed)\b"
    # work behind: "of which 15 are overdue", "processed past the deadline"
    # (not a share's complement: "99.3% were on time and 0.7% were overdue")
    r"|(?<!%\s)(?<!percent\s)(?<!per\scent\s)\b(?:is|are|was|were)\s+(?:still\s+)?(?:overdue|behind\s+schedule)\b|\bpast\s+(?:the|their|its)\s+(?:deadlines?|due\s+dates?)\b"
    # a fault in the active voice: "a fibre cut interrupted services at 46 centres"
    r"|(?<!without\s)\binterrupt(?:ed|s|ing)\s+(?:\w+\s+){0,2}?(?:services?|connections?|access|operations?|transactions?|work)\b"
    r"|\b(?:fibre|fiber|cable|power)\s+(?:cut|outage|failure)s?\b|\bstill\s+(?:rely|relies|relying|depend|depends|depending)\s+on\b|(?<!not\s)(?<!n't\s)(?<!never\s)(?<!longer\s)\b(?:must|have\s+to|has\s+to)\s+rely\s+on\s+(?:[\w-]+\s+){0,2}?(?:guidance|assistance|help|staff|officials|civil\s+servants|paper|cash|manual)\b|\b(?:has|have)\s+inconvenient\s+(?:aspects|features|points|steps)\b"
    # fraud counted and suffered; a cost that eats into margins
    # what a survey's respondents met or fear: "still had to visit the office", "not
    # knowing which procedures", "feared making mistakes", "a fraudulent message"
    r"|\bstill\s+(?:had|have|has|need|needed|needs)\s+to\s+(?:visit|go|travel|bring|submit|hand\s+in|queue|wait|print|come)\b"
    r"|\bnot\s+knowing\b|\breasons?\s+(?:\w+\s+){0,3}?for\s+not\s+\w+ing\b|(?<!no\s)(?<!longer\s)\bfear(?:ed|s)?\s+(?:making|losing|being|that|of)\b"
    r"|(?<!preventing\s)(?<!prevent\s)(?<!against\s)(?<!combating\s)(?<!combat\s)(?<!detecting\s)(?<!blocking\s)\bfraudulent\b|\b(?:is|are|was|were|remain|remains)\s+(?:still\s+)?incomplete\b|\bincompletely\b|\b(?:sent|submitted|reported|delivered|filed)\s+(?:[\w-]+\s+){0,3}?late\b"
    r"|\bmissed\s+(?:\w+\s+){0,2}?(?:deadlines?|targets?|goals?)\b"
    r"|(?<!longer\s)\b(?:had|have|has|kept|keep|keeps|still)\s+(?:\w+\s+){0,2}?(?:records|files|documents)\s+(?:\w+\s+)?on\s+paper\b"
    r"|\b(?:errors?|faults?|failures?|outages?|glitch(?:es)?)\s+(?:\w+\s+)?(?:suspended|halted|stopped|disrupted|delayed)\b"
    r"|\b(?:limits|limited|limiting|hampers|hampered|hinders|hindered|holds\s+back|held\s+back)\s+(?:the\s+)?"
    r"(?:\w+\s+)?(?:reach|growth|use|uptake|access|ability|adoption)\b"
    r"|(?<!cut\sthe\snumber\sof\s)(?<!cut\sthe\snumber\sof\sonline\s)(?<!reduce\sthe\snumber\sof\s)"
    r"(?<!reduce\sthe\snumber\sof\sonline\s)\b(?:fraud|scam|cybercrime|impersonation|phishing)\s+cases\b(?![^,;.]{0,60}?\b(?:fell|dropped|decreased|declined|halved|down|reduced|cut|curbed)\b)|\b(?:defrauded|scammed)\b"
    r"|\b(?:been|were|was|being)\s+targeted\s+by\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:scams?|fraud\w*|phishing|hackers?|"
    r"attacks?|cyber-?\s*attacks?|fraudsters?|scammers?)\b|\beat(?:s|ing)?\s+into\b"
    # complaints, worries and queues; a system down; mistakes; a fall in use or rank
    r"|\blong\s+(?:queues|lines|waits?|waiting\s+times?)\b|\bwent\s+down\b|\b(?:crashed|froze)\b"
    # (not none had: "received no complaints", "without a single complaint")
    r"|(?<!\bno\s)(?<!\bzero\s)(?<!\ba\ssingle\s)(?<!\bany\s)\bcomplain\w*|\bconcerns?\s+(?:over|about|regarding)\b|\bworr(?:y|ied|ies)\s+(?:about|that)\b"
    r"|\b(?:contain\w*|with|made)\s+(?:\w+\s+){0,2}mistakes\b"
    r"|\b(?:dropped|fell|slipped|slid)\s+(?:by\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:places|spots|positions|ranks)\b"
    # the weakest part, laws scattered and at odds, data leaked, too few in words
    r"|\b(?:weakest|worst)\b|\bscattered\s+(?:across|among|over)\b|\bfragmented\b"
    r"|\b(?:(?:has|have|had)\s+)?(?:reduced|reduces|undermined|undermines|eroded|erodes|hurt|hurts|damaged|damages)\s+(?:[\w'’-]+\s+){0,2}?(?:confidence|trust)\b"
    r"|\b(?:overlap|contradict)(?:s|ed|ing)?\s+(?:with\s+)?(?:each\s+other|one\s+another)\b|\b(?:was|were|being|been)\s+leaked\b"
    r"|\b(?:fewer|less)\s+than\s+(?:one|two|three|a)\s+(?:in\s+(?:three|four|five|ten)|third|quarter|fifth|tenth)\b"
    r"|\b(?:number|rate|share|revenue|usage|uptake|scores?|figure|proportion|percentage|payments|transactions)\b"
    r"(?!\s+(?:of|for)\s+(?:\w+\s+){0,2}(?:fraud|scams?|complaints?|errors?|incidents?|attacks?|cyber-?attacks?|violations?|"
    r"crimes?|cases|overdue|late|spam|paper|cash))[^,;.]{0,50}?\b(?:fell|falls|dropped|drops|decreased|decreases|declined)\b"
    # growth that slowed: "The 17% growth, however, is down from 24%"
    r"|\b(?:growth|share|rate|revenue|usage|uptake|score)\b(?!\s+(?:of|for)\s+(?:\w+\s+){0,2}(?:fraud|overdue|late|errors?|"
    r"complaints?|paper|cash))[^;.]{0,30}?\b(?:is|was|are|were)\s+down\s+(?:from|by)\b"
    r"|\b(?:share|rate|number|use|usage|uptake|proportion)\b[^.;]{0,60}?\b(?:did|does|do)\s+not\s+(?:rise|increase|grow|improve)\b"
    r"|\b(?:did|does|do)\s+not\s+(?:appear|show\s+up|arrive|go\s+through)\b"
    # a service that stops: "was down for nearly six hours", "was interrupted repeatedly"
    r"|\b(?:was|were|went|has\s+been|had\s+been)\s+down\s+for\b|\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?interrupted\b|\binterruptions?\s+(?:of|in|to)\b"
    r"|\b(?:do|does|did)\s+not\s+match\b|\bmismatch(?:ed|es)?\b|\b(?:still\s+)?confused\s+(?:in|about|by|when)\b"
    r"|\bstill\s+(?:ask|asks|asked|demand\w*)\b"
    # links and staff said to be too weak in a word: "coordination is still loose", "human
    # resources for IT are thin", "the machines were so slow that ..."
    r"|\b(?:is|are|was|were)\s+(?:still\s+|also\s+|very\s+|too\s+)?(?:loose|thin|scarce)\b"
    r"|\bso\s+(?:slow|weak|old|few|poor|limited|unstable)\s+that\b"
    # what people could not do, what a device or service does not support, what breaks
    r"|\bcould\s*(?:not|n't)\s+(?:\w+\s+)?(?:read|use|access|log|complete|pay|verify|connect|submit|open|finish)\b"
    r"|\b(?:do|does|did)\s+not\s+support\b"
    r"|\b(?:signal|signals|connection|network)\s+(?:often\s+|regularly\s+|sometimes\s+)?drops?\b"
    r"|\b(?:transfers?|payments?|transactions?|uploads?|submissions?)\s+(?:often\s+|sometimes\s+|regularly\s+)?fail\b"
    # a burden that stays: "must still bring the originals", "still charge a fee"
    r"|\b(?:must|have\s+to|has\s+to|need\s+to|needs\s+to)\s+still\b"
    r"|\bstill\s+(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|charges?|charging)\b"
    # a loss to fraud, people deceived, staff lost: "lost VND1.4 billion after installing a
    # fake app", "residents being tricked into", "lost 20% of our young engineers"
    r"|\blost\s+[^;]{0,40}?\b(?:after|to)\s+(?:\w+\s+){0,3}?(?:fake|scam\w*|fraud\w*|impostors?|hackers?)\b"
    r"|\b(?:being|been|was|were|get|got)\s+(?:tricked|cheated|defrauded|scammed|duped|deceived)\b"
    # "was swindled out of VND600 million", "VND1.1 billion in his account was
    # appropriated" (seized: the word Vietnamese reports use for a theft), "fraudsters
    # appropriated VND3 billion from 40 victims" (not a budget appropriated for a project)
    r"|\bswindl\w+|\b(?:cheated|conned)\s+out\s+of\b|\b(?:was|were|been|being)\s+(?:\w+\s+)?appropriated\b"
    r"|\bappropriat\w+\s+[^.;]{0,50}?\bfrom\s+(?:\d[\d,.]*\s+|the\s+|their\s+|many\s+)?"
    r"(?:victims?|people|residents|customers|citizens|users|account\s+holders|him|her|them)\b"
    r"|\blost\s+(?:nearly\s+|about\s+|over\s+|more\s+than\s+|almost\s+|some\s+)?\d[\d,.]*\s*(?:%|per\s*cent)?\s+of\s+"
    r"(?:our|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:staff|engineers|employees|officers|officials|workers|experts|personnel)\b"
    r"|\bcan(?:not|'t|’t)\s+compete\b"
)
